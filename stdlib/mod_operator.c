// mod_operator.c — the `operator` module: every operator as a function
// (add, sub, mul, ..., the in-place forms, comparisons, truth, is_,
// contains, getitem/setitem/delitem, index, length_hint, call) and the
// itemgetter / attrgetter / methodcaller callables with CPython's reprs.
#include <string.h>

#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/native_inits.h"

static int nargs_exact(const char *name, size_t nargs, WfValue kwnames, size_t n) {
    if (wf_args_no_kw(name, kwnames) < 0) return -1;
    if (nargs != n) {
        if (n == 1)
            wf_err_format(wf_TypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
        else
            wf_err_format(wf_TypeError, "%s expected %zu arguments, got %zu", name, n, nargs);
        return -1;
    }
    return 0;
}

#define BINOP(pyname, op)                                                                       \
    static WfValue op_##pyname(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {   \
        if (nargs_exact(#pyname, nargs, kwnames, 2) < 0) return WF_NULL;                       \
        return wf_binary_op(args[0], args[1], op);                                              \
    }
BINOP(add, WF_BINOP_ADD)
BINOP(sub, WF_BINOP_SUB)
BINOP(mul, WF_BINOP_MUL)
BINOP(truediv, WF_BINOP_TRUEDIV)
BINOP(floordiv, WF_BINOP_FLOORDIV)
BINOP(mod, WF_BINOP_MOD)
BINOP(pow, WF_BINOP_POW)
BINOP(lshift, WF_BINOP_LSHIFT)
BINOP(rshift, WF_BINOP_RSHIFT)
BINOP(and_, WF_BINOP_AND)
BINOP(or_, WF_BINOP_OR)
BINOP(xor, WF_BINOP_XOR)
BINOP(matmul, WF_BINOP_MATMUL)
BINOP(iadd, WF_BINOP_INPLACE + WF_BINOP_ADD)
BINOP(isub, WF_BINOP_INPLACE + WF_BINOP_SUB)
BINOP(imul, WF_BINOP_INPLACE + WF_BINOP_MUL)
BINOP(itruediv, WF_BINOP_INPLACE + WF_BINOP_TRUEDIV)
BINOP(ifloordiv, WF_BINOP_INPLACE + WF_BINOP_FLOORDIV)
BINOP(imod, WF_BINOP_INPLACE + WF_BINOP_MOD)
BINOP(ipow, WF_BINOP_INPLACE + WF_BINOP_POW)
BINOP(ilshift, WF_BINOP_INPLACE + WF_BINOP_LSHIFT)
BINOP(irshift, WF_BINOP_INPLACE + WF_BINOP_RSHIFT)
BINOP(iand, WF_BINOP_INPLACE + WF_BINOP_AND)
BINOP(ior, WF_BINOP_INPLACE + WF_BINOP_OR)
BINOP(ixor, WF_BINOP_INPLACE + WF_BINOP_XOR)
BINOP(imatmul, WF_BINOP_INPLACE + WF_BINOP_MATMUL)

#define UNOP(pyname, op)                                                                        \
    static WfValue op_##pyname(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {   \
        if (nargs_exact(#pyname, nargs, kwnames, 1) < 0) return WF_NULL;                       \
        return wf_unary_op(args[0], op);                                                        \
    }
UNOP(neg, WF_UNOP_NEG)
UNOP(pos, WF_UNOP_POS)
UNOP(invert, WF_UNOP_INVERT)
UNOP(not_, WF_UNOP_NOT)

#define CMPOP(pyname, op)                                                                       \
    static WfValue op_##pyname(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {   \
        if (nargs_exact(#pyname, nargs, kwnames, 2) < 0) return WF_NULL;                       \
        return wf_richcompare(args[0], args[1], op);                                            \
    }
CMPOP(lt, WF_LT)
CMPOP(le, WF_LE)
CMPOP(eq, WF_EQ)
CMPOP(ne, WF_NE)
CMPOP(gt, WF_GT)
CMPOP(ge, WF_GE)

static WfValue op_abs(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("abs", nargs, kwnames, 1) < 0) return WF_NULL;
    WfType *t = wf_type(args[0]);
    if (!t->nb_abs) {
        wf_err_format(wf_TypeError, "bad operand type for abs(): '%s'", wf_type_name(args[0]));
        return WF_NULL;
    }
    return t->nb_abs(args[0]);
}

static WfValue op_truth(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("truth", nargs, kwnames, 1) < 0) return WF_NULL;
    int t = wf_is_true(args[0]);
    if (t < 0) return WF_NULL;
    return wf_bool(t);
}

static WfValue op_is_(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("is_", nargs, kwnames, 2) < 0) return WF_NULL;
    return wf_bool(args[0] == args[1]);
}

static WfValue op_is_not(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("is_not", nargs, kwnames, 2) < 0) return WF_NULL;
    return wf_bool(args[0] != args[1]);
}

