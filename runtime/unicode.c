// unicode.c — character properties and case mapping from the generated
// tables in unicode_db.h (binary search over runs; ASCII takes a fast path),
// UTF-8 validation with CPython's error positions, and the utf-8 / ascii /
// latin-1 codecs. Invariant: every str this file produces is valid UTF-8.
#include "runtime/unicode.h"

#include <ctype.h>
#include <string.h>

#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/exc.h"
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

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UNKNOWN };

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
    static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2",
                                       "utf8_ucs4", NULL};
    static const char *const ascii[] = {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968",
                                        "iso646_us", "cp367", NULL};
    static const char *const latin1[] = {"latin_1", "latin1", "latin", "l1", "iso_8859_1",
                                         "iso8859_1", "8859", "cp819", "iso_ir_100", NULL};
    for (int i = 0; utf8[i]; i++) if (!strcmp(buf, utf8[i])) return ENC_UTF8;
    for (int i = 0; ascii[i]; i++) if (!strcmp(buf, ascii[i])) return ENC_ASCII;
    for (int i = 0; latin1[i]; i++) if (!strcmp(buf, latin1[i])) return ENC_LATIN1;
    return ENC_UNKNOWN;
}

static const char *const enc_names[] = {"utf-8", "ascii", "latin-1"};

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHAR, ERR_UNKNOWN };

static int lookup_errors(const char *errors) {
    if (!errors || !strcmp(errors, "strict")) return ERR_STRICT;
    if (!strcmp(errors, "ignore")) return ERR_IGNORE;
    if (!strcmp(errors, "replace")) return ERR_REPLACE;
    if (!strcmp(errors, "backslashreplace")) return ERR_BACKSLASH;
    if (!strcmp(errors, "xmlcharrefreplace")) return ERR_XMLCHAR;
    return ERR_UNKNOWN;
}

static void decode_error(int enc, const unsigned char *data, size_t pos, size_t n,
                         const char *reason) {
    if (n <= 1)
        wf_err_format(wf_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                      enc_names[enc], data[pos], pos, reason);
    else
        wf_err_format(wf_UnicodeDecodeError, "'%s' codec can't decode bytes in position %zu-%zu: %s",
                      enc_names[enc], pos, pos + n - 1, reason);
}

WfValue wf_unicode_decode(const unsigned char *data, size_t len, const char *encoding,
                          const char *errors) {
    int enc = encoding ? lookup_encoding(encoding) : ENC_UTF8;
    if (enc == ENC_UNKNOWN) {
        wf_err_format(wf_LookupError, "unknown encoding: %s", encoding);
        return WF_NULL;
    }
    int eh = -1;   // looked up on the first error only, as CPython does
    WfStrBuf b;
    wf_strbuf_init(&b);
    size_t i = 0;
    while (i < len) {
        size_t bad = 1;
        const char *reason = "ordinal not in range(128)";
        size_t start = i;
        if (enc == ENC_UTF8) {
            size_t ok = wf_utf8_check(data + i, len - i, &bad, &reason);
            wf_strbuf_append(&b, (const char *)data + i, ok);
            i += ok;
            if (i >= len) break;
        } else if (enc == ENC_LATIN1) {
            for (; i < len; i++) wf_strbuf_append_codepoint(&b, data[i]);
            break;
        } else {
            while (i < len && data[i] < 0x80) i++;
            wf_strbuf_append(&b, (const char *)data + start, i - start);
            if (i >= len) break;
        }
        // An invalid sequence of [bad] bytes at [i].
        if (eh < 0) eh = lookup_errors(errors);
        switch (eh) {
        case ERR_STRICT:
            decode_error(enc, data, i, bad, reason);
            goto error;
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            wf_strbuf_append_codepoint(&b, 0xfffd);
            break;
        case ERR_BACKSLASH:
            for (size_t k = 0; k < bad; k++) wf_strbuf_printf(&b, "\\x%02x", data[i + k]);
            break;
        default:
            wf_err_format(wf_LookupError, "unknown error handler name '%s'", errors);
            goto error;
        }
        i += bad;
    }
    return wf_strbuf_finish(&b);
error:
    wf_strbuf_free(&b);
    return WF_NULL;
}

// Appends the repr-style escape of [cp] ('\xe9', '\u20ac', '\U0001f600').
static void append_escaped_char(WfStrBuf *b, uint32_t cp) {
    if (cp < 0x100) wf_strbuf_printf(b, "\\x%02x", cp);
    else if (cp < 0x10000) wf_strbuf_printf(b, "\\u%04x", cp);
    else wf_strbuf_printf(b, "\\U%08x", cp);
}

WfValue wf_unicode_encode(WfValue str, const char *encoding, const char *errors) {
    int enc = encoding ? lookup_encoding(encoding) : ENC_UTF8;
    if (enc == ENC_UNKNOWN) {
        wf_err_format(wf_LookupError, "unknown encoding: %s", encoding);
        return WF_NULL;
    }
    const char *s = WF_STR_DATA(str);
    size_t len = WF_STR_LEN(str);
    if (enc == ENC_UTF8) return wf_bytes_new(s, len);
    uint32_t limit = enc == ENC_ASCII ? 0x80 : 0x100;
    int eh = -1;
    WfStrBuf b;   // used as a byte buffer
    wf_strbuf_init(&b);
    size_t i = 0, index = 0;
    while (i < len) {
        uint32_t cp;
        int k = wf_utf8_decode(s + i, &cp);
        if (cp < limit) {
            wf_strbuf_append_char(&b, (char)cp);
            i += (size_t)k;
            index++;
            continue;
        }
        // The run of unencodable characters starting here.
        size_t j = i, endindex = index;
        while (j < len) {
            uint32_t c2;
            int k2 = wf_utf8_decode(s + j, &c2);
            if (c2 < limit) break;
            j += (size_t)k2;
            endindex++;
        }
        if (eh < 0) eh = lookup_errors(errors);
        if (eh == ERR_STRICT) {
            if (endindex - index == 1) {
                WfStrBuf m;
                wf_strbuf_init(&m);
                append_escaped_char(&m, cp);
                wf_strbuf_append_char(&m, 0);
                if (m.failed) { wf_strbuf_free(&m); goto nomem; }
                wf_err_format(wf_UnicodeEncodeError,
                              "'%s' codec can't encode character '%s' in position %zu: ordinal not in range(%u)",
                              enc_names[enc], m.data, index, limit);
                wf_strbuf_free(&m);
            } else {
                wf_err_format(wf_UnicodeEncodeError,
                              "'%s' codec can't encode characters in position %zu-%zu: ordinal not in range(%u)",
                              enc_names[enc], index, endindex - 1, limit);
            }
            goto error;
        }
        if (eh == ERR_UNKNOWN) {
            wf_err_format(wf_LookupError, "unknown error handler name '%s'", errors);
            goto error;
        }
        while (i < j) {
            int k2 = wf_utf8_decode(s + i, &cp);
            i += (size_t)k2;
            if (eh == ERR_REPLACE) wf_strbuf_append_char(&b, '?');
            else if (eh == ERR_BACKSLASH) append_escaped_char(&b, cp);
            else if (eh == ERR_XMLCHAR) wf_strbuf_printf(&b, "&#%u;", cp);
        }
        index = endindex;
    }
    if (b.failed) goto nomem;
    WfValue res = wf_bytes_new(b.data ? b.data : "", b.len);
    wf_strbuf_free(&b);
    return res;
nomem:
    wf_strbuf_free(&b);
    return wf_err_no_memory();
error:
    wf_strbuf_free(&b);
    return WF_NULL;
}
