// strimpl.h — helpers shared by the number and text files (str.c,
// str_methods.c, bytes.c, format.c, int.c, float.c, unicode.c) and nobody
// else: raw str allocation, code-point offsets, index conversion with
// CPython's messages. Not a public contract: other areas use str.h.
// GIL rule: every function here is called with the GIL held.
#ifndef WF_RUNTIME_STRIMPL_H
#define WF_RUNTIME_STRIMPL_H

#include "object.h"
#include "str.h"

// Largest str/bytes/bytearray (in bytes) this area creates: beyond it,
// MemoryError up front (a failed allocation inside GMP or a giant memset
// would end the process instead).
#define WF_TEXT_MAX ((size_t)1 << 32)

// The str type's method table (str_methods.c).
extern const WfMethodDef wf_str_methods[];

// A fresh exact str with room for [len] bytes (data[len] = 0). The caller
// fills data and then calls wf_str_finalize. Returns a new reference.
// On error: returns NULL with MemoryError set.
WfValue wf_str_alloc(size_t len);
// Computes nchars and the ascii flag of a str filled after wf_str_alloc. Never fails.
void wf_str_finalize(WfValue s);
// Same with the counts known ([nchars] code points). Returns [s] (the
// caller's reference, passed through).
WfValue wf_str_finalize_known(WfValue s, size_t nchars);
// A str of [len] ASCII bytes (not checked). Returns a new reference.
// On error: returns NULL with an exception set.
WfValue wf_str_from_ascii(const char *s, size_t len);
// The empty str. Returns a new reference.
WfValue wf_str_empty(void);
// The one-character str for [cp] (cached below 256). Returns a new reference.
WfValue wf_str_from_codepoint(uint32_t cp);
// Byte offset of code point [index] (<= nchars) in [s].
size_t wf_str_offset(WfValue s, size_t index);
// Code-point count of the UTF-8 range [p, p+n).
size_t wf_utf8_count(const char *p, size_t n);
// [s] as an exact str (itself when already exact, else a copy). Returns a new reference.
// On error: returns NULL with an exception set.
WfValue wf_str_exact(WfValue s);
// Number of code points of a str.
static inline size_t wf_str_nchars(WfValue s) { return ((WfStr *)s)->nchars; }
static inline bool wf_str_is_ascii(WfValue s) { return ((WfStr *)s)->ascii; }

// A 64-bit hash of [n] bytes (never -1). Used by str and bytes.
WfHash wf_hash_bytes(const void *p, size_t n);

// Converts an index operand for a sequence: ints (small, big: IndexError
// "cannot fit 'int' into an index-sized integer"), bools and objects with
// __index__. Returns 1 ok, 0 when [key] is not an index at all (no exception
// set: the caller raises its own message), -1 error. May run Weft code (__index__).
int wf_seq_index(WfValue key, int64_t *out);
// Converts a slice bound for find()/count()-style arguments: None -> 0 with
// *given = false; ints clamp to the int64 range. 0 ok, -1 TypeError
// "slice indices must be integers or None or have an __index__ method".
int wf_slice_bound(WfValue v, int64_t *out, bool *given);
// Resolves optional [start, end) (may be NULL/None) against [len] like s[start:end].
// 0 ok, -1 error.
int wf_resolve_range(WfValue start, WfValue end, int64_t len, int64_t *lo, int64_t *hi);

// str.format(*args, **kwargs) on [fmt] (format.c). [mapping] (format_map) or
// keywords supply named fields. Returns a new reference. May run Weft code.
// On error: returns NULL with an exception set.
WfValue wf_str_format_impl(WfValue fmt, WfValue *args, size_t nargs, WfValue kwnames,
                           WfValue mapping);

#endif
