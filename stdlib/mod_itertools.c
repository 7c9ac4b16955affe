// mod_itertools.c — the `itertools` module in C: count, cycle, repeat,
// chain (+from_iterable), islice, accumulate, product, permutations,
// combinations, combinations_with_replacement, groupby, takewhile,
// dropwhile, starmap, zip_longest, tee, pairwise, compress, filterfalse.
// Every iterator shares one layout (It) with per-kind meanings of its
// fields, and one dealloc; each kind has its own type (for names and reprs).
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/native_inits.h"

typedef struct It {
    WfObject ob;
    WfValue a, b, c, d, e;   // owned (meaning per kind; NULL when unused)
    WfValue *pool;           // owned (malloc) array of owned values (or NULL entries)
    size_t npool;
    size_t *idx, *cyc;       // malloc'd index arrays (product, permutations, combinations)
    int64_t i, j, k, r, n;
    int state;               // 0 fresh, 1 running, 2 exhausted (per kind)
} It;

static void it_dealloc(WfValue self) {
    It *it = (It *)self;
    wf_clear(&it->a);
    wf_clear(&it->b);
    wf_clear(&it->c);
    wf_clear(&it->d);
    wf_clear(&it->e);
    if (it->pool) {
        for (size_t i = 0; i < it->npool; i++) wf_xdecref(it->pool[i]);
        free(it->pool);
    }
    free(it->idx);
    free(it->cyc);
    wf_object_free(self);
}

static WfValue it_self(WfValue self) { return wf_newref(self); }

static It *it_alloc(WfType *type) {
    size_t size = type->basicsize > sizeof(It) ? type->basicsize : sizeof(It);
    return (It *)wf_object_alloc(type, size);
}

#define IT_TYPE(cname, pyname, newfn, nextfn, reprfn, meths)                                  \
    static WfType cname = {.ob = WF_STATIC_TYPE_HEAD, .name = pyname, .basicsize = sizeof(It), \
                           .flags = WF_TPFLAGS_BASETYPE, .dealloc = it_dealloc,                \
                           .iter = it_self, .iternext = nextfn, .new_ = newfn, .repr = reprfn, \
                           .methods = meths}

static int no_kw(const char *name, WfValue kwnames) { return wf_args_no_kw(name, kwnames); }

// Argument clinic's check for one positional-only argument: "cycle expected 1 argument, got 0".
static int one_positional(const char *name, size_t nargs) {
    if (nargs == 1) return 0;
    wf_err_format(wf_TypeError, "%s expected 1 argument, got %zu", name, nargs);
    return -1;
}

// ---- count ------------------------------------------------------------------------------------

static WfValue count_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"start", "step"};
    WfValue a[2];
    if (wf_args_parse("count", args, nargs, kwnames, names, 2, 0, 2, a) < 0) return WF_NULL;
    WfValue start = a[0] ? a[0] : WF_FROM_SMALLINT(0), step = a[1] ? a[1] : WF_FROM_SMALLINT(1);
    WfType *ta = wf_type(start), *tb = wf_type(step);
    bool num = (wf_is_int(start) || wf_is_float(start) || ta->nb_int || ta->nb_float || ta->nb_index) &&
               (wf_is_int(step) || wf_is_float(step) || tb->nb_int || tb->nb_float || tb->nb_index);
    if (!num) {
        wf_err_set_str(wf_TypeError, "a number is required");
        return WF_NULL;
    }
    It *it = it_alloc(type);
    if (!it) return WF_NULL;
    it->a = wf_newref(start);
    it->b = wf_newref(step);
    return (WfValue)it;
}

static WfValue count_next(WfValue self) {
    It *it = (It *)self;
    WfValue cur = it->a;
    if (WF_IS_SMALLINT(cur) && WF_IS_SMALLINT(it->b)) {
        int64_t s;
        if (!__builtin_add_overflow((int64_t)WF_SMALLINT_VAL(cur), (int64_t)WF_SMALLINT_VAL(it->b), &s) &&
            WF_SMALLINT_FITS(s)) {
            it->a = WF_FROM_SMALLINT(s);
            return cur;
        }
    }
    WfValue next = wf_binary_op(cur, it->b, WF_BINOP_ADD);
    if (!next) return WF_NULL;
    it->a = next;
    return cur;   // the reference the iterator held
}

static WfValue count_repr(WfValue self) {
    It *it = (It *)self;
    WfValue s = wf_repr(it->a);
    if (!s) return WF_NULL;
    WfValue r;
    if (WF_IS_SMALLINT(it->b) && WF_SMALLINT_VAL(it->b) == 1) {
        r = wf_str_from_format("%s(%s)", wf_type_name_of(wf_type(self)), WF_STR_DATA(s));
    } else {
        WfValue t = wf_repr(it->b);
        if (!t) { wf_decref(s); return WF_NULL; }
        r = wf_str_from_format("%s(%s, %s)", wf_type_name_of(wf_type(self)), WF_STR_DATA(s), WF_STR_DATA(t));
        wf_decref(t);
    }
    wf_decref(s);
    return r;
}

