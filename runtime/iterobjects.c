// iterobjects.c — the builtin iterator types (enumerate, zip, map, filter,
// reversed, the __getitem__ sequence iterator, callable_iterator), the
// GenericAlias type behind list[int], the per-thread repr recursion guard,
// and small helpers shared by the container files.
// Invariant: an exhausted iterator drops its references and stays exhausted.
// GIL rule: all functions run with the GIL held; the repr guard is per thread.
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/iterobjects.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/tstate.h"

// ---- shared helpers --------------------------------------------------------------------

WfValue wf_iter_self_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__iter__", nargs, 0, 0) < 0) return WF_NULL;
    return wf_newref(self);
}

WfValue wf_iter_next_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__next__", nargs, 0, 0) < 0) return WF_NULL;
    WfUnaryFn next = wf_type(self)->iternext;
    if (!next) {
        wf_err_format(wf_TypeError, "'%s' object is not an iterator", wf_type_name(self));
        return WF_NULL;
    }
    WfValue r = next(self);
    if (!r && !wf_err_occurred()) wf_err_set(wf_StopIteration, WF_NULL);
    return r;
}

static WfValue iter_self(WfValue self) { return wf_newref(self); }

// Next item of [it] through its iternext slot: 1 item, 0 exhausted, -1 error.
static inline int next_of(WfValue it, WfValue *out) {
    WfUnaryFn fn = wf_type(it)->iternext;
    if (!fn) return wf_iter_next_ref(it, out);
    WfValue x = fn(it);
    if (x) {
        *out = x;
        return 1;
    }
    *out = WF_NULL;
    if (!wf_err_occurred()) return 0;
    if (!wf_err_matches(wf_StopIteration)) return -1;
    wf_err_clear();
    return 0;
}

// ---- repr recursion guard ----------------------------------------------------------------

// Objects being repr'd by this thread, innermost last. The first entries live
// in a fixed per-thread buffer; deeper nesting spills to the heap, which is
// freed again once the stack empties (so threads never leak it).
#define REPR_INLINE 32
static _Thread_local WfValue repr_inline[REPR_INLINE];
static _Thread_local WfValue *repr_heap;
static _Thread_local size_t repr_len, repr_cap;

static inline WfValue *repr_items(void) { return repr_heap ? repr_heap : repr_inline; }

int wf_repr_enter(WfValue obj) {
    WfValue *items = repr_items();
    for (size_t i = repr_len; i-- > 0;)
        if (items[i] == obj) return 1;
    size_t cap = repr_heap ? repr_cap : REPR_INLINE;
    if (repr_len == cap) {
        size_t ncap = cap * 2;
        WfValue *h = repr_heap ? realloc(repr_heap, ncap * sizeof(WfValue)) : malloc(ncap * sizeof(WfValue));
        if (!h) {
            wf_err_no_memory();
            return -1;
        }
        if (!repr_heap) memcpy(h, repr_inline, sizeof(repr_inline));
        repr_heap = h;
        repr_cap = ncap;
        items = h;
    }
    items[repr_len++] = obj;
    return 0;
}

void wf_repr_leave(WfValue obj) {
    WfValue *items = repr_items();
    for (size_t i = repr_len; i-- > 0;) {
        if (items[i] == obj) {
            memmove(items + i, items + i + 1, (repr_len - i - 1) * sizeof(WfValue));
            repr_len--;
            break;
        }
    }
    if (repr_len == 0 && repr_heap) {
        free(repr_heap);
        repr_heap = NULL;
        repr_cap = 0;
    }
}

// Allocates an instance of [type] (which may be a subclass). New reference.
static WfValue alloc_of(WfType *type, size_t size) {
    return wf_object_alloc(type, type->basicsize > size ? type->basicsize : size);
}

// A reusable result tuple: reuses *cache when only the iterator holds it.
// Steals the [n] values in [items]. Returns a new reference.
static WfValue result_tuple(WfValue *cache, WfValue *items, size_t n) {
    WfValue t = *cache;
    if (t && t->refcnt == 1 && WF_TUPLE_LEN(t) == n) {
        for (size_t i = 0; i < n; i++) {
            WfValue old = WF_TUPLE_GET(t, i);
            WF_TUPLE_SET_STEAL(t, i, items[i]);
            wf_decref(old);
        }
        ((WfTuple *)t)->hash = -1;
        return wf_newref(t);
    }
    t = wf_tuple_new(n);
    if (!t) {
        for (size_t i = 0; i < n; i++) wf_decref(items[i]);
        return WF_NULL;
    }
    for (size_t i = 0; i < n; i++) WF_TUPLE_SET_STEAL(t, i, items[i]);
    wf_setref(cache, t);
    return t;
}

