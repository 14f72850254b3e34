#include "FakeHub.h"
