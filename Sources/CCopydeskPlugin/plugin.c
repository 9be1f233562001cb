// Header-only: the plugin ABI is copydesk_plugin.h; SwiftPM needs a source file.
#include "copydesk_plugin.h"
