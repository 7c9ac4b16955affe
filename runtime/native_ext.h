// native_ext.h — descriptor types of runtime/native.c and runtime/type_slots.c
// beyond runtime/native.h: member descriptors (__slots__), slot wrappers
// (int.__add__, object.__repr__) and their bound form (method-wrapper).
#ifndef WF_RUNTIME_NATIVE_EXT_H
#define WF_RUNTIME_NATIVE_EXT_H

#include "object.h"

extern WfType wf_member_descr_type, wf_slot_wrapper_type, wf_method_wrapper_type;

// True for what LOAD_METHOD may treat as an unbound method found on a type:
// a Weft function, a native method descriptor or a slot wrapper (all take the
// receiver as their first argument). Never runs code.
bool wf_is_method_descriptor(WfValue v);

// A member descriptor for the WfValue slot at byte [offset] of instances of
// [owner], named [name] (a str). Returns a new reference.
WfValue wf_member_descr_new(WfValue name, WfType *owner, size_t offset);

// staticmethod(callable) / classmethod(callable). Returns a new reference.
WfValue wf_staticmethod_new(WfValue callable);
WfValue wf_classmethod_new(WfValue callable);

// A classmethod descriptor for a WF_METH_CLASS entry of [owner]'s table.
// Returns a new reference.
WfValue wf_classmethod_descr_new(const WfMethodDef *def, WfType *owner);

#endif
