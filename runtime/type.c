// type.c — type objects: `type` (the metatype) and `object`, readying of
// static types, class creation (C3 MRO, instance layout, __slots__,
// __init_subclass__, __set_name__), __build_class__, super, and the
// per-type method cache behind wf_type_lookup.
//
// Invariants: a type's dict is only mutated through type_setattro (or by C
// code that then calls wf_type_modified), so a (type, version, name) cache
// entry stays valid; heap types are WfHeapType objects. GIL: callers hold it.
#include <stdlib.h>
#include <string.h>

#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/exc_ext.h"
#include "runtime/int.h"
#include "runtime/bytes.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/set.h"
#include "runtime/func.h"
#include "runtime/native.h"
#include "runtime/native_ext.h"
#include "runtime/module.h"
#include "runtime/args.h"
#include "runtime/type.h"
#include "runtime/typecache.h"
#include "runtime/type_internal.h"
#include "vm/tstate.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/code.h"

// ---- version tags and the method cache --------------------------------------------

#define MCACHE_BITS 12
#define MCACHE_SIZE (1u << MCACHE_BITS)

typedef struct MCacheEntry {
    WfType *type;       // borrowed (never dereferenced)
    WfValue name;       // owned: an interned str
    uint32_t version;
    WfValue value;      // borrowed from a dict along the MRO, or NULL (absent)
} MCacheEntry;

static MCacheEntry mcache[MCACHE_SIZE];
static uint32_t next_version = 2;
uint32_t wf_type_static_version = 1;   // shared by every type without HAS_EXT
#define static_version wf_type_static_version
_Static_assert(offsetof(WfHeapType, version) == sizeof(WfType),
               "typecache.h reads the version right after the WfType fields");
static WfHeapType *all_heap_types;    // list of every WfHeapType

static void mcache_clear(void) {
    for (size_t i = 0; i < MCACHE_SIZE; i++) {
        WfValue n = mcache[i].name;
        mcache[i].name = WF_NULL;
        mcache[i].type = NULL;
        wf_xdecref(n);
    }
}

static uint32_t new_version(void) {
    uint32_t v = next_version++;
    if (next_version == 0) {   // wrapped: old tags could match again
        mcache_clear();
        next_version = 1;
    }
    return v;
}

static inline uint32_t type_version(WfType *t) {
    return wf_type_version(t);
}

static void bump_all(void) {
    static_version = new_version();
    for (WfHeapType *h = all_heap_types; h; h = h->all_next) h->version = new_version();
}

// False when the hierarchy is too deep to walk recursively (then bump_all).
static bool bump_rec(WfHeapType *h, int depth) {
    if (depth > 10000) return false;
    h->version = new_version();
    for (size_t i = 0; i < h->nsubclasses; i++)
        if (!bump_rec(h->subclasses[i], depth + 1)) return false;
    return true;
}

void wf_type_bump_version(WfType *t) {
    if (!(t->flags & WF_TPFLAGS_HAS_EXT) || !bump_rec((WfHeapType *)t, 0)) bump_all();
}

void wf_type_modified(WfType *t) {
    wf_type_bump_version(t);
}

static WfValue dict_lookup_str(WfValue dict, WfValue name) {
    if (dict->type == &wf_dict_type) return wf_dict_get_str_borrowed(dict, name);
    WfValue v;
    int r = wf_dict_get_ref(dict, name, &v);
    if (r <= 0) {
        if (r < 0) wf_err_clear();
        return WF_NULL;
    }
    wf_decref(v);   // the dict still holds it
    return v;
}

WfValue wf_type_lookup_uncached(WfType *type, WfValue name) {
    (void)wf_str_hash(name);
    WfValue mro = type->mro;
    if (!mro) {
        for (WfType *t = type; t; t = t->base) {
            if (!t->dict) continue;
            WfValue v = dict_lookup_str(t->dict, name);
            if (v) return v;
        }
        return WF_NULL;
    }
    size_t n = WF_TUPLE_LEN(mro);
    for (size_t i = 0; i < n; i++) {
        WfType *t = (WfType *)WF_TUPLE_GET(mro, i);
        if (!t->dict) continue;
        WfValue v = dict_lookup_str(t->dict, name);
        if (v) return v;
    }
    return WF_NULL;
}

WfValue wf_type_lookup(WfType *type, WfValue name) {
    if (!(type->flags & WF_TPFLAGS_READY) && wf_type_ready(type) < 0) wf_err_clear();
    uint32_t ver = type_version(type);
    size_t h = ((((uintptr_t)type >> 4) ^ ((uintptr_t)name >> 3)) * 0x9E3779B1u + ver) >>
               (32 - MCACHE_BITS);
    MCacheEntry *e = &mcache[h & (MCACHE_SIZE - 1)];
    if (e->type == type && e->name == name && e->version == ver) return e->value;
    WfValue v = wf_type_lookup_uncached(type, name);
    if (name->type == &wf_str_type && ((WfStr *)name)->interned) {
        WfValue old = e->name;
        wf_incref(name);
        e->type = type;
        e->name = name;
        e->version = ver;
        e->value = v;
        wf_xdecref(old);
    }
    return v;
}

bool wf_type_is_subtype(const WfType *a, const WfType *b) {
    if (a == b) return true;
    WfValue mro = a->mro;
    if (mro) {
        size_t n = WF_TUPLE_LEN(mro);
        for (size_t i = 0; i < n; i++)
            if ((const WfType *)WF_TUPLE_GET(mro, i) == b) return true;
        return false;
    }
    for (a = a->base; a; a = a->base)
        if (a == b) return true;
    return b == &wf_object_type;
}

// ---- readying static types ------------------------------------------------------------

#define INHERIT(f) \
    if (!t->f) t->f = b->f

void wf_type_ready_slots(WfType *t) {
    if (t->flags & WF_TPFLAGS_SLOTS_READY) return;
    t->flags |= WF_TPFLAGS_SLOTS_READY;
    if (t != &wf_object_type && !t->base) t->base = &wf_object_type;
    WfType *b = t->base;
    if (!b) return;
    wf_type_ready_slots(b);
    t->flags |= b->flags & WF_TPFLAGS_SUBCLASS_MASK;
    if (!t->basicsize) t->basicsize = b->basicsize;
    INHERIT(itemsize);
    INHERIT(dictoffset);
    INHERIT(dealloc);
    INHERIT(repr);
    INHERIT(str);
    if (!t->hash && !t->richcompare) {
        t->hash = b->hash;
        t->richcompare = b->richcompare;
    }
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(descr_get);
    INHERIT(descr_set);
    // CPython: a static type with base object and no tp_new cannot be instantiated.
    if (!t->new_ && (b != &wf_object_type || (t->flags & WF_TPFLAGS_HEAPTYPE))) t->new_ = b->new_;
    INHERIT(init);
    for (int i = 0; i < 2 * WF_BINOP_COUNT; i++) INHERIT(nb[i]);
    INHERIT(nb_pow3);
    INHERIT(nb_neg);
    INHERIT(nb_pos);
    INHERIT(nb_invert);
    INHERIT(nb_abs);
    INHERIT(nb_bool);
    INHERIT(nb_int);
    INHERIT(nb_float);
    INHERIT(nb_index);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
}

static int dict_set_cstr_steal(WfValue dict, const char *name, WfValue v) {
    if (!v) return -1;
    WfValue key = wf_str_intern(name);
    int r = key ? wf_dict_set(dict, key, v) : -1;
    wf_xdecref(key);
    wf_decref(v);
    return r;
}

static int dict_has_cstr(WfValue dict, const char *name) {
    WfValue v;
    int r = wf_dict_get_cstr_ref(dict, name, &v);
    if (r > 0) wf_decref(v);
    return r;
}

static int add_methods(WfType *t) {
    for (const WfMethodDef *m = t->methods; m && m->name; m++) {
        int has = dict_has_cstr(t->dict, m->name);
        if (has < 0) return -1;
        if (has) continue;
        WfValue d;
        if (m->flags & WF_METH_CLASS) {
            d = wf_classmethod_descr_new(m, t);
        } else if (m->flags & WF_METH_STATIC) {
            WfValue f = wf_native_func_new(m, WF_NULL);
            d = f ? wf_staticmethod_new(f) : WF_NULL;
            wf_xdecref(f);
        } else {
            d = wf_method_descr_new(m, t);
        }
        if (dict_set_cstr_steal(t->dict, m->name, d) < 0) return -1;
    }
    for (const WfGetSetDef *g = t->getsets; g && g->name; g++) {
        int has = dict_has_cstr(t->dict, g->name);
        if (has < 0) return -1;
        if (has) continue;
        if (dict_set_cstr_steal(t->dict, g->name, wf_getset_descr_new(g, t)) < 0) return -1;
    }
    return 0;
}

int wf_type_ready(WfType *t) {
    if (t->flags & WF_TPFLAGS_READY) return 0;
    wf_type_ready_slots(t);
    t->flags |= WF_TPFLAGS_READY;
    WfType *b = t->base;
    if (b && wf_type_ready(b) < 0) goto error;
    if (!t->dict && !(t->dict = wf_dict_new())) goto error;
    if (!t->bases) {
        t->bases = b ? wf_tuple_pack(1, (WfValue)b) : wf_tuple_new(0);
        if (!t->bases) goto error;
    }
    if (!t->mro) {   // single inheritance: the base chain (bases may still be readying)
        size_t n = 0;
        for (WfType *x = t; x; x = x->base) n++;
        WfValue mro = wf_tuple_new(n);
        if (!mro) goto error;
        size_t i = 0;
        for (WfType *x = t; x; x = x->base) WF_TUPLE_SET_STEAL(mro, i++, wf_newref((WfValue)x));
        t->mro = mro;
    }
    if (add_methods(t) < 0) goto error;
    if (wf_type_add_slot_wrappers(t) < 0) goto error;
    if (t->new_ && (!b || t->new_ != b->new_)) {
        int has = dict_has_cstr(t->dict, "__new__");
        if (has < 0) goto error;
        if (!has && dict_set_cstr_steal(t->dict, "__new__", wf_type_new_wrapper_new(t)) < 0)
            goto error;
    }
    if (!t->hash) {
        int has = dict_has_cstr(t->dict, "__hash__");
        if (has < 0) goto error;
        if (!has && wf_dict_set_cstr(t->dict, "__hash__", WF_NONE) < 0) goto error;
    }
    int has = dict_has_cstr(t->dict, "__doc__");
    if (has < 0) goto error;
    if (!has && wf_dict_set_cstr(t->dict, "__doc__", WF_NONE) < 0) goto error;
    WfType *meta = t->ob.type;
    if (meta && meta != t && wf_type_ready(meta) < 0) goto error;
    return 0;
error:
    t->flags &= ~WF_TPFLAGS_READY;
    return -1;
}

// ---- names ---------------------------------------------------------------------------

