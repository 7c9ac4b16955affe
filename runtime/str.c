// str.c — the str type: immutable UTF-8 text with a cached hash and
// code-point count (ascii strings index in O(1)), the interning table,
// WfStrBuf, the str slots (repr, compare, +, *, %, len, [], in, iter) and
// the str iterators. Invariants: data is valid UTF-8 and NUL-terminated;
// hash is -1 until computed and never -1 after; interned strings are
// immortal. Methods live in str_methods.c. GIL: caller holds it.
#include "runtime/str.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/strimpl.h"
#include "runtime/tuple.h"
#include "runtime/unicode.h"

// ---- UTF-8 primitives --------------------------------------------------------

int wf_utf8_decode(const char *s, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if (u[0] < 0xe0) {
        *cp = ((uint32_t)(u[0] & 0x1f) << 6) | (u[1] & 0x3f);
        return 2;
    }
    if (u[0] < 0xf0) {
        *cp = ((uint32_t)(u[0] & 0x0f) << 12) | ((uint32_t)(u[1] & 0x3f) << 6) | (u[2] & 0x3f);
        return 3;
    }
    *cp = ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3f) << 12) |
          ((uint32_t)(u[2] & 0x3f) << 6) | (u[3] & 0x3f);
    return 4;
}

int wf_utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

size_t wf_utf8_count(const char *p, size_t n) {
    size_t count = 0, i = 0;
    const unsigned char *u = (const unsigned char *)p;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        // count bytes that are not continuation bytes (10xxxxxx)
        uint64_t cont = w & ~(w << 1) & 0x8080808080808080ull;   // bit7=1 and bit6=0
        count += 8 - (size_t)__builtin_popcountll(cont);
    }
    for (; i < n; i++) count += (u[i] & 0xc0) != 0x80;
    return count;
}

// ---- hashing -----------------------------------------------------------------

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

static inline uint64_t mix64(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

WfHash wf_hash_bytes(const void *p, size_t n) {
    const unsigned char *s = p;
    uint64_t h = 0x9e3779b97f4a7c15ull ^ (n * 0xc2b2ae3d27d4eb4full);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t k;
        memcpy(&k, s + i, 8);
        k *= 0x87c37b91114253d5ull;
        k = rotl64(k, 31);
        k *= 0x4cf5ad432745937full;
        h ^= k;
        h = rotl64(h, 27) * 5 + 0x52dce729;
    }
    uint64_t t = 0;
    for (size_t j = 0; i + j < n; j++) t |= (uint64_t)s[i + j] << (8 * j);
    h ^= t * 0x87c37b91114253d5ull;
    h = mix64(h);
    WfHash r = (WfHash)h;
    return r == -1 ? -2 : r;
}

WfHash wf_str_hash(WfValue v) {
    WfStr *s = (WfStr *)v;
    if (s->hash == -1) s->hash = wf_hash_bytes(s->data, s->len);
    return s->hash;
}

// ---- allocation --------------------------------------------------------------

WfValue wf_str_alloc(size_t len) {
    if (len > WF_TEXT_MAX) return wf_err_no_memory();
    WfValue v = wf_object_alloc(&wf_str_type, offsetof(WfStr, data) + len + 1);
    if (!v) return WF_NULL;
    WfStr *s = (WfStr *)v;
    s->hash = -1;
    s->len = len;
    s->data[len] = 0;
    return v;
}

void wf_str_finalize(WfValue v) {
    WfStr *s = (WfStr *)v;
    s->nchars = wf_utf8_count(s->data, s->len);
    s->ascii = s->nchars == s->len;
}

WfValue wf_str_finalize_known(WfValue v, size_t nchars) {
    WfStr *s = (WfStr *)v;
    s->nchars = nchars;
    s->ascii = nchars == s->len;
    return v;
}

static WfValue empty_str;
static WfValue char_cache[256];

static void make_immortal(WfValue v) { v->refcnt = WF_IMMORTAL_REFCNT; }

WfValue wf_str_empty(void) {
    if (!empty_str) {
        empty_str = wf_str_alloc(0);
        if (!empty_str) return WF_NULL;
        wf_str_finalize_known(empty_str, 0);
        make_immortal(empty_str);
    }
    return empty_str;
}