IT_TYPE(count_type, "itertools.count", count_new, count_next, count_repr, NULL);

// ---- cycle ------------------------------------------------------------------------------------

static WfValue cycle_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("cycle", kwnames) < 0 || one_positional("cycle", nargs) < 0) return WF_NULL;
    WfValue src = wf_iter(args[0]);
    if (!src) return WF_NULL;
    It *it = it_alloc(type);
    if (!it) { wf_decref(src); return WF_NULL; }
    it->a = src;
    it->b = wf_list_new(0);
    if (!it->b) { wf_decref((WfValue)it); return WF_NULL; }
    return (WfValue)it;
}

static WfValue cycle_next(WfValue self) {
    It *it = (It *)self;
    if (it->state == 0) {
        WfValue v;
        int r = wf_iter_next_ref(it->a, &v);
        if (r < 0) return WF_NULL;
        if (r > 0) {
            if (wf_list_append(it->b, v) < 0) { wf_decref(v); return WF_NULL; }
            return v;
        }
        it->state = 1;
        wf_clear(&it->a);
        it->i = 0;
    }
    size_t n = WF_LIST_LEN(it->b);
    if (n == 0) return WF_NULL;
    if ((size_t)it->i >= n) it->i = 0;
    return wf_newref(WF_LIST_ITEMS(it->b)[it->i++]);
}

IT_TYPE(cycle_type, "itertools.cycle", cycle_new, cycle_next, NULL, NULL);

// ---- repeat -----------------------------------------------------------------------------------

static WfValue repeat_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"object", "times"};
    WfValue a[2];
    if (wf_args_parse("repeat", args, nargs, kwnames, names, 2, 1, 2, a) < 0) return WF_NULL;
    int64_t times = -1;
    if (a[1]) {
        times = wf_index_i64(a[1], NULL);
        if (times == -1 && wf_err_occurred()) return WF_NULL;
        if (times < 0) times = 0;
    }
    It *it = it_alloc(type);
    if (!it) return WF_NULL;
    it->a = wf_newref(a[0]);
    it->i = times;
    return (WfValue)it;
}

static WfValue repeat_next(WfValue self) {
    It *it = (It *)self;
    if (it->i == 0) return WF_NULL;
    if (it->i > 0) it->i--;
    return wf_newref(it->a);
}

static WfValue repeat_repr(WfValue self) {
    It *it = (It *)self;
    WfValue s = wf_repr(it->a);
    if (!s) return WF_NULL;
    WfValue r = it->i < 0 ? wf_str_from_format("repeat(%s)", WF_STR_DATA(s))
                          : wf_str_from_format("repeat(%s, %lld)", WF_STR_DATA(s), (long long)it->i);
    wf_decref(s);
    return r;
}

static WfValue repeat_length_hint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    It *it = (It *)self;
    if (it->i < 0) {
        wf_err_set_str(wf_TypeError, "len() of unsized object");
        return WF_NULL;
    }
    return wf_int_from_i64(it->i);
}

static const WfMethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

IT_TYPE(repeat_type, "itertools.repeat", repeat_new, repeat_next, repeat_repr, repeat_methods);

// ---- chain ------------------------------------------------------------------------------------

static WfType chain_type;

static WfValue chain_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("chain", kwnames) < 0) return WF_NULL;
    WfValue t = wf_tuple_from_array(args, nargs);
    if (!t) return WF_NULL;
    WfValue src = wf_iter(t);
    wf_decref(t);
    if (!src) return WF_NULL;
    It *it = it_alloc(type);
    if (!it) { wf_decref(src); return WF_NULL; }
    it->a = src;
    return (WfValue)it;
}

static WfValue chain_from_iterable(WfValue cls, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("chain.from_iterable", kwnames) < 0 || wf_args_count("chain.from_iterable", nargs, 1, 1) < 0)
        return WF_NULL;
    WfValue src = wf_iter(args[0]);
    if (!src) return WF_NULL;
    It *it = it_alloc(wf_is_type(cls) ? (WfType *)cls : &chain_type);
    if (!it) { wf_decref(src); return WF_NULL; }
    it->a = src;
    return (WfValue)it;
}

static WfValue chain_next(WfValue self) {
    It *it = (It *)self;
    for (;;) {
        if (!it->b) {
            if (!it->a) return WF_NULL;
            WfValue next;
            int r = wf_iter_next_ref(it->a, &next);
            if (r < 0) return WF_NULL;
            if (r == 0) { wf_clear(&it->a); return WF_NULL; }
            it->b = wf_iter(next);
            wf_decref(next);
            if (!it->b) return WF_NULL;
        }
        WfValue v;
        int r = wf_iter_next_ref(it->b, &v);
        if (r < 0) return WF_NULL;
        if (r > 0) return v;
        wf_clear(&it->b);
    }
}

