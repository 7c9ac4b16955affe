// str.h — str (immutable UTF-8 text with a cached hash and code-point count),
// interning, and WfStrBuf, the string builder used by every repr.
#ifndef WF_RUNTIME_STR_H
#define WF_RUNTIME_STR_H

#include "object.h"

typedef struct WfStr {
    WfObject ob;
    WfHash hash;        // -1 until computed
    size_t len;         // bytes, excluding the terminating NUL
    size_t nchars;      // code points
    bool ascii;         // len == nchars: O(1) indexing
    bool interned;
    char data[];        // UTF-8, NUL-terminated
} WfStr;

extern WfType wf_str_type;

static inline bool wf_is_str(WfValue v) {
    return !WF_IS_SMALLINT(v) && (v->type->flags & WF_TPFLAGS_STR_SUBCLASS);
}
// Unchecked accessors: [v] must be a str. Borrowed pointer valid while v lives.
#define WF_STR_DATA(v) (((WfStr *)(v))->data)
#define WF_STR_LEN(v) (((WfStr *)(v))->len)

// Return new references. [s] must be valid UTF-8 (the lexer and decoders check).
WfValue wf_str_from_cstr(const char *s);
WfValue wf_str_from_utf8(const char *s, size_t len);
// printf-style (standard conversions only).
WfValue wf_str_from_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
// Interned str for [s]: equal strings are the same object. Returns a new reference.
WfValue wf_str_intern(const char *s);
// Interns [*p] in place (replacing it with the canonical object). Steals/replaces.
void wf_str_intern_inplace(WfValue *p);
// A cached interned identifier, e.g. WF_ID(__init__). Returns a borrowed,
// immortal reference (GNU statement expression; the GIL guards the cache).
#define WF_ID(name) ({ static WfValue wf_id_cache_; \
    wf_id_cache_ ? wf_id_cache_ : (wf_id_cache_ = wf_str_intern(#name)); })

// Borrowed C string of a str value (UTF-8, NUL-terminated).
static inline const char *wf_str_cstr(WfValue v) { return WF_STR_DATA(v); }
bool wf_str_eq(WfValue a, WfValue b);               // both str; never fails
bool wf_str_eq_cstr(WfValue a, const char *s);      // a is a str
WfHash wf_str_hash(WfValue v);                      // a is a str; cached
WfValue wf_str_concat(WfValue a, WfValue b);        // both str. New reference.
// sep.join(iterable). New reference.
WfValue wf_str_join(WfValue sep, WfValue iterable);
// repr of a str with CPython's quoting rules. New reference.
WfValue wf_str_repr(WfValue v);

// A growable UTF-8 buffer. Usage: WfStrBuf b; wf_strbuf_init(&b);
// wf_strbuf_append*(&b, ...); return wf_strbuf_finish(&b);  (or wf_strbuf_free on error)
typedef struct WfStrBuf {
    char *data;
    size_t len, cap;
    bool failed;        // an allocation failed: finish returns NULL with MemoryError
} WfStrBuf;
void wf_strbuf_init(WfStrBuf *b);
void wf_strbuf_append(WfStrBuf *b, const char *s, size_t n);
void wf_strbuf_append_cstr(WfStrBuf *b, const char *s);
void wf_strbuf_append_char(WfStrBuf *b, char c);
void wf_strbuf_append_codepoint(WfStrBuf *b, uint32_t cp);
void wf_strbuf_printf(WfStrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// Appends str(v) / repr(v). 0 ok, -1 error (exception set). May run Weft code.
int wf_strbuf_append_str_of(WfStrBuf *b, WfValue v);
int wf_strbuf_append_repr_of(WfStrBuf *b, WfValue v);
// Returns a new str reference and frees the buffer. NULL on error.
WfValue wf_strbuf_finish(WfStrBuf *b);
void wf_strbuf_free(WfStrBuf *b);

// Decode one UTF-8 code point at [s] (valid UTF-8); returns its byte length.
int wf_utf8_decode(const char *s, uint32_t *cp);
// Encode [cp] into [out] (4 bytes); returns the byte length.
int wf_utf8_encode(uint32_t cp, char *out);

#endif
