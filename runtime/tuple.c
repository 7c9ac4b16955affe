// tuple.c — tuple: an immutable array of owned values, with the shared
// empty tuple, CPython's xxHash-based hash (cached in WfTuple.hash), and the
// tuple iterator the VM fast-paths.
// Invariant: once a tuple escapes its creator every slot is non-NULL and
// never changes. Subclass instances keep items at the same offset; any extra
// space a heap subtype asks for (basicsize beyond WfTuple) follows the items.
// GIL rule: all functions run with the GIL held.
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/iterobjects.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/tstate.h"

static WfTuple empty_tuple = {
    .ob = { .refcnt = WF_IMMORTAL_REFCNT, .type = &wf_tuple_type },
    .hash = -1,
    .len = 0,
};

#define TUPLE_MAX_LEN (((size_t)1 << 58) / sizeof(WfValue))

// A tuple of [type] with [len] NULL slots. Returns a new reference.
static WfValue tuple_alloc(WfType *type, size_t len) {
    if (len > TUPLE_MAX_LEN) return wf_err_no_memory();
    size_t base = type->basicsize < sizeof(WfTuple) ? sizeof(WfTuple) : type->basicsize;
    WfValue v = wf_object_alloc(type, base + len * sizeof(WfValue));
    if (!v) return WF_NULL;
    WfTuple *t = (WfTuple *)v;
    t->hash = -1;
    t->len = len;
    return v;
}

WfValue wf_tuple_new(size_t len) {
    if (len == 0) return wf_newref((WfValue)&empty_tuple);
    return tuple_alloc(&wf_tuple_type, len);
}

WfValue wf_tuple_pack(size_t n, ...) {
    WfValue t = wf_tuple_new(n);
    if (!t) return WF_NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) {
        WfValue x = va_arg(ap, WfValue);
        WF_TUPLE_SET_STEAL(t, i, wf_newref(x));
    }
    va_end(ap);
    return t;
}

WfValue wf_tuple_from_array(WfValue *items, size_t n) {
    WfValue t = wf_tuple_new(n);
    if (!t) return WF_NULL;
    for (size_t i = 0; i < n; i++) WF_TUPLE_SET_STEAL(t, i, wf_newref(items[i]));
    return t;
}

WfValue wf_tuple_from_iterable(WfValue iterable) {
    if (!WF_IS_SMALLINT(iterable) && iterable->type == &wf_tuple_type) return wf_newref(iterable);
    if (wf_is_list(iterable))
        return wf_tuple_from_array(WF_LIST_ITEMS(iterable), WF_LIST_LEN(iterable));
    WfValue list = wf_list_from_iterable(iterable);
    if (!list) return WF_NULL;
    WfValue t = wf_tuple_from_array(WF_LIST_ITEMS(list), WF_LIST_LEN(list));
    wf_decref(list);
    return t;
}

// A tuple of subtype [type] holding the items of [src] (a tuple). New reference.
static WfValue tuple_subtype_copy(WfType *type, WfValue src) {
    size_t n = WF_TUPLE_LEN(src);
    WfValue t = tuple_alloc(type, n);
    if (!t) return WF_NULL;
    for (size_t i = 0; i < n; i++) WF_TUPLE_SET_STEAL(t, i, wf_newref(WF_TUPLE_GET(src, i)));
    return t;
}

static void tuple_dealloc(WfValue self) {
    WfTuple *t = (WfTuple *)self;
    if (self == (WfValue)&empty_tuple) return;   // immortal; never reached
    for (size_t i = t->len; i-- > 0;) {
        WfValue x = t->items[i];
        t->items[i] = WF_NULL;
        wf_xdecref(x);
    }
    wf_object_free(self);
}

// ---- repr, hash, compare ----------------------------------------------------------

static WfValue tuple_repr(WfValue self) {
    size_t n = WF_TUPLE_LEN(self);
    if (n == 0) return wf_str_from_cstr("()");
    int r = wf_repr_enter(self);
    if (r < 0) return WF_NULL;
    if (r > 0) return wf_str_from_cstr("(...)");
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append_char(&b, '(');
    for (size_t i = 0; i < n; i++) {
        if (i) wf_strbuf_append(&b, ", ", 2);
        if (wf_strbuf_append_repr_of(&b, WF_TUPLE_GET(self, i)) < 0) goto error;
    }
    if (n == 1) wf_strbuf_append_char(&b, ',');
    wf_strbuf_append_char(&b, ')');
    wf_repr_leave(self);
    return wf_strbuf_finish(&b);
error:
    wf_strbuf_free(&b);
    wf_repr_leave(self);
    return WF_NULL;
}

