<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AlertEngine</name>
    <message>
        <source>The tracked total fell by %1: an upstream correction, not real downloads.</source>
        <translation>Die erfasste Gesamtzahl ist um %1 gesunken: eine Korrektur durch den Hub, keine echten Downloads.</translation>
    </message>
    <message>
        <source>No poll for %1: nothing is known about this period.</source>
        <translation>%1 lang keine Abfrage: Über diesen Zeitraum ist nichts bekannt.</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>%1 passed %2</source>
        <translation>%1 hat %2 überschritten</translation>
    </message>
    <message>
        <source>Hot category: %1</source>
        <translation>Trendkategorie: %1</translation>
    </message>
    <message>
        <source>Between %1 and %2, because repos entered the tracked scope, not through downloads.</source>
        <translation>Zwischen %1 und %2, weil Repos in den beobachteten Umfang aufgenommen wurden, nicht durch Downloads.</translation>
    </message>
    <message>
        <source>Between %1 and %2, while HubWatch was not polling (around %3).</source>
        <translation>Zwischen %1 und %2, während HubWatch nicht abgefragt hat (etwa %3).</translation>
    </message>
    <message>
        <source>Reached around %1.</source>
        <translation>Erreicht gegen %1.</translation>
    </message>
    <message>
        <source>Now %1% of the top-%2 models&apos; download velocity, up %3 points in 7 days.</source>
        <translation>Jetzt %1 % am Download-Tempo der Top-%2-Modelle, %3 Punkte mehr als vor 7 Tagen.</translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No poll for %1: nothing is known about this period</source>
        <translation>%1 lang keine Abfrage: Über diesen Zeitraum ist nichts bekannt</translation>
    </message>
    <message>
        <source>All-time downloads fell by %1 (an upstream correction by the Hub)</source>
        <translation>Die Downloads insgesamt sind um %1 gesunken (eine Korrektur durch den Hub)</translation>
    </message>
    <message>
        <source>The 30-day count dropped to zero while all-time downloads grew: the Hub&apos;s 30-day window has a gap</source>
        <translation>Die 30-Tage-Zahl fiel auf null, während die Downloads insgesamt wuchsen: Das 30-Tage-Fenster des Hubs hat eine Lücke</translation>
    </message>