static const WfMethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, WF_METH_CLASS, "chain.from_iterable(iterable) --> chain object"},
    {NULL, NULL, 0, NULL},
};

IT_TYPE(chain_type, "itertools.chain", chain_new, chain_next, NULL, chain_methods);

// ---- islice -------------------------------------------------------------------------------------

// None or a non-negative int (-1 for None). -2 on error with [msg].
static int64_t islice_arg(WfValue v, const char *msg) {
    if (v == WF_NONE) return -1;
    if (wf_is_int(v) || wf_type(v)->nb_index) {
        int64_t n = wf_index_i64(v, NULL);
        if (n == -1 && wf_err_occurred()) {
            if (wf_err_matches(wf_OverflowError)) { wf_err_clear(); return INT64_MAX; }
            return -2;
        }
        if (n >= 0) return n;
    }
    wf_err_set_str(wf_ValueError, msg);
    return -2;
}

static WfValue islice_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("islice", kwnames) < 0 || wf_args_count("islice", nargs, 2, 4) < 0) return WF_NULL;
    int64_t start = 0, stop, step = 1;
    if (nargs == 2) {
        stop = islice_arg(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        if (stop == -2) return WF_NULL;
    } else {
        const char *msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        start = islice_arg(args[1], msg);
        if (start == -2) return WF_NULL;
        if (start == -1) start = 0;
        stop = islice_arg(args[2], msg);
        if (stop == -2) return WF_NULL;
        if (nargs == 4 && args[3] != WF_NONE) {
            step = islice_arg(args[3], "Step for islice() must be a positive integer or None.");
            if (step == -2 || step == 0) {
                if (step == 0) wf_err_set_str(wf_ValueError, "Step for islice() must be a positive integer or None.");
                else if (wf_err_matches(wf_ValueError)) {
                    wf_err_clear();
                    wf_err_set_str(wf_ValueError, "Step for islice() must be a positive integer or None.");
                }
                return WF_NULL;
            }
        }
    }
    WfValue src = wf_iter(args[0]);
    if (!src) return WF_NULL;
    It *it = it_alloc(type);
    if (!it) { wf_decref(src); return WF_NULL; }
    it->a = src;
    it->i = start;      // next index to yield
    it->j = stop;       // -1: no stop
    it->k = step;
    it->n = 0;          // items consumed so far
    return (WfValue)it;
}

static WfValue islice_next(WfValue self) {
    It *it = (It *)self;
    if (!it->a) return WF_NULL;
    while (it->n < it->i) {
        if (it->j >= 0 && it->n >= it->j) goto exhausted;
        WfValue v;
        int r = wf_iter_next_ref(it->a, &v);
        if (r < 0) return WF_NULL;
        if (r == 0) goto exhausted;
        wf_decref(v);
        it->n++;
    }
    if (it->j >= 0 && it->n >= it->j) goto exhausted;
    WfValue v;
    int r = wf_iter_next_ref(it->a, &v);
    if (r < 0) return WF_NULL;
    if (r == 0) goto exhausted;
    it->n++;
    it->i += it->k;
    if (it->j >= 0 && it->i > it->j) it->i = it->j;
    return v;
exhausted:
    wf_clear(&it->a);
    return WF_NULL;
}

IT_TYPE(islice_type, "itertools.islice", islice_new, islice_next, NULL, NULL);

// ---- accumulate -----------------------------------------------------------------------------------

static WfValue accumulate_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"iterable", "func", "initial"};
    WfValue a[3];
    if (wf_args_parse("accumulate", args, nargs, kwnames, names, 3, 1, 2, a) < 0) return WF_NULL;
    WfValue src = wf_iter(a[0]);
    if (!src) return WF_NULL;
    It *it = it_alloc(type);
    if (!it) { wf_decref(src); return WF_NULL; }
    it->a = src;
    if (a[1] && a[1] != WF_NONE) it->b = wf_newref(a[1]);
    if (a[2] && a[2] != WF_NONE) it->d = wf_newref(a[2]);
    return (WfValue)it;
}

static WfValue accumulate_next(WfValue self) {
    It *it = (It *)self;
    if (it->d) {   // the initial value comes first
        WfValue v = it->d;
        it->d = WF_NULL;
        it->c = wf_newref(v);
        return v;
    }
    WfValue v;
    int r = wf_iter_next_ref(it->a, &v);
    if (r <= 0) return WF_NULL;
    if (!it->c) {
        it->c = wf_newref(v);
        return v;
    }
    WfValue total = it->b ? wf_call2(it->b, it->c, v) : wf_binary_op(it->c, v, WF_BINOP_ADD);
    wf_decref(v);
    if (!total) return WF_NULL;
    wf_setref(&it->c, total);
    return total;
}

IT_TYPE(accumulate_type, "itertools.accumulate", accumulate_new, accumulate_next, NULL, NULL);

// ---- product --------------------------------------------------------------------------------------

