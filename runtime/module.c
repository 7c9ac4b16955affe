// module.c — module objects: a namespace dict with __name__, attribute
// access through it (with module-level __getattr__, PEP 562), and the helpers
// native modules use to fill themselves.
//
// Invariant: m->dict is always a dict (created with the module, never NULL
// while the module lives). GIL: callers hold it.
#include <string.h>

#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/exc_ext.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/args.h"
#include "runtime/native.h"
#include "runtime/module.h"
#include "runtime/type_internal.h"

// The full layout: what module.h shows plus a flag for modules made by C code
// (native modules print as "<module 'sys' (built-in)>").
typedef struct WfModuleFull {
    WfModule m;
    bool builtin;
} WfModuleFull;

static int module_fill(WfValue dict, WfValue name, WfValue doc) {
    if (wf_dict_set_cstr(dict, "__name__", name) < 0 ||
        wf_dict_set_cstr(dict, "__doc__", doc ? doc : WF_NONE) < 0 ||
        wf_dict_set_cstr(dict, "__package__", WF_NONE) < 0 ||
        wf_dict_set_cstr(dict, "__loader__", WF_NONE) < 0 ||
        wf_dict_set_cstr(dict, "__spec__", WF_NONE) < 0)
        return -1;
    return 0;
}

static WfValue module_alloc(WfType *type) {
    WfModule *m = (WfModule *)wf_object_alloc(type, type->basicsize);
    if (!m) return WF_NULL;
    m->dict = wf_dict_new();
    if (!m->dict) {
        wf_decref((WfValue)m);
        return WF_NULL;
    }
    return (WfValue)m;
}

WfValue wf_module_new(const char *name) {
    WfValue m = module_alloc(&wf_module_type);
    if (!m) return WF_NULL;
    ((WfModuleFull *)m)->builtin = true;
    WfValue n = wf_str_from_cstr(name);
    if (!n || module_fill(((WfModule *)m)->dict, n, WF_NULL) < 0) {
        wf_xdecref(n);
        wf_decref(m);
        return WF_NULL;
    }
    wf_decref(n);
    return m;
}

WfValue wf_module_dict(WfValue module) {
    return ((WfModule *)module)->dict;
}

int wf_module_set(WfValue module, const char *name, WfValue value) {
    WfValue key = wf_str_intern(name);
    if (!key) return -1;
    int r = wf_dict_set(((WfModule *)module)->dict, key, value);
    wf_decref(key);
    return r;
}

int wf_module_set_steal(WfValue module, const char *name, WfValue value) {
    if (!value) return -1;
    int r = wf_module_set(module, name, value);
    wf_decref(value);
    return r;
}

int wf_module_add_functions(WfValue module, const WfMethodDef *defs) {
    for (const WfMethodDef *d = defs; d && d->name; d++)
        if (wf_module_set_steal(module, d->name, wf_native_func_new(d, module)) < 0) return -1;
    return 0;
}

// ---- the module type -----------------------------------------------------------------

static void module_dealloc(WfValue self) {
    wf_clear(&((WfModule *)self)->dict);
    wf_object_free(self);
}

static WfValue module_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    return module_alloc(type);
}

static int module_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"name", "doc"};
    WfValue a[2];
    if (wf_args_parse("module", args, nargs, kwnames, names, 2, 1, 2, a) < 0) return -1;
    if (!wf_is_str(a[0])) {
        wf_err_format(wf_TypeError, "module() argument 'name' must be str, not %s",
                      wf_type_name(a[0]));
        return -1;
    }
    return module_fill(((WfModule *)self)->dict, a[0], a[1]);
}

static WfValue module_repr(WfValue self) {
    WfValue d = ((WfModule *)self)->dict;
    WfValue name = WF_NULL, file = WF_NULL, r = WF_NULL;
    if (wf_dict_get_cstr_ref(d, "__name__", &name) < 0) return WF_NULL;
    if (wf_dict_get_cstr_ref(d, "__file__", &file) < 0) goto done;
    WfValue nr = name ? wf_repr(name) : wf_str_from_cstr("'?'");
    if (!nr) goto done;
    if (file) {
        WfValue fr = wf_repr(file);
        if (fr) r = wf_str_from_format("<module %s from %s>", wf_str_cstr(nr), wf_str_cstr(fr));
        wf_xdecref(fr);
    } else if (((WfModuleFull *)self)->builtin) {
        r = wf_str_from_format("<module %s (built-in)>", wf_str_cstr(nr));
    } else {
        r = wf_str_from_format("<module %s>", wf_str_cstr(nr));
    }
    wf_decref(nr);
done:
    wf_xdecref(name);
    wf_xdecref(file);
    return r;
}

static WfValue module_getattro(WfValue self, WfValue name) {
    WfValue r = wf_generic_getattr_impl(self, name, true);
    if (r || wf_err_occurred()) return r;
    WfValue d = ((WfModule *)self)->dict;
    WfValue getattr;
    int found = wf_dict_get_cstr_ref(d, "__getattr__", &getattr);
    if (found < 0) return WF_NULL;
    if (found) {
        r = wf_call1(getattr, name);
        wf_decref(getattr);
        return r;
    }
    WfValue modname;
    found = wf_dict_get_cstr_ref(d, "__name__", &modname);
    if (found < 0) return WF_NULL;
    if (found && wf_is_str(modname))
        wf_err_attribute_format(self, name, "module '%s' has no attribute '%s'",
                                wf_str_cstr(modname), wf_str_cstr(name));
    else
        wf_err_attribute_format(self, name, "module has no attribute '%s'", wf_str_cstr(name));
    if (found) wf_decref(modname);
    return WF_NULL;
}

static WfValue module_get_dict(WfValue self) {
    return wf_newref(((WfModule *)self)->dict);
}

static const WfGetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static WfValue module_dir(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__dir__", nargs, 0, 0) < 0) return WF_NULL;
    WfValue d = ((WfModule *)self)->dict;
    WfValue f;
    int found = wf_dict_get_cstr_ref(d, "__dir__", &f);
    if (found < 0) return WF_NULL;
    if (found) {
        WfValue r = wf_call0(f);
        wf_decref(f);
        return r;
    }
    WfValue l = wf_list_new(0);
    if (!l) return WF_NULL;
    size_t pos = 0;
    WfValue k;
    while (wf_dict_next(d, &pos, &k, NULL))
        if (wf_list_append(l, k) < 0) {
            wf_decref(l);
            return WF_NULL;
        }
    return l;
}

static const WfMethodDef module_methods[] = {
    {"__dir__", module_dir, 0, "__dir__() -> list\nspecialized dir() implementation"},
    {NULL, NULL, 0, NULL},
};

WfType wf_module_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "module",
    .basicsize = sizeof(WfModuleFull),
    .flags = WF_TPFLAGS_BASETYPE,
    .dictoffset = offsetof(WfModule, dict),
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattro,
    .setattr = wf_generic_setattr,
    .new_ = module_new,
    .init = module_init,
    .methods = module_methods,
    .getsets = module_getsets,
};
