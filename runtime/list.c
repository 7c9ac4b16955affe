// list.c — list: a growable array of owned values; its iterators; and
// list.sort, a stable timsort-lite (natural runs, binary insertion, merges
// without galloping) that survives comparison errors and detects mutation.
// Invariant: items[0..len) are owned, non-NULL references. Anything that may
// run Weft code (comparisons, decrefs, iteration) re-reads len/items after
// it: a __del__ or __eq__ may have changed the list. Old items are decref'd
// only once the list is consistent again.
// GIL rule: all functions run with the GIL held.
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/iterobjects.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/tstate.h"

#define LIST_MAX_LEN (((size_t)1 << 58) / sizeof(WfValue))
#define L(v) ((WfList *)(v))

// ---- storage ------------------------------------------------------------------------

// Makes room for at least [need] items. 0 ok, -1 MemoryError. Never runs code.
static int list_reserve(WfList *l, size_t need) {
    if (need <= l->cap) return 0;
    if (need > LIST_MAX_LEN) {
        wf_err_no_memory();
        return -1;
    }
    size_t cap = need + (need >> 3) + (need < 9 ? 3 : 6);
    if (cap > LIST_MAX_LEN) cap = LIST_MAX_LEN;
    WfValue *items = realloc(l->items, cap * sizeof(WfValue));
    if (!items) {
        wf_err_no_memory();
        return -1;
    }
    l->items = items;
    l->cap = cap;
    return 0;
}

// A new empty list of [type] with room for [cap] items. Returns a new reference.
static WfValue list_alloc(WfType *type, size_t cap) {
    WfValue v = wf_object_alloc(type, type->basicsize < sizeof(WfList) ? sizeof(WfList) : type->basicsize);
    if (!v) return WF_NULL;
    if (cap && list_reserve(L(v), cap) < 0) {
        wf_decref(v);
        return WF_NULL;
    }
    return v;
}

WfValue wf_list_new(size_t len) {
    WfValue v = list_alloc(&wf_list_type, len);
    if (!v) return WF_NULL;
    for (size_t i = 0; i < len; i++) L(v)->items[i] = WF_NONE;
    WF_NONE->refcnt += (intptr_t)len;
    L(v)->len = len;
    return v;
}

void wf_list_set_steal(WfValue list, size_t i, WfValue item) {
    WfValue old = L(list)->items[i];
    L(list)->items[i] = item;
    wf_xdecref(old);
}

int wf_list_append_steal(WfValue list, WfValue item) {
    WfList *l = L(list);
    if (l->len == l->cap && list_reserve(l, l->len + 1) < 0) {
        wf_decref(item);
        return -1;
    }
    l->items[l->len++] = item;
    return 0;
}

int wf_list_append(WfValue list, WfValue item) {
    wf_incref(item);
    return wf_list_append_steal(list, item);
}

// Drops [n] references held in [garbage] and frees the array.
static void release_items(WfValue *garbage, size_t n) {
    for (size_t i = 0; i < n; i++) wf_decref(garbage[i]);
    free(garbage);
}

// Empties the list (decrefs after the list is already empty).
static void list_clear_items(WfList *l) {
    WfValue *items = l->items;
    size_t n = l->len;
    l->items = NULL;
    l->len = 0;
    l->cap = 0;
    if (items) release_items(items, n);
}

static void list_dealloc(WfValue self) {
    list_clear_items(L(self));
    wf_object_free(self);
}

int wf_list_extend(WfValue list, WfValue iterable) {
    WfList *l = L(list);
    if (wf_is_list(iterable) || wf_is_tuple(iterable)) {
        size_t n = wf_is_list(iterable) ? WF_LIST_LEN(iterable) : WF_TUPLE_LEN(iterable);
        if (n == 0) return 0;
        if (list_reserve(l, l->len + n) < 0) return -1;
        // Re-read the source after the reserve: it may be this very list.
        WfValue *src = wf_is_list(iterable) ? WF_LIST_ITEMS(iterable) : WF_TUPLE_ITEMS(iterable);
        WfValue *dst = l->items + l->len;
        for (size_t i = 0; i < n; i++) {
            wf_incref(src[i]);
            dst[i] = src[i];
        }
        l->len += n;
        return 0;
    }
    WfValue it = wf_iter(iterable);
    if (!it) return -1;
    WfUnaryFn next = wf_type(it)->iternext;
    for (;;) {
        WfValue x;
        if (next) {
            x = next(it);
            if (!x) {
                if (wf_err_occurred()) {
                    if (!wf_err_matches(wf_StopIteration)) goto error;
                    wf_err_clear();
                }
                break;
            }
        } else {
            int r = wf_iter_next_ref(it, &x);
            if (r < 0) goto error;
            if (r == 0) break;
        }
        if (wf_list_append_steal(list, x) < 0) goto error;
    }
    wf_decref(it);
    return 0;
error:
    wf_decref(it);
    return -1;
}

WfValue wf_list_from_iterable(WfValue iterable) {
    WfValue l = list_alloc(&wf_list_type, 0);
    if (!l) return WF_NULL;
    if (wf_list_extend(l, iterable) < 0) {
        wf_decref(l);
        return WF_NULL;
    }
    return l;
}

WfValue wf_list_as_tuple(WfValue list) {
    return wf_tuple_from_array(L(list)->items, L(list)->len);
}

WfValue wf_list_slice(WfValue list, int64_t lo, int64_t hi) {
    int64_t n = (int64_t)L(list)->len;
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    WfValue r = list_alloc(&wf_list_type, (size_t)(hi - lo));
    if (!r) return WF_NULL;
    for (int64_t i = lo; i < hi; i++) {
        WfValue x = L(list)->items[i];
        wf_incref(x);
        L(r)->items[L(r)->len++] = x;
    }
    return r;
}

