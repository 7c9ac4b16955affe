// mod_functools.c — `_functools`: reduce, partial (flattening nested
// partials; repr "functools.partial(<function f at 0x...>, 1, a=2)") and
// cmp_to_key. stdlib/functools.wf re-exports them with the Weft-level rest.
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/native_inits.h"
#include "vm/tstate.h"

// ---- reduce ---------------------------------------------------------------------------------

static WfValue functools_reduce(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("reduce", kwnames) < 0) return WF_NULL;
    if (nargs < 2 || nargs > 3) {
        if (nargs < 2)
            wf_err_format(wf_TypeError, "reduce expected at least 2 arguments, got %zu", nargs);
        else
            wf_err_format(wf_TypeError, "reduce expected at most 3 arguments, got %zu", nargs);
        return WF_NULL;
    }
    WfValue it = wf_iter(args[1]);
    if (!it) {
        if (wf_err_matches(wf_TypeError)) {
            wf_err_clear();
            wf_err_set_str(wf_TypeError, "reduce() arg 2 must support iteration");
        }
        return WF_NULL;
    }
    WfValue acc = nargs == 3 ? wf_newref(args[2]) : WF_NULL, item;
    int r;
    while ((r = wf_iter_next_ref(it, &item)) > 0) {
        if (!acc) {
            acc = item;
            continue;
        }
        WfValue next = wf_call2(args[0], acc, item);
        wf_decref(acc);
        wf_decref(item);
        acc = next;
        if (!acc) { r = -1; break; }
    }
    wf_decref(it);
    if (r < 0) { wf_xdecref(acc); return WF_NULL; }
    if (!acc) {
        wf_err_set_str(wf_TypeError, "reduce() of empty iterable with no initial value");
        return WF_NULL;
    }
    return acc;
}

// ---- partial ---------------------------------------------------------------------------------

typedef struct Partial {
    WfObject ob;
    WfValue func;       // owned
    WfValue args;       // owned: tuple
    WfValue keywords;   // owned: dict
    WfValue dict;       // owned: __dict__ or NULL
} Partial;

static WfType partial_type;

static WfValue partial_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs < 1) {
        wf_err_set_str(wf_TypeError, "type 'partial' takes at least one argument");
        return WF_NULL;
    }
    WfValue func = args[0];
    if (!wf_callable(func)) {
        wf_err_set_str(wf_TypeError, "the first argument must be callable");
        return WF_NULL;
    }
    WfValue pargs = WF_NULL, pkw = WF_NULL;
    if (!WF_IS_SMALLINT(func) && func->type == &partial_type && type == &partial_type &&
        !((Partial *)func)->dict) {
        Partial *inner = (Partial *)func;
        size_t n0 = WF_TUPLE_LEN(inner->args);
        pargs = wf_tuple_new(n0 + nargs - 1);
        if (!pargs) return WF_NULL;
        for (size_t i = 0; i < n0; i++) WF_TUPLE_SET_STEAL(pargs, i, wf_newref(WF_TUPLE_GET(inner->args, i)));
        for (size_t i = 1; i < nargs; i++) WF_TUPLE_SET_STEAL(pargs, n0 + i - 1, wf_newref(args[i]));
        pkw = wf_dict_copy(inner->keywords);
        func = inner->func;
    } else {
        pargs = wf_tuple_from_array(args + 1, nargs - 1);
        pkw = wf_dict_new();
    }
    if (!pargs || !pkw) goto error;
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (wf_dict_set(pkw, WF_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) goto error;
    size_t size = type->basicsize > sizeof(Partial) ? type->basicsize : sizeof(Partial);
    Partial *p = (Partial *)wf_object_alloc(type, size);
    if (!p) goto error;
    p->func = wf_newref(func);
    p->args = pargs;
    p->keywords = pkw;
    return (WfValue)p;
error:
    wf_xdecref(pargs);
    wf_xdecref(pkw);
    return WF_NULL;
}

static int partial_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) { return 0; }

