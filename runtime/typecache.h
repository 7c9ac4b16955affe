// typecache.h — the object-model extras other files may use beyond
// object.h/type.h: type version tags (for inline caches), the method-call
// lookup the VM's LOAD_METHOD uses, the instance __dict__ accessor, and the
// types.UnionType / mappingproxy types (runtime/object.c, runtime/type.c).
//
// Invariant: a type's version tag changes whenever the result of
// wf_type_lookup(type, name) may change for any name (the type or any type
// in its MRO was modified). Tags are never reused while the process runs.
#ifndef WF_RUNTIME_TYPECACHE_H
#define WF_RUNTIME_TYPECACHE_H

#include "object.h"

// Private type flag (runtime/type_internal.h): the type object is a
// WfHeapType, whose version tag directly follows the WfType fields.
#define WF_TPFLAGS_HAS_EXT (1u << 20)
extern uint32_t wf_type_static_version;   // the tag shared by every static type

// The current version tag of [t] (never 0). An inline cache keyed by
// (type pointer, version) stays valid until the tag changes. Never runs code.
static inline uint32_t wf_type_version(WfType *t) {
    return (t->flags & WF_TPFLAGS_HAS_EXT) ? *(const uint32_t *)(t + 1) : wf_type_static_version;
}

// Must be called after C code mutates t->dict (or the dict of a static type)
// directly, so lookup caches forget stale entries. Never runs code.
void wf_type_modified(WfType *t);

// The lookup behind obj.name(...) without creating a bound method:
// returns 1 with *out = a new reference to an unbound function/method
// descriptor to be called with [obj] as its first argument, 0 with *out = a
// new reference to the attribute itself (call it without obj).
// On error: returns -1 with an exception set (AttributeError if absent).
// May run Weft code (__getattr__, property getters).
int wf_object_get_method(WfValue obj, WfValue name, WfValue *out);

// Borrowed reference to [obj]'s instance __dict__ or NULL (none yet, or the
// type has no instance dicts). Never runs code. Use this rather than reading
// type->dictoffset: instances of Weft subclasses of tuple/str/bytes keep
// their __dict__ out of line (their dictoffset is 0).
WfValue wf_object_get_dict(WfValue obj);

// Calls [func] (found on type(self), e.g. by wf_type_lookup) as a method of
// [self]: func(self, *args) for functions and method descriptors, otherwise
// through its __get__. Returns a new reference.
// On error: returns NULL with an exception set. May run Weft code.
WfValue wf_call_unbound(WfValue func, WfValue self, WfValue *args, size_t nargs,
                        WfValue kwnames);

// types.UnionType (the value of `int | str`) and types.MappingProxyType
// (what C.__dict__ returns).
extern WfType wf_union_type, wf_mappingproxy_type;
// X | Y for types, None, unions (and types.GenericAlias): a union, or
// NotImplemented when an operand is not unionable. Returns a new reference.
WfValue wf_union_or(WfValue a, WfValue b);
// A read-only view of [mapping]. Returns a new reference.
WfValue wf_mappingproxy_new(WfValue mapping);

#endif
