// bytes.c — bytes (immutable, cached hash, NUL-terminated) and bytearray
// (a growable malloc'ed buffer), their iterators, and the methods they share.
// A method called on a bytearray returns bytearrays where CPython does.
// Invariants: WfBytes.hash is -1 until computed; a bytearray's data may be
// NULL only when len == cap == 0. GIL: callers hold it.
#include "runtime/bytes.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/strimpl.h"
#include "runtime/tuple.h"
#include "runtime/unicode.h"

static WfType wf_bytes_iter_type, wf_bytearray_iter_type;

static inline bool is_bytearray(WfValue v) {
    return !WF_IS_SMALLINT(v) && wf_type_is_subtype(v->type, &wf_bytearray_type);
}

// The bytes of a bytes or bytearray value (borrowed, valid until it changes).
static bool buffer_of(WfValue v, const unsigned char **p, size_t *n) {
    if (wf_is_bytes(v)) {
        *p = WF_BYTES_DATA(v);
        *n = WF_BYTES_LEN(v);
        return true;
    }
    if (is_bytearray(v)) {
        WfByteArray *b = (WfByteArray *)v;
        *p = b->data ? b->data : (const unsigned char *)"";
        *n = b->len;
        return true;
    }
    *p = (const unsigned char *)"";
    *n = 0;
    return false;
}

// ---- allocation --------------------------------------------------------------------

static WfValue empty_bytes;
static WfValue byte_cache[256];

static WfValue bytes_alloc(size_t len) {
    if (len > WF_TEXT_MAX) return wf_err_no_memory();
    WfValue v = wf_object_alloc(&wf_bytes_type, offsetof(WfBytes, data) + len + 1);
    if (!v) return WF_NULL;
    ((WfBytes *)v)->hash = -1;
    ((WfBytes *)v)->len = len;
    ((WfBytes *)v)->data[len] = 0;
    return v;
}

WfValue wf_bytes_new(const void *data, size_t len) {
    if (!data) {
        // zero-filled and never shared: the caller may still fill it
        WfValue z = bytes_alloc(len);
        if (z) memset(WF_BYTES_DATA(z), 0, len);
        return z;
    }
    if (len == 0 && empty_bytes) return empty_bytes;
    if (len == 1 && byte_cache[*(const unsigned char *)data]) return byte_cache[*(const unsigned char *)data];
    WfValue v = bytes_alloc(len);
    if (!v) return WF_NULL;
    if (len) memcpy(WF_BYTES_DATA(v), data, len);
    if (len <= 1) {
        v->refcnt = WF_IMMORTAL_REFCNT;
        if (len == 0) empty_bytes = v;
        else byte_cache[WF_BYTES_DATA(v)[0]] = v;
    }
    return v;
}

static int bytearray_reserve(WfByteArray *b, size_t need) {
    if (need <= b->cap) return 0;
    if (need > WF_TEXT_MAX) {
        wf_err_no_memory();
        return -1;
    }
    size_t ncap = b->cap < 16 ? 16 : b->cap;
    while (ncap < need) ncap += ncap / 2 + 8;
    unsigned char *nd = realloc(b->data, ncap + 1);
    if (!nd) {
        wf_err_no_memory();
        return -1;
    }
    b->data = nd;
    b->cap = ncap;
    return 0;
}

static WfValue bytearray_alloc(WfType *type, const void *data, size_t len) {
    WfValue v = wf_object_alloc(type, type->basicsize);
    if (!v) return WF_NULL;
    WfByteArray *b = (WfByteArray *)v;
    if (len && bytearray_reserve(b, len) < 0) {
        wf_decref(v);
        return WF_NULL;
    }
    if (len) {
        if (data) memcpy(b->data, data, len);
        else memset(b->data, 0, len);
        b->data[len] = 0;
    }
    b->len = len;
    return v;
}

WfValue wf_bytearray_new(const void *data, size_t len) {
    return bytearray_alloc(&wf_bytearray_type, data, len);
}

// A result of the same family as [self]: bytearray for bytearrays, else bytes.
static WfValue new_like(WfValue self, const void *p, size_t n) {
    return is_bytearray(self) ? wf_bytearray_new(p, n) : wf_bytes_new(p, n);
}

// ---- repr ----------------------------------------------------------------------------

static void bytes_repr_into(WfStrBuf *b, const unsigned char *p, size_t n, bool always_escape_sq) {
    bool sq = memchr(p, '\'', n) != NULL, dq = memchr(p, '"', n) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    wf_strbuf_append_char(b, 'b');
    wf_strbuf_append_char(b, quote);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == (unsigned char)quote || c == '\\' || (always_escape_sq && c == '\'')) {
            wf_strbuf_append_char(b, '\\');
            wf_strbuf_append_char(b, (char)c);
        } else if (c == '\t') wf_strbuf_append(b, "\\t", 2);
        else if (c == '\n') wf_strbuf_append(b, "\\n", 2);
        else if (c == '\r') wf_strbuf_append(b, "\\r", 2);
        else if (c < 0x20 || c >= 0x7f) wf_strbuf_printf(b, "\\x%02x", c);
        else wf_strbuf_append_char(b, (char)c);
    }
    wf_strbuf_append_char(b, quote);
}

static WfValue bytes_repr(WfValue self) {
    WfStrBuf b;
    wf_strbuf_init(&b);
    bytes_repr_into(&b, WF_BYTES_DATA(self), WF_BYTES_LEN(self), false);
    return wf_strbuf_finish(&b);
}

static WfValue bytearray_repr(WfValue self) {
    WfByteArray *ba = (WfByteArray *)self;
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append_cstr(&b, wf_type_name(self));
    wf_strbuf_append_char(&b, '(');
    bytes_repr_into(&b, ba->data ? ba->data : (const unsigned char *)"", ba->len, true);
    wf_strbuf_append_char(&b, ')');
    return wf_strbuf_finish(&b);
}

// ---- slots -------------------------------------------------------------------------

static void bytes_dealloc(WfValue self) { wf_object_free(self); }

static void bytearray_dealloc(WfValue self) {
    free(((WfByteArray *)self)->data);
    wf_object_free(self);
}

static WfHash bytes_hash(WfValue self) {
    WfBytes *b = (WfBytes *)self;
    if (b->hash == -1) b->hash = wf_hash_bytes(b->data, b->len);
    return b->hash;
}