static void partial_dealloc(WfValue self) {
    Partial *p = (Partial *)self;
    wf_clear(&p->func);
    wf_clear(&p->args);
    wf_clear(&p->keywords);
    wf_clear(&p->dict);
    wf_object_free(self);
}

static WfValue partial_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    Partial *p = (Partial *)self;
    size_t np = WF_TUPLE_LEN(p->args);
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    if (wf_dict_len(p->keywords) == 0) {
        if (np == 0) return wf_call(p->func, args, nargs, kwnames);
        WfValue small[16];
        size_t total = np + nargs + nkw;
        WfValue *argv = total <= 16 ? small : malloc(total * sizeof(WfValue));
        if (!argv) return wf_err_no_memory();
        memcpy(argv, WF_TUPLE_ITEMS(p->args), np * sizeof(WfValue));
        memcpy(argv + np, args, (nargs + nkw) * sizeof(WfValue));
        WfValue r = wf_call(p->func, argv, np + nargs, kwnames);
        if (argv != small) free(argv);
        return r;
    }
    WfValue targs = wf_tuple_new(np + nargs);
    if (!targs) return WF_NULL;
    for (size_t i = 0; i < np; i++) WF_TUPLE_SET_STEAL(targs, i, wf_newref(WF_TUPLE_GET(p->args, i)));
    for (size_t i = 0; i < nargs; i++) WF_TUPLE_SET_STEAL(targs, np + i, wf_newref(args[i]));
    WfValue kw = wf_dict_copy(p->keywords);
    if (!kw) { wf_decref(targs); return WF_NULL; }
    for (size_t i = 0; i < nkw; i++)
        if (wf_dict_set(kw, WF_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
            wf_decref(targs);
            wf_decref(kw);
            return WF_NULL;
        }
    WfValue r = wf_call_tuple_dict(p->func, targs, kw);
    wf_decref(targs);
    wf_decref(kw);
    return r;
}

static WfValue partial_repr(WfValue self) {
    Partial *p = (Partial *)self;
    WfStrBuf b;
    wf_strbuf_init(&b);
    const char *name = wf_type(self) == &partial_type ? "functools.partial" : wf_type_name(self);
    wf_strbuf_append_cstr(&b, name);
    wf_strbuf_append_char(&b, '(');
    if (wf_enter_recursive_call(" while getting the repr of an object") < 0) {
        wf_strbuf_free(&b);
        return WF_NULL;
    }
    int rc = wf_strbuf_append_repr_of(&b, p->func);
    for (size_t i = 0; rc == 0 && i < WF_TUPLE_LEN(p->args); i++) {
        wf_strbuf_append_cstr(&b, ", ");
        rc = wf_strbuf_append_repr_of(&b, WF_TUPLE_GET(p->args, i));
    }
    size_t pos = 0;
    WfValue k, v;
    while (rc == 0 && wf_dict_next(p->keywords, &pos, &k, &v)) {
        wf_strbuf_append_cstr(&b, ", ");
        if (wf_strbuf_append_str_of(&b, k) < 0) { rc = -1; break; }
        wf_strbuf_append_char(&b, '=');
        rc = wf_strbuf_append_repr_of(&b, v);
    }
    wf_leave_recursive_call();
    if (rc < 0) {
        wf_strbuf_free(&b);
        return WF_NULL;
    }
    wf_strbuf_append_char(&b, ')');
    return wf_strbuf_finish(&b);
}

static WfValue partial_get_func(WfValue self) { return wf_newref(((Partial *)self)->func); }
static WfValue partial_get_args(WfValue self) { return wf_newref(((Partial *)self)->args); }
static WfValue partial_get_keywords(WfValue self) { return wf_newref(((Partial *)self)->keywords); }

static const WfGetSetDef partial_getsets[] = {
    {"func", partial_get_func, NULL, "function object to use in future partial calls"},
    {"args", partial_get_args, NULL, "tuple of arguments to future partial calls"},
    {"keywords", partial_get_keywords, NULL, "dictionary of keyword arguments to future partial calls"},
    {NULL, NULL, NULL, NULL},
};

