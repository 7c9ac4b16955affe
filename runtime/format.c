// format.c — the format-spec mini-language for int/float/str
// ([[fill]align][sign][z][#][0][width][grouping][.precision][type]),
// format(), str.format's markup parser and printf-style % formatting for
// str and bytes. Output and error messages follow CPython 3.11 exactly.
// Floats are printed through the C library's correctly rounded printf
// (glibc), digits for repr through wf_float_shortest. GIL: callers hold it.
#include "runtime/format.h"

#include <gmp.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/strimpl.h"
#include "runtime/tuple.h"

// ---- parsed format spec ----------------------------------------------------------

typedef struct Spec {
    uint32_t fill;
    bool fill_given;
    char align;        // 0 (default), '<', '>', '=', '^'
    char sign;         // 0, '+', '-', ' '
    bool z, alt;
    int64_t width;     // -1: none
    char grouping;     // 0, ',', '_'
    int64_t prec;      // -1: none
    uint32_t type;     // 0: none
} Spec;

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads a decimal number at [p]; -1 with ValueError on overflow.
static int read_number(const char *s, size_t len, size_t *pos, int64_t *out) {
    int64_t v = 0;
    size_t start = *pos;
    while (*pos < len && s[*pos] >= '0' && s[*pos] <= '9') {
        if (v > (INT64_MAX - 9) / 10) {
            wf_err_set_str(wf_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (s[*pos] - '0');
        (*pos)++;
    }
    *out = *pos > start ? v : -1;
    return 0;
}

static void unknown_code(uint32_t type, const char *tname) {
    if (type > 32 && type < 128)
        wf_err_format(wf_ValueError, "Unknown format code '%c' for object of type '%s'", (char)type, tname);
    else
        wf_err_format(wf_ValueError, "Unknown format code '\\x%x' for object of type '%s'", type, tname);
}

// Parses [spec] (a str); [default_type] and [default_align] are the type's
// ('d'/'>' for int, 0/'>' for float, 's'/'<' for str). 0 ok, -1 error.
static int parse_spec(WfValue spec, uint32_t default_type, char default_align, const char *tname,
                      Spec *f) {
    const char *s = WF_STR_DATA(spec);
    size_t len = WF_STR_LEN(spec), pos = 0;
    f->fill = ' ';
    f->fill_given = false;
    f->align = 0;
    f->sign = 0;
    f->z = f->alt = false;
    f->width = f->prec = -1;
    f->grouping = 0;
    f->type = default_type;
    if (len == 0) return 0;
    // fill and align: the fill may be any code point
    uint32_t c0;
    int k0 = wf_utf8_decode(s, &c0);
    if ((size_t)k0 < len && is_align((unsigned char)s[k0])) {
        f->fill = c0;
        f->fill_given = true;
        f->align = s[k0];
        pos = (size_t)k0 + 1;
    } else if (is_align(c0)) {
        f->align = (char)c0;
        pos = 1;
    }
    if (pos < len && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f->sign = s[pos++];
    if (pos < len && s[pos] == 'z') {
        f->z = true;
        pos++;
    }
    if (pos < len && s[pos] == '#') {
        f->alt = true;
        pos++;
    }
    if (!f->fill_given && pos < len && s[pos] == '0') {
        f->fill = '0';
        if (!f->align && default_align == '>') f->align = '=';
        pos++;
    }
    if (read_number(s, len, &pos, &f->width) < 0) return -1;
    if (f->width > (int64_t)WF_TEXT_MAX) {
        wf_err_no_memory();
        return -1;
    }
    if (pos < len && s[pos] == ',') {
        f->grouping = ',';
        pos++;
    }
    if (pos < len && s[pos] == '_') {
        if (f->grouping) goto both;
        f->grouping = '_';
        pos++;
    }
    if (pos < len && s[pos] == ',' && f->grouping == '_') goto both;
    if (pos < len && s[pos] == '.') {
        pos++;
        if (read_number(s, len, &pos, &f->prec) < 0) return -1;
        if (f->prec < 0) {
            wf_err_set_str(wf_ValueError, "Format specifier missing precision");
            return -1;
        }
        if (f->prec > INT32_MAX) {
            wf_err_set_str(wf_ValueError, "precision too big");
            return -1;
        }
    }
    if (len - pos > 1 || (len - pos == 1 && (unsigned char)s[pos] >= 0x80)) {
        // more than one character left (a non-ASCII type is several bytes)
        uint32_t c;
        if (len - pos > 1 && (size_t)wf_utf8_decode(s + pos, &c) == len - pos) {
            f->type = c;
        } else if (len - pos > 1) {
            wf_err_format(wf_ValueError, "Invalid format specifier '%s' for object of type '%s'", s, tname);
            return -1;
        } else {
            wf_utf8_decode(s + pos, &f->type);
        }
    } else if (len - pos == 1) {
        f->type = (unsigned char)s[pos];
    }
    if (f->grouping) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') break;
            // fall through
        default:
            if (f->type > 32 && f->type < 128)
                wf_err_format(wf_ValueError, "Cannot specify '%c' with '%c'.", f->grouping, (char)f->type);
            else
                wf_err_format(wf_ValueError, "Cannot specify '%c' with '\\x%x'.", f->grouping, f->type);
            return -1;
        }
    }
    return 0;
both:
    wf_err_set_str(wf_ValueError, "Cannot specify both ',' and '_'.");
    return -1;
}

// ---- padding and number layout ------------------------------------------------------

static void append_fill(WfStrBuf *b, uint32_t fill, int64_t n) {
    if (n <= 0) return;
    if (fill < 0x80) {
        for (int64_t i = 0; i < n; i++) wf_strbuf_append_char(b, (char)fill);
    } else {
        char buf[4];
        int k = wf_utf8_encode(fill, buf);
        for (int64_t i = 0; i < n; i++) wf_strbuf_append(b, buf, (size_t)k);
    }
}

// Writes [body] ([nchars] code points) padded to the spec's width with its
// alignment ([def] when none was given).
static void pad_aligned(WfStrBuf *b, const Spec *f, const char *body, size_t blen, size_t nchars, char def) {
    int64_t padn = f->width > (int64_t)nchars ? f->width - (int64_t)nchars : 0;
    char align = f->align ? f->align : def;
    int64_t left = 0, right = 0;
    if (align == '<') right = padn;
    else if (align == '^') {
        left = padn / 2;
        right = padn - left;
    } else left = padn;
    append_fill(b, f->fill, left);
    wf_strbuf_append(b, body, blen);
    append_fill(b, f->fill, right);
}

// Appends [digits] grouped by [sep] every [group] digits, padded with zeros
// (and separators) to at least [min_width] characters when [min_width] > 0.
static void append_grouped(WfStrBuf *b, const char *digits, size_t n, char sep, int group, int64_t min_width) {
    if (!sep) {
        for (int64_t i = (int64_t)n; i < min_width; i++) wf_strbuf_append_char(b, '0');
        wf_strbuf_append(b, digits, n);
        return;
    }
    // Build reversed, then copy backwards.
    size_t cap = n + n / (size_t)group + 2 + (min_width > 0 ? (size_t)min_width * 2 : 0);
    char *tmp = malloc(cap);
    if (!tmp) {
        b->failed = true;
        return;
    }
    size_t out = 0, i = n;
    int count = 0;
    while (i > 0 || (int64_t)out < min_width) {
        if (count == group) {
            tmp[out++] = sep;
            count = 0;
        }
        tmp[out++] = i > 0 ? digits[--i] : '0';
        count++;
    }
    for (size_t j = out; j-- > 0;) wf_strbuf_append_char(b, tmp[j]);
    free(tmp);
}

// Lays out a number: [neg] sign, [prefix] ("0x"), integer [digits] (grouped),
// then [rest] (fraction, exponent, '%'). [numeric] is false for nan/inf
// (never grouped).
static void render_number(WfStrBuf *b, const Spec *f, bool neg, const char *prefix, const char *digits,
                          size_t ndigits, const char *rest, size_t nrest, int group, bool numeric) {
    char signc = neg ? '-' : f->sign == '+' ? '+' : f->sign == ' ' ? ' ' : 0;
    size_t nprefix = strlen(prefix);
    size_t lead = (signc ? 1 : 0) + nprefix;
    char align = f->align ? f->align : '>';
    char sep = numeric ? f->grouping : 0;
    if (f->fill == '0' && align == '=') {
        int64_t min_width = f->width - (int64_t)lead - (int64_t)nrest;
        if (signc) wf_strbuf_append_char(b, signc);
        wf_strbuf_append(b, prefix, nprefix);
        append_grouped(b, digits, ndigits, sep, group, min_width);
        wf_strbuf_append(b, rest, nrest);
        return;
    }
    WfStrBuf body;
    wf_strbuf_init(&body);
    append_grouped(&body, digits, ndigits, sep, group, 0);
    wf_strbuf_append(&body, rest, nrest);
    if (body.failed) {
        b->failed = true;
        wf_strbuf_free(&body);
        return;
    }
    int64_t total = (int64_t)(lead + body.len);
    int64_t padn = f->width > total ? f->width - total : 0;
    if (align == '=') {
        if (signc) wf_strbuf_append_char(b, signc);
        wf_strbuf_append(b, prefix, nprefix);
        append_fill(b, f->fill, padn);
        wf_strbuf_append(b, body.data, body.len);
    } else {
        int64_t left = 0, right = 0;
        if (align == '<') right = padn;
        else if (align == '^') {
            left = padn / 2;
            right = padn - left;
        } else left = padn;
        append_fill(b, f->fill, left);
        if (signc) wf_strbuf_append_char(b, signc);
        wf_strbuf_append(b, prefix, nprefix);
        wf_strbuf_append(b, body.data, body.len);
        append_fill(b, f->fill, right);
    }
    wf_strbuf_free(&body);
}

// ---- doubles -----------------------------------------------------------------------

static bool roundtrips(const char *buf, double d) { return strtod(buf, NULL) == d; }

// Is some [p]-digit decimal a round-trip representation of [d]? On success
// writes the digits (trailing zeros stripped) and exponent.
static bool shortest_try(double d, int p, char *digits, int *exp10) {
    char buf[40];
    snprintf(buf, sizeof buf, "%.*e", p - 1, d);
    bool ok = p >= 17 || roundtrips(buf, d);   // 17 digits always round-trip
    // mantissa digits and exponent
    char mant[24];
    int n = 0;
    const char *q = buf;
    for (; *q && *q != 'e'; q++)
        if (*q >= '0' && *q <= '9') mant[n++] = *q;
    int e = atoi(q + 1);
    if (!ok) {
        // The nearest p-digit decimal missed. Only at a power of two is the
        // round-trip interval lopsided, so that the neighbour on the other
        // side of d may fit although the nearest does not.
        int e2;
        if (frexp(d, &e2) != 0.5) return false;
        uint64_t m = 0;
        for (int i = 0; i < n; i++) m = m * 10 + (uint64_t)(mant[i] - '0');
        double near = strtod(buf, NULL);
        uint64_t m2 = near < d ? m + 1 : m - 1;
        snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)m2, e - (p - 1));
        if (m2 == 0 || !roundtrips(buf, d)) return false;
        // digits of m2 itself (re-printing the double would give the nearest again)
        char ds[24];
        int nd = snprintf(ds, sizeof ds, "%llu", (unsigned long long)m2);
        e = e - (p - 1) + (nd - 1);
        memcpy(mant, ds, (size_t)nd);
        n = nd;
    }
    while (n > 1 && mant[n - 1] == '0') n--;
    memcpy(digits, mant, (size_t)n);
    digits[n] = 0;
    *exp10 = e;
    return true;
}

