// str_methods.c — the methods of str (the wf_str_methods table that str.c
// installs): searching, splitting, stripping, case mapping with full Unicode
// 14 mappings and the final-sigma rule, predicates, padding, translate,
// encode, format. Character indices are code points; the UTF-8 bytes are
// searched directly (UTF-8 matches only on character boundaries).
// GIL: callers hold it.
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/strimpl.h"
#include "runtime/tuple.h"
#include "runtime/unicode.h"

#define PARSE(fname, names, n, min, maxpos, out)                                      \
    do {                                                                              \
        if (wf_args_parse(fname, args, nargs, kwnames, names, n, min, maxpos, out) < 0) \
            return WF_NULL;                                                           \
    } while (0)

static const char *const POS1[] = {NULL};
static const char *const POS2[] = {NULL, NULL};
static const char *const POS3[] = {NULL, NULL, NULL};

// Checks a no-argument method call: "str.upper() takes no arguments (1 given)".
static int no_args(const char *name, size_t nargs, WfValue kwnames) {
    if (nargs) {
        wf_err_format(wf_TypeError, "str.%s() takes no arguments (%zu given)", name, nargs);
        return -1;
    }
    return wf_args_no_kw(name, kwnames);
}
#define NOARGS(name) do { if (no_args(name, nargs, kwnames) < 0) return WF_NULL; } while (0)

// "must be str, not int" style check.
static int need_str(WfValue v, const char *prefix) {
    if (wf_is_str(v)) return 0;
    wf_err_format(wf_TypeError, "%smust be str, not %s", prefix, wf_type_name(v));
    return -1;
}