void wf_list_reverse(WfValue list) {
    WfValue *a = L(list)->items;
    size_t n = L(list)->len;
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        WfValue t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

int wf_list_insert(WfValue list, int64_t index, WfValue item) {
    WfList *l = L(list);
    int64_t n = (int64_t)l->len;
    if (index < 0) {
        index += n;
        if (index < 0) index = 0;
    }
    if (index > n) index = n;
    if (list_reserve(l, l->len + 1) < 0) return -1;
    memmove(l->items + index + 1, l->items + index, (size_t)(n - index) * sizeof(WfValue));
    wf_incref(item);
    l->items[index] = item;
    l->len++;
    return 0;
}

WfValue wf_list_pop(WfValue list) {
    WfList *l = L(list);
    if (l->len == 0) {
        wf_err_set_str(wf_IndexError, "pop from empty list");
        return WF_NULL;
    }
    return l->items[--l->len];
}

// Replaces items [lo, hi) with the [n] values of [src] (borrowed; may be
// NULL when n == 0). [lo]/[hi] are clamped to the current length.
// Never runs code before the list is consistent; decrefs the old items last.
static int list_replace_range(WfList *l, int64_t lo, int64_t hi, WfValue *src, size_t n) {
    int64_t len = (int64_t)l->len;
    if (lo < 0) lo = 0;
    else if (lo > len) lo = len;
    if (hi < lo) hi = lo;
    else if (hi > len) hi = len;
    size_t nold = (size_t)(hi - lo);
    WfValue *garbage = NULL;
    if (nold) {
        garbage = malloc(nold * sizeof(WfValue));
        if (!garbage) {
            wf_err_no_memory();
            return -1;
        }
    }
    if (n > nold && list_reserve(l, l->len + (n - nold)) < 0) {
        free(garbage);
        return -1;
    }
    if (nold) memcpy(garbage, l->items + lo, nold * sizeof(WfValue));
    size_t tail = l->len - (size_t)hi;
    memmove(l->items + lo + n, l->items + hi, tail * sizeof(WfValue));
    for (size_t i = 0; i < n; i++) {
        wf_incref(src[i]);
        l->items[lo + (int64_t)i] = src[i];
    }
    l->len = l->len - nold + n;
    if (garbage) release_items(garbage, nold);
    return 0;
}

// ---- repr and comparison ---------------------------------------------------------------

static WfValue list_repr(WfValue self) {
    WfList *l = L(self);
    if (l->len == 0) return wf_str_from_cstr("[]");
    int r = wf_repr_enter(self);
    if (r < 0) return WF_NULL;
    if (r > 0) return wf_str_from_cstr("[...]");
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append_char(&b, '[');
    for (size_t i = 0; i < l->len; i++) {
        if (i) wf_strbuf_append(&b, ", ", 2);
        WfValue x = l->items[i];
        wf_incref(x);
        int rc = wf_strbuf_append_repr_of(&b, x);
        wf_decref(x);
        if (rc < 0) goto error;
    }
    wf_strbuf_append_char(&b, ']');
    wf_repr_leave(self);
    return wf_strbuf_finish(&b);
error:
    wf_strbuf_free(&b);
    wf_repr_leave(self);
    return WF_NULL;
}

static WfValue list_richcompare(WfValue a, WfValue b, int op) {
    if (!wf_is_list(a) || !wf_is_list(b)) return wf_newref(WF_NOTIMPLEMENTED);
    WfList *la = L(a), *lb = L(b);
    if (la->len != lb->len && (op == WF_EQ || op == WF_NE)) return wf_bool(op == WF_NE);
    size_t i;
    for (i = 0; i < la->len && i < lb->len; i++) {
        WfValue x = la->items[i], y = lb->items[i];
        if (x == y) continue;
        wf_incref(x);
        wf_incref(y);
        int eq = wf_richcompare_bool(x, y, WF_EQ);
        wf_decref(x);
        wf_decref(y);
        if (eq < 0) return WF_NULL;
        if (!eq) break;
    }
    if (i >= la->len || i >= lb->len) {
        size_t na = la->len, nb = lb->len;
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
    WfValue x = la->items[i], y = lb->items[i];
    wf_incref(x);
    wf_incref(y);
    WfValue r = wf_richcompare(x, y, op);
    wf_decref(x);
    wf_decref(y);
    return r;
}

// ---- indexing ---------------------------------------------------------------------------

// Converts a non-slice subscript to a C index. 0 ok, -1 error (TypeError
// "list indices must be integers or slices, not str", or IndexError for ints
// too large for an index).
static int subscript_index(WfValue key, const char *what, int64_t *out) {
    if (WF_IS_SMALLINT(key)) {
        *out = WF_SMALLINT_VAL(key);
        return 0;
    }
    int64_t i = wf_index_i64(key, what);
    if (i == -1 && wf_err_occurred()) {
        if (wf_err_matches(wf_OverflowError)) {
            wf_err_clear();
            wf_err_format(wf_IndexError, "cannot fit '%s' into an index-sized integer", wf_type_name(key));
        }
        return -1;
    }
    *out = i;
    return 0;
}

static inline bool is_slice(WfValue v) { return !WF_IS_SMALLINT(v) && v->type == &wf_slice_type; }

static WfValue list_getitem(WfValue self, WfValue key) {
    WfList *l = L(self);
    if (WF_IS_SMALLINT(key)) {
        int64_t i = WF_SMALLINT_VAL(key);
        if (i < 0) i += (int64_t)l->len;
        if ((uint64_t)i >= l->len) goto out_of_range;
        return wf_newref(l->items[i]);
    }
    if (is_slice(key)) {
        int64_t start, stop, step;
        if (wf_slice_unpack(key, &start, &stop, &step) < 0) return WF_NULL;
        int64_t slen = wf_slice_adjust((int64_t)l->len, &start, &stop, step);
        if (step == 1) return wf_list_slice(self, start, start + slen);
        WfValue r = list_alloc(&wf_list_type, (size_t)slen);
        if (!r) return WF_NULL;
        for (int64_t k = 0, j = start; k < slen; k++, j += step) {
            WfValue x = l->items[j];
            wf_incref(x);
            L(r)->items[L(r)->len++] = x;
        }
        return r;
    }
    int64_t i = 0;
    if (subscript_index(key, "list indices", &i) < 0) return WF_NULL;
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len) goto out_of_range;
    return wf_newref(l->items[i]);
out_of_range:
    wf_err_set_str(wf_IndexError, "list index out of range");
    return WF_NULL;
}

// del list[slice] for an extended slice.
static int list_del_extended(WfList *l, int64_t start, int64_t step, int64_t slen) {
    if (slen <= 0) return 0;
    if (step < 0) {
        start = start + step * (slen - 1);
        step = -step;
    }
    WfValue *garbage = malloc((size_t)slen * sizeof(WfValue));
    if (!garbage) {
        wf_err_no_memory();
        return -1;
    }
    size_t dst = (size_t)start, g = 0;
    for (size_t src = (size_t)start; src < l->len; src++) {
        if (g < (size_t)slen && src == (size_t)(start + (int64_t)g * step)) {
            garbage[g++] = l->items[src];
            continue;
        }
        l->items[dst++] = l->items[src];
    }
    l->len = dst;
    release_items(garbage, g);
    return 0;
}

static int list_ass_slice_value(WfList *l, WfValue self, WfValue key, WfValue value) {
    int64_t start, stop, step;
    if (wf_slice_unpack(key, &start, &stop, &step) < 0) return -1;
    if (value == WF_NULL) {
        int64_t slen = wf_slice_adjust((int64_t)l->len, &start, &stop, step);
        if (step == 1) return list_replace_range(l, start, start + slen, NULL, 0);
        return list_del_extended(l, start, step, slen);
    }
    // Materialize the new items first (this may run code and change the list),
    // then resolve the bounds against the length as it is afterwards.
    WfValue seq;
    if (value == self || (!wf_is_list(value) && !wf_is_tuple(value))) {
        seq = wf_list_from_iterable(value);
        if (!seq) {
            if (wf_err_matches(wf_TypeError) && wf_type(value)->iter == NULL &&
                wf_type(value)->getitem == NULL) {
                wf_err_clear();
                wf_err_set_str(wf_TypeError, step == 1 ? "can only assign an iterable"
                                                       : "must assign iterable to extended slice");
            }
            return -1;
        }
    } else {
        seq = wf_newref(value);
    }
    int64_t slen = wf_slice_adjust((int64_t)l->len, &start, &stop, step);
    WfValue *src = wf_is_list(seq) ? WF_LIST_ITEMS(seq) : WF_TUPLE_ITEMS(seq);
    size_t n = wf_is_list(seq) ? WF_LIST_LEN(seq) : WF_TUPLE_LEN(seq);
    int rc;
    if (step == 1) {
        rc = list_replace_range(l, start, start + slen, src, n);
    } else if ((int64_t)n != slen) {
        wf_err_format(wf_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
                      n, (long long)slen);
        rc = -1;
    } else {
        WfValue *garbage = n ? malloc(n * sizeof(WfValue)) : NULL;
        if (n && !garbage) {
            wf_err_no_memory();
            rc = -1;
        } else {
            for (size_t k = 0; k < n; k++) {
                size_t j = (size_t)(start + (int64_t)k * step);
                garbage[k] = l->items[j];
                wf_incref(src[k]);
                l->items[j] = src[k];
            }
            release_items(garbage, n);
            rc = 0;
        }
    }
    wf_decref(seq);
    return rc;
}

static int list_setitem(WfValue self, WfValue key, WfValue value) {
    WfList *l = L(self);
    if (is_slice(key)) return list_ass_slice_value(l, self, key, value);
    int64_t i = 0;
    if (subscript_index(key, "list indices", &i) < 0) return -1;
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len) {
        wf_err_set_str(wf_IndexError, "list assignment index out of range");
        return -1;
    }
    WfValue old = l->items[i];
    if (value) {
        wf_incref(value);
        l->items[i] = value;
    } else {
        memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(WfValue));
        l->len--;
    }
    wf_decref(old);
    return 0;
}