static WfValue product_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    int64_t repeat = 1;
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        if (!wf_str_eq_cstr(WF_TUPLE_GET(kwnames, i), "repeat")) {
            wf_err_format(wf_TypeError, "product() got an unexpected keyword argument '%s'",
                          WF_STR_DATA(WF_TUPLE_GET(kwnames, i)));
            return WF_NULL;
        }
        repeat = wf_index_i64(args[nargs + i], NULL);
        if (repeat == -1 && wf_err_occurred()) return WF_NULL;
        if (repeat < 0) {
            wf_err_set_str(wf_ValueError, "repeat argument cannot be negative");
            return WF_NULL;
        }
    }
    size_t npools = nargs * (size_t)repeat;
    It *it = it_alloc(type);
    if (!it) return WF_NULL;
    it->pool = calloc(npools ? npools : 1, sizeof(WfValue));
    it->idx = calloc(npools ? npools : 1, sizeof(size_t));
    if (!it->pool || !it->idx) { wf_decref((WfValue)it); return wf_err_no_memory(); }
    it->npool = npools;
    for (size_t i = 0; i < nargs; i++) {
        WfValue t = wf_tuple_from_iterable(args[i]);
        if (!t) { wf_decref((WfValue)it); return WF_NULL; }
        for (int64_t k = 0; k < repeat; k++) it->pool[k * (int64_t)nargs + (int64_t)i] = wf_newref(t);
        wf_decref(t);
    }
    return (WfValue)it;
}

static WfValue product_next(WfValue self) {
    It *it = (It *)self;
    size_t n = it->npool;
    if (it->state == 2) return WF_NULL;
    if (it->state == 0) {
        it->state = 1;
        for (size_t i = 0; i < n; i++)
            if (WF_TUPLE_LEN(it->pool[i]) == 0) { it->state = 2; return WF_NULL; }
    } else {
        size_t i = n;
        for (;;) {
            if (i == 0) { it->state = 2; return WF_NULL; }
            i--;
            if (++it->idx[i] < WF_TUPLE_LEN(it->pool[i])) break;
            it->idx[i] = 0;
        }
    }
    WfValue t = wf_tuple_new(n);
    if (!t) return WF_NULL;
    for (size_t i = 0; i < n; i++) WF_TUPLE_SET_STEAL(t, i, wf_newref(WF_TUPLE_GET(it->pool[i], it->idx[i])));
    return t;
}

IT_TYPE(product_type, "itertools.product", product_new, product_next, NULL, NULL);

// ---- permutations / combinations --------------------------------------------------------------------

// Shared setup: the pool tuple in a, n and r, and [nidx] indices.
static It *combi_setup(WfType *type, const char *name, WfValue iterable, WfValue rv, bool r_optional,
                       size_t extra_cycles) {
    WfValue pool = wf_tuple_from_iterable(iterable);
    if (!pool) return NULL;
    int64_t n = (int64_t)WF_TUPLE_LEN(pool), r = n;
    if (rv && rv != WF_NONE) {
        if (!wf_is_int(rv)) {
            wf_err_format(wf_TypeError, "Expected int as r");
            wf_decref(pool);
            return NULL;
        }
        r = wf_index_i64(rv, NULL);
        if (r == -1 && wf_err_occurred()) { wf_decref(pool); return NULL; }
        if (r < 0) {
            wf_err_set_str(wf_ValueError, "r must be non-negative");
            wf_decref(pool);
            return NULL;
        }
    } else if (!r_optional) {
        wf_decref(pool);
        wf_err_format(wf_TypeError, "%s() missing required argument 'r' (pos 2)", name);
        return NULL;
    }
    It *it = it_alloc(type);
    if (!it) { wf_decref(pool); return NULL; }
    it->a = pool;
    it->n = n;
    it->r = r;
    size_t cnt = (size_t)(n > r ? n : r) + 1;
    it->idx = calloc(cnt, sizeof(size_t));
    if (extra_cycles) it->cyc = calloc(cnt, sizeof(size_t));
    if (!it->idx || (extra_cycles && !it->cyc)) {
        wf_decref((WfValue)it);
        wf_err_no_memory();
        return NULL;
    }
    return it;
}

static WfValue indices_tuple(It *it, size_t count) {
    WfValue t = wf_tuple_new(count);
    if (!t) return WF_NULL;
    for (size_t i = 0; i < count; i++) WF_TUPLE_SET_STEAL(t, i, wf_newref(WF_TUPLE_GET(it->a, it->idx[i])));
    return t;
}

static WfValue permutations_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"iterable", "r"};
    WfValue a[2];
    if (wf_args_parse("permutations", args, nargs, kwnames, names, 2, 1, 2, a) < 0) return WF_NULL;
    It *it = combi_setup(type, "permutations", a[0], a[1], true, 1);
    if (!it) return WF_NULL;
    for (int64_t i = 0; i < it->n; i++) it->idx[i] = (size_t)i;
    for (int64_t i = 0; i < it->r; i++) it->cyc[i] = (size_t)(it->n - i);
    return (WfValue)it;
}