// Integer argument through __index__ ("'str' object cannot be interpreted as an integer").
static int int_arg(WfValue v, int64_t *out) {
    int r = wf_seq_index(v, out);
    if (r > 0) return 0;
    if (r == 0) {
        wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(v));
        return -1;
    }
    if (wf_err_matches(wf_IndexError)) {
        wf_err_clear();
        wf_err_set_str(wf_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return -1;
}

static inline size_t cp_len(unsigned char c) {
    return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

// Substring of [s] between byte offsets, known to hold [nchars] code points
// (SIZE_MAX: count them). Returns a new reference.
static WfValue sub_bytes(WfValue s, size_t b0, size_t b1, size_t nchars) {
    if (b0 == 0 && b1 == WF_STR_LEN(s) && s->type == &wf_str_type) return wf_newref(s);
    if (wf_str_is_ascii(s)) return wf_str_from_ascii(WF_STR_DATA(s) + b0, b1 - b0);
    WfValue v = wf_str_alloc(b1 - b0);
    if (!v) return WF_NULL;
    memcpy(WF_STR_DATA(v), WF_STR_DATA(s) + b0, b1 - b0);
    if (nchars == SIZE_MAX) wf_str_finalize(v);
    else wf_str_finalize_known(v, nchars);
    return v;
}

// ---- searching ----------------------------------------------------------------

// Finds [sub] in s[lo:hi) (char indices resolved); returns the char index or -1.
static int64_t find_in(WfValue s, WfValue sub, int64_t lo, int64_t hi, bool reverse) {
    int64_t sublen = (int64_t)wf_str_nchars(sub);
    if (hi - lo < sublen) return -1;
    size_t b0 = wf_str_offset(s, (size_t)lo), b1 = wf_str_offset(s, (size_t)hi);
    const char *d = WF_STR_DATA(s), *n = WF_STR_DATA(sub);
    size_t nl = WF_STR_LEN(sub);
    if (nl == 0) return reverse ? hi : lo;
    if (!reverse) {
        const char *p = memmem(d + b0, b1 - b0, n, nl);
        if (!p) return -1;
        return lo + (int64_t)wf_utf8_count(d + b0, (size_t)(p - (d + b0)));
    }
    if (b1 - b0 < nl) return -1;
    for (size_t i = b1 - nl + 1; i-- > b0;) {
        if (d[i] == n[0] && memcmp(d + i, n, nl) == 0) return lo + (int64_t)wf_utf8_count(d + b0, i - b0);
    }
    return -1;
}

static int64_t count_in(WfValue s, WfValue sub, int64_t lo, int64_t hi) {
    if (hi - lo < 0) return 0;
    if (WF_STR_LEN(sub) == 0) return hi - lo + 1;
    size_t b0 = wf_str_offset(s, (size_t)lo), b1 = wf_str_offset(s, (size_t)hi);
    const char *d = WF_STR_DATA(s), *n = WF_STR_DATA(sub);
    size_t nl = WF_STR_LEN(sub);
    int64_t count = 0;
    const char *p = d + b0, *end = d + b1;
    while ((size_t)(end - p) >= nl) {
        const char *q = memmem(p, (size_t)(end - p), n, nl);
        if (!q) break;
        count++;
        p = q + nl;
    }
    return count;
}

// Shared argument handling of find/rfind/index/rindex/count.
static int find_args(const char *fname, WfValue *args, size_t nargs, WfValue kwnames, WfValue self,
                     WfValue *sub, int64_t *lo, int64_t *hi) {
    WfValue a[3];
    if (wf_args_parse(fname, args, nargs, kwnames, POS3, 3, 1, 3, a) < 0) return -1;
    if (need_str(a[0], "") < 0) return -1;
    *sub = a[0];
    return wf_resolve_range(a[1], a[2], (int64_t)wf_str_nchars(self), lo, hi);
}

static WfValue str_find(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue sub;
    int64_t lo, hi;
    if (find_args("find", args, nargs, kwnames, self, &sub, &lo, &hi) < 0) return WF_NULL;
    return wf_int_from_i64(find_in(self, sub, lo, hi, false));
}

static WfValue str_rfind(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue sub;
    int64_t lo, hi;
    if (find_args("rfind", args, nargs, kwnames, self, &sub, &lo, &hi) < 0) return WF_NULL;
    return wf_int_from_i64(find_in(self, sub, lo, hi, true));
}

static WfValue str_index(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue sub;
    int64_t lo, hi;
    if (find_args("index", args, nargs, kwnames, self, &sub, &lo, &hi) < 0) return WF_NULL;
    int64_t r = find_in(self, sub, lo, hi, false);
    if (r < 0) {
        wf_err_set_str(wf_ValueError, "substring not found");
        return WF_NULL;
    }
    return wf_int_from_i64(r);
}

static WfValue str_rindex(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue sub;
    int64_t lo, hi;
    if (find_args("rindex", args, nargs, kwnames, self, &sub, &lo, &hi) < 0) return WF_NULL;
    int64_t r = find_in(self, sub, lo, hi, true);
    if (r < 0) {
        wf_err_set_str(wf_ValueError, "substring not found");
        return WF_NULL;
    }
    return wf_int_from_i64(r);
}

static WfValue str_count(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue sub;
    int64_t lo, hi;
    if (find_args("count", args, nargs, kwnames, self, &sub, &lo, &hi) < 0) return WF_NULL;
    if (lo > (int64_t)wf_str_nchars(self)) return WF_FROM_SMALLINT(0);
    return wf_int_from_i64(count_in(self, sub, lo, hi));
}

// startswith / endswith: [prefix] a str or a tuple of str.
static WfValue starts_ends(const char *fname, bool ends, WfValue self, WfValue *args, size_t nargs,
                           WfValue kwnames) {
    WfValue a[3];
    PARSE(fname, POS3, 3, 1, 3, a);
    int64_t lo, hi, len = (int64_t)wf_str_nchars(self);
    if (wf_resolve_range(a[1], a[2], len, &lo, &hi) < 0) return WF_NULL;
    WfValue pre = a[0];
    size_t n = 1;
    bool tuple = wf_is_tuple(pre);
    if (tuple) n = WF_TUPLE_LEN(pre);
    else if (!wf_is_str(pre)) {
        wf_err_format(wf_TypeError, "%s first arg must be str or a tuple of str, not %s", fname,
                      wf_type_name(pre));
        return WF_NULL;
    }
    for (size_t i = 0; i < n; i++) {
        WfValue p = tuple ? WF_TUPLE_GET(pre, i) : pre;
        if (!wf_is_str(p)) {
            wf_err_format(wf_TypeError, "tuple for %s must only contain str, not %s", fname,
                          wf_type_name(p));
            return WF_NULL;
        }
        if (lo > len) continue;
        int64_t pl = (int64_t)wf_str_nchars(p);
        if (hi - lo < pl) continue;
        int64_t at = ends ? hi - pl : lo;
        size_t b = wf_str_offset(self, (size_t)at);
        if (memcmp(WF_STR_DATA(self) + b, WF_STR_DATA(p), WF_STR_LEN(p)) == 0) return WF_TRUE;
    }
    return WF_FALSE;
}

static WfValue str_startswith(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return starts_ends("startswith", false, self, args, nargs, kwnames);
}

static WfValue str_endswith(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return starts_ends("endswith", true, self, args, nargs, kwnames);
}

// ---- splitting -------------------------------------------------------------------

static int append_sub(WfValue list, WfValue s, size_t b0, size_t b1) {
    WfValue part = sub_bytes(s, b0, b1, SIZE_MAX);
    if (!part) return -1;
    return wf_list_append_steal(list, part);
}

// ASCII whitespace as str.isspace() sees it: \t\n\v\f\r, \x1c-\x1f, space.
static const bool ascii_space[128] = {
    ['\t'] = 1, ['\n'] = 1, [0x0b] = 1, [0x0c] = 1, ['\r'] = 1,
    [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, [' '] = 1,
};

// Whitespace at byte offset [i]: returns its byte length, 0 if not whitespace.
static inline size_t space_at(const char *d, size_t i) {
    unsigned char c = (unsigned char)d[i];
    if (c < 0x80) return ascii_space[c];
    uint32_t cp;
    int k = wf_utf8_decode(d + i, &cp);
    return wf_unicode_isspace(cp) ? (size_t)k : 0;
}

// Whitespace ending just before byte offset [i] (> 0): its byte length or 0.
static size_t space_before(const char *d, size_t i) {
    size_t j = i - 1;
    while (j > 0 && ((unsigned char)d[j] & 0xc0) == 0x80) j--;
    size_t k = space_at(d, j);
    return k ? i - j : 0;
}

static int split_args(const char *fname, WfValue *args, size_t nargs, WfValue kwnames, WfValue *sep,
                      int64_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit"};
    WfValue a[2];
    if (wf_args_parse(fname, args, nargs, kwnames, names, 2, 0, 2, a) < 0) return -1;
    *sep = (a[0] && a[0] != WF_NONE) ? a[0] : WF_NULL;
    if (*sep && !wf_is_str(*sep)) {
        wf_err_format(wf_TypeError, "must be str or None, not %s", wf_type_name(*sep));
        return -1;
    }
    if (*sep && WF_STR_LEN(*sep) == 0) {
        wf_err_set_str(wf_ValueError, "empty separator");
        return -1;
    }
    *maxsplit = -1;
    if (a[1] && int_arg(a[1], maxsplit) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return 0;
}

static WfValue str_split(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue sep;
    int64_t maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0) return WF_NULL;
    WfValue list = wf_list_new(0);
    if (!list) return WF_NULL;
    const char *d = WF_STR_DATA(self);
    size_t len = WF_STR_LEN(self), i = 0;
    if (!sep && wf_str_is_ascii(self)) {
        const unsigned char *u = (const unsigned char *)d;
        while (i < len) {
            while (i < len && ascii_space[u[i]]) i++;
            if (i >= len) break;
            if (maxsplit-- <= 0) {
                if (append_sub(list, self, i, len) < 0) goto error;
                break;
            }
            size_t j = i + 1;
            while (j < len && !ascii_space[u[j]]) j++;
            WfValue part = wf_str_from_ascii(d + i, j - i);
            if (!part || wf_list_append_steal(list, part) < 0) goto error;
            i = j;
        }
        return list;
    }
    if (!sep) {
        size_t k;
        while (i < len) {
            while (i < len && (k = space_at(d, i))) i += k;
            if (i >= len) break;
            if (maxsplit-- <= 0) {
                // the rest, with trailing whitespace kept (CPython strips only the left)
                if (append_sub(list, self, i, len) < 0) goto error;
                break;
            }
            size_t j = i;
            while (j < len && !space_at(d, j)) j += cp_len((unsigned char)d[j]);
            if (append_sub(list, self, i, j) < 0) goto error;
            i = j;
        }
        return list;
    }
    const char *n = WF_STR_DATA(sep);
    size_t nl = WF_STR_LEN(sep);
    while (maxsplit-- > 0) {
        const char *p = len - i >= nl ? memmem(d + i, len - i, n, nl) : NULL;
        if (!p) break;
        size_t j = (size_t)(p - d);
        if (append_sub(list, self, i, j) < 0) goto error;
        i = j + nl;
    }
    if (append_sub(list, self, i, len) < 0) goto error;
    return list;
error:
    wf_decref(list);
    return WF_NULL;
}

// Reverses [list] in place.
static void list_reverse(WfValue list) {
    WfValue *it = WF_LIST_ITEMS(list);
    size_t n = WF_LIST_LEN(list);
    for (size_t i = 0; i < n / 2; i++) {
        WfValue t = it[i];
        it[i] = it[n - 1 - i];
        it[n - 1 - i] = t;
    }
}

static WfValue str_rsplit(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue sep;
    int64_t maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0) return WF_NULL;
    WfValue list = wf_list_new(0);
    if (!list) return WF_NULL;
    const char *d = WF_STR_DATA(self);
    size_t len = WF_STR_LEN(self), j = len;
    if (!sep) {
        size_t k;
        while (j > 0) {
            while (j > 0 && (k = space_before(d, j))) j -= k;
            if (j == 0) break;
            if (maxsplit-- <= 0) {
                if (append_sub(list, self, 0, j) < 0) goto error;
                break;
            }
            size_t i = j;
            while (i > 0 && !space_before(d, i)) {
                i--;
                while (i > 0 && ((unsigned char)d[i] & 0xc0) == 0x80) i--;
            }
            if (append_sub(list, self, i, j) < 0) goto error;
            j = i;
        }
        list_reverse(list);
        return list;
    }
    const char *n = WF_STR_DATA(sep);
    size_t nl = WF_STR_LEN(sep);
    while (maxsplit-- > 0 && j >= nl) {
        size_t i = j - nl + 1;
        bool found = false;
        while (i-- > 0) {
            if (d[i] == n[0] && memcmp(d + i, n, nl) == 0) {
                found = true;
                break;
            }
        }
        if (!found) break;
        if (append_sub(list, self, i + nl, j) < 0) goto error;
        j = i;
    }
    if (append_sub(list, self, 0, j) < 0) goto error;
    list_reverse(list);
    return list;
error:
    wf_decref(list);
    return WF_NULL;
}

static WfValue str_splitlines(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"keepends"};
    WfValue a[1];
    PARSE("splitlines", names, 1, 0, 1, a);
    bool keep = false;
    if (a[0]) {
        int64_t k;
        if (int_arg(a[0], &k) < 0) return WF_NULL;
        keep = k != 0;
    }
    WfValue list = wf_list_new(0);
    if (!list) return WF_NULL;
    const char *d = WF_STR_DATA(self);
    size_t len = WF_STR_LEN(self), i = 0;
    while (i < len) {
        size_t j = i, eol = 0;
        while (j < len) {
            unsigned char c = (unsigned char)d[j];
            uint32_t cp = c;
            size_t k = 1;
            if (c >= 0x80) k = (size_t)wf_utf8_decode(d + j, &cp);
            if (wf_unicode_islinebreak(cp)) {
                eol = k;
                if (cp == '\r' && j + 1 < len && d[j + 1] == '\n') eol = 2;
                break;
            }
            j += k;
        }
        if (append_sub(list, self, i, keep ? j + eol : j) < 0) goto error;
        i = j + eol;
    }
    return list;
error:
    wf_decref(list);
    return WF_NULL;
}

static WfValue partition(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, bool rev) {
    const char *fname = rev ? "rpartition" : "partition";
    WfValue a[1];
    PARSE(fname, POS1, 1, 1, 1, a);
    WfValue sep = a[0];
    if (need_str(sep, "") < 0) return WF_NULL;
    if (WF_STR_LEN(sep) == 0) {
        wf_err_set_str(wf_ValueError, "empty separator");
        return WF_NULL;
    }
    int64_t at = find_in(self, sep, 0, (int64_t)wf_str_nchars(self), rev);
    WfValue empty = wf_str_empty();
    if (at < 0) {
        WfValue whole = wf_str_exact(self);
        if (!whole) return WF_NULL;
        WfValue t = rev ? wf_tuple_pack(3, empty, empty, whole) : wf_tuple_pack(3, whole, empty, empty);
        wf_decref(whole);
        return t;
    }
    size_t b = wf_str_offset(self, (size_t)at);
    WfValue left = sub_bytes(self, 0, b, (size_t)at);
    WfValue right = sub_bytes(self, b + WF_STR_LEN(sep), WF_STR_LEN(self), SIZE_MAX);
    WfValue mid = wf_str_exact(sep);
    WfValue t = (left && right && mid) ? wf_tuple_pack(3, left, mid, right) : WF_NULL;
    wf_xdecref(left);
    wf_xdecref(right);
    wf_xdecref(mid);
    return t;
}

static WfValue str_partition(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return partition(self, args, nargs, kwnames, false);
}

static WfValue str_rpartition(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return partition(self, args, nargs, kwnames, true);
}

static WfValue str_join(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("join", POS1, 1, 1, 1, a);
    WfType *t = wf_type(a[0]);
    if (!t->iter && !t->getitem) {
        wf_err_set_str(wf_TypeError, "can only join an iterable");
        return WF_NULL;
    }
    return wf_str_join(self, a[0]);
}

// ---- stripping -------------------------------------------------------------------

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2 };