static WfValue bytes_richcompare(WfValue a, WfValue b, int op) {
    const unsigned char *pa, *pb;
    size_t na, nb;
    if (!buffer_of(a, &pa, &na) || !buffer_of(b, &pb, &nb)) return wf_newref(WF_NOTIMPLEMENTED);
    if ((op == WF_EQ || op == WF_NE) && na != nb) return wf_bool(op == WF_NE);
    int c = memcmp(pa, pb, na < nb ? na : nb);
    if (c == 0) c = na < nb ? -1 : na > nb;
    bool r;
    switch (op) {
    case WF_LT: r = c < 0; break;
    case WF_LE: r = c <= 0; break;
    case WF_EQ: r = c == 0; break;
    case WF_NE: r = c != 0; break;
    case WF_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return wf_bool(r);
}

static WfValue bytes_add(WfValue a, WfValue b) {
    const unsigned char *pa, *pb;
    size_t na, nb;
    if (!buffer_of(a, &pa, &na)) return wf_newref(WF_NOTIMPLEMENTED);
    if (!buffer_of(b, &pb, &nb)) {
        WfType *t = wf_type(b);
        WfBinaryFn fn = t->nb[WF_BINOP_ADD];
        if (fn && fn != wf_type(a)->nb[WF_BINOP_ADD]) {
            WfValue r = fn(a, b);
            if (r != WF_NOTIMPLEMENTED) return r;
            wf_decref(r);
        }
        wf_err_format(wf_TypeError, "can't concat %s to %s", wf_type_name(b), wf_type_name(a));
        return WF_NULL;
    }
    if (is_bytearray(a)) {
        WfValue v = wf_bytearray_new(NULL, na + nb);
        if (!v) return WF_NULL;
        WfByteArray *r = (WfByteArray *)v;
        if (na) memcpy(r->data, pa, na);
        if (nb) memcpy(r->data + na, pb, nb);
        return v;
    }
    if (nb == 0 && a->type == &wf_bytes_type) return wf_newref(a);
    WfValue v = bytes_alloc(na + nb);
    if (!v) return WF_NULL;
    memcpy(WF_BYTES_DATA(v), pa, na);
    memcpy(WF_BYTES_DATA(v) + na, pb, nb);
    return v;
}

// The repeat count of a sequence * operand: 1 ok, 0 not an int, -1 error.
static int repeat_count(WfValue v, int64_t *n) {
    if (!wf_is_int(v) && !wf_type(v)->nb_index) return 0;
    int r = wf_seq_index(v, n);
    if (r < 0 && wf_err_matches(wf_IndexError)) {
        wf_err_clear();
        wf_err_format(wf_OverflowError, "cannot fit '%s' into an index-sized integer", wf_type_name(v));
    }
    return r;
}

static WfValue repeat(WfValue seq, const unsigned char *p, size_t len, int64_t n) {
    if (n < 0) n = 0;
    if (len && (uint64_t)n > WF_TEXT_MAX / len) return wf_err_no_memory();
    size_t total = len * (size_t)n;
    WfValue v;
    unsigned char *out;
    if (is_bytearray(seq)) {
        v = wf_bytearray_new(NULL, total);
        if (!v) return WF_NULL;
        out = ((WfByteArray *)v)->data;
        p = ((WfByteArray *)seq)->data;   // re-read: nothing ran in between
    } else {
        if (n == 1 && seq->type == &wf_bytes_type) return wf_newref(seq);
        if (total <= 1) return wf_bytes_new(p, total);
        v = bytes_alloc(total);
        if (!v) return WF_NULL;
        out = WF_BYTES_DATA(v);
    }
    for (int64_t i = 0; i < n; i++) memcpy(out + (size_t)i * len, p, len);
    return v;
}

static WfValue bytes_mul(WfValue a, WfValue b) {
    const unsigned char *p;
    size_t n;
    WfValue seq = buffer_of(a, &p, &n) ? a : b, count = seq == a ? b : a;
    if (!buffer_of(seq, &p, &n)) return wf_newref(WF_NOTIMPLEMENTED);
    int64_t k;
    int r = repeat_count(count, &k);
    if (r < 0) return WF_NULL;
    if (r == 0) {
        wf_err_format(wf_TypeError, "can't multiply sequence by non-int of type '%s'", wf_type_name(count));
        return WF_NULL;
    }
    return repeat(seq, p, n, k);
}

static WfValue bytes_mod(WfValue a, WfValue b) {
    const unsigned char *p;
    size_t n;
    if (!buffer_of(a, &p, &n)) return wf_newref(WF_NOTIMPLEMENTED);
    WfValue r = wf_bytes_percent_format(p, n, b);
    if (!r || !is_bytearray(a)) return r;
    WfValue ba = wf_bytearray_new(WF_BYTES_DATA(r), WF_BYTES_LEN(r));
    wf_decref(r);
    return ba;
}

static intptr_t bytes_len(WfValue self) {
    const unsigned char *p;
    size_t n;
    buffer_of(self, &p, &n);
    return (intptr_t)n;
}

static WfValue bytes_getitem(WfValue self, WfValue key) {
    const unsigned char *p;
    size_t n;
    buffer_of(self, &p, &n);
    int64_t i;
    int r = wf_seq_index(key, &i);
    if (r < 0) return WF_NULL;
    if (r > 0) {
        if (i < 0) i += (int64_t)n;
        if (i < 0 || i >= (int64_t)n) {
            wf_err_set_str(wf_IndexError, is_bytearray(self) ? "bytearray index out of range" : "index out of range");
            return WF_NULL;
        }
        return WF_FROM_SMALLINT(p[i]);
    }
    if (!WF_IS_SMALLINT(key) && key->type == &wf_slice_type) {
        int64_t start, stop, step, len;
        if (wf_slice_indices(key, (int64_t)n, &start, &stop, &step, &len) < 0) return WF_NULL;
        buffer_of(self, &p, &n);   // __index__ of the bounds may have run code
        if (step == 1) return new_like(self, p + start, (size_t)len);
        unsigned char *tmp = malloc((size_t)len + 1);
        if (!tmp) return wf_err_no_memory();
        for (int64_t k = 0; k < len; k++) tmp[k] = p[start + k * step];
        WfValue v = new_like(self, tmp, (size_t)len);
        free(tmp);
        return v;
    }
    wf_err_format(wf_TypeError, "%s indices must be integers or slices, not %s",
                  is_bytearray(self) ? "bytearray" : "byte", wf_type_name(key));
    return WF_NULL;
}

// A byte value argument (int in range(256)): 0 ok, -1 error.
static int byte_value(WfValue v, unsigned char *out) {
    int64_t x;
    int r = wf_seq_index(v, &x);
    if (r == 0) {
        wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(v));
        return -1;
    }
    if (r < 0) {
        if (!wf_err_matches(wf_IndexError)) return -1;
        wf_err_clear();
        x = -1;
    }
    if (x < 0 || x > 255) {
        wf_err_set_str(wf_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

static int bytes_contains(WfValue self, WfValue item) {
    const unsigned char *p, *q;
    size_t n, m;
    buffer_of(self, &p, &n);
    if (wf_is_int(item) || (!buffer_of(item, &q, &m) && wf_type(item)->nb_index)) {
        unsigned char c;
        if (byte_value(item, &c) < 0) return -1;
        buffer_of(self, &p, &n);
        return n && memchr(p, c, n) != NULL;
    }
    if (!buffer_of(item, &q, &m)) {
        wf_err_format(wf_TypeError, "a bytes-like object is required, not '%s'", wf_type_name(item));
        return -1;
    }
    if (m == 0) return 1;
    return m <= n && memmem(p, n, q, m) != NULL;
}

// ---- iterators ----------------------------------------------------------------------

typedef struct WfBytesIter {
    WfObject ob;
    WfValue seq;     // owned, NULL once exhausted
    size_t pos;
} WfBytesIter;

static WfValue bytes_iter(WfValue self) {
    WfValue it = wf_object_alloc(is_bytearray(self) ? &wf_bytearray_iter_type : &wf_bytes_iter_type,
                                 sizeof(WfBytesIter));
    if (!it) return WF_NULL;
    ((WfBytesIter *)it)->seq = wf_newref(self);
    return it;
}

static void bytesiter_dealloc(WfValue self) {
    wf_clear(&((WfBytesIter *)self)->seq);
    wf_object_free(self);
}

static WfValue bytesiter_iter(WfValue self) { return wf_newref(self); }

static WfValue bytesiter_next(WfValue self) {
    WfBytesIter *it = (WfBytesIter *)self;
    if (!it->seq) return WF_NULL;
    const unsigned char *p;
    size_t n;
    buffer_of(it->seq, &p, &n);
    if (it->pos >= n) {
        wf_clear(&it->seq);
        return WF_NULL;
    }
    return WF_FROM_SMALLINT(p[it->pos++]);
}

static WfValue bytesiter_length_hint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfBytesIter *it = (WfBytesIter *)self;
    if (!it->seq) return WF_FROM_SMALLINT(0);
    const unsigned char *p;
    size_t n;
    buffer_of(it->seq, &p, &n);
    return WF_FROM_SMALLINT(n > it->pos ? (int64_t)(n - it->pos) : 0);
}

static const WfMethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfType wf_bytes_iter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "bytes_iterator",
    .basicsize = sizeof(WfBytesIter),
    .dealloc = bytesiter_dealloc,
    .iter = bytesiter_iter,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

static WfType wf_bytearray_iter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "bytearray_iterator",
    .basicsize = sizeof(WfBytesIter),
    .dealloc = bytesiter_dealloc,
    .iter = bytesiter_iter,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
};

// ---- construction -------------------------------------------------------------------

// The bytes a constructor argument stands for, into a malloc'ed buffer
// (*out, *n). Handles int counts, str with encoding, buffers, __bytes__ and
// iterables of ints. 0 ok, -1 error.
static int collect_bytes(const char *tname, WfValue src, WfValue enc, WfValue errs, unsigned char **out,
                         size_t *n) {
    *out = NULL;
    *n = 0;
    if (!src) {
        if (enc || errs) {
            wf_err_set_str(wf_TypeError, enc ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (wf_is_str(src)) {
        if (!enc) {
            wf_err_set_str(wf_TypeError, "string argument without an encoding");
            return -1;
        }
        if (!wf_is_str(enc) || (errs && !wf_is_str(errs))) {
            WfValue bad = !wf_is_str(enc) ? enc : errs;
            wf_err_format(wf_TypeError, "%s() argument '%s' must be str, not %s", tname,
                          bad == enc ? "encoding" : "errors", wf_type_name(bad));
            return -1;
        }
        WfValue b = wf_unicode_encode(src, WF_STR_DATA(enc), errs ? WF_STR_DATA(errs) : "strict");
        if (!b) return -1;
        *n = WF_BYTES_LEN(b);
        *out = malloc(*n + 1);
        if (!*out) {
            wf_decref(b);
            wf_err_no_memory();
            return -1;
        }
        memcpy(*out, WF_BYTES_DATA(b), *n);
        wf_decref(b);
        return 0;
    }
    if (enc || errs) {
        wf_err_set_str(wf_TypeError, enc ? "encoding without a string argument" : "errors without a string argument");
        return -1;
    }
    const unsigned char *p;
    size_t len;
    if (buffer_of(src, &p, &len)) {
        *out = malloc(len + 1);
        if (!*out) {
            wf_err_no_memory();
            return -1;
        }
        memcpy(*out, p, len);
        *n = len;
        return 0;
    }
    WfValue meth = wf_type_lookup(wf_type(src), WF_ID(__bytes__));
    if (meth) {
        WfValue b = wf_call1(meth, src);
        if (!b) return -1;
        if (!wf_is_bytes(b)) {
            wf_err_format(wf_TypeError, "__bytes__ returned non-bytes (type %s)", wf_type_name(b));
            wf_decref(b);
            return -1;
        }
        int r = collect_bytes(tname, b, WF_NULL, WF_NULL, out, n);
        wf_decref(b);
        return r;
    }
    if (wf_is_int(src) || wf_type(src)->nb_index) {
        int64_t count;
        int r = wf_seq_index(src, &count);
        if (r < 0) {
            if (wf_err_matches(wf_IndexError)) {
                wf_err_clear();
                wf_err_format(wf_OverflowError, "cannot fit '%s' into an index-sized integer", wf_type_name(src));
            }
            return -1;
        }
        if (count < 0) {
            wf_err_set_str(wf_ValueError, "negative count");
            return -1;
        }
        if (count > (int64_t)WF_TEXT_MAX) {
            wf_err_no_memory();
            return -1;
        }
        *out = calloc((size_t)count + 1, 1);
        if (!*out) {
            wf_err_no_memory();
            return -1;
        }
        *n = (size_t)count;
        return 0;
    }
    WfType *t = wf_type(src);
    if (!t->iter && !t->getitem) {
        wf_err_format(wf_TypeError, "cannot convert '%s' object to %s", wf_type_name(src), tname);
        return -1;
    }
    WfValue it = wf_iter(src);
    if (!it) return -1;
    size_t cap = 16, len2 = 0;
    unsigned char *buf = malloc(cap);
    if (!buf) {
        wf_decref(it);
        wf_err_no_memory();
        return -1;
    }
    for (;;) {
        WfValue item;
        int r = wf_iter_next_ref(it, &item);
        if (r < 0) goto fail;
        if (r == 0) break;
        unsigned char c;
        int br = byte_value(item, &c);
        wf_decref(item);
        if (br < 0) {
            if (wf_err_matches(wf_ValueError)) {
                wf_err_clear();
                wf_err_set_str(wf_ValueError, "bytes must be in range(0, 256)");
            }
            goto fail;
        }
        if (len2 + 1 >= cap) {
            cap *= 2;
            unsigned char *nb = realloc(buf, cap);
            if (!nb) {
                wf_err_no_memory();
                goto fail;
            }
            buf = nb;
        }
        buf[len2++] = c;
    }
    wf_decref(it);
    *out = buf;
    *n = len2;
    return 0;
fail:
    wf_decref(it);
    free(buf);
    return -1;
}

static WfValue bytes_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"source", "encoding", "errors"};
    WfValue a[3];
    if (wf_args_parse("bytes", args, nargs, kwnames, names, 3, 0, 3, a) < 0) return WF_NULL;
    if (a[0] && !a[1] && !a[2] && !WF_IS_SMALLINT(a[0]) && a[0]->type == &wf_bytes_type && type == &wf_bytes_type)
        return wf_newref(a[0]);
    unsigned char *buf;
    size_t n;
    if (collect_bytes("bytes", a[0], a[1], a[2], &buf, &n) < 0) return WF_NULL;
    WfValue v;
    if (type == &wf_bytes_type) {
        v = wf_bytes_new(buf ? buf : (const unsigned char *)"", n);
    } else {
        v = wf_object_alloc(type, type->basicsize + n + 1);
        if (v) {
            ((WfBytes *)v)->hash = -1;
            ((WfBytes *)v)->len = n;
            if (n) memcpy(((WfBytes *)v)->data, buf, n);
            ((WfBytes *)v)->data[n] = 0;
        }
    }
    free(buf);
    return v;
}

static WfValue bytearray_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"source", "encoding", "errors"};
    WfValue a[3];
    if (wf_args_parse("bytearray", args, nargs, kwnames, names, 3, 0, 3, a) < 0) return WF_NULL;
    unsigned char *buf;
    size_t n;
    if (collect_bytes("bytearray", a[0], a[1], a[2], &buf, &n) < 0) return WF_NULL;
    WfValue v = bytearray_alloc(type, buf, n);
    free(buf);
    return v;
}

