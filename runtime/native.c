// native.c — callables and descriptors implemented in C: builtin functions
// and bound builtin methods, method / classmethod / getset / member
// descriptors of types, and property, staticmethod, classmethod.
//
// Invariant: a descriptor never outlives the type it describes without a
// reference (descriptors live in their owner's dict; owner is borrowed).
// Every descriptor checks the receiver's type before handing it to C code,
// so a C method always gets an instance of the type it was written for.
#include <stdlib.h>
#include <string.h>

#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/exc_ext.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/module.h"
#include "runtime/args.h"
#include "runtime/native.h"
#include "runtime/native_ext.h"
#include "runtime/type.h"
#include "runtime/typecache.h"
#include "runtime/type_internal.h"

static WfValue get_none(WfValue self) {
    return wf_newref(WF_NONE);
}

static WfValue str_or_none(const char *s) {
    return s ? wf_str_from_cstr(s) : wf_newref(WF_NONE);
}

static bool is_module(WfValue v) {
    return v && !WF_IS_SMALLINT(v) && wf_type_is_subtype(v->type, &wf_module_type);
}

// ---- builtin_function_or_method ------------------------------------------------------

WfValue wf_native_func_new(const WfMethodDef *def, WfValue self) {
    WfNativeFunc *f = (WfNativeFunc *)wf_object_alloc(&wf_native_func_type, sizeof(WfNativeFunc));
    if (!f) return WF_NULL;
    f->def = def;
    f->self = self ? wf_newref(self) : WF_NULL;
    return (WfValue)f;
}

static void native_func_dealloc(WfValue self) {
    WfNativeFunc *f = (WfNativeFunc *)self;
    wf_clear(&f->self);
    wf_object_free(self);
}

static WfValue native_func_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfNativeFunc *f = (WfNativeFunc *)self;
    return f->def->fn(f->self, args, nargs, kwnames);
}

static WfValue native_func_repr(WfValue self) {
    WfNativeFunc *f = (WfNativeFunc *)self;
    if (!f->self || is_module(f->self))
        return wf_str_from_format("<built-in function %s>", f->def->name);
    return wf_str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                              wf_type_name(f->self), (void *)f->self);
}

static WfValue native_func_richcompare(WfValue a, WfValue b, int op) {
    if ((op != WF_EQ && op != WF_NE) || wf_type(b) != &wf_native_func_type)
        return wf_newref(WF_NOTIMPLEMENTED);
    WfNativeFunc *x = (WfNativeFunc *)a, *y = (WfNativeFunc *)b;
    bool eq = x->def == y->def && x->self == y->self;
    return wf_bool(op == WF_EQ ? eq : !eq);
}

static WfHash native_func_hash(WfValue self) {
    WfNativeFunc *f = (WfNativeFunc *)self;
    WfHash h = wf_hash_pointer(f->self) ^ wf_hash_pointer(f->def);
    return h == -1 ? -2 : h;
}

static WfValue native_func_get_name(WfValue self) {
    return wf_str_from_cstr(((WfNativeFunc *)self)->def->name);
}

static WfValue native_func_get_qualname(WfValue self) {
    WfNativeFunc *f = (WfNativeFunc *)self;
    if (!f->self || is_module(f->self)) return wf_str_from_cstr(f->def->name);
    WfType *t = wf_is_type(f->self) ? (WfType *)f->self : wf_type(f->self);
    return wf_str_from_format("%s.%s", wf_type_qualname_cstr(t), f->def->name);
}

static WfValue native_func_get_self(WfValue self) {
    WfNativeFunc *f = (WfNativeFunc *)self;
    return wf_newref(f->self ? f->self : WF_NONE);
}

static WfValue native_func_get_module(WfValue self) {
    WfNativeFunc *f = (WfNativeFunc *)self;
    if (is_module(f->self)) {
        WfValue name;
        int r = wf_dict_get_cstr_ref(wf_module_dict(f->self), "__name__", &name);
        if (r < 0) return WF_NULL;
        if (r) return name;
    }
    return wf_newref(WF_NONE);
}

