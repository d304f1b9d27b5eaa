#include <libxml/xmlversion.h>
// libxml2 would pull in the system ICU headers, which clash with Foundation's copy of ICU in the
// same Swift module. We use no ICU-backed encoding handler, so its declarations are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlreader.h>

// `xmlFree` is a global function pointer in C; Swift 6 treats such a variable as shared mutable
// state, so the release goes through this function instead.
static inline void planpress_xml_free(void *p) { xmlFree(p); }
