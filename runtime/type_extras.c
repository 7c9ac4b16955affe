// type_extras.c — two small types that belong to the type machinery:
// types.UnionType (the value of `int | str`, accepted by isinstance) and
// mappingproxy (the read-only view C.__dict__ returns).
//
// Invariant: a union's args are flattened, deduplicated and hold at least
// two members (a one-member union is that member itself).
#include <string.h>

#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/set.h"
#include "runtime/args.h"
#include "runtime/type.h"
#include "runtime/typecache.h"
#include "runtime/type_internal.h"

// ---- types.UnionType ----------------------------------------------------------------

typedef struct WfUnion {
    WfObject ob;
    WfValue args;      // owned: tuple of the members (NoneType for None)
} WfUnion;

WfValue wf_union_args(WfValue u) {
    return ((WfUnion *)u)->args;
}

static bool is_generic_alias(WfValue v) {
    return !WF_IS_SMALLINT(v) && strcmp(v->type->name, "types.GenericAlias") == 0;
}

static bool is_unionable(WfValue v) {
    return v == WF_NONE || wf_is_type(v) || (!WF_IS_SMALLINT(v) && v->type == &wf_union_type) ||
           is_generic_alias(v);
}

// Appends [v]'s members to [l] unless already present. 0/-1.
static int union_add(WfValue l, WfValue v) {
    if (!WF_IS_SMALLINT(v) && v->type == &wf_union_type) {
        WfValue args = ((WfUnion *)v)->args;
        for (size_t i = 0; i < WF_TUPLE_LEN(args); i++)
            if (union_add(l, WF_TUPLE_GET(args, i)) < 0) return -1;
        return 0;
    }
    if (v == WF_NONE) v = (WfValue)&wf_none_type;
    for (size_t i = 0; i < WF_LIST_LEN(l); i++) {
        WfValue x = WF_LIST_ITEMS(l)[i];
        if (x == v) return 0;
        if (is_generic_alias(x) && is_generic_alias(v)) {
            int eq = wf_richcompare_bool(x, v, WF_EQ);
            if (eq < 0) return -1;
            if (eq) return 0;
        }
    }
    return wf_list_append(l, v);
}

WfValue wf_union_or(WfValue a, WfValue b) {
    if (!is_unionable(a) || !is_unionable(b)) return wf_newref(WF_NOTIMPLEMENTED);
    WfValue l = wf_list_new(0);
    if (!l) return WF_NULL;
    if (union_add(l, a) < 0 || union_add(l, b) < 0) {
        wf_decref(l);
        return WF_NULL;
    }
    if (WF_LIST_LEN(l) == 1) {
        WfValue only = WF_LIST_ITEMS(l)[0];
        WfValue r = wf_newref(only == (WfValue)&wf_none_type ? WF_NONE : only);
        wf_decref(l);
        return r;
    }
    WfValue args = wf_list_as_tuple(l);
    wf_decref(l);
    if (!args) return WF_NULL;
    WfUnion *u = (WfUnion *)wf_object_alloc(&wf_union_type, sizeof(WfUnion));
    if (!u) {
        wf_decref(args);
        return WF_NULL;
    }
    u->args = args;
    return (WfValue)u;
}

static void union_dealloc(WfValue self) {
    wf_clear(&((WfUnion *)self)->args);
    wf_object_free(self);
}

static WfValue union_repr(WfValue self) {
    WfValue args = ((WfUnion *)self)->args;
    WfStrBuf b;
    wf_strbuf_init(&b);
    for (size_t i = 0; i < WF_TUPLE_LEN(args); i++) {
        WfValue a = WF_TUPLE_GET(args, i);
        if (i) wf_strbuf_append_cstr(&b, " | ");
        if (a == (WfValue)&wf_none_type) {
            wf_strbuf_append_cstr(&b, "None");
        } else if (wf_is_type(a)) {
            WfValue r = wf_repr(a);   // "<class 'mod.Name'>"
            if (!r) {
                wf_strbuf_free(&b);
                return WF_NULL;
            }
            const char *s = wf_str_cstr(r);
            size_t n = WF_STR_LEN(r);
            if (n > 10 && strncmp(s, "<class '", 8) == 0) wf_strbuf_append(&b, s + 8, n - 10);
            else wf_strbuf_append(&b, s, n);
            wf_decref(r);
        } else if (wf_strbuf_append_repr_of(&b, a) < 0) {
            wf_strbuf_free(&b);
            return WF_NULL;
        }
    }
    return wf_strbuf_finish(&b);
}

static WfHash union_hash(WfValue self) {
    WfValue fs = wf_frozenset_new(((WfUnion *)self)->args);
    if (!fs) return -1;
    WfHash h = wf_hash(fs);
    wf_decref(fs);
    return h;
}

static WfValue union_richcompare(WfValue a, WfValue b, int op) {
    if ((op != WF_EQ && op != WF_NE) || WF_IS_SMALLINT(b) || b->type != &wf_union_type)
        return wf_newref(WF_NOTIMPLEMENTED);
    WfValue x = wf_frozenset_new(((WfUnion *)a)->args);
    WfValue y = x ? wf_frozenset_new(((WfUnion *)b)->args) : WF_NULL;
    WfValue r = y ? wf_richcompare(x, y, op) : WF_NULL;
    wf_xdecref(x);
    wf_xdecref(y);
    return r;
}