</context>
<context>
    <name>CensusConsole</name>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>pages, requests</comment>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming the census begun %1 UTC after %Ln page(s).</source>
        <translation>
            <numerusform>Die am %1 UTC begonnene Zählung wird nach %Ln Seite fortgesetzt.</numerusform>
            <numerusform>Die am %1 UTC begonnene Zählung wird nach %Ln Seiten fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Census of the whole Hub begun.</source>
        <translation>Zählung des ganzen Hubs begonnen.</translation>
    </message>
    <message>
        <source>Census: %1 %2 in %3.</source>
        <translation>Zählung: %1 %2 in %3.</translation>
    </message>
    <message numerus="yes">
        <source>Census: %1, page %2 — %3 repos so far, %Ln request(s).</source>
        <translation>
            <numerusform>Zählung: %1, Seite %2 — bisher %3 Repos, %Ln Anfrage.</numerusform>
            <numerusform>Zählung: %1, Seite %2 — bisher %3 Repos, %Ln Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done about %1 UTC.</source>
        <translation>Fertig gegen %1 UTC.</translation>
    </message>
    <message>
        <source>Census complete: %1 models, %2 datasets, %3 spaces (public repositories only).</source>
        <translation>Zählung abgeschlossen: %1 Modelle, %2 Datensätze, %3 Spaces (nur öffentliche Repositories).</translation>
    </message>
    <message>
        <source>All-time downloads of models and datasets: %1; last 30 days: %2 (the Hub counts no downloads for spaces).</source>
        <translation>Downloads aller Zeiten von Modellen und Datensätzen: %1; letzte 30 Tage: %2 (für Spaces zählt der Hub keine Downloads).</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>pages and requests</comment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <comment>chart axis: a day and time (QDateTime format)</comment>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>chart axis: a day (QDate format)</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>chart axis: a month (QDate format)</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>chart axis: a percentage</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 downloads/day</source>
        <translation>%1 Downloads/Tag</translation>
    </message>
    <message>
        <source>%1 % of the top-50 velocity</source>
        <translation>%1 % des Top-50-Tempos</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>%1 Downloads</translation>
    </message>
    <message>
        <source>top 50 models by download velocity</source>
        <translation>die 50 Modelle mit dem höchsten Download-Tempo</translation>
    </message>
    <message>
        <source>all tracked repos</source>
        <translation>alle erfassten Repos</translation>
    </message>
    <message>
        <source>All-time downloads</source>
        <translation>Downloads insgesamt</translation>
    </message>
    <message>
        <source>Downloads per day</source>
        <translation>Downloads pro Tag</translation>
    </message>
    <message>
        <source>Downloads per week</source>
        <translation>Downloads pro Woche</translation>
    </message>
    <message>
        <source>Downloads per month</source>
        <translation>Downloads pro Monat</translation>
    </message>
    <message numerus="yes">
        <source>Download velocity (%n-day average)</source>
        <translation>
            <numerusform>Download-Tempo (Durchschnitt über %n Tag)</numerusform>
            <numerusform>Download-Tempo (Durchschnitt über %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of the top-50 download velocity by category (%)</source>
        <translation>Anteil am Top-50-Download-Tempo nach Kategorie (%)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>The Hub lowered the count: an upstream correction.</source>
        <translation>Der Hub hat die Zahl gesenkt: eine Korrektur an der Quelle.</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Auffälligkeit</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Projected to reach %1 around %2</source>
        <translation>Erreicht voraussichtlich %1 um den %2</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>Spanne: %1 bis %2</translation>
    </message>
    <message>
        <source>beyond the horizon</source>
        <translation>jenseits des Horizonts</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>% of top-50 velocity</source>
        <translation>% der Top-50-Geschwindigkeit</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (logarithmisch)</translation>
    </message>
    <message>
        <source>Days since the first sample</source>
        <translation>Tage seit dem ersten Messwert</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Week starting (UTC)</source>
        <translation>Woche ab (UTC)</translation>
    </message>
    <message>
        <source>Month (UTC)</source>
        <translation>Monat (UTC)</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>(partial: %1 of %2 days)</source>
        <comment>a calendar period only partly covered</comment>
        <translation>(unvollständig: %1 von %2 Tagen)</translation>
    </message>
    <message>
        <source>(partial: the history starts during this period)</source>
        <translation>(unvollständig: der Verlauf beginnt in diesem Zeitraum)</translation>
    </message>
    <message>
        <source>No total yet: the history does not cover the whole period.</source>
        <translation>Noch keine Summe: der Verlauf deckt nicht den ganzen Zeitraum ab.</translation>
    </message>
    <message>
        <source>No data for this period (a gap)</source>
        <translation>Keine Daten für diesen Zeitraum (eine Lücke)</translation>
    </message>
    <message>
        <source>partial: no total yet</source>
        <comment>an empty bar: the period is not complete</comment>
        <translation>unvollständig: noch keine Summe</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>an empty bar&apos;s short note: the period is not complete</comment>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>Lighter bars: period not complete</source>
        <translation>Hellere Balken: Zeitraum nicht vollständig</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a milestone line&apos;s label: the milestone, the series</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Download velocity between censuses</source>
        <translation>Download-Tempo zwischen Zählungen</translation>
    </message>
    <message numerus="yes">
        <source>Download velocity (%n-day average; the whole Hub between censuses)</source>
        <translation>
            <numerusform>Download-Tempo (Durchschnitt über %n Tag; der ganze Hub zwischen Zählungen)</numerusform>
            <numerusform>Download-Tempo (Durchschnitt über %n Tage; der ganze Hub zwischen Zählungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>whole Hub, public repositories</source>
        <translation>ganzer Hub, öffentliche Repositorys</translation>
    </message>
    <message>
        <source>no such series</source>
        <translation>keine solche Reihe</translation>
    </message>
    <message>
        <source>whole Hub, public repositories, between censuses</source>
        <translation>ganzer Hub, öffentliche Repositorys, zwischen Zählungen</translation>
    </message>
    <message>
        <source>only the Hub-wide total has a velocity: its breakdowns are charted as all-time downloads</source>
        <translation>nur die Summe des ganzen Hubs hat eine Geschwindigkeit: ihre Aufschlüsselungen werden als Downloads insgesamt gezeigt</translation>
    </message>
    <message>
        <source>the whole Hub is measured once per census: chart its all-time downloads or its velocity</source>
        <translation>der ganze Hub wird einmal je Zählung gemessen: zeigen Sie seine Downloads insgesamt oder seine Geschwindigkeit</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>letzte 30 Tage</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>letzte 90 Tage</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>letztes Jahr</translation>
    </message>
    <message>
        <source>all history</source>
        <translation>gesamter Verlauf</translation>
    </message>
    <message>
        <source>Range: no data</source>
        <translation>Zeitraum: keine Daten</translation>
    </message>
    <message>
        <source>Range: %1, no data</source>
        <translation>Zeitraum: %1, keine Daten</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Range: %1 (%2)</source>
        <translation>Zeitraum: %1 (%2)</translation>
    </message>
    <message>
        <source>Projection to %1</source>
        <translation>Prognose bis %1</translation>
    </message>
    <message>
        <source>Likely range of the projection</source>
        <translation>Wahrscheinlicher Bereich der Prognose</translation>
    </message>
    <message>
        <source>Demo data: a generated history, not figures from the Hub</source>
        <translation>Demodaten: ein erzeugter Verlauf, keine Zahlen vom Hub</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Data as of %1 UTC</source>
        <translation>Datenstand %1 UTC</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Source: HubWatch&apos;s demo generator</source>
        <translation>Quelle: Demo-Generator von HubWatch</translation>
    </message>
    <message>
        <source>Source: Hugging Face Hub API via HubWatch</source>
        <translation>Quelle: Hugging Face Hub API über HubWatch</translation>
    </message>
</context>
<context>
    <name>CollectorOpening</name>
    <message>
        <source>Not sending the access token to %1: plain http is only trusted on loopback.</source>
        <translation>Das Zugriffstoken wird nicht an %1 gesendet: Unverschlüsseltem http wird nur auf Loopback vertraut.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>No alerts yet.</source>
        <translation>Noch keine Meldungen.</translation>
    </message>
    <message>
        <source>--%1 expects a whole number from 0 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von 0 bis %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>HubWatch monitors Hugging Face Hub download statistics.</source>
        <translation>HubWatch beobachtet die Download-Statistiken des Hugging Face Hub.</translation>
    </message>
    <message>
        <source>Hub endpoint (default: $HF_ENDPOINT, else https://huggingface.co).</source>
        <translation>Hub-Endpunkt (Standard: $HF_ENDPOINT, sonst https://huggingface.co).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>History database: a file, or postgresql://USER@HOST:PORT/DBNAME for a shared one.</source>
        <translation>Verlaufsdatenbank: eine Datei, oder postgresql://USER@HOST:PORT/DBNAME für eine gemeinsam genutzte.</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PFAD|URL</translation>
    </message>
    <message>
        <source>Make no network request (like HF_HUB_OFFLINE=1).</source>
        <translation>Keine Netzwerkanfragen stellen (wie HF_HUB_OFFLINE=1).</translation>
    </message>
    <message>
        <source>poll: poll once and exit instead of polling on a schedule.</source>
        <translation>poll: einmal abfragen und beenden, statt nach Zeitplan abzufragen.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>poll: minutes between polls (at least 1, default 15).</source>
        <translation>poll: Minuten zwischen zwei Abfragen (mindestens 1, Standard 15).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>How many of the most downloaded models to track (default 1000).</source>
        <translation>Wie viele der meistgeladenen Modelle erfasst werden (Standard 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many of the most downloaded datasets to track (default 1000).</source>
        <translation>Wie viele der meistgeladenen Datensätze erfasst werden (Standard 1000).</translation>
    </message>
    <message>
        <source>Also track a repo or author; repeatable.</source>
        <translation>Zusätzlich ein Repo oder einen Autor erfassen; mehrfach möglich.</translation>
    </message>
    <message>
        <source>model:ORG/NAME|dataset:ORG/NAME|author:ORG</source>
        <translation>model:ORG/NAME|dataset:ORG/NAME|author:ORG</translation>
    </message>
    <message>
        <source>export: the file to write (default: standard output).</source>
        <translation>export: die zu schreibende Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>export: only this series; repeatable.</source>
        <translation>export: nur diese Reihe; mehrfach möglich.</translation>
    </message>
    <message>
        <source>model:ORG/NAME|dataset:ORG/NAME|headline</source>
        <translation>model:ORG/NAME|dataset:ORG/NAME|headline</translation>
    </message>
    <message>
        <source>export: 7d, 30d, 90d, 1y, all (default) or FROM..TO in ISO dates.</source>
        <translation>export: 7d, 30d, 90d, 1y, all (Standard) oder VON..BIS als ISO-Datum.</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>compact: thin samples older than this many days.</source>
        <translation>compact: Messwerte ausdünnen, die älter als so viele Tage sind.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>compact: keep hourly (default) or daily detail.</source>
        <translation>compact: stündliche (Standard) oder tägliche Auflösung behalten.</translation>
    </message>
    <message>
        <source>hourly|daily</source>
        <translation>hourly|daily</translation>
    </message>
    <message>
        <source>export-png: the chart to draw (default cumulative).</source>
        <translation>export-png: das zu zeichnende Diagramm (Standard: cumulative).</translation>
    </message>
    <message>
        <source>cumulative|daily|weekly|monthly|velocity|hot</source>
        <translation>cumulative|daily|weekly|monthly|velocity|hot</translation>
    </message>
    <message>
        <source>export-png: the image size in pixels (default 1200x675).</source>
        <translation>export-png: die Bildgröße in Pixeln (Standard 1200x675).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>migrate: the history to copy from.</source>
        <translation>migrate: der Verlauf, aus dem kopiert wird.</translation>
    </message>
    <message>
        <source>sqlite:PATH|postgresql://…</source>
        <translation>sqlite:PFAD|postgresql://…</translation>
    </message>
    <message>
        <source>migrate: the history to copy into.</source>
        <translation>migrate: der Verlauf, in den kopiert wird.</translation>
    </message>
    <message>
        <source>The language to use, such as de or zh_CN (default: the system&apos;s).</source>
        <translation>Die zu verwendende Sprache, etwa de oder zh_CN (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>import needs the file to read: hubwatch import FILE</source>
        <translation>import braucht die zu lesende Datei: hubwatch import DATEI</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Unbekannter Befehl „%1“. Siehe --help.</translation>
    </message>
    <message>
        <source>--resolution is hourly or daily, not &quot;%1&quot;.</source>
        <translation>--resolution ist hourly oder daily, nicht „%1“.</translation>
    </message>
    <message>
        <source>compact needs --older-than DAYS.</source>
        <translation>compact braucht --older-than TAGE.</translation>
    </message>
    <message>
        <source>migrate needs --from and --to, e.g. --from sqlite:history.sqlite --to postgresql://hubwatch@db:5432/hubwatch</source>
        <translation>migrate braucht --from und --to, z. B. --from sqlite:history.sqlite --to postgresql://hubwatch@db:5432/hubwatch</translation>
    </message>
    <message>
        <source>No history at %1: nothing to compact.</source>
        <translation>Kein Verlauf unter %1: Es gibt nichts zu verdichten.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Die Standardausgabe kann nicht beschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Note: no stored points for %1 in the selected range.</source>
        <translation>Hinweis: Für %1 sind im gewählten Zeitraum keine Punkte gespeichert.</translation>
    </message>
    <message>
        <source>--chart is cumulative, daily, weekly, monthly, velocity or hot, not &quot;%1&quot;.</source>
        <translation>--chart ist cumulative, daily, weekly, monthly, velocity oder hot, nicht „%1“.</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT from 16 to 16384 pixels, e.g. 1200x675, not &quot;%1&quot;.</source>
        <translation>--size erwartet BREITExHÖHE von 16 bis 16384 Pixeln, z. B. 1200x675, nicht „%1“.</translation>
    </message>
    <message>
        <source>export-png needs the file to write: --out FILE.png</source>
        <translation>export-png braucht die zu schreibende Datei: --out DATEI.png</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Wrote a %1×%2 chart to %3.</source>
        <translation>Diagramm mit %1×%2 Pixeln nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>--out, --series and --range are for export-csv and export-json; import always reads the whole file.</source>
        <translation>--out, --series und --range gelten für export-csv und export-json; import liest immer die ganze Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>(Only the first %1 problems are shown.)</source>
        <translation>(Nur die ersten %1 Probleme werden angezeigt.)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s) were new to this history.</source>
        <translation>
            <numerusform>%n Repo war neu in diesem Verlauf.</numerusform>
            <numerusform>%n Repos waren neu in diesem Verlauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) stored, none complete yet.</source>
        <translation>
            <numerusform>%n Abfrage gespeichert, noch keine vollständig.</numerusform>
            <numerusform>%n Abfragen gespeichert, noch keine vollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracked all-time downloads: %1</source>
        <translation>Erfasste Downloads insgesamt: %1</translation>
    </message>
    <message>
        <source>Growth: +%1 per day</source>
        <translation>Wachstum: +%1 pro Tag</translation>
    </message>
    <message>
        <source>Growth: not known yet (needs polls at least an hour apart)</source>
        <translation>Wachstum: noch unbekannt (braucht Abfragen im Abstand von mindestens einer Stunde)</translation>
    </message>
    <message>
        <source>30-day downloads: %1</source>
        <translation>Downloads in 30 Tagen: %1</translation>
    </message>
    <message>
        <source>Coverage: %1, polled %2</source>
        <translation>Umfang: %1, abgefragt %2</translation>
    </message>
    <message>
        <source>Next milestone: %1 around %2 (between %3 and %4)</source>
        <translation>Nächster Meilenstein: %1 gegen %2 (zwischen %3 und %4)</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>Next milestone: %1 — %2</source>
        <translation>Nächster Meilenstein: %1 – %2</translation>
    </message>
    <message>
        <source>Hot categories: need a week of history.</source>
        <translation>Trendkategorien: brauchen eine Woche Verlauf.</translation>
    </message>
    <message>
        <source>Hot categories (share of the top-50 models&apos; download velocity, change over 7 days):</source>
        <translation>Trendkategorien (Anteil am Download-Tempo der Top-50-Modelle, Änderung in 7 Tagen):</translation>
    </message>
    <message>
        <source>New in the top 50: %1</source>
        <translation>Neu in den Top 50: %1</translation>
    </message>
    <message>
        <source>Licences (%1 repos with details): %2 permissive, %3 restricted, %4 other, %5 unknown</source>
        <translation>Lizenzen (%1 Repos mit Details): %2 freizügig, %3 eingeschränkt, %4 andere, %5 unbekannt</translation>
    </message>
    <message>
        <source>Weights: %1 with safetensors, %2 with GGUF, %3 pickle-only, %4 gated</source>
        <translation>Gewichte: %1 mit safetensors, %2 mit GGUF, %3 nur Pickle, %4 zugangsbeschränkt</translation>
    </message>
    <message>
        <source>Top %1 of %2 tracked series:</source>
        <translation>Die obersten %1 von %2 erfassten Reihen:</translation>
    </message>
    <message>
        <source>No history recorded yet in %1. Run &quot;hubwatch poll&quot; to start.</source>
        <translation>In %1 ist noch kein Verlauf aufgezeichnet. Starten Sie mit „hubwatch poll“.</translation>
    </message>
    <message>
        <source>--from and --to name the same history.</source>
        <translation>--from und --to bezeichnen denselben Verlauf.</translation>
    </message>
    <message>
        <source>No history at %1: nothing to copy.</source>
        <translation>Kein Verlauf unter %1: Es gibt nichts zu kopieren.</translation>
    </message>
    <message>
        <source>Stop the collector while migrating; nothing was copied.</source>
        <translation>Halten Sie den Sammler während der Migration an; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>  %1%2  %3% (%4%5 pts)</source>
        <comment>status: alert marker, category, share %, sign, change in percentage points</comment>
        <translation>  %1%2  %3 % (%4%5 Pkt.)</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>Usage: hubwatch config list | get KEY | set KEY VALUE | unset KEY</source>
        <translation>Aufruf: hubwatch config list | get KEY | set KEY VALUE | unset KEY</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;. The settings are: %2</source>
        <translation>Es gibt keine Einstellung „%1“. Die Einstellungen sind: %2</translation>
    </message>
    <message>
        <source>%1 = %2 (default)</source>
        <translation>%1 = %2 (Standard)</translation>
    </message>
    <message>
        <source>This command needs the desktop part of HubWatch, which is not installed.</source>
        <translation>Dieser Befehl braucht den Desktop-Teil von HubWatch, der nicht installiert ist.</translation>
    </message>
    <message>
        <source>Warning: the tracked totals reached the largest count HubWatch can hold (%1) and stop there; the real sum may be larger, and the Hub&apos;s figures look broken.</source>
        <translation>Warnung: Die beobachteten Summen haben die größte Zahl erreicht, die HubWatch speichern kann (%1), und bleiben dort stehen; die wahre Summe kann größer sein, und die Zahlen des Hubs wirken fehlerhaft.</translation>
    </message>
    <message>
        <source>%1: no damage found.</source>
        <translation>%1: keine Schäden gefunden.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The collector (hubwatch poll, or the desktop app while it collects) saves a copy when it next opens the file; restore the history from an export or a backup.</source>
        <translation>Der Sammler (hubwatch poll oder die Desktop-App, während sie sammelt) legt beim nächsten Öffnen der Datei eine Kopie an; stellen Sie den Verlauf aus einem Export oder einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>No history at %1: nothing to check.</source>
        <translation>Kein Verlauf unter %1: nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Show the built-in demo history (generated, read-only, never polled) instead of your own; with a command, run it on the demo: hubwatch --demo status.</source>
        <translation>Zeigt statt Ihres eigenen den eingebauten Demo-Verlauf (erzeugt, nur lesbar, nie abgefragt); mit einem Befehl wird dieser auf der Demo ausgeführt: hubwatch --demo status.</translation>
    </message>
    <message>
        <source>--demo shows generated data that is never polled or changed: it cannot be used with &quot;%1&quot;.</source>
        <translation>--demo zeigt erzeugte Daten, die nie abgefragt oder geändert werden: Es kann nicht mit „%1“ verwendet werden.</translation>
    </message>
    <message>
        <source>--demo and --db each choose the history to show: give one of them.</source>
        <translation>--demo und --db wählen beide den anzuzeigenden Verlauf: Geben Sie nur eines davon an.</translation>
    </message>
    <message>
        <source>Demo data: a generated history, not figures from the Hub.</source>
        <translation>Demodaten: ein erzeugter Verlauf, keine Zahlen vom Hub.</translation>
    </message>
    <message>
        <source>export-png: a logarithmic value axis.</source>
        <translation>export-png: eine logarithmische Werteachse.</translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation>light|dark</translation>
    </message>
    <message>
        <source>--theme is light or dark, not &quot;%1&quot;.</source>
        <translation>--theme ist light oder dark, nicht „%1“.</translation>
    </message>
    <message>
        <source>The window and export-png: dark colours, or light (export-png&apos;s default; the window otherwise follows the desktop).</source>
        <translation>Fenster und export-png: dunkle Farben oder hell (Standard von export-png; das Fenster folgt sonst dem Desktop).</translation>
    </message>
    <message>
        <source>poll: poll the Hub now; census: count every public repo on the Hub (resumes an unfinished census); status: show the latest figures; alerts: list the alert log; export-csv, export-json: write the history; export-png: draw a chart; import FILE: merge an export; compact: thin old samples; migrate: copy a history into another database; config: list, get or set a setting; check: look for damage in the history; none: start the desktop app.</source>
        <translation>poll: den Hub jetzt abfragen; census: jedes öffentliche Repo auf dem Hub zählen (setzt eine unfertige Zählung fort); status: die neuesten Zahlen zeigen; alerts: das Meldungsprotokoll auflisten; export-csv, export-json: den Verlauf schreiben; export-png: ein Diagramm zeichnen; import FILE: einen Export zusammenführen; compact: alte Messwerte ausdünnen; migrate: einen Verlauf in eine andere Datenbank kopieren; config: eine Einstellung auflisten, lesen oder setzen; check: den Verlauf auf Schäden prüfen; ohne: die Desktop-App starten.</translation>
    </message>
    <message>
        <source>census: keep an unfinished census as partial and start a new one.</source>
        <translation>census: eine unfertige Zählung als unvollständig behalten und eine neue beginnen.</translation>
    </message>
    <message>
        <source>Whole Hub: no complete census yet. Run &quot;hubwatch census&quot;, or let the collector take its daily census.</source>
        <translation>Ganzer Hub: noch keine vollständige Zählung. Starten Sie „hubwatch census“ oder lassen Sie den Sammler seine tägliche Zählung machen.</translation>
    </message>
    <message>
        <source>Whole Hub (census of %1, public repositories only): %2 all-time downloads</source>
        <translation>Ganzer Hub (Zählung vom %1, nur öffentliche Repositorys): %2 Downloads insgesamt</translation>
    </message>
    <message>
        <source>  Growth: %1%2 per day since the census of %3</source>
        <translation>  Wachstum: %1%2 pro Tag seit der Zählung vom %3</translation>
    </message>
    <message>
        <source>  Growth: known after a second census</source>
        <translation>  Wachstum: nach einer zweiten Zählung bekannt</translation>
    </message>
    <message>
        <source>  30-day downloads %1; %2 models, %3 datasets, %4 spaces</source>
        <translation>  Downloads in 30 Tagen %1; %2 Modelle, %3 Datensätze, %4 Spaces</translation>
    </message>
    <message numerus="yes">
        <source>  Census under way since %1: %Ln page(s), %2 repos, %3 of %4 kinds done</source>
        <translation>
            <numerusform>  Zählung läuft seit %1: %Ln Seite, %2 Repos, %3 von %4 Arten fertig</numerusform>
            <numerusform>  Zählung läuft seit %1: %Ln Seiten, %2 Repos, %3 von %4 Arten fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>  A census stopped unfinished at %1 after %2 repos%3; it is not part of the Hub-wide figures.</source>
        <translation>  Eine Zählung brach am %1 nach %2 Repositorys ab%3; sie zählt nicht zu den Zahlen des ganzen Hubs.</translation>
    </message>
    <message>
        <source> (%1% of the last complete census)</source>
        <translation> (%1 % der letzten vollständigen Zählung)</translation>
    </message>
    <message>
        <source>Compacted history older than %1: removed %2 and %3.</source>
        <comment>days, samples, headline points</comment>
        <translation>Verlauf älter als %1 verdichtet: %2 und %3 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln Messwert</numerusform>
            <numerusform>%Ln Messwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln headline point(s)</source>
        <translation>
            <numerusform>%Ln Gesamtzahl-Punkt</numerusform>
            <numerusform>%Ln Gesamtzahl-Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 and %2 of %n series to %3.</source>
        <comment>repo points, headline points, file</comment>
        <translation>
            <numerusform>%1 und %2 aus %n Reihe nach %3 exportiert.</numerusform>
            <numerusform>%1 und %2 aus %n Reihen nach %3 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repo point(s)</source>
        <translation>
            <numerusform>%Ln Repo-Punkt</numerusform>
            <numerusform>%Ln Repo-Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 and %2 into %3; %4 already present.</source>
        <comment>new points, headline points, file, count</comment>
        <translation>%1 und %2 nach %3 importiert; schon vorhanden: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new point(s)</source>
        <translation>
            <numerusform>%Ln neuer Punkt</numerusform>
            <numerusform>%Ln neue Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1, %2, %3 and %4 from %5 into %6; %7</source>
        <comment>polls, samples, new repos, alerts, from, into, the polls there already</comment>
        <translation>%1, %2, %3 und %4 von %5 nach %6 kopiert; %7</translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s)</source>
        <translation>
            <numerusform>%Ln Abfrage</numerusform>
            <numerusform>%Ln Abfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new repo(s)</source>
        <translation>
            <numerusform>%Ln neues Repo</numerusform>
            <numerusform>%Ln neue Repos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln Meldung</numerusform>
            <numerusform>%Ln Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) were there already.</source>
        <translation>
            <numerusform>%Ln Abfrage war schon vorhanden.</numerusform>
            <numerusform>%Ln Abfragen waren schon vorhanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Censuses of the whole Hub: copied %1, %2 and %3.</source>
        <comment>censuses, repos&apos; figures, census samples</comment>
        <translation>Zählungen des ganzen Hubs: %1, %2 und %3 kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln census(es)</source>
        <translation>
            <numerusform>%Ln Zählung</numerusform>
            <numerusform>%Ln Zählungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the census figures of %Ln repo(s)</source>
        <translation>
            <numerusform>die Zählungszahlen von %Ln Repo</numerusform>
            <numerusform>die Zählungszahlen von %Ln Repos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln census sample(s)</source>
        <translation>
            <numerusform>%Ln Zählungsmesswert</numerusform>
            <numerusform>%Ln Zählungsmesswerte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompactNumber</name>
    <message>
        <source>%1 Tsd.</source>
        <comment>compact number, thousands (German locales)</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>%1 Mio.</source>
        <comment>compact number, millions (German locales)</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 Mrd.</source>
        <comment>compact number, 10^9 (German locales)</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1 Bio.</source>
        <comment>compact number, 10^12 (German locales)</comment>
        <translation>%1 Bio.</translation>
    </message>
    <message>
        <source>%1万</source>
        <comment>compact number, 10^4 (Simplified Chinese locales)</comment>
        <translation>%1万</translation>
    </message>
    <message>
        <source>%1亿</source>
        <comment>compact number, 10^8 (Simplified Chinese locales)</comment>
        <translation>%1亿</translation>
    </message>
    <message>
        <source>%1万亿</source>
        <comment>compact number, 10^12 (Simplified Chinese locales)</comment>
        <translation>%1万亿</translation>
    </message>
    <message>
        <source>%1萬</source>
        <comment>compact number, 10^4 (Traditional Chinese locales)</comment>
        <translation>%1萬</translation>
    </message>
    <message>
        <source>%1億</source>
        <comment>compact number, 10^8 (Traditional Chinese locales)</comment>
        <translation>%1億</translation>
    </message>
    <message>
        <source>%1萬億</source>
        <comment>compact number, 10^12 (Traditional Chinese locales)</comment>
        <translation>%1萬億</translation>
    </message>
    <message>
        <source>%1K</source>
        <comment>compact number, thousands (English and other locales)</comment>
        <translation>%1K</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>compact number, millions (English and other locales)</comment>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>compact number, 10^9 (English and other locales)</comment>
        <translation>%1B</translation>
    </message>
    <message>
        <source>%1T</source>
        <comment>compact number, 10^12 (English and other locales)</comment>
        <translation>%1T</translation>
    </message>
</context>
<context>
    <name>ConsoleAlertSink</name>
    <message>
        <source>Alert: %1 — %2</source>
        <translation>Meldung: %1 – %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field opened on this line is never closed.</source>
        <translation>Ein in dieser Zeile begonnenes Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation>Unerwarteter Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>A double quote inside an unquoted field; quote the whole field and double the quote.</source>
        <translation>Ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen.</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <comment>months of one year</comment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>Cannot create the folder for the demo history: %1</source>
        <translation>Der Ordner für den Demo-Verlauf kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot make the demo history: %1</source>
        <translation>Der Demo-Verlauf kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>saving the demo history</source>
        <translation>beim Speichern des Demo-Verlaufs</translation>
    </message>
</context>
<context>
    <name>GuidanceCatalog</name>
    <message>
        <source>A very large open ecosystem</source>
        <translation>Ein sehr großes offenes Ökosystem</translation>
    </message>
    <message>
        <source>Hundreds of millions of downloads mean that a great many people and teams build on openly published models and datasets every day.</source>
        <translation>Hunderte Millionen Downloads bedeuten: Sehr viele Menschen und Teams bauen jeden Tag auf offen veröffentlichten Modellen und Datensätzen auf.</translation>
    </message>
    <message>
        <source>Open the cumulative chart</source>
        <translation>Kumuliertes Diagramm öffnen</translation>
    </message>
    <message>
        <source>Less reliance on closed APIs</source>
        <translation>Weniger Abhängigkeit von geschlossenen APIs</translation>
    </message>
    <message>
        <source>When open models are a real option, a product does not depend on a single API vendor, its prices or its terms. That spreads the risk instead of concentrating it.</source>
        <translation>Sind offene Modelle eine echte Option, hängt ein Produkt nicht an einem einzigen API-Anbieter, dessen Preisen oder Bedingungen. Das verteilt das Risiko, statt es zu bündeln.</translation>
    </message>
    <message>
        <source>Fast community iteration</source>
        <translation>Schnelle Weiterentwicklung durch die Community</translation>
    </message>
    <message>
        <source>Many contributors refine, quantise and fine-tune published models in parallel, often more quickly than one company could on its own.</source>
        <translation>Viele Beteiligte verbessern, quantisieren und feintunen veröffentlichte Modelle parallel – oft schneller, als es ein einzelnes Unternehmen könnte.</translation>
    </message>
    <message>
        <source>Open the velocity chart</source>
        <translation>Tempo-Diagramm öffnen</translation>
    </message>
    <message>
        <source>Specialised fine-tunes</source>
        <translation>Spezialisierte Feinabstimmungen</translation>
    </message>
    <message>
        <source>A model adapted to one domain (law, medicine, one language, one codebase) can beat a much larger general model on that task.</source>
        <translation>Ein auf ein Fachgebiet zugeschnittenes Modell (Recht, Medizin, eine Sprache, eine Codebasis) kann bei dieser Aufgabe ein viel größeres Allzweckmodell schlagen.</translation>
    </message>
    <message>
        <source>No oversight after the download</source>
        <translation>Keine Aufsicht nach dem Download</translation>
    </message>
    <message>
        <source>Once weights are on someone&apos;s disk, nobody supervises what they are fine-tuned for, including harmful uses.</source>
        <translation>Liegen die Gewichte erst einmal auf einer Festplatte, überwacht niemand, wofür sie feinabgestimmt werden – auch nicht bei schädlichen Zwecken.</translation>
    </message>
    <message>
        <source>A download is not a deployment</source>
        <translation>Ein Download ist kein Einsatz</translation>
    </message>
    <message>
        <source>Counts include experiments, CI runs and mirrors. Most downloads never end up in a product, so read the figures as interest, not as usage in production.</source>
        <translation>Die Zahlen enthalten Experimente, CI-Läufe und Spiegel. Die meisten Downloads landen nie in einem Produkt; lesen Sie die Zahlen also als Interesse, nicht als Nutzung im Produktivbetrieb.</translation>
    </message>
    <message>
        <source>Weights widen the attack surface</source>
        <translation>Gewichte vergrößern die Angriffsfläche</translation>
    </message>
    <message>
        <source>Every new model is code-adjacent input from a third party. Weights saved with pickle can run arbitrary code when loaded; tampered or look-alike repos are a supply-chain risk.</source>
        <translation>Jedes neue Modell ist codenahe Eingabe eines Dritten. Mit pickle gespeicherte Gewichte können beim Laden beliebigen Code ausführen; manipulierte oder zum Verwechseln ähnliche Repos sind ein Lieferkettenrisiko.</translation>
    </message>
    <message>
        <source>A single distribution point</source>
        <translation>Ein einziger Verteilpunkt</translation>
    </message>
    <message>
        <source>So much of open AI is fetched from one hub that its outages, policies and moderation choices affect the whole ecosystem.</source>
        <translation>So viel offene KI wird von einem einzigen Hub geladen, dass seine Ausfälle, Richtlinien und Moderationsentscheidungen das ganze Ökosystem treffen.</translation>
    </message>
    <message>
        <source>Milestone announcements</source>
        <translation>Meilenstein-Meldungen</translation>
    </message>
    <message>
        <source>Round numbers of cumulative downloads are when the ecosystem&apos;s size gets noticed. HubWatch projects when the tracked total reaches its next one and can alert you when it does.</source>
        <translation>Bei runden Download-Zahlen wird die Größe des Ökosystems wahrgenommen. HubWatch schätzt, wann die erfasste Gesamtzahl die nächste erreicht, und kann Sie dann benachrichtigen.</translation>
    </message>
    <message>
        <source>Open the alerts</source>
        <translation>Meldungen öffnen</translation>
    </message>
    <message>
        <source>Top-50 download velocity</source>
        <translation>Download-Tempo der Top 50</translation>
    </message>
    <message>
        <source>When the fastest-growing models shift towards one kind of task, a new hot category is forming. HubWatch compares each task&apos;s share of the top 50 with a week ago.</source>
        <translation>Verschieben sich die am schnellsten wachsenden Modelle zu einer Art von Aufgabe, entsteht eine neue Trendkategorie. HubWatch vergleicht den Anteil jeder Aufgabe an den Top 50 mit der Vorwoche.</translation>
    </message>
    <message>
        <source>Open the hot categories</source>
        <translation>Trendkategorien öffnen</translation>
    </message>
    <message>
        <source>Open versus closed on leaderboards</source>
        <translation>Offen gegen geschlossen in Bestenlisten</translation>
    </message>
    <message>
        <source>How far open models trail (or lead) closed ones on public benchmarks tells you how realistic an open alternative is for your task.</source>
        <translation>Wie weit offene Modelle in öffentlichen Benchmarks hinter geschlossenen zurückliegen (oder vorn liegen), zeigt, wie realistisch eine offene Alternative für Ihre Aufgabe ist.</translation>
    </message>
    <message>
        <source>Private hubs in companies</source>
        <translation>Private Hubs in Unternehmen</translation>
    </message>
    <message>
        <source>Enterprise adoption of private hubs hints at real production use. HubWatch cannot see private repos; this one you follow through announcements.</source>
        <translation>Setzen Unternehmen private Hubs ein, deutet das auf echten Produktiveinsatz hin. HubWatch sieht keine privaten Repos; dies verfolgen Sie über Ankündigungen.</translation>
    </message>
    <message>
        <source>Safety evaluations of models</source>
        <translation>Sicherheitsbewertungen von Modellen</translation>
    </message>
    <message>
        <source>Evaluations published by AI safety organisations are a quality signal. Add their organisations to your watchlist to see what they publish.</source>
        <translation>Bewertungen von KI-Sicherheitsorganisationen sind ein Qualitätssignal. Setzen Sie diese Organisationen auf Ihre Beobachtungsliste, um zu sehen, was sie veröffentlichen.</translation>
    </message>
    <message>
        <source>Open the watchlist</source>
        <translation>Beobachtungsliste öffnen</translation>
    </message>
    <message>
        <source>Explore models for your own use case</source>
        <translation>Modelle für den eigenen Anwendungsfall erkunden</translation>
    </message>
    <message>
        <source>Sign up on the Hub and try a few models on the task you actually care about.</source>
        <translation>Registrieren Sie sich auf dem Hub und probieren Sie einige Modelle an der Aufgabe aus, um die es Ihnen wirklich geht.</translation>
    </message>
    <message>
        <source>Compare open options before paying for an API</source>
        <translation>Offene Alternativen prüfen, bevor Sie für eine API zahlen</translation>
    </message>
    <message>
        <source>Before committing to a closed API&apos;s pricing, test whether an open model does the job.</source>
        <translation>Bevor Sie sich auf die Preise einer geschlossenen API festlegen, testen Sie, ob ein offenes Modell die Aufgabe erfüllt.</translation>
    </message>
    <message>
        <source>Check licences before shipping</source>
        <translation>Lizenzen vor der Auslieferung prüfen</translation>
    </message>
    <message>
        <source>Apache 2.0, a vendor community licence such as Llama&apos;s, or CC-BY carry very different duties. Check them before a model goes into a commercial product.</source>
        <translation>Apache 2.0, eine Community-Lizenz eines Anbieters wie die von Llama oder CC-BY bringen sehr unterschiedliche Pflichten mit sich. Prüfen Sie sie, bevor ein Modell in ein kommerzielles Produkt geht.</translation>
    </message>
    <message>
        <source>Open the licences</source>
        <translation>Lizenzen öffnen</translation>
    </message>
    <message>
        <source>Keep an internal registry of vetted models</source>
        <translation>Ein internes Verzeichnis geprüfter Modelle führen</translation>
    </message>
    <message>
        <source>Let teams pull only models someone has reviewed, from a private hub or an artefact repository.</source>
        <translation>Lassen Sie Teams nur geprüfte Modelle beziehen, aus einem privaten Hub oder einem Artefakt-Repository.</translation>
    </message>
    <message>
        <source>Set a security policy for model weights</source>
        <translation>Eine Sicherheitsrichtlinie für Modellgewichte festlegen</translation>
    </message>
    <message>
        <source>Decide which formats may run in production (for example safetensors only), where weights may come from and who approves them.</source>
        <translation>Legen Sie fest, welche Formate produktiv laufen dürfen (zum Beispiel nur safetensors), woher Gewichte kommen dürfen und wer sie freigibt.</translation>
    </message>
    <message>
        <source>Open the formats</source>
        <translation>Formate öffnen</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Etwas zurückgeben</translation>
    </message>
    <message>
        <source>If your business allows it, publish models, datasets or evaluations for others to use.</source>
        <translation>Wenn Ihr Unternehmen es erlaubt, veröffentlichen Sie Modelle, Datensätze oder Bewertungen für andere.</translation>
    </message>
    <message>
        <source>Fund open infrastructure</source>
        <translation>Offene Infrastruktur finanzieren</translation>
    </message>
    <message>
        <source>Treat open-source AI infrastructure as a public good and support it.</source>
        <translation>Betrachten Sie Open-Source-KI-Infrastruktur als Gemeingut und unterstützen Sie sie.</translation>
    </message>
    <message>
        <source>Work on provenance standards</source>
        <translation>An Herkunftsstandards mitarbeiten</translation>
    </message>
    <message>
        <source>Help define how a model&apos;s origin and supply chain can be traced and verified.</source>
        <translation>Helfen Sie festzulegen, wie sich Herkunft und Lieferkette eines Modells nachverfolgen und überprüfen lassen.</translation>
    </message>
    <message>
        <source>Support academic access</source>
        <translation>Zugang für die Forschung unterstützen</translation>
    </message>
    <message>
        <source>Programmes that give researchers access to models and compute keep AI research from concentrating in a few companies.</source>
        <translation>Programme, die Forschenden Zugang zu Modellen und Rechenleistung geben, verhindern, dass sich KI-Forschung auf wenige Unternehmen konzentriert.</translation>
    </message>
    <message>
        <source>What the figure is a sum of</source>
        <translation>Worüber die Zahl summiert</translation>
    </message>
    <message>
        <source>The Hub publishes no total for all of its repos. HubWatch&apos;s headline is the sum over the repos it tracks: the top models and datasets by downloads plus your watchlist. Spaces are not counted. Repos outside the scope are not in the figure.</source>
        <translation>Der Hub veröffentlicht keine Gesamtzahl über alle seine Repos. Die Hauptzahl von HubWatch ist die Summe über die erfassten Repos: die meistgeladenen Modelle und Datensätze plus Ihre Beobachtungsliste. Spaces werden nicht gezählt. Repos außerhalb des Umfangs fehlen in der Zahl.</translation>
    </message>
    <message>
        <source>Change what is tracked</source>
        <translation>Ändern, was erfasst wird</translation>
    </message>
    <message>
        <source>30 days and all time</source>
        <translation>30 Tage und insgesamt</translation>
    </message>
    <message>
        <source>For each repo the Hub reports a rolling count over the last 30 days and a total since the repo was created. HubWatch shows both; growth per day comes from comparing its own polls.</source>
        <translation>Für jedes Repo meldet der Hub eine gleitende Zahl über die letzten 30 Tage und eine Summe seit der Erstellung. HubWatch zeigt beide; das Wachstum pro Tag ergibt sich aus dem Vergleich der eigenen Abfragen.</translation>
    </message>
    <message>
        <source>How a model download is counted</source>
        <translation>Wie ein Modell-Download gezählt wird</translation>
    </message>
    <message>
        <source>The Hub counts a download of a model when one of its query files, such as config.json, is fetched with GET or HEAD. Every GGUF file fetched counts separately. Automated traffic such as CI is not filtered out.</source>
        <translation>Der Hub zählt einen Download eines Modells, wenn eine seiner Abfragedateien, etwa config.json, per GET oder HEAD abgerufen wird. Jede abgerufene GGUF-Datei zählt einzeln. Automatisierter Verkehr wie CI wird nicht herausgefiltert.</translation>
    </message>
    <message>
        <source>How a dataset download is counted</source>
        <translation>Wie ein Datensatz-Download gezählt wird</translation>
    </message>
    <message>
        <source>For datasets, all the files one IP address fetches from one repo within five minutes count as a single download.</source>
        <translation>Bei Datensätzen zählen alle Dateien, die eine IP-Adresse innerhalb von fünf Minuten aus einem Repo abruft, als ein einziger Download.</translation>
    </message>
    <message>
        <source>The history is HubWatch&apos;s own</source>
        <translation>Der Verlauf stammt von HubWatch selbst</translation>
    </message>
    <message>
        <source>The Hub keeps no history of its counts, only today&apos;s figures. Every point in HubWatch&apos;s charts is one of its own polls, so the history starts when you started polling and has gaps wherever no poll ran.</source>
        <translation>Der Hub speichert keinen Verlauf seiner Zahlen, nur die heutigen. Jeder Punkt in den Diagrammen von HubWatch ist eine eigene Abfrage; der Verlauf beginnt also mit Ihrer ersten Abfrage und hat Lücken, wo keine lief.</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Vorteile</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Nachteile</translation>
    </message>
    <message>
        <source>What to watch for</source>
        <translation>Worauf man achten sollte</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Data &amp; methodology</source>
        <translation>Daten und Methodik</translation>
    </message>
    <message>
        <source>What the scale of open model distribution makes possible.</source>
        <translation>Was die Größe der offenen Modellverteilung möglich macht.</translation>
    </message>
    <message>
        <source>What the same scale puts at risk.</source>
        <translation>Was dieselbe Größe gefährdet.</translation>
    </message>
    <message>
        <source>Signals worth following, with the figures HubWatch has for them.</source>
        <translation>Signale, die es zu verfolgen lohnt, mit den Zahlen, die HubWatch dazu hat.</translation>
    </message>
    <message>
        <source>A checklist; your ticks are kept.</source>
        <translation>Eine Checkliste; Ihre Häkchen bleiben gespeichert.</translation>
    </message>
    <message>
        <source>Exactly what HubWatch counts, and what it cannot see.</source>
        <translation>Was HubWatch genau zählt und was es nicht sehen kann.</translation>
    </message>
</context>
<context>
    <name>HistoryCopy</name>
    <message>
        <source>reading scopes</source>
        <translation>beim Lesen der Umfänge</translation>
    </message>
    <message>
        <source>matching scopes</source>
        <translation>beim Abgleichen der Umfänge</translation>
    </message>
    <message>
        <source>adding a scope</source>
        <translation>beim Hinzufügen eines Umfangs</translation>
    </message>
    <message>
        <source>reading repos</source>
        <translation>beim Lesen der Repos</translation>
    </message>
    <message>
        <source>adding a repo</source>
        <translation>beim Hinzufügen eines Repos</translation>
    </message>
    <message>
        <source>reading polls</source>
        <translation>beim Lesen der Abfragen</translation>
    </message>
    <message>
        <source>adding a poll</source>
        <translation>beim Hinzufügen einer Abfrage</translation>
    </message>
    <message>
        <source>copying samples</source>
        <translation>beim Kopieren der Messwerte</translation>
    </message>
    <message>
        <source>copying presence</source>
        <translation>beim Kopieren der Vorkommen</translation>
    </message>
    <message>
        <source>copying headline points</source>
        <translation>beim Kopieren der Gesamtzahl-Punkte</translation>
    </message>
    <message>
        <source>copying annotations</source>
        <translation>beim Kopieren der Anmerkungen</translation>
    </message>
    <message>
        <source>copying milestones</source>
        <translation>beim Kopieren der Meilensteine</translation>
    </message>
    <message>
        <source>copying thresholds</source>
        <translation>beim Kopieren der Schwellen</translation>
    </message>
    <message>
        <source>copying alerts</source>
        <translation>beim Kopieren der Meldungen</translation>
    </message>
    <message>
        <source>reading alert state</source>
        <translation>beim Lesen des Meldungszustands</translation>
    </message>
    <message>
        <source>saving alert state</source>
        <translation>beim Speichern des Meldungszustands</translation>
    </message>
    <message>
        <source>starting the copy</source>
        <translation>beim Starten des Kopierens</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Es wurde nichts kopiert: %1</translation>
    </message>
    <message>
        <source>reading censuses</source>
        <translation>Zählungen lesen</translation>
    </message>
    <message>
        <source>adding a census</source>
        <translation>eine Zählung hinzufügen</translation>
    </message>
    <message>
        <source>copying censuses</source>
        <translation>Zählungen kopieren</translation>
    </message>
    <message>
        <source>reading census figures</source>
        <translation>Zählungszahlen lesen</translation>
    </message>
    <message>
        <source>copying census figures</source>
        <translation>Zählungszahlen kopieren</translation>
    </message>
    <message>
        <source>matching census figures</source>
        <translation>Zählungszahlen zuordnen</translation>
    </message>
    <message>
        <source>reading census samples</source>
        <translation>Zählungsmesswerte lesen</translation>
    </message>
    <message>
        <source>copying census samples</source>
        <translation>Zählungsmesswerte kopieren</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Das Schreiben des Exports ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>reading the repos</source>
        <translation>beim Lesen der Repos</translation>
    </message>
    <message>
        <source>reading the samples of %1</source>
        <translation>beim Lesen der Messwerte von %1</translation>
    </message>
    <message>
        <source>reading the scopes</source>
        <translation>beim Lesen der Umfänge</translation>
    </message>
    <message>
        <source>reading the headline</source>
        <translation>beim Lesen der Gesamtzahl</translation>
    </message>
</context>
<context>
    <name>HistoryFilter</name>
    <message>
        <source>--series: %1</source>
        <translation>--series: %1</translation>
    </message>
    <message>
        <source>--range expects 7d, 30d, 90d, 1y, all or FROM..TO with ISO dates such as 2026-01-01..2026-03-31, not &quot;%1&quot;.</source>
        <translation>--range erwartet 7d, 30d, 90d, 1y, all oder VON..BIS mit ISO-Datumsangaben wie 2026-01-01..2026-03-31, nicht „%1“.</translation>
    </message>
    <message>
        <source>--range: the start %1 is after the end %2.</source>
        <translation>--range: Der Anfang %1 liegt nach dem Ende %2.</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>counting the imported repos</source>
        <translation>beim Zählen der importierten Repos</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>beim Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>reading the scopes</source>
        <translation>beim Lesen der Umfänge</translation>
    </message>
    <message>
        <source>reading the polls</source>
        <translation>beim Lesen der Abfragen</translation>
    </message>
    <message>
        <source>adding the scope %1</source>
        <translation>beim Hinzufügen des Umfangs %1</translation>
    </message>
    <message>
        <source>adding an imported poll</source>
        <translation>beim Hinzufügen einer importierten Abfrage</translation>
    </message>
    <message>
        <source>looking for a sample</source>
        <translation>bei der Suche nach einem Messwert</translation>
    </message>
    <message>
        <source>looking for a presence</source>
        <translation>bei der Suche nach einem Vorkommen</translation>
    </message>
    <message>
        <source>looking up %1</source>
        <translation>beim Nachschlagen von %1</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>beim Aktualisieren von %1</translation>
    </message>
    <message>
        <source>adding %1</source>
        <translation>beim Hinzufügen von %1</translation>
    </message>
    <message>
        <source>imported history</source>
        <translation>importierter Verlauf</translation>
    </message>
    <message>
        <source>adding a sample of %1</source>
        <translation>beim Hinzufügen eines Messwerts von %1</translation>
    </message>
    <message>
        <source>adding a presence</source>
        <translation>beim Hinzufügen eines Vorkommens</translation>
    </message>
    <message>
        <source>looking for a headline</source>
        <translation>bei der Suche nach einer Gesamtzahl</translation>
    </message>
    <message>
        <source>adding a headline</source>
        <translation>beim Hinzufügen einer Gesamtzahl</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>starting the import</source>
        <translation>beim Starten des Imports</translation>
    </message>
    <message>
        <source>committing the import</source>
        <translation>beim Abschließen des Imports</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number from 0 to 9223372036854775807.</source>
        <translation>%1: %2 ist keine ganze Zahl von 0 bis 9223372036854775807.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>Each entry of &quot;series&quot; must be an object.</source>
        <translation>Jeder Eintrag in „series“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Each point must be an object.</source>
        <translation>Jeder Punkt muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in a point.</source>
        <translation>Unbekannter Schlüssel „%1“ in einem Punkt.</translation>
    </message>
    <message>
        <source>&quot;points&quot; must be an array.</source>
        <translation>„points“ muss ein Array sein.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in a series.</source>
        <translation>Unbekannter Schlüssel „%1“ in einer Reihe.</translation>
    </message>
    <message>
        <source>A series without its &quot;series&quot; name.</source>
        <translation>Eine Reihe ohne ihren Namen in „series“.</translation>
    </message>
    <message>
        <source>&quot;kind&quot; and &quot;name&quot; do not match the series %1.</source>
        <translation>„kind“ und „name“ passen nicht zur Reihe %1.</translation>
    </message>
    <message>
        <source>&quot;kind&quot; and &quot;name&quot; belong to repo series only.</source>
        <translation>„kind“ und „name“ gehören nur zu Repo-Reihen.</translation>
    </message>
    <message>
        <source>&quot;scope&quot; and &quot;scopeDescription&quot; belong to headline series only.</source>
        <translation>„scope“ und „scopeDescription“ gehören nur zu Gesamtzahl-Reihen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong in a point of %2.</source>
        <translation>„%1“ gehört nicht in einen Punkt von %2.</translation>
    </message>
    <message>
        <source>The point has no &quot;%1&quot;.</source>
        <translation>Dem Punkt fehlt „%1“.</translation>
    </message>
    <message>
        <source>A headline point needs all its counts; null is not allowed.</source>
        <translation>Ein Gesamtzahl-Punkt braucht alle seine Zahlen; null ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>&quot;format&quot; is &quot;%1&quot;; only &quot;%2&quot; can be imported.</source>
        <translation>„format“ ist „%1“; nur „%2“ kann importiert werden.</translation>
    </message>
    <message>
        <source>The file is version %1 of the format, written by a newer HubWatch; this one reads version %2.</source>
        <translation>Die Datei hat Version %1 des Formats und stammt von einem neueren HubWatch; dieses liest Version %2.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1.</source>
        <translation>„version“ muss %1 sein.</translation>
    </message>
    <message>
        <source>&quot;series&quot; must be an array.</source>
        <translation>„series“ muss ein Array sein.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>Unbekannter Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Unexpected text after the end of the JSON document.</source>
        <translation>Unerwarteter Text nach dem Ende des JSON-Dokuments.</translation>
    </message>
    <message>
        <source>This is not a HubWatch history export: it needs &quot;format&quot;, &quot;version&quot; and &quot;series&quot;.</source>
        <translation>Dies ist kein Verlaufsexport von HubWatch: Es fehlen „format“, „version“ und „series“.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the header.</source>
        <translation>Unbekannte Spalte „%1“ in der Kopfzeile.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the header.</source>
        <translation>Die Spalte „%1“ kommt in der Kopfzeile zweimal vor.</translation>
    </message>
    <message>
        <source>The header must name the columns %1 (and may add %2); &quot;%3&quot; is missing.</source>
        <translation>Die Kopfzeile muss die Spalten %1 nennen (und darf %2 ergänzen); „%3“ fehlt.</translation>
    </message>
    <message>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation>Erwartet wurden %1 Felder wie in der Kopfzeile, gefunden %2.</translation>
    </message>
    <message>
        <source>repos_covered, models, datasets and scope belong to headline rows only.</source>
        <translation>repos_covered, models, datasets und scope gehören nur zu Gesamtzahl-Zeilen.</translation>
    </message>
    <message>
        <source>A headline row has no likes.</source>
        <translation>Eine Gesamtzahl-Zeile hat keine Likes.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>%1 is required here.</source>
        <translation>%1 ist hier erforderlich.</translation>
    </message>
    <message>
        <source>%1: %2 is too large.</source>
        <translation>%1: %2 ist zu groß.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of 0 or more.</source>
        <translation>%1: „%2“ ist keine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 2026-11-26T12:43:18.239Z.</source>
        <translation>„%1“ ist keine Zeitangabe wie 2026-11-26T12:43:18.239Z.</translation>
    </message>
    <message>
        <source>A headline needs its scope.</source>
        <translation>Eine Gesamtzahl braucht ihren Umfang.</translation>
    </message>
    <message>
        <source>The scope is not a valid scope key.</source>
        <translation>Der Umfang ist kein gültiger Umfangsschlüssel.</translation>
    </message>
    <message>
        <source>A second, different point for %1 at %2 (the other is on line %3).</source>
        <translation>Ein zweiter, abweichender Punkt für %1 um %2 (der andere steht in Zeile %3).</translation>
    </message>
    <message>
        <source>updating the latest values: %1</source>
        <translation>Aktualisieren der neuesten Werte: %1</translation>
    </message>
</context>
<context>
    <name>HotCategories</name>
    <message>
        <source>untagged</source>
        <translation>ohne Tag</translation>
    </message>
</context>
<context>
    <name>HubConfig</name>
    <message>
        <source>(unreadable)</source>
        <translation>(unlesbar)</translation>
    </message>
    <message>
        <source>The Hub endpoint &quot;%1&quot; is not an http(s) URL.</source>
        <translation>Der Hub-Endpunkt „%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>The Hub endpoint &quot;%1&quot; must not carry a query, fragment or credentials.</source>
        <translation>Der Hub-Endpunkt „%1“ darf keine Abfrage, kein Fragment und keine Zugangsdaten enthalten.</translation>
    </message>
    <message>
        <source>from --endpoint</source>
        <translation>aus --endpoint</translation>
    </message>
    <message>
        <source>from HF_ENDPOINT</source>
        <translation>aus HF_ENDPOINT</translation>
    </message>
    <message>
        <source>from Settings</source>
        <translation>aus den Einstellungen</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>HubError</name>
    <message>
        <source>Offline mode is on: HubWatch made no request to the Hub.</source>
        <translation>Der Offline-Modus ist an: HubWatch hat keine Anfrage an den Hub gestellt.</translation>
    </message>
    <message>
        <source>The request was refused before sending it.</source>
        <translation>Die Anfrage wurde vor dem Senden abgelehnt.</translation>
    </message>
    <message>
        <source>Repository not found (or private).</source>
        <translation>Repository nicht gefunden (oder privat).</translation>
    </message>
    <message>
        <source>This repository is gated: accept its conditions on the Hub first.</source>
        <translation>Dieses Repository ist zugangsbeschränkt: Akzeptieren Sie zuerst seine Bedingungen auf dem Hub.</translation>
    </message>
    <message>
        <source>The Hub rejected the access token; check HF_TOKEN or your token file.</source>
        <translation>Der Hub hat das Zugriffstoken abgelehnt; prüfen Sie HF_TOKEN oder Ihre Token-Datei.</translation>
    </message>
    <message>
        <source>The Hub refused access to this resource.</source>
        <translation>Der Hub hat den Zugriff auf diese Ressource verweigert.</translation>
    </message>
    <message>
        <source>The Hub&apos;s rate limit was reached; the quota resets at %1 UTC.</source>
        <translation>Das Anfragelimit des Hubs ist erreicht; das Kontingent wird um %1 UTC zurückgesetzt.</translation>
    </message>
    <message>
        <source>The Hub&apos;s rate limit was reached.</source>
        <translation>Das Anfragelimit des Hubs ist erreicht.</translation>
    </message>
    <message>
        <source>The Hub had a server error and kept failing after retries.</source>
        <translation>Der Hub hatte einen Serverfehler, der auch bei Wiederholungen bestehen blieb.</translation>
    </message>
    <message>
        <source>The Hub could not be reached.</source>
        <translation>Der Hub ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The Hub sent a response HubWatch could not read.</source>
        <translation>Der Hub hat eine Antwort geschickt, die HubWatch nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The Hub sent a response larger than HubWatch accepts.</source>
        <translation>Der Hub hat eine Antwort geschickt, die größer ist, als HubWatch annimmt.</translation>
    </message>
    <message>
        <source>The Hub redirected to an address HubWatch will not follow.</source>
        <translation>Der Hub hat auf eine Adresse umgeleitet, der HubWatch nicht folgt.</translation>
    </message>
    <message>
        <source>The Hub answered with HTTP status %1.</source>
        <translation>Der Hub hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1 at byte %2 of %3</source>
        <translation>%1 bei Byte %2 von %3</translation>
    </message>
    <message>
        <source>expected a JSON array from %1</source>
        <translation>JSON-Array von %1 erwartet</translation>
    </message>
    <message>
        <source>expected a JSON object from %1</source>
        <translation>JSON-Objekt von %1 erwartet</translation>
    </message>
    <message>
        <source>a field has the wrong type in %1</source>
        <translation>ein Feld hat den falschen Typ in %1</translation>
    </message>
    <message>
        <source>The Hub&apos;s answer was cut short.</source>
        <translation>Die Antwort des Hubs brach vorzeitig ab.</translation>
    </message>
    <message>
        <source>The Hub&apos;s answer was cut short after %L1 bytes.</source>
        <translation>Die Antwort des Hubs brach nach %L1 Bytes ab.</translation>
    </message>
    <message>
        <source>The Hub&apos;s answer was cut short after %L1 of %L2 bytes.</source>
        <translation>Die Antwort des Hubs brach nach %L1 von %L2 Bytes ab.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The JSON ends early; expected &quot;%1&quot;.</source>
        <translation>Das JSON endet zu früh; erwartet wurde „%1“.</translation>
    </message>
    <message>
        <source>Expected &quot;%1&quot; but found &quot;%2&quot;.</source>
        <translation>Erwartet wurde „%1“, gefunden „%2“.</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply.</source>
        <translation>Das JSON ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>Expected a quoted key or &quot;}&quot;.</source>
        <translation>Erwartet wurde ein Schlüssel in Anführungszeichen oder „}“.</translation>
    </message>
    <message>
        <source>A control character inside a string must be escaped.</source>
        <translation>Ein Steuerzeichen in einer Zeichenkette muss maskiert werden.</translation>
    </message>
    <message>
        <source>&quot;\u&quot; must be followed by four hexadecimal digits.</source>
        <translation>Auf „\u“ müssen vier Hexadezimalziffern folgen.</translation>
    </message>
    <message>
        <source>Unknown escape &quot;\%1&quot; in a string.</source>
        <translation>Unbekannte Escape-Sequenz „\%1“ in einer Zeichenkette.</translation>
    </message>
    <message>
        <source>A string is never closed.</source>
        <translation>Eine Zeichenkette wird nie geschlossen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid JSON number.</source>
        <translation>„%1“ ist keine gültige JSON-Zahl.</translation>
    </message>
    <message>
        <source>Unexpected text; expected a JSON value.</source>
        <translation>Unerwarteter Text; erwartet wurde ein JSON-Wert.</translation>
    </message>
    <message>
        <source>Expected a single value, not an object or array.</source>
        <translation>Erwartet wurde ein einzelner Wert, kein Objekt oder Array.</translation>
    </message>
    <message>
        <source>The JSON ends early; expected a value.</source>
        <translation>Das JSON endet zu früh; erwartet wurde ein Wert.</translation>
    </message>