// ---- enumerate ----------------------------------------------------------------------------

typedef struct Enumerate {
    WfObject ob;
    WfValue it;        // owned; NULL once exhausted
    WfValue count;     // owned: the next index (an int)
    WfValue result;    // owned: reusable (index, item) tuple, or NULL
} Enumerate;

static WfValue enumerate_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"iterable", "start"};
    WfValue a[2] = {WF_NULL, WF_NULL};
    if (nargs == 0 && (!kwnames || WF_TUPLE_LEN(kwnames) == 0)) {
        wf_err_set_str(wf_TypeError, "enumerate() missing required argument 'iterable'");
        return WF_NULL;
    }
    if (wf_args_parse("enumerate", args, nargs, kwnames, names, 2, 1, 2, a) < 0) return WF_NULL;
    WfValue start;
    if (!a[1]) {
        start = WF_FROM_SMALLINT(0);
    } else if (wf_is_int(a[1])) {
        start = wf_newref(a[1]);
    } else if (wf_type(a[1])->nb_index) {
        start = wf_type(a[1])->nb_index(a[1]);
        if (!start) return WF_NULL;
    } else {
        wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(a[1]));
        return WF_NULL;
    }
    WfValue it = wf_iter(a[0]);
    if (!it) {
        wf_decref(start);
        return WF_NULL;
    }
    Enumerate *e = (Enumerate *)alloc_of(type, sizeof(Enumerate));
    if (!e) {
        wf_decref(it);
        wf_decref(start);
        return WF_NULL;
    }
    e->it = it;
    e->count = start;
    return (WfValue)e;
}

static void enumerate_dealloc(WfValue self) {
    Enumerate *e = (Enumerate *)self;
    wf_clear(&e->it);
    wf_clear(&e->count);
    wf_clear(&e->result);
    wf_object_free(self);
}

static WfValue enumerate_next(WfValue self) {
    Enumerate *e = (Enumerate *)self;
    if (!e->it) return WF_NULL;
    WfValue it = wf_newref(e->it);   // a re-entrant next() may clear e->it meanwhile
    WfValue item;
    int r = next_of(it, &item);
    if (r <= 0) {
        if (r == 0 && e->it == it) wf_clear(&e->it);
        wf_decref(it);
        return WF_NULL;
    }
    wf_decref(it);
    WfValue idx = e->count, next;
    if (WF_IS_SMALLINT(idx) && WF_SMALLINT_VAL(idx) < WF_SMALLINT_MAX) {
        next = WF_FROM_SMALLINT(WF_SMALLINT_VAL(idx) + 1);
    } else {
        next = wf_binary_op(idx, WF_FROM_SMALLINT(1), WF_BINOP_ADD);
        if (!next) {
            wf_decref(item);
            return WF_NULL;
        }
    }
    e->count = next;   // the old count's reference moves into the tuple
    WfValue items[2] = {idx, item};
    return result_tuple(&e->result, items, 2);
}

static const WfMethodDef iterator_methods[] = {
    {"__class_getitem__", wf_generic_class_getitem, WF_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const WfMethodDef plain_iterator_methods[] = {
    {NULL, NULL, 0, NULL},
};

WfType wf_enumerate_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "enumerate",
    .basicsize = sizeof(Enumerate),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = enumerate_dealloc,
    .iter = iter_self,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
    .methods = iterator_methods,
};

// ---- zip -------------------------------------------------------------------------------------

typedef struct Zip {
    WfObject ob;
    WfValue iters;     // owned: tuple of iterators; NULL once exhausted
    WfValue result;    // owned: reusable tuple, or NULL
    bool strict;
} Zip;

static WfValue zip_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    bool strict = false;
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    if (nkw > 1) {
        wf_err_format(wf_TypeError, "zip() takes at most 1 keyword argument (%zu given)", nkw);
        return WF_NULL;
    }
    if (nkw == 1) {
        WfValue name = WF_TUPLE_GET(kwnames, 0);
        if (!wf_str_eq_cstr(name, "strict")) {
            wf_err_format(wf_TypeError, "'%s' is an invalid keyword argument for zip()", wf_str_cstr(name));
            return WF_NULL;
        }
        int t = wf_is_true(args[nargs]);
        if (t < 0) return WF_NULL;
        strict = t;
    }
    WfValue iters = wf_tuple_new(nargs);
    if (!iters) return WF_NULL;
    for (size_t i = 0; i < nargs; i++) {
        WfValue it = wf_iter(args[i]);
        if (!it) {
            for (size_t j = i; j < nargs; j++) WF_TUPLE_SET_STEAL(iters, j, wf_newref(WF_NONE));
            wf_decref(iters);
            return WF_NULL;
        }
        WF_TUPLE_SET_STEAL(iters, i, it);
    }
    Zip *z = (Zip *)alloc_of(type, sizeof(Zip));
    if (!z) {
        wf_decref(iters);
        return WF_NULL;
    }
    z->iters = iters;
    z->strict = strict;
    return (WfValue)z;
}