int wf_float_shortest(double d, char *digits, int *exp10) {
    // 15 significant digits always identify a double's shortest decimal
    // when one of at most 15 digits exists (the correctly rounded 15-digit
    // value then equals it padded with zeros); otherwise 16 or 17 digits.
    // Subnormals carry fewer digits: search all precisions (round-tripping
    // is monotonic in the digit count).
    if (d < 2.2250738585072014e-308) {
        int lo = 1, hi = 17;
        bool found = false;
        char best[24];
        int best_e = 0;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            char tmp[24];
            int e;
            if (shortest_try(d, mid, tmp, &e)) {
                hi = mid;
                memcpy(best, tmp, sizeof tmp);
                best_e = e;
                found = true;
            } else {
                lo = mid + 1;
            }
        }
        if (!found) shortest_try(d, 17, best, &best_e);
        strcpy(digits, best);
        *exp10 = best_e;
        return (int)strlen(digits);
    }
    if (shortest_try(d, 15, digits, exp10) || shortest_try(d, 16, digits, exp10)) return (int)strlen(digits);
    shortest_try(d, 17, digits, exp10);
    return (int)strlen(digits);
}

// Appends digits [dg] (n of them, value dg[0].dg[1..] x 10^x) in exponent
// notation: "1.5e+16".
static void put_exponent_form(WfStrBuf *b, const char *dg, int n, int x, bool force_dot, bool upper) {
    wf_strbuf_append_char(b, dg[0]);
    if (n > 1 || force_dot) wf_strbuf_append_char(b, '.');
    if (n > 1) wf_strbuf_append(b, dg + 1, (size_t)(n - 1));
    wf_strbuf_printf(b, "%c%c%02d", upper ? 'E' : 'e', x < 0 ? '-' : '+', x < 0 ? -x : x);
}

// Appends digits in positional notation; [min_frac] zeros... the digits are
// exactly what is shown (trailing zeros already decided by the caller).
static void put_fixed_form(WfStrBuf *b, const char *dg, int n, int x, bool force_dot, bool dot0) {
    if (x >= 0) {
        if (n <= x + 1) {
            wf_strbuf_append(b, dg, (size_t)n);
            for (int i = n; i <= x; i++) wf_strbuf_append_char(b, '0');
            if (dot0) wf_strbuf_append(b, ".0", 2);
            else if (force_dot) wf_strbuf_append_char(b, '.');
        } else {
            wf_strbuf_append(b, dg, (size_t)x + 1);
            wf_strbuf_append_char(b, '.');
            wf_strbuf_append(b, dg + x + 1, (size_t)(n - x - 1));
        }
    } else {
        wf_strbuf_append(b, "0.", 2);
        for (int i = 0; i < -x - 1; i++) wf_strbuf_append_char(b, '0');
        wf_strbuf_append(b, dg, (size_t)n);
    }
}