static WfValue native_func_get_doc(WfValue self) {
    return str_or_none(((WfNativeFunc *)self)->def->doc);
}

static const WfGetSetDef native_func_getsets[] = {
    {"__name__", native_func_get_name, NULL, NULL},
    {"__qualname__", native_func_get_qualname, NULL, NULL},
    {"__self__", native_func_get_self, NULL, NULL},
    {"__module__", native_func_get_module, NULL, NULL},
    {"__doc__", native_func_get_doc, NULL, NULL},
    {"__text_signature__", get_none, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

WfType wf_native_func_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "builtin_function_or_method",
    .basicsize = sizeof(WfNativeFunc),
    .dealloc = native_func_dealloc,
    .repr = native_func_repr,
    .hash = native_func_hash,
    .richcompare = native_func_richcompare,
    .call = native_func_call,
    .getsets = native_func_getsets,
};

// ---- T.__new__ for static types -------------------------------------------------------------

static WfValue tp_new_wrapper(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfType *t = (WfType *)self;
    if (nargs < 1) {
        wf_err_format(wf_TypeError, "%s.__new__(): not enough arguments", t->name);
        return WF_NULL;
    }
    WfValue s = args[0];
    if (!wf_is_type(s)) {
        wf_err_format(wf_TypeError, "%s.__new__(X): X is not a type object (%s)", t->name,
                      wf_type_name(s));
        return WF_NULL;
    }
    WfType *sub = (WfType *)s;
    if (!wf_type_is_subtype(sub, t)) {
        wf_err_format(wf_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name,
                      sub->name, sub->name, t->name);
        return WF_NULL;
    }
    WfType *staticbase = sub;
    while (staticbase && staticbase->new_ == wf_slot_tp_new) staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != t->new_) {
        wf_err_format(wf_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name,
                      sub->name, staticbase->name);
        return WF_NULL;
    }
    return t->new_(sub, args + 1, nargs - 1, kwnames);
}

static const WfMethodDef tp_new_def = {
    "__new__", tp_new_wrapper, 0, "Create and return a new object.  See help(type) for accurate signature."};

WfValue wf_type_new_wrapper_new(WfType *type) {
    return wf_native_func_new(&tp_new_def, (WfValue)type);
}

bool wf_is_type_new_wrapper(WfValue v, WfType **owner) {
    if (WF_IS_SMALLINT(v) || v->type != &wf_native_func_type) return false;
    WfNativeFunc *f = (WfNativeFunc *)v;
    if (f->def != &tp_new_def) return false;
    *owner = (WfType *)f->self;
    return true;
}

// ---- method_descriptor / classmethod_descriptor ------------------------------------------------

static WfValue descr_new(WfType *type, const WfMethodDef *def, WfType *owner) {
    WfMethodDescr *d = (WfMethodDescr *)wf_object_alloc(type, sizeof(WfMethodDescr));
    if (!d) return WF_NULL;
    d->def = def;
    d->owner = owner;
    return (WfValue)d;
}

WfValue wf_method_descr_new(const WfMethodDef *def, WfType *owner) {
    return descr_new(&wf_method_descr_type, def, owner);
}

WfValue wf_classmethod_descr_new(const WfMethodDef *def, WfType *owner) {
    return descr_new(&wf_classmethod_descr_type, def, owner);
}

static void descr_dealloc(WfValue self) {
    wf_object_free(self);
}

static int check_receiver(const char *name, WfType *owner, WfValue obj) {
    if (wf_type(obj) == owner || wf_type_is_subtype(wf_type(obj), owner)) return 0;
    wf_err_format(wf_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  name, owner->name, wf_type_name(obj));
    return -1;
}

