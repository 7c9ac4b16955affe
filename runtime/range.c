// range.c — range (an arithmetic progression of int64 values with its
// length precomputed), the range iterator the VM fast-paths, and slice
// objects with CPython's index clamping (wf_slice_indices).
// Limitation: range bounds must fit in 64 bits; larger ints raise
// OverflowError (CPython accepts arbitrary ints). Slice bounds are clamped
// to int64 exactly as CPython clamps them to Py_ssize_t.
// GIL rule: all functions run with the GIL held.
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/iterobjects.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/tstate.h"

typedef __int128 i128;

static WfValue int_from_i128(i128 v) { return wf_int_from_i64((int64_t)v); }

static bool fits_i64(i128 v) { return v >= INT64_MIN && v <= INT64_MAX; }

static inline bool is_slice(WfValue v) { return !WF_IS_SMALLINT(v) && v->type == &wf_slice_type; }

// ---- slice ----------------------------------------------------------------------------

WfValue wf_slice_new(WfValue start, WfValue stop, WfValue step) {
    WfSlice *s = (WfSlice *)wf_object_alloc(&wf_slice_type, sizeof(WfSlice));
    if (!s) return WF_NULL;
    s->start = wf_newref(start ? start : WF_NONE);
    s->stop = wf_newref(stop ? stop : WF_NONE);
    s->step = wf_newref(step ? step : WF_NONE);
    return (WfValue)s;
}

// An int (or __index__ object) as int64, clamped to [INT64_MIN, INT64_MAX]. 0/-1.
static int clamped_index(WfValue v, int64_t *out) {
    if (WF_IS_SMALLINT(v)) {
        *out = WF_SMALLINT_VAL(v);
        return 0;
    }
    WfValue iv;
    if (wf_is_int(v)) {
        iv = wf_newref(v);
    } else if (wf_type(v)->nb_index) {
        iv = wf_type(v)->nb_index(v);
        if (!iv) return -1;
        if (!wf_is_int(iv)) {
            wf_err_format(wf_TypeError, "__index__ returned non-int (type %s)", wf_type_name(iv));
            wf_decref(iv);
            return -1;
        }
    } else {
        wf_err_set_str(wf_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (wf_int_to_i64(iv, out) < 0) {
        wf_err_clear();
        *out = wf_int_sign(iv) < 0 ? INT64_MIN : INT64_MAX;
    }
    wf_decref(iv);
    return 0;
}

// CPython's PySlice_Unpack: step defaults to 1, bounds to the ends. 0/-1.
int wf_slice_unpack(WfValue slice, int64_t *start, int64_t *stop, int64_t *step) {
    WfSlice *s = (WfSlice *)slice;
    if (s->step == WF_NONE) {
        *step = 1;
    } else {
        if (clamped_index(s->step, step) < 0) return -1;
        if (*step == 0) {
            wf_err_set_str(wf_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    if (s->start == WF_NONE) *start = *step < 0 ? INT64_MAX : 0;
    else if (clamped_index(s->start, start) < 0) return -1;
    if (s->stop == WF_NONE) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (clamped_index(s->stop, stop) < 0) return -1;
    return 0;
}

// CPython's PySlice_AdjustIndices. Returns the slice length.
int64_t wf_slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (int64_t)(((i128)*start - *stop - 1) / -step + 1);
    } else if (*start < *stop) {
        return (int64_t)(((i128)*stop - *start - 1) / step + 1);
    }
    return 0;
}

int wf_slice_indices(WfValue slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                     int64_t *slicelen) {
    if (wf_slice_unpack(slice, start, stop, step) < 0) return -1;
    *slicelen = wf_slice_adjust(len, start, stop, *step);
    return 0;
}

static void slice_dealloc(WfValue self) {
    WfSlice *s = (WfSlice *)self;
    wf_clear(&s->start);
    wf_clear(&s->stop);
    wf_clear(&s->step);
    wf_object_free(self);
}

static WfValue slice_repr(WfValue self) {
    WfSlice *s = (WfSlice *)self;
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append_cstr(&b, "slice(");
    if (wf_strbuf_append_repr_of(&b, s->start) < 0) goto error;
    wf_strbuf_append(&b, ", ", 2);
    if (wf_strbuf_append_repr_of(&b, s->stop) < 0) goto error;
    wf_strbuf_append(&b, ", ", 2);
    if (wf_strbuf_append_repr_of(&b, s->step) < 0) goto error;
    wf_strbuf_append_char(&b, ')');
    return wf_strbuf_finish(&b);
error:
    wf_strbuf_free(&b);
    return WF_NULL;
}

static WfValue slice_as_tuple(WfValue self) {
    WfSlice *s = (WfSlice *)self;
    return wf_tuple_pack(3, s->start, s->stop, s->step);
}

static WfValue slice_richcompare(WfValue a, WfValue b, int op) {
    if (!is_slice(a) || !is_slice(b)) return wf_newref(WF_NOTIMPLEMENTED);
    if (a == b && (op == WF_EQ || op == WF_NE)) return wf_bool(op == WF_EQ);
    WfValue ta = slice_as_tuple(a);
    if (!ta) return WF_NULL;
    WfValue tb = slice_as_tuple(b);
    if (!tb) {
        wf_decref(ta);
        return WF_NULL;
    }
    WfValue r = wf_richcompare(ta, tb, op);
    wf_decref(ta);
    wf_decref(tb);
    return r;
}

static WfValue slice_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("slice", kwnames) < 0) return WF_NULL;
    if (nargs < 1) {
        wf_err_format(wf_TypeError, "slice expected at least 1 argument, got %zu", nargs);
        return WF_NULL;
    }
    if (nargs > 3) {
        wf_err_format(wf_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
        return WF_NULL;
    }
    if (nargs == 1) return wf_slice_new(WF_NONE, args[0], WF_NONE);
    return wf_slice_new(args[0], args[1], nargs > 2 ? args[2] : WF_NONE);
}

static WfValue slice_indices_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("slice.indices", kwnames) < 0 || wf_args_count("slice.indices", nargs, 1, 1) < 0) return WF_NULL;
    int64_t len = wf_index_i64(args[0], NULL);
    if (len == -1 && wf_err_occurred()) return WF_NULL;
    if (len < 0) {
        wf_err_set_str(wf_ValueError, "length should not be negative");
        return WF_NULL;
    }
    int64_t start, stop, step, slen;
    if (wf_slice_indices(self, len, &start, &stop, &step, &slen) < 0) return WF_NULL;
    WfValue a = wf_int_from_i64(start), b = wf_int_from_i64(stop), c = wf_int_from_i64(step);
    WfValue r = (a && b && c) ? wf_tuple_pack(3, a, b, c) : WF_NULL;
    wf_xdecref(a);
    wf_xdecref(b);
    wf_xdecref(c);
    return r;
}