static WfValue op_contains(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("contains", nargs, kwnames, 2) < 0) return WF_NULL;
    int r = wf_contains(args[0], args[1]);
    if (r < 0) return WF_NULL;
    return wf_bool(r);
}

static WfValue op_countOf(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("countOf", nargs, kwnames, 2) < 0) return WF_NULL;
    WfValue it = wf_iter(args[0]), item;
    if (!it) return WF_NULL;
    int64_t n = 0;
    int r;
    while ((r = wf_iter_next_ref(it, &item)) > 0) {
        int eq = item == args[1] ? 1 : wf_richcompare_bool(item, args[1], WF_EQ);
        wf_decref(item);
        if (eq < 0) { r = -1; break; }
        n += eq;
    }
    wf_decref(it);
    if (r < 0) return WF_NULL;
    return wf_int_from_i64(n);
}

static WfValue op_indexOf(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("indexOf", nargs, kwnames, 2) < 0) return WF_NULL;
    WfValue it = wf_iter(args[0]), item;
    if (!it) return WF_NULL;
    int64_t n = 0;
    int r;
    while ((r = wf_iter_next_ref(it, &item)) > 0) {
        int eq = item == args[1] ? 1 : wf_richcompare_bool(item, args[1], WF_EQ);
        wf_decref(item);
        if (eq < 0) { r = -1; break; }
        if (eq) {
            wf_decref(it);
            return wf_int_from_i64(n);
        }
        n++;
    }
    wf_decref(it);
    if (r < 0) return WF_NULL;
    wf_err_set_str(wf_ValueError, "sequence.index(x): x not in sequence");
    return WF_NULL;
}

static WfValue op_getitem(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("getitem", nargs, kwnames, 2) < 0) return WF_NULL;
    return wf_getitem(args[0], args[1]);
}

static WfValue op_setitem(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("setitem", nargs, kwnames, 3) < 0) return WF_NULL;
    if (wf_setitem(args[0], args[1], args[2]) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue op_delitem(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("delitem", nargs, kwnames, 2) < 0) return WF_NULL;
    if (wf_delitem(args[0], args[1]) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue op_concat(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("concat", nargs, kwnames, 2) < 0) return WF_NULL;
    if (!wf_type(args[0])->getitem) {
        wf_err_format(wf_TypeError, "'%s' object can't be concatenated", wf_type_name(args[0]));
        return WF_NULL;
    }
    return wf_binary_op(args[0], args[1], WF_BINOP_ADD);
}

static WfValue op_iconcat(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("iconcat", nargs, kwnames, 2) < 0) return WF_NULL;
    if (!wf_type(args[0])->getitem) {
        wf_err_format(wf_TypeError, "'%s' object can't be concatenated", wf_type_name(args[0]));
        return WF_NULL;
    }
    return wf_binary_op(args[0], args[1], WF_BINOP_INPLACE + WF_BINOP_ADD);
}

static WfValue op_index(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("index", nargs, kwnames, 1) < 0) return WF_NULL;
    WfValue v = args[0];
    if (wf_is_int(v)) {
        if (!WF_IS_SMALLINT(v) && v->type == &wf_bool_type) return WF_FROM_SMALLINT(((WfBool *)v)->value);
        return wf_newref(v);
    }
    if (wf_type(v)->nb_index) return wf_type(v)->nb_index(v);
    wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(v));
    return WF_NULL;
}