static WfValue method_descr_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfMethodDescr *d = (WfMethodDescr *)self;
    if (nargs < 1) {
        wf_err_format(wf_TypeError, "unbound method %s.%s() needs an argument",
                      wf_type_name_of(d->owner), d->def->name);
        return WF_NULL;
    }
    if (check_receiver(d->def->name, d->owner, args[0]) < 0) return WF_NULL;
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static WfValue method_descr_get(WfValue self, WfValue obj, WfValue type) {
    WfMethodDescr *d = (WfMethodDescr *)self;
    if (!obj) return wf_newref(self);
    if (check_receiver(d->def->name, d->owner, obj) < 0) return WF_NULL;
    return wf_native_func_new(d->def, obj);
}

static WfValue method_descr_repr(WfValue self) {
    WfMethodDescr *d = (WfMethodDescr *)self;
    return wf_str_from_format("<method '%s' of '%s' objects>", d->def->name,
                              wf_type_name_of(d->owner));
}

static WfValue method_descr_get_name(WfValue self) {
    return wf_str_from_cstr(((WfMethodDescr *)self)->def->name);
}

static WfValue method_descr_get_qualname(WfValue self) {
    WfMethodDescr *d = (WfMethodDescr *)self;
    return wf_str_from_format("%s.%s", wf_type_qualname_cstr(d->owner), d->def->name);
}

static WfValue method_descr_get_objclass(WfValue self) {
    return wf_newref((WfValue)((WfMethodDescr *)self)->owner);
}

static WfValue method_descr_get_doc(WfValue self) {
    return str_or_none(((WfMethodDescr *)self)->def->doc);
}

static const WfGetSetDef method_descr_getsets[] = {
    {"__name__", method_descr_get_name, NULL, NULL},
    {"__qualname__", method_descr_get_qualname, NULL, NULL},
    {"__objclass__", method_descr_get_objclass, NULL, NULL},
    {"__doc__", method_descr_get_doc, NULL, NULL},
    {"__text_signature__", get_none, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

WfType wf_method_descr_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "method_descriptor",
    .basicsize = sizeof(WfMethodDescr),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getsets = method_descr_getsets,
};

static WfValue classmethod_descr_get(WfValue self, WfValue obj, WfValue type) {
    WfMethodDescr *d = (WfMethodDescr *)self;
    if (!type) type = (WfValue)wf_type(obj);
    if (!wf_is_type(type)) {
        wf_err_format(wf_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                      d->def->name, d->owner->name, wf_type_name(type));
        return WF_NULL;
    }
    if (!wf_type_is_subtype((WfType *)type, d->owner)) {
        wf_err_format(wf_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'",
                      d->def->name, d->owner->name, ((WfType *)type)->name);
        return WF_NULL;
    }
    return wf_native_func_new(d->def, type);
}

static WfValue classmethod_descr_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfMethodDescr *d = (WfMethodDescr *)self;
    if (nargs < 1) {
        wf_err_format(wf_TypeError, "descriptor '%s' of '%s' object needs an argument",
                      d->def->name, d->owner->name);
        return WF_NULL;
    }
    WfValue bound = classmethod_descr_get(self, WF_NULL, args[0]);
    if (!bound) return WF_NULL;
    WfValue r = wf_call(bound, args + 1, nargs - 1, kwnames);
    wf_decref(bound);
    return r;
}

WfType wf_classmethod_descr_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "classmethod_descriptor",
    .basicsize = sizeof(WfMethodDescr),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getsets = method_descr_getsets,
};

// ---- getset_descriptor --------------------------------------------------------------------

WfValue wf_getset_descr_new(const WfGetSetDef *def, WfType *owner) {
    WfGetSetDescr *d = (WfGetSetDescr *)wf_object_alloc(&wf_getset_descr_type, sizeof(WfGetSetDescr));
    if (!d) return WF_NULL;
    d->def = def;
    d->owner = owner;
    return (WfValue)d;
}

