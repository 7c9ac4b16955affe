// bytes.h — bytes (immutable) and bytearray (mutable byte buffer).
#ifndef WF_RUNTIME_BYTES_H
#define WF_RUNTIME_BYTES_H

#include "object.h"

typedef struct WfBytes {
    WfObject ob;
    WfHash hash;        // -1 until computed
    size_t len;
    unsigned char data[];   // NUL-terminated for convenience
} WfBytes;

typedef struct WfByteArray {
    WfObject ob;
    size_t len, cap;
    unsigned char *data;
} WfByteArray;

extern WfType wf_bytes_type, wf_bytearray_type;

static inline bool wf_is_bytes(WfValue v) {
    return !WF_IS_SMALLINT(v) && (v->type->flags & WF_TPFLAGS_BYTES_SUBCLASS);
}
#define WF_BYTES_DATA(v) (((WfBytes *)(v))->data)
#define WF_BYTES_LEN(v) (((WfBytes *)(v))->len)

// Returns a new reference.
WfValue wf_bytes_new(const void *data, size_t len);
WfValue wf_bytearray_new(const void *data, size_t len);

#endif