static WfType partial_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "functools.partial",
    .basicsize = sizeof(Partial),
    .flags = WF_TPFLAGS_BASETYPE,
    .dictoffset = offsetof(Partial, dict),
    .dealloc = partial_dealloc,
    .repr = partial_repr,
    .call = partial_call,
    .new_ = partial_new,
    .init = partial_init,
    .getsets = partial_getsets,
};

// ---- cmp_to_key ----------------------------------------------------------------------------------

typedef struct KeyWrapper {
    WfObject ob;
    WfValue cmp;    // owned
    WfValue obj;    // owned; NULL for the factory returned by cmp_to_key
} KeyWrapper;

static WfType keywrapper_type;

static void keywrapper_dealloc(WfValue self) {
    KeyWrapper *k = (KeyWrapper *)self;
    wf_clear(&k->cmp);
    wf_clear(&k->obj);
    wf_object_free(self);
}

static WfValue keywrapper_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"obj"};
    WfValue a[1];
    if (wf_args_parse("K", args, nargs, kwnames, names, 1, 1, 1, a) < 0) return WF_NULL;
    KeyWrapper *k = (KeyWrapper *)wf_object_alloc(&keywrapper_type, sizeof(KeyWrapper));
    if (!k) return WF_NULL;
    k->cmp = wf_newref(((KeyWrapper *)self)->cmp);
    k->obj = wf_newref(a[0]);
    return (WfValue)k;
}

static WfValue keywrapper_richcompare(WfValue a, WfValue b, int op) {
    if (WF_IS_SMALLINT(b) || b->type != &keywrapper_type || !((KeyWrapper *)a)->obj ||
        !((KeyWrapper *)b)->obj) {
        wf_err_set_str(wf_TypeError, "other argument must be K instance");
        return WF_NULL;
    }
    WfValue r = wf_call2(((KeyWrapper *)a)->cmp, ((KeyWrapper *)a)->obj, ((KeyWrapper *)b)->obj);
    if (!r) return WF_NULL;
    WfValue res = wf_richcompare(r, WF_FROM_SMALLINT(0), op);
    wf_decref(r);
    return res;
}

static WfValue keywrapper_get_obj(WfValue self) {
    KeyWrapper *k = (KeyWrapper *)self;
    if (!k->obj) {
        wf_err_set_str(wf_AttributeError, "obj");
        return WF_NULL;
    }
    return wf_newref(k->obj);
}

static const WfGetSetDef keywrapper_getsets[] = {
    {"obj", keywrapper_get_obj, NULL, "Value wrapped by a key function."},
    {NULL, NULL, NULL, NULL},
};

static WfType keywrapper_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(KeyWrapper),
    .dealloc = keywrapper_dealloc,
    .call = keywrapper_call,
    .richcompare = keywrapper_richcompare,
    .getsets = keywrapper_getsets,
};

static WfValue functools_cmp_to_key(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"mycmp"};
    WfValue a[1];
    if (wf_args_parse("cmp_to_key", args, nargs, kwnames, names, 1, 1, 1, a) < 0) return WF_NULL;
    KeyWrapper *k = (KeyWrapper *)wf_object_alloc(&keywrapper_type, sizeof(KeyWrapper));
    if (!k) return WF_NULL;
    k->cmp = wf_newref(a[0]);
    return (WfValue)k;
}

static const WfMethodDef functools_functions[] = {
    {"reduce", functools_reduce, 0, "reduce(function, iterable[, initial]) -> value"},
    {"cmp_to_key", functools_cmp_to_key, 0, "Convert a cmp= function into a key= function."},
    {NULL, NULL, 0, NULL},
};

WfValue wf_functools_module_init(void) {
    if (wf_type_ready(&partial_type) < 0 || wf_type_ready(&keywrapper_type) < 0) return WF_NULL;
    WfValue m = wf_module_new("_functools");
    if (!m) return WF_NULL;
    if (wf_module_add_functions(m, functools_functions) < 0 ||
        wf_module_set(m, "partial", WF_TYPE_VALUE(&partial_type)) < 0) {
        wf_decref(m);
        return WF_NULL;
    }
    return m;
}
