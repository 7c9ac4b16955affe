// type.h — type objects beyond the slots in object.h: class creation
// (class statements and type(name, bases, dict)), C3 MRO, the slot wrappers
// that route dunder methods of Weft classes into WfType slots, super().
#ifndef WF_RUNTIME_TYPE_H
#define WF_RUNTIME_TYPE_H

#include "object.h"

// An instance of a Weft class (with no native base other than object): the
// header then the __dict__ slot, then one slot per __slots__ name.
typedef struct WfInstance {
    WfObject ob;
    WfValue dict;        // owned: __dict__, created lazily; NULL with __slots__
    WfValue slots[];     // owned: __slots__ values (NULL = unset)
} WfInstance;

extern WfType wf_super_type;

// type(name, bases, ns) with keyword arguments [kwargs] (dict or NULL) passed
// to __init_subclass__. Returns a new reference to the new heap type.
WfValue wf_type_new_class(WfValue name, WfValue bases, WfValue ns, WfValue kwargs);
// builtins.__build_class__(func, name, *bases, **kwds): what a class statement calls.
WfValue wf_build_class(WfValue self, WfValue *args, size_t nargs, WfValue kwnames);
// A heap type's __name__ / __qualname__ (new references).
WfValue wf_type_get_name(WfType *t);
WfValue wf_type_get_qualname(WfType *t);

#endif
