// format.h — the format-spec mini-language ("{:>10,.2f}") for int, float
// and str; format(value, spec); str.format's field parser; and printf-style
// "%" formatting for str and bytes. All output is CPython 3.11's, character
// for character, including the error messages. GIL: callers hold it.
#ifndef WF_RUNTIME_FORMAT_H
#define WF_RUNTIME_FORMAT_H

#include "object.h"
#include "str.h"

// format(value, spec) as builtins.format and the FORMAT_VALUE opcode call it.
// int/bool/float/str (exact types) take the built-in fast path; anything else
// calls type(value).__format__(value, spec). [spec] is a str (NULL means "").
// Returns a new reference (a str). On error: returns NULL with an exception set.
// May run Weft code.
WfValue wf_format(WfValue value, WfValue spec);

// The built-in __format__ implementations. [spec] is a str.
// Return a new reference. On error: returns NULL with an exception set.
WfValue wf_format_int(WfValue v, WfValue spec);        // int or bool
WfValue wf_format_float(double d, WfValue spec);
WfValue wf_format_float_obj(WfValue v, WfValue spec);   // a float; errors name its type
WfValue wf_format_str(WfValue s, WfValue spec);

// fmt % args for a str [fmt]. Returns a new reference. May run Weft code.
// On error: returns NULL with an exception set.
WfValue wf_str_percent_format(WfValue fmt, WfValue args);
// fmt % args for bytes/bytearray [fmt]; returns bytes. May run Weft code.
WfValue wf_bytes_percent_format(const unsigned char *fmt, size_t len, WfValue args);

// Appends [d] to [b] formatted with presentation [type] ('e' 'E' 'f' 'F' 'g'
// 'G', 'r' for repr, or 0 for format()'s "no type" rule) at [prec] (-1 =
// default), as the absolute value: the caller writes the sign. [alt] is '#'.
void wf_format_double_abs(WfStrBuf *b, double d, int type, int64_t prec, bool alt);

// The shortest decimal digits that round-trip [d] (finite, > 0): writes the
// digits (no dot, no trailing zeros, NUL-terminated; at least 18 bytes) and
// the decimal exponent of the first digit. Returns the digit count.
int wf_float_shortest(double d, char *digits, int *exp10);

#endif
