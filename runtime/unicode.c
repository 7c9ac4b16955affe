// unicode.c — character properties and case mapping from the generated
// tables in unicode_db.h (binary search over runs; ASCII takes a fast path),
// UTF-8 validation with CPython's error positions, and the utf-8 / ascii /
// latin-1 / utf-16 / utf-32 codecs. Invariant: the strs produced are
// UTF-8 (lone surrogates only from surrogateescape / surrogatepass).
// GIL: the codecs need it (they allocate); the predicates do not.
#include "runtime/unicode.h"

#include <ctype.h>
#include <string.h>

#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/exc_ext.h"
#include "runtime/str.h"
#include "runtime/unicode_db.h"

enum {
    P_ALPHA = 1 << 0, P_DECIMAL = 1 << 1, P_DIGIT = 1 << 2, P_NUMERIC = 1 << 3,
    P_SPACE = 1 << 4, P_PRINTABLE = 1 << 5, P_UPPER = 1 << 6, P_LOWER = 1 << 7,
    P_TITLE = 1 << 8, P_XID_START = 1 << 9, P_XID_CONTINUE = 1 << 10, P_CASED = 1 << 11,
    P_LINEBREAK = 1 << 12, P_CASE_IGNORABLE = 1 << 13,
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

// Property mask of [cp]: the run whose start is the last one <= cp.
static unsigned props(uint32_t cp) {
    if (cp > 0x10ffff) return 0;
    size_t lo = 0, hi = COUNT(wf_ucd_prop_start);
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (wf_ucd_prop_start[mid] <= cp) lo = mid;
        else hi = mid;
    }
    return wf_ucd_prop_mask[lo];
}

bool wf_unicode_isalpha(uint32_t cp) {
    if (cp < 128) return isalpha((int)cp) != 0;
    return props(cp) & P_ALPHA;
}
bool wf_unicode_isdecimal(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    return props(cp) & P_DECIMAL;
}
bool wf_unicode_isdigit(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    return props(cp) & P_DIGIT;
}
bool wf_unicode_isnumeric(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    return props(cp) & P_NUMERIC;
}
bool wf_unicode_isspace(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
    return props(cp) & P_SPACE;
}
bool wf_unicode_isprintable(uint32_t cp) {
    if (cp < 128) return cp >= 0x20 && cp < 0x7f;
    return props(cp) & P_PRINTABLE;
}
bool wf_unicode_isupper(uint32_t cp) {
    if (cp < 128) return cp >= 'A' && cp <= 'Z';
    return props(cp) & P_UPPER;
}
bool wf_unicode_islower(uint32_t cp) {
    if (cp < 128) return cp >= 'a' && cp <= 'z';
    return props(cp) & P_LOWER;
}
bool wf_unicode_istitle(uint32_t cp) {
    if (cp < 128) return false;
    return props(cp) & P_TITLE;
}
bool wf_unicode_iscased(uint32_t cp) {
    if (cp < 128) return isalpha((int)cp) != 0;
    return props(cp) & P_CASED;
}
bool wf_unicode_iscase_ignorable(uint32_t cp) {
    return props(cp) & P_CASE_IGNORABLE;
}
bool wf_unicode_isxid_start(uint32_t cp) {
    if (cp < 128) return isalpha((int)cp) || cp == '_';
    return props(cp) & P_XID_START;
}
bool wf_unicode_isxid_continue(uint32_t cp) {
    if (cp < 128) return isalnum((int)cp) || cp == '_';
    return props(cp) & P_XID_CONTINUE;
}
bool wf_unicode_islinebreak(uint32_t cp) {
    if (cp < 128) return cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || (cp >= 0x1c && cp <= 0x1e);
    return props(cp) & P_LINEBREAK;
}

int wf_unicode_decimal_value(uint32_t cp) {
    if (cp < 128) return (cp >= '0' && cp <= '9') ? (int)(cp - '0') : -1;
    if (!(props(cp) & P_DECIMAL)) return -1;
    size_t lo = 0, hi = COUNT(wf_ucd_decimal_zero);
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (wf_ucd_decimal_zero[mid] <= cp) lo = mid;
        else hi = mid;
    }
    uint32_t zero = wf_ucd_decimal_zero[lo];
    return (cp >= zero && cp - zero < 10) ? (int)(cp - zero) : -1;
}