static WfValue op_length_hint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("length_hint", kwnames) < 0 || wf_args_count("length_hint", nargs, 1, 2) < 0)
        return WF_NULL;
    if (wf_type(args[0])->len) {
        intptr_t n = wf_len(args[0]);
        if (n >= 0) return wf_int_from_i64(n);
        if (!wf_err_matches(wf_TypeError)) return WF_NULL;
        wf_err_clear();
    }
    WfValue hint;
    int r = wf_getattr_opt(args[0], WF_ID(__length_hint__), &hint);
    if (r < 0) return WF_NULL;
    if (r > 0) {
        WfValue v = wf_call0(hint);
        wf_decref(hint);
        if (!v) return WF_NULL;
        if (v != WF_NOTIMPLEMENTED) return v;
        wf_decref(v);
    }
    return nargs == 2 ? wf_newref(args[1]) : WF_FROM_SMALLINT(0);
}

static WfValue op_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs < 1) {
        wf_err_set_str(wf_TypeError, "call() missing required argument 'obj' (pos 1)");
        return WF_NULL;
    }
    return wf_call(args[0], args + 1, nargs - 1, kwnames);
}

// ---- itemgetter / attrgetter / methodcaller -----------------------------------------------------

typedef struct Getter {
    WfObject ob;
    WfValue items;      // owned: tuple (items, attribute names split on '.', or call args)
    WfValue name;       // owned: methodcaller's name, else NULL
    WfValue kwargs;     // owned: methodcaller's keywords dict, else NULL
} Getter;

static WfType itemgetter_type, attrgetter_type, methodcaller_type;

static void getter_dealloc(WfValue self) {
    Getter *g = (Getter *)self;
    wf_clear(&g->items);
    wf_clear(&g->name);
    wf_clear(&g->kwargs);
    wf_object_free(self);
}

static WfValue itemgetter_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("itemgetter", kwnames) < 0) return WF_NULL;
    if (nargs < 1) {
        wf_err_set_str(wf_TypeError, "itemgetter expected 1 argument, got 0");
        return WF_NULL;
    }
    Getter *g = (Getter *)wf_object_alloc(type, sizeof(Getter));
    if (!g) return WF_NULL;
    g->items = wf_tuple_from_array(args, nargs);
    if (!g->items) { wf_decref((WfValue)g); return WF_NULL; }
    return (WfValue)g;
}

static WfValue itemgetter_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("itemgetter", nargs, kwnames, 1) < 0) return WF_NULL;
    Getter *g = (Getter *)self;
    size_t n = WF_TUPLE_LEN(g->items);
    if (n == 1) return wf_getitem(args[0], WF_TUPLE_GET(g->items, 0));
    WfValue t = wf_tuple_new(n);
    if (!t) return WF_NULL;
    for (size_t i = 0; i < n; i++) {
        WfValue v = wf_getitem(args[0], WF_TUPLE_GET(g->items, i));
        if (!v) {
            for (size_t j = i; j < n; j++) WF_TUPLE_SET_STEAL(t, j, wf_newref(WF_NONE));
            wf_decref(t);
            return WF_NULL;
        }
        WF_TUPLE_SET_STEAL(t, i, v);
    }
    return t;
}

static WfValue getter_repr_items(const char *name, WfValue items, size_t from) {
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_printf(&b, "operator.%s(", name);
    for (size_t i = from; i < WF_TUPLE_LEN(items); i++) {
        if (i > from) wf_strbuf_append_cstr(&b, ", ");
        if (wf_strbuf_append_repr_of(&b, WF_TUPLE_GET(items, i)) < 0) {
            wf_strbuf_free(&b);
            return WF_NULL;
        }
    }
    wf_strbuf_append_char(&b, ')');
    return wf_strbuf_finish(&b);
}

static WfValue itemgetter_repr(WfValue self) {
    return getter_repr_items("itemgetter", ((Getter *)self)->items, 0);
}

