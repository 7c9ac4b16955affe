// tuple.h — tuple: an immutable fixed-size array of owned values.
#ifndef WF_RUNTIME_TUPLE_H
#define WF_RUNTIME_TUPLE_H

#include "object.h"

typedef struct WfTuple {
    WfObject ob;
    WfHash hash;            // -1 until computed (CPython does not cache; we may)
    size_t len;
    WfValue items[];        // owned
} WfTuple;

extern WfType wf_tuple_type;

static inline bool wf_is_tuple(WfValue v) {
    return !WF_IS_SMALLINT(v) && (v->type->flags & WF_TPFLAGS_TUPLE_SUBCLASS);
}
#define WF_TUPLE_LEN(v) (((WfTuple *)(v))->len)
#define WF_TUPLE_ITEMS(v) (((WfTuple *)(v))->items)
// Returns a borrowed reference (valid while the tuple lives).
#define WF_TUPLE_GET(v, i) (((WfTuple *)(v))->items[i])
// Fill a fresh tuple's slot [i] (which must be NULL), stealing [x].
#define WF_TUPLE_SET_STEAL(v, i, x) (((WfTuple *)(v))->items[i] = (x))

// A tuple of [len] NULL slots to be filled with WF_TUPLE_SET_STEAL before it
// escapes. wf_tuple_new(0) returns the shared empty tuple. New reference.
WfValue wf_tuple_new(size_t len);
// tuple of [n] borrowed values. New reference.
WfValue wf_tuple_pack(size_t n, ...);
WfValue wf_tuple_from_array(WfValue *items, size_t n);   // borrows items
// tuple(iterable). New reference. May run Weft code.
WfValue wf_tuple_from_iterable(WfValue iterable);

#endif