// 'g'-style output with [p] significant digits; exponent form when the
// exponent is < -4 or >= [threshold].
static void general_form(WfStrBuf *b, double d, int64_t p, bool alt, bool upper, int64_t threshold, bool dot0) {
    if (p > 1000) p = 1000 + (p & 1);   // more digits than a double holds are all zeros below anyway
    size_t cap = (size_t)p + 32;
    char *buf = malloc(cap);
    char *dg = malloc(cap);
    if (!buf || !dg) {
        free(buf);
        free(dg);
        b->failed = true;
        return;
    }
    snprintf(buf, cap, "%.*e", (int)(p - 1), d);
    int n = 0;
    const char *q = buf;
    for (; *q && *q != 'e'; q++)
        if (*q >= '0' && *q <= '9') dg[n++] = *q;
    int x = atoi(q + 1);
    if (!alt)
        while (n > 1 && dg[n - 1] == '0') n--;
    if (x < -4 || x >= threshold) {
        put_exponent_form(b, dg, n, x, alt, upper);
    } else {
        if (alt && x >= 0 && n <= x + 1) {
            wf_strbuf_append(b, dg, (size_t)n);
            wf_strbuf_append_char(b, '.');
        } else {
            put_fixed_form(b, dg, n, x, alt, dot0);
        }
    }
    free(buf);
    free(dg);
}

void wf_format_double_abs(WfStrBuf *b, double d, int type, int64_t prec, bool alt) {
    d = fabs(d);
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (isnan(d) || isinf(d)) {
        wf_strbuf_append_cstr(b, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return;
    }
    switch (type) {
    case 'f':
    case 'F': {
        if (prec < 0) prec = 6;
        if (prec > 100000000) {
            b->failed = true;   // reported as MemoryError
            return;
        }
        char small[256];
        int n = snprintf(small, sizeof small, "%.*f", (int)prec, d);
        if ((size_t)n < sizeof small) {
            wf_strbuf_append(b, small, (size_t)n);
        } else {
            char *buf = malloc((size_t)n + 1);
            if (!buf) {
                b->failed = true;
                return;
            }
            snprintf(buf, (size_t)n + 1, "%.*f", (int)prec, d);
            wf_strbuf_append(b, buf, (size_t)n);
            free(buf);
        }
        if (alt && prec == 0) wf_strbuf_append_char(b, '.');
        return;
    }
    case 'e':
    case 'E': {
        if (prec < 0) prec = 6;
        if (prec > 100000000) {
            b->failed = true;
            return;
        }
        char small[256];
        char *buf = small;
        int n = snprintf(small, sizeof small, alt ? "%#.*e" : "%.*e", (int)prec, d);
        if ((size_t)n >= sizeof small) {
            buf = malloc((size_t)n + 1);
            if (!buf) {
                b->failed = true;
                return;
            }
            snprintf(buf, (size_t)n + 1, alt ? "%#.*e" : "%.*e", (int)prec, d);
        }
        if (upper)
            for (int i = 0; i < n; i++)
                if (buf[i] == 'e') buf[i] = 'E';
        wf_strbuf_append(b, buf, (size_t)n);
        if (buf != small) free(buf);
        return;
    }
    case 'g':
    case 'G':
        if (prec < 0) prec = 6;
        if (prec == 0) prec = 1;
        general_form(b, d, prec, alt, upper, prec, false);
        return;
    default:
        break;
    }
    // 'r' (repr) or no type
    if (type == 0 && prec >= 0) {
        if (prec == 0) prec = 1;
        general_form(b, d, prec, alt, false, prec - 1 > 0 ? prec - 1 : 0, true);
        return;
    }
    if (d == 0) {
        wf_strbuf_append(b, "0.0", 3);
        return;
    }
    char dg[24];
    int x;
    int n = wf_float_shortest(d, dg, &x);
    if (x < -4 || x >= 16) put_exponent_form(b, dg, n, x, false, false);
    else put_fixed_form(b, dg, n, x, false, true);
}

// Splits a formatted absolute number into its leading digit run and the rest.
static size_t leading_digits(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    return i;
}

static bool all_zero_digits(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '1' && s[i] <= '9') return false;
    return true;
}

// Formats a double per the parsed spec (type already validated).
static WfValue format_double_spec(double d, const Spec *f) {
    uint32_t type = f->type;
    bool pct = false;
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        d *= 100;
        pct = true;
    }
    WfStrBuf num;
    wf_strbuf_init(&num);
    wf_format_double_abs(&num, d, (int)type, f->prec, f->alt);
    if (pct) wf_strbuf_append_char(&num, '%');
    if (num.failed) {
        wf_strbuf_free(&num);
        return wf_err_no_memory();
    }
    bool neg = signbit(d) && !isnan(d);
    if (neg && f->z && all_zero_digits(num.data, num.len)) neg = false;
    size_t nd = leading_digits(num.data, num.len);
    bool numeric = isfinite(d);
    WfStrBuf out;
    wf_strbuf_init(&out);
    render_number(&out, f, neg, "", num.data, nd, num.data + nd, num.len - nd, 3, numeric);
    wf_strbuf_free(&num);
    return wf_strbuf_finish(&out);
}

// [tname] names the formatted object's type in error messages.
static WfValue format_float_named(double d, WfValue spec, const char *tname) {
    if (!spec || WF_STR_LEN(spec) == 0) {
        char buf[40];
        int n = wf_float_repr_buf(d, buf, sizeof buf);
        return wf_str_from_ascii(buf, (size_t)n);
    }
    Spec f;
    if (parse_spec(spec, 0, '>', tname, &f) < 0) return WF_NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        unknown_code(f.type, tname);
        return WF_NULL;
    }
    return format_double_spec(d, &f);
}

WfValue wf_format_float(double d, WfValue spec) { return format_float_named(d, spec, "float"); }

WfValue wf_format_float_obj(WfValue v, WfValue spec) {
    return format_float_named(WF_FLOAT_VAL(v), spec, wf_type_name(v));
}

// ---- complex ----------------------------------------------------------------------

// One part of a complex: sign (per [sign] when not negative), grouped integer
// digits, the rest. Type 'r' is repr without a trailing ".0" ("1", "1e+16").
static void complex_part(WfStrBuf *b, double d, int type, int64_t prec, const Spec *f, char sign) {
    WfStrBuf num;
    wf_strbuf_init(&num);
    if (type == 'r') {
        char buf[40];
        int n = wf_float_repr_buf(fabs(d), buf, sizeof buf);
        if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;
        wf_strbuf_append(&num, buf, (size_t)n);
    } else {
        wf_format_double_abs(&num, d, type, prec, f->alt);
    }
    if (num.failed) {
        b->failed = true;
        wf_strbuf_free(&num);
        return;
    }
    bool neg = signbit(d) && !isnan(d);
    if (neg && f->z && all_zero_digits(num.data, num.len)) neg = false;
    char signc = neg ? '-' : sign == '+' ? '+' : sign == ' ' ? ' ' : 0;
    if (signc) wf_strbuf_append_char(b, signc);
    size_t nd = leading_digits(num.data, num.len);
    append_grouped(b, num.data, nd, isfinite(d) ? f->grouping : 0, 3, 0);
    wf_strbuf_append(b, num.data + nd, num.len - nd);
    wf_strbuf_free(&num);
}