</context>
<context>
    <name>LicenseClassifier</name>
    <message>
        <source>Apache License 2.0</source>
        <translation>Apache License 2.0</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT-Lizenz</translation>
    </message>
    <message>
        <source>BSD licence family</source>
        <translation>BSD-Lizenzfamilie</translation>
    </message>
    <message>
        <source>BSD 2-Clause License</source>
        <translation>BSD-Lizenz mit 2 Klauseln</translation>
    </message>
    <message>
        <source>BSD 3-Clause License</source>
        <translation>BSD-Lizenz mit 3 Klauseln</translation>
    </message>
    <message>
        <source>BSD 3-Clause Clear License</source>
        <translation>BSD-3-Clause-Clear-Lizenz</translation>
    </message>
    <message>
        <source>ISC License</source>
        <translation>ISC-Lizenz</translation>
    </message>
    <message>
        <source>Creative Commons Zero v1.0</source>
        <translation>Creative Commons Zero v1.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution 2.0</source>
        <translation>Creative Commons Namensnennung 2.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution 2.5</source>
        <translation>Creative Commons Namensnennung 2.5</translation>
    </message>
    <message>
        <source>Creative Commons Attribution 3.0</source>
        <translation>Creative Commons Namensnennung 3.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution 4.0</source>
        <translation>Creative Commons Namensnennung 4.0</translation>
    </message>
    <message>
        <source>The Unlicense</source>
        <translation>The Unlicense</translation>
    </message>
    <message>
        <source>zlib License</source>
        <translation>zlib-Lizenz</translation>
    </message>
    <message>
        <source>Academic Free License 3.0</source>
        <translation>Academic Free License 3.0</translation>
    </message>
    <message>
        <source>Artistic License 2.0</source>
        <translation>Artistic License 2.0</translation>
    </message>
    <message>
        <source>Boost Software License 1.0</source>
        <translation>Boost Software License 1.0</translation>
    </message>
    <message>
        <source>Educational Community License 2.0</source>
        <translation>Educational Community License 2.0</translation>
    </message>
    <message>
        <source>WTFPL</source>
        <translation>WTFPL</translation>
    </message>
    <message>
        <source>PostgreSQL License</source>
        <translation>PostgreSQL-Lizenz</translation>
    </message>
    <message>
        <source>University of Illinois/NCSA License</source>
        <translation>University of Illinois/NCSA-Lizenz</translation>
    </message>
    <message>
        <source>ODC Public Domain Dedication and License</source>
        <translation>ODC Public Domain Dedication and License</translation>
    </message>
    <message>
        <source>ODC Attribution License</source>
        <translation>ODC Attribution License</translation>
    </message>
    <message>
        <source>CDLA Permissive 1.0</source>
        <translation>CDLA Permissive 1.0</translation>
    </message>
    <message>
        <source>CDLA Permissive 2.0</source>
        <translation>CDLA Permissive 2.0</translation>
    </message>
    <message>
        <source>Etalab Open License 2.0</source>
        <translation>Etalab Open License 2.0</translation>
    </message>
    <message>
        <source>OpenMDW License 1.0</source>
        <translation>OpenMDW-Lizenz 1.0</translation>
    </message>
    <message>
        <source>OpenMDW License 1.1</source>
        <translation>OpenMDW-Lizenz 1.1</translation>
    </message>
    <message>
        <source>GNU GPL family</source>
        <translation>GNU-GPL-Familie</translation>
    </message>
    <message>
        <source>GNU GPL v2.0</source>
        <translation>GNU GPL v2.0</translation>
    </message>
    <message>
        <source>GNU GPL v3.0</source>
        <translation>GNU GPL v3.0</translation>
    </message>
    <message>
        <source>GNU AGPL v3.0</source>
        <translation>GNU AGPL v3.0</translation>
    </message>
    <message>
        <source>GNU Free Documentation License</source>
        <translation>GNU-Lizenz für freie Dokumentation</translation>
    </message>
    <message>
        <source>European Union Public Licence 1.1</source>
        <translation>Open-Source-Lizenz der Europäischen Union 1.1</translation>
    </message>
    <message>
        <source>European Union Public Licence 1.2</source>
        <translation>Open-Source-Lizenz der Europäischen Union 1.2</translation>
    </message>
    <message>
        <source>Open Software License 3.0</source>
        <translation>Open Software License 3.0</translation>
    </message>
    <message>
        <source>GNU LGPL family</source>
        <translation>GNU-LGPL-Familie</translation>
    </message>
    <message>
        <source>GNU LGPL v2.1</source>
        <translation>GNU LGPL v2.1</translation>
    </message>
    <message>
        <source>GNU LGPL v3.0</source>
        <translation>GNU LGPL v3.0</translation>
    </message>
    <message>
        <source>LGPL for Linguistic Resources</source>
        <translation>LGPL für linguistische Ressourcen</translation>
    </message>
    <message>
        <source>Mozilla Public License 2.0</source>
        <translation>Mozilla Public License 2.0</translation>
    </message>
    <message>
        <source>Eclipse Public License 1.0</source>
        <translation>Eclipse Public License 1.0</translation>
    </message>
    <message>
        <source>Eclipse Public License 2.0</source>
        <translation>Eclipse Public License 2.0</translation>
    </message>
    <message>
        <source>Microsoft Public License</source>
        <translation>Microsoft Public License</translation>
    </message>
    <message>
        <source>SIL Open Font License 1.1</source>
        <translation>SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-ShareAlike 3.0</source>
        <translation>Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 3.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-ShareAlike 4.0</source>
        <translation>Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0</translation>
    </message>
    <message>
        <source>Open Database License</source>
        <translation>Open Database License</translation>
    </message>
    <message>
        <source>CDLA Sharing 1.0</source>
        <translation>CDLA Sharing 1.0</translation>
    </message>
    <message>
        <source>LaTeX Project Public License 1.3c</source>
        <translation>LaTeX Project Public License 1.3c</translation>
    </message>
    <message>
        <source>Creative Commons licence family</source>
        <translation>Creative-Commons-Lizenzfamilie</translation>
    </message>
    <message>
        <source>Other licence</source>
        <translation>Andere Lizenz</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial 2.0</source>
        <translation>Creative Commons Namensnennung – Nicht kommerziell 2.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial 3.0</source>
        <translation>Creative Commons Namensnennung – Nicht kommerziell 3.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial 4.0</source>
        <translation>Creative Commons Namensnennung – Nicht kommerziell 4.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial-ShareAlike 2.0</source>
        <translation>Creative Commons Namensnennung – Nicht kommerziell – Weitergabe unter gleichen Bedingungen 2.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial-ShareAlike 3.0</source>
        <translation>Creative Commons Namensnennung – Nicht kommerziell – Weitergabe unter gleichen Bedingungen 3.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial-ShareAlike 4.0</source>
        <translation>Creative Commons Namensnennung – Nicht kommerziell – Weitergabe unter gleichen Bedingungen 4.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NoDerivatives 4.0</source>
        <translation>Creative Commons Namensnennung – Keine Bearbeitungen 4.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial-NoDerivatives 3.0</source>
        <translation>Creative Commons Namensnennung – Nicht kommerziell – Keine Bearbeitungen 3.0</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-NonCommercial-NoDerivatives 4.0</source>
        <translation>Creative Commons Namensnennung – Nicht kommerziell – Keine Bearbeitungen 4.0</translation>
    </message>
    <message>
        <source>OpenRAIL licence family</source>
        <translation>OpenRAIL-Lizenzfamilie</translation>
    </message>
    <message>
        <source>Open RAIL++-M License</source>
        <translation>Open RAIL++-M License</translation>
    </message>
    <message>
        <source>BigScience OpenRAIL-M</source>
        <translation>BigScience OpenRAIL-M</translation>
    </message>
    <message>
        <source>CreativeML OpenRAIL-M</source>
        <translation>CreativeML OpenRAIL-M</translation>
    </message>
    <message>
        <source>BigScience BLOOM RAIL 1.0</source>
        <translation>BigScience BLOOM RAIL 1.0</translation>
    </message>
    <message>
        <source>BigCode Open RAIL-M v1</source>
        <translation>BigCode Open RAIL-M v1</translation>
    </message>
    <message>
        <source>Llama 2 Community License</source>
        <translation>Llama 2 Community License</translation>
    </message>
    <message>
        <source>Llama 3 Community License</source>
        <translation>Llama 3 Community License</translation>
    </message>
    <message>
        <source>Llama 3.1 Community License</source>
        <translation>Llama 3.1 Community License</translation>
    </message>
    <message>
        <source>Llama 3.2 Community License</source>
        <translation>Llama 3.2 Community License</translation>
    </message>
    <message>
        <source>Llama 3.3 Community License</source>
        <translation>Llama 3.3 Community License</translation>
    </message>
    <message>
        <source>Llama 4 Community License</source>
        <translation>Llama 4 Community License</translation>
    </message>
    <message>
        <source>Gemma Terms of Use</source>
        <translation>Gemma-Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Grok 2 Community License</source>
        <translation>Grok 2 Community License</translation>
    </message>
    <message>
        <source>Apple Sample Code License</source>
        <translation>Apple Sample Code License</translation>
    </message>
    <message>
        <source>Apple Machine Learning Research Model License</source>
        <translation>Apple Machine Learning Research Model License</translation>
    </message>
    <message>
        <source>DeepFloyd IF Research License</source>
        <translation>DeepFloyd IF Research License</translation>
    </message>
    <message>
        <source>FAIR Noncommercial Research License</source>
        <translation>FAIR Noncommercial Research License</translation>
    </message>
    <message>
        <source>H Research License</source>
        <translation>H Research License</translation>
    </message>
    <message>
        <source>Intel Research Use License</source>
        <translation>Intel Research Use License</translation>
    </message>
    <message>
        <source>Computational Use of Data Agreement</source>
        <translation>Computational Use of Data Agreement</translation>
    </message>
    <message>
        <source>Unknown licence</source>
        <translation>Unbekannte Lizenz</translation>
    </message>
    <message>
        <source>copyleft</source>
        <translation>Copyleft</translation>
    </message>
    <message>
        <source>weak copyleft</source>
        <translation>schwaches Copyleft</translation>
    </message>
    <message>
        <source>copyleft (share-alike)</source>
        <translation>Copyleft (Weitergabe unter gleichen Bedingungen)</translation>
    </message>
    <message>
        <source>non-commercial</source>
        <translation>nicht kommerziell</translation>
    </message>
    <message>
        <source>no derivatives</source>
        <translation>keine Bearbeitungen</translation>
    </message>
    <message>
        <source>non-commercial, no derivatives</source>
        <translation>nicht kommerziell, keine Bearbeitungen</translation>
    </message>
    <message>
        <source>use restrictions</source>
        <translation>Nutzungsbeschränkungen</translation>
    </message>
    <message>
        <source>vendor terms with conditions</source>
        <translation>Anbieterbedingungen mit Auflagen</translation>
    </message>
    <message>
        <source>research only</source>
        <translation>nur für die Forschung</translation>
    </message>
    <message>
        <source>custom terms: read the repository&apos;s licence</source>
        <translation>eigene Bedingungen: Lizenz des Repositorys lesen</translation>
    </message>
    <message>
        <source>variant not stated</source>
        <translation>Variante nicht angegeben</translation>
    </message>
    <message>
        <source>No licence given</source>
        <translation>Keine Lizenz angegeben</translation>
    </message>
    <message>
        <source>Permissive</source>
        <translation>Freizügig</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>MilestoneInput</name>
    <message>
        <source>Type a number of downloads, such as 1B, 250M or 2,500,000.</source>
        <translation>Geben Sie eine Download-Zahl ein, etwa 1 Mrd., 250 Mio. oder 2.500.000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of downloads; try 1B, 250M or 2,500,000.</source>
        <translation>„%1“ ist keine Download-Zahl; versuchen Sie 1 Mrd., 250 Mio. oder 2.500.000.</translation>
    </message>
    <message>
        <source>A milestone must be above zero.</source>
        <translation>Ein Meilenstein muss größer als null sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>„%1“ ist zu groß.</translation>
    </message>