static WfValue getset_descr_get(WfValue self, WfValue obj, WfValue type) {
    WfGetSetDescr *d = (WfGetSetDescr *)self;
    if (!obj) return wf_newref(self);
    if (check_receiver(d->def->name, d->owner, obj) < 0) return WF_NULL;
    if (!d->def->get) {
        wf_err_format(wf_AttributeError, "attribute '%s' of '%s' objects is not readable",
                      d->def->name, wf_type_name_of(d->owner));
        return WF_NULL;
    }
    return d->def->get(obj);
}

static int getset_descr_set(WfValue self, WfValue obj, WfValue value) {
    WfGetSetDescr *d = (WfGetSetDescr *)self;
    if (check_receiver(d->def->name, d->owner, obj) < 0) return -1;
    if (!d->def->set) {
        wf_err_format(wf_AttributeError, "attribute '%s' of '%s' objects is not writable",
                      d->def->name, wf_type_name_of(d->owner));
        return -1;
    }
    return d->def->set(obj, value);
}

static WfValue getset_descr_repr(WfValue self) {
    WfGetSetDescr *d = (WfGetSetDescr *)self;
    return wf_str_from_format("<attribute '%s' of '%s' objects>", d->def->name,
                              wf_type_name_of(d->owner));
}

static WfValue getset_descr_get_name(WfValue self) {
    return wf_str_from_cstr(((WfGetSetDescr *)self)->def->name);
}

static WfValue getset_descr_get_qualname(WfValue self) {
    WfGetSetDescr *d = (WfGetSetDescr *)self;
    return wf_str_from_format("%s.%s", wf_type_qualname_cstr(d->owner), d->def->name);
}

static WfValue getset_descr_get_objclass(WfValue self) {
    return wf_newref((WfValue)((WfGetSetDescr *)self)->owner);
}

static WfValue getset_descr_get_doc(WfValue self) {
    return str_or_none(((WfGetSetDescr *)self)->def->doc);
}