static WfValue attrgetter_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("attrgetter", kwnames) < 0) return WF_NULL;
    if (nargs < 1) {
        wf_err_set_str(wf_TypeError, "attrgetter expected 1 argument, got 0");
        return WF_NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (!wf_is_str(args[i])) {
            wf_err_set_str(wf_TypeError, "attribute name must be a string");
            return WF_NULL;
        }
    }
    Getter *g = (Getter *)wf_object_alloc(type, sizeof(Getter));
    if (!g) return WF_NULL;
    g->items = wf_tuple_from_array(args, nargs);
    if (!g->items) { wf_decref((WfValue)g); return WF_NULL; }
    return (WfValue)g;
}

// Follows a dotted attribute path.
static WfValue dotted_getattr(WfValue obj, WfValue path) {
    const char *s = WF_STR_DATA(path);
    if (!strchr(s, '.')) return wf_getattr(obj, path);
    WfValue cur = wf_newref(obj);
    while (cur) {
        const char *dot = strchr(s, '.');
        size_t n = dot ? (size_t)(dot - s) : strlen(s);
        WfValue name = wf_str_from_utf8(s, n);
        if (!name) { wf_decref(cur); return WF_NULL; }
        wf_str_intern_inplace(&name);
        WfValue next = wf_getattr(cur, name);
        wf_decref(name);
        wf_decref(cur);
        cur = next;
        if (!dot) break;
        s = dot + 1;
    }
    return cur;
}

static WfValue attrgetter_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("attrgetter", nargs, kwnames, 1) < 0) return WF_NULL;
    Getter *g = (Getter *)self;
    size_t n = WF_TUPLE_LEN(g->items);
    if (n == 1) return dotted_getattr(args[0], WF_TUPLE_GET(g->items, 0));
    WfValue t = wf_tuple_new(n);
    if (!t) return WF_NULL;
    for (size_t i = 0; i < n; i++) {
        WfValue v = dotted_getattr(args[0], WF_TUPLE_GET(g->items, i));
        if (!v) {
            for (size_t j = i; j < n; j++) WF_TUPLE_SET_STEAL(t, j, wf_newref(WF_NONE));
            wf_decref(t);
            return WF_NULL;
        }
        WF_TUPLE_SET_STEAL(t, i, v);
    }
    return t;
}

static WfValue attrgetter_repr(WfValue self) {
    return getter_repr_items("attrgetter", ((Getter *)self)->items, 0);
}

static WfValue methodcaller_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs < 1) {
        wf_err_set_str(wf_TypeError, "methodcaller needs at least one argument, the method name");
        return WF_NULL;
    }
    if (!wf_is_str(args[0])) {
        wf_err_set_str(wf_TypeError, "method name must be a string");
        return WF_NULL;
    }
    Getter *g = (Getter *)wf_object_alloc(type, sizeof(Getter));
    if (!g) return WF_NULL;
    g->name = wf_newref(args[0]);
    g->items = wf_tuple_from_array(args + 1, nargs - 1);
    g->kwargs = wf_dict_new();
    if (!g->items || !g->kwargs) { wf_decref((WfValue)g); return WF_NULL; }
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (wf_dict_set(g->kwargs, WF_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
            wf_decref((WfValue)g);
            return WF_NULL;
        }
    return (WfValue)g;
}

static WfValue methodcaller_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs_exact("methodcaller", nargs, kwnames, 1) < 0) return WF_NULL;
    Getter *g = (Getter *)self;
    WfValue meth = wf_getattr(args[0], g->name);
    if (!meth) return WF_NULL;
    WfValue r = wf_call_tuple_dict(meth, g->items, wf_dict_len(g->kwargs) ? g->kwargs : WF_NULL);
    wf_decref(meth);
    return r;
}