static bool in_chars(WfValue chars, uint32_t cp) {
    const char *c = WF_STR_DATA(chars);
    size_t n = WF_STR_LEN(chars);
    if (cp < 0x80) return memchr(c, (int)cp, n) != NULL;
    char buf[4];
    int k = wf_utf8_encode(cp, buf);
    return memmem(c, n, buf, (size_t)k) != NULL;
}

static WfValue do_strip(WfValue self, WfValue chars, int how) {
    const char *d = WF_STR_DATA(self);
    size_t len = WF_STR_LEN(self), i = 0, j = len;
    if (!chars && wf_str_is_ascii(self)) {
        const unsigned char *u = (const unsigned char *)d;
        if (how & STRIP_LEFT)
            while (i < j && ascii_space[u[i]]) i++;
        if (how & STRIP_RIGHT)
            while (j > i && ascii_space[u[j - 1]]) j--;
        return sub_bytes(self, i, j, j - i);
    }
    if (how & STRIP_LEFT) {
        while (i < len) {
            uint32_t cp;
            int k = wf_utf8_decode(d + i, &cp);
            if (chars ? !in_chars(chars, cp) : !wf_unicode_isspace(cp)) break;
            i += (size_t)k;
        }
    }
    if (how & STRIP_RIGHT) {
        while (j > i) {
            size_t s = j - 1;
            while (s > i && ((unsigned char)d[s] & 0xc0) == 0x80) s--;
            uint32_t cp;
            wf_utf8_decode(d + s, &cp);
            if (chars ? !in_chars(chars, cp) : !wf_unicode_isspace(cp)) break;
            j = s;
        }
    }
    return sub_bytes(self, i, j, SIZE_MAX);
}