const char *wf_type_qualname_cstr(WfType *t) {
    if ((t->flags & WF_TPFLAGS_HEAPTYPE) && t->heap_qualname) return wf_str_cstr(t->heap_qualname);
    return wf_type_name_of(t);
}

WfValue wf_type_get_name(WfType *t) {
    if ((t->flags & WF_TPFLAGS_HEAPTYPE) && t->heap_name) return wf_newref(t->heap_name);
    return wf_str_from_cstr(wf_type_name_of(t));
}

WfValue wf_type_get_qualname(WfType *t) {
    if ((t->flags & WF_TPFLAGS_HEAPTYPE) && t->heap_qualname) return wf_newref(t->heap_qualname);
    return wf_str_from_cstr(wf_type_name_of(t));
}

// __module__ as a new reference (a str, or whatever a heap class stored).
static WfValue type_module(WfType *t) {
    if (t->flags & WF_TPFLAGS_HEAPTYPE) {
        WfValue m;
        int r = t->dict ? wf_dict_get_cstr_ref(t->dict, "__module__", &m) : 0;
        if (r < 0) return WF_NULL;
        if (r) return m;
        wf_err_set_str(wf_AttributeError, "__module__");
        return WF_NULL;
    }
    const char *dot = strrchr(t->name, '.');
    if (dot) return wf_str_from_utf8(t->name, (size_t)(dot - t->name));
    return wf_str_from_cstr("builtins");
}

// "mod.qualname" (module omitted for builtins) into [b]. 0/-1.
static int append_type_fullname(WfStrBuf *b, WfType *t) {
    if (!(t->flags & WF_TPFLAGS_HEAPTYPE)) {
        wf_strbuf_append_cstr(b, t->name);
        return 0;
    }
    WfValue mod = type_module(t);
    if (!mod) wf_err_clear();
    if (mod && wf_is_str(mod) && !wf_str_eq_cstr(mod, "builtins")) {
        wf_strbuf_append(b, WF_STR_DATA(mod), WF_STR_LEN(mod));
        wf_strbuf_append_char(b, '.');
    }
    wf_xdecref(mod);
    wf_strbuf_append_cstr(b, wf_type_qualname_cstr(t));
    return 0;
}

static WfValue type_repr(WfValue self) {
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append_cstr(&b, "<class '");
    append_type_fullname(&b, (WfType *)self);
    wf_strbuf_append_cstr(&b, "'>");
    return wf_strbuf_finish(&b);
}

// ---- type attribute access -------------------------------------------------------------

WfValue wf_type_getattro(WfValue self, WfValue name) {
    return wf_type_getattr_impl(self, name, false);
}

WfValue wf_type_getattr_impl(WfValue self, WfValue name, bool suppress) {
    if (!wf_is_str(name)) {
        wf_err_format(wf_TypeError, "attribute name must be string, not '%s'", wf_type_name(name));
        return WF_NULL;
    }
    WfType *t = (WfType *)self, *meta = wf_type(self);
    if (!(t->flags & WF_TPFLAGS_READY) && wf_type_ready(t) < 0) return WF_NULL;
    WfValue meta_attr = wf_type_lookup(meta, name), r;
    WfDescrGetFn meta_get = NULL;
    if (meta_attr) {
        WfType *mt = wf_type(meta_attr);
        meta_get = mt->descr_get;
        if (meta_get && mt->descr_set) {
            wf_incref(meta_attr);
            r = meta_get(meta_attr, self, (WfValue)meta);
            wf_decref(meta_attr);
            return r;
        }
    }
    WfValue attr = wf_type_lookup(t, name);
    if (attr) {
        WfDescrGetFn get = wf_type(attr)->descr_get;
        if (!get) return wf_newref(attr);
        wf_incref(attr);
        r = get(attr, WF_NULL, self);
        wf_decref(attr);
        return r;
    }
    if (meta_get) {
        wf_incref(meta_attr);
        r = meta_get(meta_attr, self, (WfValue)meta);
        wf_decref(meta_attr);
        return r;
    }
    if (meta_attr) return wf_newref(meta_attr);
    if (!suppress)
        wf_err_attribute_format(self, name, "type object '%s' has no attribute '%s'", t->name,
                                wf_str_cstr(name));
    return WF_NULL;
}

static void update_has_del(WfHeapType *h, int depth) {
    h->has_del = wf_type_lookup_uncached(&h->type, WF_ID(__del__)) != WF_NULL;
    if (depth > 1000) return;
    for (size_t i = 0; i < h->nsubclasses; i++) update_has_del(h->subclasses[i], depth + 1);
}

static int type_setattro(WfValue self, WfValue name, WfValue value) {
    WfType *t = (WfType *)self;
    if (!wf_is_str(name)) {
        wf_err_format(wf_TypeError, "attribute name must be string, not '%s'", wf_type_name(name));
        return -1;
    }
    if (!(t->flags & WF_TPFLAGS_HAS_EXT)) {
        wf_err_format(wf_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                      wf_str_cstr(name), t->name);
        return -1;
    }
    WfValue meta_attr = wf_type_lookup(wf_type(self), name);
    if (meta_attr && wf_type(meta_attr)->descr_set) {
        wf_incref(meta_attr);
        int r = wf_type(meta_attr)->descr_set(meta_attr, self, value);
        wf_decref(meta_attr);
        return r;
    }
    WfValue key = name;
    wf_incref(key);
    if (key->type == &wf_str_type) wf_str_intern_inplace(&key);
    int r;
    if (value) {
        r = wf_dict_set(t->dict, key, value);
    } else {
        r = wf_dict_pop_opt(t->dict, key);
        if (r == 0) {
            wf_err_attribute_format(self, name, "type object '%s' has no attribute '%s'",
                                    t->name, wf_str_cstr(name));
            r = -1;
        }
    }
    wf_type_bump_version(t);
    if (r >= 0) {
        const char *s = wf_str_cstr(key);
        size_t n = WF_STR_LEN(key);
        if (n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_') {
            wf_type_update_slot(t, key);
            if (strcmp(s, "__del__") == 0) update_has_del((WfHeapType *)t, 0);
        }
        r = 0;
    }
    wf_decref(key);
    return r;
}

// ---- type getsets --------------------------------------------------------------------------

static WfValue type_get_name(WfValue self) {
    return wf_type_get_name((WfType *)self);
}

static int check_heap_set(WfType *t, const char *attr, WfValue value) {
    if (!(t->flags & WF_TPFLAGS_HEAPTYPE)) {
        wf_err_format(wf_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr,
                      t->name);
        return -1;
    }
    if (!value) {
        wf_err_format(wf_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr,
                      t->name);
        return -1;
    }
    return 0;
}

static int type_set_name(WfValue self, WfValue value) {
    WfType *t = (WfType *)self;
    if (check_heap_set(t, "__name__", value) < 0) return -1;
    if (!wf_is_str(value)) {
        wf_err_format(wf_TypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                      wf_type_name(value));
        return -1;
    }
    if (strlen(wf_str_cstr(value)) != WF_STR_LEN(value)) {
        wf_err_set_str(wf_ValueError, "type name must not contain null characters");
        return -1;
    }
    WfValue old = t->heap_name;
    t->heap_name = wf_newref(value);
    t->name = wf_str_cstr(value);
    wf_xdecref(old);
    return 0;
}

static WfValue type_get_qualname(WfValue self) {
    return wf_type_get_qualname((WfType *)self);
}

static int type_set_qualname(WfValue self, WfValue value) {
    WfType *t = (WfType *)self;
    if (check_heap_set(t, "__qualname__", value) < 0) return -1;
    if (!wf_is_str(value)) {
        wf_err_format(wf_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                      t->name, wf_type_name(value));
        return -1;
    }
    wf_setref(&t->heap_qualname, value);
    return 0;
}

static WfValue type_get_module(WfValue self) {
    return type_module((WfType *)self);
}

static int type_set_module(WfValue self, WfValue value) {
    WfType *t = (WfType *)self;
    if (check_heap_set(t, "__module__", value) < 0) return -1;
    int r = wf_dict_set_cstr(t->dict, "__module__", value);
    wf_setref(&t->heap_module, value);
    wf_type_bump_version(t);
    return r;
}

static WfValue type_get_bases(WfValue self) {
    return wf_newref(((WfType *)self)->bases);
}

static WfValue type_get_base(WfValue self) {
    WfType *b = ((WfType *)self)->base;
    return wf_newref(b ? (WfValue)b : WF_NONE);
}

static WfValue type_get_mro(WfValue self) {
    return wf_newref(((WfType *)self)->mro);
}

static WfValue type_get_dict(WfValue self) {
    return wf_mappingproxy_new(((WfType *)self)->dict);
}

static WfValue type_get_doc(WfValue self) {
    WfType *t = (WfType *)self;
    WfValue d;
    int r = wf_dict_get_cstr_ref(t->dict, "__doc__", &d);
    if (r < 0) return WF_NULL;
    if (!r) return wf_newref(WF_NONE);
    WfDescrGetFn get = wf_type(d)->descr_get;
    if (get) {
        WfValue v = get(d, WF_NULL, self);
        wf_decref(d);
        return v;
    }
    return d;
}

static int type_set_doc(WfValue self, WfValue value) {
    WfType *t = (WfType *)self;
    if (check_heap_set(t, "__doc__", value) < 0) return -1;
    int r = wf_dict_set_cstr(t->dict, "__doc__", value);
    wf_type_bump_version(t);
    return r;
}

static WfValue type_get_abstractmethods(WfValue self) {
    WfType *t = (WfType *)self;
    WfValue v;
    int r = t != &wf_type_type ? wf_dict_get_cstr_ref(t->dict, "__abstractmethods__", &v) : 0;
    if (r < 0) return WF_NULL;
    if (r) return v;
    wf_err_set_str(wf_AttributeError, "__abstractmethods__");
    return WF_NULL;
}

static int type_set_abstractmethods(WfValue self, WfValue value) {
    WfType *t = (WfType *)self;
    if (!(t->flags & WF_TPFLAGS_HAS_EXT)) return check_heap_set(t, "__abstractmethods__", value);
    int r;
    if (value) {
        int abstract = wf_is_true(value);
        if (abstract < 0) return -1;
        r = wf_dict_set_cstr(t->dict, "__abstractmethods__", value);
        if (r == 0) ((WfHeapType *)t)->is_abstract = abstract;
    } else {
        ((WfHeapType *)t)->is_abstract = false;
        WfValue key = wf_str_intern("__abstractmethods__");
        r = key ? wf_dict_pop_opt(t->dict, key) : -1;
        wf_xdecref(key);
        if (r == 0) {
            wf_err_set_str(wf_AttributeError, "__abstractmethods__");
            r = -1;
        }
    }
    wf_type_bump_version(t);
    return r < 0 ? -1 : 0;
}