static intptr_t list_len(WfValue self) { return (intptr_t)L(self)->len; }

static int list_contains(WfValue self, WfValue item) {
    WfList *l = L(self);
    for (size_t i = 0; i < l->len; i++) {
        WfValue x = l->items[i];
        if (x == item) return 1;
        wf_incref(x);
        int r = wf_richcompare_bool(x, item, WF_EQ);
        wf_decref(x);
        if (r != 0) return r;
    }
    return 0;
}

// ---- iterators ----------------------------------------------------------------------------

static WfValue list_iter(WfValue self) {
    WfListIter *it = (WfListIter *)wf_object_alloc(&wf_list_iter_type, sizeof(WfListIter));
    if (!it) return WF_NULL;
    it->list = wf_newref(self);
    it->index = 0;
    return (WfValue)it;
}

static void listiter_dealloc(WfValue self) {
    wf_clear(&((WfListIter *)self)->list);
    wf_object_free(self);
}

static WfValue listiter_next(WfValue self) {
    WfListIter *it = (WfListIter *)self;
    WfValue l = it->list;
    if (!l) return WF_NULL;
    if (it->index < L(l)->len) return wf_newref(L(l)->items[it->index++]);
    wf_clear(&it->list);
    return WF_NULL;
}

static WfValue listiter_length_hint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfListIter *it = (WfListIter *)self;
    size_t n = it->list && it->index < L(it->list)->len ? L(it->list)->len - it->index : 0;
    return wf_int_from_u64(n);
}