int wf_unicode_digit_value(uint32_t cp) {
    int d = wf_unicode_decimal_value(cp);
    if (d >= 0) return d;
    for (size_t i = 0; i < COUNT(wf_ucd_digit_extra); i++)
        if (wf_ucd_digit_extra[i][0] == cp) return (int)wf_ucd_digit_extra[i][1];
    return -1;
}

// ---- case mapping ------------------------------------------------------------

// Delta of the simple mapping of [cp] in [runs] (first, last, stride, delta), or 0.
static int32_t run_delta(const int32_t (*runs)[4], size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    if (n == 0 || (uint32_t)runs[0][0] > cp) return 0;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((uint32_t)runs[mid][0] <= cp) lo = mid;
        else hi = mid;
    }
    uint32_t first = (uint32_t)runs[lo][0], last = (uint32_t)runs[lo][1];
    uint32_t stride = (uint32_t)runs[lo][2];
    if (cp > last || (cp - first) % stride != 0) return 0;
    return runs[lo][3];
}

static int special_map(const uint32_t (*tab)[4], size_t n, uint32_t cp, uint32_t out[3]) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (tab[mid][0] < cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo < n && tab[lo][0] == cp) {
        int k = 0;
        for (int i = 1; i <= 3 && tab[lo][i]; i++) out[k++] = tab[lo][i];
        return k;
    }
    return 0;
}

int wf_unicode_case_map(uint32_t cp, int kind, uint32_t out[3]) {
    if (cp < 128) {
        uint32_t c = cp;
        if (kind == WF_CASE_UPPER || kind == WF_CASE_TITLE) {
            if (c >= 'a' && c <= 'z') c -= 32;
        } else if (c >= 'A' && c <= 'Z') {
            c += 32;
        }
        out[0] = c;
        return 1;
    }
    int k;
    int32_t d;
    switch (kind) {
    case WF_CASE_UPPER:
        if ((k = special_map(wf_ucd_upper_special, COUNT(wf_ucd_upper_special), cp, out))) return k;
        d = run_delta(wf_ucd_upper_runs, COUNT(wf_ucd_upper_runs), cp);
        break;
    case WF_CASE_LOWER:
        if ((k = special_map(wf_ucd_lower_special, COUNT(wf_ucd_lower_special), cp, out))) return k;
        d = run_delta(wf_ucd_lower_runs, COUNT(wf_ucd_lower_runs), cp);
        break;
    case WF_CASE_TITLE:
        if ((k = special_map(wf_ucd_title_special, COUNT(wf_ucd_title_special), cp, out))) return k;
        d = run_delta(wf_ucd_title_runs, COUNT(wf_ucd_title_runs), cp);
        break;
    default:
        if ((k = special_map(wf_ucd_casefold_special, COUNT(wf_ucd_casefold_special), cp, out)))
            return k;
        d = run_delta(wf_ucd_casefold_runs, COUNT(wf_ucd_casefold_runs), cp);
        break;
    }
    out[0] = (uint32_t)((int32_t)cp + d);
    return 1;
}

uint32_t wf_unicode_toupper1(uint32_t cp) {
    if (cp < 128) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    return (uint32_t)((int32_t)cp + run_delta(wf_ucd_upper_runs, COUNT(wf_ucd_upper_runs), cp));
}

uint32_t wf_unicode_tolower1(uint32_t cp) {
    if (cp < 128) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return (uint32_t)((int32_t)cp + run_delta(wf_ucd_lower_runs, COUNT(wf_ucd_lower_runs), cp));
}

// ---- UTF-8 validation --------------------------------------------------------

// Length of the valid UTF-8 sequence at [s] (at most [n] bytes available), or 0
// when invalid; then *bad is the number of bytes of the maximal invalid prefix
// and *reason says why.
static size_t utf8_seq(const unsigned char *s, size_t n, size_t *bad, const char **reason) {
    unsigned char c = s[0];
    size_t need;
    unsigned char lo = 0x80, hi = 0xbf;
    if (c < 0x80) return 1;
    if (c < 0xc2 || c > 0xf4) {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    if (c < 0xe0) {
        need = 2;
    } else if (c < 0xf0) {
        need = 3;
        if (c == 0xe0) lo = 0xa0;
        if (c == 0xed) hi = 0x9f;
    } else {
        need = 4;
        if (c == 0xf0) lo = 0x90;
        if (c == 0xf4) hi = 0x8f;
    }
    for (size_t i = 1; i < need; i++) {
        if (i >= n) {
            *bad = i;
            *reason = "unexpected end of data";
            return 0;
        }
        unsigned char b = s[i];
        if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xbf)) {
            *bad = i;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return need;
}

size_t wf_utf8_check(const unsigned char *s, size_t len, size_t *badlen, const char **reason) {
    size_t i = 0;
    while (i < len) {
        // ASCII fast path, eight bytes at a time.
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= len) break;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t bad = 0;
        const char *why = NULL;
        size_t k = utf8_seq(s + i, len - i, &bad, &why);
        if (k == 0) {
            if (badlen) *badlen = bad;
            if (reason) *reason = why;
            return i;
        }
        i += k;
    }
    return len;
}