WfValue wf_str_from_codepoint(uint32_t cp) {
    if (cp < 256 && char_cache[cp]) return char_cache[cp];
    char buf[4];
    int n = wf_utf8_encode(cp, buf);
    WfValue v = wf_str_alloc((size_t)n);
    if (!v) return WF_NULL;
    memcpy(WF_STR_DATA(v), buf, (size_t)n);
    wf_str_finalize_known(v, 1);
    if (cp < 256) {
        make_immortal(v);
        char_cache[cp] = v;
    }
    return v;
}

WfValue wf_str_from_utf8(const char *s, size_t len) {
    if (len == 0) return wf_str_empty();
    if (len == 1 && (unsigned char)s[0] < 128) return wf_str_from_codepoint((unsigned char)s[0]);
    WfValue v = wf_str_alloc(len);
    if (!v) return WF_NULL;
    memcpy(WF_STR_DATA(v), s, len);
    wf_str_finalize(v);
    return v;
}

WfValue wf_str_from_ascii(const char *s, size_t len) {
    if (len == 0) return wf_str_empty();
    if (len == 1) return wf_str_from_codepoint((unsigned char)s[0]);
    WfValue v = wf_str_alloc(len);
    if (!v) return WF_NULL;
    memcpy(WF_STR_DATA(v), s, len);
    return wf_str_finalize_known(v, len);
}

WfValue wf_str_from_cstr(const char *s) { return wf_str_from_utf8(s, strlen(s)); }

WfValue wf_str_from_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof small) return wf_str_from_utf8(small, (size_t)n);
    WfValue v = wf_str_alloc((size_t)n);
    if (!v) return WF_NULL;
    va_start(ap, fmt);
    vsnprintf(WF_STR_DATA(v), (size_t)n + 1, fmt, ap);
    va_end(ap);
    wf_str_finalize(v);
    return v;
}

WfValue wf_str_exact(WfValue s) {
    if (s->type == &wf_str_type) return wf_newref(s);
    WfValue v = wf_str_from_utf8(WF_STR_DATA(s), WF_STR_LEN(s));
    return v;
}

size_t wf_str_offset(WfValue v, size_t index) {
    WfStr *s = (WfStr *)v;
    if (s->ascii) return index;
    if (index >= s->nchars) return s->len;
    const unsigned char *u = (const unsigned char *)s->data;
    size_t i = 0, seen = 0;
    // Skip whole ASCII words quickly.
    while (seen < index) {
        if (i + 8 <= s->len && index - seen >= 8) {
            uint64_t w;
            memcpy(&w, u + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                seen += 8;
                continue;
            }
        }
        unsigned char c = u[i];
        i += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        seen++;
    }
    return i;
}

// ---- comparison and interning ---------------------------------------------------

bool wf_str_eq(WfValue a, WfValue b) {
    if (a == b) return true;
    WfStr *x = (WfStr *)a, *y = (WfStr *)b;
    if (x->len != y->len) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    if (x->interned && y->interned) return false;
    return memcmp(x->data, y->data, x->len) == 0;
}

bool wf_str_eq_cstr(WfValue a, const char *s) {
    size_t n = strlen(s);
    return WF_STR_LEN(a) == n && memcmp(WF_STR_DATA(a), s, n) == 0;
}

static WfValue *intern_table;
static size_t intern_cap, intern_count;

static int intern_grow(void) {
    size_t ncap = intern_cap ? intern_cap * 2 : 1024;
    WfValue *nt = calloc(ncap, sizeof(WfValue));
    if (!nt) return -1;
    for (size_t i = 0; i < intern_cap; i++) {
        WfValue s = intern_table[i];
        if (!s) continue;
        size_t j = (size_t)wf_str_hash(s) & (ncap - 1);
        while (nt[j]) j = (j + 1) & (ncap - 1);
        nt[j] = s;
    }
    free(intern_table);
    intern_table = nt;
    intern_cap = ncap;
    return 0;
}