// ---- bytearray mutation --------------------------------------------------------------

static int bytearray_setitem(WfValue self, WfValue key, WfValue value) {
    WfByteArray *ba = (WfByteArray *)self;
    int64_t i;
    int r = wf_seq_index(key, &i);
    if (r < 0) return -1;
    if (r > 0) {
        if (i < 0) i += (int64_t)ba->len;
        if (i < 0 || i >= (int64_t)ba->len) {
            wf_err_set_str(wf_IndexError, "bytearray index out of range");
            return -1;
        }
        if (!value) {
            memmove(ba->data + i, ba->data + i + 1, ba->len - (size_t)i - 1);
            ba->len--;
            return 0;
        }
        unsigned char c;
        if (byte_value(value, &c) < 0) return -1;
        if (i >= (int64_t)ba->len) {
            wf_err_set_str(wf_IndexError, "bytearray index out of range");
            return -1;
        }
        ba->data[i] = c;
        return 0;
    }
    if (WF_IS_SMALLINT(key) || key->type != &wf_slice_type) {
        wf_err_format(wf_TypeError, "bytearray indices must be integers or slices, not %s", wf_type_name(key));
        return -1;
    }
    unsigned char *src = NULL;
    size_t m = 0;
    if (value) {
        if (wf_is_int(value)) {
            wf_err_set_str(wf_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        if (collect_bytes("bytearray", value, WF_NULL, WF_NULL, &src, &m) < 0) return -1;
    }
    int64_t start, stop, step, len;
    if (wf_slice_indices(key, (int64_t)ba->len, &start, &stop, &step, &len) < 0) {
        free(src);
        return -1;
    }
    int rc = 0;
    if (step == 1) {
        size_t old = (size_t)len;
        if (m > old && bytearray_reserve(ba, ba->len + m - old) < 0) {
            rc = -1;
            goto done;
        }
        memmove(ba->data + start + m, ba->data + start + old, ba->len - (size_t)start - old);
        if (m) memcpy(ba->data + start, src, m);
        ba->len = ba->len + m - old;
        if (ba->data) ba->data[ba->len] = 0;
    } else if (!value) {
        // delete an extended slice: keep the items not selected
        size_t w = 0;
        for (size_t k = 0; k < ba->len; k++) {
            int64_t off = (int64_t)k - start;
            bool sel;
            if (step > 0) sel = off >= 0 && off % step == 0 && off / step < len;
            else sel = off <= 0 && (-off) % (-step) == 0 && (-off) / (-step) < len;
            if (!sel) ba->data[w++] = ba->data[k];
        }
        ba->len = w;
    } else {
        if ((int64_t)m != len) {
            wf_err_format(wf_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", m,
                          (long long)len);
            rc = -1;
            goto done;
        }
        for (int64_t k = 0; k < len; k++) ba->data[start + k * step] = src[k];
    }
done:
    free(src);
    return rc;
}

static WfValue bytearray_inplace_add(WfValue a, WfValue b) {
    if (!is_bytearray(a)) return wf_newref(WF_NOTIMPLEMENTED);
    const unsigned char *p;
    size_t n;
    if (!buffer_of(b, &p, &n)) {
        wf_err_format(wf_TypeError, "can't concat %s to %s", wf_type_name(b), wf_type_name(a));
        return WF_NULL;
    }
    WfByteArray *ba = (WfByteArray *)a;
    if (bytearray_reserve(ba, ba->len + n) < 0) return WF_NULL;
    buffer_of(b, &p, &n);   // b may be a itself
    memmove(ba->data + ba->len, p, n);
    ba->len += n;
    ba->data[ba->len] = 0;
    return wf_newref(a);
}

static WfValue bytearray_inplace_mul(WfValue a, WfValue b) {
    if (!is_bytearray(a)) return wf_newref(WF_NOTIMPLEMENTED);
    int64_t k;
    int r = repeat_count(b, &k);
    if (r < 0) return WF_NULL;
    if (r == 0) {
        wf_err_format(wf_TypeError, "can't multiply sequence by non-int of type '%s'", wf_type_name(b));
        return WF_NULL;
    }
    WfByteArray *ba = (WfByteArray *)a;
    if (k <= 0) {
        ba->len = 0;
        return wf_newref(a);
    }
    size_t len = ba->len;
    if (len && (uint64_t)k > WF_TEXT_MAX / len) return wf_err_no_memory();
    if (bytearray_reserve(ba, len * (size_t)k) < 0) return WF_NULL;
    for (int64_t i = 1; i < k; i++) memcpy(ba->data + (size_t)i * len, ba->data, len);
    ba->len = len * (size_t)k;
    if (ba->data) ba->data[ba->len] = 0;
    return wf_newref(a);
}

// ---- shared methods -------------------------------------------------------------------

#define SELF_BUF const unsigned char *sp; size_t sn; buffer_of(self, &sp, &sn)

static const char *const POS1[] = {NULL};
static const char *const POS2[] = {NULL, NULL};
static const char *const POS3[] = {NULL, NULL, NULL};

#define PARSE(fname, names, n, min, maxpos, out)                                      \
    do {                                                                              \
        if (wf_args_parse(fname, args, nargs, kwnames, names, n, min, maxpos, out) < 0) \
            return WF_NULL;                                                           \
    } while (0)

static bool is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

// A bytes-like argument (borrowed pointer): 0 ok, -1 TypeError.
static int need_buffer(WfValue v, const unsigned char **p, size_t *n) {
    if (buffer_of(v, p, n)) return 0;
    wf_err_format(wf_TypeError, "a bytes-like object is required, not '%s'", wf_type_name(v));
    return -1;
}

static WfValue bytes_decode(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"encoding", "errors"};
    WfValue a[2];
    PARSE("decode", names, 2, 0, 2, a);
    const char *enc = "utf-8", *errs = "strict";
    if (a[0]) {
        if (!wf_is_str(a[0])) {
            wf_err_format(wf_TypeError, "decode() argument 'encoding' must be str, not %s", wf_type_name(a[0]));
            return WF_NULL;
        }
        enc = WF_STR_DATA(a[0]);
    }
    if (a[1]) {
        if (!wf_is_str(a[1])) {
            wf_err_format(wf_TypeError, "decode() argument 'errors' must be str, not %s", wf_type_name(a[1]));
            return WF_NULL;
        }
        errs = WF_STR_DATA(a[1]);
    }
    SELF_BUF;
    return wf_unicode_decode(sp, sn, enc, errs);
}

static WfValue bytes_hex(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    WfValue a[2];
    PARSE("hex", names, 2, 0, 2, a);
    char sep = 0;
    int64_t per = 1;
    if (a[0]) {
        const unsigned char *q;
        size_t m;
        if (wf_is_str(a[0])) {
            q = (const unsigned char *)WF_STR_DATA(a[0]);
            m = WF_STR_LEN(a[0]);
        } else if (!buffer_of(a[0], &q, &m)) {
            wf_err_set_str(wf_TypeError, "sep must be str or bytes.");
            return WF_NULL;
        }
        if (m != 1 || q[0] >= 128) {
            wf_err_set_str(wf_ValueError, "sep must be length 1.");
            return WF_NULL;
        }
        sep = (char)q[0];
    }
    if (a[1] && wf_seq_index(a[1], &per) <= 0) {
        if (!wf_err_occurred())
            wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(a[1]));
        return WF_NULL;
    }
    SELF_BUF;
    WfStrBuf b;
    wf_strbuf_init(&b);
    int64_t group = per < 0 ? -per : per;
    for (size_t i = 0; i < sn; i++) {
        if (sep && group && i > 0) {
            // separators counted from the right when per > 0, from the left when per < 0
            bool put = per > 0 ? (sn - i) % (size_t)group == 0 : i % (size_t)group == 0;
            if (put) wf_strbuf_append_char(&b, sep);
        }
        wf_strbuf_printf(&b, "%02x", sp[i]);
    }
    return wf_strbuf_finish(&b);
}