static WfValue permutations_next(WfValue self) {
    It *it = (It *)self;
    int64_t n = it->n, r = it->r;
    if (it->state == 2) return WF_NULL;
    if (r > n) { it->state = 2; return WF_NULL; }
    if (it->state == 0) {
        it->state = 1;
        return indices_tuple(it, (size_t)r);
    }
    for (int64_t i = r - 1; i >= 0; i--) {
        if (--it->cyc[i] == 0) {
            size_t first = it->idx[i];
            memmove(&it->idx[i], &it->idx[i + 1], (size_t)(n - i - 1) * sizeof(size_t));
            it->idx[n - 1] = first;
            it->cyc[i] = (size_t)(n - i);
        } else {
            size_t j = it->cyc[i];
            size_t t = it->idx[i];
            it->idx[i] = it->idx[n - j];
            it->idx[n - j] = t;
            return indices_tuple(it, (size_t)r);
        }
    }
    it->state = 2;
    return WF_NULL;
}

IT_TYPE(permutations_type, "itertools.permutations", permutations_new, permutations_next, NULL, NULL);

static WfValue combinations_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"iterable", "r"};
    WfValue a[2];
    if (wf_args_parse("combinations", args, nargs, kwnames, names, 2, 2, 2, a) < 0) return WF_NULL;
    It *it = combi_setup(type, "combinations", a[0], a[1], false, 0);
    if (!it) return WF_NULL;
    for (int64_t i = 0; i < it->r; i++) it->idx[i] = (size_t)i;
    return (WfValue)it;
}

static WfValue combinations_next(WfValue self) {
    It *it = (It *)self;
    int64_t n = it->n, r = it->r;
    if (it->state == 2) return WF_NULL;
    if (r > n) { it->state = 2; return WF_NULL; }
    if (it->state == 0) {
        it->state = 1;
        return indices_tuple(it, (size_t)r);
    }
    int64_t i = r - 1;
    while (i >= 0 && it->idx[i] == (size_t)(i + n - r)) i--;
    if (i < 0) { it->state = 2; return WF_NULL; }
    it->idx[i]++;
    for (int64_t j = i + 1; j < r; j++) it->idx[j] = it->idx[j - 1] + 1;
    return indices_tuple(it, (size_t)r);
}

IT_TYPE(combinations_type, "itertools.combinations", combinations_new, combinations_next, NULL, NULL);

static WfValue cwr_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"iterable", "r"};
    WfValue a[2];
    if (wf_args_parse("combinations_with_replacement", args, nargs, kwnames, names, 2, 2, 2, a) < 0)
        return WF_NULL;
    It *it = combi_setup(type, "combinations_with_replacement", a[0], a[1], false, 0);
    if (!it) return WF_NULL;
    return (WfValue)it;
}

static WfValue cwr_next(WfValue self) {
    It *it = (It *)self;
    int64_t n = it->n, r = it->r;
    if (it->state == 2) return WF_NULL;
    if (n == 0 && r > 0) { it->state = 2; return WF_NULL; }
    if (it->state == 0) {
        it->state = 1;
        return indices_tuple(it, (size_t)r);
    }
    int64_t i = r - 1;
    while (i >= 0 && it->idx[i] == (size_t)(n - 1)) i--;
    if (i < 0) { it->state = 2; return WF_NULL; }
    size_t v = it->idx[i] + 1;
    for (int64_t j = i; j < r; j++) it->idx[j] = v;
    return indices_tuple(it, (size_t)r);
}

IT_TYPE(cwr_type, "itertools.combinations_with_replacement", cwr_new, cwr_next, NULL, NULL);

// ---- groupby ---------------------------------------------------------------------------------------
// groupby: a = source iterator, b = key func (or NULL), c = tgtkey, d = currkey, e = currvalue.
// _grouper: a = the groupby object, c = its target key.

static WfType grouper_type;

static WfValue groupby_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"iterable", "key"};
    WfValue a[2];
    if (wf_args_parse("groupby", args, nargs, kwnames, names, 2, 1, 2, a) < 0) return WF_NULL;
    WfValue src = wf_iter(a[0]);
    if (!src) return WF_NULL;
    It *it = it_alloc(type);
    if (!it) { wf_decref(src); return WF_NULL; }
    it->a = src;
    if (a[1] && a[1] != WF_NONE) it->b = wf_newref(a[1]);
    return (WfValue)it;
}

// Advances the groupby to its next item: 1 ok, 0 exhausted, -1 error.
static int groupby_step(It *gb) {
    WfValue v;
    int r = wf_iter_next_ref(gb->a, &v);
    if (r <= 0) return r;
    WfValue k = gb->b ? wf_call1(gb->b, v) : wf_newref(v);
    if (!k) { wf_decref(v); return -1; }
    wf_clear(&gb->e);
    gb->e = v;
    wf_clear(&gb->d);
    gb->d = k;
    return 1;
}