// The reverse iterator keeps index = (next position + 1); 0 means done.
static WfValue list_reversed_iter(WfValue self) {
    WfListIter *it = (WfListIter *)wf_object_alloc(&wf_list_reviter_type, sizeof(WfListIter));
    if (!it) return WF_NULL;
    it->list = wf_newref(self);
    it->index = L(self)->len;
    return (WfValue)it;
}

static WfValue listreviter_next(WfValue self) {
    WfListIter *it = (WfListIter *)self;
    WfValue l = it->list;
    if (!l) return WF_NULL;
    if (it->index > 0 && it->index <= L(l)->len) {
        it->index--;
        return wf_newref(L(l)->items[it->index]);
    }
    it->index = 0;
    wf_clear(&it->list);
    return WF_NULL;
}

static WfValue listreviter_length_hint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfListIter *it = (WfListIter *)self;
    size_t n = it->list && it->index <= L(it->list)->len ? it->index : 0;
    return wf_int_from_u64(n);
}

static WfValue iter_self(WfValue self) { return wf_newref(self); }

static const WfMethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const WfMethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_list_iter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "list_iterator",
    .basicsize = sizeof(WfListIter),
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

WfType wf_list_reviter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "list_reverseiterator",
    .basicsize = sizeof(WfListIter),
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
};

// ---- operators ------------------------------------------------------------------------------

static bool heap_type_defines(WfValue v, WfValue name) {
    WfType *t = wf_type(v);
    return (t->flags & WF_TPFLAGS_HEAPTYPE) && wf_type_lookup(t, name) != WF_NULL;
}

static WfValue list_add(WfValue a, WfValue b) {
    if (!wf_is_list(a)) return wf_newref(WF_NOTIMPLEMENTED);
    if (!wf_is_list(b)) {
        if (heap_type_defines(b, WF_ID(__radd__))) return wf_newref(WF_NOTIMPLEMENTED);
        wf_err_format(wf_TypeError, "can only concatenate list (not \"%s\") to list", wf_type_name(b));
        return WF_NULL;
    }
    size_t na = L(a)->len, nb = L(b)->len;
    WfValue r = list_alloc(&wf_list_type, na + nb);
    if (!r) return WF_NULL;
    for (size_t i = 0; i < na; i++) {
        wf_incref(L(a)->items[i]);
        L(r)->items[i] = L(a)->items[i];
    }
    for (size_t i = 0; i < nb; i++) {
        wf_incref(L(b)->items[i]);
        L(r)->items[na + i] = L(b)->items[i];
    }
    L(r)->len = na + nb;
    return r;
}

static WfValue list_iadd(WfValue a, WfValue b) {
    if (!wf_is_list(a)) return wf_newref(WF_NOTIMPLEMENTED);
    if (wf_list_extend(a, b) < 0) return WF_NULL;
    return wf_newref(a);
}

// The repeat count of "seq * n": 1 ok, 0 NotImplemented, -1 error.
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

// Fills [dst] (room for len*count) with [count] copies of src[0..len).
static void repeat_into(WfValue *dst, WfValue *src, size_t len, size_t count) {
    for (size_t i = 0; i < len; i++)
        if (!WF_IS_SMALLINT(src[i])) src[i]->refcnt += (intptr_t)count;
    for (size_t c = 0; c < count; c++) memcpy(dst + c * len, src, len * sizeof(WfValue));
}

static WfValue list_mul(WfValue a, WfValue b) {
    WfValue seq, n;
    if (wf_is_list(a)) { seq = a; n = b; }
    else if (wf_is_list(b)) { seq = b; n = a; }
    else return wf_newref(WF_NOTIMPLEMENTED);
    int64_t count;
    int r = repeat_count(n, &count);
    if (r <= 0) return r < 0 ? WF_NULL : wf_newref(WF_NOTIMPLEMENTED);
    size_t len = L(seq)->len;
    if (count <= 0 || len == 0) return list_alloc(&wf_list_type, 0);
    if ((uint64_t)count > LIST_MAX_LEN / len) return wf_err_no_memory();
    WfValue res = list_alloc(&wf_list_type, len * (size_t)count);
    if (!res) return WF_NULL;
    repeat_into(L(res)->items, L(seq)->items, len, (size_t)count);
    L(res)->len = len * (size_t)count;
    return res;
}

static WfValue list_imul(WfValue a, WfValue b) {
    if (!wf_is_list(a)) return wf_newref(WF_NOTIMPLEMENTED);
    int64_t count;
    int r = repeat_count(b, &count);
    if (r <= 0) return r < 0 ? WF_NULL : wf_newref(WF_NOTIMPLEMENTED);
    WfList *l = L(a);
    size_t len = l->len;
    if (count <= 0 || len == 0) {
        list_clear_items(l);
        return wf_newref(a);
    }
    if (count > 1) {
        if ((uint64_t)count > LIST_MAX_LEN / len) return wf_err_no_memory();
        if (list_reserve(l, len * (size_t)count) < 0) return WF_NULL;
        repeat_into(l->items + len, l->items, len, (size_t)count - 1);
        l->len = len * (size_t)count;
    }
    return wf_newref(a);
}