static void zip_dealloc(WfValue self) {
    Zip *z = (Zip *)self;
    wf_clear(&z->iters);
    wf_clear(&z->result);
    wf_object_free(self);
}

// strict zip: argument [i] (0-based) of [iters] ran out first; check the
// others. Always returns NULL (with ValueError, or exhausted).
static WfValue zip_strict_check(Zip *z, WfValue iters, size_t i) {
    size_t n = WF_TUPLE_LEN(iters);
    if (i > 0) {
        wf_err_format(wf_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                      i == 1 ? " " : "s 1-", i);
        wf_clear(&z->iters);
        return WF_NULL;
    }
    for (size_t k = 1; k < n; k++) {
        WfValue x;
        int r = next_of(WF_TUPLE_GET(iters, k), &x);
        if (r < 0) return WF_NULL;
        if (r > 0) {
            wf_decref(x);
            wf_err_format(wf_ValueError, "zip() argument %zu is longer than argument%s%zu", k + 1,
                          k == 1 ? " " : "s 1-", k);
            wf_clear(&z->iters);
            return WF_NULL;
        }
    }
    wf_clear(&z->iters);
    return WF_NULL;
}

static WfValue zip_next(WfValue self) {
    Zip *z = (Zip *)self;
    if (!z->iters) return WF_NULL;
    size_t n = WF_TUPLE_LEN(z->iters);
    if (n == 0) return WF_NULL;
    WfValue small[8];
    WfValue *items = n <= 8 ? small : malloc(n * sizeof(WfValue));
    if (!items) return wf_err_no_memory();
    WfValue iters = wf_newref(z->iters);   // a re-entrant next() may clear z->iters meanwhile
    WfValue result = WF_NULL;
    size_t i;
    for (i = 0; i < n; i++) {
        int r = next_of(WF_TUPLE_GET(iters, i), &items[i]);
        if (r <= 0) {
            for (size_t k = 0; k < i; k++) wf_decref(items[k]);
            if (r == 0) {
                if (z->strict) zip_strict_check(z, iters, i);
                else wf_clear(&z->iters);
            }
            goto done;
        }
    }
    result = result_tuple(&z->result, items, n);
done:
    wf_decref(iters);
    if (items != small) free(items);
    return result;
}

WfType wf_zip_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "zip",
    .basicsize = sizeof(Zip),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = zip_dealloc,
    .iter = iter_self,
    .iternext = zip_next,
    .new_ = zip_new,
    .methods = plain_iterator_methods,
};

// ---- map ---------------------------------------------------------------------------------------

typedef struct Map {
    WfObject ob;
    WfValue func;      // owned
    WfValue iters;     // owned: tuple of iterators; NULL once exhausted
} Map;

static WfValue map_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (type == &wf_map_type && wf_args_no_kw("map", kwnames) < 0) return WF_NULL;
    if (nargs < 2) {
        wf_err_set_str(wf_TypeError, "map() must have at least two arguments.");
        return WF_NULL;
    }
    WfValue iters = wf_tuple_new(nargs - 1);
    if (!iters) return WF_NULL;
    for (size_t i = 1; i < nargs; i++) {
        WfValue it = wf_iter(args[i]);
        if (!it) {
            for (size_t j = i; j < nargs; j++) WF_TUPLE_SET_STEAL(iters, j - 1, wf_newref(WF_NONE));
            wf_decref(iters);
            return WF_NULL;
        }
        WF_TUPLE_SET_STEAL(iters, i - 1, it);
    }
    Map *m = (Map *)alloc_of(type, sizeof(Map));
    if (!m) {
        wf_decref(iters);
        return WF_NULL;
    }
    m->func = wf_newref(args[0]);
    m->iters = iters;
    return (WfValue)m;
}