static WfValue methodcaller_repr(WfValue self) {
    Getter *g = (Getter *)self;
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append_cstr(&b, "operator.methodcaller(");
    int rc = wf_strbuf_append_repr_of(&b, g->name);
    for (size_t i = 0; rc == 0 && i < WF_TUPLE_LEN(g->items); i++) {
        wf_strbuf_append_cstr(&b, ", ");
        rc = wf_strbuf_append_repr_of(&b, WF_TUPLE_GET(g->items, i));
    }
    size_t pos = 0;
    WfValue k, v;
    while (rc == 0 && wf_dict_next(g->kwargs, &pos, &k, &v)) {
        wf_strbuf_append_cstr(&b, ", ");
        rc = wf_strbuf_append_str_of(&b, k);
        wf_strbuf_append_char(&b, '=');
        if (rc == 0) rc = wf_strbuf_append_repr_of(&b, v);
    }
    if (rc < 0) {
        wf_strbuf_free(&b);
        return WF_NULL;
    }
    wf_strbuf_append_char(&b, ')');
    return wf_strbuf_finish(&b);
}

static WfType itemgetter_type = {
    .ob = WF_STATIC_TYPE_HEAD, .name = "operator.itemgetter", .basicsize = sizeof(Getter),
    .dealloc = getter_dealloc, .repr = itemgetter_repr, .call = itemgetter_call, .new_ = itemgetter_new,
};
static WfType attrgetter_type = {
    .ob = WF_STATIC_TYPE_HEAD, .name = "operator.attrgetter", .basicsize = sizeof(Getter),
    .dealloc = getter_dealloc, .repr = attrgetter_repr, .call = attrgetter_call, .new_ = attrgetter_new,
};
static WfType methodcaller_type = {
    .ob = WF_STATIC_TYPE_HEAD, .name = "operator.methodcaller", .basicsize = sizeof(Getter),
    .dealloc = getter_dealloc, .repr = methodcaller_repr, .call = methodcaller_call,
    .new_ = methodcaller_new,
};

#define F(name) {#name, op_##name, 0, NULL}
#define D(dunder, name) {"__" #dunder "__", op_##name, 0, NULL}
static const WfMethodDef operator_functions[] = {
    F(add), F(sub), F(mul), F(truediv), F(floordiv), F(mod), F(pow), F(lshift), F(rshift),
    F(and_), F(or_), F(xor), F(matmul), F(iadd), F(isub), F(imul), F(itruediv), F(ifloordiv),
    F(imod), F(ipow), F(ilshift), F(irshift), F(iand), F(ior), F(ixor), F(imatmul), F(neg),
    F(pos), F(invert), F(not_), F(lt), F(le), F(eq), F(ne), F(gt), F(ge), F(abs), F(truth),
    F(is_), F(is_not), F(contains), F(countOf), F(indexOf), F(getitem), F(setitem), F(delitem),
    F(concat), F(iconcat), F(index), F(length_hint), F(call),
    {"inv", op_invert, 0, NULL},
    D(add, add), D(sub, sub), D(mul, mul), D(truediv, truediv), D(floordiv, floordiv),
    D(mod, mod), D(pow, pow), D(lshift, lshift), D(rshift, rshift), D(and, and_), D(or, or_),
    D(xor, xor), D(neg, neg), D(pos, pos), D(invert, invert), D(inv, invert), D(not, not_),
    D(lt, lt), D(le, le), D(eq, eq), D(ne, ne), D(gt, gt), D(ge, ge), D(abs, abs),
    D(contains, contains), D(getitem, getitem), D(setitem, setitem), D(delitem, delitem),
    D(concat, concat), D(index, index), D(iadd, iadd), D(isub, isub), D(imul, imul),
    D(matmul, matmul), D(call, call),
    {NULL, NULL, 0, NULL},
};
#undef F
#undef D

WfValue wf_operator_module_init(void) {
    if (wf_type_ready(&itemgetter_type) < 0 || wf_type_ready(&attrgetter_type) < 0 ||
        wf_type_ready(&methodcaller_type) < 0)
        return WF_NULL;
    WfValue m = wf_module_new("operator");
    if (!m) return WF_NULL;
    if (wf_module_add_functions(m, operator_functions) < 0 ||
        wf_module_set(m, "itemgetter", WF_TYPE_VALUE(&itemgetter_type)) < 0 ||
        wf_module_set(m, "attrgetter", WF_TYPE_VALUE(&attrgetter_type)) < 0 ||
        wf_module_set(m, "methodcaller", WF_TYPE_VALUE(&methodcaller_type)) < 0) {
        wf_decref(m);
        return WF_NULL;
    }
    return m;
}