// ---- sorting -------------------------------------------------------------------------------
// A timsort-lite: natural runs (strictly descending ones reversed), short runs
// extended to minrun by binary insertion, a run stack kept balanced with
// timsort's invariants, and merges that copy the smaller run aside (no
// galloping). Keys and values live in parallel arrays; values are NULL when
// sorting without key=. When every key is a small int, an exact float or an
// exact str, a comparison that cannot fail or run code is used. A comparison
// error leaves every element in the array exactly once.

enum { KIND_GENERIC, KIND_INT, KIND_FLOAT, KIND_STR };

#define SORT_INLINE static inline __attribute__((always_inline))

// key a < key b: 1/0/-1. Fast paths for same-typed ints, floats and strs.
static int sort_lt_generic(WfValue a, WfValue b) {
    if (WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b)) return (intptr_t)a < (intptr_t)b;
    if (!WF_IS_SMALLINT(a) && !WF_IS_SMALLINT(b) && a->type == b->type) {
        if (a->type == &wf_str_type) {
            size_t la = WF_STR_LEN(a), lb = WF_STR_LEN(b);
            int c = memcmp(WF_STR_DATA(a), WF_STR_DATA(b), la < lb ? la : lb);
            return c < 0 || (c == 0 && la < lb);
        }
        if (a->type == &wf_float_type) return WF_FLOAT_VAL(a) < WF_FLOAT_VAL(b);
    }
    return wf_richcompare_bool(a, b, WF_LT);
}

SORT_INLINE int key_lt(int kind, WfValue a, WfValue b) {
    switch (kind) {
    case KIND_INT: return (intptr_t)a < (intptr_t)b;
    case KIND_FLOAT: return WF_FLOAT_VAL(a) < WF_FLOAT_VAL(b);
    case KIND_STR: {
        size_t la = WF_STR_LEN(a), lb = WF_STR_LEN(b);
        int c = memcmp(WF_STR_DATA(a), WF_STR_DATA(b), la < lb ? la : lb);
        return c < 0 || (c == 0 && la < lb);
    }
    default: return sort_lt_generic(a, b);
    }
}

typedef struct SortState {
    WfValue *keys;      // borrowed (values) or owned (key() results, released by the caller)
    WfValue *values;    // NULL when the keys are the values
    WfValue *tmpk, *tmpv;   // scratch: room for n/2 + 1 each
    size_t runs_start[90], runs_len[90];
    size_t nruns;
} SortState;

SORT_INLINE void move_items(SortState *s, bool hv, size_t dst, size_t src, size_t n) {
    memmove(s->keys + dst, s->keys + src, n * sizeof(WfValue));
    if (hv) memmove(s->values + dst, s->values + src, n * sizeof(WfValue));
}

SORT_INLINE void reverse_range(SortState *s, bool hv, size_t lo, size_t hi) {
    for (size_t i = lo, j = hi; i + 1 < j; i++, j--) {
        WfValue t = s->keys[i];
        s->keys[i] = s->keys[j - 1];
        s->keys[j - 1] = t;
        if (hv) {
            t = s->values[i];
            s->values[i] = s->values[j - 1];
            s->values[j - 1] = t;
        }
    }
}

// Binary insertion sort of [lo, hi) given [lo, start) sorted. 0/-1.
SORT_INLINE int binsort(int kind, bool hv, SortState *s, size_t lo, size_t start, size_t hi) {
    WfValue *k = s->keys;
    for (size_t i = start; i < hi; i++) {
        WfValue pivot = k[i], pv = hv ? s->values[i] : WF_NULL;
        size_t l = lo, r = i;
        while (l < r) {
            size_t m = l + ((r - l) >> 1);
            int c = key_lt(kind, pivot, k[m]);
            if (c < 0) return -1;
            if (c) r = m; else l = m + 1;
        }
        move_items(s, hv, l + 1, l, i - l);
        k[l] = pivot;
        if (hv) s->values[l] = pv;
    }
    return 0;
}

// Length of the run at [lo, hi): non-descending, or strictly descending
// (then reversed in place). -1 on error.
SORT_INLINE int64_t count_run(int kind, bool hv, SortState *s, size_t lo, size_t hi) {
    WfValue *k = s->keys;
    if (lo + 1 >= hi) return (int64_t)(hi - lo);
    int c = key_lt(kind, k[lo + 1], k[lo]);
    if (c < 0) return -1;
    size_t i = lo + 2;
    if (c) {
        for (; i < hi; i++) {
            c = key_lt(kind, k[i], k[i - 1]);
            if (c < 0) return -1;
            if (!c) break;
        }
        reverse_range(s, hv, lo, i);
    } else {
        for (; i < hi; i++) {
            c = key_lt(kind, k[i], k[i - 1]);
            if (c < 0) return -1;
            if (c) break;
        }
    }
    return (int64_t)(i - lo);
}