static WfValue type_get_annotations(WfValue self) {
    WfType *t = (WfType *)self;
    WfValue v;
    int r = wf_dict_get_cstr_ref(t->dict, "__annotations__", &v);
    if (r < 0) return WF_NULL;
    if (r) {
        WfDescrGetFn get = wf_type(v)->descr_get;
        if (get) {
            WfValue x = get(v, WF_NULL, self);
            wf_decref(v);
            return x;
        }
        return v;
    }
    if (!(t->flags & WF_TPFLAGS_HEAPTYPE)) {
        wf_err_format(wf_AttributeError, "type object '%s' has no attribute '__annotations__'",
                      t->name);
        return WF_NULL;
    }
    v = wf_dict_new();
    if (!v) return WF_NULL;
    if (wf_dict_set_cstr(t->dict, "__annotations__", v) < 0) {
        wf_decref(v);
        return WF_NULL;
    }
    wf_type_bump_version(t);
    return v;
}

static int type_set_annotations(WfValue self, WfValue value) {
    WfType *t = (WfType *)self;
    if (!(t->flags & WF_TPFLAGS_HEAPTYPE)) return check_heap_set(t, "__annotations__", value);
    int r;
    if (value) {
        r = wf_dict_set_cstr(t->dict, "__annotations__", value);
    } else {
        WfValue key = wf_str_intern("__annotations__");
        r = key ? wf_dict_pop_opt(t->dict, key) : -1;
        wf_xdecref(key);
        if (r == 0) {
            wf_err_set_str(wf_AttributeError, "__annotations__");
            r = -1;
        }
    }
    wf_type_bump_version(t);
    return r < 0 ? -1 : 0;
}

static WfValue type_get_basicsize(WfValue self) {
    return wf_int_from_u64(((WfType *)self)->basicsize);
}

static WfValue type_get_dictoffset(WfValue self) {
    return wf_int_from_u64(((WfType *)self)->dictoffset);
}

static WfValue type_get_flags(WfValue self) {
    return wf_int_from_u64(((WfType *)self)->flags);
}

static WfValue type_get_itemsize(WfValue self) {
    return wf_int_from_u64(((WfType *)self)->itemsize);
}

static WfValue type_get_zero(WfValue self) {
    return WF_FROM_SMALLINT(0);
}

static WfValue type_get_none(WfValue self) {
    return wf_newref(WF_NONE);
}

static const WfGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__bases__", type_get_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL},
    {"__basicsize__", type_get_basicsize, NULL, NULL},
    {"__dictoffset__", type_get_dictoffset, NULL, NULL},
    {"__flags__", type_get_flags, NULL, NULL},
    {"__itemsize__", type_get_itemsize, NULL, NULL},
    {"__weakrefoffset__", type_get_zero, NULL, NULL},
    {"__text_signature__", type_get_none, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

// ---- type methods -------------------------------------------------------------------------

static WfValue type_mro(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("type.mro", nargs, 0, 0) < 0) return WF_NULL;
    WfValue mro = ((WfType *)self)->mro;
    size_t n = WF_TUPLE_LEN(mro);
    WfValue l = wf_list_new(n);
    if (!l) return WF_NULL;
    for (size_t i = 0; i < n; i++) wf_list_set_steal(l, i, wf_newref(WF_TUPLE_GET(mro, i)));
    return l;
}

static bool tuple_has(WfValue tup, WfValue x) {
    for (size_t i = 0; i < WF_TUPLE_LEN(tup); i++)
        if (WF_TUPLE_GET(tup, i) == x) return true;
    return false;
}

static WfValue type_subclasses(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("type.__subclasses__", nargs, 0, 0) < 0) return WF_NULL;
    WfValue l = wf_list_new(0);
    if (!l) return WF_NULL;
    // The registry is newest-first; CPython lists subclasses oldest-first.
    WfHeapType *last = all_heap_types;
    while (last && last->all_next) last = last->all_next;
    for (WfHeapType *h = last; h; h = h->all_prev) {
        if (h->type.bases && tuple_has(h->type.bases, self) &&
            wf_list_append(l, (WfValue)h) < 0) {
            wf_decref(l);
            return WF_NULL;
        }
    }
    return l;
}

static WfValue type_prepare(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_dict_new();
}

static WfValue type_instancecheck(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__instancecheck__", nargs, 1, 1) < 0) return WF_NULL;
    return wf_bool(wf_type_is_subtype(wf_type(args[0]), (WfType *)self));
}

static WfValue type_subclasscheck(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__subclasscheck__", nargs, 1, 1) < 0) return WF_NULL;
    if (!wf_is_type(args[0])) {
        wf_err_set_str(wf_TypeError, "issubclass() arg 1 must be a class");
        return WF_NULL;
    }
    return wf_bool(wf_type_is_subtype((WfType *)args[0], (WfType *)self));
}

// Adds the keys of every dict along [t]'s MRO to [names] (a dict used as a set).
static int merge_class_dict(WfValue names, WfType *t) {
    WfValue mro = t->mro;
    for (size_t i = 0; mro && i < WF_TUPLE_LEN(mro); i++) {
        WfType *b = (WfType *)WF_TUPLE_GET(mro, i);
        size_t pos = 0;
        WfValue k;
        while (b->dict && wf_dict_next(b->dict, &pos, &k, NULL))
            if (wf_dict_set(names, k, WF_NONE) < 0) return -1;
    }
    return 0;
}

static WfValue dict_keys_list(WfValue d) {
    WfValue l = wf_list_new(wf_dict_len(d));
    if (!l) return WF_NULL;
    size_t pos = 0, i = 0;
    WfValue k;
    while (wf_dict_next(d, &pos, &k, NULL)) wf_list_set_steal(l, i++, wf_newref(k));
    return l;
}

static WfValue type_dir(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__dir__", nargs, 0, 0) < 0) return WF_NULL;
    WfValue names = wf_dict_new();
    if (!names) return WF_NULL;
    WfValue r = WF_NULL;
    if (merge_class_dict(names, (WfType *)self) == 0) r = dict_keys_list(names);
    wf_decref(names);
    return r;
}

static WfValue type_sizeof(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__sizeof__", nargs, 0, 0) < 0) return WF_NULL;
    WfType *t = (WfType *)self;
    return wf_int_from_u64((t->flags & WF_TPFLAGS_HAS_EXT) ? sizeof(WfHeapType) : sizeof(WfType));
}

static const WfMethodDef type_methods[] = {
    {"__sizeof__", type_sizeof, 0, "Return memory consumption of the type object."},
    {"mro", type_mro, 0, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, 0, "Return a list of immediate subclasses."},
    {"__prepare__", type_prepare, WF_METH_CLASS, "Create the namespace for the class statement"},
    {"__instancecheck__", type_instancecheck, 0, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, 0, "Check if a class is a subclass."},
    {"__dir__", type_dir, 0, "Specialized __dir__ implementation for types."},
    {NULL, NULL, 0, NULL},
};

// ---- type(...) and instance creation --------------------------------------------------------

static WfValue type_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfType *t = (WfType *)self;
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    if (t == &wf_type_type && nargs == 1 && nkw == 0) return wf_newref((WfValue)wf_type(args[0]));
    if (!t->new_) {
        wf_err_format(wf_TypeError, "cannot create '%s' instances", t->name);
        return WF_NULL;
    }
    WfValue obj = t->new_(t, args, nargs, kwnames);
    if (!obj) return WF_NULL;
    WfType *ot = wf_type(obj);
    if (ot != t && !wf_type_is_subtype(ot, t)) return obj;
    if (ot->init && ot->init(obj, args, nargs, kwnames) < 0) {
        wf_decref(obj);
        return WF_NULL;
    }
    return obj;
}

static WfValue type_new_impl(WfType *metatype, WfValue name, WfValue bases, WfValue ns,
                             WfValue kwargs);

// Builds a kwargs dict from the keyword part of a vectorcall (NULL if none).
static int kwargs_dict(WfValue *args, size_t nargs, WfValue kwnames, WfValue *out) {
    *out = WF_NULL;
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    if (!nkw) return 0;
    WfValue d = wf_dict_new();
    if (!d) return -1;
    for (size_t i = 0; i < nkw; i++) {
        if (wf_dict_set(d, WF_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
            wf_decref(d);
            return -1;
        }
    }
    *out = d;
    return 0;
}

static WfValue type_new(WfType *metatype, WfValue *args, size_t nargs, WfValue kwnames) {
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    if (metatype == &wf_type_type && nargs == 1 && nkw == 0)
        return wf_newref((WfValue)wf_type(args[0]));
    if (nargs != 3) {
        if (metatype == &wf_type_type && (nargs == 1 || nargs == 3))
            wf_err_set_str(wf_TypeError, "type() doesn't support keyword arguments");
        else if (metatype == &wf_type_type)
            wf_err_set_str(wf_TypeError, "type() takes 1 or 3 arguments");
        else
            wf_err_format(wf_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)",
                          nargs);
        return WF_NULL;
    }
    if (!wf_is_str(args[0])) {
        wf_err_format(wf_TypeError, "type.__new__() argument 1 must be str, not %s",
                      wf_type_name(args[0]));
        return WF_NULL;
    }
    if (!wf_is_tuple(args[1])) {
        wf_err_format(wf_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                      wf_type_name(args[1]));
        return WF_NULL;
    }
    if (!wf_is_dict(args[2])) {
        wf_err_format(wf_TypeError, "type.__new__() argument 3 must be dict, not %s",
                      wf_type_name(args[2]));
        return WF_NULL;
    }
    WfValue kwargs;
    if (kwargs_dict(args, nargs, kwnames, &kwargs) < 0) return WF_NULL;
    WfValue r = type_new_impl(metatype, args[0], args[1], args[2], kwargs);
    wf_xdecref(kwargs);
    return r;
}