static const WfGetSetDef getset_descr_getsets[] = {
    {"__name__", getset_descr_get_name, NULL, NULL},
    {"__qualname__", getset_descr_get_qualname, NULL, NULL},
    {"__objclass__", getset_descr_get_objclass, NULL, NULL},
    {"__doc__", getset_descr_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

WfType wf_getset_descr_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "getset_descriptor",
    .basicsize = sizeof(WfGetSetDescr),
    .dealloc = descr_dealloc,
    .repr = getset_descr_repr,
    .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
    .getsets = getset_descr_getsets,
};

// ---- member_descriptor (__slots__) -----------------------------------------------------------

typedef struct WfMemberDescr {
    WfObject ob;
    WfValue name;      // owned: str
    WfType *owner;     // borrowed: the class whose dict holds it
    size_t offset;     // of the WfValue slot in instances
} WfMemberDescr;

WfValue wf_member_descr_new(WfValue name, WfType *owner, size_t offset) {
    WfMemberDescr *d = (WfMemberDescr *)wf_object_alloc(&wf_member_descr_type, sizeof(WfMemberDescr));
    if (!d) return WF_NULL;
    d->name = wf_newref(name);
    d->owner = owner;
    d->offset = offset;
    return (WfValue)d;
}

static void member_descr_dealloc(WfValue self) {
    wf_clear(&((WfMemberDescr *)self)->name);
    wf_object_free(self);
}

static WfValue member_descr_get(WfValue self, WfValue obj, WfValue type) {
    WfMemberDescr *d = (WfMemberDescr *)self;
    if (!obj) return wf_newref(self);
    if (check_receiver(wf_str_cstr(d->name), d->owner, obj) < 0) return WF_NULL;
    WfValue v = *(WfValue *)((char *)obj + d->offset);
    if (!v) {
        wf_err_attribute_format(obj, d->name, "'%s' object has no attribute '%s'",
                                wf_type_name(obj), wf_str_cstr(d->name));
        return WF_NULL;
    }
    return wf_newref(v);
}

static int member_descr_set(WfValue self, WfValue obj, WfValue value) {
    WfMemberDescr *d = (WfMemberDescr *)self;
    if (check_receiver(wf_str_cstr(d->name), d->owner, obj) < 0) return -1;
    WfValue *slot = (WfValue *)((char *)obj + d->offset);
    if (!value && !*slot) {
        wf_err_set(wf_AttributeError, d->name);
        return -1;
    }
    wf_setref(slot, value);
    return 0;
}

static WfValue member_descr_repr(WfValue self) {
    WfMemberDescr *d = (WfMemberDescr *)self;
    return wf_str_from_format("<member '%s' of '%s' objects>", wf_str_cstr(d->name),
                              wf_type_name_of(d->owner));
}

static WfValue member_descr_get_name(WfValue self) {
    return wf_newref(((WfMemberDescr *)self)->name);
}

static WfValue member_descr_get_qualname(WfValue self) {
    WfMemberDescr *d = (WfMemberDescr *)self;
    return wf_str_from_format("%s.%s", wf_type_qualname_cstr(d->owner), wf_str_cstr(d->name));
}

static WfValue member_descr_get_objclass(WfValue self) {
    return wf_newref((WfValue)((WfMemberDescr *)self)->owner);
}

static const WfGetSetDef member_descr_getsets[] = {
    {"__name__", member_descr_get_name, NULL, NULL},
    {"__qualname__", member_descr_get_qualname, NULL, NULL},
    {"__objclass__", member_descr_get_objclass, NULL, NULL},
    {"__doc__", get_none, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

WfType wf_member_descr_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "member_descriptor",
    .basicsize = sizeof(WfMemberDescr),
    .dealloc = member_descr_dealloc,
    .repr = member_descr_repr,
    .descr_get = member_descr_get,
    .descr_set = member_descr_set,
    .getsets = member_descr_getsets,
};

// ---- property ---------------------------------------------------------------------------------

// The full layout: WfProperty plus what property() keeps beyond native.h's fields.
typedef struct WfPropertyFull {
    WfProperty p;
    WfValue name;         // owned: from __set_name__ (or NULL)
    bool getter_doc;      // doc was taken from fget.__doc__
} WfPropertyFull;

static void property_dealloc(WfValue self) {
    WfPropertyFull *p = (WfPropertyFull *)self;
    wf_clear(&p->p.fget);
    wf_clear(&p->p.fset);
    wf_clear(&p->p.fdel);
    wf_clear(&p->p.doc);
    wf_clear(&p->name);
    wf_object_free(self);
}

static WfValue property_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_object_alloc(type, type->basicsize);
}

static int property_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    WfValue a[4];
    if (wf_args_parse("property", args, nargs, kwnames, names, 4, 0, 4, a) < 0) return -1;
    WfPropertyFull *p = (WfPropertyFull *)self;
    for (int i = 0; i < 4; i++)
        if (a[i] == WF_NONE) a[i] = WF_NULL;
    wf_setref(&p->p.fget, a[0]);
    wf_setref(&p->p.fset, a[1]);
    wf_setref(&p->p.fdel, a[2]);
    wf_setref(&p->p.doc, a[3]);
    p->getter_doc = false;
    if (!a[3] && a[0]) {
        WfValue doc;
        int r = wf_getattr_opt(a[0], WF_ID(__doc__), &doc);
        if (r < 0) return -1;
        if (r) {
            if (doc != WF_NONE) {
                wf_setref(&p->p.doc, doc);
                p->getter_doc = true;
            }
            wf_decref(doc);
        }
    }
    return 0;
}