// Finds the canonical interned str equal to [s] (a str), adding [s] if absent.
// Returns a borrowed (immortal) reference, NULL on MemoryError.
static WfValue intern_lookup(WfValue s) {
    if (((WfStr *)s)->interned) return s;
    if ((intern_count + 1) * 2 > intern_cap && intern_grow() < 0) return WF_NULL;
    WfHash h = wf_str_hash(s);
    size_t j = (size_t)h & (intern_cap - 1);
    while (intern_table[j]) {
        WfValue t = intern_table[j];
        if (((WfStr *)t)->hash == h && WF_STR_LEN(t) == WF_STR_LEN(s) &&
            memcmp(WF_STR_DATA(t), WF_STR_DATA(s), WF_STR_LEN(s)) == 0)
            return t;
        j = (j + 1) & (intern_cap - 1);
    }
    if (s->type != &wf_str_type) return WF_NULL;   // only exact strs are interned (caller copies)
    intern_table[j] = s;
    intern_count++;
    ((WfStr *)s)->interned = true;
    make_immortal(s);
    return s;
}

WfValue wf_str_intern(const char *cs) {
    WfValue s = wf_str_from_cstr(cs);
    if (!s) return WF_NULL;
    WfValue t = intern_lookup(s);
    if (!t) {
        wf_decref(s);
        return wf_err_no_memory();
    }
    if (t != s) wf_decref(s);
    return t;   // immortal: the "new reference" needs no count
}

void wf_str_intern_inplace(WfValue *p) {
    WfValue s = *p;
    if (!s || !wf_is_str(s) || ((WfStr *)s)->interned) return;
    if (s->type != &wf_str_type) return;   // subclasses are never interned
    WfValue t = intern_lookup(s);
    if (!t || t == s) return;   // on MemoryError keep the original: interning is an optimisation
    *p = t;
    wf_decref(s);
}

// ---- WfStrBuf ------------------------------------------------------------------

void wf_strbuf_init(WfStrBuf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

static bool strbuf_reserve(WfStrBuf *b, size_t extra) {
    if (b->failed) return false;
    if (b->len + extra + 1 <= b->cap) return true;
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < b->len + extra + 1) {
        if (ncap > WF_TEXT_MAX) {
            b->failed = true;
            return false;
        }
        ncap *= 2;
    }
    char *nd = realloc(b->data, ncap);
    if (!nd) {
        b->failed = true;
        return false;
    }
    b->data = nd;
    b->cap = ncap;
    return true;
}