static WfValue bytes_fromhex(WfValue cls, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("fromhex", POS1, 1, 1, 1, a);
    if (!wf_is_str(a[0])) {
        wf_err_format(wf_TypeError, "fromhex() argument must be str, not %s", wf_type_name(a[0]));
        return WF_NULL;
    }
    const char *s = WF_STR_DATA(a[0]);
    size_t len = WF_STR_LEN(a[0]), i = 0, n = 0;
    unsigned char *buf = malloc(len / 2 + 1);
    if (!buf) return wf_err_no_memory();
    while (i < len) {
        if (is_space((unsigned char)s[i])) {
            i++;
            continue;
        }
        int hi = isxdigit((unsigned char)s[i]) ? (isdigit((unsigned char)s[i]) ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10) : -1;
        if (hi < 0) {
            free(buf);
            wf_err_format(wf_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                          wf_utf8_count(s, i));
            return WF_NULL;
        }
        if (i + 1 >= len || !isxdigit((unsigned char)s[i + 1])) {
            free(buf);
            wf_err_format(wf_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                          wf_utf8_count(s, i + 1));
            return WF_NULL;
        }
        char c = s[i + 1];
        int lo = isdigit((unsigned char)c) ? c - '0' : (c | 0x20) - 'a' + 10;
        buf[n++] = (unsigned char)(hi * 16 + lo);
        i += 2;
    }
    WfValue v = wf_bytes_new(buf, n);
    free(buf);
    if (!v) return WF_NULL;
    if (cls == WF_TYPE_VALUE(&wf_bytes_type)) return v;
    WfValue r;
    if (cls == WF_TYPE_VALUE(&wf_bytearray_type)) r = wf_bytearray_new(WF_BYTES_DATA(v), WF_BYTES_LEN(v));
    else r = wf_call1(cls, v);
    wf_decref(v);
    return r;
}

static WfValue bytes_join(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("join", POS1, 1, 1, 1, a);
    WfValue items = wf_tuple_from_iterable(a[0]);
    if (!items) return WF_NULL;
    size_t n = WF_TUPLE_LEN(items), total = 0;
    WfValue res = WF_NULL;
    SELF_BUF;
    for (size_t i = 0; i < n; i++) {
        const unsigned char *p;
        size_t m;
        if (!buffer_of(WF_TUPLE_GET(items, i), &p, &m)) {
            wf_err_format(wf_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                          wf_type_name(WF_TUPLE_GET(items, i)));
            goto done;
        }
        total += m;
    }
    if (n) total += sn * (n - 1);
    {
        unsigned char *buf = malloc(total + 1);
        if (!buf) {
            wf_err_no_memory();
            goto done;
        }
        size_t w = 0;
        for (size_t i = 0; i < n; i++) {
            const unsigned char *p;
            size_t m;
            buffer_of(WF_TUPLE_GET(items, i), &p, &m);
            if (i && sn) {
                memcpy(buf + w, sp, sn);
                w += sn;
            }
            memcpy(buf + w, p, m);
            w += m;
        }
        res = new_like(self, buf, w);
        free(buf);
    }
done:
    wf_decref(items);
    return res;
}