// Hash of one item, with the common cases inline.
static inline WfHash item_hash(WfValue v) {
    if (WF_IS_SMALLINT(v)) return wf_smallint_hash(WF_SMALLINT_VAL(v));
    if (v->type == &wf_str_type) return wf_str_hash(v);
    return wf_hash(v);
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static WfHash tuple_hash(WfValue self) {
    WfTuple *t = (WfTuple *)self;
    if (t->hash != -1) return t->hash;
    if (wf_enter_recursive_call(" while computing a hash") < 0) return -1;
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < t->len; i++) {
        WfHash h = item_hash(t->items[i]);
        if (h == -1) {
            wf_leave_recursive_call();
            return -1;
        }
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    wf_leave_recursive_call();
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) acc = 1546275796;
    t->hash = (WfHash)acc;
    return t->hash;
}

static WfValue tuple_richcompare(WfValue a, WfValue b, int op) {
    if (!wf_is_tuple(a) || !wf_is_tuple(b)) return wf_newref(WF_NOTIMPLEMENTED);
    size_t na = WF_TUPLE_LEN(a), nb = WF_TUPLE_LEN(b);
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        WfValue x = WF_TUPLE_GET(a, i), y = WF_TUPLE_GET(b, i);
        if (x == y) continue;
        int eq = wf_richcompare_bool(x, y, WF_EQ);
        if (eq < 0) return WF_NULL;
        if (!eq) break;
    }
    if (i >= na || i >= nb) {
        bool r;
        switch (op) {
        case WF_LT: r = na < nb; break;
        case WF_LE: r = na <= nb; break;
        case WF_EQ: r = na == nb; break;
        case WF_NE: r = na != nb; break;
        case WF_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        return wf_bool(r);
    }
    if (op == WF_EQ) return WF_FALSE;
    if (op == WF_NE) return WF_TRUE;
    return wf_richcompare(WF_TUPLE_GET(a, i), WF_TUPLE_GET(b, i), op);
}

// ---- sequence protocol --------------------------------------------------------------

static intptr_t tuple_len(WfValue self) { return (intptr_t)WF_TUPLE_LEN(self); }

static int tuple_contains(WfValue self, WfValue item) {
    for (size_t i = 0; i < WF_TUPLE_LEN(self); i++) {
        WfValue x = WF_TUPLE_GET(self, i);
        if (x == item) return 1;
        int r = wf_richcompare_bool(x, item, WF_EQ);
        if (r != 0) return r;
    }
    return 0;
}

static WfValue tuple_getitem(WfValue self, WfValue key) {
    int64_t n = (int64_t)WF_TUPLE_LEN(self);
    if (WF_IS_SMALLINT(key)) {
        int64_t i = WF_SMALLINT_VAL(key);
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            wf_err_set_str(wf_IndexError, "tuple index out of range");
            return WF_NULL;
        }
        return wf_newref(WF_TUPLE_GET(self, i));
    }
    if (!WF_IS_SMALLINT(key) && key->type == &wf_slice_type) {
        int64_t start, stop, step, slen;
        if (wf_slice_indices(key, n, &start, &stop, &step, &slen) < 0) return WF_NULL;
        if (slen == n && step == 1 && self->type == &wf_tuple_type) return wf_newref(self);
        WfValue t = wf_tuple_new((size_t)slen);
        if (!t) return WF_NULL;
        for (int64_t k = 0, j = start; k < slen; k++, j += step)
            WF_TUPLE_SET_STEAL(t, k, wf_newref(WF_TUPLE_GET(self, j)));
        return t;
    }
    int64_t i = wf_index_i64(key, "tuple indices");
    if (i == -1 && wf_err_occurred()) return WF_NULL;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        wf_err_set_str(wf_IndexError, "tuple index out of range");
        return WF_NULL;
    }
    return wf_newref(WF_TUPLE_GET(self, i));
}

// ---- iterator ------------------------------------------------------------------------

static WfValue tuple_iter(WfValue self) {
    WfTupleIter *it = (WfTupleIter *)wf_object_alloc(&wf_tuple_iter_type, sizeof(WfTupleIter));
    if (!it) return WF_NULL;
    it->tuple = wf_newref(self);
    it->index = 0;
    return (WfValue)it;
}

static void tupleiter_dealloc(WfValue self) {
    wf_clear(&((WfTupleIter *)self)->tuple);
    wf_object_free(self);
}