static WfValue slice_get_start(WfValue self) { return wf_newref(((WfSlice *)self)->start); }
static WfValue slice_get_stop(WfValue self) { return wf_newref(((WfSlice *)self)->stop); }
static WfValue slice_get_step(WfValue self) { return wf_newref(((WfSlice *)self)->step); }

static const WfGetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL, NULL},
    {"stop", slice_get_stop, NULL, NULL},
    {"step", slice_get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const WfMethodDef slice_methods[] = {
    {"indices", slice_indices_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_slice_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "slice",
    .basicsize = sizeof(WfSlice),
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .new_ = slice_new,
    .methods = slice_methods,
    .getsets = slice_getsets,
};

// ---- range ------------------------------------------------------------------------------

#define R(v) ((WfRange *)(v))

// A range object; the length must already be known to fit. New reference.
static WfValue range_make(int64_t start, int64_t stop, int64_t step, int64_t len) {
    WfRange *r = (WfRange *)wf_object_alloc(&wf_range_type, sizeof(WfRange));
    if (!r) return WF_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return (WfValue)r;
}

// Number of items in range(start, stop, step), or -1 with OverflowError.
static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
    i128 n = 0;
    if (step > 0 && start < stop) n = ((i128)stop - start - 1) / step + 1;
    else if (step < 0 && start > stop) n = ((i128)start - stop - 1) / -(i128)step + 1;
    if (n > INT64_MAX) {
        wf_err_set_str(wf_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (int64_t)n;
}

// A range argument as int64 ("'float' object cannot be interpreted as an integer"). 0/-1.
static int range_arg(WfValue v, int64_t *out) {
    if (WF_IS_SMALLINT(v)) {
        *out = WF_SMALLINT_VAL(v);
        return 0;
    }
    int64_t n = wf_index_i64(v, NULL);
    if (n == -1 && wf_err_occurred()) return -1;
    *out = n;
    return 0;
}

static WfValue range_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("range", kwnames) < 0) return WF_NULL;
    if (nargs < 1) {
        wf_err_format(wf_TypeError, "range expected at least 1 argument, got %zu", nargs);
        return WF_NULL;
    }
    if (nargs > 3) {
        wf_err_format(wf_TypeError, "range expected at most 3 arguments, got %zu", nargs);
        return WF_NULL;
    }
    int64_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (range_arg(args[0], &stop) < 0) return WF_NULL;
    } else {
        if (range_arg(args[0], &start) < 0 || range_arg(args[1], &stop) < 0) return WF_NULL;
        if (nargs == 3) {
            if (range_arg(args[2], &step) < 0) return WF_NULL;
            if (step == 0) {
                wf_err_set_str(wf_ValueError, "range() arg 3 must not be zero");
                return WF_NULL;
            }
            if (step == INT64_MIN) {
                wf_err_set_str(wf_OverflowError, "Python int too large to convert to C ssize_t");
                return WF_NULL;
            }
        }
    }
    int64_t len = range_length(start, stop, step);
    if (len < 0) return WF_NULL;
    return range_make(start, stop, step, len);
}