// Merges the sorted neighbours [lo, mid) and [mid, hi), copying the smaller aside. 0/-1.
SORT_INLINE int merge_runs(int kind, bool hv, SortState *s, size_t lo, size_t mid, size_t hi) {
    WfValue *k = s->keys, *v = s->values, *tk = s->tmpk, *tv = s->tmpv;
    int c = key_lt(kind, k[mid], k[mid - 1]);
    if (c <= 0) return c;   // already in order, or error
    size_t n1 = mid - lo, n2 = hi - mid;
    if (n1 <= n2) {
        memcpy(tk, k + lo, n1 * sizeof(WfValue));
        if (hv) memcpy(tv, v + lo, n1 * sizeof(WfValue));
        size_t i = 0, j = mid, d = lo;
        while (i < n1 && j < hi) {
            c = key_lt(kind, k[j], tk[i]);
            if (c < 0) break;
            if (c) {
                k[d] = k[j];
                if (hv) v[d] = v[j];
                d++, j++;
            } else {
                k[d] = tk[i];
                if (hv) v[d] = tv[i];
                d++, i++;
            }
        }
        memcpy(k + d, tk + i, (n1 - i) * sizeof(WfValue));
        if (hv) memcpy(v + d, tv + i, (n1 - i) * sizeof(WfValue));
        return c < 0 ? -1 : 0;
    }
    memcpy(tk, k + mid, n2 * sizeof(WfValue));
    if (hv) memcpy(tv, v + mid, n2 * sizeof(WfValue));
    // Fill from the back: i counts the left items still in place, j the right items in tmp.
    size_t i = n1, j = n2, d = hi;
    while (i > 0 && j > 0) {
        c = key_lt(kind, tk[j - 1], k[lo + i - 1]);
        if (c < 0) break;
        d--;
        if (c) {
            k[d] = k[lo + i - 1];
            if (hv) v[d] = v[lo + i - 1];
            i--;
        } else {
            k[d] = tk[j - 1];
            if (hv) v[d] = tv[j - 1];
            j--;
        }
    }
    // The j right items left in tmp fill the gap [lo + i, lo + i + j).
    memcpy(k + lo + i, tk, j * sizeof(WfValue));
    if (hv) memcpy(v + lo + i, tv, j * sizeof(WfValue));
    return c < 0 ? -1 : 0;
}

// Merges runs [r] and [r + 1] of the stack. 0/-1.
SORT_INLINE int merge_at(int kind, bool hv, SortState *s, size_t r) {
    size_t lo = s->runs_start[r], mid = s->runs_start[r + 1];
    size_t hi = mid + s->runs_len[r + 1];
    s->runs_len[r] += s->runs_len[r + 1];
    if (r + 2 < s->nruns) {
        s->runs_start[r + 1] = s->runs_start[r + 2];
        s->runs_len[r + 1] = s->runs_len[r + 2];
    }
    s->nruns--;
    return merge_runs(kind, hv, s, lo, mid, hi);
}

// Restores timsort's invariants on the run stack. 0/-1.
SORT_INLINE int merge_collapse(int kind, bool hv, SortState *s) {
    while (s->nruns > 1) {
        size_t n = s->nruns - 2, *len = s->runs_len;
        if ((n > 0 && len[n - 1] <= len[n] + len[n + 1]) || (n > 1 && len[n - 2] <= len[n - 1] + len[n])) {
            if (len[n - 1] < len[n + 1]) n--;
        } else if (len[n] > len[n + 1]) {
            break;
        }
        if (merge_at(kind, hv, s, n) < 0) return -1;
    }
    return 0;
}

