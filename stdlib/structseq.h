// structseq.h — named tuples implemented in C (CPython's "struct sequence"):
// sys.version_info, sys.float_info, sys.flags, time.struct_time,
// os.stat_result. A tuple subclass whose items are also readable as
// attributes, with the repr "sys.version_info(major=3, minor=11, ...)".
#ifndef WF_STDLIB_STRUCTSEQ_H
#define WF_STDLIB_STRUCTSEQ_H

#include "runtime/object.h"
#include "runtime/tuple.h"

typedef struct WfStructSeqType {
    WfType type;                  // first: a WfStructSeqType is a WfType
    const char *const *fields;    // borrowed static table of field names
    size_t nfields;               // items stored (visible first, then attribute-only ones)
    size_t nvisible;              // items in the tuple (len); later fields win attribute lookup
} WfStructSeqType;

// The slots every struct-sequence type uses (see WF_STRUCTSEQ_TYPE).
void wf_structseq_dealloc(WfValue self);
// repr "name(field=value, ...)". Returns a new reference. May run Weft code.
// On error: returns NULL with an exception set.
WfValue wf_structseq_repr(WfValue self);
// Field names first, then the generic lookup. Returns a new reference.
// On error: returns NULL with an exception set.
WfValue wf_structseq_getattr(WfValue self, WfValue name);
// type(sequence): a new instance from a sequence of the right length.
// Returns a new reference. On error: returns NULL with an exception set.
WfValue wf_structseq_new_slot(WfType *type, WfValue *args, size_t nargs, WfValue kwnames);

// Defines a static struct-sequence type [cname] named [pyname] ("sys.flags")
// with the field names in the array [fieldarr].
#define WF_STRUCTSEQ_TYPE(cname, pyname, fieldarr)                                           \
    WfStructSeqType cname = {                                                                 \
        .type = {.ob = WF_STATIC_TYPE_HEAD, .name = pyname, .basicsize = sizeof(WfTuple),    \
                 .itemsize = sizeof(WfValue), .flags = WF_TPFLAGS_TUPLE_SUBCLASS,             \
                 .base = &wf_tuple_type, .dealloc = wf_structseq_dealloc,                     \
                 .repr = wf_structseq_repr, .getattr = wf_structseq_getattr,                  \
                 .new_ = wf_structseq_new_slot},                                              \
        .fields = fieldarr, .nfields = sizeof(fieldarr) / sizeof((fieldarr)[0]),               \
        .nvisible = sizeof(fieldarr) / sizeof((fieldarr)[0])}

// Same, with only the first [nvis] fields in the tuple; the others are
// attributes only (os.stat_result.st_mtime as a float, struct_time.tm_zone).
#define WF_STRUCTSEQ_TYPE_HIDDEN(cname, pyname, fieldarr, nvis)                              \
    WfStructSeqType cname = {                                                                 \
        .type = {.ob = WF_STATIC_TYPE_HEAD, .name = pyname, .basicsize = sizeof(WfTuple),    \
                 .itemsize = sizeof(WfValue), .flags = WF_TPFLAGS_TUPLE_SUBCLASS,             \
                 .base = &wf_tuple_type, .dealloc = wf_structseq_dealloc,                     \
                 .repr = wf_structseq_repr, .getattr = wf_structseq_getattr,                  \
                 .new_ = wf_structseq_new_slot},                                              \
        .fields = fieldarr, .nfields = sizeof(fieldarr) / sizeof((fieldarr)[0]), .nvisible = nvis}

// A new instance of [type] holding [items] (nfields values, visible ones first). Steals [items]
// (every one, even on failure). Returns a new reference.
// On error: returns NULL with an exception set.
WfValue wf_structseq_new_steal(WfStructSeqType *type, WfValue *items);

#endif