static WfValue tupleiter_next(WfValue self) {
    WfTupleIter *it = (WfTupleIter *)self;
    if (!it->tuple) return WF_NULL;
    if (it->index < WF_TUPLE_LEN(it->tuple)) return wf_newref(WF_TUPLE_GET(it->tuple, it->index++));
    wf_clear(&it->tuple);
    return WF_NULL;
}

static WfValue tupleiter_length_hint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfTupleIter *it = (WfTupleIter *)self;
    size_t n = it->tuple && it->index < WF_TUPLE_LEN(it->tuple) ? WF_TUPLE_LEN(it->tuple) - it->index : 0;
    return wf_int_from_u64(n);
}

static const WfMethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfValue iter_self(WfValue self) { return wf_newref(self); }

WfType wf_tuple_iter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "tuple_iterator",
    .basicsize = sizeof(WfTupleIter),
    .dealloc = tupleiter_dealloc,
    .iter = iter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

// ---- operators ----------------------------------------------------------------------

// True if [v]'s type is a Weft class defining [name] (so the reflected
// operation must get its chance instead of a sequence error).
static bool heap_type_defines(WfValue v, WfValue name) {
    WfType *t = wf_type(v);
    return (t->flags & WF_TPFLAGS_HEAPTYPE) && wf_type_lookup(t, name) != WF_NULL;
}

static WfValue tuple_add(WfValue a, WfValue b) {
    if (!wf_is_tuple(a)) return wf_newref(WF_NOTIMPLEMENTED);
    if (!wf_is_tuple(b)) {
        if (heap_type_defines(b, WF_ID(__radd__))) return wf_newref(WF_NOTIMPLEMENTED);
        wf_err_format(wf_TypeError, "can only concatenate tuple (not \"%s\") to tuple", wf_type_name(b));
        return WF_NULL;
    }
    size_t na = WF_TUPLE_LEN(a), nb = WF_TUPLE_LEN(b);
    if (nb == 0 && a->type == &wf_tuple_type) return wf_newref(a);
    if (na == 0 && b->type == &wf_tuple_type) return wf_newref(b);
    if (na + nb > TUPLE_MAX_LEN) return wf_err_no_memory();
    WfValue t = wf_tuple_new(na + nb);
    if (!t) return WF_NULL;
    for (size_t i = 0; i < na; i++) WF_TUPLE_SET_STEAL(t, i, wf_newref(WF_TUPLE_GET(a, i)));
    for (size_t i = 0; i < nb; i++) WF_TUPLE_SET_STEAL(t, na + i, wf_newref(WF_TUPLE_GET(b, i)));
    return t;
}

// The repeat count of "seq * n": 1 and *count on success; 0 when the pair
// belongs to someone else (NotImplemented); -1 on error.
static int repeat_count(WfValue n, int64_t *count) {
    if (WF_IS_SMALLINT(n)) {
        *count = WF_SMALLINT_VAL(n);
        return 1;
    }
    if (wf_is_int(n) || wf_type(n)->nb_index) {
        int64_t c = wf_index_i64(n, NULL);
        if (c == -1 && wf_err_occurred()) {
            if (wf_err_matches(wf_OverflowError)) {
                wf_err_clear();
                wf_err_format(wf_OverflowError, "cannot fit '%s' into an index-sized integer",
                              wf_type_name(n));
            }
            return -1;
        }
        *count = c;
        return 1;
    }
    if (heap_type_defines(n, WF_ID(__rmul__)) || heap_type_defines(n, WF_ID(__mul__))) return 0;
    wf_err_format(wf_TypeError, "can't multiply sequence by non-int of type '%s'", wf_type_name(n));
    return -1;
}

static WfValue tuple_mul(WfValue a, WfValue b) {
    WfValue seq, n;
    if (wf_is_tuple(a)) { seq = a; n = b; }
    else if (wf_is_tuple(b)) { seq = b; n = a; }
    else return wf_newref(WF_NOTIMPLEMENTED);
    int64_t count;
    int r = repeat_count(n, &count);
    if (r < 0) return WF_NULL;
    if (r == 0) return wf_newref(WF_NOTIMPLEMENTED);
    size_t len = WF_TUPLE_LEN(seq);
    if (count <= 0 || len == 0) return wf_tuple_new(0);
    if (count == 1 && seq->type == &wf_tuple_type) return wf_newref(seq);
    if ((uint64_t)count > TUPLE_MAX_LEN / len) return wf_err_no_memory();
    WfValue t = wf_tuple_new(len * (size_t)count);
    if (!t) return WF_NULL;
    size_t k = 0;
    for (int64_t c = 0; c < count; c++)
        for (size_t i = 0; i < len; i++) WF_TUPLE_SET_STEAL(t, k++, wf_newref(WF_TUPLE_GET(seq, i)));
    return t;
}