static int type_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs != 1 && nargs != 3) {
        wf_err_set_str(wf_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static WfValue type_or(WfValue a, WfValue b) {
    return wf_union_or(a, b);
}

// ---- heap types: deallocation ------------------------------------------------------------------

static void call_del(WfValue self, WfValue del) {
    WfValue saved = wf_err_fetch();
    self->refcnt = 1;   // resurrected for the duration of __del__
    wf_incref(del);
    WfValue r = wf_call_unbound(del, self, NULL, 0, WF_NULL);
    if (r) {
        wf_decref(r);
    } else {
        WfValue rep = wf_repr(del);
        if (!rep) wf_err_clear();
        fprintf(stderr, "Exception ignored in: %s\n", rep ? wf_str_cstr(rep) : "<object>");
        wf_xdecref(rep);
        wf_err_print();
    }
    wf_decref(del);
    wf_err_restore_steal(saved);
}

// The dealloc of every Weft class: __del__, then the fields the class chain
// added (dict, __slots__), then the static base's dealloc. (Long chains of
// instances are bounded by wf_dealloc's trashcan in object.c.)
static void heap_dealloc(WfValue self) {
    WfType *t = self->type;
    WfValue del = ((WfHeapType *)t)->has_del ? wf_type_lookup(t, WF_ID(__del__)) : WF_NULL;
    if (del) {
        call_del(self, del);
        if (--self->refcnt != 0) return;   // resurrected by __del__
    }
    WfType *sb = t;
    while (sb->flags & WF_TPFLAGS_HEAPTYPE) sb = sb->base;
    if (t->flags & WF_TPFLAGS_EXT_DICT) wf_object_ext_dict_drop(self);
    size_t start = (sb->basicsize + sizeof(WfValue) - 1) & ~(sizeof(WfValue) - 1);
    for (size_t off = start; off + sizeof(WfValue) <= t->basicsize; off += sizeof(WfValue))
        wf_clear((WfValue *)((char *)self + off));
    if (sb->dealloc) sb->dealloc(self);
    else wf_object_free(self);
}

static void heap_unlink(WfHeapType *h) {
    if (h->all_prev) h->all_prev->all_next = h->all_next;
    else if (all_heap_types == h) all_heap_types = h->all_next;
    if (h->all_next) h->all_next->all_prev = h->all_prev;
    h->all_prev = h->all_next = NULL;
    WfValue bases = h->type.bases;
    for (size_t i = 0; bases && i < WF_TUPLE_LEN(bases); i++) {
        WfType *b = (WfType *)WF_TUPLE_GET(bases, i);
        if (!(b->flags & WF_TPFLAGS_HAS_EXT)) continue;
        WfHeapType *hb = (WfHeapType *)b;
        for (size_t j = 0; j < hb->nsubclasses; j++) {
            if (hb->subclasses[j] == h) {
                hb->subclasses[j] = hb->subclasses[--hb->nsubclasses];
                break;
            }
        }
    }
}

static void type_dealloc(WfValue self) {
    WfType *t = (WfType *)self;
    if (!(t->flags & WF_TPFLAGS_HEAPTYPE)) return;   // static types are immortal
    if (t->flags & WF_TPFLAGS_HAS_EXT) {
        WfHeapType *h = (WfHeapType *)t;
        heap_unlink(h);
        wf_clear(&h->slotnames);
        free(h->subclasses);
        h->subclasses = NULL;
    }
    WfType *base = t->base;
    t->base = NULL;
    wf_clear(&t->dict);
    wf_clear(&t->mro);
    wf_clear(&t->bases);
    wf_clear(&t->heap_qualname);
    wf_clear(&t->heap_module);
    t->name = "?";
    wf_clear(&t->heap_name);
    if (base) wf_decref((WfValue)base);
    wf_object_free(self);
}

// ---- heap types: MRO -------------------------------------------------------------------------

typedef struct TypeVec {
    WfType **items;
    size_t len, pos;   // pos: merge cursor
} TypeVec;

static int mro_error(TypeVec *lists, size_t n) {
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append_cstr(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
    WfType **seen = calloc(n + 1, sizeof(WfType *));
    size_t nseen = 0;
    for (size_t i = 0; i < n; i++) {
        if (lists[i].pos >= lists[i].len) continue;
        WfType *c = lists[i].items[lists[i].pos];
        bool dup = false;
        for (size_t j = 0; j < nseen; j++) dup |= seen[j] == c;
        if (dup || !seen) continue;
        if (nseen) wf_strbuf_append_cstr(&b, ", ");
        seen[nseen++] = c;
        wf_strbuf_append_cstr(&b, c->name);
    }
    free(seen);
    WfValue msg = wf_strbuf_finish(&b);
    if (msg) {
        wf_err_set(wf_TypeError, msg);
        wf_decref(msg);
    }
    return -1;
}

// C3 linearization of [t] with [bases]. Returns a new tuple reference.
static WfValue compute_mro(WfType *t, WfValue bases) {
    size_t nb = WF_TUPLE_LEN(bases);
    if (nb == 1) {   // single inheritance: (t,) + base.__mro__
        WfType *b = (WfType *)WF_TUPLE_GET(bases, 0);
        size_t n = WF_TUPLE_LEN(b->mro);
        WfValue mro = wf_tuple_new(n + 1);
        if (!mro) return WF_NULL;
        WF_TUPLE_SET_STEAL(mro, 0, wf_newref((WfValue)t));
        for (size_t i = 0; i < n; i++)
            WF_TUPLE_SET_STEAL(mro, i + 1, wf_newref(WF_TUPLE_GET(b->mro, i)));
        return mro;
    }
    WfValue result = WF_NULL;
    TypeVec *lists = calloc(nb + 1, sizeof(TypeVec));
    size_t total = 1;
    WfType **out = NULL;
    if (!lists) return wf_err_no_memory();
    for (size_t i = 0; i < nb; i++) {
        WfType *b = (WfType *)WF_TUPLE_GET(bases, i);
        lists[i].items = (WfType **)WF_TUPLE_ITEMS(b->mro);
        lists[i].len = WF_TUPLE_LEN(b->mro);
        total += lists[i].len;
    }
    lists[nb].items = (WfType **)WF_TUPLE_ITEMS(bases);
    lists[nb].len = nb;
    out = malloc(total * sizeof(WfType *));
    if (!out) {
        wf_err_no_memory();
        goto done;
    }
    size_t nout = 0;
    out[nout++] = t;
    for (;;) {
        bool empty = true;
        WfType *cand = NULL;
        for (size_t i = 0; i <= nb && !cand; i++) {
            if (lists[i].pos >= lists[i].len) continue;
            empty = false;
            WfType *c = lists[i].items[lists[i].pos];
            bool in_tail = false;
            for (size_t j = 0; j <= nb && !in_tail; j++)
                for (size_t k = lists[j].pos + 1; k < lists[j].len; k++)
                    if (lists[j].items[k] == c) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail) cand = c;
        }
        if (empty) break;
        if (!cand) {
            mro_error(lists, nb + 1);
            goto done;
        }
        out[nout++] = cand;
        for (size_t i = 0; i <= nb; i++)
            if (lists[i].pos < lists[i].len && lists[i].items[lists[i].pos] == cand) lists[i].pos++;
    }
    result = wf_tuple_new(nout);
    if (!result) goto done;
    for (size_t i = 0; i < nout; i++) WF_TUPLE_SET_STEAL(result, i, wf_newref((WfValue)out[i]));
done:
    free(out);
    free(lists);
    return result;
}

// ---- heap types: layout ---------------------------------------------------------------------

static size_t align_value(size_t n) {
    return (n + sizeof(WfValue) - 1) & ~(sizeof(WfValue) - 1);
}

// The nearest static ancestor (the type whose dealloc/new lay the object out).
static WfType *static_base(WfType *t) {
    while (t->flags & WF_TPFLAGS_HEAPTYPE) t = t->base;
    return t;
}

// Static bases whose instances have a variable or opaque size: a Weft
// subclass keeps its __dict__ out of line and cannot add __slots__.
static bool is_varsize_base(WfType *sb) {
    return sb->itemsize != 0 || sb == &wf_str_type || sb == &wf_tuple_type ||
           sb == &wf_bytes_type || sb == &wf_int_type;
}

// The type that determines [t]'s instance layout (CPython's solid_base).
static WfType *solid_base(WfType *t) {
    if (t->flags & WF_TPFLAGS_HEAPTYPE) {
        if ((t->flags & WF_TPFLAGS_HAS_EXT) && ((WfHeapType *)t)->nslots) return t;
        return solid_base(t->base);
    }
    WfType *b = t->base;
    if (!b) return t;
    WfType *sb = solid_base(b);
    return t->basicsize != sb->basicsize || t->itemsize != sb->itemsize ? t : sb;
}

static WfType *best_base(WfValue bases) {
    WfType *base = NULL, *winner = NULL;
    for (size_t i = 0; i < WF_TUPLE_LEN(bases); i++) {
        WfType *b = (WfType *)WF_TUPLE_GET(bases, i);
        WfType *cand = solid_base(b);
        if (!winner) {
            winner = cand;
            base = b;
        } else if (wf_type_is_subtype(winner, cand)) {
            // keep
        } else if (wf_type_is_subtype(cand, winner)) {
            winner = cand;
            base = b;
        } else {
            wf_err_set_str(wf_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static bool instances_have_dict(WfType *t) {
    return t->dictoffset != 0 || (t->flags & WF_TPFLAGS_EXT_DICT);
}

// ---- heap types: creation -------------------------------------------------------------------

static WfValue subtype_get_dict(WfValue self) {
    WfValue *dp = wf_object_dict_ptr(self, true);
    if (!dp) {
        if (!wf_err_occurred())
            wf_err_format(wf_AttributeError, "This object has no __dict__");
        return WF_NULL;
    }
    if (!*dp) {
        WfValue d = wf_dict_new();
        if (!d) return WF_NULL;
        dp = wf_object_dict_ptr(self, true);
        if (!dp) {
            wf_decref(d);
            return WF_NULL;
        }
        *dp = d;
    }
    return wf_newref(*dp);
}

static int subtype_set_dict(WfValue self, WfValue value) {
    if (value && !wf_is_dict(value)) {
        wf_err_format(wf_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      wf_type_name(value));
        return -1;
    }
    WfValue *dp = wf_object_dict_ptr(self, true);
    if (!dp) {
        if (!wf_err_occurred())
            wf_err_format(wf_AttributeError, "This object has no __dict__");
        return -1;
    }
    wf_setref(dp, value);
    return 0;
}

static const WfGetSetDef subtype_dict_getset = {
    "__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables"};

static bool is_identifier(WfValue s) {
    const unsigned char *p = (const unsigned char *)wf_str_cstr(s);
    size_t n = WF_STR_LEN(s);
    if (n == 0 || (p[0] >= '0' && p[0] <= '9')) return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (!(c == '_' || c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

// Private name mangling: __x in class _C -> _C__x. Returns a new reference.
static WfValue mangle(WfValue classname, WfValue name) {
    const char *n = wf_str_cstr(name);
    size_t len = WF_STR_LEN(name);
    if (len < 2 || n[0] != '_' || n[1] != '_' || (len > 2 && n[len - 1] == '_' && n[len - 2] == '_'))
        return wf_newref(name);
    const char *c = wf_str_cstr(classname);
    while (*c == '_') c++;
    if (!*c) return wf_newref(name);
    return wf_str_from_format("_%s%s", c, n);
}

// Reads __slots__ into a new list of str (unmangled, '__dict__'/'__weakref__' kept).
static WfValue read_slots(WfValue slots) {
    if (wf_is_str(slots)) {
        WfValue l = wf_list_new(0);
        if (l && wf_list_append(l, slots) < 0) wf_clear(&l);
        return l;
    }
    WfValue l = wf_list_from_iterable(slots);
    if (!l) return WF_NULL;
    for (size_t i = 0; i < WF_LIST_LEN(l); i++) {
        WfValue s = WF_LIST_ITEMS(l)[i];
        if (!wf_is_str(s)) {
            wf_err_format(wf_TypeError, "__slots__ items must be strings, not '%s'",
                          wf_type_name(s));
            wf_decref(l);
            return WF_NULL;
        }
        if (!is_identifier(s)) {
            wf_err_set_str(wf_TypeError, "__slots__ must be identifiers");
            wf_decref(l);
            return WF_NULL;
        }
    }
    return l;
}

static bool is_plain_function(WfValue v) {
    return !WF_IS_SMALLINT(v) && v->type == &wf_function_type;
}

// Wraps a plain function stored under [name] with [wrap] (staticmethod/classmethod).
static int wrap_special(WfValue dict, const char *name, WfValue (*wrap)(WfValue)) {
    WfValue v;
    int r = wf_dict_get_cstr_ref(dict, name, &v);
    if (r <= 0) return r;
    if (is_plain_function(v)) {
        WfValue w = wrap(v);
        r = w ? wf_dict_set_cstr(dict, name, w) : -1;
        wf_xdecref(w);
    }
    wf_decref(v);
    return r < 0 ? -1 : 0;
}

static int add_subclass(WfHeapType *base, WfHeapType *sub) {
    if (base->nsubclasses == base->capsubclasses) {
        size_t ncap = base->capsubclasses ? base->capsubclasses * 2 : 4;
        WfHeapType **n = realloc(base->subclasses, ncap * sizeof(WfHeapType *));
        if (!n) {
            wf_err_no_memory();
            return -1;
        }
        base->subclasses = n;
        base->capsubclasses = ncap;
    }
    base->subclasses[base->nsubclasses++] = sub;
    return 0;
}

static WfValue init_subclass_kwargs_call(WfType *t, WfValue kwargs) {
    WfValue mro = t->mro;
    for (size_t i = 1; i < WF_TUPLE_LEN(mro); i++) {
        WfType *b = (WfType *)WF_TUPLE_GET(mro, i);
        WfValue f = b->dict ? dict_lookup_str(b->dict, WF_ID(__init_subclass__)) : WF_NULL;
        if (!f) continue;
        wf_incref(f);
        WfDescrGetFn get = wf_type(f)->descr_get;
        WfValue bound = get ? get(f, WF_NULL, (WfValue)t) : wf_newref(f);
        wf_decref(f);
        if (!bound) return WF_NULL;
        WfValue r = wf_call_tuple_dict(bound, WF_NULL, kwargs);
        wf_decref(bound);
        return r;
    }
    return wf_newref(WF_NONE);
}

static int call_set_names(WfType *t) {
    WfValue copy = wf_dict_copy(t->dict);
    if (!copy) return -1;
    size_t pos = 0;
    WfValue key, value;
    int result = 0;
    while (wf_dict_next(copy, &pos, &key, &value)) {
        WfValue f = wf_type_lookup(wf_type(value), WF_ID(__set_name__));
        if (!f) continue;
        wf_incref(f);
        WfValue args[2] = {(WfValue)t, key};
        WfValue r = wf_call_unbound(f, value, args, 2, WF_NULL);
        wf_decref(f);
        if (!r) {
            WfValue cause = wf_err_fetch();
            wf_err_format(wf_RuntimeError, "Error calling __set_name__ on '%s' instance '%s' in '%s'",
                          wf_type_name(value), wf_str_cstr(key), t->name);
            WfValue exc = wf_err_peek();
            if (exc && cause) wf_exc_set_cause(exc, cause);
            wf_xdecref(cause);
            result = -1;
            break;
        }
        wf_decref(r);
    }
    wf_decref(copy);
    return result;
}

static WfValue module_name_from_frame(void) {
    WfFrame *f = wf_frame_current();
    if (!f) return WF_NULL;
    WfValue g = wf_frame_globals(f);
    if (!g) return WF_NULL;
    return dict_lookup_str(g, WF_ID(__name__));
}

static WfValue type_new_impl(WfType *metatype, WfValue name, WfValue bases_in, WfValue ns,
                             WfValue kwargs) {
    WfValue bases = WF_NULL, dict = WF_NULL, slots = WF_NULL, cell = WF_NULL, v = WF_NULL;
    WfValue slotnames = WF_NULL;
    WfHeapType *ht = NULL;
    WfValue result = WF_NULL;
    size_t nb = WF_TUPLE_LEN(bases_in);

    bases = nb ? wf_newref(bases_in) : wf_tuple_pack(1, (WfValue)&wf_object_type);
    if (!bases) goto error;
    nb = WF_TUPLE_LEN(bases);
    WfType *winner = metatype;
    // CPython settles the metaclass (over every base's type) before checking the bases.
    for (size_t i = 0; i < nb; i++) {
        WfType *mt = wf_type(WF_TUPLE_GET(bases, i));
        if (wf_type_is_subtype(winner, mt)) continue;
        if (wf_type_is_subtype(mt, winner)) {
            winner = mt;
            continue;
        }
        wf_err_set_str(wf_TypeError,
                       "metaclass conflict: the metaclass of a derived class must be a "
                       "(non-strict) subclass of the metaclasses of all its bases");
        goto error;
    }
    for (size_t i = 0; i < nb; i++) {
        WfValue b = WF_TUPLE_GET(bases, i);
        if (!wf_is_type(b)) {
            wf_err_set_str(wf_TypeError, "bases must be types");
            goto error;
        }
        WfType *bt = (WfType *)b;
        if (!(bt->flags & WF_TPFLAGS_BASETYPE)) {
            wf_err_format(wf_TypeError, "type '%s' is not an acceptable base type", bt->name);
            goto error;
        }
        if (!(bt->flags & WF_TPFLAGS_READY) && wf_type_ready(bt) < 0) goto error;
        for (size_t j = 0; j < i; j++)
            if (WF_TUPLE_GET(bases, j) == b) {
                wf_err_format(wf_TypeError, "duplicate base class %s", bt->name);
                goto error;
            }
    }
    if (winner != metatype) {
        if (winner->new_ != type_new) {
            // A more derived Weft metaclass takes over: winner.__new__(winner, name, bases, ns, **kw).
            WfValue newf = wf_getattr((WfValue)winner, WF_ID(__new__));
            WfValue argt = newf ? wf_tuple_pack(4, (WfValue)winner, name, bases, ns) : WF_NULL;
            if (argt) result = wf_call_tuple_dict(newf, argt, kwargs);
            wf_xdecref(newf);
            wf_xdecref(argt);
            wf_decref(bases);
            return result;
        }
        metatype = winner;
    }
    WfType *base = best_base(bases);
    if (!base) goto error;

    dict = wf_dict_copy(ns);
    if (!dict) goto error;

    // __slots__
    int has_slots = wf_dict_get_cstr_ref(dict, "__slots__", &v);
    if (has_slots < 0) goto error;
    bool add_dict = !instances_have_dict(base);
    WfType *sb = static_base(base);
    bool varsize = is_varsize_base(sb);
    if (has_slots) {
        slots = read_slots(v);
        wf_clear(&v);
        if (!slots) goto error;
        add_dict = false;
        size_t ns_ = 0;
        WfValue kept = wf_list_new(0);
        if (!kept) goto error;
        for (size_t i = 0; i < WF_LIST_LEN(slots); i++) {
            WfValue s = WF_LIST_ITEMS(slots)[i];
            if (wf_str_eq_cstr(s, "__dict__")) {
                if (!instances_have_dict(base) && !add_dict) {
                    add_dict = true;
                    continue;
                }
                wf_err_set_str(wf_TypeError, "__dict__ slot disallowed: we already got one");
                wf_decref(kept);
                goto error;
            }
            if (wf_str_eq_cstr(s, "__weakref__")) continue;
            WfValue m = mangle(name, s);
            if (!m) {
                wf_decref(kept);
                goto error;
            }
            wf_str_intern_inplace(&m);
            int clash = wf_dict_get_ref(dict, m, &v);
            if (clash > 0) {
                wf_clear(&v);
                wf_err_format(wf_ValueError, "'%s' in __slots__ conflicts with class variable",
                              wf_str_cstr(s));
                wf_decref(m);
                wf_decref(kept);
                goto error;
            }
            if (clash < 0 || wf_list_append_steal(kept, m) < 0) {
                wf_decref(kept);
                goto error;
            }
            ns_++;
        }
        if (ns_ && varsize) {
            wf_err_format(wf_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                          sb->name);
            wf_decref(kept);
            goto error;
        }
        if (wf_list_sort(kept, WF_NULL, false) < 0) {   // CPython lays slots out sorted
            wf_decref(kept);
            goto error;
        }
        slotnames = wf_list_as_tuple(kept);
        wf_decref(kept);
        if (!slotnames) goto error;
    }

    // The type object.
    ht = (WfHeapType *)wf_object_alloc(metatype, metatype->basicsize < sizeof(WfHeapType)
                                                     ? sizeof(WfHeapType)
                                                     : metatype->basicsize);
    if (!ht) goto error;
    WfType *t = &ht->type;
    t->flags = WF_TPFLAGS_HEAPTYPE | WF_TPFLAGS_BASETYPE | WF_TPFLAGS_HAS_EXT |
               WF_TPFLAGS_SLOTS_READY;
    for (size_t i = 0; i < nb; i++)
        t->flags |= ((WfType *)WF_TUPLE_GET(bases, i))->flags & WF_TPFLAGS_SUBCLASS_MASK;
    ht->version = new_version();
    ht->all_next = all_heap_types;
    if (all_heap_types) all_heap_types->all_prev = ht;
    all_heap_types = ht;
    t->base = base;
    wf_incref((WfValue)base);
    t->bases = bases;
    bases = WF_NULL;
    t->heap_name = wf_newref(name);
    t->name = wf_str_cstr(name);

    // __qualname__, __module__, __classcell__ and the implicit wrappers.
    int r = wf_dict_get_cstr_ref(dict, "__qualname__", &v);
    if (r < 0) goto error;
    if (r) {
        if (!wf_is_str(v)) {
            wf_err_format(wf_TypeError, "type __qualname__ must be a str, not %s", wf_type_name(v));
            goto error;
        }
        t->heap_qualname = v;
        v = WF_NULL;
        WfValue key = wf_str_intern("__qualname__");
        r = key ? wf_dict_pop_opt(dict, key) : -1;
        wf_xdecref(key);
        if (r < 0) goto error;
    } else {
        t->heap_qualname = wf_newref(name);
    }
    r = wf_dict_get_cstr_ref(dict, "__module__", &v);
    if (r < 0) goto error;
    if (!r) {
        WfValue modname = module_name_from_frame();
        if (modname && wf_dict_set_cstr(dict, "__module__", modname) < 0) goto error;
        t->heap_module = modname ? wf_newref(modname) : WF_NULL;
    } else {
        t->heap_module = v;
        v = WF_NULL;
    }
    r = wf_dict_get_cstr_ref(dict, "__classcell__", &cell);
    if (r < 0) goto error;
    if (r) {
        if (WF_IS_SMALLINT(cell) || cell->type != &wf_cell_type) {
            WfValue rep = wf_repr((WfValue)wf_type(cell));
            wf_err_format(wf_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                          rep ? wf_str_cstr(rep) : "?");
            wf_xdecref(rep);
            goto error;
        }
        WfValue key = wf_str_intern("__classcell__");
        r = key ? wf_dict_pop_opt(dict, key) : -1;
        wf_xdecref(key);
        if (r < 0) goto error;
    }
    if (wrap_special(dict, "__new__", wf_staticmethod_new) < 0 ||
        wrap_special(dict, "__init_subclass__", wf_classmethod_new) < 0 ||
        wrap_special(dict, "__class_getitem__", wf_classmethod_new) < 0)
        goto error;
    int has_eq = dict_has_cstr(dict, "__eq__"), has_hash = dict_has_cstr(dict, "__hash__");
    if (has_eq < 0 || has_hash < 0) goto error;
    if (has_eq && !has_hash && wf_dict_set_cstr(dict, "__hash__", WF_NONE) < 0) goto error;

    // Instance layout.
    t->itemsize = base->itemsize;
    t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    if (base->flags & WF_TPFLAGS_EXT_DICT) t->flags |= WF_TPFLAGS_EXT_DICT;
    if (sb == &wf_object_type && t->basicsize < sizeof(WfInstance))
        t->basicsize = sizeof(WfInstance);
    if (add_dict) {
        if (sb == &wf_object_type) t->dictoffset = offsetof(WfInstance, dict);
        else if (varsize) t->flags |= WF_TPFLAGS_EXT_DICT;
        else {
            t->basicsize = align_value(t->basicsize);
            t->dictoffset = t->basicsize;
            t->basicsize += sizeof(WfValue);
        }
        int has = dict_has_cstr(dict, "__dict__");
        if (has < 0) goto error;
        if (!has && !wf_type_lookup(base, WF_ID(__dict__)) &&
            dict_set_cstr_steal(dict, "__dict__", wf_getset_descr_new(&subtype_dict_getset, t)) < 0)
            goto error;
    }
    if (slotnames) {
        size_t n = WF_TUPLE_LEN(slotnames);
        t->basicsize = align_value(t->basicsize);
        for (size_t i = 0; i < n; i++) {
            WfValue m = WF_TUPLE_GET(slotnames, i);
            WfValue d = wf_member_descr_new(m, t, t->basicsize);
            if (!d || wf_dict_set(dict, m, d) < 0) {
                wf_xdecref(d);
                goto error;
            }
            wf_decref(d);
            t->basicsize += sizeof(WfValue);
        }
        ht->nslots = n;
        ht->slotnames = slotnames;
        slotnames = WF_NULL;
    }
    int has_doc = dict_has_cstr(dict, "__doc__");
    if (has_doc < 0) goto error;
    if (!has_doc && wf_dict_set_cstr(dict, "__doc__", WF_NONE) < 0) goto error;
    t->dict = dict;
    dict = WF_NULL;

    // MRO, slots, registration.
    t->mro = compute_mro(t, t->bases);
    if (!t->mro) goto error;
    t->dealloc = base->dealloc;
    t->repr = base->repr;
    t->str = base->str;
    t->hash = base->hash;
    t->richcompare = base->richcompare;
    t->getattr = base->getattr;
    t->setattr = base->setattr;
    t->call = base->call;
    t->iter = base->iter;
    t->iternext = base->iternext;
    t->descr_get = base->descr_get;
    t->descr_set = base->descr_set;
    t->new_ = base->new_;
    t->init = base->init;
    memcpy(t->nb, base->nb, sizeof(t->nb));
    t->nb_pow3 = base->nb_pow3;
    t->nb_neg = base->nb_neg;
    t->nb_pos = base->nb_pos;
    t->nb_invert = base->nb_invert;
    t->nb_abs = base->nb_abs;
    t->nb_bool = base->nb_bool;
    t->nb_int = base->nb_int;
    t->nb_float = base->nb_float;
    t->nb_index = base->nb_index;
    t->len = base->len;
    t->getitem = base->getitem;
    t->setitem = base->setitem;
    t->contains = base->contains;
    t->dealloc = heap_dealloc;
    t->flags |= WF_TPFLAGS_READY;
    wf_type_fixup_slots(t);
    ht->has_del = wf_type_lookup_uncached(t, WF_ID(__del__)) != WF_NULL;
    for (size_t i = 0; i < nb; i++) {
        WfType *b = (WfType *)WF_TUPLE_GET(t->bases, i);
        if ((b->flags & WF_TPFLAGS_HAS_EXT) && add_subclass((WfHeapType *)b, ht) < 0) goto error;
    }
    if (cell) wf_setref(&((WfCell *)cell)->ref, (WfValue)t);

    if (call_set_names(t) < 0) goto error;
    WfValue isc = init_subclass_kwargs_call(t, kwargs);
    if (!isc) goto error;
    wf_decref(isc);
    result = (WfValue)ht;
    ht = NULL;
error:
    wf_xdecref(v);
    wf_xdecref(cell);
    wf_xdecref(slots);
    wf_xdecref(slotnames);
    wf_xdecref(dict);
    wf_xdecref(bases);
    if (ht) wf_decref((WfValue)ht);
    return result;
}

WfValue wf_type_new_class(WfValue name, WfValue bases, WfValue ns, WfValue kwargs) {
    return type_new_impl(&wf_type_type, name, bases, ns, kwargs);
}

// ---- __build_class__ ----------------------------------------------------------------------------

// Replaces bases that define __mro_entries__ (PEP 560). Returns a new reference.
static WfValue update_bases(WfValue bases, bool *changed) {
    *changed = false;
    size_t n = WF_TUPLE_LEN(bases);
    WfValue out = WF_NULL;
    for (size_t i = 0; i < n; i++) {
        WfValue b = WF_TUPLE_GET(bases, i);
        WfValue meth = WF_NULL;
        if (!wf_is_type(b)) {
            int r = wf_getattr_opt(b, WF_ID(__mro_entries__), &meth);
            if (r < 0) goto error;
        }
        if (!meth) {
            if (out && wf_list_append(out, b) < 0) goto error;
            continue;
        }
        if (!out) {
            out = wf_list_new(0);
            for (size_t j = 0; out && j < i; j++)
                if (wf_list_append(out, WF_TUPLE_GET(bases, j)) < 0) wf_clear(&out);
            if (!out) {
                wf_decref(meth);
                goto error;
            }
        }
        WfValue entries = wf_call1(meth, bases);
        wf_decref(meth);
        if (!entries) goto error;
        if (!wf_is_tuple(entries)) {
            wf_err_set_str(wf_TypeError, "__mro_entries__ must return a tuple");
            wf_decref(entries);
            goto error;
        }
        int r = wf_list_extend(out, entries);
        wf_decref(entries);
        if (r < 0) goto error;
    }
    if (!out) return wf_newref(bases);
    *changed = true;
    WfValue t = wf_list_as_tuple(out);
    wf_decref(out);
    return t;
error:
    wf_xdecref(out);
    return WF_NULL;
}

WfValue wf_build_class(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs < 2) {
        wf_err_set_str(wf_TypeError, "__build_class__: not enough arguments");
        return WF_NULL;
    }
    WfValue func = args[0], name = args[1];
    if (WF_IS_SMALLINT(func) || func->type != &wf_function_type) {
        wf_err_set_str(wf_TypeError, "__build_class__: func must be a function");
        return WF_NULL;
    }
    if (!wf_is_str(name)) {
        wf_err_set_str(wf_TypeError, "__build_class__: name is not a string");
        return WF_NULL;
    }
    WfValue orig_bases = WF_NULL, bases = WF_NULL, meta = WF_NULL, kwargs = WF_NULL;
    WfValue ns = WF_NULL, cell = WF_NULL, cls = WF_NULL;
    orig_bases = wf_tuple_from_array(args + 2, nargs - 2);
    if (!orig_bases) goto done;
    bool changed;
    bases = update_bases(orig_bases, &changed);
    if (!bases) goto done;
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    if (nkw) {
        kwargs = wf_dict_new();
        if (!kwargs) goto done;
        for (size_t i = 0; i < nkw; i++) {
            WfValue k = WF_TUPLE_GET(kwnames, i);
            if (wf_str_eq_cstr(k, "metaclass")) wf_setref(&meta, args[nargs + i]);
            else if (wf_dict_set(kwargs, k, args[nargs + i]) < 0) goto done;
        }
    }
    bool is_class = false;
    if (!meta) {
        meta = wf_newref(WF_TUPLE_LEN(bases) ? (WfValue)wf_type(WF_TUPLE_GET(bases, 0))
                                             : (WfValue)&wf_type_type);
        is_class = true;
    } else {
        is_class = wf_is_type(meta);
    }
    if (is_class) {
        // The most derived metaclass among meta and the bases' metaclasses.
        WfType *winner = (WfType *)meta;
        for (size_t i = 0; i < WF_TUPLE_LEN(bases); i++) {
            WfType *mt = wf_type(WF_TUPLE_GET(bases, i));
            if (wf_type_is_subtype(winner, mt)) continue;
            if (wf_type_is_subtype(mt, winner)) {
                winner = mt;
                continue;
            }
            wf_err_set_str(wf_TypeError,
                           "metaclass conflict: the metaclass of a derived class must be a "
                           "(non-strict) subclass of the metaclasses of all its bases");
            goto done;
        }
        wf_setref(&meta, (WfValue)winner);
    }
    if (meta == (WfValue)&wf_type_type) {
        ns = wf_dict_new();
    } else {
        WfValue prep;
        int r = wf_getattr_opt(meta, WF_ID(__prepare__), &prep);
        if (r < 0) goto done;
        if (r) {
            WfValue pargs = wf_tuple_pack(2, name, bases);
            ns = pargs ? wf_call_tuple_dict(prep, pargs, kwargs) : WF_NULL;
            wf_xdecref(pargs);
            wf_decref(prep);
            if (ns && (WF_IS_SMALLINT(ns) || !ns->type->getitem)) {
                wf_err_format(wf_TypeError, "%s.__prepare__() must return a mapping, not %s",
                              is_class ? ((WfType *)meta)->name : "<metaclass>",
                              wf_type_name(ns));
                wf_clear(&ns);
            }
        } else {
            ns = wf_dict_new();
        }
    }
    if (!ns) goto done;
    if (changed && wf_setitem(ns, WF_ID(__orig_bases__), orig_bases) < 0) goto done;
    cell = wf_eval_class_body(func, ns);
    if (!cell) goto done;
    WfValue margs = wf_tuple_pack(3, name, bases, ns);
    if (!margs) goto done;
    cls = wf_call_tuple_dict(meta, margs, kwargs);
    wf_decref(margs);
    if (cls && !WF_IS_SMALLINT(cell) && cell->type == &wf_cell_type) {
        WfCell *c = (WfCell *)cell;
        if (!c->ref) {
            wf_setref(&c->ref, cls);
        } else if (c->ref != cls) {
            WfValue r1 = wf_repr(c->ref), r2 = wf_repr(cls);
            if (r1 && r2)
                wf_err_format(wf_TypeError, "__class__ set to %s defining '%s' as %s",
                              wf_str_cstr(r1), wf_str_cstr(name), wf_str_cstr(r2));
            wf_xdecref(r1);
            wf_xdecref(r2);
            wf_clear(&cls);
        }
    }
done:
    wf_xdecref(cell);
    wf_xdecref(ns);
    wf_xdecref(kwargs);
    wf_xdecref(meta);
    wf_xdecref(bases);
    wf_xdecref(orig_bases);
    return cls;
}

// ---- object --------------------------------------------------------------------------------------

static bool excess_args(size_t nargs, WfValue kwnames) {
    return nargs || (kwnames && WF_TUPLE_LEN(kwnames));
}

// "Can't instantiate abstract class C with abstract method(s) f, g". 0 ok / -1.
static int check_abstract(WfType *type) {
    if (!((WfHeapType *)type)->is_abstract) return 0;
    WfValue am = wf_type_lookup(type, WF_ID(__abstractmethods__));
    if (!am) return 0;
    wf_incref(am);
    int r = 0;
    intptr_t n = wf_is_true(am);
    if (n > 0) {
        WfValue l = wf_list_from_iterable(am);
        if (l && wf_list_sort(l, WF_NULL, false) == 0) {
            WfValue sep = wf_str_from_cstr(", ");
            WfValue joined = sep ? wf_str_join(sep, l) : WF_NULL;
            if (joined)
                wf_err_format(wf_TypeError,
                              "Can't instantiate abstract class %s with abstract method%s %s",
                              type->name, WF_LIST_LEN(l) > 1 ? "s" : "", wf_str_cstr(joined));
            wf_xdecref(joined);
            wf_xdecref(sep);
        }
        wf_xdecref(l);
        r = -1;
    } else if (n < 0) {
        r = -1;
    }
    wf_decref(am);
    return r;
}

WfValue wf_object_new_impl(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != wf_object_new_impl) {
            wf_err_set_str(wf_TypeError,
                           "object.__new__() takes exactly one argument (the type to instantiate)");
            return WF_NULL;
        }
        if (type->init == wf_object_init_impl) {
            wf_err_format(wf_TypeError, "%s() takes no arguments", type->name);
            return WF_NULL;
        }
    }
    if ((type->flags & WF_TPFLAGS_HAS_EXT) && check_abstract(type) < 0) return WF_NULL;
    return wf_object_alloc(type, type->basicsize);
}

int wf_object_init_impl(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (excess_args(nargs, kwnames)) {
        WfType *type = wf_type(self);
        if (type->init != wf_object_init_impl) {
            wf_err_set_str(wf_TypeError,
                           "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->new_ == wf_object_new_impl) {
            wf_err_format(wf_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                          type->name);
            return -1;
        }
    }
    return 0;
}

static WfValue object_repr(WfValue self) {
    WfType *t = wf_type(self);
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append_char(&b, '<');
    append_type_fullname(&b, t);
    wf_strbuf_printf(&b, " object at %p>", (void *)self);
    return wf_strbuf_finish(&b);
}

static WfValue object_str(WfValue self) {
    WfType *t = wf_type(self);
    if (t->repr) return t->repr(self);   // unchecked: wf_str reports "__str__ returned ..."
    return object_repr(self);
}

static WfValue object_richcompare(WfValue a, WfValue b, int op) {
    switch (op) {
    case WF_EQ: return wf_newref(a == b ? WF_TRUE : WF_NOTIMPLEMENTED);
    case WF_NE: {
        WfRichCmpFn eq = wf_type(a)->richcompare;
        if (!eq) return wf_newref(WF_NOTIMPLEMENTED);
        WfValue r = eq(a, b, WF_EQ);
        if (!r || r == WF_NOTIMPLEMENTED) return r;
        int t = wf_is_true(r);
        wf_decref(r);
        if (t < 0) return WF_NULL;
        return wf_bool(!t);
    }
    default: return wf_newref(WF_NOTIMPLEMENTED);
    }
}

static WfHash object_hash(WfValue self) {
    return wf_hash_pointer(self);
}

static void object_dealloc(WfValue self) {
    wf_object_free(self);
}

static WfValue object_get_class(WfValue self) {
    return wf_newref((WfValue)wf_type(self));
}

static bool compatible_layout(WfType *a, WfType *b) {
    return a->basicsize == b->basicsize && a->itemsize == b->itemsize &&
           a->dictoffset == b->dictoffset &&
           (a->flags & WF_TPFLAGS_EXT_DICT) == (b->flags & WF_TPFLAGS_EXT_DICT) &&
           static_base(a) == static_base(b) && solid_base(a) == solid_base(b);
}

static int object_set_class(WfValue self, WfValue value) {
    if (!value) {
        wf_err_set_str(wf_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!wf_is_type(value)) {
        wf_err_format(wf_TypeError, "__class__ must be set to a class, not '%s' object",
                      wf_type_name(value));
        return -1;
    }
    WfType *old = wf_type(self), *nt = (WfType *)value;
    bool modules = wf_type_is_subtype(old, &wf_module_type) && wf_type_is_subtype(nt, &wf_module_type);
    if (!modules && (!(old->flags & WF_TPFLAGS_HEAPTYPE) || !(nt->flags & WF_TPFLAGS_HEAPTYPE))) {
        wf_err_set_str(wf_TypeError,
                       "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!compatible_layout(old, nt)) {
        wf_err_format(wf_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                      nt->name, old->name);
        return -1;
    }
    // The object's reference moves from its old (heap) type to the new one.
    if (nt->flags & WF_TPFLAGS_HEAPTYPE) wf_incref(value);
    self->type = nt;
    if (old->flags & WF_TPFLAGS_HEAPTYPE) wf_decref((WfValue)old);
    return 0;
}

static const WfGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class"},
    {NULL, NULL, NULL, NULL},
};

static WfValue object_format(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("__format__", kwnames) < 0 || wf_args_count("__format__", nargs, 1, 1) < 0)
        return WF_NULL;
    if (!wf_is_str(args[0])) {
        wf_err_format(wf_TypeError, "__format__() argument must be str, not %s",
                      wf_type_name(args[0]));
        return WF_NULL;
    }
    if (WF_STR_LEN(args[0]) > 0) {
        wf_err_format(wf_TypeError, "unsupported format string passed to %s.__format__",
                      wf_type_name(self));
        return WF_NULL;
    }
    return wf_str(self);
}

static WfValue object_init_subclass(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    const char *n = wf_is_type(self) ? ((WfType *)self)->name : "object";
    if (kwnames && WF_TUPLE_LEN(kwnames)) {
        wf_err_format(wf_TypeError, "%s.__init_subclass__() takes no keyword arguments", n);
        return WF_NULL;
    }
    if (nargs) {
        wf_err_format(wf_TypeError, "%s.__init_subclass__() takes no arguments (%zu given)", n,
                      nargs);
        return WF_NULL;
    }
    return wf_newref(WF_NONE);
}

static WfValue object_subclasshook(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_newref(WF_NOTIMPLEMENTED);
}

static WfValue object_dir(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__dir__", nargs, 0, 0) < 0) return WF_NULL;
    WfValue names = wf_dict_new(), r = WF_NULL;
    if (!names) return WF_NULL;
    WfValue d = wf_object_get_dict(self);
    if (d && wf_is_dict(d)) {
        size_t pos = 0;
        WfValue k;
        while (wf_dict_next(d, &pos, &k, NULL))
            if (wf_dict_set(names, k, WF_NONE) < 0) goto done;
    }
    if (merge_class_dict(names, wf_type(self)) < 0) goto done;
    r = dict_keys_list(names);
done:
    wf_decref(names);
    return r;
}

static WfValue object_sizeof(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__sizeof__", nargs, 0, 0) < 0) return WF_NULL;
    return wf_int_from_u64(wf_type(self)->basicsize);
}

// object.__getstate__(): the instance __dict__ (None when empty or absent),
// paired with a dict of the set __slots__ values when the class has slots.
static WfValue object_getstate_impl(WfValue self) {
    WfType *t = wf_type(self);
    WfValue d = wf_object_get_dict(self);
    WfValue state = d && wf_is_dict(d) && wf_dict_len(d) ? d : WF_NONE;
    WfValue slots = WF_NULL;
    for (WfType *k = t; k && (k->flags & WF_TPFLAGS_HAS_EXT); k = k->base) {
        WfHeapType *h = (WfHeapType *)k;
        for (size_t i = 0; h->slotnames && i < WF_TUPLE_LEN(h->slotnames); i++) {
            WfValue name = WF_TUPLE_GET(h->slotnames, i), v;
            int r = wf_getattr_opt(self, name, &v);
            if (r < 0) goto error;
            if (!r) continue;
            if (!slots && !(slots = wf_dict_new())) {
                wf_decref(v);
                goto error;
            }
            r = wf_dict_set(slots, name, v);
            wf_decref(v);
            if (r < 0) goto error;
        }
    }
    if (!slots) return wf_newref(state);
    WfValue r = wf_tuple_pack(2, state, slots);
    wf_decref(slots);
    return r;
error:
    wf_xdecref(slots);
    return WF_NULL;
}

static WfValue object_getstate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__getstate__", nargs, 0, 0) < 0) return WF_NULL;
    return object_getstate_impl(self);
}

// copyreg.__newobj__(cls, *args): cls.__new__(cls, *args).
static WfValue newobj(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs < 1 || !wf_is_type(args[0])) {
        wf_err_set_str(wf_TypeError, "__newobj__ expects a class as its first argument");
        return WF_NULL;
    }
    WfValue f = wf_getattr(args[0], WF_ID(__new__));
    if (!f) return WF_NULL;
    WfValue r = wf_call(f, args, nargs, kwnames);
    wf_decref(f);
    return r;
}

static const WfMethodDef newobj_def = {"__newobj__", newobj, 0, NULL};

// object.__reduce_ex__(protocol): (__newobj__, (cls, *newargs), state,
// listitems, dictitems) as CPython's copyreg-based default produces.
static WfValue object_reduce_impl(WfValue self) {
    WfType *t = wf_type(self);
    WfValue func = WF_NULL, args = WF_NULL, state = WF_NULL, items = WF_NULL, ditems = WF_NULL;
    WfValue newargs = WF_NULL, r = WF_NULL, getnewargs;
    if (!t->new_) {
        wf_err_format(wf_TypeError, "cannot pickle '%s' object", t->name);
        return WF_NULL;
    }
    int has = wf_getattr_opt(self, WF_ID(__getnewargs__), &getnewargs);
    if (has < 0) return WF_NULL;
    if (has) {
        newargs = wf_call0(getnewargs);
        wf_decref(getnewargs);
        if (!newargs) return WF_NULL;
        if (!wf_is_tuple(newargs)) {
            wf_err_format(wf_TypeError, "__getnewargs__ should return a tuple, not '%s'",
                          wf_type_name(newargs));
            goto done;
        }
    } else if (!(t->flags & WF_TPFLAGS_HEAPTYPE) && t->basicsize > sizeof(WfObject) &&
               !(t->flags & (WF_TPFLAGS_LIST_SUBCLASS | WF_TPFLAGS_DICT_SUBCLASS))) {
        wf_err_format(wf_TypeError, "cannot pickle '%s' object", t->name);
        return WF_NULL;
    }
    size_t n = newargs ? WF_TUPLE_LEN(newargs) : 0;
    args = wf_tuple_new(n + 1);
    if (!args) goto done;
    WF_TUPLE_SET_STEAL(args, 0, wf_newref((WfValue)t));
    for (size_t i = 0; i < n; i++) WF_TUPLE_SET_STEAL(args, i + 1, wf_newref(WF_TUPLE_GET(newargs, i)));
    WfValue gs = wf_type_lookup(t, WF_ID(__getstate__));
    if (gs && !(wf_type(gs) == &wf_method_descr_type &&
                ((WfMethodDescr *)gs)->owner == &wf_object_type)) {
        wf_incref(gs);
        state = wf_call_unbound(gs, self, NULL, 0, WF_NULL);
        wf_decref(gs);
    } else {
        state = object_getstate_impl(self);
    }
    if (!state) goto done;
    items = t->flags & WF_TPFLAGS_LIST_SUBCLASS ? wf_iter(self) : wf_newref(WF_NONE);
    if (!items) goto done;
    if (t->flags & WF_TPFLAGS_DICT_SUBCLASS) {
        WfValue it = wf_call_method(self, "items", NULL, 0);
        ditems = it ? wf_iter(it) : WF_NULL;
        wf_xdecref(it);
    } else {
        ditems = wf_newref(WF_NONE);
    }
    if (!ditems) goto done;
    func = wf_native_func_new(&newobj_def, WF_NULL);
    if (func) r = wf_tuple_pack(5, func, args, state, items, ditems);
done:
    wf_xdecref(func);
    wf_xdecref(args);
    wf_xdecref(state);
    wf_xdecref(items);
    wf_xdecref(ditems);
    wf_xdecref(newargs);
    return r;
}

static WfValue object_reduce(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__reduce__", nargs, 0, 0) < 0) return WF_NULL;
    return object_reduce_impl(self);
}

static WfValue object_reduce_ex(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__reduce_ex__", nargs, 1, 1) < 0) return WF_NULL;
    // A class that overrides __reduce__ gets it called (as CPython does).
    WfValue red = wf_type_lookup(wf_type(self), WF_ID(__reduce__));
    if (red && !(wf_type(red) == &wf_method_descr_type &&
                 ((WfMethodDescr *)red)->owner == &wf_object_type)) {
        wf_incref(red);
        WfValue r = wf_call_unbound(red, self, NULL, 0, WF_NULL);
        wf_decref(red);
        return r;
    }
    return object_reduce_impl(self);
}

static const WfMethodDef object_methods[] = {
    {"__format__", object_format, 0, "Default object formatter."},
    {"__init_subclass__", object_init_subclass, WF_METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, WF_METH_CLASS, "Abstract classes can override this."},
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes."},
    {"__reduce_ex__", object_reduce_ex, 0, "Helper for pickle."},
    {"__reduce__", object_reduce, 0, "Helper for pickle."},
    {"__getstate__", object_getstate, 0, "Helper for pickle."},
    {NULL, NULL, 0, NULL},
};

WfType wf_object_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "object",
    .basicsize = sizeof(WfObject),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = wf_generic_getattr,
    .setattr = wf_generic_setattr,
    .new_ = wf_object_new_impl,
    .init = wf_object_init_impl,
    .methods = object_methods,
    .getsets = object_getsets,
};

WfType wf_type_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "type",
    .basicsize = sizeof(WfHeapType),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_TYPE_SUBCLASS,
    .dictoffset = offsetof(WfType, dict),
    .dealloc = type_dealloc,
    .repr = type_repr,
    .getattr = wf_type_getattro,
    .setattr = type_setattro,
    .call = type_call,
    .new_ = type_new,
    .init = type_init,
    .nb = {[WF_BINOP_OR] = type_or},
    .methods = type_methods,
    .getsets = type_getsets,
};

// ---- super -----------------------------------------------------------------------------------------

typedef struct WfSuper {
    WfObject ob;
    WfType *type;       // owned: the class after which the search starts
    WfValue obj;        // owned: the instance or class bound to, or NULL
    WfType *obj_type;   // owned: type(obj) or obj itself for classes, or NULL
} WfSuper;

static void super_dealloc(WfValue self) {
    WfSuper *s = (WfSuper *)self;
    wf_xdecref((WfValue)s->type);
    wf_xdecref(s->obj);
    wf_xdecref((WfValue)s->obj_type);
    wf_object_free(self);
}

static WfType *supercheck(WfType *type, WfValue obj) {
    if (wf_is_type(obj) && wf_type_is_subtype((WfType *)obj, type)) return (WfType *)obj;
    if (wf_type_is_subtype(wf_type(obj), type)) return wf_type(obj);
    WfValue cls;
    int r = wf_getattr_opt(obj, WF_ID(__class__), &cls);
    if (r > 0) {
        if (wf_is_type(cls) && cls != (WfValue)wf_type(obj) &&
            wf_type_is_subtype((WfType *)cls, type)) {
            wf_decref(cls);   // kept alive by obj
            return (WfType *)cls;
        }
        wf_decref(cls);
    } else if (r < 0) {
        return NULL;
    }
    wf_err_set_str(wf_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static WfValue super_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    WfSuper *s = (WfSuper *)wf_object_alloc(type, type->basicsize);
    return (WfValue)s;
}

static int super_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfSuper *s = (WfSuper *)self;
    if (wf_args_no_kw("super", kwnames) < 0 || wf_args_count("super", nargs, 0, 2) < 0) return -1;
    WfValue typ, obj = WF_NULL;
    if (nargs == 0) {
        WfFrame *f = wf_frame_current();
        if (!f) {
            wf_err_set_str(wf_RuntimeError, "super(): no current frame");
            return -1;
        }
        WfCode *code = (WfCode *)wf_frame_code(f);
        if (code->argcount == 0 && !(code->flags & WF_CO_VARARGS)) {
            wf_err_set_str(wf_RuntimeError, "super(): no arguments");
            return -1;
        }
        obj = wf_frame_first_local(f);
        if (!obj) {
            wf_err_set_str(wf_RuntimeError, "super(): arg[0] deleted");
            return -1;
        }
        bool has_cell = false;
        for (size_t i = 0; code->freenames && i < WF_TUPLE_LEN(code->freenames); i++)
            if (wf_str_eq_cstr(WF_TUPLE_GET(code->freenames, i), "__class__")) has_cell = true;
        typ = has_cell ? wf_frame_deref_by_name(f, "__class__") : WF_NULL;
        if (!has_cell) {
            wf_err_set_str(wf_RuntimeError, "super(): __class__ cell not found");
            return -1;
        }
        if (!typ) {
            wf_err_set_str(wf_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!wf_is_type(typ)) {
            wf_err_format(wf_RuntimeError, "super(): __class__ is not a type (%s)",
                          wf_type_name(typ));
            return -1;
        }
    } else {
        typ = args[0];
        if (nargs == 2) obj = args[1];
        if (!wf_is_type(typ)) {
            wf_err_format(wf_TypeError, "super() argument 1 must be a type, not %s",
                          wf_type_name(typ));
            return -1;
        }
    }
    if (obj == WF_NONE) obj = WF_NULL;
    WfType *obj_type = NULL;
    if (obj) {
        obj_type = supercheck((WfType *)typ, obj);
        if (!obj_type) return -1;
    }
    WfType *ot = s->type;
    WfValue oo = s->obj;
    WfType *oot = s->obj_type;
    s->type = (WfType *)wf_newref(typ);
    s->obj = obj ? wf_newref(obj) : WF_NULL;
    s->obj_type = obj_type ? (WfType *)wf_newref((WfValue)obj_type) : NULL;
    wf_xdecref((WfValue)ot);
    wf_xdecref(oo);
    wf_xdecref((WfValue)oot);
    return 0;
}

static WfValue super_getattro(WfValue self, WfValue name) {
    WfSuper *s = (WfSuper *)self;
    WfType *start = s->obj_type;
    if (start && wf_is_str(name) && !wf_str_eq_cstr(name, "__class__")) {
        WfValue mro = start->mro;
        size_t n = mro ? WF_TUPLE_LEN(mro) : 0, i;
        for (i = 0; i + 1 < n; i++)
            if (WF_TUPLE_GET(mro, i) == (WfValue)s->type) break;
        (void)wf_str_hash(name);
        for (i++; i < n; i++) {
            WfType *t = (WfType *)WF_TUPLE_GET(mro, i);
            if (!t->dict) continue;
            WfValue res = dict_lookup_str(t->dict, name);
            if (!res) continue;
            WfDescrGetFn get = wf_type(res)->descr_get;
            if (!get) return wf_newref(res);
            wf_incref(res);
            WfValue r = get(res, s->obj == (WfValue)start ? WF_NULL : s->obj, (WfValue)start);
            wf_decref(res);
            return r;
        }
    }
    return wf_generic_getattr(self, name);
}

static WfValue super_descr_get(WfValue self, WfValue obj, WfValue type) {
    WfSuper *s = (WfSuper *)self;
    if (!obj || obj == WF_NONE || s->obj || !s->type) return wf_newref(self);
    WfValue args[2] = {(WfValue)s->type, obj};
    return wf_call((WfValue)wf_type(self), args, 2, WF_NULL);
}

static WfValue super_repr(WfValue self) {
    WfSuper *s = (WfSuper *)self;
    const char *tn = s->type ? wf_type_qualname_cstr(s->type) : "NULL";
    if (s->obj_type)
        return wf_str_from_format("<super: <class '%s'>, <%s object>>", tn,
                                  wf_type_qualname_cstr(s->obj_type));
    return wf_str_from_format("<super: <class '%s'>, NULL>", tn);
}

static WfValue super_get_thisclass(WfValue self) {
    WfSuper *s = (WfSuper *)self;
    return wf_newref(s->type ? (WfValue)s->type : WF_NONE);
}

static WfValue super_get_self(WfValue self) {
    WfSuper *s = (WfSuper *)self;
    return wf_newref(s->obj ? s->obj : WF_NONE);
}

static WfValue super_get_self_class(WfValue self) {
    WfSuper *s = (WfSuper *)self;
    return wf_newref(s->obj_type ? (WfValue)s->obj_type : WF_NONE);
}

static const WfGetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL, "the class invoking super()"},
    {"__self__", super_get_self, NULL, "the instance invoking super(); may be None"},
    {"__self_class__", super_get_self_class, NULL, "the type of the instance invoking super(); may be None"},
    {NULL, NULL, NULL, NULL},
};

WfType wf_super_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "super",
    .basicsize = sizeof(WfSuper),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattro,
    .descr_get = super_descr_get,
    .new_ = super_new,
    .init = super_init,
    .getsets = super_getsets,
};