static WfValue groupby_next(WfValue self) {
    It *gb = (It *)self;
    gb->i++;   // a new group: older groupers stop
    for (;;) {
        if (!gb->d) {
            int r = groupby_step(gb);
            if (r <= 0) return WF_NULL;
        } else if (gb->c) {
            int eq = wf_richcompare_bool(gb->c, gb->d, WF_EQ);
            if (eq < 0) return WF_NULL;
            if (!eq) break;
            int r = groupby_step(gb);
            if (r <= 0) return WF_NULL;
            continue;
        }
        break;
    }
    wf_setref(&gb->c, gb->d);
    It *g = it_alloc(&grouper_type);
    if (!g) return WF_NULL;
    g->a = wf_newref(self);
    g->c = wf_newref(gb->c);
    g->i = gb->i;
    WfValue t = wf_tuple_pack(2, gb->c, (WfValue)g);
    wf_decref((WfValue)g);
    return t;
}

static WfValue grouper_next(WfValue self) {
    It *g = (It *)self;
    It *gb = (It *)g->a;
    if (gb->i != g->i) return WF_NULL;
    if (!gb->d) {
        int r = groupby_step(gb);
        if (r <= 0) return WF_NULL;
    }
    int eq = wf_richcompare_bool(g->c, gb->d, WF_EQ);
    if (eq <= 0) return WF_NULL;
    WfValue v = gb->e;
    gb->e = WF_NULL;
    wf_clear(&gb->d);
    return v;
}

IT_TYPE(groupby_type, "itertools.groupby", groupby_new, groupby_next, NULL, NULL);
IT_TYPE(grouper_type, "itertools._grouper", NULL, grouper_next, NULL, NULL);

// ---- predicates: takewhile, dropwhile, filterfalse, compress, starmap ----------------------------

static WfValue pred_it_new(WfType *type, const char *name, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw(name, kwnames) < 0) return WF_NULL;
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "%s expected 2 arguments, got %zu", name, nargs);
        return WF_NULL;
    }
    WfValue src = wf_iter(args[1]);
    if (!src) return WF_NULL;
    It *it = it_alloc(type);
    if (!it) { wf_decref(src); return WF_NULL; }
    it->a = wf_newref(args[0]);
    it->b = src;
    return (WfValue)it;
}

// pred(v) as 1/0/-1 (None as predicate: truthiness).
static int test_pred(WfValue pred, WfValue v) {
    if (pred == WF_NONE) return wf_is_true(v);
    WfValue r = wf_call1(pred, v);
    if (!r) return -1;
    int t = wf_is_true(r);
    wf_decref(r);
    return t;
}

static WfValue takewhile_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    return pred_it_new(type, "takewhile", args, nargs, kwnames);
}

static WfValue takewhile_next(WfValue self) {
    It *it = (It *)self;
    if (it->state == 2) return WF_NULL;
    WfValue v;
    if (wf_iter_next_ref(it->b, &v) <= 0) return WF_NULL;
    int t = test_pred(it->a, v);
    if (t > 0) return v;
    wf_decref(v);
    if (t == 0) it->state = 2;
    return WF_NULL;
}

IT_TYPE(takewhile_type, "itertools.takewhile", takewhile_new, takewhile_next, NULL, NULL);

static WfValue dropwhile_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    return pred_it_new(type, "dropwhile", args, nargs, kwnames);
}

static WfValue dropwhile_next(WfValue self) {
    It *it = (It *)self;
    for (;;) {
        WfValue v;
        if (wf_iter_next_ref(it->b, &v) <= 0) return WF_NULL;
        if (it->state == 1) return v;
        int t = test_pred(it->a, v);
        if (t < 0) { wf_decref(v); return WF_NULL; }
        if (!t) {
            it->state = 1;
            return v;
        }
        wf_decref(v);
    }
}

IT_TYPE(dropwhile_type, "itertools.dropwhile", dropwhile_new, dropwhile_next, NULL, NULL);

static WfValue filterfalse_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    return pred_it_new(type, "filterfalse", args, nargs, kwnames);
}

static WfValue filterfalse_next(WfValue self) {
    It *it = (It *)self;
    for (;;) {
        WfValue v;
        if (wf_iter_next_ref(it->b, &v) <= 0) return WF_NULL;
        int t = test_pred(it->a, v);
        if (t < 0) { wf_decref(v); return WF_NULL; }
        if (!t) return v;
        wf_decref(v);
    }
}

IT_TYPE(filterfalse_type, "itertools.filterfalse", filterfalse_new, filterfalse_next, NULL, NULL);

static WfValue starmap_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    return pred_it_new(type, "starmap", args, nargs, kwnames);
}