// find/count argument: a bytes-like needle or a byte value.
static int needle_arg(WfValue v, const unsigned char **p, size_t *n, unsigned char *one) {
    if (buffer_of(v, p, n)) return 0;
    if (wf_is_int(v) || wf_type(v)->nb_index) {
        if (byte_value(v, one) < 0) return -1;
        *p = one;
        *n = 1;
        return 0;
    }
    wf_err_format(wf_TypeError, "argument should be integer or bytes-like object, not '%s'", wf_type_name(v));
    return -1;
}

static int64_t find_bytes(const unsigned char *h, size_t hn, const unsigned char *nd, size_t nn, int64_t lo,
                          int64_t hi, bool rev) {
    if (hi - lo < (int64_t)nn) return -1;
    if (nn == 0) return rev ? hi : lo;
    if (!rev) {
        const unsigned char *r = memmem(h + lo, (size_t)(hi - lo), nd, nn);
        return r ? (int64_t)(r - h) : -1;
    }
    for (int64_t i = hi - (int64_t)nn; i >= lo; i--)
        if (h[i] == nd[0] && memcmp(h + i, nd, nn) == 0) return i;
    return -1;
}

static WfValue find_common(const char *fname, int mode, WfValue self, WfValue *args, size_t nargs,
                           WfValue kwnames) {
    // mode: 0 find, 1 rfind, 2 index, 3 rindex, 4 count
    WfValue a[3];
    PARSE(fname, POS3, 3, 1, 3, a);
    const unsigned char *np;
    size_t nn;
    unsigned char one;
    if (needle_arg(a[0], &np, &nn, &one) < 0) return WF_NULL;
    SELF_BUF;
    int64_t lo, hi;
    if (wf_resolve_range(a[1], a[2], (int64_t)sn, &lo, &hi) < 0) return WF_NULL;
    buffer_of(self, &sp, &sn);
    if (np == &one) np = &one;
    else buffer_of(a[0], &np, &nn);
    if (mode == 4) {
        if (hi - lo < 0 || lo > (int64_t)sn) return WF_FROM_SMALLINT(0);
        if (nn == 0) return wf_int_from_i64(hi - lo + 1);
        int64_t count = 0, i = lo;
        while (hi - i >= (int64_t)nn) {
            const unsigned char *r = memmem(sp + i, (size_t)(hi - i), np, nn);
            if (!r) break;
            count++;
            i = (int64_t)(r - sp) + (int64_t)nn;
        }
        return wf_int_from_i64(count);
    }
    int64_t r = lo > (int64_t)sn ? -1 : find_bytes(sp, sn, np, nn, lo, hi, mode == 1 || mode == 3);
    if (r < 0 && mode >= 2) {
        wf_err_set_str(wf_ValueError, "subsection not found");
        return WF_NULL;
    }
    return wf_int_from_i64(r);
}

static WfValue bytes_find(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return find_common("find", 0, self, args, nargs, kwnames);
}
static WfValue bytes_rfind(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return find_common("rfind", 1, self, args, nargs, kwnames);
}
static WfValue bytes_index(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return find_common("index", 2, self, args, nargs, kwnames);
}
static WfValue bytes_rindex(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return find_common("rindex", 3, self, args, nargs, kwnames);
}
static WfValue bytes_count(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return find_common("count", 4, self, args, nargs, kwnames);
}

static WfValue starts_ends(const char *fname, bool ends, WfValue self, WfValue *args, size_t nargs,
                           WfValue kwnames) {
    WfValue a[3];
    PARSE(fname, POS3, 3, 1, 3, a);
    SELF_BUF;
    int64_t lo, hi;
    if (wf_resolve_range(a[1], a[2], (int64_t)sn, &lo, &hi) < 0) return WF_NULL;
    buffer_of(self, &sp, &sn);
    bool tuple = wf_is_tuple(a[0]);
    size_t k = tuple ? WF_TUPLE_LEN(a[0]) : 1;
    for (size_t i = 0; i < k; i++) {
        WfValue pre = tuple ? WF_TUPLE_GET(a[0], i) : a[0];
        const unsigned char *p;
        size_t n;
        if (!buffer_of(pre, &p, &n)) {
            if (tuple)
                wf_err_format(wf_TypeError, "a bytes-like object is required, not '%s'", wf_type_name(pre));
            else
                wf_err_format(wf_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", fname,
                              wf_type_name(pre));
            return WF_NULL;
        }
        if (lo > (int64_t)sn || hi - lo < (int64_t)n) continue;
        int64_t at = ends ? hi - (int64_t)n : lo;
        if (memcmp(sp + at, p, n) == 0) return WF_TRUE;
    }
    return WF_FALSE;
}

static WfValue bytes_startswith(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return starts_ends("startswith", false, self, args, nargs, kwnames);
}
static WfValue bytes_endswith(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return starts_ends("endswith", true, self, args, nargs, kwnames);
}

static int int_param(WfValue v, int64_t *out) {
    int r = wf_seq_index(v, out);
    if (r > 0) return 0;
    if (r == 0)
        wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(v));
    return -1;
}

static int split_args(const char *fname, WfValue *args, size_t nargs, WfValue kwnames, WfValue *sep,
                      int64_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit"};
    WfValue a[2];
    if (wf_args_parse(fname, args, nargs, kwnames, names, 2, 0, 2, a) < 0) return -1;
    *sep = (a[0] && a[0] != WF_NONE) ? a[0] : WF_NULL;
    const unsigned char *p;
    size_t n;
    if (*sep) {
        if (need_buffer(*sep, &p, &n) < 0) return -1;
        if (n == 0) {
            wf_err_set_str(wf_ValueError, "empty separator");
            return -1;
        }
    }
    *maxsplit = -1;
    if (a[1] && int_param(a[1], maxsplit) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return 0;
}

static int append_piece(WfValue list, WfValue self, const unsigned char *p, size_t n) {
    WfValue piece = new_like(self, p, n);
    if (!piece) return -1;
    return wf_list_append_steal(list, piece);
}

static void reverse_list(WfValue list) {
    WfValue *it = WF_LIST_ITEMS(list);
    size_t n = WF_LIST_LEN(list);
    for (size_t i = 0; i < n / 2; i++) {
        WfValue t = it[i];
        it[i] = it[n - 1 - i];
        it[n - 1 - i] = t;
    }
}

static WfValue bytes_split(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue sep;
    int64_t maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0) return WF_NULL;
    WfValue list = wf_list_new(0);
    if (!list) return WF_NULL;
    SELF_BUF;
    size_t i = 0;
    if (!sep) {
        while (i < sn) {
            while (i < sn && is_space(sp[i])) i++;
            if (i >= sn) break;
            if (maxsplit-- <= 0) {
                if (append_piece(list, self, sp + i, sn - i) < 0) goto error;
                break;
            }
            size_t j = i;
            while (j < sn && !is_space(sp[j])) j++;
            if (append_piece(list, self, sp + i, j - i) < 0) goto error;
            i = j;
        }
        return list;
    }
    const unsigned char *np;
    size_t nn;
    buffer_of(sep, &np, &nn);
    while (maxsplit-- > 0 && sn - i >= nn) {
        const unsigned char *r = memmem(sp + i, sn - i, np, nn);
        if (!r) break;
        size_t j = (size_t)(r - sp);
        if (append_piece(list, self, sp + i, j - i) < 0) goto error;
        i = j + nn;
    }
    if (append_piece(list, self, sp + i, sn - i) < 0) goto error;
    return list;
error:
    wf_decref(list);
    return WF_NULL;
}