static void map_dealloc(WfValue self) {
    Map *m = (Map *)self;
    wf_clear(&m->func);
    wf_clear(&m->iters);
    wf_object_free(self);
}

static WfValue map_next(WfValue self) {
    Map *m = (Map *)self;
    if (!m->iters) return WF_NULL;
    size_t n = WF_TUPLE_LEN(m->iters);
    WfValue small[8];
    WfValue *items = n <= 8 ? small : malloc(n * sizeof(WfValue));
    if (!items) return wf_err_no_memory();
    WfValue iters = wf_newref(m->iters), func = wf_newref(m->func);
    WfValue result = WF_NULL;
    size_t got = 0;
    for (; got < n; got++) {
        int r = next_of(WF_TUPLE_GET(iters, got), &items[got]);
        if (r <= 0) {
            if (r == 0) wf_clear(&m->iters);
            goto done;
        }
    }
    result = wf_call(func, items, n, WF_NULL);
done:
    for (size_t k = 0; k < got; k++) wf_decref(items[k]);
    wf_decref(iters);
    wf_decref(func);
    if (items != small) free(items);
    return result;
}

WfType wf_map_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "map",
    .basicsize = sizeof(Map),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = map_dealloc,
    .iter = iter_self,
    .iternext = map_next,
    .new_ = map_new,
    .methods = plain_iterator_methods,
};

// ---- filter ---------------------------------------------------------------------------------------

typedef struct Filter {
    WfObject ob;
    WfValue func;      // owned (None: truth test)
    WfValue it;        // owned; NULL once exhausted
} Filter;

static WfValue filter_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (type == &wf_filter_type && wf_args_no_kw("filter", kwnames) < 0) return WF_NULL;
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "filter expected 2 arguments, got %zu", nargs);
        return WF_NULL;
    }
    WfValue it = wf_iter(args[1]);
    if (!it) return WF_NULL;
    Filter *f = (Filter *)alloc_of(type, sizeof(Filter));
    if (!f) {
        wf_decref(it);
        return WF_NULL;
    }
    f->func = wf_newref(args[0]);
    f->it = it;
    return (WfValue)f;
}

static void filter_dealloc(WfValue self) {
    Filter *f = (Filter *)self;
    wf_clear(&f->func);
    wf_clear(&f->it);
    wf_object_free(self);
}

static WfValue filter_next(WfValue self) {
    Filter *f = (Filter *)self;
    for (;;) {
        if (!f->it) return WF_NULL;
        WfValue it = wf_newref(f->it), func = wf_newref(f->func);
        WfValue item;
        int r = next_of(it, &item);
        wf_decref(it);
        if (r <= 0) {
            if (r == 0) wf_clear(&f->it);
            wf_decref(func);
            return WF_NULL;
        }
        int ok;
        if (func == WF_NONE || func == (WfValue)&wf_bool_type) {
            ok = wf_is_true(item);
        } else {
            WfValue res = wf_call1(func, item);
            ok = res ? wf_is_true(res) : -1;
            wf_xdecref(res);
        }
        wf_decref(func);
        if (ok > 0) return item;
        wf_decref(item);
        if (ok < 0) return WF_NULL;
    }
}

WfType wf_filter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "filter",
    .basicsize = sizeof(Filter),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = filter_dealloc,
    .iter = iter_self,
    .iternext = filter_next,
    .new_ = filter_new,
    .methods = plain_iterator_methods,
};

// ---- reversed -------------------------------------------------------------------------------------

typedef struct Reversed {
    WfObject ob;
    WfValue seq;       // owned; NULL once exhausted
    int64_t index;     // next index to fetch
} Reversed;