static size_t min_run_length(size_t n) {
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

SORT_INLINE int timsort(int kind, bool hv, SortState *s, size_t n) {
    size_t minrun = min_run_length(n);
    s->nruns = 0;
    for (size_t lo = 0; lo < n;) {
        int64_t run = count_run(kind, hv, s, lo, n);
        if (run < 0) return -1;
        if ((size_t)run < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            if (binsort(kind, hv, s, lo, lo + (size_t)run, lo + force) < 0) return -1;
            run = (int64_t)force;
        }
        s->runs_start[s->nruns] = lo;
        s->runs_len[s->nruns] = (size_t)run;
        s->nruns++;
        if (merge_collapse(kind, hv, s) < 0) return -1;
        lo += (size_t)run;
    }
    while (s->nruns > 1) {
        size_t r = s->nruns - 2;
        if (r > 0 && s->runs_len[r - 1] < s->runs_len[r + 1]) r--;
        if (merge_at(kind, hv, s, r) < 0) return -1;
    }
    return 0;
}

static int timsort_generic_k(SortState *s, size_t n) { return timsort(KIND_GENERIC, false, s, n); }
static int timsort_int_k(SortState *s, size_t n) { return timsort(KIND_INT, false, s, n); }
static int timsort_float_k(SortState *s, size_t n) { return timsort(KIND_FLOAT, false, s, n); }
static int timsort_str_k(SortState *s, size_t n) { return timsort(KIND_STR, false, s, n); }
static int timsort_generic_kv(SortState *s, size_t n) { return timsort(KIND_GENERIC, true, s, n); }
static int timsort_int_kv(SortState *s, size_t n) { return timsort(KIND_INT, true, s, n); }
static int timsort_float_kv(SortState *s, size_t n) { return timsort(KIND_FLOAT, true, s, n); }
static int timsort_str_kv(SortState *s, size_t n) { return timsort(KIND_STR, true, s, n); }

// The comparison kind every key allows. Never runs code.
static int keys_kind(WfValue *keys, size_t n) {
    if (WF_IS_SMALLINT(keys[0])) {
        for (size_t i = 1; i < n; i++)
            if (!WF_IS_SMALLINT(keys[i])) return KIND_GENERIC;
        return KIND_INT;
    }
    WfType *t = keys[0]->type;
    if (t != &wf_float_type && t != &wf_str_type) return KIND_GENERIC;
    for (size_t i = 1; i < n; i++)
        if (WF_IS_SMALLINT(keys[i]) || keys[i]->type != t) return KIND_GENERIC;
    return t == &wf_float_type ? KIND_FLOAT : KIND_STR;
}

static void reverse_values(WfValue *a, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        WfValue t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

int wf_list_sort(WfValue list, WfValue key, bool reverse) {
    WfList *l = L(list);
    if (key == WF_NONE) key = WF_NULL;
    // Detach the items: any mutation during the sort lands in a fresh array.
    WfValue *items = l->items;
    size_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = 0;
    l->cap = 0;
    int rc = 0;
    size_t nkeys = 0;
    WfValue *keys = NULL, *scratch = NULL;
    if (n > 1 || (key && n > 0)) {
        if (key) {
            keys = malloc(n * sizeof(WfValue));
            if (!keys) {
                wf_err_no_memory();
                rc = -1;
                goto restore;
            }
            for (; nkeys < n; nkeys++) {
                WfValue k = wf_call1(key, items[nkeys]);
                if (!k) {
                    rc = -1;
                    goto restore;
                }
                keys[nkeys] = k;
            }
        }
        if (n < 2) goto restore;
        size_t half = n / 2 + 1;
        scratch = malloc((key ? 2 : 1) * half * sizeof(WfValue));
        if (!scratch) {
            wf_err_no_memory();
            rc = -1;
            goto restore;
        }
        SortState s;
        s.keys = key ? keys : items;
        s.values = key ? items : NULL;
        s.tmpk = scratch;
        s.tmpv = key ? scratch + half : NULL;
        if (reverse) {
            reverse_values(s.keys, n);
            if (key) reverse_values(s.values, n);
        }
        int kind = keys_kind(s.keys, n);
        static int (*const sorters[2][4])(SortState *, size_t) = {
            {timsort_generic_k, timsort_int_k, timsort_float_k, timsort_str_k},
            {timsort_generic_kv, timsort_int_kv, timsort_float_kv, timsort_str_kv},
        };
        rc = sorters[key ? 1 : 0][kind](&s, n);
        if (reverse) {
            reverse_values(s.keys, n);
            if (key) reverse_values(s.values, n);
        }
    }
restore:
    free(scratch);
    if (keys) {
        for (size_t i = 0; i < nkeys; i++) wf_decref(keys[i]);
        free(keys);
    }
    WfValue *junk = l->items;
    size_t njunk = l->len;
    bool modified = junk != NULL || njunk != 0;
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (modified) {
        if (rc == 0) {
            wf_err_set_str(wf_ValueError, "list modified during sort");
            rc = -1;
        }
        if (junk) release_items(junk, njunk);
    }
    return rc;
}

// ---- methods ----------------------------------------------------------------------------------

// TypeError unless exactly one positional argument: "list.append() takes
// exactly one argument (0 given)". 0/-1.
static int one_arg(const char *fname, size_t nargs, WfValue kwnames) {
    if (kwnames && WF_TUPLE_LEN(kwnames) > 0) {
        wf_err_format(wf_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 1) {
        wf_err_format(wf_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

static int no_args(const char *fname, size_t nargs, WfValue kwnames) {
    if (kwnames && WF_TUPLE_LEN(kwnames) > 0) {
        wf_err_format(wf_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 0) {
        wf_err_format(wf_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

static WfValue list_m_append(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("list.append", nargs, kwnames) < 0) return WF_NULL;
    if (wf_list_append(self, args[0]) < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue list_m_extend(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("list.extend", nargs, kwnames) < 0) return WF_NULL;
    if (wf_list_extend(self, args[0]) < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue list_m_insert(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("insert", kwnames) < 0) return WF_NULL;
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "insert expected 2 arguments, got %zu", nargs);
        return WF_NULL;
    }
    int64_t i = 0;
    if (WF_IS_SMALLINT(args[0])) {
        i = WF_SMALLINT_VAL(args[0]);
    } else {
        i = wf_index_i64(args[0], NULL);
        if (i == -1 && wf_err_occurred()) {
            if (!wf_err_matches(wf_OverflowError)) return WF_NULL;
            wf_err_clear();
            i = wf_int_sign(args[0]) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        }
    }
    if (wf_list_insert(self, i, args[1]) < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue list_m_pop(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("pop", kwnames) < 0) return WF_NULL;
    if (nargs > 1) {
        wf_err_format(wf_TypeError, "pop expected at most 1 argument, got %zu", nargs);
        return WF_NULL;
    }
    WfList *l = L(self);
    if (nargs == 0) return wf_list_pop(self);
    int64_t i = 0;
    if (WF_IS_SMALLINT(args[0])) {
        i = WF_SMALLINT_VAL(args[0]);
    } else {
        i = wf_index_i64(args[0], NULL);
        if (i == -1 && wf_err_occurred()) {
            if (!wf_err_matches(wf_OverflowError)) return WF_NULL;
            wf_err_clear();
            wf_err_format(wf_IndexError, "cannot fit 'int' into an index-sized integer");
            return WF_NULL;
        }
    }
    if (l->len == 0) {
        wf_err_set_str(wf_IndexError, "pop from empty list");
        return WF_NULL;
    }
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len) {
        wf_err_set_str(wf_IndexError, "pop index out of range");
        return WF_NULL;
    }
    WfValue x = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(WfValue));
    l->len--;
    return x;
}

static WfValue list_m_remove(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("list.remove", nargs, kwnames) < 0) return WF_NULL;
    WfList *l = L(self);
    for (size_t i = 0; i < l->len; i++) {
        WfValue x = l->items[i];
        int r;
        if (x == args[0]) {
            r = 1;
        } else {
            wf_incref(x);
            r = wf_richcompare_bool(x, args[0], WF_EQ);
            wf_decref(x);
        }
        if (r < 0) return WF_NULL;
        if (r && i < l->len) {
            WfValue old = l->items[i];
            memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(WfValue));
            l->len--;
            wf_decref(old);
            return WF_NONE;
        }
    }
    wf_err_set_str(wf_ValueError, "list.remove(x): x not in list");
    return WF_NULL;
}

static WfValue list_m_clear(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("list.clear", nargs, kwnames) < 0) return WF_NULL;
    list_clear_items(L(self));
    return WF_NONE;
}

static WfValue list_m_copy(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("list.copy", nargs, kwnames) < 0) return WF_NULL;
    return wf_list_slice(self, 0, (int64_t)L(self)->len);
}

static WfValue list_m_reverse(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("list.reverse", nargs, kwnames) < 0) return WF_NULL;
    wf_list_reverse(self);
    return WF_NONE;
}

// A clamped start/stop bound for index(): 0/-1.
static int index_bound(WfValue v, int64_t len, int64_t *out) {
    int64_t i = 0;
    if (WF_IS_SMALLINT(v)) {
        i = WF_SMALLINT_VAL(v);
    } else if (wf_is_int(v)) {
        i = wf_int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    } else {
        i = wf_index_i64(v, NULL);
        if (i == -1 && wf_err_occurred()) {
            if (wf_err_matches(wf_TypeError)) {
                wf_err_clear();
                wf_err_set_str(wf_TypeError, "slice indices must be integers or have an __index__ method");
            }
            return -1;
        }
    }
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    }
    *out = i;
    return 0;
}

static WfValue list_m_index(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("index", kwnames) < 0) return WF_NULL;
    if (nargs < 1) {
        wf_err_format(wf_TypeError, "index expected at least 1 argument, got %zu", nargs);
        return WF_NULL;
    }
    if (nargs > 3) {
        wf_err_format(wf_TypeError, "index expected at most 3 arguments, got %zu", nargs);
        return WF_NULL;
    }
    WfList *l = L(self);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && index_bound(args[1], (int64_t)l->len, &start) < 0) return WF_NULL;
    if (nargs > 2 && index_bound(args[2], (int64_t)l->len, &stop) < 0) return WF_NULL;
    for (int64_t i = start; i < stop && (uint64_t)i < l->len; i++) {
        WfValue x = l->items[i];
        int r;
        if (x == args[0]) {
            r = 1;
        } else {
            wf_incref(x);
            r = wf_richcompare_bool(x, args[0], WF_EQ);
            wf_decref(x);
        }
        if (r < 0) return WF_NULL;
        if (r) return wf_int_from_i64(i);
    }
    WfValue rep = wf_repr(args[0]);
    if (!rep) return WF_NULL;
    wf_err_format(wf_ValueError, "%s is not in list", wf_str_cstr(rep));
    wf_decref(rep);
    return WF_NULL;
}