</context>
<context>
    <name>PgAdvisoryLock</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another HubWatch collector (%1) is already polling into %2; there is only one collector per shared history. Desktops only read it, and so can this machine: run hubwatch without &quot;poll&quot;.</source>
        <translation>Ein anderer HubWatch-Sammler (%1) schreibt bereits Abfragen nach %2; pro gemeinsamem Verlauf gibt es nur einen Sammler. Desktops lesen ihn nur, und das kann auch dieser Rechner: Starten Sie hubwatch ohne „poll“.</translation>
    </message>
    <message>
        <source>server process %1</source>
        <translation>Serverprozess %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>PollScope</name>
    <message>
        <source>top %1 models + %2 datasets</source>
        <translation>Top %1 Modelle + %2 Datensätze</translation>
    </message>
    <message numerus="yes">
        <source>(+ %n watched)</source>
        <translation>
            <numerusform>(+ %n beobachtet)</numerusform>
            <numerusform>(+ %n beobachtet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>The target has already been reached.</source>
        <translation>Das Ziel ist bereits erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough history yet to project a date: %n poll(s) so far, at least %1 needed.</source>
        <translation>
            <numerusform>Noch zu wenig Verlauf für eine Prognose: bisher %n Abfrage, mindestens %1 nötig.</numerusform>
            <numerusform>Noch zu wenig Verlauf für eine Prognose: bisher %n Abfragen, mindestens %1 nötig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough history yet to project a date: it covers less than %n day(s).</source>
        <translation>
            <numerusform>Noch zu wenig Verlauf für eine Prognose: Er umfasst weniger als %n Tag.</numerusform>
            <numerusform>Noch zu wenig Verlauf für eine Prognose: Er umfasst weniger als %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The count is not growing, so it will not reach the target at this pace.</source>
        <translation>Die Zahl wächst nicht und erreicht das Ziel in diesem Tempo daher nicht.</translation>
    </message>
    <message>
        <source>The history is too irregular for a reliable date (fit quality R² %1, below %2).</source>
        <translation>Der Verlauf ist zu unregelmäßig für ein verlässliches Datum (Anpassungsgüte R² %1, unter %2).</translation>
    </message>
    <message numerus="yes">
        <source>At this pace the target is more than %n year(s) away.</source>
        <translation>
            <numerusform>In diesem Tempo ist das Ziel mehr als %n Jahr entfernt.</numerusform>
            <numerusform>In diesem Tempo ist das Ziel mehr als %n Jahre entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projected from steady percentage growth over the last %n day(s) (fit quality R² %1).</source>
        <translation>
            <numerusform>Geschätzt aus gleichmäßigem prozentualem Wachstum über den letzten %n Tag (Anpassungsgüte R² %1).</numerusform>
            <numerusform>Geschätzt aus gleichmäßigem prozentualem Wachstum über die letzten %n Tage (Anpassungsgüte R² %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projected from a straight-line trend over the last %n day(s) (fit quality R² %1).</source>
        <translation>
            <numerusform>Geschätzt aus einem linearen Trend über den letzten %n Tag (Anpassungsgüte R² %1).</numerusform>
            <numerusform>Geschätzt aus einem linearen Trend über die letzten %n Tage (Anpassungsgüte R² %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only downloads count as growth here, not repos entering or leaving the tracked set.</source>
        <translation>Als Wachstum zählen hier nur Downloads, nicht Repos, die in die beobachtete Menge aufgenommen werden oder sie verlassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is stale: the last poll was %1 ago. Poll again to project a date.</source>
        <translation>Der Verlauf ist veraltet: Die letzte Abfrage liegt %1 zurück. Fragen Sie erneut ab, um ein Datum zu prognostizieren.</translation>
    </message>
</context>
<context>
    <name>SeriesId</name>
    <message>
        <source>&quot;%1&quot; is not a series: use model:ORG/NAME, dataset:ORG/NAME or headline.</source>
        <translation>„%1“ ist keine Reihe: Verwenden Sie model:ORG/NAME, dataset:ORG/NAME oder headline.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Hub repo name.</source>
        <translation>„%1“ ist kein gültiger Repo-Name auf dem Hub.</translation>
    </message>
</context>
<context>
    <name>SeriesNames</name>
    <message>
        <source>Tracked downloads</source>
        <translation>Erfasste Downloads</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>author %1</source>
        <translation>Autor %1</translation>
    </message>
    <message>
        <source>no pipeline tag</source>
        <translation>kein Pipeline-Tag</translation>
    </message>
    <message>
        <source>no library</source>
        <translation>keine Bibliothek</translation>
    </message>
    <message>
        <source>no licence</source>
        <translation>keine Lizenz</translation>
    </message>
    <message>
        <source>Whole Hub downloads</source>
        <translation>Ganzer Hub</translation>
    </message>
    <message>
        <source>Whole Hub by pipeline tag</source>
        <translation>Ganzer Hub nach Pipeline-Tag</translation>
    </message>
    <message>
        <source>Whole Hub by library</source>
        <translation>Ganzer Hub nach Bibliothek</translation>
    </message>
    <message>
        <source>Whole Hub by licence</source>
        <translation>Ganzer Hub nach Lizenz</translation>
    </message>
    <message>
        <source>Whole Hub: %1</source>
        <translation>Ganzer Hub: %1</translation>
    </message>
    <message>
        <source>no author</source>
        <translation>kein Autor</translation>
    </message>
    <message>
        <source>no weight format</source>
        <translation>kein Gewichtsformat</translation>
    </message>
    <message>
        <source>Whole Hub by author</source>
        <translation>Ganzer Hub nach Autor</translation>
    </message>
    <message>
        <source>Whole Hub by weight format</source>
        <translation>Ganzer Hub nach Gewichtsformat</translation>
    </message>
</context>
<context>
    <name>SettingKeys</name>
    <message>
        <source>The poll interval is a whole number of minutes, not &quot;%1&quot;.</source>
        <translation>Das Abfrageintervall ist eine ganze Zahl von Minuten, nicht „%1“.</translation>
    </message>
    <message>
        <source>The poll interval must be at least 1 minute.</source>
        <translation>Das Abfrageintervall muss mindestens 1 Minute betragen.</translation>
    </message>
    <message>
        <source>The poll interval can be at most %1 minutes (a week).</source>
        <translation>Das Abfrageintervall kann höchstens %1 Minuten (eine Woche) betragen.</translation>
    </message>
    <message>
        <source>Expected a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>Erwartet wird eine ganze Zahl von 0 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 is a folder; the history is a file, such as %1/hubwatch.sqlite.</source>
        <translation>%1 ist ein Ordner; der Verlauf ist eine Datei, etwa %1/hubwatch.sqlite.</translation>
    </message>
    <message>
        <source>The hot-category threshold is a number of percentage points from 0.5 to 100, not &quot;%1&quot;.</source>
        <translation>Die Schwelle für heiße Kategorien ist eine Zahl von Prozentpunkten von 0,5 bis 100, nicht „%1“.</translation>
    </message>
    <message>
        <source>Retention is &quot;forever&quot; or a number of days from 1 to %1, not &quot;%2&quot;.</source>
        <translation>Die Aufbewahrung ist „forever“ oder eine Zahl von Tagen von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>HubWatch speaks %1; &quot;%2&quot; is not one of them.</source>
        <translation>HubWatch spricht %1; „%2“ gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Expected true or false, not &quot;%1&quot;.</source>
        <translation>Erwartet wird true oder false, nicht „%1“.</translation>
    </message>
    <message>
        <source>How many of the most downloaded models to track.</source>
        <translation>Wie viele der meistgeladenen Modelle verfolgt werden.</translation>
    </message>
    <message>
        <source>How many of the most downloaded datasets to track.</source>
        <translation>Wie viele der meistgeladenen Datensätze verfolgt werden.</translation>
    </message>
    <message>
        <source>The watchlist: repos and authors tracked besides the top N.</source>
        <translation>Die Beobachtungsliste: Repos und Autoren, die neben den Top N verfolgt werden.</translation>
    </message>
    <message>
        <source>Minutes between polls.</source>
        <translation>Minuten zwischen Abfragen.</translation>
    </message>
    <message>
        <source>The Hub endpoint, when neither --endpoint nor HF_ENDPOINT gives one.</source>
        <translation>Der Hub-Endpunkt, wenn weder --endpoint noch HF_ENDPOINT einen angibt.</translation>
    </message>
    <message>
        <source>The history, when --db does not give one.</source>
        <translation>Der Verlauf, wenn --db keinen angibt.</translation>
    </message>
    <message>
        <source>Show alerts as desktop notifications.</source>
        <translation>Meldungen als Desktop-Benachrichtigungen zeigen.</translation>
    </message>
    <message>
        <source>A category is hot when its share of the top-50 velocity rises this many points in 7 days.</source>
        <translation>Eine Kategorie ist heiß, wenn ihr Anteil an der Top-50-Geschwindigkeit in 7 Tagen um so viele Punkte steigt.</translation>
    </message>
    <message>
        <source>Thin samples older than this many days after polls; forever keeps every sample.</source>
        <translation>Messwerte, die älter als so viele Tage sind, nach Abfragen ausdünnen; forever behält jeden Messwert.</translation>
    </message>
    <message>
        <source>Thin old samples to one a day (true) or one an hour (false).</source>
        <translation>Alte Messwerte auf einen pro Tag (true) oder einen pro Stunde (false) ausdünnen.</translation>
    </message>
    <message>
        <source>The language; empty for the system&apos;s.</source>
        <translation>Die Sprache; leer für die des Systems.</translation>
    </message>
    <message>
        <source>Start in the system tray.</source>
        <translation>Im Systembereich starten.</translation>
    </message>
    <message>
        <source>The census interval is &quot;off&quot; or a number of hours from 1 to %1, not &quot;%2&quot;.</source>
        <translation>Der Abstand der Zählungen ist „off“ oder eine Zahl von Stunden von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Hours between the collector&apos;s censuses of the whole Hub (24: daily); off takes none.</source>
        <translation>Stunden zwischen den Zählungen des ganzen Hubs durch den Sammler (24: täglich); off zählt nie.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>recording an alert</source>
        <translation>beim Speichern einer Meldung</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>beim Starten einer Transaktion</translation>
    </message>
    <message>
        <source>recording a milestone</source>
        <translation>beim Speichern eines Meilensteins</translation>
    </message>
    <message>
        <source>committing a milestone</source>
        <translation>beim Festschreiben eines Meilensteins</translation>
    </message>
    <message>
        <source>recording a baseline</source>
        <translation>beim Speichern eines Ausgangswerts</translation>
    </message>
    <message>
        <source>reading milestones</source>
        <translation>beim Lesen der Meilensteine</translation>
    </message>
    <message>
        <source>reading alerts</source>
        <translation>beim Lesen der Meldungen</translation>
    </message>
    <message>
        <source>recording a delivery</source>
        <translation>beim Speichern einer Zustellung</translation>
    </message>
    <message>
        <source>reading the alert log</source>
        <translation>beim Lesen des Meldungsprotokolls</translation>
    </message>
    <message>
        <source>saving a threshold</source>
        <translation>beim Speichern einer Schwelle</translation>
    </message>
    <message>
        <source>removing a threshold</source>
        <translation>beim Entfernen einer Schwelle</translation>
    </message>
    <message>
        <source>reading thresholds</source>
        <translation>beim Lesen der Schwellen</translation>
    </message>
    <message>
        <source>saving an annotation</source>
        <translation>beim Speichern einer Anmerkung</translation>
    </message>
    <message>
        <source>reading annotations</source>
        <translation>beim Lesen der Anmerkungen</translation>
    </message>
    <message>
        <source>reading alert state</source>
        <translation>beim Lesen des Meldungszustands</translation>
    </message>
    <message>
        <source>saving alert state</source>
        <translation>beim Speichern des Meldungszustands</translation>
    </message>
    <message>
        <source>%1 does not exist yet.</source>
        <translation>%1 existiert noch nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Its schema is version %1; this HubWatch knows up to %2.</source>
        <translation>Ihr Schema hat Version %1; dieses HubWatch kennt Versionen bis %2.</translation>
    </message>
    <message>
        <source>%1 holds no HubWatch history yet; run a poll first.</source>
        <translation>%1 enthält noch keinen HubWatch-Verlauf; führen Sie zuerst eine Abfrage aus.</translation>
    </message>
    <message>
        <source>File: %1. A copy was saved as %2. Problem: %3</source>
        <translation>Datei: %1. Eine Kopie wurde als %2 gesichert. Problem: %3</translation>
    </message>
    <message>
        <source>File: %1. Making a backup copy failed too. Problem: %2</source>
        <translation>Datei: %1. Auch die Sicherungskopie ist fehlgeschlagen. Problem: %2</translation>
    </message>
    <message>
        <source>reading the latest values</source>
        <translation>beim Lesen der neuesten Werte</translation>
    </message>
    <message>
        <source>reading a snapshot</source>
        <translation>beim Lesen eines Stands</translation>
    </message>
    <message>
        <source>reading the headline</source>
        <translation>beim Lesen der Gesamtzahl</translation>
    </message>
    <message>
        <source>reading repo details</source>
        <translation>beim Lesen der Repo-Details</translation>
    </message>
    <message>
        <source>reading polls</source>
        <translation>beim Lesen der Abfragen</translation>
    </message>
    <message>
        <source>reading a poll</source>
        <translation>beim Lesen einer Abfrage</translation>
    </message>
    <message>
        <source>The database is not open for writing.</source>
        <translation>Die Datenbank ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>starting the poll&apos;s transaction</source>
        <translation>beim Starten der Transaktion der Abfrage</translation>
    </message>
    <message>
        <source>recording the poll&apos;s scope</source>
        <translation>beim Speichern des Umfangs der Abfrage</translation>
    </message>
    <message>
        <source>recording the poll</source>
        <translation>beim Speichern der Abfrage</translation>
    </message>
    <message>
        <source>recording the poll&apos;s repos</source>
        <translation>beim Speichern der Repos der Abfrage</translation>
    </message>
    <message>
        <source>recording the poll&apos;s totals</source>
        <translation>beim Speichern der Summen der Abfrage</translation>
    </message>
    <message>
        <source>committing the poll</source>
        <translation>beim Festschreiben der Abfrage</translation>
    </message>
    <message>
        <source>It holds tables but no HubWatch schema version.</source>
        <translation>Sie enthält Tabellen, aber keine HubWatch-Schemaversion.</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2</source>
        <translation>Die Aktualisierung auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Compaction needs a time and a number of days.</source>
        <translation>Das Verdichten braucht einen Zeitpunkt und eine Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>starting compaction</source>
        <translation>beim Starten des Verdichtens</translation>
    </message>
    <message>
        <source>compacting the history</source>
        <translation>beim Verdichten des Verlaufs</translation>
    </message>
    <message>
        <source>The headline has no series of likes.</source>
        <translation>Die Gesamtzahl hat keine Like-Reihe.</translation>
    </message>
    <message>
        <source>Unknown series %1.</source>
        <translation>Unbekannte Reihe %1.</translation>
    </message>
    <message>
        <source>Only the headline has a series of repos covered.</source>
        <translation>Nur die Gesamtzahl hat eine Reihe der erfassten Repos.</translation>
    </message>
    <message>
        <source>finding the repo</source>
        <translation>bei der Suche nach dem Repo</translation>
    </message>
    <message>
        <source>No history for %1.</source>
        <translation>Kein Verlauf für %1.</translation>
    </message>
    <message>
        <source>reading a repo&apos;s history</source>
        <translation>beim Lesen des Verlaufs eines Repos</translation>
    </message>
    <message>
        <source>reading the headline history</source>
        <translation>beim Lesen des Gesamtzahl-Verlaufs</translation>
    </message>
    <message>
        <source>No history for the scope %1.</source>
        <translation>Kein Verlauf für den Umfang %1.</translation>
    </message>
    <message>
        <source>Too many periods asked for.</source>
        <translation>Zu viele Zeiträume angefordert.</translation>
    </message>
    <message>
        <source>reading the poll times</source>
        <translation>beim Lesen der Abfragezeiten</translation>
    </message>
    <message>
        <source>The history database is in use by another process.</source>
        <translation>Die Verlaufsdatenbank wird von einem anderen Prozess verwendet.</translation>
    </message>
    <message>
        <source>The history database cannot be written (read-only file or folder).</source>
        <translation>Die Verlaufsdatenbank kann nicht beschrieben werden (schreibgeschützte Datei oder schreibgeschützter Ordner).</translation>
    </message>
    <message>
        <source>The disk is full: the poll was not stored, and nothing stored before was changed.</source>
        <translation>Der Datenträger ist voll: Die Abfrage wurde nicht gespeichert, und nichts zuvor Gespeichertes wurde verändert.</translation>
    </message>
    <message>
        <source>The history database is damaged. It was not changed or replaced.</source>
        <translation>Die Verlaufsdatenbank ist beschädigt. Sie wurde weder verändert noch ersetzt.</translation>
    </message>
    <message>
        <source>The history database was written by a newer HubWatch; this version will not change it.</source>
        <translation>Die Verlaufsdatenbank stammt von einem neueren HubWatch; diese Version verändert sie nicht.</translation>
    </message>
    <message>
        <source>The history database could not be opened.</source>
        <translation>Die Verlaufsdatenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>A history database operation failed.</source>
        <translation>Ein Vorgang in der Verlaufsdatenbank ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The input could not be used.</source>
        <translation>Die Eingabe war nicht verwendbar.</translation>
    </message>
    <message>
        <source>Another HubWatch poller (process %1 on %2) is already writing to %3.</source>
        <translation>Ein anderer HubWatch-Abfrageprozess (Prozess %1 auf %2) schreibt bereits in %3.</translation>
    </message>
    <message>
        <source>%1 holds no HubWatch history yet; start the collector (hubwatch poll) first.</source>
        <translation>%1 enthält noch keinen HubWatch-Verlauf; starten Sie zuerst den Sammler (hubwatch poll).</translation>
    </message>
    <message>
        <source>%1 refused the login: %2 HubWatch takes the password from PGPASSWORD or ~/.pgpass, never from the URL.</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2 HubWatch liest das Passwort aus PGPASSWORD oder ~/.pgpass, nie aus der URL.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>looking for a poll</source>
        <translation>bei der Suche nach einer Abfrage</translation>
    </message>
    <message>
        <source>The shared history database cannot be reached.</source>
        <translation>Die gemeinsame Verlaufsdatenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The role %1 may only read %2; the collector writes it with a role that owns the tables.</source>
        <translation>Die Rolle %1 darf %2 nur lesen; der Sammler schreibt mit einer Rolle, der die Tabellen gehören.</translation>
    </message>
    <message>
        <source>moving renamed repos&apos; history to their new ids</source>
        <translation>beim Übertragen des Verlaufs umbenannter Repos auf ihre neuen IDs</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No space is left on the file system of %1. %2</source>
        <translation>Auf dem Dateisystem von %1 ist kein Platz mehr frei. %2</translation>
    </message>
    <message>
        <source>This user&apos;s disk quota on the file system of %1 is used up. %2</source>
        <translation>Das Speicherkontingent dieses Benutzers auf dem Dateisystem von %1 ist aufgebraucht. %2</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system. %2</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem. %2</translation>
    </message>
    <message>
        <source>This user has no permission to create files in %1. %2</source>
        <translation>Dieser Benutzer darf in %1 keine Dateien anlegen. %2</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. %2</source>
        <translation>%1 ist eine Datei, kein Ordner. %2</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Another HubWatch poller (process %1 on %2, %3) is already writing to %4.</source>
        <translation>Ein anderer HubWatch-Abfrageprozess (Prozess %1 auf %2, %3) schreibt bereits in %4.</translation>
    </message>
    <message>
        <source>%1 exists but names no running process. If no HubWatch uses %2, delete %1.</source>
        <translation>%1 existiert, nennt aber keinen laufenden Prozess. Wenn kein HubWatch %2 verwendet, löschen Sie %1.</translation>
    </message>
    <message>
        <source>File: %1. A copy was saved earlier as %2. Problem: %3</source>
        <translation>Datei: %1. Eine Kopie wurde bereits früher als %2 gesichert. Problem: %3</translation>
    </message>
    <message>
        <source>File: %1. This command only reads, so it made no copy; the collector (hubwatch poll, or the desktop app while it collects) saves one when it next opens the file. Problem: %2</source>
        <translation>Datei: %1. Dieser Befehl liest nur und hat daher keine Kopie angelegt; der Sammler (hubwatch poll oder die Desktop-App, solange sie sammelt) speichert eine, wenn er die Datei das nächste Mal öffnet. Problem: %2</translation>
    </message>
    <message>
        <source>recording the poll&apos;s latest values</source>
        <translation>Speichern der neuesten Werte der Abfrage</translation>
    </message>
    <message>
        <source>reading repos</source>
        <translation>beim Lesen der Repositorys</translation>
    </message>
    <message>
        <source>storing a poll&apos;s figures</source>
        <translation>beim Speichern der Kennzahlen einer Abfrage</translation>
    </message>
    <message>
        <source>reading a poll&apos;s figures</source>
        <translation>beim Lesen der Kennzahlen einer Abfrage</translation>
    </message>
    <message>
        <source>storing a census page</source>
        <translation>beim Speichern einer Seite der Zählung</translation>
    </message>
    <message>
        <source>reading a census</source>
        <translation>beim Lesen einer Zählung</translation>
    </message>
    <message>
        <source>There is no census %1.</source>
        <translation>Es gibt keine Zählung %1.</translation>
    </message>
    <message>
        <source>starting a census</source>
        <translation>beim Beginnen einer Zählung</translation>
    </message>
    <message>
        <source>This part of the census is already finished.</source>
        <translation>Dieser Teil der Zählung ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>finishing a census</source>
        <translation>beim Abschließen einer Zählung</translation>
    </message>
    <message>
        <source>The census has parts still to walk.</source>
        <translation>Die Zählung hat noch Teile, die zu durchlaufen sind.</translation>
    </message>
    <message>
        <source>Census %1 is measured against census %2, not %3.</source>
        <translation>Zählung %1 wird mit Zählung %2 verglichen, nicht mit %3.</translation>
    </message>
    <message>
        <source>reading census figures</source>
        <translation>beim Lesen der Zahlen einer Zählung</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>A password does not belong in the --db URL, where every user of this machine can read it. Remove it and set PGPASSWORD, or add a line to ~/.pgpass (mode 0600).</source>
        <translation>Ein Passwort gehört nicht in die --db-URL, wo jeder Benutzer dieses Rechners es lesen kann. Entfernen Sie es und setzen Sie PGPASSWORD, oder ergänzen Sie eine Zeile in ~/.pgpass (Modus 0600).</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL URL of the form postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>%1 ist keine PostgreSQL-URL der Form postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>%1: connection options after &quot;?&quot; are not supported; use USER@HOST:PORT/DBNAME.</source>
        <translation>%1: Verbindungsoptionen nach „?“ werden nicht unterstützt; verwenden Sie USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>%1 names no database: use postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>%1 nennt keine Datenbank: Verwenden Sie postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
</context>
<context>
    <name>WatchItem</name>
    <message>
        <source>&quot;%1&quot; should look like model:ORG/NAME, dataset:ORG/NAME or author:ORG.</source>
        <translation>„%1“ sollte wie model:ORG/NAME, dataset:ORG/NAME oder author:ORG aussehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Hub name.</source>
        <translation>„%1“ ist kein gültiger Name auf dem Hub.</translation>
    </message>
</context>
<context>
    <name>hubwatch::AlertBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the alert</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>alert title, its age</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <comment>alert title, its age, its text</comment>
        <translation>%1 (%2) — %3</translation>
    </message>
</context>
<context>
    <name>hubwatch::AlertLogModel</name>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Hot category</source>
        <translation>Trendkategorie</translation>
    </message>
    <message>
        <source>New entrant</source>
        <translation>Neueinsteiger</translation>
    </message>
    <message>
        <source>Record day</source>
        <translation>Rekordtag</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Auffälligkeit</translation>
    </message>
    <message>
        <source>Happened %1 UTC</source>
        <translation>Eingetreten %1 UTC</translation>
    </message>
    <message>
        <source>Noticed %1 UTC</source>
        <translation>Bemerkt %1 UTC</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>hubwatch::AlertLogPanel</name>
    <message>
        <source>Filter alerts by text…</source>
        <translation>Meldungen nach Text filtern…</translation>
    </message>
    <message>
        <source>Tick a kind of alert to see it.</source>
        <translation>Haken Sie eine Meldungsart an, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The alert log is unavailable: %1</source>
        <translation>Das Meldungsprotokoll ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No alerts yet: milestones, record days, new entrants and anomalies appear here.</source>
        <translation>Noch keine Meldungen: Meilensteine, Rekordtage, Neueinsteiger und Auffälligkeiten erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>hubwatch::CensusCommand</name>
    <message>
        <source>Census stopped; run hubwatch census again to continue it.</source>
        <translation>Zählung angehalten; führen Sie hubwatch census erneut aus, um sie fortzusetzen.</translation>
    </message>
    <message>
        <source>The census stopped: %1
It is kept unfinished; run hubwatch census again to continue it.</source>
        <translation>Die Zählung wurde angehalten: %1
Sie bleibt unfertig erhalten; führen Sie hubwatch census erneut aus, um sie fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>hubwatch::CensusCrawler</name>
    <message>
        <source>The Hub listed more than %1 pages of one kind; the census stops here.</source>
        <translation>Der Hub listete mehr als %1 Seiten einer Art; die Zählung endet hier.</translation>
    </message>
    <message>
        <source>census page %1 of %2</source>
        <translation>Seite %1 der Zählung von %2</translation>
    </message>
    <message>
        <source>pagination loops back to a page already read (%1)</source>
        <translation>die Seitennummerierung führt zurück auf eine bereits gelesene Seite (%1)</translation>
    </message>
</context>
<context>
    <name>hubwatch::DashboardView</name>
    <message>
        <source>Tracked cumulative downloads</source>
        <translation>Erfasste kumulierte Downloads</translation>
    </message>
    <message>
        <source>Offline (--offline or HF_HUB_OFFLINE=1), and no history stored yet.
Start HubWatch online to take the first poll; it appears here within a minute.</source>
        <translation>Offline (--offline oder HF_HUB_OFFLINE=1), und noch kein Verlauf gespeichert.
Starten Sie HubWatch online für die erste Abfrage; sie erscheint hier innerhalb einer Minute.</translation>
    </message>
    <message>
        <source>No poll yet. Scope: %1.</source>
        <translation>Noch keine Abfrage. Umfang: %1.</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Jetzt abfragen</translation>
    </message>
    <message>
        <source>Open the chart</source>
        <translation>Diagramm öffnen</translation>
    </message>
    <message>
        <source>Latest alerts</source>
        <translation>Neueste Meldungen</translation>
    </message>
    <message>
        <source>No alerts yet.</source>
        <translation>Noch keine Meldungen.</translation>
    </message>
    <message>
        <source>%1 downloads, summed over the tracked repos</source>
        <translation>%1 Downloads, summiert über die erfassten Repos</translation>
    </message>
    <message>
        <source>+%1 per day</source>
        <translation>+%1 pro Tag</translation>
    </message>
    <message>
        <source>growth not known yet</source>
        <translation>Wachstum noch unbekannt</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen …</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Noch kein Verlauf.</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Nächster Meilenstein</translation>
    </message>
    <message>
        <source>Progress from the last milestone to the next</source>
        <translation>Fortschritt vom letzten zum nächsten Meilenstein</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Hot categories</source>
        <translation>Trendkategorien</translation>
    </message>
    <message>
        <source>Licence mix</source>
        <translation>Lizenzmix</translation>
    </message>
    <message>
        <source>%1
30-day downloads %2
%3
polled %4 UTC</source>
        <translation>%1
Downloads in 30 Tagen %2
%3
abgefragt %4 UTC</translation>
    </message>
    <message>
        <source>%1 of the way from %2</source>
        <translation>%1 des Wegs ab %2</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>Erwartet %1</translation>
    </message>
    <message>
        <source>Compared over the last %1 days.</source>
        <translation>Verglichen über die letzten %1 Tage.</translation>
    </message>
    <message>
        <source>The top %1 models gain %2 a day.</source>
        <translation>Die Top %1 Modelle gewinnen %2 am Tag.</translation>
    </message>
    <message>
        <source>A week ago: %1 a day.</source>
        <translation>Vor einer Woche: %1 am Tag.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 points in 7 days)</source>
        <translation>%1: %2 (%3 Punkte in 7 Tagen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No model velocity measured yet.</source>
        <translation>Noch kein Modelltempo gemessen.</translation>
    </message>
    <message>
        <source>New in the top %1 this week: %2</source>
        <translation>Neu in den Top %1 diese Woche: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No licences seen yet.</source>
        <translation>Noch keine Lizenzen gesehen.</translation>
    </message>
    <message>
        <source>Of %1 inspected repos: %2 safetensors, %3 GGUF, %4 pickle only.</source>
        <translation>Von %1 geprüften Repos: %2 safetensors, %3 GGUF, %4 nur Pickle.</translation>
    </message>
    <message>
        <source>working out the growth…
30-day downloads %1
%2
polled %3 UTC</source>
        <translation>Wachstum wird berechnet …
Downloads in 30 Tagen %1
%2
abgefragt %3 UTC</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>max. %1</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>min. %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>hubwatch::DesktopApp</name>
    <message>
        <source>Rate limited by the Hub until %1 UTC; HubWatch waits and continues.</source>
        <translation>Der Hub drosselt die Anfragen bis %1 UTC; HubWatch wartet und macht dann weiter.</translation>
    </message>
    <message>
        <source>HubWatch — %1 tracked downloads</source>
        <translation>HubWatch – %1 erfasste Downloads</translation>
    </message>
    <message>
        <source>The last poll was not saved: %1</source>
        <translation>Die letzte Abfrage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Loading your milestones…</source>
        <translation>Ihre Meilensteine werden geladen…</translation>
    </message>
    <message>
        <source>Your milestones could not be read: %1</source>
        <translation>Ihre Meilensteine konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Another HubWatch is recording this history; change milestones there.</source>
        <translation>Ein anderes HubWatch zeichnet diesen Verlauf auf; ändern Sie die Meilensteine dort.</translation>
    </message>
    <message>
        <source>Your milestones were not saved: %1</source>
        <translation>Ihre Meilensteine wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <source>Renamed on the Hub: %1. The watchlist follows, with the history and alerts kept.</source>
        <translation>Auf dem Hub umbenannt: %1. Die Beobachtungsliste folgt; Verlauf und Warnungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Demo data: a generated history that is never polled.</source>
        <translation>Demodaten: ein erzeugter Verlauf, der nie abgefragt wird.</translation>
    </message>
    <message>
        <source>HubWatch is still running</source>
        <translation>HubWatch läuft weiter</translation>
    </message>
    <message>
        <source>It keeps polling in the tray. To quit, choose Quit in the tray menu, or press Ctrl+Q in the window.</source>
        <translation>Es fragt im Infobereich weiter ab. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols oder drücken Strg+Q im Fenster.</translation>
    </message>
    <message>
        <source>The demo history is read-only: its milestones are the generated ones.</source>
        <translation>Der Demo-Verlauf ist schreibgeschützt: Seine Meilensteine sind die erzeugten.</translation>
    </message>
</context>
<context>
    <name>hubwatch::DesktopViews</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>Licences &amp; weights</source>
        <translation>Lizenzen und Gewichte</translation>
    </message>
    <message>
        <source>Alert log</source>
        <translation>Meldungsprotokoll</translation>
    </message>
</context>
<context>
    <name>hubwatch::ExportPngDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <translation>1× (Standard)</translation>
    </message>
    <message>
        <source>2× (high resolution)</source>
        <translation>2× (hohe Auflösung)</translation>
    </message>
    <message>
        <source>The image has width × height × scale pixels</source>
        <translation>Das Bild hat Breite × Höhe × Skalierung Pixel</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Hintergrund:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>hubwatch::GuidanceView</name>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>growth not known yet</source>
        <translation>Wachstum noch unbekannt</translation>
    </message>
    <message>
        <source>%1 downloads all time, %2
Summed over %3 (not the whole Hub)</source>
        <translation>%1 Downloads insgesamt, %2
Summe über %3 (nicht der ganze Hub)</translation>
    </message>
    <message>
        <source>%1 in the last 30 days · %2 all time</source>
        <translation>%1 in den letzten 30 Tagen · %2 insgesamt</translation>
    </message>
    <message>
        <source>No download velocity yet: it needs polls on more than one day.</source>
        <translation>Noch kein Download-Tempo: Dafür braucht es Abfragen an mehr als einem Tag.</translation>
    </message>
    <message>
        <source>Share of the top-50 download velocity:</source>
        <translation>Anteil am Download-Tempo der Top 50:</translation>
    </message>
    <message>
        <source>%1 %2% (%3 pts in a week)</source>
        <translation>%1 %2 % (%3 Pkt. in einer Woche)</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%n new in the top 50 this week</source>
        <translation>
            <numerusform>%n neu in den Top 50 diese Woche</numerusform>
            <numerusform>%n neu in den Top 50 diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>No week-old list to compare with yet.</source>
        <translation>Noch keine Liste von vor einer Woche zum Vergleich.</translation>
    </message>
    <message>
        <source>No licences inspected yet.</source>
        <translation>Noch keine Lizenzen geprüft.</translation>
    </message>
    <message>
        <source>%1 permissive · %2 restricted · %3 other · %4 unknown
of %5 repos inspected</source>
        <translation>%1 freizügig · %2 eingeschränkt · %3 andere · %4 unbekannt
von %5 geprüften Repos</translation>
    </message>
    <message>
        <source>No weight files inspected yet.</source>
        <translation>Noch keine Gewichtsdateien geprüft.</translation>
    </message>
    <message>
        <source>%1 pickle-only of %2 repos inspected
%3 safetensors · %4 GGUF · %5 gated</source>
        <translation>%1 nur mit Pickle von %2 geprüften Repos
%3 safetensors · %4 GGUF · %5 zugangsbeschränkt</translation>
    </message>
    <message>
        <source>No next milestone yet.</source>
        <translation>Noch kein nächster Meilenstein.</translation>
    </message>
    <message>
        <source>Next milestone %1, expected around %2
(between %3 and %4)</source>
        <translation>Nächster Meilenstein %1, erwartet um den %2
(zwischen %3 und %4)</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>Milestone %1 reached on %2</source>
        <translation>Meilenstein %1 erreicht am %2</translation>
    </message>
    <message>
        <source>Next milestone %1</source>
        <translation>Nächster Meilenstein %1</translation>
    </message>
    <message>
        <source>Next milestone %1
%2</source>
        <translation>Nächster Meilenstein %1
%2</translation>
    </message>
    <message numerus="yes">
        <source>Now: %1, %Ln repos covered, last complete poll %2 UTC</source>
        <translation>
            <numerusform>Jetzt: %1, %Ln Repo erfasst, letzte vollständige Abfrage %2 UTC</numerusform>
            <numerusform>Jetzt: %1, %Ln Repos erfasst, letzte vollständige Abfrage %2 UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>No data yet: this figure appears after the first complete poll.</source>
        <translation>Noch keine Daten: Diese Zahl erscheint nach der ersten vollständigen Abfrage.</translation>
    </message>
    <message>
        <source>growth known after the next census</source>
        <translation>Wachstum nach der nächsten Zählung bekannt</translation>
    </message>
    <message>
        <source>%1 downloads all time across the whole Hub, %2
from the census of %3 UTC (public repositories only)</source>
        <translation>%1 Downloads insgesamt im ganzen Hub, %2
aus der Zählung vom %3 UTC (nur öffentliche Repositorys)</translation>
    </message>
    <message>
        <source>Whole Hub: %1 downloads over %2 repos, census of %3 UTC</source>
        <translation>Ganzer Hub: %1 Downloads über %2 Repositorys, Zählung vom %3 UTC</translation>
    </message>
    <message>
        <source>A census (hubwatch census, or the collector&apos;s daily one) gives the whole Hub&apos;s figure.</source>
        <translation>Eine Zählung (hubwatch census oder die tägliche des Sammlers) liefert die Zahl des ganzen Hubs.</translation>
    </message>
</context>
<context>
    <name>hubwatch::HistoryChartView</name>
    <message>
        <source>Log scale</source>
        <translation>Logarithmisch</translation>
    </message>
    <message>
        <source>Align launches</source>
        <translation>Starts ausrichten</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Velocity, 1-day</source>
        <translation>Tempo, 1 Tag</translation>
    </message>
    <message>
        <source>Velocity, 7-day</source>
        <translation>Tempo, 7 Tage</translation>
    </message>
    <message>
        <source>Velocity, 30-day</source>
        <translation>Tempo, 30 Tage</translation>
    </message>
    <message>
        <source>Hot categories</source>
        <translation>Trendkategorien</translation>
    </message>
    <message>
        <source>What to chart</source>
        <translation>Was dargestellt wird</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Drag to zoom into a rectangle, use the wheel to zoom, Shift+drag or the middle button to pan.</source>
        <translation>Ziehen zoomt in ein Rechteck, das Mausrad zoomt, Umschalt+Ziehen oder die mittlere Taste verschiebt.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Choose the tracked series to chart together</source>
        <translation>Erfasste Reihen zur gemeinsamen Darstellung auswählen</translation>
    </message>
    <message>
        <source>Compare the series by days since each one&apos;s first sample</source>
        <translation>Die Reihen nach Tagen seit ihrem jeweils ersten Messwert vergleichen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No stored data in this range yet.</source>
        <translation>In diesem Zeitraum sind noch keine Daten gespeichert.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Chart exported</source>
        <translation>Diagramm exportiert</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>hubwatch::HistoryPage</name>
    <message>
        <source>Keep every sample</source>
        <translation>Jeden Messwert behalten</translation>
    </message>
    <message>
        <source>Compact samples older than</source>
        <translation>Messwerte verdichten, älter als</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>to hourly</source>
        <translation>auf Stundenwerte</translation>
    </message>
    <message>
        <source>to daily</source>
        <translation>auf Tageswerte</translation>
    </message>
    <message>
        <source>Compaction keeps the first and last sample of each hour or day and every peak and trough.</source>
        <translation>Das Verdichten behält den ersten und letzten Messwert jeder Stunde oder jedes Tages sowie jeden Höchst- und Tiefstwert.</translation>
    </message>
    <message>
        <source>the local file (default)</source>
        <translation>die lokale Datei (Standard)</translation>
    </message>
    <message>
        <source>A file path, or postgresql://USER@HOST:PORT/DBNAME for a team&apos;s shared history. The password comes from PGPASSWORD or ~/.pgpass, never from here.</source>
        <translation>Ein Dateipfad, oder postgresql://USER@HOST:PORT/DBNAME für den gemeinsamen Verlauf eines Teams. Das Passwort kommt aus PGPASSWORD oder ~/.pgpass, nie von hier.</translation>
    </message>
    <message>
        <source>A new database is used from the next start of HubWatch.</source>
        <translation>Eine neue Datenbank wird ab dem nächsten Start von HubWatch verwendet.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>This run shows the demo history (--demo); your database setting is kept for other runs.</source>
        <translation>Dieser Lauf zeigt den Demo-Verlauf (--demo); Ihre Datenbank-Einstellung bleibt für andere Läufe erhalten.</translation>
    </message>
    <message>
        <source>Given with --db for this run; the setting is kept for other runs.</source>
        <translation>Für diesen Lauf mit --db angegeben; die Einstellung bleibt für andere Läufe erhalten.</translation>
    </message>
    <message>
        <source>Between 1 and %1 days.</source>
        <translation>Zwischen 1 und %1 Tagen.</translation>
    </message>
</context>
<context>
    <name>hubwatch::HistorySession</name>
    <message>
        <source>Showing the team&apos;s shared history at %1, recorded by its collector (hubwatch poll).</source>
        <translation>Gezeigt wird der gemeinsame Verlauf des Teams unter %1, aufgezeichnet von seinem Sammler (hubwatch poll).</translation>
    </message>
    <message>
        <source>Only reading the history.</source>
        <translation>Der Verlauf wird nur gelesen.</translation>
    </message>
</context>
<context>
    <name>hubwatch::HubClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid repository id</source>
        <translation>„%1“ ist keine gültige Repository-ID</translation>
    </message>
</context>
<context>
    <name>hubwatch::HubFetch</name>
    <message>
        <source>over %1 MiB at %2</source>
        <translation>über %1 MiB bei %2</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 s lang keine Daten</translation>
    </message>
    <message>
        <source>unsupported Content-Encoding &quot;%1&quot; — %2</source>
        <translation>nicht unterstütztes Content-Encoding „%1“ – %2</translation>
    </message>
    <message>
        <source>over %1 MiB once decompressed at %2</source>
        <translation>entpackt über %1 MiB bei %2</translation>
    </message>
    <message>
        <source>corrupt gzip data — %1</source>
        <translation>beschädigte gzip-Daten – %1</translation>
    </message>
    <message>
        <source>invalid Location — %1</source>
        <translation>ungültiger Location-Header – %1</translation>
    </message>
    <message>
        <source>https downgraded to http — %1</source>
        <translation>https auf http herabgestuft – %1</translation>
    </message>
    <message>
        <source>too many redirects — %1</source>
        <translation>zu viele Umleitungen – %1</translation>
    </message>
</context>
<context>
    <name>hubwatch::HubListJob</name>
    <message>
        <source>&quot;%1&quot; is not a valid author name</source>
        <translation>„%1“ ist kein gültiger Autorenname</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>pagination loops back to a page already read (%1)</source>
        <translation>die Seitennummerierung führt zurück auf eine bereits gelesene Seite (%1)</translation>
    </message>
    <message>
        <source>more than %1 pages (%2)</source>
        <translation>mehr als %1 Seiten (%2)</translation>
    </message>
</context>
<context>
    <name>hubwatch::LicencePanel</name>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>pickle</source>
        <translation>Pickle</translation>
    </message>
    <message>
        <source>no weights</source>
        <translation>keine Gewichte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes (automatic)</source>
        <translation>Ja (automatisch)</translation>
    </message>
    <message>
        <source>Yes (manual approval)</source>
        <translation>Ja (manuelle Freigabe)</translation>
    </message>
    <message>
        <source>Pickle only</source>
        <translation>Nur Pickle</translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>Repo</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Zugangsbeschränkt</translation>
    </message>
    <message>
        <source>Filter repos, licences, formats…</source>
        <translation>Repos, Lizenzen, Formate filtern…</translation>
    </message>
    <message>
        <source>All licence groups</source>
        <translation>Alle Lizenzgruppen</translation>
    </message>
    <message>
        <source>Only repos whose weights are all pickle-based</source>
        <translation>Nur Repos, deren Gewichte alle auf Pickle beruhen</translation>
    </message>
    <message>
        <source>Pickle-only weights: this repo ships its weights only as pickle files (.bin, .pt, .ckpt…). Loading a pickle runs whatever code it contains, so a malicious or compromised repo can take over the machine that loads it. Prefer a repo with safetensors or GGUF weights, or load with weights_only=True in a sandbox.</source>
        <translation>Nur Pickle-Gewichte: Dieses Repo liefert seine Gewichte nur als Pickle-Dateien (.bin, .pt, .ckpt…). Beim Laden eines Pickles läuft jeder darin enthaltene Code, sodass ein bösartiges oder kompromittiertes Repo den ladenden Rechner übernehmen kann. Bevorzugen Sie ein Repo mit safetensors- oder GGUF-Gewichten, oder laden Sie mit weights_only=True in einer Sandbox.</translation>
    </message>
    <message>
        <source>No licence given</source>
        <translation>Keine Lizenz angegeben</translation>
    </message>
    <message>
        <source>Licence id: %1</source>
        <translation>Lizenzkennung: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Downloading needs a Hub account that accepted the repo&apos;s conditions</source>
        <translation>Zum Herunterladen ist ein Hub-Konto nötig, das die Bedingungen des Repos akzeptiert hat</translation>
    </message>
    <message>
        <source>No repo details yet</source>
        <translation>Noch keine Repo-Details</translation>
    </message>
    <message>
        <source>Licences and weight formats appear once a poll has fetched the top models&apos; details or a watched repo.</source>
        <translation>Lizenzen und Gewichtsformate erscheinen, sobald eine Abfrage die Details der Top-Modelle oder eines beobachteten Repos geholt hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n repos: </source>
        <translation>
            <numerusform>%n Repo: </numerusform>
            <numerusform>%n Repos: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 permissive · %2 restricted · %3 other · %4 unknown licence</source>
        <translation>%1 freizügig · %2 eingeschränkt · %3 andere · %4 unbekannte Lizenz</translation>
    </message>
    <message>
        <source>Weights: %1 safetensors · %2 GGUF · %3 pickle only · %4 gated</source>
        <translation>Gewichte: %1 safetensors · %2 GGUF · %3 nur Pickle · %4 zugangsbeschränkt</translation>
    </message>
    <message>
        <source>Repo details unavailable</source>
        <translation>Repo-Details nicht verfügbar</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>All-time downloads of the repo: its licence&apos;s share of the downloads of the repos listed</source>
        <translation>Downloads des Repos insgesamt: der Anteil seiner Lizenz an den Downloads der aufgeführten Repos</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n repos</source>
        <translation>
            <numerusform>%1 von %n Repo</numerusform>
            <numerusform>%1 von %n Repos</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>%1 downloads, %2% of the repos listed</source>
        <translation>%1 Downloads, %2 % der aufgeführten Repos</translation>
    </message>
</context>
<context>
    <name>hubwatch::MainWindow</name>
    <message>
        <source>HubWatch</source>
        <translation>HubWatch</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Offline: no requests are made to the Hub.</source>
        <translation>Offline: Es werden keine Anfragen an den Hub gestellt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export chart as PNG…</source>
        <translation>Diagramm als PNG &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>Jetzt &amp;abfragen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Idle. Last poll finished at %1 UTC.</source>
        <translation>Bereit. Letzte Abfrage um %1 UTC beendet.</translation>
    </message>
    <message>
        <source>Last poll had errors: %1</source>
        <translation>Die letzte Abfrage hatte Fehler: %1</translation>
    </message>
    <message>
        <source>Idle. Endpoint: %1 (%2)</source>
        <translation>Bereit. Endpunkt: %1 (%2)</translation>
    </message>
    <message>
        <source>The last poll was not saved: %1</source>
        <translation>Die letzte Abfrage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Demo data: a generated history, never polled. Your own history is not opened.</source>
        <translation>Demodaten: ein erzeugter Verlauf, nie abgefragt. Ihr eigener Verlauf wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Starts a second window on a generated history; your own is not touched.</source>
        <translation>Öffnet ein zweites Fenster mit einem erzeugten Verlauf; Ihr eigener bleibt unberührt.</translation>
    </message>
    <message>
        <source>&amp;About HubWatch</source>
        <translation>Ü&amp;ber HubWatch</translation>
    </message>
    <message>
        <source>HubWatch — Demo data</source>
        <translation>HubWatch — Demodaten</translation>
    </message>
    <message>
        <source>Cannot start the demo: %1</source>
        <translation>Die Demo kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About HubWatch</source>
        <translation>Über HubWatch</translation>
    </message>
    <message>
        <source>HubWatch %1</source>
        <translation>HubWatch %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>view name, its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot reach the Hub; trying again at %1 (attempt %2 of %3).</source>
        <translation>Der Hub ist nicht erreichbar; neuer Versuch um %1 (Versuch %2 von %3).</translation>
    </message>
    <message>
        <source>&amp;How HubWatch measures</source>
        <translation>&amp;Wie HubWatch misst</translation>
    </message>
    <message>
        <source>Monitors download statistics of the Hugging Face Hub.

Data: the Hugging Face Hub API (the download counts are the Hub&apos;s own).
Built with Qt %1, running on Qt %2.
Licence: GNU General Public License, version 3.
Uses Qt (LGPL 3) and Qt Charts (GPL 3), by The Qt Company and contributors.</source>
        <translation>Beobachtet die Download-Statistiken des Hugging Face Hub.

Daten: die API des Hugging Face Hub (die Downloadzahlen sind die des Hubs).
Erstellt mit Qt %1, läuft mit Qt %2.
Lizenz: GNU General Public License, Version 3.
Verwendet Qt (LGPL 3) und Qt Charts (GPL 3) von The Qt Company und Mitwirkenden.</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <source>Census of the whole Hub: %1, page %2</source>
        <translation>Zählung des ganzen Hubs: %1, Seite %2</translation>
    </message>
    <message>
        <source>, done about %1</source>
        <translation>, fertig gegen %1</translation>
    </message>
    <message>
        <source>%1 repos counted so far. The census runs between polls and leaves part of the rate limit to them.</source>
        <translation>Bisher %1 Repos gezählt. Die Zählung läuft zwischen den Abfragen und lässt ihnen einen Teil des Ratenlimits.</translation>
    </message>
    <message>
        <source>Census of the whole Hub complete at %1</source>
        <translation>Zählung des ganzen Hubs um %1 abgeschlossen</translation>
    </message>
    <message>
        <source>Census of the whole Hub paused: it resumes after a later poll</source>
        <translation>Zählung des ganzen Hubs unterbrochen: sie wird nach einer späteren Abfrage fortgesetzt</translation>
    </message>
    <message>
        <source>Census of the whole Hub: no answer for a page; asking again at %1 (attempt %2 of %3)</source>
        <translation>Zählung des ganzen Hubs: keine Antwort für eine Seite; neue Anfrage um %1 (Versuch %2 von %3)</translation>
    </message>
</context>
<context>
    <name>hubwatch::MethodologyDialog</name>
    <message>
        <source>How HubWatch measures</source>
        <translation>Wie HubWatch misst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Every poll lists the most downloaded models and datasets from the Hub&apos;s public API at %1, with each repo&apos;s all-time downloads. The counts are the Hub&apos;s own; HubWatch only records them and keeps their history.</source>
        <translation>Jede Abfrage listet die meistgeladenen Modelle und Datensätze über die öffentliche API des Hubs unter %1 auf, mit den Downloads jedes Repos seit Beginn. Die Zahlen sind die des Hubs; HubWatch zeichnet sie nur auf und bewahrt ihren Verlauf.</translation>
    </message>
    <message>
        <source>The headline</source>
        <translation>Die Hauptzahl</translation>
    </message>
    <message>
        <source>The tracked cumulative downloads: the sum of the all-time downloads of the repos in scope (%1). It is not the whole Hub: repos outside the top lists are not counted, and spaces have no download counts at all. Changing the top N starts a new headline series, so figures of different scopes are never compared.</source>
        <translation>Die erfassten kumulierten Downloads: die Summe der Downloads seit Beginn der Repos im Umfang (%1). Das ist nicht der ganze Hub: Repos außerhalb der Top-Listen zählen nicht, und Spaces haben gar keine Downloadzahlen. Eine Änderung der Top N beginnt eine neue Reihe der Hauptzahl, damit Zahlen verschiedener Umfänge nie verglichen werden.</translation>
    </message>
    <message>
        <source>30-day downloads</source>
        <translation>Downloads in 30 Tagen</translation>
    </message>
    <message>
        <source>The Hub&apos;s own rolling count of the last 30 days for each repo. It falls as well as rises, unlike the all-time count.</source>
        <translation>Die gleitende Zählung des Hubs über die letzten 30 Tage je Repo. Anders als die Zahl seit Beginn kann sie auch sinken.</translation>
    </message>
    <message>
        <source>Growth and velocity</source>
        <translation>Wachstum und Tempo</translation>
    </message>
    <message>
        <source>Growth per day compares two polls of the same scope some days apart, over the repos present in both: a repo entering or leaving the top lists is not growth. A repo&apos;s velocity is the change of its all-time count per day.</source>
        <translation>Das Wachstum pro Tag vergleicht zwei einige Tage auseinanderliegende Abfragen desselben Umfangs, über die Repos, die in beiden vorkommen: ein Repo, das in die Top-Listen kommt oder sie verlässt, ist kein Wachstum. Das Tempo eines Repos ist die Änderung seiner Zahl seit Beginn pro Tag.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>The expected date of the next milestone extends the recent growth; its interval widens the further away it lies, so a date months ahead is given as months. A milestone alert is raised once, also for a crossing that happened while HubWatch was closed.</source>
        <translation>Das erwartete Datum des nächsten Meilensteins schreibt das jüngste Wachstum fort; sein Intervall wird umso breiter, je weiter er entfernt ist, daher wird ein Datum in Monaten Entfernung als Monate angegeben. Eine Meilenstein-Meldung kommt genau einmal, auch für eine Überschreitung, während HubWatch geschlossen war.</translation>
    </message>
    <message>
        <source>Hot categories</source>
        <translation>Trendkategorien</translation>
    </message>
    <message>
        <source>Each pipeline tag&apos;s share of the download velocity of the top %1 models, compared with a week before. A category is hot when its share grew by the number of points set in Settings.</source>
        <translation>Der Anteil jedes Pipeline-Tags am Download-Tempo der Top-%1-Modelle, verglichen mit der Vorwoche. Eine Kategorie ist im Trend, wenn ihr Anteil um die in den Einstellungen festgelegten Punkte gewachsen ist.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Read from each repo&apos;s licence tag and grouped as permissive, restricted, other or unknown. This is a guide, not legal advice: read the licence itself before using a model in a product.</source>
        <translation>Aus dem Lizenz-Tag jedes Repos gelesen und als freizügig, eingeschränkt, andere oder unbekannt gruppiert. Das ist eine Orientierung, keine Rechtsberatung: Lesen Sie die Lizenz selbst, bevor Sie ein Modell in einem Produkt verwenden.</translation>
    </message>
    <message>
        <source>What the numbers do not say</source>
        <translation>Was die Zahlen nicht sagen</translation>
    </message>
    <message>
        <source>A download is a file request the Hub counts: experiments, CI runs, mirrors and re-downloads count too. Downloads are not deployments, not unique users and not unique models. When the Hub lowers a count, HubWatch keeps the history as recorded, flags an upstream correction and leaves that repo out of the growth.</source>
        <translation>Ein Download ist eine Dateianfrage, die der Hub zählt: Experimente, CI-Läufe, Spiegel und erneute Downloads zählen mit. Downloads sind keine Einsätze, keine einzelnen Nutzer und keine einzelnen Modelle. Senkt der Hub eine Zahl, behält HubWatch den Verlauf wie aufgezeichnet, markiert eine Korrektur des Hubs und lässt dieses Repo beim Wachstum außen vor.</translation>
    </message>
</context>
<context>
    <name>hubwatch::MilestoneEditor</name>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Your milestones</source>
        <translation>Ihre Meilensteine</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>e.g. 1.5B or 250M</source>
        <translation>z. B. 1,5 Mrd. oder 250 Mio.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Milestones at 1, 2 and 5 × 10ⁿ are always announced; add your own here.</source>
        <translation>Meilensteine bei 1, 2 und 5 × 10ⁿ werden immer gemeldet; fügen Sie hier eigene hinzu.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 steht schon in der Liste.</translation>
    </message>
    <message>
        <source>%1 downloads added.</source>
        <translation>%1 Downloads hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>%1 Downloads</translation>
    </message>
</context>
<context>
    <name>hubwatch::PollCommand</name>
    <message>
        <source>The poll was not stored: %1</source>
        <translation>Die Abfrage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Alerts could not be evaluated: %1</source>
        <translation>Meldungen konnten nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>%1 UTC: %2 repos (%3); tracked all-time downloads %4.</source>
        <translation>%1 UTC: %2 Repos (%3); erfasste Downloads insgesamt %4.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n malformed entries.</source>
        <translation>
            <numerusform>%n fehlerhafter Eintrag übersprungen.</numerusform>
            <numerusform>%n fehlerhafte Einträge übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is now %2 on the Hub; its history and alerts carry over, and the watchlist follows it.</source>
        <translation>%1 heißt auf dem Hub jetzt %2; Verlauf und Warnungen werden übernommen, und die Beobachtungsliste folgt.</translation>
    </message>
    <message>
        <source>%1 is now %2 on the Hub; its history and alerts carry over.</source>
        <translation>%1 heißt auf dem Hub jetzt %2; Verlauf und Warnungen werden übernommen.</translation>
    </message>
    <message>
        <source>The census stopped: %1
It is kept unfinished and resumes after a later poll.</source>
        <translation>Die Zählung wurde angehalten: %1
Sie bleibt unfertig erhalten und wird nach einer späteren Abfrage fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>hubwatch::Poller</name>
    <message>
        <source>Polling page %1 of %2</source>
        <translation>Frage Seite %1 von %2 ab</translation>
    </message>
    <message>
        <source>top models</source>
        <translation>Top-Modelle</translation>
    </message>
    <message>
        <source>top model details</source>
        <translation>Details der Top-Modelle</translation>
    </message>
    <message>
        <source>top datasets</source>
        <translation>Top-Datensätze</translation>
    </message>
    <message>
        <source>Polling the Hub…</source>
        <translation>Frage den Hub ab…</translation>
    </message>
</context>
<context>
    <name>hubwatch::PollingPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>At least 1 minute; 15 by default. The Hub&apos;s rate limits are respected in any case.</source>
        <translation>Mindestens 1 Minute, standardmäßig 15. Die Anfragelimits des Hubs werden in jedem Fall eingehalten.</translation>
    </message>
    <message>
        <source>Top models:</source>
        <translation>Top-Modelle:</translation>
    </message>
    <message>
        <source>Top datasets:</source>
        <translation>Top-Datensätze:</translation>
    </message>
    <message>
        <source>Poll every:</source>
        <translation>Abfragen alle:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Overridden by HF_ENDPOINT.</source>
        <translation>Durch HF_ENDPOINT überschrieben.</translation>
    </message>
    <message>
        <source>Leave empty to use %1.</source>
        <translation>Leer lassen, um %1 zu verwenden.</translation>
    </message>
    <message>
        <source>Given with --endpoint for this run; the setting is kept for other runs.</source>
        <translation>Für diesen Lauf mit --endpoint angegeben; die Einstellung bleibt für andere Läufe erhalten.</translation>
    </message>
    <message>
        <source>Plain http: HubWatch never sends your access token over it, so this endpoint is polled anonymously. Use https, or plain http only to this computer (localhost).</source>
        <translation>Unverschlüsseltes http: HubWatch sendet Ihr Zugriffstoken nie darüber, dieser Endpunkt wird also anonym abgefragt. Verwenden Sie https, oder http nur zu diesem Computer (localhost).</translation>
    </message>
    <message>
        <source>Changing the top N starts a new headline series: totals over a different top N do not compare, so the headline history is kept per top N. Going back to %1 models and %2 datasets continues the current series.</source>
        <translation>Eine andere Top-N-Zahl beginnt eine neue Reihe der Gesamtzahl: Summen über verschiedene Top-N sind nicht vergleichbar, daher wird der Verlauf der Gesamtzahl je Top-N geführt. Zurück zu %1 Modellen und %2 Datensätzen setzt die aktuelle Reihe fort.</translation>
    </message>
    <message>
        <source>Between 0 and %1.</source>
        <translation>Zwischen 0 und %1.</translation>
    </message>
    <message>
        <source>Nothing would be tracked: choose some top models or datasets, or add to the watchlist.</source>
        <translation>Es würde nichts erfasst: Wählen Sie Top-Modelle oder -Datensätze, oder ergänzen Sie die Beobachtungsliste.</translation>
    </message>
    <message>
        <source>At least 1 minute.</source>
        <translation>Mindestens 1 Minute.</translation>
    </message>
    <message>
        <source>At most %1 minutes (a week).</source>
        <translation>Höchstens %1 Minuten (eine Woche).</translation>
    </message>
    <message>
        <source>Not a usable address.</source>
        <translation>Keine verwendbare Adresse.</translation>
    </message>
    <message>
        <source>Take a census every</source>
        <translation>Den ganzen Hub zählen alle</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Counts every public model, dataset and space between polls, within the same rate limit: a few thousand requests, tens of minutes on a free token.</source>
        <translation>Zählt zwischen den Abfragen jedes öffentliche Modell, jeden Datensatz und jeden Space, im selben Ratenlimit: einige tausend Anfragen, mit einem kostenlosen Token einige zehn Minuten.</translation>
    </message>
    <message>
        <source>Whole Hub:</source>
        <translation>Ganzer Hub:</translation>
    </message>
    <message>
        <source>Between 1 and %1 hours (a month).</source>
        <translation>Zwischen 1 und %1 Stunden (ein Monat).</translation>
    </message>
</context>
<context>
    <name>hubwatch::ProblemCard</name>
    <message>
        <source>HubWatch cannot reach the Hub</source>
        <translation>HubWatch erreicht den Hub nicht</translation>
    </message>
    <message>
        <source>HubWatch records the download counts of the most downloaded models and datasets on the Hugging Face Hub at every poll, and keeps their history on this computer. The first poll has not come through, so there are no figures yet.</source>
        <translation>HubWatch erfasst bei jeder Abfrage die Downloadzahlen der meistgeladenen Modelle und Datensätze auf dem Hugging Face Hub und speichert ihren Verlauf auf diesem Computer. Die erste Abfrage ist nicht durchgekommen, daher gibt es noch keine Zahlen.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Endpoint and proxy settings…</source>
        <translation>Endpunkt- und Proxy-Einstellungen…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>A built-in generated history, to see what HubWatch shows once it has data</source>
        <translation>Ein eingebauter, erzeugter Verlauf: So sieht HubWatch aus, sobald es Daten hat</translation>
    </message>
    <message>
        <source>The reason: %1</source>
        <translation>Der Grund: %1</translation>
    </message>
    <message>
        <source>No further try is planned: use Retry now.</source>
        <translation>Kein weiterer Versuch geplant: Verwenden Sie „Jetzt erneut versuchen“.</translation>
    </message>
    <message>
        <source>Next try at %1 %2.</source>
        <translation>Nächster Versuch um %1 %2.</translation>
    </message>
    <message>
        <source>Trying again at %1 %2 (attempt %3 of %4).</source>
        <translation>Neuer Versuch um %1 %2 (Versuch %3 von %4).</translation>
    </message>
    <message>
        <source>The poll is still trying by itself.</source>
        <translation>Die Abfrage versucht es noch selbst weiter.</translation>
    </message>
</context>
<context>
    <name>hubwatch::SeriesPickerDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Compare series</source>
        <translation>Reihen vergleichen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>%n series selected</source>
        <translation>
            <numerusform>%n Reihe ausgewählt</numerusform>
            <numerusform>%n Reihen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one series.</source>
        <translation>Wählen Sie mindestens eine Reihe.</translation>
    </message>
</context>
<context>
    <name>hubwatch::SettingsDialog</name>
    <message>
        <source>HubWatch Settings</source>
        <translation>HubWatch-Einstellungen</translation>
    </message>
    <message>
        <source>A token is stored in the system keychain. Type a new one to replace it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Token gespeichert. Geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>No token is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>The token could not be saved; nothing was changed.</source>
        <translation>Das Token konnte nicht gespeichert werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The token could not be removed; nothing was changed.</source>
        <translation>Das Token konnte nicht entfernt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Alerts and window</source>
        <translation>Meldungen und Fenster</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Tracked downloads (headline)</source>
        <translation>Erfasste Downloads (Gesamtzahl)</translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation>Token wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Removing the token from the system keychain…</source>
        <translation>Token wird aus dem Schlüsselbund des Systems entfernt…</translation>
    </message>
    <message>
        <source>History and storage</source>
        <translation>Verlauf und Speicherort</translation>
    </message>
</context>
<context>
    <name>hubwatch::Sparkline</name>
    <message>
        <source>Recent history of the tracked total</source>
        <translation>Jüngster Verlauf der erfassten Gesamtzahl</translation>
    </message>
    <message>
        <source>%1 UTC
%2</source>
        <translation>%1 UTC
%2</translation>
    </message>
</context>
<context>
    <name>hubwatch::TokenPage</name>
    <message>
        <source>hf_… (leave empty to keep the current one)</source>
        <translation>hf_… (leer lassen, um das aktuelle zu behalten)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the stored token from the keychain when you press OK.</source>
        <translation>Das gespeicherte Token beim Klick auf OK aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Stored in the system keychain only, never in HubWatch&apos;s settings file, and never logged. A read-only token is enough.</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei von HubWatch und nie protokolliert. Ein Token mit Lesezugriff genügt.</translation>
    </message>
</context>
<context>
    <name>hubwatch::TokenStore</name>
    <message>
        <source>No system keychain is available (no secret service is running).</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (kein Secret Service aktiv).</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The token could not be removed from the keychain.</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>Without the keychain, HubWatch uses the token the official Hugging Face clients use: the HF_TOKEN environment variable, else the token file %1 (written by &quot;huggingface-cli login&quot;). Without either, it polls anonymously.</source>
        <translation>Ohne Schlüsselbund verwendet HubWatch das Token der offiziellen Hugging-Face-Clients: die Umgebungsvariable HF_TOKEN, sonst die Token-Datei %1 (geschrieben von „huggingface-cli login“). Ohne beides fragt es anonym ab.</translation>
    </message>
    <message>
        <source>The system keychain is not running or could not be reached, so the token cannot be kept there.</source>
        <translation>Der Schlüsselbund des Systems läuft nicht oder ist nicht erreichbar, daher kann das Token dort nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it (usually by logging in to the desktop) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (meist durch die Anmeldung am Desktop) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not be used.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation>%1 (Meldung des Schlüsselbunds: %2)</translation>
    </message>
</context>
<context>
    <name>hubwatch::TrayIcon</name>
    <message>
        <source>Show HubWatch</source>
        <translation>HubWatch anzeigen</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Jetzt abfragen</translation>
    </message>
    <message>
        <source>Pause polling</source>
        <translation>Abfragen anhalten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>HubWatch</source>
        <translation>HubWatch</translation>
    </message>
</context>
<context>
    <name>hubwatch::WatchlistModel</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <source>Every stored repo of %1: %n repos, summed</source>
        <translation>
            <numerusform>Alle gespeicherten Repos von %1: %n Repo, summiert</numerusform>
            <numerusform>Alle gespeicherten Repos von %1: %n Repos, summiert</numerusform>
        </translation>
    </message>
    <message>
        <source>No stored repo of %1 yet: it appears after the next poll</source>
        <translation>Noch kein gespeichertes Repo von %1: Es erscheint nach der nächsten Abfrage</translation>
    </message>
    <message>
        <source>%1 (double-click to open its chart)</source>
        <translation>%1 (Doppelklick öffnet das Diagramm)</translation>
    </message>
    <message>
        <source>%1 has no stored figures yet: it appears after the next poll</source>
        <translation>Für %1 sind noch keine Zahlen gespeichert: Sie erscheinen nach der nächsten Abfrage</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>%1 downloads, all time</source>
        <translation>%1 Downloads insgesamt</translation>
    </message>
    <message>
        <source>%1 downloads in the last 30 days</source>
        <translation>%1 Downloads in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>%1 downloads per day, over the last day of history</source>
        <translation>%1 Downloads pro Tag, über den letzten Tag des Verlaufs</translation>
    </message>
    <message>
        <source>Needs a day of history</source>
        <translation>Braucht einen Tag Verlauf</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
</context>
<context>
    <name>hubwatch::WatchlistPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>What to watch: one model, one dataset, or every repo of an author</source>
        <translation>Was beobachtet wird: ein Modell, ein Datensatz oder alle Repos eines Autors</translation>
    </message>
    <message>
        <source>Search the Hub, or type org/name</source>
        <translation>Auf dem Hub suchen oder org/name eingeben</translation>
    </message>
    <message>
        <source>org/name</source>
        <translation>org/name</translation>
    </message>
    <message>
        <source>Nothing watched yet. Watch a model, a dataset or every repo of an author to poll it besides the top lists.</source>
        <translation>Noch nichts beobachtet. Beobachten Sie ein Modell, einen Datensatz oder alle Repos eines Autors, um sie zusätzlich zu den Top-Listen abzufragen.</translation>
    </message>
    <message>
        <source>Double-click a model or dataset to open its chart.</source>
        <translation>Doppelklicken Sie auf ein Modell oder einen Datensatz, um das Diagramm zu öffnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should look like model:ORG/NAME, dataset:ORG/NAME or author:ORG.</source>
        <translation>„%1“ sollte wie model:ORG/NAME, dataset:ORG/NAME oder author:ORG aussehen.</translation>
    </message>
    <message>
        <source>Type a name to watch, such as org/name (or org for an author).</source>
        <translation>Geben Sie einen Namen ein, etwa org/name (oder org für einen Autor).</translation>
    </message>
    <message>
        <source>%1 is already on the watchlist.</source>
        <translation>%1 steht schon auf der Beobachtungsliste.</translation>
    </message>
    <message>
        <source>Added %1: the next poll fetches its figures.</source>
        <translation>%1 hinzugefügt: Die nächste Abfrage holt die Zahlen.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n items.</source>
        <translation>
            <numerusform>%n Eintrag entfernt.</numerusform>
            <numerusform>%n Einträge entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures unavailable: %1</source>
        <translation>Zahlen nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Searching the Hub…</source>
        <translation>Suche im Hub…</translation>
    </message>
    <message>
        <source>Offline: no Hub search. Suggestions come from the local history.</source>
        <translation>Offline: keine Suche im Hub. Die Vorschläge stammen aus dem lokalen Verlauf.</translation>
    </message>
    <message>
        <source>The Hub search failed: %1 Suggestions come from the local history.</source>
        <translation>Die Suche im Hub ist fehlgeschlagen: %1 Die Vorschläge stammen aus dem lokalen Verlauf.</translation>
    </message>
    <message>
        <source>No matches for “%1” on the Hub.</source>
        <translation>Keine Treffer für „%1“ im Hub.</translation>
    </message>
    <message>
        <source>None there matches “%1”.</source>
        <translation>Dort passt nichts zu „%1“.</translation>
    </message>
</context>
<context>
    <name>hubwatch::WholeHubCard</name>
    <message>
        <source>Whole Hub</source>
        <translation>Ganzer Hub</translation>
    </message>
    <message>
        <source>Whole Hub all-time downloads</source>
        <translation>Downloads insgesamt im ganzen Hub</translation>
    </message>
    <message>
        <source>Reading the censuses…</source>
        <translation>Zählungen werden gelesen…</translation>
    </message>
    <message>
        <source>Progress of the census under way</source>
        <translation>Fortschritt der laufenden Zählung</translation>
    </message>
    <message>
        <source>Open the chart</source>
        <translation>Diagramm öffnen</translation>
    </message>
    <message>
        <source>%1 downloads of every public model and dataset</source>
        <translation>%1 Downloads aller öffentlichen Modelle und Datensätze</translation>
    </message>
    <message>
        <source>%1%2 per day</source>
        <translation>%1%2 pro Tag</translation>
    </message>
    <message>
        <source>growth known after the next census</source>
        <translation>Wachstum nach der nächsten Zählung bekannt</translation>
    </message>
    <message>
        <source>%1
census %2 UTC · %3 repos
30-day downloads %4
public repositories only</source>
        <translation>%1
Zählung %2 UTC · %3 Repos
Downloads in 30 Tagen %4
nur öffentliche Repositorys</translation>
    </message>
    <message>
        <source>%1 models, %2 datasets and %3 spaces (spaces have no download counts)</source>
        <translation>%1 Modelle, %2 Datensätze und %3 Spaces (Spaces haben keine Download-Zahlen)</translation>
    </message>
    <message>
        <source>A census stopped unfinished after %1 repos; it is not counted.</source>
        <translation>Eine Zählung brach nach %1 Repos ab; sie zählt nicht.</translation>
    </message>
    <message>
        <source>A later census stopped at %1 of the repos; it is not counted.</source>
        <translation>Eine spätere Zählung brach bei %1 der Repos ab; sie zählt nicht.</translation>
    </message>
    <message>
        <source>The first census of the whole Hub is under way; its figures appear here when it completes.</source>
        <translation>Die erste Zählung des ganzen Hubs läuft; ihre Zahlen erscheinen hier, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>No census of the whole Hub yet. Run “hubwatch census”, or let the collector take its daily census.</source>
        <translation>Noch keine Zählung des ganzen Hubs. Starten Sie „hubwatch census“ oder lassen Sie den Sammler seine tägliche Zählung machen.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Census under way: %1 repos, %2, about %3</source>
        <translation>Zählung läuft: %1 Repos, %2, etwa %3</translation>
    </message>
    <message>
        <source>Census under way: %1 repos, %2, %3 of %4 kinds done</source>
        <translation>Zählung läuft: %1 Repos, %2, %3 von %4 Arten fertig</translation>
    </message>
</context>
<context>
    <name>hubwatch::WindowPage</name>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>A category is hot when its share of the top-50 velocity grew by at least this many percentage points in a week.</source>
        <translation>Eine Kategorie gilt als Trend, wenn ihr Anteil am Top-50-Tempo in einer Woche um mindestens so viele Prozentpunkte gewachsen ist.</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language takes effect after restarting HubWatch.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von HubWatch wirksam.</translation>
    </message>
    <message>
        <source>Hot category at:</source>
        <translation>Trendkategorie ab:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>This run uses the language given with --lang (%1). The choice here applies when HubWatch starts without --lang.</source>
        <translation>Dieser Lauf verwendet die mit --lang angegebene Sprache (%1). Die Auswahl hier gilt, wenn HubWatch ohne --lang startet.</translation>
    </message>
    <message>
        <source>Between %1 and %2 points.</source>
        <translation>Zwischen %1 und %2 Punkten.</translation>
    </message>
</context>
</TS>