static WfValue reversed_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (type == &wf_reversed_type && wf_args_no_kw("reversed", kwnames) < 0) return WF_NULL;
    if (nargs != 1) {
        wf_err_format(wf_TypeError, "reversed expected 1 argument, got %zu", nargs);
        return WF_NULL;
    }
    WfValue seq = args[0];
    WfType *t = wf_type(seq);
    if (type == &wf_reversed_type) {
        WfValue meth = wf_type_lookup(t, WF_ID(__reversed__));
        if (meth == WF_NONE) {
            wf_err_format(wf_TypeError, "'%s' object is not reversible", wf_type_name(seq));
            return WF_NULL;
        }
        if (meth) return wf_call_method(seq, "__reversed__", NULL, 0);
    }
    if (!t->getitem || (t->flags & WF_TPFLAGS_DICT_SUBCLASS)) {
        wf_err_format(wf_TypeError, "'%s' object is not reversible", wf_type_name(seq));
        return WF_NULL;
    }
    intptr_t n = wf_len(seq);
    if (n < 0) return WF_NULL;
    Reversed *r = (Reversed *)alloc_of(type, sizeof(Reversed));
    if (!r) return WF_NULL;
    r->seq = wf_newref(seq);
    r->index = (int64_t)n - 1;
    return (WfValue)r;
}

static void reversed_dealloc(WfValue self) {
    wf_clear(&((Reversed *)self)->seq);
    wf_object_free(self);
}

static WfValue reversed_next(WfValue self) {
    Reversed *r = (Reversed *)self;
    if (!r->seq || r->index < 0) {
        wf_clear(&r->seq);
        return WF_NULL;
    }
    WfValue idx = wf_int_from_i64(r->index);
    if (!idx) return WF_NULL;
    WfValue seq = wf_newref(r->seq);   // a re-entrant next() may clear r->seq meanwhile
    WfValue item = wf_getitem(seq, idx);
    wf_decref(seq);
    wf_decref(idx);
    if (item) {
        r->index--;
        return item;
    }
    if (wf_err_matches(wf_IndexError) || wf_err_matches(wf_StopIteration)) {
        wf_err_clear();
        r->index = -1;
        wf_clear(&r->seq);
    }
    return WF_NULL;
}

static WfValue reversed_length_hint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    Reversed *r = (Reversed *)self;
    if (!r->seq) return WF_FROM_SMALLINT(0);
    intptr_t n = wf_len(r->seq);
    if (n < 0) return WF_NULL;
    return wf_int_from_i64(n < r->index + 1 ? 0 : r->index + 1);
}

static const WfMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_reversed_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "reversed",
    .basicsize = sizeof(Reversed),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = reversed_dealloc,
    .iter = iter_self,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .methods = reversed_methods,
};

// ---- the sequence iterator ------------------------------------------------------------------------

typedef struct SeqIter {
    WfObject ob;
    WfValue seq;       // owned; NULL once exhausted
    int64_t index;
} SeqIter;

WfValue wf_seq_iter_new(WfValue seq) {
    SeqIter *it = (SeqIter *)wf_object_alloc(&wf_seqiter_type, sizeof(SeqIter));
    if (!it) return WF_NULL;
    it->seq = wf_newref(seq);
    it->index = 0;
    return (WfValue)it;
}

static void seqiter_dealloc(WfValue self) {
    wf_clear(&((SeqIter *)self)->seq);
    wf_object_free(self);
}

static WfValue seqiter_next(WfValue self) {
    SeqIter *it = (SeqIter *)self;
    if (!it->seq) return WF_NULL;
    WfValue idx = wf_int_from_i64(it->index);
    if (!idx) return WF_NULL;
    WfValue seq = wf_newref(it->seq);   // a re-entrant next() may clear it->seq meanwhile
    WfValue item = wf_getitem(seq, idx);
    wf_decref(seq);
    wf_decref(idx);
    if (item) {
        it->index++;
        return item;
    }
    if (wf_err_matches(wf_IndexError) || wf_err_matches(wf_StopIteration)) {
        wf_err_clear();
        wf_clear(&it->seq);
    }
    return WF_NULL;
}

WfType wf_seqiter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "iterator",
    .basicsize = sizeof(SeqIter),
    .dealloc = seqiter_dealloc,
    .iter = iter_self,
    .iternext = seqiter_next,
    .methods = plain_iterator_methods,
};

// ---- callable_iterator ----------------------------------------------------------------------------

typedef struct CallIter {
    WfObject ob;
    WfValue callable;  // owned; NULL once exhausted
    WfValue sentinel;  // owned; NULL once exhausted
} CallIter;