static WfValue list_m_count(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("list.count", nargs, kwnames) < 0) return WF_NULL;
    WfList *l = L(self);
    int64_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        WfValue x = l->items[i];
        if (x == args[0]) {
            n++;
            continue;
        }
        wf_incref(x);
        int r = wf_richcompare_bool(x, args[0], WF_EQ);
        wf_decref(x);
        if (r < 0) return WF_NULL;
        n += r;
    }
    return wf_int_from_i64(n);
}

static WfValue list_m_sort(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs > 0) {
        wf_err_set_str(wf_TypeError, "sort() takes no positional arguments");
        return WF_NULL;
    }
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    if (nkw > 2) {
        wf_err_format(wf_TypeError, "sort() takes at most 2 keyword arguments (%zu given)", nkw);
        return WF_NULL;
    }
    static const char *const names[] = {"key", "reverse"};
    WfValue out[2] = {WF_NULL, WF_NULL};
    if (wf_args_parse("sort", args, nargs, kwnames, names, 2, 0, 0, out) < 0) return WF_NULL;
    bool reverse = false;
    if (out[1]) {
        int64_t r = wf_index_i64(out[1], NULL);
        if (r == -1 && wf_err_occurred()) {
            if (!wf_err_matches(wf_OverflowError)) return WF_NULL;
            wf_err_clear();
        }
        reverse = r != 0;
    }
    if (wf_list_sort(self, out[0], reverse) < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue list_m_reversed(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("list.__reversed__", nargs, kwnames) < 0) return WF_NULL;
    return list_reversed_iter(self);
}

// list.__init__(iterable=()): clears, then extends.
static int list_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (kwnames && WF_TUPLE_LEN(kwnames) > 0) {
        wf_err_set_str(wf_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        wf_err_format(wf_TypeError, "list expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (L(self)->len) list_clear_items(L(self));
    if (nargs == 1) return wf_list_extend(self, args[0]);
    return 0;
}

static WfValue list_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    return list_alloc(type, 0);
}


static const WfMethodDef list_methods[] = {
    {"append", list_m_append, 0, NULL},
    {"extend", list_m_extend, 0, NULL},
    {"insert", list_m_insert, 0, NULL},
    {"remove", list_m_remove, 0, NULL},
    {"pop", list_m_pop, 0, NULL},
    {"clear", list_m_clear, 0, NULL},
    {"index", list_m_index, 0, NULL},
    {"count", list_m_count, 0, NULL},
    {"sort", list_m_sort, 0, NULL},
    {"reverse", list_m_reverse, 0, NULL},
    {"copy", list_m_copy, 0, NULL},
    {"__reversed__", list_m_reversed, 0, NULL},
    {"__class_getitem__", wf_generic_class_getitem, WF_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_list_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "list",
    .basicsize = sizeof(WfList),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_LIST_SUBCLASS,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .new_ = list_new,
    .init = list_init,
    .nb = {
        [WF_BINOP_ADD] = list_add,
        [WF_BINOP_MUL] = list_mul,
        [WF_BINOP_INPLACE + WF_BINOP_ADD] = list_iadd,
        [WF_BINOP_INPLACE + WF_BINOP_MUL] = list_imul,
    },
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .methods = list_methods,
};