// "property 'x' of 'C' object has no getter" in 3.11's words.
static void property_error(WfPropertyFull *p, WfValue obj, const char *what) {
    WfValue name = p->name;
    WfValue fname = WF_NULL;
    if (!name && p->p.fget && wf_getattr_opt(p->p.fget, WF_ID(__name__), &fname) > 0 &&
        wf_is_str(fname))
        name = fname;
    if (wf_err_occurred()) wf_err_clear();
    const char *tq = obj ? wf_type_qualname_cstr(wf_type(obj)) : NULL;
    if (name && wf_is_str(name) && tq)
        wf_err_format(wf_AttributeError, "property '%s' of '%s' object has no %s",
                      wf_str_cstr(name), tq, what);
    else if (tq)
        wf_err_format(wf_AttributeError, "property of '%s' object has no %s", tq, what);
    else
        wf_err_format(wf_AttributeError, "property has no %s", what);
    wf_xdecref(fname);
}

static WfValue property_descr_get(WfValue self, WfValue obj, WfValue type) {
    WfPropertyFull *p = (WfPropertyFull *)self;
    if (!obj || obj == WF_NONE) return wf_newref(self);
    if (!p->p.fget) {
        property_error(p, obj, "getter");
        return WF_NULL;
    }
    return wf_call1(p->p.fget, obj);
}

static int property_descr_set(WfValue self, WfValue obj, WfValue value) {
    WfPropertyFull *p = (WfPropertyFull *)self;
    WfValue func = value ? p->p.fset : p->p.fdel;
    if (!func) {
        property_error(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    WfValue r = value ? wf_call2(func, obj, value) : wf_call1(func, obj);
    if (!r) return -1;
    wf_decref(r);
    return 0;
}

// A copy of the property with one accessor replaced (via type(self)(...)).
static WfValue property_copy(WfValue self, WfValue fget, WfValue fset, WfValue fdel) {
    WfPropertyFull *p = (WfPropertyFull *)self;
    if (!fget) fget = p->p.fget;
    if (!fset) fset = p->p.fset;
    if (!fdel) fdel = p->p.fdel;
    // A doc taken from the old getter is recomputed from the new one.
    WfValue doc = p->getter_doc && fget ? WF_NONE : (p->p.doc ? p->p.doc : WF_NONE);
    WfValue args[4] = {fget ? fget : WF_NONE, fset ? fset : WF_NONE, fdel ? fdel : WF_NONE, doc};
    WfValue r = wf_call((WfValue)wf_type(self), args, 4, WF_NULL);
    if (r && wf_type_is_subtype(wf_type(r), &wf_property_type))
        wf_setref(&((WfPropertyFull *)r)->name, p->name);
    return r;
}

static WfValue property_getter(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("getter", nargs, 1, 1) < 0) return WF_NULL;
    return property_copy(self, args[0], WF_NULL, WF_NULL);
}

static WfValue property_setter(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("setter", nargs, 1, 1) < 0) return WF_NULL;
    return property_copy(self, WF_NULL, args[0], WF_NULL);
}

static WfValue property_deleter(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("deleter", nargs, 1, 1) < 0) return WF_NULL;
    return property_copy(self, WF_NULL, WF_NULL, args[0]);
}

static WfValue property_set_name(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "__set_name__() takes 2 positional arguments but %zu were given",
                      nargs);
        return WF_NULL;
    }
    wf_setref(&((WfPropertyFull *)self)->name, args[1]);
    return wf_newref(WF_NONE);
}

static const WfMethodDef property_methods[] = {
    {"getter", property_getter, 0, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, 0, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, 0, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, 0, "Method to set name of a property."},
    {NULL, NULL, 0, NULL},
};

static WfValue property_get_fget(WfValue self) {
    WfValue v = ((WfProperty *)self)->fget;
    return wf_newref(v ? v : WF_NONE);
}
static WfValue property_get_fset(WfValue self) {
    WfValue v = ((WfProperty *)self)->fset;
    return wf_newref(v ? v : WF_NONE);
}
static WfValue property_get_fdel(WfValue self) {
    WfValue v = ((WfProperty *)self)->fdel;
    return wf_newref(v ? v : WF_NONE);
}
static WfValue property_get_doc(WfValue self) {
    WfValue v = ((WfProperty *)self)->doc;
    return wf_newref(v ? v : WF_NONE);
}
static int property_set_doc(WfValue self, WfValue value) {
    wf_setref(&((WfProperty *)self)->doc, value);
    return 0;
}