static WfValue strip_common(const char *fname, int how, WfValue self, WfValue *args, size_t nargs,
                            WfValue kwnames) {
    WfValue a[1];
    PARSE(fname, POS1, 1, 0, 1, a);
    WfValue chars = (a[0] && a[0] != WF_NONE) ? a[0] : WF_NULL;
    if (chars && !wf_is_str(chars)) {
        wf_err_format(wf_TypeError, "%s arg must be None or str", fname);
        return WF_NULL;
    }
    return do_strip(self, chars, how);
}

static WfValue str_strip(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return strip_common("strip", STRIP_LEFT | STRIP_RIGHT, self, args, nargs, kwnames);
}
static WfValue str_lstrip(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return strip_common("lstrip", STRIP_LEFT, self, args, nargs, kwnames);
}
static WfValue str_rstrip(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return strip_common("rstrip", STRIP_RIGHT, self, args, nargs, kwnames);
}

static WfValue str_removeprefix(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("removeprefix", POS1, 1, 1, 1, a);
    if (need_str(a[0], "removeprefix() argument ") < 0) return WF_NULL;
    size_t n = WF_STR_LEN(a[0]);
    if (n <= WF_STR_LEN(self) && memcmp(WF_STR_DATA(self), WF_STR_DATA(a[0]), n) == 0)
        return sub_bytes(self, n, WF_STR_LEN(self), wf_str_nchars(self) - wf_str_nchars(a[0]));
    return wf_str_exact(self);
}

static WfValue str_removesuffix(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("removesuffix", POS1, 1, 1, 1, a);
    if (need_str(a[0], "removesuffix() argument ") < 0) return WF_NULL;
    size_t n = WF_STR_LEN(a[0]), len = WF_STR_LEN(self);
    if (n && n <= len && memcmp(WF_STR_DATA(self) + len - n, WF_STR_DATA(a[0]), n) == 0)
        return sub_bytes(self, 0, len - n, wf_str_nchars(self) - wf_str_nchars(a[0]));
    return wf_str_exact(self);
}

// ---- replace ----------------------------------------------------------------------

static WfValue str_replace(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[3];
    PARSE("replace", POS3, 3, 2, 3, a);
    if (need_str(a[0], "replace() argument 1 ") < 0 || need_str(a[1], "replace() argument 2 ") < 0)
        return WF_NULL;
    int64_t count = -1;
    if (a[2] && int_arg(a[2], &count) < 0) return WF_NULL;
    if (count < 0) count = INT64_MAX;
    WfValue old = a[0], new_ = a[1];
    const char *d = WF_STR_DATA(self), *o = WF_STR_DATA(old), *nw = WF_STR_DATA(new_);
    size_t len = WF_STR_LEN(self), ol = WF_STR_LEN(old), nl = WF_STR_LEN(new_);
    WfStrBuf b;
    wf_strbuf_init(&b);
    if (ol == 0) {
        // insert [new] before every character and at the end
        size_t i = 0;
        while (count > 0 && i <= len) {
            wf_strbuf_append(&b, nw, nl);
            count--;
            if (i == len) {
                i++;
                break;
            }
            size_t k = cp_len((unsigned char)d[i]);
            wf_strbuf_append(&b, d + i, k);
            i += k;
        }
        if (i < len) wf_strbuf_append(&b, d + i, len - i);
        return wf_strbuf_finish(&b);
    }
    wf_strbuf_free(&b);
    // Count the matches first, then build the result in one allocation.
    int64_t found = 0;
    for (size_t i = 0; found < count && len - i >= ol;) {
        const char *p = memmem(d + i, len - i, o, ol);
        if (!p) break;
        found++;
        i = (size_t)(p - d) + ol;
    }
    if (found == 0) return wf_str_exact(self);
    size_t total = len - (size_t)found * ol;
    if (nl && (size_t)found > (WF_TEXT_MAX - total) / nl) return wf_err_no_memory();
    total += (size_t)found * nl;
    WfValue res = wf_str_alloc(total);
    if (!res) return WF_NULL;
    char *w = WF_STR_DATA(res);
    size_t i = 0;
    for (int64_t k = 0; k < found; k++) {
        const char *p = memmem(d + i, len - i, o, ol);
        size_t j = (size_t)(p - d);
        memcpy(w, d + i, j - i);
        w += j - i;
        memcpy(w, nw, nl);
        w += nl;
        i = j + ol;
    }
    memcpy(w, d + i, len - i);
    int64_t nch = (int64_t)wf_str_nchars(self) +
                  found * ((int64_t)wf_str_nchars(new_) - (int64_t)wf_str_nchars(old));
    return wf_str_finalize_known(res, (size_t)nch);
}