static WfValue starmap_next(WfValue self) {
    It *it = (It *)self;
    WfValue v;
    if (wf_iter_next_ref(it->b, &v) <= 0) return WF_NULL;
    WfValue t = wf_is_tuple(v) ? wf_newref(v) : wf_tuple_from_iterable(v);
    wf_decref(v);
    if (!t) return WF_NULL;
    WfValue r = wf_call(it->a, WF_TUPLE_ITEMS(t), WF_TUPLE_LEN(t), WF_NULL);
    wf_decref(t);
    return r;
}

IT_TYPE(starmap_type, "itertools.starmap", starmap_new, starmap_next, NULL, NULL);

static WfValue compress_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"data", "selectors"};
    WfValue a[2];
    if (wf_args_parse("compress", args, nargs, kwnames, names, 2, 2, 2, a) < 0) return WF_NULL;
    WfValue d = wf_iter(a[0]);
    if (!d) return WF_NULL;
    WfValue s = wf_iter(a[1]);
    if (!s) { wf_decref(d); return WF_NULL; }
    It *it = it_alloc(type);
    if (!it) { wf_decref(d); wf_decref(s); return WF_NULL; }
    it->a = d;
    it->b = s;
    return (WfValue)it;
}

static WfValue compress_next(WfValue self) {
    It *it = (It *)self;
    for (;;) {
        WfValue v, sel;
        if (wf_iter_next_ref(it->a, &v) <= 0) return WF_NULL;
        if (wf_iter_next_ref(it->b, &sel) <= 0) { wf_decref(v); return WF_NULL; }
        int t = wf_is_true(sel);
        wf_decref(sel);
        if (t < 0) { wf_decref(v); return WF_NULL; }
        if (t) return v;
        wf_decref(v);
    }
}

IT_TYPE(compress_type, "itertools.compress", compress_new, compress_next, NULL, NULL);

// ---- zip_longest / pairwise -----------------------------------------------------------------------

static WfValue zip_longest_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue fill = WF_NONE;
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        if (!wf_str_eq_cstr(WF_TUPLE_GET(kwnames, i), "fillvalue")) {
            wf_err_format(wf_TypeError, "zip_longest() got an unexpected keyword argument '%s'",
                          WF_STR_DATA(WF_TUPLE_GET(kwnames, i)));
            return WF_NULL;
        }
        fill = args[nargs + i];
    }
    It *it = it_alloc(type);
    if (!it) return WF_NULL;
    it->pool = calloc(nargs ? nargs : 1, sizeof(WfValue));
    if (!it->pool) { wf_decref((WfValue)it); return wf_err_no_memory(); }
    it->npool = nargs;
    for (size_t i = 0; i < nargs; i++) {
        it->pool[i] = wf_iter(args[i]);
        if (!it->pool[i]) { wf_decref((WfValue)it); return WF_NULL; }
    }
    it->b = wf_newref(fill);
    it->n = (int64_t)nargs;   // iterators still active
    return (WfValue)it;
}

static WfValue zip_longest_next(WfValue self) {
    It *it = (It *)self;
    size_t n = it->npool;
    if (n == 0 || it->n == 0) return WF_NULL;
    WfValue t = wf_tuple_new(n);
    if (!t) return WF_NULL;
    for (size_t i = 0; i < n; i++) {
        WfValue v = WF_NULL;
        if (it->pool[i]) {
            int r = wf_iter_next_ref(it->pool[i], &v);
            if (r < 0) goto fail;
            if (r == 0) {
                wf_clear(&it->pool[i]);
                if (--it->n == 0) goto fail;
                v = WF_NULL;
            }
        }
        WF_TUPLE_SET_STEAL(t, i, v ? v : wf_newref(it->b));
        continue;
    fail:
        for (size_t j = i; j < n; j++) WF_TUPLE_SET_STEAL(t, j, wf_newref(WF_NONE));
        wf_decref(t);
        return WF_NULL;
    }
    return t;
}

IT_TYPE(zip_longest_type, "itertools.zip_longest", zip_longest_new, zip_longest_next, NULL, NULL);

static WfValue pairwise_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("pairwise", kwnames) < 0 || one_positional("pairwise", nargs) < 0) return WF_NULL;
    WfValue src = wf_iter(args[0]);
    if (!src) return WF_NULL;
    It *it = it_alloc(type);
    if (!it) { wf_decref(src); return WF_NULL; }
    it->a = src;
    return (WfValue)it;
}

static WfValue pairwise_next(WfValue self) {
    It *it = (It *)self;
    if (!it->a) return WF_NULL;
    if (!it->b) {
        int r = wf_iter_next_ref(it->a, &it->b);
        if (r <= 0) {
            it->b = WF_NULL;
            if (r == 0) wf_clear(&it->a);
            return WF_NULL;
        }
    }
    WfValue v;
    int r = wf_iter_next_ref(it->a, &v);
    if (r <= 0) {
        if (r == 0) { wf_clear(&it->a); wf_clear(&it->b); }
        return WF_NULL;
    }
    WfValue t = wf_tuple_pack(2, it->b, v);
    wf_decref(it->b);
    it->b = v;
    return t;
}