static WfValue range_repr(WfValue self) {
    WfRange *r = R(self);
    if (r->step == 1) return wf_str_from_format("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return wf_str_from_format("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                              (long long)r->step);
}

static intptr_t range_len(WfValue self) { return (intptr_t)R(self)->len; }

static int range_bool(WfValue self) { return R(self)->len != 0; }

static WfValue range_item(WfRange *r, int64_t i) { return int_from_i128((i128)r->start + (i128)i * r->step); }

static WfValue range_getitem(WfValue self, WfValue key) {
    WfRange *r = R(self);
    if (is_slice(key)) {
        int64_t istart, istop, istep, slen;
        if (wf_slice_indices(key, r->len, &istart, &istop, &istep, &slen) < 0) return WF_NULL;
        i128 ns = (i128)r->start + (i128)istart * r->step;
        i128 ne = (i128)r->start + (i128)istop * r->step;
        i128 st = (i128)istep * r->step;
        if (!fits_i64(ns) || !fits_i64(ne) || !fits_i64(st) || st == INT64_MIN) {
            wf_err_set_str(wf_OverflowError, "Python int too large to convert to C ssize_t");
            return WF_NULL;
        }
        return range_make((int64_t)ns, (int64_t)ne, (int64_t)st, slen);
    }
    int64_t i;
    if (WF_IS_SMALLINT(key)) {
        i = WF_SMALLINT_VAL(key);
    } else {
        i = wf_index_i64(key, "range indices");
        if (i == -1 && wf_err_occurred()) {
            // Ints beyond 64 bits come back as IndexError ("cannot fit ..."): CPython
            // reports them as plain out-of-range indices.
            if (!wf_err_matches(wf_IndexError) && !wf_err_matches(wf_OverflowError)) return WF_NULL;
            wf_err_clear();
            goto out_of_range;
        }
    }
    if (i < 0) i += r->len;
    if (i < 0 || i >= r->len) goto out_of_range;
    return range_item(r, i);
out_of_range:
    wf_err_set_str(wf_IndexError, "range object index out of range");
    return WF_NULL;
}

// For an int [v]: 1 and *pos = its position if it is in the range, else 0.
// Never runs code.
static int range_int_position(WfRange *r, WfValue v, int64_t *pos) {
    int64_t x;
    if (WF_IS_SMALLINT(v)) {
        x = WF_SMALLINT_VAL(v);
    } else if (wf_int_to_i64(v, &x) < 0) {
        wf_err_clear();
        return 0;
    }
    if (r->len == 0) return 0;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
    i128 off = (i128)x - r->start;
    if (off % r->step != 0) return 0;
    *pos = (int64_t)(off / r->step);
    return 1;
}

static inline bool is_exact_intlike(WfValue v) {
    return WF_IS_SMALLINT(v) || v->type == &wf_int_type || v->type == &wf_bool_type;
}

// Generic search by iteration: the position of the first item == v, -1 if
// none, -2 on error. With [count], counts matches instead.
static int64_t range_search(WfRange *r, WfValue v, bool count) {
    int64_t n = 0;
    for (int64_t i = 0; i < r->len; i++) {
        WfValue item = range_item(r, i);
        if (!item) return -2;
        int eq = wf_richcompare_bool(item, v, WF_EQ);
        wf_decref(item);
        if (eq < 0) return -2;
        if (eq) {
            if (!count) return i;
            n++;
        }
    }
    return count ? n : -1;
}

static int range_contains(WfValue self, WfValue v) {
    if (is_exact_intlike(v)) {
        int64_t pos;
        return range_int_position(R(self), v, &pos);
    }
    int64_t r = range_search(R(self), v, false);
    return r == -2 ? -1 : r >= 0;
}

static WfValue range_richcompare(WfValue a, WfValue b, int op) {
    if (WF_IS_SMALLINT(a) || WF_IS_SMALLINT(b) || a->type != &wf_range_type || b->type != &wf_range_type ||
        (op != WF_EQ && op != WF_NE))
        return wf_newref(WF_NOTIMPLEMENTED);
    WfRange *x = R(a), *y = R(b);
    bool eq;
    if (x->len != y->len) eq = false;
    else if (x->len == 0) eq = true;
    else if (x->start != y->start) eq = false;
    else if (x->len == 1) eq = true;
    else eq = x->step == y->step;
    return wf_bool(op == WF_EQ ? eq : !eq);
}