WfValue wf_format_complex(double re, double im, WfValue spec) {
    Spec f;
    if (parse_spec(spec, 0, '>', "complex", &f) < 0) return WF_NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        if (f.type > 32 && f.type < 128)
            wf_err_format(wf_ValueError, "Unknown format code '%c' for object of type 'complex'", (char)f.type);
        else
            wf_err_format(wf_ValueError, "Unknown format code '\\x%x' for object of type 'complex'", f.type);
        return WF_NULL;
    }
    if (f.fill == '0') {
        wf_err_set_str(wf_ValueError, "Zero padding is not allowed in complex format specifier");
        return WF_NULL;
    }
    if (f.align == '=') {
        wf_err_set_str(wf_ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return WF_NULL;
    }
    int type = (int)f.type;
    int64_t prec = f.prec, default_prec = 6;
    bool skip_re = false, add_parens = false;
    if (type == 0) {
        // No type: like str(), but a precision switches to 'g'.
        type = 'r';
        default_prec = 0;
        if (re == 0.0 && !signbit(re)) skip_re = true;
        else add_parens = true;
    }
    if (type == 'n') type = 'g';
    if (prec < 0) prec = default_prec;
    else if (type == 'r') type = 'g';
    WfStrBuf body;
    wf_strbuf_init(&body);
    if (add_parens) wf_strbuf_append_char(&body, '(');
    if (!skip_re) complex_part(&body, re, type, prec, &f, f.sign);
    complex_part(&body, im, type, prec, &f, skip_re ? f.sign : '+');
    wf_strbuf_append_char(&body, 'j');
    if (add_parens) wf_strbuf_append_char(&body, ')');
    if (body.failed) {
        wf_strbuf_free(&body);
        return wf_err_no_memory();
    }
    if (f.width <= (int64_t)body.len) return wf_strbuf_finish(&body);
    WfStrBuf out;
    wf_strbuf_init(&out);
    pad_aligned(&out, &f, body.data, body.len, body.len, '>');
    wf_strbuf_free(&body);
    return wf_strbuf_finish(&out);
}

// ---- ints -------------------------------------------------------------------------

// Digits of |v| in [base] (lowercase), as a malloc'ed string; *neg gets the sign.
// Applies the str-digits limit for base 10. NULL on error (exception set).
static char *int_digits(WfValue v, int base, bool *neg, size_t *n, char *stackbuf) {
    int64_t small;
    if (WF_IS_SMALLINT(v) || (!WF_IS_SMALLINT(v) && v->type == &wf_bool_type)) {
        if (WF_IS_SMALLINT(v)) small = WF_SMALLINT_VAL(v);
        else small = ((WfBool *)v)->value;
        uint64_t u = small < 0 ? (uint64_t)0 - (uint64_t)small : (uint64_t)small;
        *neg = small < 0;
        char tmp[72];
        int k = 0;
        if (base == 10) {
            do {
                tmp[k++] = (char)('0' + u % 10);
                u /= 10;
            } while (u);
        } else {
            do {
                unsigned dgt = (unsigned)(u % (unsigned)base);
                tmp[k++] = (char)(dgt < 10 ? '0' + dgt : 'a' + dgt - 10);
                u /= (unsigned)base;
            } while (u);
        }
        for (int i = 0; i < k; i++) stackbuf[i] = tmp[k - 1 - i];
        stackbuf[k] = 0;
        *n = (size_t)k;
        return stackbuf;
    }
    mpz_t z;
    mpz_init(z);
    wf_int_to_mpz(v, z);
    *neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    if (base == 10 && wf_int_max_str_digits > 0) {
        size_t est = mpz_sizeinbase(z, 10);
        if (est > (size_t)wf_int_max_str_digits + 1) {
            mpz_clear(z);
            goto limit;
        }
    }
    char *s = mpz_get_str(NULL, base, z);
    mpz_clear(z);
    if (!s) {
        wf_err_no_memory();
        return NULL;
    }
    *n = strlen(s);
    if (base == 10 && wf_int_max_str_digits > 0 && *n > (size_t)wf_int_max_str_digits) {
        void (*freefn)(void *, size_t);
        mp_get_memory_functions(NULL, NULL, &freefn);
        freefn(s, *n + 1);
        goto limit;
    }
    {
        // copy into malloc memory so callers can free() it uniformly
        char *c = malloc(*n + 1);
        void (*freefn)(void *, size_t);
        mp_get_memory_functions(NULL, NULL, &freefn);
        if (c) memcpy(c, s, *n + 1);
        freefn(s, *n + 1);
        if (!c) wf_err_no_memory();
        return c;
    }
limit:
    wf_err_format(wf_ValueError,
                  "Exceeds the limit (%lld digits) for integer string conversion; "
                  "use sys.set_int_max_str_digits() to increase the limit",
                  (long long)wf_int_max_str_digits);
    return NULL;
}