// True if any accessor has a true __isabstractmethod__.
static WfValue abstract_of(WfValue *funcs, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (!funcs[i]) continue;
        WfValue v;
        int r = wf_getattr_opt(funcs[i], WF_ID(__isabstractmethod__), &v);
        if (r < 0) return WF_NULL;
        if (!r) continue;
        int t = wf_is_true(v);
        wf_decref(v);
        if (t < 0) return WF_NULL;
        if (t) return wf_newref(WF_TRUE);
    }
    return wf_newref(WF_FALSE);
}

static WfValue property_get_isabstract(WfValue self) {
    WfProperty *p = (WfProperty *)self;
    WfValue funcs[3] = {p->fget, p->fset, p->fdel};
    return abstract_of(funcs, 3);
}

static const WfGetSetDef property_getsets[] = {
    {"fget", property_get_fget, NULL, NULL},
    {"fset", property_get_fset, NULL, NULL},
    {"fdel", property_get_fdel, NULL, NULL},
    {"__doc__", property_get_doc, property_set_doc, NULL},
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

WfType wf_property_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "property",
    .basicsize = sizeof(WfPropertyFull),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = property_dealloc,
    .descr_get = property_descr_get,
    .descr_set = property_descr_set,
    .new_ = property_new,
    .init = property_init,
    .methods = property_methods,
    .getsets = property_getsets,
};

// ---- staticmethod / classmethod -------------------------------------------------------------

static void sm_dealloc(WfValue self) {
    WfStaticMethod *sm = (WfStaticMethod *)self;
    wf_clear(&sm->callable);
    wf_clear(&sm->dict);
    wf_object_free(self);
}

static WfValue sm_alloc(WfType *type, WfValue callable) {
    WfStaticMethod *sm = (WfStaticMethod *)wf_object_alloc(type, type->basicsize);
    if (!sm) return WF_NULL;
    sm->callable = callable ? wf_newref(callable) : WF_NULL;
    return (WfValue)sm;
}

WfValue wf_staticmethod_new(WfValue callable) {
    return sm_alloc(&wf_staticmethod_type, callable);
}

WfValue wf_classmethod_new(WfValue callable) {
    return sm_alloc(&wf_classmethod_type, callable);
}

static WfValue sm_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    return sm_alloc(type, WF_NULL);
}

static int sm_init_common(WfValue self, const char *name, WfValue *args, size_t nargs,
                          WfValue kwnames) {
    if (kwnames && WF_TUPLE_LEN(kwnames)) {
        wf_err_format(wf_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        wf_err_format(wf_TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    wf_setref(&((WfStaticMethod *)self)->callable, args[0]);
    return 0;
}

static int staticmethod_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return sm_init_common(self, "staticmethod", args, nargs, kwnames);
}

static int classmethod_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return sm_init_common(self, "classmethod", args, nargs, kwnames);
}

static WfValue sm_callable(WfValue self) {
    WfValue c = ((WfStaticMethod *)self)->callable;
    if (!c) wf_err_set_str(wf_RuntimeError, "uninitialized staticmethod object");
    return c;
}

static WfValue staticmethod_descr_get(WfValue self, WfValue obj, WfValue type) {
    WfValue c = sm_callable(self);
    return c ? wf_newref(c) : WF_NULL;
}

static WfValue staticmethod_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue c = sm_callable(self);
    return c ? wf_call(c, args, nargs, kwnames) : WF_NULL;
}

