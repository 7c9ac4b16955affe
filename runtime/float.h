// float.h — the float type (boxed C double) and CPython-exact float repr.
#ifndef WF_RUNTIME_FLOAT_H
#define WF_RUNTIME_FLOAT_H

#include "object.h"

typedef struct WfFloat {
    WfObject ob;
    double value;
} WfFloat;

extern WfType wf_float_type;

static inline bool wf_is_float(WfValue v) {
    return !WF_IS_SMALLINT(v) && wf_type_is_subtype(v->type, &wf_float_type);
}
// Unchecked: [v] must be a float.
#define WF_FLOAT_VAL(v) (((WfFloat *)(v))->value)

// Returns a new reference.
WfValue wf_float_new(double d);
// float/int/bool (or __float__/__index__) to a C double. 0 ok, -1 with TypeError
// "must be real number, not str".
int wf_to_double(WfValue v, double *out);
// Shortest repr that round-trips, as CPython: 1.0, 0.1, 1e+16, inf, nan, -0.0.
// Writes into [buf] (at least 32 bytes). Returns the length.
int wf_float_repr_buf(double d, char *buf, size_t size);
// CPython-compatible hash of a double (so hash(1.0) == hash(1)).
WfHash wf_float_hash(double d);

#endif