WfValue wf_format_int(WfValue v, WfValue spec) {
    if (!spec || WF_STR_LEN(spec) == 0) return wf_str(v);
    Spec f;
    if (parse_spec(spec, 'd', '>', wf_type_name(v), &f) < 0) return WF_NULL;
    int base = 10;
    const char *prefix = "";
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (wf_int_to_double(v, &d) < 0) return WF_NULL;
        return format_double_spec(d, &f);
    }
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    case 'd': case 'n': case 'c': break;
    default:
        unknown_code(f.type, wf_type_name(v));
        return WF_NULL;
    }
    if (f.prec >= 0) {
        wf_err_set_str(wf_ValueError, "Precision not allowed in integer format specifier");
        return WF_NULL;
    }
    if (f.z) {
        wf_err_set_str(wf_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return WF_NULL;
    }
    if (f.type == 'c') {
        if (f.sign) {
            wf_err_set_str(wf_ValueError, "Sign not allowed with integer format specifier 'c'");
            return WF_NULL;
        }
        if (f.alt) {
            wf_err_set_str(wf_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return WF_NULL;
        }
        int64_t c;
        if (wf_int_to_i64(v, &c) < 0) return WF_NULL;
        if (c < 0 || c > 0x10ffff) {
            wf_err_set_str(wf_OverflowError, "%c arg not in range(0x110000)");
            return WF_NULL;
        }
        char buf[4];
        int k = wf_utf8_encode((uint32_t)c, buf);
        WfStrBuf out;
        wf_strbuf_init(&out);
        pad_aligned(&out, &f, buf, (size_t)k, 1, '>');
        return wf_strbuf_finish(&out);
    }
    bool neg;
    size_t n;
    char stackbuf[72];
    char *digits = int_digits(v, base, &neg, &n, stackbuf);
    if (!digits) return WF_NULL;
    if (f.type == 'X')
        for (size_t i = 0; i < n; i++)
            if (digits[i] >= 'a') digits[i] = (char)(digits[i] - 32);
    WfStrBuf out;
    wf_strbuf_init(&out);
    render_number(&out, &f, neg, f.alt ? prefix : "", digits, n, "", 0, base == 10 ? 3 : 4, true);
    if (digits != stackbuf) free(digits);
    return wf_strbuf_finish(&out);
}

// ---- str ---------------------------------------------------------------------------

WfValue wf_format_str(WfValue s, WfValue spec) {
    if (!spec || WF_STR_LEN(spec) == 0) return wf_str_exact(s);
    Spec f;
    if (parse_spec(spec, 's', '<', wf_type_name(s), &f) < 0) return WF_NULL;
    if (f.type != 's') {
        unknown_code(f.type, wf_type_name(s));
        return WF_NULL;
    }
    if (f.sign) {
        wf_err_set_str(wf_ValueError, f.sign == ' ' ? "Space not allowed in string format specifier"
                                                    : "Sign not allowed in string format specifier");
        return WF_NULL;
    }
    if (f.z) {
        wf_err_set_str(wf_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return WF_NULL;
    }
    if (f.alt) {
        wf_err_set_str(wf_ValueError, "Alternate form (#) not allowed in string format specifier");
        return WF_NULL;
    }
    if (f.align == '=') {
        wf_err_set_str(wf_ValueError, "'=' alignment not allowed in string format specifier");
        return WF_NULL;
    }
    size_t nchars = wf_str_nchars(s), blen = WF_STR_LEN(s);
    if (f.prec >= 0 && (size_t)f.prec < nchars) {
        nchars = (size_t)f.prec;
        blen = wf_str_offset(s, nchars);
    }
    if (f.width <= (int64_t)nchars && blen == WF_STR_LEN(s)) return wf_str_exact(s);
    WfStrBuf out;
    wf_strbuf_init(&out);
    pad_aligned(&out, &f, WF_STR_DATA(s), blen, nchars, '<');
    return wf_strbuf_finish(&out);
}

// ---- format() --------------------------------------------------------------------

WfValue wf_format(WfValue value, WfValue spec) {
    WfType *t = wf_type(value);
    if (t == &wf_int_type || t == &wf_bool_type) {
        if (t == &wf_bool_type && (!spec || WF_STR_LEN(spec) == 0)) return wf_str(value);
        return wf_format_int(value, spec);
    }
    if (t == &wf_float_type) return wf_format_float_obj(value, spec);
    if (t == &wf_str_type) return wf_format_str(value, spec);
    WfValue empty = WF_NULL;
    if (!spec) {
        empty = wf_str_empty();
        spec = empty;
    }
    WfValue meth = wf_type_lookup(t, WF_ID(__format__));
    WfValue res;
    if (!meth) {
        // object.__format__: only the empty spec is allowed
        if (WF_STR_LEN(spec) == 0) {
            res = wf_str(value);
        } else {
            wf_err_format(wf_TypeError, "unsupported format string passed to %s.__format__", wf_type_name_of(t));
            res = WF_NULL;
        }
    } else {
        wf_incref(meth);
        WfValue args[2] = {value, spec};
        res = wf_call(meth, args, 2, WF_NULL);
        wf_decref(meth);
    }
    wf_xdecref(empty);
    if (res && !wf_is_str(res)) {
        wf_err_format(wf_TypeError, "__format__ must return a str, not %s", wf_type_name(res));
        wf_decref(res);
        return WF_NULL;
    }
    return res;
}

// ---- str.format -----------------------------------------------------------------

typedef struct FmtState {
    WfValue *args;
    size_t nargs;
    WfValue kwnames;       // tuple of str or NULL
    WfValue *kwvalues;     // args + nargs
    WfValue mapping;       // format_map's mapping, or NULL
    int auto_state;        // 0 unknown, 1 automatic numbering, 2 manual
    int64_t next_auto;
} FmtState;

static int render_markup(FmtState *st, const char *s, size_t len, int depth, WfStrBuf *out);

// Looks up the first part of a field name: [name] of [n] bytes.
static WfValue field_base(FmtState *st, const char *name, size_t n) {
    bool digits = n > 0;
    for (size_t i = 0; i < n; i++)
        if (name[i] < '0' || name[i] > '9') digits = false;
    if (n == 0 || digits) {
        int64_t idx = 0;
        if (n == 0) {
            if (st->auto_state == 2) {
                wf_err_set_str(wf_ValueError,
                               "cannot switch from manual field specification to automatic field numbering");
                return WF_NULL;
            }
            st->auto_state = 1;
            idx = st->next_auto++;
        } else {
            if (st->auto_state == 1) {
                wf_err_set_str(wf_ValueError,
                               "cannot switch from automatic field numbering to manual field specification");
                return WF_NULL;
            }
            st->auto_state = 2;
            for (size_t i = 0; i < n; i++) {
                if (idx > (INT64_MAX - 9) / 10) {
                    wf_err_set_str(wf_ValueError, "Too many decimal digits in format string");
                    return WF_NULL;
                }
                idx = idx * 10 + (name[i] - '0');
            }
        }
        if (st->mapping && !st->args) {
            wf_err_set_str(wf_ValueError, "Format string contains positional fields");
            return WF_NULL;
        }
        if (idx >= (int64_t)st->nargs) {
            wf_err_format(wf_IndexError, "Replacement index %lld out of range for positional args tuple",
                          (long long)idx);
            return WF_NULL;
        }
        return wf_newref(st->args[idx]);
    }
    WfValue key = wf_str_from_utf8(name, n);
    if (!key) return WF_NULL;
    WfValue res = WF_NULL;
    if (st->mapping) {
        res = wf_getitem(st->mapping, key);
    } else {
        if (st->kwnames) {
            for (size_t i = 0; i < WF_TUPLE_LEN(st->kwnames); i++) {
                if (wf_str_eq(WF_TUPLE_GET(st->kwnames, i), key)) {
                    res = wf_newref(st->kwvalues[i]);
                    break;
                }
            }
        }
        if (!res) wf_err_set(wf_KeyError, key);
    }
    wf_decref(key);
    return res;
}

// Resolves a whole field name "a.b[0]" to its value. Returns a new reference.
static WfValue resolve_field(FmtState *st, const char *s, size_t n) {
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') i++;
    WfValue obj = field_base(st, s, i);
    if (!obj) return WF_NULL;
    while (i < n) {
        WfValue next;
        if (s[i] == '.') {
            size_t j = ++i;
            while (j < n && s[j] != '.' && s[j] != '[') j++;
            if (j == i) {
                wf_err_set_str(wf_ValueError, "Empty attribute in format string");
                goto error;
            }
            WfValue name = wf_str_from_utf8(s + i, j - i);
            if (!name) goto error;
            next = wf_getattr(obj, name);
            wf_decref(name);
            i = j;
        } else {
            size_t j = ++i;
            while (j < n && s[j] != ']') j++;
            if (j >= n) {
                wf_err_set_str(wf_ValueError, "Missing ']' in format string");
                goto error;
            }
            if (j == i) {
                wf_err_set_str(wf_ValueError, "Empty attribute in format string");
                goto error;
            }
            bool digits = true;
            int64_t idx = 0;
            for (size_t k = i; k < j; k++) {
                if (s[k] < '0' || s[k] > '9' || idx > (INT64_MAX - 9) / 10) {
                    digits = false;
                    break;
                }
                idx = idx * 10 + (s[k] - '0');
            }
            WfValue key = digits ? wf_int_from_i64(idx) : wf_str_from_utf8(s + i, j - i);
            if (!key) goto error;
            next = wf_getitem(obj, key);
            wf_decref(key);
            i = j + 1;
            if (i < n && s[i] != '.' && s[i] != '[') {
                wf_xdecref(next);
                wf_err_set_str(wf_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                goto error;
            }
        }
        wf_decref(obj);
        obj = next;
        if (!obj) return WF_NULL;
    }
    return obj;
error:
    wf_decref(obj);
    return WF_NULL;
}

// Parses one field starting after its '{' at s[*pos]; appends its rendering.
static int render_field(FmtState *st, const char *s, size_t len, size_t *pos, int depth, WfStrBuf *out) {
    size_t p = *pos, name_start = p;
    char c = 0;
    while (p < len) {
        c = s[p++];
        if (c == '{') {
            wf_err_set_str(wf_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (p < len && s[p] != ']') p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    size_t name_end = p > name_start ? p - 1 : p;
    uint32_t conv = 0;
    size_t spec_start = p, spec_end = p;
    bool spec_nested = false;
    if (p >= len && c != '}' && c != ':' && c != '!') {
        wf_err_set_str(wf_ValueError, "expected '}' before end of string");
        return -1;
    }
    if (c == '!' || c == ':') {
        bool done = false;
        if (c == '!') {
            if (p >= len) {
                wf_err_set_str(wf_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            p += (size_t)wf_utf8_decode(s + p, &conv);
            if (p < len) {
                char c2 = s[p++];
                if (c2 == '}') {
                    spec_start = spec_end = p;
                    done = true;
                } else if (c2 != ':') {
                    wf_err_set_str(wf_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        if (!done) {
            spec_start = p;
            int count = 1;
            bool closed = false;
            while (p < len) {
                char d = s[p++];
                if (d == '{') {
                    spec_nested = true;
                    count++;
                } else if (d == '}') {
                    if (--count == 0) {
                        spec_end = p - 1;
                        closed = true;
                        break;
                    }
                }
            }
            if (!closed) {
                wf_err_set_str(wf_ValueError, "unmatched '{' in format spec");
                return -1;
            }
        }
    } else if (c != '}') {
        wf_err_set_str(wf_ValueError, "expected '}' before end of string");
        return -1;
    }
    *pos = p;
    WfValue obj = resolve_field(st, s + name_start, name_end - name_start);
    if (!obj) return -1;
    if (conv) {
        WfValue conv_obj;
        if (conv == 'r') conv_obj = wf_repr(obj);
        else if (conv == 's') conv_obj = wf_str(obj);
        else if (conv == 'a') conv_obj = wf_ascii(obj);
        else {
            if (conv > 32 && conv < 127)
                wf_err_format(wf_ValueError, "Unknown conversion specifier %c", (char)conv);
            else
                wf_err_format(wf_ValueError, "Unknown conversion specifier \\x%x", conv);
            conv_obj = WF_NULL;
        }
        wf_decref(obj);
        if (!conv_obj) return -1;
        obj = conv_obj;
    }
    WfValue spec;
    if (spec_nested) {
        WfStrBuf sb;
        wf_strbuf_init(&sb);
        if (render_markup(st, s + spec_start, spec_end - spec_start, depth - 1, &sb) < 0) {
            wf_strbuf_free(&sb);
            wf_decref(obj);
            return -1;
        }
        spec = wf_strbuf_finish(&sb);
    } else {
        spec = wf_str_from_utf8(s + spec_start, spec_end - spec_start);
    }
    if (!spec) {
        wf_decref(obj);
        return -1;
    }
    WfValue r = wf_format(obj, spec);
    wf_decref(obj);
    wf_decref(spec);
    if (!r) return -1;
    wf_strbuf_append(out, WF_STR_DATA(r), WF_STR_LEN(r));
    wf_decref(r);
    return 0;
}

static int render_markup(FmtState *st, const char *s, size_t len, int depth, WfStrBuf *out) {
    if (depth <= 0) {
        wf_err_set_str(wf_ValueError, "Max string recursion exceeded");
        return -1;
    }
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && s[j] != '{' && s[j] != '}') j++;
        wf_strbuf_append(out, s + i, j - i);
        if (j >= len) break;
        char c = s[j];
        bool at_end = j + 1 >= len;
        if (c == '}' && (at_end || s[j + 1] != '}')) {
            wf_err_set_str(wf_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (c == '{' && at_end) {
            wf_err_set_str(wf_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (s[j + 1] == c) {
            wf_strbuf_append_char(out, c);
            i = j + 2;
            continue;
        }
        size_t pos = j + 1;
        if (render_field(st, s, len, &pos, depth, out) < 0) return -1;
        i = pos;
    }
    return 0;
}

WfValue wf_str_format_impl(WfValue fmt, WfValue *args, size_t nargs, WfValue kwnames, WfValue mapping) {
    FmtState st = {
        .args = args, .nargs = nargs, .kwnames = kwnames, .kwvalues = args ? args + nargs : NULL,
        .mapping = mapping, .auto_state = 0, .next_auto = 0,
    };
    WfStrBuf out;
    wf_strbuf_init(&out);
    if (render_markup(&st, WF_STR_DATA(fmt), WF_STR_LEN(fmt), 2, &out) < 0) {
        wf_strbuf_free(&out);
        return WF_NULL;
    }
    return wf_strbuf_finish(&out);
}

// ---- printf-style formatting ---------------------------------------------------------

typedef struct PctState {
    WfValue args;          // the right operand
    WfValue *items;        // positional items (tuple items, or &args for a single value)
    size_t nitems, next;
    WfValue dict;          // mapping for %(key)s, or NULL
    bool bytes;            // bytes % args
} PctState;

static WfValue next_arg(PctState *st) {
    if (st->next >= st->nitems) {
        wf_err_set_str(wf_TypeError, "not enough arguments for format string");
        return WF_NULL;
    }
    return st->items[st->next++];
}

static WfValue pct_int_value_raw(WfValue v, char type);

// The int to format for %d %x %o with %-format's conversion rules.
// Returns a new reference (always an int), NULL on error.
static WfValue pct_int_value(WfValue v, char type) {
    WfValue r = pct_int_value_raw(v, type);
    if (r && !wf_is_int(r)) {
        wf_err_format(wf_TypeError, "__index__ returned non-int (type %s)", wf_type_name(r));
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

static WfValue pct_int_value_raw(WfValue v, char type) {
    if (wf_is_int(v)) return wf_newref(v);
    WfType *t = wf_type(v);
    if (type == 'x' || type == 'X' || type == 'o') {
        if (t->nb_index) return t->nb_index(v);
        wf_err_format(wf_TypeError, "%%%c format: an integer is required, not %s", type, wf_type_name(v));
        return WF_NULL;
    }
    if (t->nb_index) return t->nb_index(v);
    if (t->nb_int) return t->nb_int(v);
    if (wf_is_float(v) || t->nb_float) {
        double d;
        if (wf_to_double(v, &d) < 0) return WF_NULL;
        WfValue f = wf_float_new(d);
        if (!f) return WF_NULL;
        WfValue r = wf_type(f)->nb_int ? wf_type(f)->nb_int(f) : WF_NULL;
        wf_decref(f);
        return r;
    }
    wf_err_format(wf_TypeError, "%%%c format: a real number is required, not %s", type == 'i' || type == 'u' ? 'd' : type,
                  wf_type_name(v));
    return WF_NULL;
}

// Appends [body] padded to [width] ([left] adjusts left).
static void pct_pad(WfStrBuf *b, const char *body, size_t blen, size_t nchars, int64_t width, bool left) {
    int64_t padn = width > (int64_t)nchars ? width - (int64_t)nchars : 0;
    if (!left) for (int64_t i = 0; i < padn; i++) wf_strbuf_append_char(b, ' ');
    wf_strbuf_append(b, body, blen);
    if (left) for (int64_t i = 0; i < padn; i++) wf_strbuf_append_char(b, ' ');
}

// A number's pieces laid out with %-format flags.
static void pct_number(WfStrBuf *b, bool neg, char signflag, const char *prefix, const char *digits,
                       size_t nd, int64_t width, bool left, bool zero) {
    char signc = neg ? '-' : signflag;
    size_t lead = (signc ? 1 : 0) + strlen(prefix);
    int64_t padn = width > (int64_t)(lead + nd) ? width - (int64_t)(lead + nd) : 0;
    if (!left && !zero) for (int64_t i = 0; i < padn; i++) wf_strbuf_append_char(b, ' ');
    if (signc) wf_strbuf_append_char(b, signc);
    wf_strbuf_append_cstr(b, prefix);
    if (!left && zero) for (int64_t i = 0; i < padn; i++) wf_strbuf_append_char(b, '0');
    wf_strbuf_append(b, digits, nd);
    if (left) for (int64_t i = 0; i < padn; i++) wf_strbuf_append_char(b, ' ');
}

// Appends the text of object [v] for %s/%r/%a in bytes mode.
static int pct_bytes_obj(WfStrBuf *b, WfValue v, char type, int64_t prec, int64_t width, bool left) {
    WfValue text = WF_NULL;
    const char *data;
    size_t n;
    if (type == 's') {
        if (wf_is_bytes(v)) {
            data = (const char *)WF_BYTES_DATA(v);
            n = WF_BYTES_LEN(v);
        } else if (!WF_IS_SMALLINT(v) && wf_type_is_subtype(v->type, &wf_bytearray_type)) {
            data = (const char *)((WfByteArray *)v)->data;
            n = ((WfByteArray *)v)->len;
        } else {
            WfValue meth = wf_type_lookup(wf_type(v), WF_ID(__bytes__));
            if (!meth) {
                wf_err_format(wf_TypeError,
                              "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                              wf_type_name(v));
                return -1;
            }
            text = wf_call1(meth, v);
            if (!text) return -1;
            if (!wf_is_bytes(text)) {
                wf_err_format(wf_TypeError, "__bytes__ returned non-bytes (type %s)", wf_type_name(text));
                wf_decref(text);
                return -1;
            }
            data = (const char *)WF_BYTES_DATA(text);
            n = WF_BYTES_LEN(text);
        }
    } else {
        text = wf_ascii(v);
        if (!text) return -1;
        data = WF_STR_DATA(text);
        n = WF_STR_LEN(text);
    }
    if (prec >= 0 && (size_t)prec < n) n = (size_t)prec;
    pct_pad(b, data ? data : "", n, n, width, left);
    wf_xdecref(text);
    return 0;
}

// The shared % engine; output is UTF-8 text or raw bytes in [b].
static int percent_format(WfStrBuf *b, const char *s, size_t len, WfValue args, bool bytes) {
    PctState st = {.args = args, .bytes = bytes};
    if (wf_is_tuple(args)) {
        st.items = WF_TUPLE_ITEMS(args);
        st.nitems = WF_TUPLE_LEN(args);
    } else {
        st.items = &st.args;
        st.nitems = 1;
    }
    WfType *at = wf_type(args);
    bool is_mapping = at->getitem && !wf_is_tuple(args) && !wf_is_str(args) &&
                      !(bytes && (wf_is_bytes(args) || wf_type_is_subtype(at, &wf_bytearray_type)));
    if (is_mapping) st.dict = args;
    size_t i = 0;
    while (i < len) {
        const char *pc = memchr(s + i, '%', len - i);
        size_t j = pc ? (size_t)(pc - s) : len;
        wf_strbuf_append(b, s + i, j - i);
        if (j >= len) break;
        size_t start = j;
        i = j + 1;
        if (i < len && s[i] == '%') {
            wf_strbuf_append_char(b, '%');
            i++;
            continue;
        }
        WfValue keyed = WF_NULL;   // owned value from the mapping
        if (i < len && s[i] == '(') {
            if (!st.dict) {
                wf_err_set_str(wf_TypeError, "format requires a mapping");
                return -1;
            }
            size_t k = ++i;
            int depth = 1;
            while (k < len) {
                if (s[k] == '(') depth++;
                else if (s[k] == ')' && --depth == 0) break;
                k++;
            }
            if (k >= len) {
                wf_err_set_str(wf_ValueError, "incomplete format key");
                return -1;
            }
            WfValue key = bytes ? wf_bytes_new(s + i, k - i) : wf_str_from_utf8(s + i, k - i);
            if (!key) return -1;
            keyed = wf_getitem(st.dict, key);
            wf_decref(key);
            if (!keyed) return -1;
            i = k + 1;
            st.next = st.nitems;   // positional arguments are no longer available
        }
        bool left = false, zero = false, alt = false;
        char signflag = 0;
        for (; i < len; i++) {
            char c = s[i];
            if (c == '-') left = true;
            else if (c == '0') zero = true;
            else if (c == '+') signflag = '+';
            else if (c == ' ') { if (signflag != '+') signflag = ' '; }
            else if (c == '#') alt = true;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (i < len && s[i] == '*') {
            WfValue w = next_arg(&st);
            if (!w) goto fail;
            if (!wf_is_int(w)) {
                wf_err_set_str(wf_TypeError, "* wants int");
                goto fail;
            }
            if (wf_int_to_i64(w, &width) < 0) goto fail;
            if (width < 0) {
                left = true;
                width = -width;
            }
            if (width > (int64_t)WF_TEXT_MAX) {
                wf_err_no_memory();
                goto fail;
            }
            i++;
        } else {
            while (i < len && s[i] >= '0' && s[i] <= '9') {
                if (width < 0) width = 0;
                if (width > INT32_MAX) {
                    wf_err_set_str(wf_ValueError, "width too big");
                    goto fail;
                }
                width = width * 10 + (s[i++] - '0');
            }
            if (width > (int64_t)WF_TEXT_MAX) {
                wf_err_no_memory();
                goto fail;
            }
        }
        if (i < len && s[i] == '.') {
            i++;
            prec = 0;
            if (i < len && s[i] == '*') {
                WfValue w = next_arg(&st);
                if (!w) goto fail;
                if (!wf_is_int(w)) {
                    wf_err_set_str(wf_TypeError, "* wants int");
                    goto fail;
                }
                if (wf_int_to_i64(w, &prec) < 0 || prec > INT32_MAX) {
                    wf_err_clear();
                    wf_err_set_str(wf_OverflowError, "Python int too large to convert to C int");
                    goto fail;
                }
                if (prec < 0) prec = 0;
                i++;
            } else {
                while (i < len && s[i] >= '0' && s[i] <= '9') {
                    if (prec > INT32_MAX) {
                        wf_err_set_str(wf_ValueError, "precision too big");
                        goto fail;
                    }
                    prec = prec * 10 + (s[i++] - '0');
                }
            }
        }
        while (i < len && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) i++;
        if (i >= len) {
            wf_err_set_str(wf_ValueError, "incomplete format");
            goto fail;
        }
        uint32_t type;
        size_t tlen = bytes ? 1 : (size_t)wf_utf8_decode(s + i, &type);
        if (bytes) type = (unsigned char)s[i];
        WfValue v;
        if (keyed) v = keyed;
        else if (!(v = next_arg(&st))) goto fail;
        switch (type) {
        case '%':
            wf_strbuf_append_char(b, '%');
            break;
        case 'b':
            if (!bytes) goto unsupported;
            __attribute__((fallthrough));   // %b is bytes' name for %s
        case 's': case 'r': case 'a': {
            if (bytes) {
                if (pct_bytes_obj(b, v, (char)(type == 's' || type == 'b' ? 's' : 'a'), prec, width, left) < 0)
                    goto fail;
                break;
            }
            WfValue text = type == 's' ? wf_str(v) : type == 'r' ? wf_repr(v) : wf_ascii(v);
            if (!text) goto fail;
            size_t nch = wf_str_nchars(text), bl = WF_STR_LEN(text);
            if (prec >= 0 && (size_t)prec < nch) {
                nch = (size_t)prec;
                bl = wf_str_offset(text, nch);
            }
            pct_pad(b, WF_STR_DATA(text), bl, nch, width, left);
            wf_decref(text);
            break;
        }
        case 'c': {
            uint32_t cp;
            if (wf_is_int(v)) {
                int64_t c;
                if (wf_int_to_i64(v, &c) < 0 || c < 0 || c > (bytes ? 255 : 0x10ffff)) {
                    wf_err_clear();
                    if (bytes) wf_err_set_str(wf_OverflowError, "%c arg not in range(256)");
                    else wf_err_set_str(wf_OverflowError, "%c arg not in range(0x110000)");
                    goto fail;
                }
                cp = (uint32_t)c;
            } else if (!bytes && wf_is_str(v) && wf_str_nchars(v) == 1) {
                wf_utf8_decode(WF_STR_DATA(v), &cp);
            } else if (bytes && wf_is_bytes(v) && WF_BYTES_LEN(v) == 1) {
                cp = WF_BYTES_DATA(v)[0];
            } else {
                wf_err_set_str(wf_TypeError, bytes ? "%c requires an integer in range(256) or a single byte"
                                                   : "%c requires int or char");
                goto fail;
            }
            char buf[4];
            int k;
            if (bytes) {
                buf[0] = (char)cp;
                k = 1;
            } else {
                k = wf_utf8_encode(cp, buf);
            }
            pct_pad(b, buf, (size_t)k, 1, width, left);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            WfValue iv = pct_int_value(v, (char)type);
            if (!iv) goto fail;
            int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
            bool neg;
            size_t nd;
            char stackbuf[72];
            char *digits = int_digits(iv, base, &neg, &nd, stackbuf);
            wf_decref(iv);
            if (!digits) goto fail;
            if (type == 'X')
                for (size_t k = 0; k < nd; k++)
                    if (digits[k] >= 'a') digits[k] = (char)(digits[k] - 32);
            const char *prefix = "";
            if (alt && base == 16) prefix = type == 'x' ? "0x" : "0X";
            if (alt && base == 8) prefix = "0o";
            if (prec > (int64_t)nd) {
                char *padded = malloc((size_t)prec + 1);
                if (!padded) {
                    if (digits != stackbuf) free(digits);
                    wf_err_no_memory();
                    goto fail;
                }
                memset(padded, '0', (size_t)prec - nd);
                memcpy(padded + prec - (int64_t)nd, digits, nd + 1);
                if (digits != stackbuf) free(digits);
                digits = padded;
                nd = (size_t)prec;
            }
            pct_number(b, neg, signflag, prefix, digits, nd, width, left, zero);
            if (digits != stackbuf) free(digits);
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double d;
            if (wf_to_double(v, &d) < 0) goto fail;
            WfStrBuf num;
            wf_strbuf_init(&num);
            wf_format_double_abs(&num, d, (int)type, prec < 0 ? 6 : prec, alt);
            if (num.failed) {
                wf_strbuf_free(&num);
                wf_err_no_memory();
                goto fail;
            }
            bool neg = signbit(d) && !isnan(d);
            pct_number(b, neg, signflag, "", num.data, num.len, width, left, zero);
            wf_strbuf_free(&num);
            break;
        }
        default:
        unsupported:
            if (type > 32 && type < 127)
                wf_err_format(wf_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                              (char)type, type, bytes ? i : wf_utf8_count(s, i));
            else
                wf_err_format(wf_ValueError, "unsupported format character '\\x%x' (0x%x) at index %zu",
                              type, type, bytes ? i : wf_utf8_count(s, i));
            goto fail;
        }
        (void)start;
        wf_xdecref(keyed);
        i += tlen;
        continue;
    fail:
        wf_xdecref(keyed);
        return -1;
    }
    if (st.next < st.nitems && !st.dict) {
        wf_err_set_str(wf_TypeError, bytes ? "not all arguments converted during bytes formatting"
                                           : "not all arguments converted during string formatting");
        return -1;
    }
    return 0;
}

WfValue wf_str_percent_format(WfValue fmt, WfValue args) {
    WfStrBuf b;
    wf_strbuf_init(&b);
    if (percent_format(&b, WF_STR_DATA(fmt), WF_STR_LEN(fmt), args, false) < 0) {
        wf_strbuf_free(&b);
        return WF_NULL;
    }
    return wf_strbuf_finish(&b);
}

WfValue wf_bytes_percent_format(const unsigned char *fmt, size_t len, WfValue args) {
    WfStrBuf b;
    wf_strbuf_init(&b);
    if (percent_format(&b, (const char *)fmt, len, args, true) < 0) {
        wf_strbuf_free(&b);
        return WF_NULL;
    }
    if (b.failed) {
        wf_strbuf_free(&b);
        return wf_err_no_memory();
    }
    WfValue r = wf_bytes_new(b.data ? b.data : "", b.len);
    wf_strbuf_free(&b);
    return r;
}
