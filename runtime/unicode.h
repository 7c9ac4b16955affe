// unicode.h — Unicode character properties and case mapping (Unicode 14.0,
// as CPython 3.11), UTF-8 validation, and the text codecs behind
// str.encode / bytes.decode (utf-8, ascii, latin-1 with strict/ignore/replace
// and the other error handlers). The predicates are pure functions of the
// code point; the codecs create objects, so they need the GIL.
#ifndef WF_RUNTIME_UNICODE_H
#define WF_RUNTIME_UNICODE_H

#include "object.h"

// Character predicates with CPython's str.isX() meaning for one code point.
bool wf_unicode_isalpha(uint32_t cp);
bool wf_unicode_isdecimal(uint32_t cp);
bool wf_unicode_isdigit(uint32_t cp);
bool wf_unicode_isnumeric(uint32_t cp);
bool wf_unicode_isspace(uint32_t cp);
bool wf_unicode_isprintable(uint32_t cp);
bool wf_unicode_isupper(uint32_t cp);
bool wf_unicode_islower(uint32_t cp);
bool wf_unicode_istitle(uint32_t cp);
bool wf_unicode_iscased(uint32_t cp);
bool wf_unicode_iscase_ignorable(uint32_t cp);
bool wf_unicode_isxid_start(uint32_t cp);
bool wf_unicode_isxid_continue(uint32_t cp);
bool wf_unicode_islinebreak(uint32_t cp);
// Value of a decimal digit (0-9), or -1 when [cp] is not one.
int wf_unicode_decimal_value(uint32_t cp);
// Value of a digit (decimal digits, superscripts, ...), or -1.
int wf_unicode_digit_value(uint32_t cp);

// Full case mappings: writes 1-3 code points into [out], returns the count.
enum { WF_CASE_UPPER, WF_CASE_LOWER, WF_CASE_TITLE, WF_CASE_FOLD };
int wf_unicode_case_map(uint32_t cp, int kind, uint32_t out[3]);
// Simple (one code point) mappings, for lookups that need exactly one.
uint32_t wf_unicode_toupper1(uint32_t cp);
uint32_t wf_unicode_tolower1(uint32_t cp);

// Checks that [s, s+len) is valid UTF-8 (no surrogates, no overlongs).
// Returns len when valid; otherwise the offset of the first bad byte, with
// *badlen (when not NULL) the number of bytes CPython reports as invalid and
// *reason one of "invalid start byte", "invalid continuation byte",
// "unexpected end of data".
size_t wf_utf8_check(const unsigned char *s, size_t len, size_t *badlen, const char **reason);

// bytes.decode(encoding, errors) / str(b, encoding, errors). Returns a new
// reference (a str). On error: returns NULL with LookupError "unknown encoding: x",
// UnicodeDecodeError, or TypeError set.
WfValue wf_unicode_decode(const unsigned char *data, size_t len, const char *encoding,
                          const char *errors);
// str.encode(encoding, errors). Returns a new reference (bytes).
// On error: returns NULL with an exception set.
WfValue wf_unicode_encode(WfValue str, const char *encoding, const char *errors);

#endif
