// mod_collections.c — the native half of `collections` (`_collections`):
// _tuplegetter, the read-only field descriptor namedtuple classes use
// (fast tuple indexing; "can't set attribute" on assignment, as CPython).
// Invariant: a _tuplegetter only indexes, it never runs Weft code.
// GIL rule: all functions run with the GIL held.
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/native_inits.h"

typedef struct TupleGetter {
    WfObject ob;
    int64_t index;
    WfValue doc;   // owned
} TupleGetter;

static WfType tuplegetter_type;

static void tuplegetter_dealloc(WfValue self) {
    wf_clear(&((TupleGetter *)self)->doc);
    wf_object_free(self);
}

static WfValue tuplegetter_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("_tuplegetter", kwnames) < 0) return WF_NULL;
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "_tuplegetter expected 2 arguments, got %zu", nargs);
        return WF_NULL;
    }
    int64_t i = wf_index_i64(args[0], NULL);
    if (i == -1 && wf_err_occurred()) return WF_NULL;
    TupleGetter *g = (TupleGetter *)wf_object_alloc(type, sizeof(TupleGetter));
    if (!g) return WF_NULL;
    g->index = i;
    g->doc = wf_newref(args[1]);
    return (WfValue)g;
}

static WfValue tuplegetter_descr_get(WfValue self, WfValue obj, WfValue type) {
    TupleGetter *g = (TupleGetter *)self;
    if (!obj || obj == WF_NONE) return wf_newref(self);
    if (!wf_is_tuple(obj)) {
        wf_err_format(wf_TypeError,
                      "descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
                      (long long)g->index, wf_type_name(obj));
        return WF_NULL;
    }
    if (g->index < 0 || (size_t)g->index >= ((WfTuple *)obj)->len) {
        wf_err_set_str(wf_IndexError, "tuple index out of range");
        return WF_NULL;
    }
    return wf_newref(WF_TUPLE_GET(obj, g->index));
}

static int tuplegetter_descr_set(WfValue self, WfValue obj, WfValue value) {
    wf_err_set_str(wf_AttributeError, value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static WfValue tuplegetter_get_doc(WfValue self) {
    WfValue d = ((TupleGetter *)self)->doc;
    return wf_newref(d ? d : WF_NONE);
}

static int tuplegetter_set_doc(WfValue self, WfValue value) {
    wf_setref(&((TupleGetter *)self)->doc, value ? value : WF_NONE);
    return 0;
}

static const WfGetSetDef tuplegetter_getsets[] = {
    {"__doc__", tuplegetter_get_doc, tuplegetter_set_doc, NULL},
    {NULL, NULL, NULL, NULL},
};

static WfType tuplegetter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "_collections._tuplegetter",
    .basicsize = sizeof(TupleGetter),
    .dealloc = tuplegetter_dealloc,
    .new_ = tuplegetter_new,
    .descr_get = tuplegetter_descr_get,
    .descr_set = tuplegetter_descr_set,
    .getsets = tuplegetter_getsets,
};

WfValue wf_collections_module_init(void) {
    if (wf_type_ready(&tuplegetter_type) < 0) return WF_NULL;
    WfValue m = wf_module_new("_collections");
    if (!m) return WF_NULL;
    if (wf_module_set(m, "_tuplegetter", WF_TYPE_VALUE(&tuplegetter_type)) < 0) {
        wf_decref(m);
        return WF_NULL;
    }
    return m;
}