void wf_strbuf_append(WfStrBuf *b, const char *s, size_t n) {
    if (n == 0 || !strbuf_reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

void wf_strbuf_append_cstr(WfStrBuf *b, const char *s) { wf_strbuf_append(b, s, strlen(s)); }

void wf_strbuf_append_char(WfStrBuf *b, char c) {
    if (b->len + 2 <= b->cap && !b->failed) {
        b->data[b->len++] = c;
        return;
    }
    wf_strbuf_append(b, &c, 1);
}

void wf_strbuf_append_codepoint(WfStrBuf *b, uint32_t cp) {
    char buf[4];
    int n = wf_utf8_encode(cp, buf);
    wf_strbuf_append(b, buf, (size_t)n);
}

void wf_strbuf_printf(WfStrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[128];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        wf_strbuf_append(b, small, (size_t)n);
        return;
    }
    if (!strbuf_reserve(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

int wf_strbuf_append_str_of(WfStrBuf *b, WfValue v) {
    if (!WF_IS_SMALLINT(v) && v->type == &wf_str_type) {
        wf_strbuf_append(b, WF_STR_DATA(v), WF_STR_LEN(v));
        return 0;
    }
    WfValue s = wf_str(v);
    if (!s) return -1;
    wf_strbuf_append(b, WF_STR_DATA(s), WF_STR_LEN(s));
    wf_decref(s);
    return 0;
}

int wf_strbuf_append_repr_of(WfStrBuf *b, WfValue v) {
    WfValue s = wf_repr(v);
    if (!s) return -1;
    wf_strbuf_append(b, WF_STR_DATA(s), WF_STR_LEN(s));
    wf_decref(s);
    return 0;
}

WfValue wf_strbuf_finish(WfStrBuf *b) {
    if (b->failed) {
        wf_strbuf_free(b);
        return wf_err_no_memory();
    }
    WfValue v = wf_str_from_utf8(b->data ? b->data : "", b->len);
    wf_strbuf_free(b);
    return v;
}

void wf_strbuf_free(WfStrBuf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

// ---- concatenation, join, repr ----------------------------------------------------

WfValue wf_str_concat(WfValue a, WfValue b) {
    size_t la = WF_STR_LEN(a), lb = WF_STR_LEN(b);
    if (lb == 0 && a->type == &wf_str_type) return wf_newref(a);
    if (la == 0 && b->type == &wf_str_type) return wf_newref(b);
    WfValue v = wf_str_alloc(la + lb);
    if (!v) return WF_NULL;
    memcpy(WF_STR_DATA(v), WF_STR_DATA(a), la);
    memcpy(WF_STR_DATA(v) + la, WF_STR_DATA(b), lb);
    return wf_str_finalize_known(v, wf_str_nchars(a) + wf_str_nchars(b));
}

WfValue wf_str_join(WfValue sep, WfValue iterable) {
    WfValue items = WF_NULL, res = WF_NULL;
    WfValue *vec;
    size_t n;
    // Lists and tuples are read in place (nothing below runs Weft code);
    // anything else is materialized into a tuple first.
    if (!WF_IS_SMALLINT(iterable) && (iterable->type == &wf_tuple_type || iterable->type == &wf_list_type)) {
        items = wf_newref(iterable);
    } else {
        items = wf_tuple_from_iterable(iterable);
        if (!items) return WF_NULL;
    }
    if (items->type == &wf_list_type) {
        vec = WF_LIST_ITEMS(items);
        n = WF_LIST_LEN(items);
    } else {
        vec = WF_TUPLE_ITEMS(items);
        n = WF_TUPLE_LEN(items);
    }
    if (n == 0) {
        res = wf_str_empty();
        goto done;
    }
    if (n == 1 && wf_is_str(vec[0]) && vec[0]->type == &wf_str_type) {
        res = wf_newref(vec[0]);
        goto done;
    }
    size_t seplen = WF_STR_LEN(sep), total = 0, nchars = 0;
    for (size_t i = 0; i < n; i++) {
        WfValue it = vec[i];
        if (!wf_is_str(it)) {
            wf_err_format(wf_TypeError, "sequence item %zu: expected str instance, %s found", i,
                          wf_type_name(it));
            goto done;
        }
        total += WF_STR_LEN(it);
        nchars += wf_str_nchars(it);
    }
    total += seplen * (n - 1);
    nchars += wf_str_nchars(sep) * (n - 1);
    res = wf_str_alloc(total);
    if (!res) goto done;
    char *p = WF_STR_DATA(res);
    for (size_t i = 0; i < n; i++) {
        WfValue it = vec[i];
        if (i && seplen) {
            memcpy(p, WF_STR_DATA(sep), seplen);
            p += seplen;
        }
        memcpy(p, WF_STR_DATA(it), WF_STR_LEN(it));
        p += WF_STR_LEN(it);
    }
    wf_str_finalize_known(res, nchars);
done:
    wf_decref(items);
    return res;
}

// Appends the escaped form of code point [cp] as str.__repr__ does, with
// [quote] the surrounding quote character.
static void repr_char(WfStrBuf *b, uint32_t cp, char quote) {
    switch (cp) {
    case '\\': wf_strbuf_append(b, "\\\\", 2); return;
    case '\n': wf_strbuf_append(b, "\\n", 2); return;
    case '\r': wf_strbuf_append(b, "\\r", 2); return;
    case '\t': wf_strbuf_append(b, "\\t", 2); return;
    default: break;
    }
    if (cp == (uint32_t)quote) {
        wf_strbuf_append_char(b, '\\');
        wf_strbuf_append_char(b, quote);
    } else if (cp < 0x20 || cp == 0x7f) {
        wf_strbuf_printf(b, "\\x%02x", cp);
    } else if (cp < 0x7f) {
        wf_strbuf_append_char(b, (char)cp);
    } else if (wf_unicode_isprintable(cp)) {
        wf_strbuf_append_codepoint(b, cp);
    } else if (cp < 0x100) {
        wf_strbuf_printf(b, "\\x%02x", cp);
    } else if (cp < 0x10000) {
        wf_strbuf_printf(b, "\\u%04x", cp);
    } else {
        wf_strbuf_printf(b, "\\U%08x", cp);
    }
}

WfValue wf_str_repr(WfValue v) {
    const char *s = WF_STR_DATA(v);
    size_t len = WF_STR_LEN(v);
    bool has_sq = memchr(s, '\'', len) != NULL, has_dq = memchr(s, '"', len) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    WfStrBuf b;
    wf_strbuf_init(&b);
    strbuf_reserve(&b, len + 2);
    wf_strbuf_append_char(&b, quote);
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != (unsigned char)quote) {
            size_t j = i + 1;
            while (j < len) {
                unsigned char d = (unsigned char)s[j];
                if (d < 0x20 || d >= 0x7f || d == '\\' || d == (unsigned char)quote) break;
                j++;
            }
            wf_strbuf_append(&b, s + i, j - i);
            i = j;
            continue;
        }
        uint32_t cp;
        i += (size_t)wf_utf8_decode(s + i, &cp);
        repr_char(&b, cp, quote);
    }
    wf_strbuf_append_char(&b, quote);
    return wf_strbuf_finish(&b);
}

// ---- index helpers shared by the sequence types of this area ---------------------------

int wf_seq_index(WfValue key, int64_t *out) {
    if (WF_IS_SMALLINT(key)) {
        *out = WF_SMALLINT_VAL(key);
        return 1;
    }
    if (wf_is_int(key)) {
        if (wf_int_to_i64(key, out) < 0) {
            wf_err_clear();
            wf_err_format(wf_IndexError, "cannot fit '%s' into an index-sized integer",
                          wf_type_name(key));
            return -1;
        }
        return 1;
    }
    if (wf_type(key)->nb_index) {
        int64_t r = wf_index_i64(key, NULL);
        if (r == -1 && wf_err_occurred()) return -1;
        *out = r;
        return 1;
    }
    return 0;
}

int wf_slice_bound(WfValue v, int64_t *out, bool *given) {
    if (given) *given = false;
    if (!v || v == WF_NONE) return 0;
    if (WF_IS_SMALLINT(v)) {
        *out = WF_SMALLINT_VAL(v);
    } else if (wf_is_int(v) || wf_type(v)->nb_index) {
        WfValue iv = v;
        bool own = false;
        if (!wf_is_int(v)) {
            iv = wf_type(v)->nb_index(v);
            if (!iv) return -1;
            own = true;
            if (!wf_is_int(iv)) {
                wf_err_format(wf_TypeError, "__index__ returned non-int (type %s)", wf_type_name(iv));
                wf_decref(iv);
                return -1;
            }
        }
        if (wf_int_to_i64(iv, out) < 0) {
            wf_err_clear();
            *out = wf_int_sign(iv) < 0 ? INT64_MIN : INT64_MAX;
        }
        if (own) wf_decref(iv);
    } else {
        wf_err_set_str(wf_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (given) *given = true;
    return 0;
}

int wf_resolve_range(WfValue start, WfValue end, int64_t len, int64_t *lo, int64_t *hi) {
    int64_t s = 0, e = len;
    bool given;
    if (wf_slice_bound(start, &s, &given) < 0) return -1;
    if (!given) s = 0;
    if (wf_slice_bound(end, &e, &given) < 0) return -1;
    if (!given) e = len;
    if (s < 0) {
        s += len;
        if (s < 0) s = 0;
    }
    if (e < 0) {
        e += len;
        if (e < 0) e = 0;
    }
    if (e > len) e = len;
    *lo = s;
    *hi = e;
    return 0;
}

// ---- type slots -------------------------------------------------------------------

static void str_dealloc(WfValue self) { wf_object_free(self); }

static WfValue str_repr(WfValue self) { return wf_str_repr(self); }

static WfValue str_str(WfValue self) { return wf_str_exact(self); }

static WfHash str_hash(WfValue self) { return wf_str_hash(self); }

static WfValue str_richcompare(WfValue a, WfValue b, int op) {
    if (!wf_is_str(a) || !wf_is_str(b)) return wf_newref(WF_NOTIMPLEMENTED);
    if (op == WF_EQ || op == WF_NE) {
        bool eq = wf_str_eq(a, b);
        return wf_bool(op == WF_EQ ? eq : !eq);
    }
    size_t la = WF_STR_LEN(a), lb = WF_STR_LEN(b);
    int c = memcmp(WF_STR_DATA(a), WF_STR_DATA(b), la < lb ? la : lb);
    if (c == 0) c = la < lb ? -1 : la > lb ? 1 : 0;
    bool r;
    switch (op) {
    case WF_LT: r = c < 0; break;
    case WF_LE: r = c <= 0; break;
    case WF_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return wf_bool(r);
}

// Calls the other operand's own slot for [op] (reflected) before raising the
// sequence error, so a class with __radd__/__rmul__ still gets its turn.
static WfValue try_other(WfValue a, WfValue b, WfValue other, int op) {
    WfType *t = wf_type(other);
    WfBinaryFn fn = t->nb[op];
    if (fn && fn != wf_str_type.nb[op]) return fn(a, b);
    return wf_newref(WF_NOTIMPLEMENTED);
}

static WfValue str_add(WfValue a, WfValue b) {
    if (wf_is_str(a) && wf_is_str(b)) return wf_str_concat(a, b);
    if (!wf_is_str(a)) return wf_newref(WF_NOTIMPLEMENTED);
    WfValue r = try_other(a, b, b, WF_BINOP_ADD);
    if (r != WF_NOTIMPLEMENTED) return r;
    wf_decref(r);
    wf_err_format(wf_TypeError, "can only concatenate str (not \"%s\") to str", wf_type_name(b));
    return WF_NULL;
}

static WfValue str_repeat(WfValue s, int64_t n) {
    if (n <= 0) return wf_str_empty();
    if (n == 1 && s->type == &wf_str_type) return wf_newref(s);
    size_t len = WF_STR_LEN(s);
    if (len == 0) return wf_str_empty();
    if ((uint64_t)n > (WF_TEXT_MAX / len)) return wf_err_no_memory();
    size_t total = len * (size_t)n;
    WfValue v = wf_str_alloc(total);
    if (!v) return WF_NULL;
    char *p = WF_STR_DATA(v);
    if (len == 1) {
        memset(p, WF_STR_DATA(s)[0], total);
    } else {
        memcpy(p, WF_STR_DATA(s), len);
        size_t done = len;
        while (done < total) {
            size_t k = done <= total - done ? done : total - done;
            memcpy(p + done, p, k);
            done += k;
        }
    }
    return wf_str_finalize_known(v, wf_str_nchars(s) * (size_t)n);
}

static WfValue str_mul(WfValue a, WfValue b) {
    WfValue seq = wf_is_str(a) ? a : b, count = wf_is_str(a) ? b : a;
    if (!wf_is_str(seq)) return wf_newref(WF_NOTIMPLEMENTED);
    int64_t n;
    int r = wf_is_int(count) || wf_type(count)->nb_index ? wf_seq_index(count, &n) : 0;
    if (r < 0) {
        if (wf_err_matches(wf_IndexError)) {
            wf_err_clear();
            wf_err_format(wf_OverflowError, "cannot fit '%s' into an index-sized integer",
                          wf_type_name(count));
        }
        return WF_NULL;
    }
    if (r == 0) {
        if (seq == a && !wf_is_str(b)) {
            WfValue o = try_other(a, b, b, WF_BINOP_MUL);
            if (o != WF_NOTIMPLEMENTED) return o;
            wf_decref(o);
        }
        wf_err_format(wf_TypeError, "can't multiply sequence by non-int of type '%s'",
                      wf_type_name(count));
        return WF_NULL;
    }
    return str_repeat(seq, n);
}

static WfValue str_mod(WfValue a, WfValue b) {
    if (!wf_is_str(a)) return wf_newref(WF_NOTIMPLEMENTED);
    return wf_str_percent_format(a, b);
}

static intptr_t str_len(WfValue self) { return (intptr_t)wf_str_nchars(self); }

// s[start:stop:step] of a resolved slice with [n] items.
static WfValue str_slice(WfValue s, int64_t start, int64_t step, int64_t n) {
    if (n <= 0) return wf_str_empty();
    const char *d = WF_STR_DATA(s);
    if (step == 1) {
        if (n == (int64_t)wf_str_nchars(s) && s->type == &wf_str_type) return wf_newref(s);
        if (wf_str_is_ascii(s)) return wf_str_from_ascii(d + start, (size_t)n);
        size_t b0 = wf_str_offset(s, (size_t)start);
        size_t b1 = b0;
        const unsigned char *u = (const unsigned char *)d;
        for (int64_t k = 0; k < n; k++) {
            unsigned char c = u[b1];
            b1 += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        }
        WfValue v = wf_str_alloc(b1 - b0);
        if (!v) return WF_NULL;
        memcpy(WF_STR_DATA(v), d + b0, b1 - b0);
        return wf_str_finalize_known(v, (size_t)n);
    }
    if (wf_str_is_ascii(s)) {
        WfValue v = wf_str_alloc((size_t)n);
        if (!v) return WF_NULL;
        char *p = WF_STR_DATA(v);
        for (int64_t k = 0; k < n; k++) p[k] = d[start + k * step];
        return wf_str_finalize_known(v, (size_t)n);
    }
    // Non-ASCII with a step: walk the UTF-8 from the first selected
    // character, [step] characters at a time in either direction.
    size_t len = WF_STR_LEN(s);
    const unsigned char *u = (const unsigned char *)d;
    size_t pos = wf_str_offset(s, (size_t)start);
    WfStrBuf b;
    wf_strbuf_init(&b);
    for (int64_t j = 0; j < n; j++) {
        unsigned char c = u[pos];
        size_t k = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        wf_strbuf_append(&b, d + pos, k);
        if (j + 1 == n) break;
        if (step > 0) {
            for (int64_t m = 0; m < step && pos < len; m++) {
                c = u[pos];
                pos += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
            }
        } else {
            for (int64_t m = 0; m < -step && pos > 0; m++) {
                pos--;
                while (pos > 0 && (u[pos] & 0xc0) == 0x80) pos--;
            }
        }
    }
    return wf_strbuf_finish(&b);
}

static WfValue str_getitem(WfValue self, WfValue key) {
    int64_t i;
    int r = wf_seq_index(key, &i);
    if (r < 0) return WF_NULL;
    if (r > 0) {
        int64_t n = (int64_t)wf_str_nchars(self);
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            wf_err_set_str(wf_IndexError, "string index out of range");
            return WF_NULL;
        }
        const char *d = WF_STR_DATA(self);
        if (wf_str_is_ascii(self)) return wf_str_from_codepoint((unsigned char)d[i]);
        uint32_t cp;
        wf_utf8_decode(d + wf_str_offset(self, (size_t)i), &cp);
        return wf_str_from_codepoint(cp);
    }
    if (!WF_IS_SMALLINT(key) && key->type == &wf_slice_type) {
        int64_t start, stop, step, n;
        if (wf_slice_indices(key, (int64_t)wf_str_nchars(self), &start, &stop, &step, &n) < 0)
            return WF_NULL;
        return str_slice(self, start, step, n);
    }
    wf_err_format(wf_TypeError, "string indices must be integers, not '%s'", wf_type_name(key));
    return WF_NULL;
}

static int str_contains(WfValue self, WfValue item) {
    if (!wf_is_str(item)) {
        wf_err_format(wf_TypeError, "'in <string>' requires string as left operand, not %s",
                      wf_type_name(item));
        return -1;
    }
    size_t n = WF_STR_LEN(item);
    if (n == 0) return 1;
    if (n > WF_STR_LEN(self)) return 0;
    return memmem(WF_STR_DATA(self), WF_STR_LEN(self), WF_STR_DATA(item), n) != NULL;
}

// ---- iterators ----------------------------------------------------------------------

typedef struct WfStrIter {
    WfObject ob;
    WfValue str;     // owned, NULL once exhausted
    size_t pos;      // byte offset of the next character
} WfStrIter;

static WfType wf_str_iter_type, wf_str_ascii_iter_type;

static WfValue str_iter(WfValue self) {
    WfType *t = wf_str_is_ascii(self) ? &wf_str_ascii_iter_type : &wf_str_iter_type;
    WfValue it = wf_object_alloc(t, sizeof(WfStrIter));
    if (!it) return WF_NULL;
    ((WfStrIter *)it)->str = wf_newref(self);
    ((WfStrIter *)it)->pos = 0;
    return it;
}

static void striter_dealloc(WfValue self) {
    wf_clear(&((WfStrIter *)self)->str);
    wf_object_free(self);
}

static WfValue striter_iter(WfValue self) { return wf_newref(self); }

static WfValue striter_next(WfValue self) {
    WfStrIter *it = (WfStrIter *)self;
    if (!it->str) return WF_NULL;
    if (it->pos >= WF_STR_LEN(it->str)) {
        wf_clear(&it->str);
        return WF_NULL;
    }
    uint32_t cp;
    it->pos += (size_t)wf_utf8_decode(WF_STR_DATA(it->str) + it->pos, &cp);
    return wf_str_from_codepoint(cp);
}

static WfValue striter_length_hint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfStrIter *it = (WfStrIter *)self;
    if (!it->str) return WF_FROM_SMALLINT(0);
    const char *d = WF_STR_DATA(it->str);
    return wf_int_from_i64((int64_t)wf_utf8_count(d + it->pos, WF_STR_LEN(it->str) - it->pos));
}

static const WfMethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfType wf_str_iter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "str_iterator",
    .basicsize = sizeof(WfStrIter),
    .dealloc = striter_dealloc,
    .iter = striter_iter,
    .iternext = striter_next,
    .methods = striter_methods,
};

static WfType wf_str_ascii_iter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "str_ascii_iterator",
    .basicsize = sizeof(WfStrIter),
    .dealloc = striter_dealloc,
    .iter = striter_iter,
    .iternext = striter_next,
    .methods = striter_methods,
};

// ---- construction -----------------------------------------------------------------

// A str subclass instance holding a copy of [s] (an exact str).
static WfValue str_subtype_new(WfType *type, WfValue s) {
    size_t len = WF_STR_LEN(s);
    size_t size = type->basicsize + len + 1;
    WfValue v = wf_object_alloc(type, size);
    if (!v) return WF_NULL;
    WfStr *o = (WfStr *)v;
    o->hash = -1;
    o->len = len;
    memcpy(o->data, WF_STR_DATA(s), len + 1);
    return wf_str_finalize_known(v, wf_str_nchars(s));
}

static WfValue str_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    if (type == &wf_str_type && nargs == 1 && (!kwnames || WF_TUPLE_LEN(kwnames) == 0))
        return wf_str(args[0]);   // the common str(x)
    WfValue a[3];
    if (wf_args_parse("str", args, nargs, kwnames, names, 3, 0, 3, a) < 0) return WF_NULL;
    WfValue res;
    if (!a[0]) {
        res = wf_str_empty();
    } else if (!a[1] && !a[2]) {
        res = wf_str(a[0]);
    } else {
        const char *enc = "utf-8", *errs = "strict";
        if (a[1]) {
            if (!wf_is_str(a[1])) {
                wf_err_format(wf_TypeError, "str() argument 'encoding' must be str, not %s",
                              wf_type_name(a[1]));
                return WF_NULL;
            }
            enc = WF_STR_DATA(a[1]);
        }
        if (a[2]) {
            if (!wf_is_str(a[2])) {
                wf_err_format(wf_TypeError, "str() argument 'errors' must be str, not %s",
                              wf_type_name(a[2]));
                return WF_NULL;
            }
            errs = WF_STR_DATA(a[2]);
        }
        WfValue o = a[0];
        if (wf_is_bytes(o)) {
            res = wf_unicode_decode(WF_BYTES_DATA(o), WF_BYTES_LEN(o), enc, errs);
        } else if (!WF_IS_SMALLINT(o) && wf_type_is_subtype(o->type, &wf_bytearray_type)) {
            WfByteArray *ba = (WfByteArray *)o;
            res = wf_unicode_decode(ba->data ? ba->data : (const unsigned char *)"", ba->len, enc, errs);
        } else if (wf_is_str(o)) {
            wf_err_set_str(wf_TypeError, "decoding str is not supported");
            return WF_NULL;
        } else {
            wf_err_format(wf_TypeError, "decoding to str: need a bytes-like object, %s found",
                          wf_type_name(o));
            return WF_NULL;
        }
    }
    if (!res || type == &wf_str_type) return res;
    WfValue exact = wf_str_exact(res);
    wf_decref(res);
    if (!exact) return WF_NULL;
    WfValue sub = str_subtype_new(type, exact);
    wf_decref(exact);
    return sub;
}

WfType wf_str_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "str",
    .basicsize = offsetof(WfStr, data),
    .itemsize = 1,
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_STR_SUBCLASS,
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .new_ = str_new,
    .nb = {
        [WF_BINOP_ADD] = str_add,
        [WF_BINOP_MUL] = str_mul,
        [WF_BINOP_MOD] = str_mod,
    },
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .methods = wf_str_methods,
};