WfValue wf_callable_iter_new(WfValue callable, WfValue sentinel) {
    CallIter *it = (CallIter *)wf_object_alloc(&wf_callable_iter_type, sizeof(CallIter));
    if (!it) return WF_NULL;
    it->callable = wf_newref(callable);
    it->sentinel = wf_newref(sentinel);
    return (WfValue)it;
}

static void calliter_dealloc(WfValue self) {
    CallIter *it = (CallIter *)self;
    wf_clear(&it->callable);
    wf_clear(&it->sentinel);
    wf_object_free(self);
}

static WfValue calliter_next(WfValue self) {
    CallIter *it = (CallIter *)self;
    if (!it->callable) return WF_NULL;
    WfValue callable = wf_newref(it->callable);
    WfValue r = wf_call0(callable);
    wf_decref(callable);
    if (!r) {
        if (wf_err_matches(wf_StopIteration)) {
            wf_err_clear();
            wf_clear(&it->callable);
            wf_clear(&it->sentinel);
        }
        return WF_NULL;
    }
    if (!it->sentinel) return r;
    WfValue sentinel = wf_newref(it->sentinel);
    int eq = wf_richcompare_bool(sentinel, r, WF_EQ);
    wf_decref(sentinel);
    if (eq == 0) return r;
    wf_decref(r);
    if (eq > 0) {
        wf_clear(&it->callable);
        wf_clear(&it->sentinel);
    }
    return WF_NULL;
}

WfType wf_callable_iter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "callable_iterator",
    .basicsize = sizeof(CallIter),
    .dealloc = calliter_dealloc,
    .iter = iter_self,
    .iternext = calliter_next,
    .methods = plain_iterator_methods,
};

// ---- GenericAlias ------------------------------------------------------------------------------------

typedef struct GenericAlias {
    WfObject ob;
    WfValue origin;    // owned
    WfValue args;      // owned: tuple
} GenericAlias;

#define GA(v) ((GenericAlias *)(v))

WfValue wf_generic_alias_new(WfValue origin, WfValue args) {
    WfValue t = wf_is_tuple(args) ? wf_newref(args) : wf_tuple_pack(1, args);
    if (!t) return WF_NULL;
    GenericAlias *ga = (GenericAlias *)wf_object_alloc(&wf_generic_alias_type, sizeof(GenericAlias));
    if (!ga) {
        wf_decref(t);
        return WF_NULL;
    }
    ga->origin = wf_newref(origin);
    ga->args = t;
    return (WfValue)ga;
}

WfValue wf_generic_class_getitem(WfValue cls, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("__class_getitem__", kwnames) < 0 ||
        wf_args_count("__class_getitem__", nargs, 1, 1) < 0)
        return WF_NULL;
    return wf_generic_alias_new(cls, args[0]);
}

static void ga_dealloc(WfValue self) {
    wf_clear(&GA(self)->origin);
    wf_clear(&GA(self)->args);
    wf_object_free(self);
}

// Appends the repr of one alias item: "int", "mod.Class", "...", or repr(p).
static int ga_repr_item(WfStrBuf *b, WfValue p) {
    if (p == WF_ELLIPSIS) {
        wf_strbuf_append_cstr(b, "...");
        return 0;
    }
    if (!WF_IS_SMALLINT(p) && p->type == &wf_generic_alias_type) return wf_strbuf_append_repr_of(b, p);
    WfValue tmp, qualname = WF_NULL, module = WF_NULL;
    int r = wf_getattr_opt(p, WF_ID(__origin__), &tmp);
    if (r < 0) return -1;
    if (r > 0) {
        wf_decref(tmp);
        r = wf_getattr_opt(p, WF_ID(__args__), &tmp);
        if (r < 0) return -1;
        if (r > 0) {
            wf_decref(tmp);
            return wf_strbuf_append_repr_of(b, p);
        }
    }
    r = wf_getattr_opt(p, WF_ID(__qualname__), &qualname);
    if (r < 0) return -1;
    if (r == 0) return wf_strbuf_append_repr_of(b, p);
    r = wf_getattr_opt(p, WF_ID(__module__), &module);
    if (r < 0) {
        wf_decref(qualname);
        return -1;
    }
    int rc;
    if (r == 0 || module == WF_NONE) {
        rc = wf_strbuf_append_repr_of(b, p);
    } else {
        rc = 0;
        if (!(wf_is_str(module) && wf_str_eq_cstr(module, "builtins"))) {
            rc = wf_strbuf_append_str_of(b, module);
            wf_strbuf_append_char(b, '.');
        }
        if (rc == 0) rc = wf_strbuf_append_str_of(b, qualname);
    }
    wf_decref(qualname);
    wf_xdecref(module);
    return rc;
}

