// hubwatch_i18n holds the compiled catalogues (.qm under :/i18n), added by qt_add_translations;
// a static library needs one source of its own. The loader is util/Translations in the core.
namespace hubwatch {
int translationCataloguesLinked = 1;
}