// ---- codecs -------------------------------------------------------------------
//
// A str may hold lone surrogates (U+D800..U+DFFF, stored as their 3-byte
// generalized UTF-8 form) made by chr() or the surrogateescape handler; the
// encoders reject them unless an error handler says otherwise.

enum {
    ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE,
    ENC_UTF32, ENC_UTF32LE, ENC_UTF32BE, ENC_UNKNOWN
};

static const char *const enc_names[] = {
    "utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
};

// Normalizes an encoding name as CPython's codec lookup does (case, '-'/'_'/' ').
static int lookup_encoding(const char *name) {
    char buf[32];
    size_t n = 0;
    for (const char *p = name; *p; p++) {
        if (n + 1 >= sizeof buf) return ENC_UNKNOWN;
        char c = (char)tolower((unsigned char)*p);
        if (c == '-' || c == ' ') c = '_';
        buf[n++] = c;
    }
    buf[n] = 0;
    static const struct { const char *name; int enc; } table[] = {
        {"utf_8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8},
        {"cp65001", ENC_UTF8}, {"utf8_ucs2", ENC_UTF8}, {"utf8_ucs4", ENC_UTF8},
        {"ascii", ENC_ASCII}, {"us_ascii", ENC_ASCII}, {"646", ENC_ASCII}, {"us", ENC_ASCII},
        {"ansi_x3.4_1968", ENC_ASCII}, {"iso646_us", ENC_ASCII}, {"cp367", ENC_ASCII},
        {"latin_1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"latin", ENC_LATIN1}, {"l1", ENC_LATIN1},
        {"iso_8859_1", ENC_LATIN1}, {"iso8859_1", ENC_LATIN1}, {"8859", ENC_LATIN1},
        {"cp819", ENC_LATIN1}, {"iso_ir_100", ENC_LATIN1},
        {"utf_16", ENC_UTF16}, {"utf16", ENC_UTF16}, {"u16", ENC_UTF16},
        {"utf_16_le", ENC_UTF16LE}, {"utf_16le", ENC_UTF16LE},
        {"utf_16_be", ENC_UTF16BE}, {"utf_16be", ENC_UTF16BE},
        {"utf_32", ENC_UTF32}, {"utf32", ENC_UTF32}, {"u32", ENC_UTF32},
        {"utf_32_le", ENC_UTF32LE}, {"utf_32le", ENC_UTF32LE},
        {"utf_32_be", ENC_UTF32BE}, {"utf_32be", ENC_UTF32BE},
    };
    for (size_t i = 0; i < COUNT(table); i++)
        if (!strcmp(buf, table[i].name)) return table[i].enc;
    return ENC_UNKNOWN;
}

enum {
    ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHAR, ERR_SURROGATEESCAPE,
    ERR_SURROGATEPASS, ERR_UNKNOWN
};

static int lookup_errors(const char *errors) {
    if (!errors || !strcmp(errors, "strict")) return ERR_STRICT;
    if (!strcmp(errors, "ignore")) return ERR_IGNORE;
    if (!strcmp(errors, "replace")) return ERR_REPLACE;
    if (!strcmp(errors, "backslashreplace")) return ERR_BACKSLASH;
    if (!strcmp(errors, "xmlcharrefreplace")) return ERR_XMLCHAR;
    if (!strcmp(errors, "surrogateescape")) return ERR_SURROGATEESCAPE;
    if (!strcmp(errors, "surrogatepass")) return ERR_SURROGATEPASS;
    return ERR_UNKNOWN;
}

static bool is_surrogate(uint32_t cp) { return cp >= 0xd800 && cp <= 0xdfff; }

// The state of one decode call.
typedef struct Decoder {
    const unsigned char *data;
    size_t len;
    int enc;                // the name reported in errors (utf-16-le after a BOM check)
    const char *errors;
    int eh;                 // error handler, looked up at the first error (as CPython)
    WfStrBuf out;
} Decoder;

// Handles undecodable bytes [start, end). 0 to go on, -1 with an exception set.
static int decode_fail(Decoder *d, size_t start, size_t end, const char *reason) {
    if (d->eh < 0) d->eh = lookup_errors(d->errors);
    switch (d->eh) {
    case ERR_IGNORE:
        return 0;
    case ERR_REPLACE:
        wf_strbuf_append_codepoint(&d->out, 0xfffd);
        return 0;
    case ERR_BACKSLASH:
        for (size_t k = start; k < end; k++) wf_strbuf_printf(&d->out, "\\x%02x", d->data[k]);
        return 0;
    case ERR_SURROGATEESCAPE:
        for (size_t k = start; k < end; k++)
            if (d->data[k] < 0x80) goto strict;
        for (size_t k = start; k < end; k++) wf_strbuf_append_codepoint(&d->out, 0xdc00 + d->data[k]);
        return 0;
    case ERR_UNKNOWN:
        wf_err_format(wf_LookupError, "unknown error handler name '%s'", d->errors);
        return -1;
    default:
        break;
    }
strict:
    wf_err_unicode_decode(enc_names[d->enc], d->data, d->len, start, end, reason);
    return -1;
}

static int decode_utf8(Decoder *d) {
    size_t i = 0;
    while (i < d->len) {
        size_t bad = 1;
        const char *reason = NULL;
        size_t ok = wf_utf8_check(d->data + i, d->len - i, &bad, &reason);
        wf_strbuf_append(&d->out, (const char *)d->data + i, ok);
        i += ok;
        if (i >= d->len) break;
        if (d->eh < 0) d->eh = lookup_errors(d->errors);
        if (d->eh == ERR_SURROGATEPASS && d->data[i] == 0xed && d->len - i >= 3 &&
            d->data[i + 1] >= 0xa0 && d->data[i + 1] <= 0xbf && (d->data[i + 2] & 0xc0) == 0x80) {
            wf_strbuf_append(&d->out, (const char *)d->data + i, 3);   // a surrogate, kept
            i += 3;
            continue;
        }
        if (decode_fail(d, i, i + bad, reason) < 0) return -1;
        i += bad;
    }
    return 0;
}

static int decode_8bit(Decoder *d) {
    size_t i = 0;
    while (i < d->len) {
        size_t start = i;
        if (d->enc == ENC_LATIN1) {
            for (; i < d->len; i++) wf_strbuf_append_codepoint(&d->out, d->data[i]);
            break;
        }
        while (i < d->len && d->data[i] < 0x80) i++;
        wf_strbuf_append(&d->out, (const char *)d->data + start, i - start);
        if (i >= d->len) break;
        if (decode_fail(d, i, i + 1, "ordinal not in range(128)") < 0) return -1;
        i++;
    }
    return 0;
}

static int decode_utf16(Decoder *d, bool be) {
    size_t i = 0;
    if (d->enc == ENC_UTF16) {
        be = false;
        if (d->len >= 2 && d->data[0] == 0xff && d->data[1] == 0xfe) i = 2;
        else if (d->len >= 2 && d->data[0] == 0xfe && d->data[1] == 0xff) {
            be = true;
            i = 2;
        }
        d->enc = be ? ENC_UTF16BE : ENC_UTF16LE;
    }
    const unsigned char *p = d->data;
    while (i < d->len) {
        if (d->len - i < 2) {
            if (decode_fail(d, i, d->len, "truncated data") < 0) return -1;
            break;
        }
        uint32_t u = be ? (uint32_t)(p[i] << 8 | p[i + 1]) : (uint32_t)(p[i + 1] << 8 | p[i]);
        if (u < 0xd800 || u > 0xdfff) {
            wf_strbuf_append_codepoint(&d->out, u);
            i += 2;
        } else if (u >= 0xdc00) {
            if (decode_fail(d, i, i + 2, "illegal encoding") < 0) return -1;
            i += 2;
        } else if (d->len - i < 4) {
            if (decode_fail(d, i, d->len, "unexpected end of data") < 0) return -1;
            break;
        } else {
            uint32_t u2 = be ? (uint32_t)(p[i + 2] << 8 | p[i + 3]) : (uint32_t)(p[i + 3] << 8 | p[i + 2]);
            if (u2 < 0xdc00 || u2 > 0xdfff) {
                if (decode_fail(d, i, i + 2, "illegal UTF-16 surrogate") < 0) return -1;
                i += 2;
            } else {
                wf_strbuf_append_codepoint(&d->out, 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
                i += 4;
            }
        }
    }
    return 0;
}

static int decode_utf32(Decoder *d, bool be) {
    size_t i = 0;
    const unsigned char *p = d->data;
    if (d->enc == ENC_UTF32) {
        be = false;
        if (d->len >= 4 && p[0] == 0xff && p[1] == 0xfe && p[2] == 0 && p[3] == 0) i = 4;
        else if (d->len >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xfe && p[3] == 0xff) {
            be = true;
            i = 4;
        }
        d->enc = be ? ENC_UTF32BE : ENC_UTF32LE;
    }
    while (i < d->len) {
        if (d->len - i < 4) {
            if (decode_fail(d, i, d->len, "truncated data") < 0) return -1;
            break;
        }
        uint32_t u = be ? ((uint32_t)p[i] << 24 | (uint32_t)p[i + 1] << 16 | (uint32_t)p[i + 2] << 8 | p[i + 3])
                        : ((uint32_t)p[i + 3] << 24 | (uint32_t)p[i + 2] << 16 | (uint32_t)p[i + 1] << 8 | p[i]);
        if (u > 0x10ffff) {
            if (decode_fail(d, i, i + 4, "code point not in range(0x110000)") < 0) return -1;
        } else if (is_surrogate(u)) {
            if (decode_fail(d, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)") < 0)
                return -1;
        } else {
            wf_strbuf_append_codepoint(&d->out, u);
        }
        i += 4;
    }
    return 0;
}

WfValue wf_unicode_decode(const unsigned char *data, size_t len, const char *encoding,
                          const char *errors) {
    int enc = encoding ? lookup_encoding(encoding) : ENC_UTF8;
    if (enc == ENC_UNKNOWN) {
        wf_err_format(wf_LookupError, "unknown encoding: %s", encoding);
        return WF_NULL;
    }
    Decoder d = {.data = data, .len = len, .enc = enc, .errors = errors, .eh = -1};
    wf_strbuf_init(&d.out);
    int rc;
    switch (enc) {
    case ENC_UTF8: rc = decode_utf8(&d); break;
    case ENC_ASCII: case ENC_LATIN1: rc = decode_8bit(&d); break;
    case ENC_UTF16: case ENC_UTF16LE: rc = decode_utf16(&d, false); break;
    case ENC_UTF16BE: rc = decode_utf16(&d, true); break;
    case ENC_UTF32: case ENC_UTF32LE: rc = decode_utf32(&d, false); break;
    default: rc = decode_utf32(&d, true); break;
    }
    if (rc < 0) {
        wf_strbuf_free(&d.out);
        return WF_NULL;
    }
    return wf_strbuf_finish(&d.out);
}

// Appends code point [cp] in encoding [enc] (which must be able to hold it).
static void put_encoded(WfStrBuf *b, int enc, uint32_t cp) {
    char u[4];
    switch (enc) {
    case ENC_UTF8:
        wf_strbuf_append(b, u, (size_t)wf_utf8_encode(cp, u));
        return;
    case ENC_ASCII: case ENC_LATIN1:
        wf_strbuf_append_char(b, (char)cp);
        return;
    case ENC_UTF16: case ENC_UTF16LE: case ENC_UTF16BE: {
        bool be = enc == ENC_UTF16BE;
        uint32_t units[2];
        int n = 1;
        units[0] = cp;
        if (cp >= 0x10000) {
            units[0] = 0xd800 + ((cp - 0x10000) >> 10);
            units[1] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
            n = 2;
        }
        for (int k = 0; k < n; k++) {
            u[0] = (char)(be ? units[k] >> 8 : units[k] & 0xff);
            u[1] = (char)(be ? units[k] & 0xff : units[k] >> 8);
            wf_strbuf_append(b, u, 2);
        }
        return;
    }
    default: {
        bool be = enc == ENC_UTF32BE;
        for (int k = 0; k < 4; k++) u[k] = (char)(cp >> (8 * (be ? 3 - k : k)));
        wf_strbuf_append(b, u, 4);
        return;
    }
    }
}

static bool can_encode(int enc, uint32_t cp) {
    if (enc == ENC_ASCII) return cp < 0x80;
    if (enc == ENC_LATIN1) return cp < 0x100;
    return !is_surrogate(cp);
}

WfValue wf_unicode_encode(WfValue str, const char *encoding, const char *errors) {
    int enc = encoding ? lookup_encoding(encoding) : ENC_UTF8;
    if (enc == ENC_UNKNOWN) {
        wf_err_format(wf_LookupError, "unknown encoding: %s", encoding);
        return WF_NULL;
    }
    const char *s = WF_STR_DATA(str);
    size_t len = WF_STR_LEN(str);
    // UTF-8 text without surrogates (no 0xED lead byte of one) is its own encoding.
    if (enc == ENC_UTF8) {
        const char *e = memchr(s, 0xed, len);
        bool clean = true;
        while (e) {
            if ((unsigned char)e[1] >= 0xa0) {
                clean = false;
                break;
            }
            e = memchr(e + 1, 0xed, len - (size_t)(e + 1 - s));
        }
        if (clean) return wf_bytes_new(s, len);
    }
    const char *reason = enc == ENC_ASCII ? "ordinal not in range(128)"
                       : enc == ENC_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
    int eh = -1;
    WfStrBuf b;   // used as a byte buffer
    wf_strbuf_init(&b);
    if (enc == ENC_UTF16) put_encoded(&b, ENC_UTF16LE, 0xfeff);
    if (enc == ENC_UTF32) put_encoded(&b, ENC_UTF32LE, 0xfeff);
    int wenc = enc == ENC_UTF16 ? ENC_UTF16LE : enc == ENC_UTF32 ? ENC_UTF32LE : enc;
    size_t i = 0, index = 0;
    while (i < len) {
        uint32_t cp;
        int k = wf_utf8_decode(s + i, &cp);
        if (can_encode(enc, cp)) {
            put_encoded(&b, wenc, cp);
            i += (size_t)k;
            index++;
            continue;
        }
        // The run of unencodable characters starting here.
        size_t j = i, endindex = index;
        while (j < len) {
            uint32_t c2;
            int k2 = wf_utf8_decode(s + j, &c2);
            if (can_encode(enc, c2)) break;
            j += (size_t)k2;
            endindex++;
        }
        if (eh < 0) eh = lookup_errors(errors);
        if (eh == ERR_UNKNOWN) {
            wf_err_format(wf_LookupError, "unknown error handler name '%s'", errors);
            goto error;
        }
        bool strict = eh == ERR_STRICT;
        if (eh == ERR_SURROGATEESCAPE || eh == ERR_SURROGATEPASS) {
            // all of the run must be escapable, else strict
            for (size_t q = i; q < j;) {
                uint32_t c3;
                q += (size_t)wf_utf8_decode(s + q, &c3);
                bool ok = eh == ERR_SURROGATEESCAPE ? (c3 >= 0xdc80 && c3 <= 0xdcff && enc <= ENC_LATIN1)
                                                    : (is_surrogate(c3) && enc != ENC_ASCII && enc != ENC_LATIN1);
                if (!ok) strict = true;
            }
        }
        if (strict) {
            wf_err_unicode_encode(enc_names[enc], str, index, endindex, reason);
            goto error;
        }
        while (i < j) {
            int k2 = wf_utf8_decode(s + i, &cp);
            i += (size_t)k2;
            switch (eh) {
            case ERR_REPLACE: put_encoded(&b, wenc, '?'); break;
            case ERR_BACKSLASH: {
                char esc[12];
                int n = cp < 0x100 ? snprintf(esc, sizeof esc, "\\x%02x", cp)
                      : cp < 0x10000 ? snprintf(esc, sizeof esc, "\\u%04x", cp)
                      : snprintf(esc, sizeof esc, "\\U%08x", cp);
                for (int q = 0; q < n; q++) put_encoded(&b, wenc, (unsigned char)esc[q]);
                break;
            }
            case ERR_XMLCHAR: {
                char esc[16];
                int n = snprintf(esc, sizeof esc, "&#%u;", cp);
                for (int q = 0; q < n; q++) put_encoded(&b, wenc, (unsigned char)esc[q]);
                break;
            }
            case ERR_SURROGATEESCAPE: wf_strbuf_append_char(&b, (char)(cp - 0xdc00)); break;
            case ERR_SURROGATEPASS:
                if (wenc == ENC_UTF8) wf_strbuf_append(&b, s + i - k2, (size_t)k2);
                else put_encoded(&b, wenc, cp);
                break;
            default: break;   // ignore
            }
        }
        index = endindex;
    }
    if (b.failed) {
        wf_strbuf_free(&b);
        return wf_err_no_memory();
    }
    WfValue res = wf_bytes_new(b.data ? b.data : "", b.len);
    wf_strbuf_free(&b);
    return res;
error:
    wf_strbuf_free(&b);
    return WF_NULL;
}