static WfValue bytes_rsplit(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue sep;
    int64_t maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0) return WF_NULL;
    WfValue list = wf_list_new(0);
    if (!list) return WF_NULL;
    SELF_BUF;
    size_t j = sn;
    if (!sep) {
        while (j > 0) {
            while (j > 0 && is_space(sp[j - 1])) j--;
            if (j == 0) break;
            if (maxsplit-- <= 0) {
                if (append_piece(list, self, sp, j) < 0) goto error;
                break;
            }
            size_t i = j;
            while (i > 0 && !is_space(sp[i - 1])) i--;
            if (append_piece(list, self, sp + i, j - i) < 0) goto error;
            j = i;
        }
        reverse_list(list);
        return list;
    }
    const unsigned char *np;
    size_t nn;
    buffer_of(sep, &np, &nn);
    while (maxsplit-- > 0 && j >= nn) {
        int64_t at = find_bytes(sp, sn, np, nn, 0, (int64_t)j, true);
        if (at < 0) break;
        if (append_piece(list, self, sp + at + nn, j - (size_t)at - nn) < 0) goto error;
        j = (size_t)at;
    }
    if (append_piece(list, self, sp, j) < 0) goto error;
    reverse_list(list);
    return list;
error:
    wf_decref(list);
    return WF_NULL;
}

static WfValue bytes_splitlines(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"keepends"};
    WfValue a[1];
    PARSE("splitlines", names, 1, 0, 1, a);
    bool keep = false;
    if (a[0]) {
        int t = wf_is_true(a[0]);
        if (t < 0) return WF_NULL;
        keep = t;
    }
    WfValue list = wf_list_new(0);
    if (!list) return WF_NULL;
    SELF_BUF;
    size_t i = 0;
    while (i < sn) {
        size_t j = i, eol = 0;
        while (j < sn && sp[j] != '\n' && sp[j] != '\r') j++;
        if (j < sn) eol = (sp[j] == '\r' && j + 1 < sn && sp[j + 1] == '\n') ? 2 : 1;
        if (append_piece(list, self, sp + i, (keep ? j + eol : j) - i) < 0) {
            wf_decref(list);
            return WF_NULL;
        }
        i = j + eol;
    }
    return list;
}

static WfValue strip_common(const char *fname, int how, WfValue self, WfValue *args, size_t nargs,
                            WfValue kwnames) {
    WfValue a[1];
    PARSE(fname, POS1, 1, 0, 1, a);
    const unsigned char *cp = NULL;
    size_t cn = 0;
    if (a[0] && a[0] != WF_NONE && need_buffer(a[0], &cp, &cn) < 0) return WF_NULL;
    SELF_BUF;
    size_t i = 0, j = sn;
    if (how & 1)
        while (i < j && (cp ? memchr(cp, sp[i], cn) != NULL : is_space(sp[i]))) i++;
    if (how & 2)
        while (j > i && (cp ? memchr(cp, sp[j - 1], cn) != NULL : is_space(sp[j - 1]))) j--;
    if (i == 0 && j == sn && self->type == &wf_bytes_type) return wf_newref(self);
    return new_like(self, sp + i, j - i);
}

static WfValue bytes_strip(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return strip_common("strip", 3, self, args, nargs, kwnames);
}
static WfValue bytes_lstrip(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return strip_common("lstrip", 1, self, args, nargs, kwnames);
}
static WfValue bytes_rstrip(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return strip_common("rstrip", 2, self, args, nargs, kwnames);
}

static WfValue bytes_replace(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[3];
    PARSE("replace", POS3, 3, 2, 3, a);
    const unsigned char *op, *np;
    size_t on, nn;
    if (need_buffer(a[0], &op, &on) < 0 || need_buffer(a[1], &np, &nn) < 0) return WF_NULL;
    int64_t count = -1;
    if (a[2] && int_param(a[2], &count) < 0) return WF_NULL;
    if (count < 0) count = INT64_MAX;
    buffer_of(a[0], &op, &on);
    buffer_of(a[1], &np, &nn);
    SELF_BUF;
    WfStrBuf b;   // raw byte buffer
    wf_strbuf_init(&b);
    size_t i = 0;
    if (on == 0) {
        while (count > 0 && i <= sn) {
            wf_strbuf_append(&b, (const char *)np, nn);
            count--;
            if (i == sn) {
                i++;
                break;
            }
            wf_strbuf_append_char(&b, (char)sp[i++]);
        }
        if (i < sn) wf_strbuf_append(&b, (const char *)sp + i, sn - i);
    } else {
        while (count > 0 && sn - i >= on) {
            const unsigned char *r = memmem(sp + i, sn - i, op, on);
            if (!r) break;
            size_t j = (size_t)(r - sp);
            wf_strbuf_append(&b, (const char *)sp + i, j - i);
            wf_strbuf_append(&b, (const char *)np, nn);
            i = j + on;
            count--;
        }
        wf_strbuf_append(&b, (const char *)sp + i, sn - i);
    }
    if (b.failed) {
        wf_strbuf_free(&b);
        return wf_err_no_memory();
    }
    WfValue r = new_like(self, b.data ? b.data : "", b.len);
    wf_strbuf_free(&b);
    return r;
}

enum { C_UPPER, C_LOWER, C_SWAP, C_TITLE, C_CAP };

