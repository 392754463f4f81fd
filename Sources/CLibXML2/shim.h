#ifndef KIOSQUE_CLIBXML2_SHIM_H
#define KIOSQUE_CLIBXML2_SHIM_H

// libxml2 (Debian libxml2-dev, pkg-config libxml-2.0). Only KiosqueMarkup imports this module.
#include <stddef.h>
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its encoding.h would then include the system's ICU headers,
// which clash with the copy Foundation bundles. Kiosque never touches the ICU converter fields
// (only pointers to that struct), so the headers are read without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/entities.h>
#include <libxml/xmlerror.h>

// xmlFree is a mutable global function pointer: Swift 6 refuses to touch it directly.
static inline void kq_xml_free(void *p) { xmlFree(p); }

// Nothing is ever read or fetched because a document asks for it: the entity loader refuses
// every external entity, DTD or stylesheet (besides the NONET option on every parse).
static inline xmlParserInputPtr kq_refuse_external(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}

// Errors go nowhere (the caller gets them as values): libxml2 would print them on stderr.
static inline void kq_ignore_error(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

/// Once, before any parse and before threads use the library.
static inline void kq_xml_setup(void) {
    xmlInitParser();
    xmlSetExternalEntityLoader(kq_refuse_external);
    xmlSetStructuredErrorFunc(NULL, kq_ignore_error);
}

// The last error of this thread, as a message (NULL when none).
static inline const char *kq_last_error_message(void) {
    xmlErrorPtr e = xmlGetLastError();
    return e ? e->message : NULL;
}
static inline int kq_last_error_line(void) {
    xmlErrorPtr e = xmlGetLastError();
    return e ? e->line : 0;
}

#endif