IT_TYPE(pairwise_type, "itertools.pairwise", pairwise_new, pairwise_next, NULL, NULL);

// ---- tee ---------------------------------------------------------------------------------------------
// A tee object: a = shared state list [source iterator, buffer list, offset int];
// i = the absolute index of its next item. The buffer keeps every item read
// from the source (not trimmed: memory grows with the lead of the fastest tee).

static WfType tee_type;

static WfValue tee_next(WfValue self) {
    It *t = (It *)self;
    WfValue state = t->a;
    WfValue *st = WF_LIST_ITEMS(state);
    WfValue buf = st[1];
    int64_t offset = WF_SMALLINT_VAL(st[2]);
    int64_t pos = t->i - offset;
    if (pos < 0) pos = 0;
    if ((size_t)pos >= WF_LIST_LEN(buf)) {
        if (st[0] == WF_NONE) return WF_NULL;
        WfValue v;
        int r = wf_iter_next_ref(st[0], &v);
        if (r <= 0) {
            if (r == 0) wf_list_set_steal(state, 0, wf_newref(WF_NONE));
            return WF_NULL;
        }
        if (wf_list_append_steal(buf, v) < 0) return WF_NULL;
        st = WF_LIST_ITEMS(state);
    }
    WfValue v = wf_newref(WF_LIST_ITEMS(buf)[pos]);
    t->i++;
    return v;
}

static WfValue tee_copy(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    It *t = (It *)self;
    It *c = it_alloc(&tee_type);
    if (!c) return WF_NULL;
    c->a = wf_newref(t->a);
    c->i = t->i;
    return (WfValue)c;
}

static const WfMethodDef tee_methods[] = {
    {"__copy__", tee_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

IT_TYPE(tee_type, "itertools._tee", NULL, tee_next, NULL, tee_methods);

static WfValue itertools_tee(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("tee", kwnames) < 0 || wf_args_count("tee", nargs, 1, 2) < 0) return WF_NULL;
    int64_t n = 2;
    if (nargs == 2) {
        n = wf_index_i64(args[1], NULL);
        if (n == -1 && wf_err_occurred()) return WF_NULL;
        if (n < 0) {
            wf_err_set_str(wf_ValueError, "n must be >= 0");
            return WF_NULL;
        }
    }
    WfValue src = wf_iter(args[0]);
    if (!src) return WF_NULL;
    WfValue state = wf_list_new(3);
    WfValue buf = wf_list_new(0);
    if (!state || !buf) {
        wf_decref(src);
        wf_xdecref(state);
        wf_xdecref(buf);
        return WF_NULL;
    }
    wf_list_set_steal(state, 0, src);
    wf_list_set_steal(state, 1, buf);
    wf_list_set_steal(state, 2, WF_FROM_SMALLINT(0));
    WfValue result = wf_tuple_new((size_t)n);
    if (!result) { wf_decref(state); return WF_NULL; }
    for (int64_t i = 0; i < n; i++) {
        It *t = it_alloc(&tee_type);
        if (!t) {
            for (int64_t j = i; j < n; j++) WF_TUPLE_SET_STEAL(result, j, wf_newref(WF_NONE));
            wf_decref(result);
            wf_decref(state);
            return WF_NULL;
        }
        t->a = wf_newref(state);
        WF_TUPLE_SET_STEAL(result, i, (WfValue)t);
    }
    wf_decref(state);
    return result;
}

// ---- the module --------------------------------------------------------------------------------------

static const WfMethodDef itertools_functions[] = {
    {"tee", itertools_tee, 0, "tee(iterable, n=2) --> tuple of n independent iterators."},
    {NULL, NULL, 0, NULL},
};

WfValue wf_itertools_module_init(void) {
    struct { const char *name; WfType *type; } types[] = {
        {"count", &count_type}, {"cycle", &cycle_type}, {"repeat", &repeat_type},
        {"chain", &chain_type}, {"islice", &islice_type}, {"accumulate", &accumulate_type},
        {"product", &product_type}, {"permutations", &permutations_type},
        {"combinations", &combinations_type}, {"combinations_with_replacement", &cwr_type},
        {"groupby", &groupby_type}, {"_grouper", &grouper_type}, {"takewhile", &takewhile_type},
        {"dropwhile", &dropwhile_type}, {"filterfalse", &filterfalse_type},
        {"starmap", &starmap_type}, {"compress", &compress_type},
        {"zip_longest", &zip_longest_type}, {"pairwise", &pairwise_type}, {"_tee", &tee_type},
    };
    WfValue m = wf_module_new("itertools");
    if (!m) return WF_NULL;
    if (wf_module_add_functions(m, itertools_functions) < 0) goto error;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (wf_type_ready(types[i].type) < 0) goto error;
        if (wf_module_set(m, types[i].name, WF_TYPE_VALUE(types[i].type)) < 0) goto error;
    }
    return m;
error:
    wf_decref(m);
    return WF_NULL;
}