// ---- methods ---------------------------------------------------------------------------

// Resolves the optional start/stop arguments of index() against [len]
// (CPython clamps like slice indices). 0/-1.
static int index_bounds(WfValue *args, size_t nargs, int64_t len, int64_t *start, int64_t *stop) {
    *start = 0;
    *stop = len;
    for (size_t k = 1; k < nargs && k < 3; k++) {
        int64_t v;
        if (WF_IS_SMALLINT(args[k])) {
            v = WF_SMALLINT_VAL(args[k]);
        } else if (wf_is_int(args[k])) {
            v = wf_int_sign(args[k]) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        } else {
            v = wf_index_i64(args[k], NULL);
            if (v == -1 && wf_err_occurred()) {
                if (wf_err_matches(wf_TypeError)) {
                    wf_err_clear();
                    wf_err_set_str(wf_TypeError,
                                   "slice indices must be integers or have an __index__ method");
                }
                return -1;
            }
        }
        if (v < 0) {
            v += len;
            if (v < 0) v = 0;
        }
        if (v > len) v = len;
        if (k == 1) *start = v; else *stop = v;
    }
    return 0;
}

static WfValue tuple_index(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("index", kwnames) < 0 || wf_args_count("index", nargs, 1, 3) < 0) return WF_NULL;
    int64_t start, stop;
    if (index_bounds(args, nargs, (int64_t)WF_TUPLE_LEN(self), &start, &stop) < 0) return WF_NULL;
    for (int64_t i = start; i < stop && i < (int64_t)WF_TUPLE_LEN(self); i++) {
        WfValue x = WF_TUPLE_GET(self, i);
        int r = x == args[0] ? 1 : wf_richcompare_bool(x, args[0], WF_EQ);
        if (r < 0) return WF_NULL;
        if (r) return wf_int_from_i64(i);
    }
    wf_err_set_str(wf_ValueError, "tuple.index(x): x not in tuple");
    return WF_NULL;
}

static WfValue tuple_count(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("tuple.count", kwnames) < 0 || wf_args_count("tuple.count", nargs, 1, 1) < 0) return WF_NULL;
    int64_t n = 0;
    for (size_t i = 0; i < WF_TUPLE_LEN(self); i++) {
        WfValue x = WF_TUPLE_GET(self, i);
        int r = x == args[0] ? 1 : wf_richcompare_bool(x, args[0], WF_EQ);
        if (r < 0) return WF_NULL;
        n += r;
    }
    return wf_int_from_i64(n);
}

static WfValue tuple_getnewargs(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue copy = wf_tuple_from_array(WF_TUPLE_ITEMS(self), WF_TUPLE_LEN(self));
    if (!copy) return WF_NULL;
    WfValue r = wf_tuple_pack(1, copy);
    wf_decref(copy);
    return r;
}

// tuple(iterable=()) for [type] (tuple or a subclass). Keywords are refused
// for tuple itself; a subclass's keywords belong to its __init__.
static WfValue tuple_new_impl(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (type == &wf_tuple_type && wf_args_no_kw("tuple", kwnames) < 0) return WF_NULL;
    if (nargs > 1) {
        wf_err_format(wf_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
        return WF_NULL;
    }
    WfValue iterable = nargs ? args[0] : WF_NULL;
    if (type == &wf_tuple_type) {
        if (!iterable) return wf_tuple_new(0);
        return wf_tuple_from_iterable(iterable);
    }
    WfValue tmp = iterable ? wf_tuple_from_iterable(iterable) : wf_tuple_new(0);
    if (!tmp) return WF_NULL;
    WfValue r = tuple_subtype_copy(type, tmp);
    wf_decref(tmp);
    return r;
}



static const WfMethodDef tuple_methods[] = {
    {"index", tuple_index, 0, NULL},
    {"count", tuple_count, 0, NULL},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {"__class_getitem__", wf_generic_class_getitem, WF_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_tuple_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "tuple",
    .basicsize = sizeof(WfTuple),
    .itemsize = sizeof(WfValue),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_TUPLE_SUBCLASS,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .new_ = tuple_new_impl,
    .nb = { [WF_BINOP_ADD] = tuple_add, [WF_BINOP_MUL] = tuple_mul },
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .methods = tuple_methods,
};