// ---- case mapping --------------------------------------------------------------

// Is the Σ at byte offset [i] (length 2) a word-final sigma?
static bool final_sigma(const char *d, size_t len, size_t i) {
    // preceded by a cased letter (skipping case-ignorable ones)...
    size_t j = i;
    bool cased_before = false;
    while (j > 0) {
        size_t s = j - 1;
        while (s > 0 && ((unsigned char)d[s] & 0xc0) == 0x80) s--;
        uint32_t cp;
        wf_utf8_decode(d + s, &cp);
        j = s;
        if (wf_unicode_iscase_ignorable(cp)) continue;
        cased_before = wf_unicode_iscased(cp);
        break;
    }
    if (!cased_before) return false;
    // ...and not followed by one
    j = i + 2;
    while (j < len) {
        uint32_t cp;
        j += (size_t)wf_utf8_decode(d + j, &cp);
        if (wf_unicode_iscase_ignorable(cp)) continue;
        return !wf_unicode_iscased(cp);
    }
    return true;
}

// Appends the [kind] mapping of the code point at byte [i] of [d].
static void map_char(WfStrBuf *b, const char *d, size_t len, size_t i, uint32_t cp, int kind) {
    if (cp == 0x3a3 && kind == WF_CASE_LOWER) {
        wf_strbuf_append_codepoint(b, final_sigma(d, len, i) ? 0x3c2 : 0x3c3);
        return;
    }
    uint32_t out[3];
    int n = wf_unicode_case_map(cp, kind, out);
    for (int k = 0; k < n; k++) wf_strbuf_append_codepoint(b, out[k]);
}

enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static WfValue case_convert(WfValue self, int how) {
    const char *d = WF_STR_DATA(self);
    size_t len = WF_STR_LEN(self);
    if (wf_str_is_ascii(self)) {
        WfValue v = wf_str_alloc(len);
        if (!v) return WF_NULL;
        char *p = WF_STR_DATA(v);
        if (how == CASE_UPPER) {
            for (size_t i = 0; i < len; i++) {
                unsigned char c = (unsigned char)d[i];
                p[i] = (char)(c - ((unsigned)(c - 'a') < 26u ? 32 : 0));
            }
            return wf_str_finalize_known(v, len);
        }
        if (how == CASE_LOWER || how == CASE_FOLD) {
            for (size_t i = 0; i < len; i++) {
                unsigned char c = (unsigned char)d[i];
                p[i] = (char)(c + ((unsigned)(c - 'A') < 26u ? 32 : 0));
            }
            return wf_str_finalize_known(v, len);
        }
        bool prev_cased = false;
        for (size_t i = 0; i < len; i++) {
            char c = d[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (how) {
            case CASE_UPPER: if (lo) c -= 32; break;
            case CASE_LOWER: case CASE_FOLD: if (up) c += 32; break;
            case CASE_SWAP: if (lo) c -= 32; else if (up) c += 32; break;
            case CASE_TITLE:
                if (prev_cased) { if (up) c += 32; }
                else if (lo) c -= 32;
                prev_cased = up || lo;
                break;
            default:   // capitalize
                if (i == 0) { if (lo) c -= 32; }
                else if (up) c += 32;
                break;
            }
            p[i] = c;
        }
        return wf_str_finalize_known(v, len);
    }
    WfStrBuf b;
    wf_strbuf_init(&b);
    bool prev_cased = false;
    size_t i = 0, index = 0;
    while (i < len) {
        uint32_t cp;
        size_t k = (size_t)wf_utf8_decode(d + i, &cp);
        switch (how) {
        case CASE_UPPER: map_char(&b, d, len, i, cp, WF_CASE_UPPER); break;
        case CASE_LOWER: map_char(&b, d, len, i, cp, WF_CASE_LOWER); break;
        case CASE_FOLD: map_char(&b, d, len, i, cp, WF_CASE_FOLD); break;
        case CASE_SWAP:
            if (wf_unicode_isupper(cp)) map_char(&b, d, len, i, cp, WF_CASE_LOWER);
            else if (wf_unicode_islower(cp)) map_char(&b, d, len, i, cp, WF_CASE_UPPER);
            else wf_strbuf_append(&b, d + i, k);
            break;
        case CASE_TITLE:
            map_char(&b, d, len, i, cp, prev_cased ? WF_CASE_LOWER : WF_CASE_TITLE);
            prev_cased = wf_unicode_iscased(cp);
            break;
        default:
            map_char(&b, d, len, i, cp, index == 0 ? WF_CASE_TITLE : WF_CASE_LOWER);
            break;
        }
        i += k;
        index++;
    }
    return wf_strbuf_finish(&b);
}

#define CASE_METHOD(fname, how)                                                          \
    static WfValue str_##fname(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) { \
        NOARGS(#fname);                                                                  \
        return case_convert(self, how);                                                  \
    }
CASE_METHOD(upper, CASE_UPPER)
CASE_METHOD(lower, CASE_LOWER)
CASE_METHOD(casefold, CASE_FOLD)
CASE_METHOD(swapcase, CASE_SWAP)
CASE_METHOD(title, CASE_TITLE)
CASE_METHOD(capitalize, CASE_CAPITALIZE)

// ---- predicates ----------------------------------------------------------------------

#define PRED_METHOD(fname, test)                                                         \
    static WfValue str_##fname(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) { \
        NOARGS(#fname);                                                                  \
        const char *d = WF_STR_DATA(self);                                               \
        size_t len = WF_STR_LEN(self), i = 0;                                            \
        if (len == 0) return WF_FALSE;                                                   \
        while (i < len) {                                                                \
            uint32_t cp;                                                                 \
            i += (size_t)wf_utf8_decode(d + i, &cp);                                     \
            if (!(test)) return WF_FALSE;                                                \
        }                                                                                \
        return WF_TRUE;                                                                  \
    }
PRED_METHOD(isalpha, wf_unicode_isalpha(cp))
PRED_METHOD(isdigit, wf_unicode_isdigit(cp))
PRED_METHOD(isdecimal, wf_unicode_isdecimal(cp))
PRED_METHOD(isnumeric, wf_unicode_isnumeric(cp))
PRED_METHOD(isspace, wf_unicode_isspace(cp))
PRED_METHOD(isalnum, wf_unicode_isalpha(cp) || wf_unicode_isdecimal(cp) || wf_unicode_isdigit(cp) ||
                         wf_unicode_isnumeric(cp))

static WfValue str_isascii(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARGS("isascii");
    return wf_bool(wf_str_is_ascii(self));
}

static WfValue str_isprintable(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARGS("isprintable");
    const char *d = WF_STR_DATA(self);
    size_t len = WF_STR_LEN(self), i = 0;
    while (i < len) {
        uint32_t cp;
        i += (size_t)wf_utf8_decode(d + i, &cp);
        if (!wf_unicode_isprintable(cp)) return WF_FALSE;
    }
    return WF_TRUE;
}

static WfValue str_isupper(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARGS("isupper");
    const char *d = WF_STR_DATA(self);
    size_t len = WF_STR_LEN(self), i = 0;
    bool cased = false;
    while (i < len) {
        uint32_t cp;
        i += (size_t)wf_utf8_decode(d + i, &cp);
        if (wf_unicode_islower(cp) || wf_unicode_istitle(cp)) return WF_FALSE;
        if (!cased && wf_unicode_isupper(cp)) cased = true;
    }
    return wf_bool(cased);
}

static WfValue str_islower(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARGS("islower");
    const char *d = WF_STR_DATA(self);
    size_t len = WF_STR_LEN(self), i = 0;
    bool cased = false;
    while (i < len) {
        uint32_t cp;
        i += (size_t)wf_utf8_decode(d + i, &cp);
        if (wf_unicode_isupper(cp) || wf_unicode_istitle(cp)) return WF_FALSE;
        if (!cased && wf_unicode_islower(cp)) cased = true;
    }
    return wf_bool(cased);
}

static WfValue str_istitle(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARGS("istitle");
    const char *d = WF_STR_DATA(self);
    size_t len = WF_STR_LEN(self), i = 0;
    bool cased = false, prev_cased = false;
    while (i < len) {
        uint32_t cp;
        i += (size_t)wf_utf8_decode(d + i, &cp);
        if (wf_unicode_isupper(cp) || wf_unicode_istitle(cp)) {
            if (prev_cased) return WF_FALSE;
            prev_cased = cased = true;
        } else if (wf_unicode_islower(cp)) {
            if (!prev_cased) return WF_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return wf_bool(cased);
}

static WfValue str_isidentifier(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARGS("isidentifier");
    const char *d = WF_STR_DATA(self);
    size_t len = WF_STR_LEN(self), i = 0;
    if (len == 0) return WF_FALSE;
    uint32_t cp;
    i += (size_t)wf_utf8_decode(d, &cp);
    if (!wf_unicode_isxid_start(cp) && cp != '_') return WF_FALSE;
    while (i < len) {
        i += (size_t)wf_utf8_decode(d + i, &cp);
        if (!wf_unicode_isxid_continue(cp)) return WF_FALSE;
    }
    return WF_TRUE;
}

// ---- padding ------------------------------------------------------------------------

// Reads the optional fill character argument (default ' ').
static int fill_arg(WfValue v, uint32_t *fill) {
    *fill = ' ';
    if (!v) return 0;
    if (!wf_is_str(v)) {
        wf_err_format(wf_TypeError, "The fill character must be a unicode character, not %s",
                      wf_type_name(v));
        return -1;
    }
    if (wf_str_nchars(v) != 1) {
        wf_err_set_str(wf_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    wf_utf8_decode(WF_STR_DATA(v), fill);
    return 0;
}

static WfValue pad(WfValue self, int64_t left, int64_t right, uint32_t fill) {
    if (left <= 0 && right <= 0) return wf_str_exact(self);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    char fb[4];
    size_t fl = (size_t)wf_utf8_encode(fill, fb);
    size_t len = WF_STR_LEN(self);
    WfValue v = wf_str_alloc(len + fl * (size_t)(left + right));
    if (!v) return WF_NULL;
    char *p = WF_STR_DATA(v);
    for (int64_t k = 0; k < left; k++, p += fl) memcpy(p, fb, fl);
    memcpy(p, WF_STR_DATA(self), len);
    p += len;
    for (int64_t k = 0; k < right; k++, p += fl) memcpy(p, fb, fl);
    return wf_str_finalize_known(v, wf_str_nchars(self) + (size_t)(left + right));
}

static WfValue justify(const char *fname, int how, WfValue self, WfValue *args, size_t nargs,
                       WfValue kwnames) {
    WfValue a[2];
    PARSE(fname, POS2, 2, 1, 2, a);
    int64_t width;
    uint32_t fill;
    if (int_arg(a[0], &width) < 0 || fill_arg(a[1], &fill) < 0) return WF_NULL;
    int64_t n = (int64_t)wf_str_nchars(self);
    if (width <= n) return wf_str_exact(self);
    if (width > (int64_t)WF_TEXT_MAX) return wf_err_no_memory();
    int64_t marg = width - n;
    if (how < 0) return pad(self, 0, marg, fill);
    if (how > 0) return pad(self, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static WfValue str_ljust(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return justify("ljust", -1, self, args, nargs, kwnames);
}
static WfValue str_rjust(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return justify("rjust", 1, self, args, nargs, kwnames);
}
static WfValue str_center(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return justify("center", 0, self, args, nargs, kwnames);
}

static WfValue str_zfill(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("zfill", POS1, 1, 1, 1, a);
    int64_t width;
    if (int_arg(a[0], &width) < 0) return WF_NULL;
    int64_t n = (int64_t)wf_str_nchars(self);
    if (width <= n) return wf_str_exact(self);
    if (width > (int64_t)WF_TEXT_MAX) return wf_err_no_memory();
    WfValue v = pad(self, width - n, 0, '0');
    if (!v) return WF_NULL;
    char *p = WF_STR_DATA(v);
    size_t fillc = (size_t)(width - n);
    if (n > 0 && (p[fillc] == '+' || p[fillc] == '-')) {
        p[0] = p[fillc];
        p[fillc] = '0';
    }
    return v;
}

static WfValue str_expandtabs(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"tabsize"};
    WfValue a[1];
    PARSE("expandtabs", names, 1, 0, 1, a);
    int64_t tab = 8;
    if (a[0] && int_arg(a[0], &tab) < 0) return WF_NULL;
    if (tab > INT32_MAX || tab < INT32_MIN) {
        wf_err_set_str(wf_OverflowError, "Python int too large to convert to C int");
        return WF_NULL;
    }
    const char *d = WF_STR_DATA(self);
    size_t len = WF_STR_LEN(self), i = 0;
    if (!memchr(d, '\t', len)) return wf_str_exact(self);
    WfStrBuf b;
    wf_strbuf_init(&b);
    int64_t col = 0;
    while (i < len) {
        char c = d[i];
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                if (n > (int64_t)WF_TEXT_MAX) {
                    wf_strbuf_free(&b);
                    return wf_err_no_memory();
                }
                for (int64_t k = 0; k < n; k++) wf_strbuf_append_char(&b, ' ');
                col += n;
            }
            i++;
        } else {
            size_t k = cp_len((unsigned char)c);
            wf_strbuf_append(&b, d + i, k);
            i += k;
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return wf_strbuf_finish(&b);
}

// ---- encode, translate, maketrans ----------------------------------------------------

static WfValue str_encode(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"encoding", "errors"};
    WfValue a[2];
    PARSE("encode", names, 2, 0, 2, a);
    const char *enc = "utf-8", *errs = "strict";
    if (a[0]) {
        if (need_str(a[0], "encode() argument 'encoding' ") < 0) return WF_NULL;
        enc = WF_STR_DATA(a[0]);
    }
    if (a[1]) {
        if (need_str(a[1], "encode() argument 'errors' ") < 0) return WF_NULL;
        errs = WF_STR_DATA(a[1]);
    }
    return wf_unicode_encode(self, enc, errs);
}

static WfValue str_translate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("translate", POS1, 1, 1, 1, a);
    WfValue table = a[0];
    const char *d = WF_STR_DATA(self);
    size_t len = WF_STR_LEN(self), i = 0;
    WfStrBuf b;
    wf_strbuf_init(&b);
    while (i < len) {
        uint32_t cp;
        size_t k = (size_t)wf_utf8_decode(d + i, &cp);
        WfValue r = wf_getitem(table, WF_FROM_SMALLINT(cp));
        if (!r) {
            if (wf_err_matches(wf_LookupError)) {
                wf_err_clear();
                wf_strbuf_append(&b, d + i, k);
                i += k;
                continue;
            }
            goto error;
        }
        if (r == WF_NONE) {
            // deleted
        } else if (wf_is_int(r)) {
            int64_t c;
            if (wf_int_to_i64(r, &c) < 0 || c < 0 || c > 0x10ffff) {
                wf_err_clear();
                wf_decref(r);
                wf_err_set_str(wf_ValueError, "character mapping must be in range(0x110000)");
                goto error;
            }
            wf_strbuf_append_codepoint(&b, (uint32_t)c);
        } else if (wf_is_str(r)) {
            wf_strbuf_append(&b, WF_STR_DATA(r), WF_STR_LEN(r));
        } else {
            wf_decref(r);
            wf_err_set_str(wf_TypeError, "character mapping must return integer, None or str");
            goto error;
        }
        wf_decref(r);
        i += k;
    }
    return wf_strbuf_finish(&b);
error:
    wf_strbuf_free(&b);
    return WF_NULL;
}

static WfValue str_maketrans(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[3];
    PARSE("maketrans", POS3, 3, 1, 3, a);
    WfValue d = wf_dict_new();
    if (!d) return WF_NULL;
    if (!a[1]) {
        if (!wf_is_dict(a[0])) {
            wf_err_set_str(wf_TypeError, "if you give only one argument to maketrans it must be a dict");
            goto error;
        }
        size_t pos = 0;
        WfValue k, v;
        while (wf_dict_next(a[0], &pos, &k, &v)) {
            if (wf_is_str(k)) {
                if (wf_str_nchars(k) != 1) {
                    wf_err_set_str(wf_ValueError, "string keys in translate table must be of length 1");
                    goto error;
                }
                uint32_t cp;
                wf_utf8_decode(WF_STR_DATA(k), &cp);
                if (wf_dict_set(d, WF_FROM_SMALLINT(cp), v) < 0) goto error;
            } else if (wf_is_int(k)) {
                if (wf_dict_set(d, k, v) < 0) goto error;
            } else {
                wf_err_set_str(wf_TypeError, "keys in translate table must be strings or integers");
                goto error;
            }
        }
        return d;
    }
    if (need_str(a[0], "maketrans() argument 1 ") < 0 || need_str(a[1], "maketrans() argument 2 ") < 0)
        goto error;
    if (wf_str_nchars(a[0]) != wf_str_nchars(a[1])) {
        wf_err_set_str(wf_ValueError, "the first two maketrans arguments must have equal length");
        goto error;
    }
    const char *x = WF_STR_DATA(a[0]), *y = WF_STR_DATA(a[1]);
    size_t i = 0, j = 0;
    while (i < WF_STR_LEN(a[0])) {
        uint32_t c1, c2;
        i += (size_t)wf_utf8_decode(x + i, &c1);
        j += (size_t)wf_utf8_decode(y + j, &c2);
        if (wf_dict_set(d, WF_FROM_SMALLINT(c1), WF_FROM_SMALLINT(c2)) < 0) goto error;
    }
    if (a[2]) {
        if (need_str(a[2], "maketrans() argument 3 ") < 0) goto error;
        const char *z = WF_STR_DATA(a[2]);
        i = 0;
        while (i < WF_STR_LEN(a[2])) {
            uint32_t c;
            i += (size_t)wf_utf8_decode(z + i, &c);
            if (wf_dict_set(d, WF_FROM_SMALLINT(c), WF_NONE) < 0) goto error;
        }
    }
    return d;
error:
    wf_decref(d);
    return WF_NULL;
}

// ---- formatting ---------------------------------------------------------------------

static WfValue str_format(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_str_format_impl(self, args, nargs, kwnames, WF_NULL);
}

static WfValue str_format_map(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("format_map", POS1, 1, 1, 1, a);
    return wf_str_format_impl(self, NULL, 0, WF_NULL, a[0]);
}

static WfValue str___format__(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("__format__", POS1, 1, 1, 1, a);
    if (!wf_is_str(a[0])) {
        wf_err_format(wf_TypeError, "__format__() argument must be str, not %s", wf_type_name(a[0]));
        return WF_NULL;
    }
    if (WF_STR_LEN(a[0]) == 0) return wf_str(self);   // str(self): a subclass's __str__ counts
    return wf_format_str(self, a[0]);
}

static WfValue str___getnewargs__(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARGS("__getnewargs__");
    WfValue s = wf_str_exact(self);
    if (!s) return WF_NULL;
    WfValue t = wf_tuple_pack(1, s);
    wf_decref(s);
    return t;
}

static WfValue str___sizeof__(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARGS("__sizeof__");
    return wf_int_from_i64((int64_t)(offsetof(WfStr, data) + WF_STR_LEN(self) + 1));
}

const WfMethodDef wf_str_methods[] = {
    {"join", str_join, 0, NULL},
    {"split", str_split, 0, NULL},
    {"rsplit", str_rsplit, 0, NULL},
    {"splitlines", str_splitlines, 0, NULL},
    {"strip", str_strip, 0, NULL},
    {"lstrip", str_lstrip, 0, NULL},
    {"rstrip", str_rstrip, 0, NULL},
    {"startswith", str_startswith, 0, NULL},
    {"endswith", str_endswith, 0, NULL},
    {"find", str_find, 0, NULL},
    {"rfind", str_rfind, 0, NULL},
    {"index", str_index, 0, NULL},
    {"rindex", str_rindex, 0, NULL},
    {"count", str_count, 0, NULL},
    {"replace", str_replace, 0, NULL},
    {"upper", str_upper, 0, NULL},
    {"lower", str_lower, 0, NULL},
    {"casefold", str_casefold, 0, NULL},
    {"capitalize", str_capitalize, 0, NULL},
    {"title", str_title, 0, NULL},
    {"swapcase", str_swapcase, 0, NULL},
    {"isdigit", str_isdigit, 0, NULL},
    {"isalpha", str_isalpha, 0, NULL},
    {"isalnum", str_isalnum, 0, NULL},
    {"isspace", str_isspace, 0, NULL},
    {"isupper", str_isupper, 0, NULL},
    {"islower", str_islower, 0, NULL},
    {"istitle", str_istitle, 0, NULL},
    {"isidentifier", str_isidentifier, 0, NULL},
    {"isnumeric", str_isnumeric, 0, NULL},
    {"isdecimal", str_isdecimal, 0, NULL},
    {"isprintable", str_isprintable, 0, NULL},
    {"isascii", str_isascii, 0, NULL},
    {"center", str_center, 0, NULL},
    {"ljust", str_ljust, 0, NULL},
    {"rjust", str_rjust, 0, NULL},
    {"zfill", str_zfill, 0, NULL},
    {"partition", str_partition, 0, NULL},
    {"rpartition", str_rpartition, 0, NULL},
    {"expandtabs", str_expandtabs, 0, NULL},
    {"encode", str_encode, 0, NULL},
    {"format", str_format, 0, NULL},
    {"format_map", str_format_map, 0, NULL},
    {"maketrans", str_maketrans, WF_METH_STATIC, NULL},
    {"translate", str_translate, 0, NULL},
    {"removeprefix", str_removeprefix, 0, NULL},
    {"removesuffix", str_removesuffix, 0, NULL},
    {"__format__", str___format__, 0, NULL},
    {"__getnewargs__", str___getnewargs__, 0, NULL},
    {"__sizeof__", str___sizeof__, 0, NULL},
    {NULL, NULL, 0, NULL},
};
