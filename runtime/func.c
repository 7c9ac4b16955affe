// func.c — function objects (a code object plus globals, defaults, closure),
// cells (closure variables) and bound methods. Calling a function goes
// through the VM (wf_eval_call_function), which pushes a frame; a bound
// method prepends its receiver. Invariant: a function's builtins is always a
// dict, resolved once when the function is created.
// GIL rule: plain refcounted objects, touched only with the GIL held.
#include "runtime/func.h"

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
#include "vm/code.h"
#include "vm/eval.h"
#include "vm/tstate.h"

// ---- functions --------------------------------------------------------------------------

// The builtins dict that code run with [globals] resolves against (borrowed).
static WfValue builtins_for(WfValue globals) {
    WfValue b = wf_is_dict(globals) ? wf_dict_get_str_borrowed(globals, WF_ID(__builtins__)) : WF_NULL;
    if (b) {
        if (!WF_IS_SMALLINT(b) && b->type == &wf_module_type) return wf_module_dict(b);
        if (wf_is_dict(b)) return b;
    }
    return wf_interp.builtins;
}

WfValue wf_function_new(WfValue code, WfValue globals, WfValue qualname) {
    if (!wf_is_code(code)) {
        wf_err_format(wf_TypeError, "function() argument 'code' must be code, not %s", wf_type_name(code));
        return WF_NULL;
    }
    WfCode *co = (WfCode *)code;
    WfFunction *f = (WfFunction *)wf_object_alloc(&wf_function_type, sizeof(WfFunction));
    if (!f) return WF_NULL;
    f->code = wf_newref(code);
    f->globals = wf_newref(globals);
    WfValue b = builtins_for(globals);
    f->builtins = b ? wf_newref(b) : wf_dict_new();
    if (!f->builtins) {
        wf_decref((WfValue)f);
        return WF_NULL;
    }
    f->name = wf_newref(co->name);
    f->qualname = wf_newref(qualname ? qualname : (co->qualname ? co->qualname : co->name));
    WfValue mod = wf_is_dict(globals) ? wf_dict_get_str_borrowed(globals, WF_ID(__name__)) : WF_NULL;
    f->module = wf_newref(mod ? mod : WF_NONE);
    WfValue doc = WF_NONE;
    if ((co->flags & WF_CO_HAS_DOCSTRING) && co->consts && WF_TUPLE_LEN(co->consts) > 0)
        doc = WF_TUPLE_GET(co->consts, 0);
    f->doc = wf_newref(doc);
    return (WfValue)f;
}

static void function_dealloc(WfValue self) {
    WfFunction *f = (WfFunction *)self;
    wf_clear(&f->code);
    wf_clear(&f->globals);
    wf_clear(&f->builtins);
    wf_clear(&f->name);
    wf_clear(&f->qualname);
    wf_clear(&f->module);
    wf_clear(&f->defaults);
    wf_clear(&f->kwdefaults);
    wf_clear(&f->closure);
    wf_clear(&f->annotations);
    wf_clear(&f->doc);
    wf_clear(&f->dict);
    wf_object_free(self);
}

static WfValue function_repr(WfValue self) {
    WfFunction *f = (WfFunction *)self;
    return wf_str_from_format("<function %s at %p>", wf_str_cstr(f->qualname), (void *)self);
}

static WfValue function_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_eval_call_function(self, args, nargs, kwnames);
}

static WfValue function_descr_get(WfValue descr, WfValue obj, WfValue type) {
    if (!obj || obj == WF_NONE) return wf_newref(descr);
    return wf_method_new(descr, obj);
}

static WfValue function_get_code(WfValue self) { return wf_newref(((WfFunction *)self)->code); }

