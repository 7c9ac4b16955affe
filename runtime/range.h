// range.h — range and slice objects.
#ifndef WF_RUNTIME_RANGE_H
#define WF_RUNTIME_RANGE_H

#include "object.h"

typedef struct WfRange {
    WfObject ob;
    int64_t start, stop, step, len;   // ranges beyond 64 bits raise OverflowError
} WfRange;

typedef struct WfSlice {
    WfObject ob;
    WfValue start, stop, step;   // owned (None when omitted)
} WfSlice;

extern WfType wf_range_type, wf_slice_type;

// Returns a new reference.
WfValue wf_slice_new(WfValue start, WfValue stop, WfValue step);
// Resolves [slice] against a sequence of [len] items as slice.indices() does,
// giving the number of selected items in *slicelen. 0 ok, -1 error.
int wf_slice_indices(WfValue slice, int64_t len, int64_t *start, int64_t *stop,
                     int64_t *step, int64_t *slicelen);

#endif
