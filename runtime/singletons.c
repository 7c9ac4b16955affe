// singletons.c — None, NotImplemented and Ellipsis: their types (NoneType,
// NotImplementedType, ellipsis) and their one immortal instance each.
//
// Invariant: each type has exactly one instance, a static with an immortal
// refcount; calling the type returns it.
#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/args.h"
#include "runtime/type_internal.h"

WfObject wf_none_obj = {.refcnt = WF_IMMORTAL_REFCNT, .type = &wf_none_type};
WfObject wf_notimplemented_obj = {.refcnt = WF_IMMORTAL_REFCNT, .type = &wf_notimplemented_type};
WfObject wf_ellipsis_obj = {.refcnt = WF_IMMORTAL_REFCNT, .type = &wf_ellipsis_type};

static void singleton_dealloc(WfValue self) {
    // Immortal: a refcount can only reach zero through a refcounting bug.
    self->refcnt = WF_IMMORTAL_REFCNT;
}

static WfValue singleton_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs || (kwnames && WF_TUPLE_LEN(kwnames))) {
        wf_err_format(wf_TypeError, "%s takes no arguments",
                      type == &wf_ellipsis_type ? "EllipsisType" : type->name);
        return WF_NULL;
    }
    if (type == &wf_none_type) return WF_NONE;
    if (type == &wf_notimplemented_type) return WF_NOTIMPLEMENTED;
    return WF_ELLIPSIS;
}

static WfValue none_repr(WfValue self) {
    return wf_str_from_cstr("None");
}

static int none_bool(WfValue self) {
    return 0;
}

static WfValue notimplemented_repr(WfValue self) {
    return wf_str_from_cstr("NotImplemented");
}

static WfValue ellipsis_repr(WfValue self) {
    return wf_str_from_cstr("Ellipsis");
}

static WfHash singleton_hash(WfValue self) {
    return wf_hash_pointer(self);
}

// __reduce__: the name under which pickle finds the singleton.
static WfValue singleton_reduce(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__reduce__", nargs, 0, 0) < 0) return WF_NULL;
    return wf_type(self)->repr(self);
}

static const WfMethodDef singleton_methods[] = {
    {"__reduce__", singleton_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_none_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "NoneType",
    .basicsize = sizeof(WfObject),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .hash = singleton_hash,
    .nb_bool = none_bool,
    .new_ = singleton_new,
};

WfType wf_notimplemented_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "NotImplementedType",
    .basicsize = sizeof(WfObject),
    .dealloc = singleton_dealloc,
    .repr = notimplemented_repr,
    .hash = singleton_hash,
    .new_ = singleton_new,
    .methods = singleton_methods,
};

WfType wf_ellipsis_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "ellipsis",
    .basicsize = sizeof(WfObject),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .hash = singleton_hash,
    .new_ = singleton_new,
    .methods = singleton_methods,
};