static int function_set_code(WfValue self, WfValue value) {
    WfFunction *f = (WfFunction *)self;
    if (!value || !wf_is_code(value)) {
        wf_err_set_str(wf_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    int nfrees = ((WfCode *)value)->nfrees;
    size_t nclosure = f->closure ? WF_TUPLE_LEN(f->closure) : 0;
    if ((size_t)nfrees != nclosure) {
        wf_err_format(wf_ValueError, "%s() requires a code object with %zu free vars, not %d",
                      wf_str_cstr(f->name), nclosure, nfrees);
        return -1;
    }
    wf_setref(&f->code, value);
    return 0;
}

static WfValue function_get_defaults(WfValue self) {
    WfValue d = ((WfFunction *)self)->defaults;
    return wf_newref(d ? d : WF_NONE);
}

static int function_set_defaults(WfValue self, WfValue value) {
    WfFunction *f = (WfFunction *)self;
    if (value == WF_NONE) value = WF_NULL;
    if (value && !wf_is_tuple(value)) {
        wf_err_set_str(wf_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    if (value && WF_TUPLE_LEN(value) == 0) value = WF_NULL;
    wf_setref(&f->defaults, value);
    return 0;
}

static WfValue function_get_kwdefaults(WfValue self) {
    WfValue d = ((WfFunction *)self)->kwdefaults;
    return wf_newref(d ? d : WF_NONE);
}

static int function_set_kwdefaults(WfValue self, WfValue value) {
    WfFunction *f = (WfFunction *)self;
    if (value == WF_NONE) value = WF_NULL;
    if (value && !wf_is_dict(value)) {
        wf_err_set_str(wf_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    wf_setref(&f->kwdefaults, value);
    return 0;
}

static WfValue function_get_globals(WfValue self) { return wf_newref(((WfFunction *)self)->globals); }
static WfValue function_get_builtins(WfValue self) { return wf_newref(((WfFunction *)self)->builtins); }

static WfValue function_get_closure(WfValue self) {
    WfValue c = ((WfFunction *)self)->closure;
    return wf_newref(c ? c : WF_NONE);
}

static WfValue function_get_name(WfValue self) { return wf_newref(((WfFunction *)self)->name); }

static int function_set_name(WfValue self, WfValue value) {
    if (!value || !wf_is_str(value)) {
        wf_err_set_str(wf_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    wf_setref(&((WfFunction *)self)->name, value);
    return 0;
}

static WfValue function_get_qualname(WfValue self) { return wf_newref(((WfFunction *)self)->qualname); }

static int function_set_qualname(WfValue self, WfValue value) {
    if (!value || !wf_is_str(value)) {
        wf_err_set_str(wf_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    wf_setref(&((WfFunction *)self)->qualname, value);
    return 0;
}

static WfValue function_get_module(WfValue self) {
    WfValue m = ((WfFunction *)self)->module;
    return wf_newref(m ? m : WF_NONE);
}

static int function_set_module(WfValue self, WfValue value) {
    wf_setref(&((WfFunction *)self)->module, value ? value : WF_NONE);
    return 0;
}

static WfValue function_get_doc(WfValue self) {
    WfValue d = ((WfFunction *)self)->doc;
    return wf_newref(d ? d : WF_NONE);
}

static int function_set_doc(WfValue self, WfValue value) {
    wf_setref(&((WfFunction *)self)->doc, value ? value : WF_NONE);
    return 0;
}

static WfValue function_get_annotations(WfValue self) {
    WfFunction *f = (WfFunction *)self;
    if (!f->annotations || f->annotations == WF_NONE) {
        WfValue d = wf_dict_new();
        if (!d) return WF_NULL;
        wf_xdecref(f->annotations);
        f->annotations = d;
    }
    return wf_newref(f->annotations);
}

static int function_set_annotations(WfValue self, WfValue value) {
    if (value == WF_NONE) value = WF_NULL;
    if (value && !wf_is_dict(value)) {
        wf_err_set_str(wf_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    wf_setref(&((WfFunction *)self)->annotations, value);
    return 0;
}

static WfValue function_get_dict(WfValue self) {
    WfFunction *f = (WfFunction *)self;
    if (!f->dict) {
        f->dict = wf_dict_new();
        if (!f->dict) return WF_NULL;
    }
    return wf_newref(f->dict);
}

static int function_set_dict(WfValue self, WfValue value) {
    if (!value) {
        wf_err_set_str(wf_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!wf_is_dict(value)) {
        wf_err_format(wf_TypeError, "__dict__ must be set to a dictionary, not a '%s'", wf_type_name(value));
        return -1;
    }
    wf_setref(&((WfFunction *)self)->dict, value);
    return 0;
}

static WfValue function_get_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs < 1 || nargs > 2) {
        wf_err_format(wf_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        return WF_NULL;
    }
    WfValue obj = args[0];
    WfValue type = nargs > 1 ? args[1] : WF_NONE;
    if (obj == WF_NONE && type == WF_NONE) {
        wf_err_set_str(wf_TypeError, "__get__(None, None) is invalid");
        return WF_NULL;
    }
    return function_descr_get(self, obj, type);
}

static const WfGetSetDef function_getsets[] = {
    {"__code__", function_get_code, function_set_code, NULL},
    {"__defaults__", function_get_defaults, function_set_defaults, NULL},
    {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults, NULL},
    {"__globals__", function_get_globals, NULL, NULL},
    {"__builtins__", function_get_builtins, NULL, NULL},
    {"__closure__", function_get_closure, NULL, NULL},
    {"__name__", function_get_name, function_set_name, NULL},
    {"__qualname__", function_get_qualname, function_set_qualname, NULL},
    {"__module__", function_get_module, function_set_module, NULL},
    {"__doc__", function_get_doc, function_set_doc, NULL},
    {"__annotations__", function_get_annotations, function_set_annotations, NULL},
    {"__dict__", function_get_dict, function_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

static const WfMethodDef function_methods[] = {
    {"__get__", function_get_method, 0, "Return an attribute of instance, which is of type owner."},
    {NULL, NULL, 0, NULL},
};

WfType wf_function_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "function",
    .basicsize = sizeof(WfFunction),
    .dictoffset = offsetof(WfFunction, dict),
    .dealloc = function_dealloc,
    .repr = function_repr,
    .call = function_call,
    .descr_get = function_descr_get,
    .getsets = function_getsets,
    .methods = function_methods,
};

// ---- cells --------------------------------------------------------------------------------

WfValue wf_cell_new(WfValue contents) {
    WfCell *c = (WfCell *)wf_object_alloc(&wf_cell_type, sizeof(WfCell));
    if (!c) return WF_NULL;
    c->ref = contents;
    wf_xincref(contents);
    return (WfValue)c;
}

static void cell_dealloc(WfValue self) {
    wf_clear(&((WfCell *)self)->ref);
    wf_object_free(self);
}

static WfValue cell_repr(WfValue self) {
    WfValue v = ((WfCell *)self)->ref;
    if (!v) return wf_str_from_format("<cell at %p: empty>", (void *)self);
    return wf_str_from_format("<cell at %p: %s object at %p>", (void *)self, wf_type_name(v), (void *)v);
}

static WfValue cell_get_contents(WfValue self) {
    WfValue v = ((WfCell *)self)->ref;
    if (!v) {
        wf_err_set_str(wf_ValueError, "Cell is empty");
        return WF_NULL;
    }
    return wf_newref(v);
}

static int cell_set_contents(WfValue self, WfValue value) {
    wf_setref(&((WfCell *)self)->ref, value);
    return 0;
}

static WfValue cell_richcompare(WfValue a, WfValue b, int op) {
    if (wf_type(a) != &wf_cell_type || wf_type(b) != &wf_cell_type) return wf_newref(WF_NOTIMPLEMENTED);
    WfValue x = ((WfCell *)a)->ref, y = ((WfCell *)b)->ref;
    if (x && y) return wf_richcompare(x, y, op);
    // An empty cell sorts before a full one.
    int cx = x != WF_NULL, cy = y != WF_NULL, r;
    switch (op) {
    case WF_LT: r = cx < cy; break;
    case WF_LE: r = cx <= cy; break;
    case WF_EQ: r = cx == cy; break;
    case WF_NE: r = cx != cy; break;
    case WF_GT: r = cx > cy; break;
    default: r = cx >= cy; break;
    }
    return wf_bool(r);
}

static const WfGetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL},
    {NULL, NULL, NULL, NULL},
};

WfType wf_cell_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "cell",
    .basicsize = sizeof(WfCell),
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .getsets = cell_getsets,
};

// ---- bound methods --------------------------------------------------------------------------

WfValue wf_method_new(WfValue func, WfValue self) {
    WfMethod *m = (WfMethod *)wf_object_alloc(&wf_method_type, sizeof(WfMethod));
    if (!m) return WF_NULL;
    m->func = wf_newref(func);
    m->self = wf_newref(self);
    return (WfValue)m;
}

static void method_dealloc(WfValue self) {
    WfMethod *m = (WfMethod *)self;
    wf_clear(&m->func);
    wf_clear(&m->self);
    wf_object_free(self);
}

static WfValue method_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfMethod *m = (WfMethod *)self;
    size_t total = nargs + (kwnames ? WF_TUPLE_LEN(kwnames) : 0);
    WfValue small[8];
    WfValue *argv = total + 1 <= 8 ? small : malloc((total + 1) * sizeof(WfValue));
    if (!argv) return wf_err_no_memory();
    argv[0] = m->self;
    if (total) memcpy(argv + 1, args, total * sizeof(WfValue));
    // Keep the method's parts alive even if the call drops the method.
    WfValue func = wf_newref(m->func), recv = wf_newref(m->self);
    WfValue r = wf_call(func, argv, nargs + 1, kwnames);
    wf_decref(func);
    wf_decref(recv);
    if (argv != small) free(argv);
    return r;
}

static WfValue method_repr(WfValue self) {
    WfMethod *m = (WfMethod *)self;
    WfValue name = WF_NULL;
    if (wf_getattr_opt(m->func, WF_ID(__qualname__), &name) < 0) return WF_NULL;
    if (!name && wf_getattr_opt(m->func, WF_ID(__name__), &name) < 0) return WF_NULL;
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append_cstr(&b, "<bound method ");
    if (name && wf_is_str(name)) wf_strbuf_append_cstr(&b, wf_str_cstr(name));
    else wf_strbuf_append_cstr(&b, "?");
    wf_xdecref(name);
    wf_strbuf_append_cstr(&b, " of ");
    if (wf_strbuf_append_repr_of(&b, m->self) < 0) {
        wf_strbuf_free(&b);
        return WF_NULL;
    }
    wf_strbuf_append_char(&b, '>');
    return wf_strbuf_finish(&b);
}

static WfValue method_getattr(WfValue self, WfValue name) {
    // Attributes of the method type first (__func__, __self__, ...), then the function's.
    WfValue descr = wf_type_lookup(&wf_method_type, name);
    if (descr) return wf_generic_getattr(self, name);
    return wf_getattr(((WfMethod *)self)->func, name);
}

static WfValue method_richcompare(WfValue a, WfValue b, int op) {
    if ((op != WF_EQ && op != WF_NE) || wf_type(a) != &wf_method_type || wf_type(b) != &wf_method_type)
        return wf_newref(WF_NOTIMPLEMENTED);
    WfMethod *x = (WfMethod *)a, *y = (WfMethod *)b;
    int eq = x->self == y->self;
    if (eq) {
        eq = wf_richcompare_bool(x->func, y->func, WF_EQ);
        if (eq < 0) return WF_NULL;
    }
    return wf_bool(op == WF_EQ ? eq : !eq);
}

static WfHash method_hash(WfValue self) {
    WfMethod *m = (WfMethod *)self;
    WfHash h = wf_hash(m->func);
    if (h == -1) return -1;
    WfHash x = (WfHash)((uintptr_t)m->self >> 4) ^ h;
    return x == -1 ? -2 : x;
}

static WfValue method_get_func(WfValue self) { return wf_newref(((WfMethod *)self)->func); }
static WfValue method_get_self(WfValue self) { return wf_newref(((WfMethod *)self)->self); }
static WfValue method_get_doc(WfValue self) { return wf_getattr(((WfMethod *)self)->func, WF_ID(__doc__)); }

static const WfGetSetDef method_getsets[] = {
    {"__func__", method_get_func, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL},
    {"__doc__", method_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

// method(function, instance) — types.MethodType.
static WfValue method_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("method", kwnames) < 0 || wf_args_count("method", nargs, 2, 2) < 0) return WF_NULL;
    if (!wf_callable(args[0])) {
        wf_err_set_str(wf_TypeError, "first argument must be callable");
        return WF_NULL;
    }
    if (args[1] == WF_NONE) {
        wf_err_set_str(wf_TypeError, "instance must not be None");
        return WF_NULL;
    }
    return wf_method_new(args[0], args[1]);
}

WfType wf_method_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "method",
    .basicsize = sizeof(WfMethod),
    .new_ = method_new,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .getsets = method_getsets,
};