static WfValue case_map(WfValue self, int how) {
    SELF_BUF;
    unsigned char *buf = malloc(sn + 1);
    if (!buf) return wf_err_no_memory();
    bool prev_cased = false;
    for (size_t i = 0; i < sn; i++) {
        unsigned char c = sp[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        switch (how) {
        case C_UPPER: if (lo) c -= 32; break;
        case C_LOWER: if (up) c += 32; break;
        case C_SWAP: if (lo) c -= 32; else if (up) c += 32; break;
        case C_TITLE:
            if (prev_cased) { if (up) c += 32; }
            else if (lo) c -= 32;
            prev_cased = up || lo;
            break;
        default:
            if (i == 0) { if (lo) c -= 32; }
            else if (up) c += 32;
            break;
        }
        buf[i] = c;
    }
    WfValue r = new_like(self, buf, sn);
    free(buf);
    return r;
}

#define CASE_METHOD(name, how)                                                              \
    static WfValue bytes_##name(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) { \
        if (wf_args_count(#name, nargs, 0, 0) < 0) return WF_NULL;                          \
        return case_map(self, how);                                                         \
    }
CASE_METHOD(upper, C_UPPER)
CASE_METHOD(lower, C_LOWER)
CASE_METHOD(swapcase, C_SWAP)
CASE_METHOD(title, C_TITLE)
CASE_METHOD(capitalize, C_CAP)

#define PRED_METHOD(name, test)                                                             \
    static WfValue bytes_##name(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) { \
        if (wf_args_count(#name, nargs, 0, 0) < 0) return WF_NULL;                          \
        SELF_BUF;                                                                           \
        if (sn == 0) return WF_FALSE;                                                       \
        for (size_t i = 0; i < sn; i++) {                                                   \
            unsigned char c = sp[i];                                                        \
            if (!(test)) return WF_FALSE;                                                   \
        }                                                                                   \
        return WF_TRUE;                                                                     \
    }
PRED_METHOD(isdigit, c >= '0' && c <= '9')
PRED_METHOD(isalpha, (c | 0x20) >= 'a' && (c | 0x20) <= 'z')
PRED_METHOD(isalnum, ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9'))
PRED_METHOD(isspace, is_space(c))

static WfValue bytes_isascii(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    SELF_BUF;
    for (size_t i = 0; i < sn; i++)
        if (sp[i] >= 0x80) return WF_FALSE;
    return WF_TRUE;
}

static WfValue bytes_isupper(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    SELF_BUF;
    bool cased = false;
    for (size_t i = 0; i < sn; i++) {
        if (sp[i] >= 'a' && sp[i] <= 'z') return WF_FALSE;
        if (sp[i] >= 'A' && sp[i] <= 'Z') cased = true;
    }
    return wf_bool(cased);
}

static WfValue bytes_islower(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    SELF_BUF;
    bool cased = false;
    for (size_t i = 0; i < sn; i++) {
        if (sp[i] >= 'A' && sp[i] <= 'Z') return WF_FALSE;
        if (sp[i] >= 'a' && sp[i] <= 'z') cased = true;
    }
    return wf_bool(cased);
}

static WfValue bytes_istitle(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    SELF_BUF;
    bool cased = false, prev = false;
    for (size_t i = 0; i < sn; i++) {
        unsigned char c = sp[i];
        if (c >= 'A' && c <= 'Z') {
            if (prev) return WF_FALSE;
            prev = cased = true;
        } else if (c >= 'a' && c <= 'z') {
            if (!prev) return WF_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return wf_bool(cased);
}

static WfValue partition(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, bool rev) {
    WfValue a[1];
    PARSE(rev ? "rpartition" : "partition", POS1, 1, 1, 1, a);
    const unsigned char *np;
    size_t nn;
    if (need_buffer(a[0], &np, &nn) < 0) return WF_NULL;
    if (nn == 0) {
        wf_err_set_str(wf_ValueError, "empty separator");
        return WF_NULL;
    }
    SELF_BUF;
    int64_t at = find_bytes(sp, sn, np, nn, 0, (int64_t)sn, rev);
    WfValue x, y, z;
    if (at < 0) {
        x = rev ? new_like(self, "", 0) : new_like(self, sp, sn);
        y = new_like(self, "", 0);
        z = rev ? new_like(self, sp, sn) : new_like(self, "", 0);
    } else {
        x = new_like(self, sp, (size_t)at);
        y = new_like(self, np, nn);
        z = new_like(self, sp + at + nn, sn - (size_t)at - nn);
    }
    WfValue t = (x && y && z) ? wf_tuple_pack(3, x, y, z) : WF_NULL;
    wf_xdecref(x);
    wf_xdecref(y);
    wf_xdecref(z);
    return t;
}

static WfValue bytes_partition(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return partition(self, args, nargs, kwnames, false);
}
static WfValue bytes_rpartition(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return partition(self, args, nargs, kwnames, true);
}

static WfValue justify(const char *fname, int how, WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[2];
    PARSE(fname, POS2, 2, 1, 2, a);
    int64_t width;
    if (int_param(a[0], &width) < 0) return WF_NULL;
    unsigned char fill = ' ';
    if (a[1]) {
        const unsigned char *fp;
        size_t fn;
        if (!buffer_of(a[1], &fp, &fn) || fn != 1) {
            wf_err_format(wf_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", fname,
                          wf_type_name(a[1]));
            return WF_NULL;
        }
        fill = fp[0];
    }
    SELF_BUF;
    if (width <= (int64_t)sn) return new_like(self, sp, sn);
    if (width > (int64_t)WF_TEXT_MAX) return wf_err_no_memory();
    int64_t marg = width - (int64_t)sn, left;
    if (how < 0) left = 0;
    else if (how > 0) left = marg;
    else left = marg / 2 + (marg & width & 1);
    unsigned char *buf = malloc((size_t)width);
    if (!buf) return wf_err_no_memory();
    memset(buf, fill, (size_t)width);
    memcpy(buf + left, sp, sn);
    WfValue r = new_like(self, buf, (size_t)width);
    free(buf);
    return r;
}

static WfValue bytes_ljust(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return justify("ljust", -1, self, args, nargs, kwnames);
}
static WfValue bytes_rjust(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return justify("rjust", 1, self, args, nargs, kwnames);
}
static WfValue bytes_center(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return justify("center", 0, self, args, nargs, kwnames);
}

static WfValue bytes_zfill(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("zfill", POS1, 1, 1, 1, a);
    int64_t width;
    if (int_param(a[0], &width) < 0) return WF_NULL;
    SELF_BUF;
    if (width <= (int64_t)sn) return new_like(self, sp, sn);
    if (width > (int64_t)WF_TEXT_MAX) return wf_err_no_memory();
    size_t fill = (size_t)width - sn;
    unsigned char *buf = malloc((size_t)width);
    if (!buf) return wf_err_no_memory();
    memset(buf, '0', fill);
    memcpy(buf + fill, sp, sn);
    if (sn && (sp[0] == '+' || sp[0] == '-')) {
        buf[0] = sp[0];
        buf[fill] = '0';
    }
    WfValue r = new_like(self, buf, (size_t)width);
    free(buf);
    return r;
}

static WfValue bytes_removeprefix(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("removeprefix", POS1, 1, 1, 1, a);
    const unsigned char *p;
    size_t n;
    if (need_buffer(a[0], &p, &n) < 0) return WF_NULL;
    SELF_BUF;
    if (n <= sn && memcmp(sp, p, n) == 0) return new_like(self, sp + n, sn - n);
    return new_like(self, sp, sn);
}

static WfValue bytes_removesuffix(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("removesuffix", POS1, 1, 1, 1, a);
    const unsigned char *p;
    size_t n;
    if (need_buffer(a[0], &p, &n) < 0) return WF_NULL;
    SELF_BUF;
    if (n && n <= sn && memcmp(sp + sn - n, p, n) == 0) return new_like(self, sp, sn - n);
    return new_like(self, sp, sn);
}

static WfValue bytes_expandtabs(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"tabsize"};
    WfValue a[1];
    PARSE("expandtabs", names, 1, 0, 1, a);
    int64_t tab = 8;
    if (a[0] && int_param(a[0], &tab) < 0) return WF_NULL;
    if (tab > INT32_MAX || tab < INT32_MIN) {
        wf_err_set_str(wf_OverflowError, "Python int too large to convert to C int");
        return WF_NULL;
    }
    SELF_BUF;
    WfStrBuf b;
    wf_strbuf_init(&b);
    int64_t col = 0;
    for (size_t i = 0; i < sn; i++) {
        unsigned char c = sp[i];
        if (c == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                if (k > (int64_t)WF_TEXT_MAX) {
                    wf_strbuf_free(&b);
                    return wf_err_no_memory();
                }
                for (int64_t j = 0; j < k; j++) wf_strbuf_append_char(&b, ' ');
                col += k;
            }
        } else {
            wf_strbuf_append_char(&b, (char)c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    if (b.failed) {
        wf_strbuf_free(&b);
        return wf_err_no_memory();
    }
    WfValue r = new_like(self, b.data ? b.data : "", b.len);
    wf_strbuf_free(&b);
    return r;
}

static WfValue bytes_translate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {NULL, "delete"};
    WfValue a[2];
    PARSE("translate", names, 2, 1, 2, a);
    const unsigned char *tp = NULL, *dp = NULL;
    size_t tn = 0, dn = 0;
    if (a[0] != WF_NONE) {
        if (need_buffer(a[0], &tp, &tn) < 0) return WF_NULL;
        if (tn != 256) {
            wf_err_set_str(wf_ValueError, "translation table must be 256 characters long");
            return WF_NULL;
        }
    }
    if (a[1] && need_buffer(a[1], &dp, &dn) < 0) return WF_NULL;
    SELF_BUF;
    unsigned char *buf = malloc(sn + 1);
    if (!buf) return wf_err_no_memory();
    size_t w = 0;
    for (size_t i = 0; i < sn; i++) {
        if (dp && memchr(dp, sp[i], dn)) continue;
        buf[w++] = tp ? tp[sp[i]] : sp[i];
    }
    WfValue r = new_like(self, buf, w);
    free(buf);
    return r;
}

static WfValue bytes_maketrans(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[2];
    PARSE("maketrans", POS2, 2, 2, 2, a);
    const unsigned char *fp, *tp;
    size_t fn, tn;
    if (need_buffer(a[0], &fp, &fn) < 0 || need_buffer(a[1], &tp, &tn) < 0) return WF_NULL;
    if (fn != tn) {
        wf_err_set_str(wf_ValueError, "maketrans arguments must have same length");
        return WF_NULL;
    }
    unsigned char table[256];
    for (int i = 0; i < 256; i++) table[i] = (unsigned char)i;
    for (size_t i = 0; i < fn; i++) table[fp[i]] = tp[i];
    return wf_bytes_new(table, 256);
}

static WfValue bytes_getnewargs(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    SELF_BUF;
    WfValue b = wf_bytes_new(sp, sn);
    if (!b) return WF_NULL;
    WfValue t = wf_tuple_pack(1, b);
    wf_decref(b);
    return t;
}

// ---- bytearray-only methods ---------------------------------------------------------------

static WfValue bytearray_append(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("append", POS1, 1, 1, 1, a);
    unsigned char c;
    if (byte_value(a[0], &c) < 0) return WF_NULL;
    WfByteArray *ba = (WfByteArray *)self;
    if (bytearray_reserve(ba, ba->len + 1) < 0) return WF_NULL;
    ba->data[ba->len++] = c;
    ba->data[ba->len] = 0;
    return WF_NONE;
}

static WfValue bytearray_extend(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("extend", POS1, 1, 1, 1, a);
    if (wf_is_str(a[0])) {
        wf_err_set_str(wf_TypeError, "expected iterable of integers; got: 'str'");
        return WF_NULL;
    }
    unsigned char *buf;
    size_t n;
    if (wf_is_int(a[0])) {
        wf_err_format(wf_TypeError, "can't extend bytearray with %s", wf_type_name(a[0]));
        return WF_NULL;
    }
    if (collect_bytes("bytearray", a[0], WF_NULL, WF_NULL, &buf, &n) < 0) return WF_NULL;
    WfByteArray *ba = (WfByteArray *)self;
    if (bytearray_reserve(ba, ba->len + n) < 0) {
        free(buf);
        return WF_NULL;
    }
    if (n) memcpy(ba->data + ba->len, buf, n);
    ba->len += n;
    if (ba->data) ba->data[ba->len] = 0;
    free(buf);
    return WF_NONE;
}

static WfValue bytearray_insert(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[2];
    PARSE("insert", POS2, 2, 2, 2, a);
    int64_t i;
    unsigned char c;
    if (int_param(a[0], &i) < 0 || byte_value(a[1], &c) < 0) return WF_NULL;
    WfByteArray *ba = (WfByteArray *)self;
    int64_t n = (int64_t)ba->len;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (bytearray_reserve(ba, ba->len + 1) < 0) return WF_NULL;
    memmove(ba->data + i + 1, ba->data + i, ba->len - (size_t)i);
    ba->data[i] = c;
    ba->len++;
    ba->data[ba->len] = 0;
    return WF_NONE;
}

static WfValue bytearray_pop(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("pop", POS1, 1, 0, 1, a);
    int64_t i = -1;
    if (a[0] && int_param(a[0], &i) < 0) return WF_NULL;
    WfByteArray *ba = (WfByteArray *)self;
    if (ba->len == 0) {
        wf_err_set_str(wf_IndexError, "pop from empty bytearray");
        return WF_NULL;
    }
    if (i < 0) i += (int64_t)ba->len;
    if (i < 0 || i >= (int64_t)ba->len) {
        wf_err_set_str(wf_IndexError, "pop index out of range");
        return WF_NULL;
    }
    unsigned char c = ba->data[i];
    memmove(ba->data + i, ba->data + i + 1, ba->len - (size_t)i - 1);
    ba->len--;
    ba->data[ba->len] = 0;
    return WF_FROM_SMALLINT(c);
}

static WfValue bytearray_remove(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    PARSE("remove", POS1, 1, 1, 1, a);
    unsigned char c;
    if (byte_value(a[0], &c) < 0) return WF_NULL;
    WfByteArray *ba = (WfByteArray *)self;
    unsigned char *p = ba->len ? memchr(ba->data, c, ba->len) : NULL;
    if (!p) {
        wf_err_set_str(wf_ValueError, "value not found in bytearray");
        return WF_NULL;
    }
    size_t i = (size_t)(p - ba->data);
    memmove(ba->data + i, ba->data + i + 1, ba->len - i - 1);
    ba->len--;
    ba->data[ba->len] = 0;
    return WF_NONE;
}

static WfValue bytearray_clear(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("clear", nargs, 0, 0) < 0) return WF_NULL;
    WfByteArray *ba = (WfByteArray *)self;
    free(ba->data);
    ba->data = NULL;
    ba->len = ba->cap = 0;
    return WF_NONE;
}

static WfValue bytearray_copy(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("copy", nargs, 0, 0) < 0) return WF_NULL;
    WfByteArray *ba = (WfByteArray *)self;
    return wf_bytearray_new(ba->data, ba->len);
}

static WfValue bytearray_reverse(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("reverse", nargs, 0, 0) < 0) return WF_NULL;
    WfByteArray *ba = (WfByteArray *)self;
    for (size_t i = 0; i < ba->len / 2; i++) {
        unsigned char t = ba->data[i];
        ba->data[i] = ba->data[ba->len - 1 - i];
        ba->data[ba->len - 1 - i] = t;
    }
    return WF_NONE;
}

#define SHARED_METHODS                                          \
    {"decode", bytes_decode, 0, NULL},                          \
    {"hex", bytes_hex, 0, NULL},                                \
    {"fromhex", bytes_fromhex, WF_METH_CLASS, NULL},            \
    {"join", bytes_join, 0, NULL},                              \
    {"split", bytes_split, 0, NULL},                            \
    {"rsplit", bytes_rsplit, 0, NULL},                          \
    {"splitlines", bytes_splitlines, 0, NULL},                  \
    {"strip", bytes_strip, 0, NULL},                            \
    {"lstrip", bytes_lstrip, 0, NULL},                          \
    {"rstrip", bytes_rstrip, 0, NULL},                          \
    {"startswith", bytes_startswith, 0, NULL},                  \
    {"endswith", bytes_endswith, 0, NULL},                      \
    {"find", bytes_find, 0, NULL},                              \
    {"rfind", bytes_rfind, 0, NULL},                            \
    {"index", bytes_index, 0, NULL},                            \
    {"rindex", bytes_rindex, 0, NULL},                          \
    {"count", bytes_count, 0, NULL},                            \
    {"replace", bytes_replace, 0, NULL},                        \
    {"upper", bytes_upper, 0, NULL},                            \
    {"lower", bytes_lower, 0, NULL},                            \
    {"swapcase", bytes_swapcase, 0, NULL},                      \
    {"title", bytes_title, 0, NULL},                            \
    {"capitalize", bytes_capitalize, 0, NULL},                  \
    {"isdigit", bytes_isdigit, 0, NULL},                        \
    {"isalpha", bytes_isalpha, 0, NULL},                        \
    {"isalnum", bytes_isalnum, 0, NULL},                        \
    {"isspace", bytes_isspace, 0, NULL},                        \
    {"isascii", bytes_isascii, 0, NULL},                        \
    {"isupper", bytes_isupper, 0, NULL},                        \
    {"islower", bytes_islower, 0, NULL},                        \
    {"istitle", bytes_istitle, 0, NULL},                        \
    {"partition", bytes_partition, 0, NULL},                    \
    {"rpartition", bytes_rpartition, 0, NULL},                  \
    {"center", bytes_center, 0, NULL},                          \
    {"ljust", bytes_ljust, 0, NULL},                            \
    {"rjust", bytes_rjust, 0, NULL},                            \
    {"zfill", bytes_zfill, 0, NULL},                            \
    {"removeprefix", bytes_removeprefix, 0, NULL},              \
    {"removesuffix", bytes_removesuffix, 0, NULL},              \
    {"expandtabs", bytes_expandtabs, 0, NULL},                  \
    {"translate", bytes_translate, 0, NULL},                    \
    {"maketrans", bytes_maketrans, WF_METH_STATIC, NULL}

static const WfMethodDef bytes_methods[] = {
    SHARED_METHODS,
    {"__getnewargs__", bytes_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const WfMethodDef bytearray_methods[] = {
    SHARED_METHODS,
    {"append", bytearray_append, 0, NULL},
    {"extend", bytearray_extend, 0, NULL},
    {"insert", bytearray_insert, 0, NULL},
    {"pop", bytearray_pop, 0, NULL},
    {"remove", bytearray_remove, 0, NULL},
    {"clear", bytearray_clear, 0, NULL},
    {"copy", bytearray_copy, 0, NULL},
    {"reverse", bytearray_reverse, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_bytes_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "bytes",
    .basicsize = offsetof(WfBytes, data),
    .itemsize = 1,
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_BYTES_SUBCLASS,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .str = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytes_new,
    .nb = {
        [WF_BINOP_ADD] = bytes_add,
        [WF_BINOP_MUL] = bytes_mul,
        [WF_BINOP_MOD] = bytes_mod,
    },
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .methods = bytes_methods,
};

WfType wf_bytearray_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "bytearray",
    .basicsize = sizeof(WfByteArray),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .str = bytearray_repr,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .new_ = bytearray_new,
    .nb = {
        [WF_BINOP_ADD] = bytes_add,
        [WF_BINOP_MUL] = bytes_mul,
        [WF_BINOP_MOD] = bytes_mod,
        [WF_BINOP_INPLACE + WF_BINOP_ADD] = bytearray_inplace_add,
        [WF_BINOP_INPLACE + WF_BINOP_MUL] = bytearray_inplace_mul,
    },
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
    .methods = bytearray_methods,
};