static WfValue ga_repr(WfValue self) {
    WfStrBuf b;
    wf_strbuf_init(&b);
    if (ga_repr_item(&b, GA(self)->origin) < 0) goto error;
    wf_strbuf_append_char(&b, '[');
    WfValue args = GA(self)->args;
    size_t n = WF_TUPLE_LEN(args);
    if (n == 0) wf_strbuf_append_cstr(&b, "()");
    for (size_t i = 0; i < n; i++) {
        if (i) wf_strbuf_append(&b, ", ", 2);
        if (ga_repr_item(&b, WF_TUPLE_GET(args, i)) < 0) goto error;
    }
    wf_strbuf_append_char(&b, ']');
    return wf_strbuf_finish(&b);
error:
    wf_strbuf_free(&b);
    return WF_NULL;
}

static WfValue ga_richcompare(WfValue a, WfValue b, int op) {
    if (WF_IS_SMALLINT(a) || WF_IS_SMALLINT(b) || a->type != &wf_generic_alias_type ||
        b->type != &wf_generic_alias_type || (op != WF_EQ && op != WF_NE))
        return wf_newref(WF_NOTIMPLEMENTED);
    int eq = wf_richcompare_bool(GA(a)->origin, GA(b)->origin, WF_EQ);
    if (eq > 0) eq = wf_richcompare_bool(GA(a)->args, GA(b)->args, WF_EQ);
    if (eq < 0) return WF_NULL;
    return wf_bool(op == WF_EQ ? eq : !eq);
}

static WfHash ga_hash(WfValue self) {
    WfHash h1 = wf_hash(GA(self)->origin);
    if (h1 == -1) return -1;
    WfHash h2 = wf_hash(GA(self)->args);
    if (h2 == -1) return -1;
    WfHash h = h1 ^ h2;
    return h == -1 ? -2 : h;
}

static WfValue ga_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue r = wf_call(GA(self)->origin, args, nargs, kwnames);
    if (r && wf_setattr_cstr(r, "__orig_class__", self) < 0) wf_err_clear();
    return r;
}

static const char *const ga_own_attrs[] = {
    "__class__", "__origin__", "__args__", "__parameters__", "__mro_entries__", "__reduce_ex__",
    "__reduce__", "__copy__", "__deepcopy__", "__unpacked__", "__typing_unpacked_tuple_args__", NULL,
};

static WfValue ga_getattr(WfValue self, WfValue name) {
    for (size_t i = 0; ga_own_attrs[i]; i++)
        if (wf_str_eq_cstr(name, ga_own_attrs[i])) return wf_generic_getattr(self, name);
    return wf_getattr(GA(self)->origin, name);
}

static WfValue ga_get_origin(WfValue self) { return wf_newref(GA(self)->origin); }
static WfValue ga_get_args(WfValue self) { return wf_newref(GA(self)->args); }
static WfValue ga_get_parameters(WfValue self) { return wf_tuple_new(0); }
static WfValue ga_get_unpacked(WfValue self) { return WF_FALSE; }

static const WfGetSetDef ga_getsets[] = {
    {"__origin__", ga_get_origin, NULL, NULL},
    {"__args__", ga_get_args, NULL, NULL},
    {"__parameters__", ga_get_parameters, NULL, NULL},
    {"__unpacked__", ga_get_unpacked, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static WfValue ga_mro_entries(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_tuple_pack(1, GA(self)->origin);
}

static WfValue ga_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("GenericAlias", kwnames) < 0) return WF_NULL;
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "GenericAlias expected 2 arguments, got %zu", nargs);
        return WF_NULL;
    }
    return wf_generic_alias_new(args[0], args[1]);
}

static const WfMethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_generic_alias_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "types.GenericAlias",
    .basicsize = sizeof(GenericAlias),
    .dealloc = ga_dealloc,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattr = ga_getattr,
    .call = ga_call,
    .new_ = ga_new,
    .methods = ga_methods,
    .getsets = ga_getsets,
};