static WfValue union_get_args(WfValue self) {
    return wf_newref(((WfUnion *)self)->args);
}

static WfValue union_get_parameters(WfValue self) {
    return wf_tuple_new(0);
}

static const WfGetSetDef union_getsets[] = {
    {"__args__", union_get_args, NULL, NULL},
    {"__parameters__", union_get_parameters, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static WfValue union_instancecheck(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__instancecheck__", nargs, 1, 1) < 0) return WF_NULL;
    int r = wf_isinstance(args[0], self);
    return r < 0 ? WF_NULL : wf_bool(r);
}

static WfValue union_subclasscheck(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__subclasscheck__", nargs, 1, 1) < 0) return WF_NULL;
    int r = wf_issubclass(args[0], self);
    return r < 0 ? WF_NULL : wf_bool(r);
}

static const WfMethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, 0, NULL},
    {"__subclasscheck__", union_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_union_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "types.UnionType",
    .basicsize = sizeof(WfUnion),
    .dealloc = union_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .nb = {[WF_BINOP_OR] = wf_union_or},
    .methods = union_methods,
    .getsets = union_getsets,
};

// ---- mappingproxy ------------------------------------------------------------------------

typedef struct WfMappingProxy {
    WfObject ob;
    WfValue mapping;   // owned
} WfMappingProxy;

WfValue wf_mappingproxy_new(WfValue mapping) {
    WfMappingProxy *p = (WfMappingProxy *)wf_object_alloc(&wf_mappingproxy_type,
                                                          sizeof(WfMappingProxy));
    if (!p) return WF_NULL;
    p->mapping = wf_newref(mapping);
    return (WfValue)p;
}

static WfValue mp_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"mapping"};
    WfValue a[1];
    if (wf_args_parse("mappingproxy", args, nargs, kwnames, names, 1, 1, 1, a) < 0)
        return WF_NULL;
    WfType *mt = wf_type(a[0]);
    if (!mt->getitem || wf_is_list(a[0]) || wf_is_tuple(a[0])) {
        wf_err_format(wf_TypeError, "mappingproxy() argument must be a mapping, not %s", mt->name);
        return WF_NULL;
    }
    return wf_mappingproxy_new(a[0]);
}

static void mp_dealloc(WfValue self) {
    wf_clear(&((WfMappingProxy *)self)->mapping);
    wf_object_free(self);
}

static WfValue mp_map(WfValue self) {
    return ((WfMappingProxy *)self)->mapping;
}

static WfValue mp_repr(WfValue self) {
    WfValue r = wf_repr(mp_map(self));
    if (!r) return WF_NULL;
    WfValue s = wf_str_from_format("mappingproxy(%s)", wf_str_cstr(r));
    wf_decref(r);
    return s;
}

static WfValue mp_str(WfValue self) {
    return wf_str(mp_map(self));
}

static WfValue mp_getitem(WfValue self, WfValue key) {
    return wf_getitem(mp_map(self), key);
}

static intptr_t mp_len(WfValue self) {
    return wf_len(mp_map(self));
}

static int mp_contains(WfValue self, WfValue key) {
    return wf_contains(mp_map(self), key);
}

static WfValue mp_iter(WfValue self) {
    return wf_iter(mp_map(self));
}

static WfValue mp_richcompare(WfValue a, WfValue b, int op) {
    return wf_richcompare(mp_map(a), b, op);
}

static WfValue mp_forward(WfValue self, const char *name, WfValue *args, size_t nargs) {
    return wf_call_method(mp_map(self), name, args, nargs);
}

static WfValue mp_get(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("get", kwnames) < 0 || wf_args_count("get", nargs, 1, 2) < 0)
        return WF_NULL;
    return mp_forward(self, "get", args, nargs);
}

static WfValue mp_keys(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("keys", nargs, 0, 0) < 0) return WF_NULL;
    return mp_forward(self, "keys", NULL, 0);
}

static WfValue mp_values(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("values", nargs, 0, 0) < 0) return WF_NULL;
    return mp_forward(self, "values", NULL, 0);
}

static WfValue mp_items(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("items", nargs, 0, 0) < 0) return WF_NULL;
    return mp_forward(self, "items", NULL, 0);
}

static WfValue mp_copy(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("copy", nargs, 0, 0) < 0) return WF_NULL;
    return mp_forward(self, "copy", NULL, 0);
}

static const WfMethodDef mp_methods[] = {
    {"get", mp_get, 0, NULL},
    {"keys", mp_keys, 0, NULL},
    {"values", mp_values, 0, NULL},
    {"items", mp_items, 0, NULL},
    {"copy", mp_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_mappingproxy_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "mappingproxy",
    .basicsize = sizeof(WfMappingProxy),
    .dealloc = mp_dealloc,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .new_ = mp_new,
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .methods = mp_methods,
};