static WfValue classmethod_descr_get_(WfValue self, WfValue obj, WfValue type) {
    WfValue c = sm_callable(self);
    if (!c) return WF_NULL;
    if (!type) type = (WfValue)wf_type(obj);
    WfDescrGetFn get = wf_type(c)->descr_get;
    if (get) return get(c, type, type);
    return wf_method_new(c, type);
}

static WfValue sm_repr_common(WfValue self, const char *name) {
    WfValue c = ((WfStaticMethod *)self)->callable;
    if (!c) return wf_str_from_format("<%s(NULL)>", name);
    WfValue r = wf_repr(c);
    if (!r) return WF_NULL;
    WfValue s = wf_str_from_format("<%s(%s)>", name, wf_str_cstr(r));
    wf_decref(r);
    return s;
}

static WfValue staticmethod_repr(WfValue self) {
    return sm_repr_common(self, "staticmethod");
}

static WfValue classmethod_repr(WfValue self) {
    return sm_repr_common(self, "classmethod");
}

// Attributes the wrapped callable provides (as functools.wraps would copy them).
static WfValue sm_getattr(WfValue self, WfValue name) {
    WfValue r = wf_generic_getattr_impl(self, name, true);
    if (r || wf_err_occurred()) return r;
    WfValue c = ((WfStaticMethod *)self)->callable;
    if (c && wf_is_str(name) &&
        (wf_str_eq_cstr(name, "__name__") || wf_str_eq_cstr(name, "__qualname__") ||
         wf_str_eq_cstr(name, "__module__") || wf_str_eq_cstr(name, "__annotations__")))
        return wf_getattr(c, name);
    wf_err_no_attribute(self, name);
    return WF_NULL;
}

static WfValue sm_get_func(WfValue self) {
    WfValue c = sm_callable(self);
    return c ? wf_newref(c) : WF_NULL;
}

static WfValue sm_get_doc(WfValue self) {
    WfValue c = ((WfStaticMethod *)self)->callable;
    if (!c) return wf_newref(WF_NONE);
    WfValue v;
    int r = wf_getattr_opt(c, WF_ID(__doc__), &v);
    if (r < 0) return WF_NULL;
    return r ? v : wf_newref(WF_NONE);
}

static WfValue sm_get_isabstract(WfValue self) {
    WfValue c = ((WfStaticMethod *)self)->callable;
    return abstract_of(&c, 1);
}

static WfValue sm_get_dict(WfValue self) {
    WfStaticMethod *sm = (WfStaticMethod *)self;
    if (!sm->dict && !(sm->dict = wf_dict_new())) return WF_NULL;
    return wf_newref(sm->dict);
}

static const WfGetSetDef sm_getsets[] = {
    {"__func__", sm_get_func, NULL, NULL},
    {"__wrapped__", sm_get_func, NULL, NULL},
    {"__doc__", sm_get_doc, NULL, NULL},
    {"__isabstractmethod__", sm_get_isabstract, NULL, NULL},
    {"__dict__", sm_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

WfType wf_staticmethod_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "staticmethod",
    .basicsize = sizeof(WfStaticMethod),
    .flags = WF_TPFLAGS_BASETYPE,
    .dictoffset = offsetof(WfStaticMethod, dict),
    .dealloc = sm_dealloc,
    .repr = staticmethod_repr,
    .getattr = sm_getattr,
    .call = staticmethod_call,
    .descr_get = staticmethod_descr_get,
    .new_ = sm_new,
    .init = staticmethod_init,
    .getsets = sm_getsets,
};

WfType wf_classmethod_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "classmethod",
    .basicsize = sizeof(WfStaticMethod),
    .flags = WF_TPFLAGS_BASETYPE,
    .dictoffset = offsetof(WfStaticMethod, dict),
    .dealloc = sm_dealloc,
    .repr = classmethod_repr,
    .getattr = sm_getattr,
    .descr_get = classmethod_descr_get_,
    .new_ = sm_new,
    .init = classmethod_init,
    .getsets = sm_getsets,
};