static WfHash range_hash(WfValue self) {
    WfRange *r = R(self);
    WfValue len = wf_int_from_i64(r->len);
    WfValue start = r->len > 0 ? wf_int_from_i64(r->start) : wf_newref(WF_NONE);
    WfValue step = r->len > 1 ? wf_int_from_i64(r->step) : wf_newref(WF_NONE);
    WfHash h = -1;
    if (len && start && step) {
        WfValue t = wf_tuple_pack(3, len, start, step);
        if (t) {
            h = wf_hash(t);
            wf_decref(t);
        }
    }
    wf_xdecref(len);
    wf_xdecref(start);
    wf_xdecref(step);
    return h;
}

// ---- range iterator -----------------------------------------------------------------------

static WfValue rangeiter_make(int64_t next, int64_t step, int64_t remaining) {
    WfRangeIter *it = (WfRangeIter *)wf_object_alloc(&wf_range_iter_type, sizeof(WfRangeIter));
    if (!it) return WF_NULL;
    it->next = next;
    it->step = step;
    it->remaining = remaining;
    return (WfValue)it;
}

static WfValue range_iter(WfValue self) {
    WfRange *r = R(self);
    return rangeiter_make(r->start, r->step, r->len);
}

static WfValue rangeiter_next(WfValue self) {
    WfRangeIter *it = (WfRangeIter *)self;
    if (it->remaining <= 0) return WF_NULL;
    int64_t v = it->next;
    it->remaining--;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    if (WF_SMALLINT_FITS(v)) return WF_FROM_SMALLINT(v);
    return wf_int_from_i64(v);
}

static WfValue rangeiter_length_hint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfRangeIter *it = (WfRangeIter *)self;
    return wf_int_from_i64(it->remaining > 0 ? it->remaining : 0);
}

static WfValue iter_self(WfValue self) { return wf_newref(self); }

static const WfMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_range_iter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "range_iterator",
    .basicsize = sizeof(WfRangeIter),
    .dealloc = wf_object_free,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

// ---- range methods ---------------------------------------------------------------------------

static WfValue range_m_reversed(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__reversed__", nargs, 0, 0) < 0) return WF_NULL;
    WfRange *r = R(self);
    if (r->len == 0) return rangeiter_make(r->start, 1, 0);
    int64_t last = (int64_t)((i128)r->start + (i128)(r->len - 1) * r->step);
    return rangeiter_make(last, -r->step, r->len);
}

static WfValue range_m_index(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("range.index", kwnames) < 0 || wf_args_count("range.index", nargs, 1, 1) < 0) return WF_NULL;
    WfRange *r = R(self);
    if (is_exact_intlike(args[0])) {
        int64_t pos;
        if (range_int_position(r, args[0], &pos)) return wf_int_from_i64(pos);
        WfValue rep = wf_repr(args[0]);
        if (!rep) return WF_NULL;
        wf_err_format(wf_ValueError, "%s is not in range", wf_str_cstr(rep));
        wf_decref(rep);
        return WF_NULL;
    }
    int64_t pos = range_search(r, args[0], false);
    if (pos == -2) return WF_NULL;
    if (pos == -1) {
        wf_err_set_str(wf_ValueError, "sequence.index(x): x not in sequence");
        return WF_NULL;
    }
    return wf_int_from_i64(pos);
}

static WfValue range_m_count(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("range.count", kwnames) < 0 || wf_args_count("range.count", nargs, 1, 1) < 0) return WF_NULL;
    if (is_exact_intlike(args[0])) {
        int64_t pos;
        return wf_int_from_i64(range_int_position(R(self), args[0], &pos));
    }
    int64_t n = range_search(R(self), args[0], true);
    if (n == -2) return WF_NULL;
    return wf_int_from_i64(n);
}


static WfValue range_get_start(WfValue self) { return wf_int_from_i64(R(self)->start); }
static WfValue range_get_stop(WfValue self) { return wf_int_from_i64(R(self)->stop); }
static WfValue range_get_step(WfValue self) { return wf_int_from_i64(R(self)->step); }

static const WfGetSetDef range_getsets[] = {
    {"start", range_get_start, NULL, NULL},
    {"stop", range_get_stop, NULL, NULL},
    {"step", range_get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const WfMethodDef range_methods[] = {
    {"__reversed__", range_m_reversed, 0, NULL},
    {"index", range_m_index, 0, NULL},
    {"count", range_m_count, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_range_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "range",
    .basicsize = sizeof(WfRange),
    .dealloc = wf_object_free,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_new,
    .nb_bool = range_bool,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
};
