// type_internal.h — private plumbing shared by the object-model files
// (object.c, type.c, type_slots.c, native.c, module.c). Not for other areas:
// use object.h, type.h, typecache.h and native_ext.h instead.
//
// Every type created by type.c at run time (class statements, type(...))
// is a WfHeapType; WF_TPFLAGS_HAS_EXT marks the longer layout.
#ifndef WF_RUNTIME_TYPE_INTERNAL_H
#define WF_RUNTIME_TYPE_INTERNAL_H

#include "object.h"
#include "typecache.h"

// Private type flags (bits the shared header leaves free).
// WF_TPFLAGS_HAS_EXT (1u << 20, typecache.h): the type object is a WfHeapType
#define WF_TPFLAGS_SLOTS_READY  (1u << 21)  // base defaulted, slots inherited
#define WF_TPFLAGS_EXT_DICT     (1u << 22)  // instances keep __dict__ in the side table
#define WF_TPFLAGS_SUBCLASS_MASK 0xff00u    // the *_SUBCLASS bits

typedef struct WfHeapType {
    WfType type;
    uint32_t version;              // see wf_type_version (must directly follow type)
    bool has_del;                  // __del__ is defined along the MRO
    bool is_abstract;              // __abstractmethods__ was set non-empty on this class
    size_t nslots;                 // __slots__ entries this class added
    WfValue slotnames;             // owned: tuple of the (mangled) names, or NULL
    struct WfHeapType **subclasses;   // borrowed: direct subclasses with HAS_EXT (malloc)
    size_t nsubclasses, capsubclasses;
    struct WfHeapType *all_prev, *all_next;   // borrowed: list of every WfHeapType
} WfHeapType;

// ---- type.c ----
// Defaults the base and copies the slots a static type leaves NULL from its
// base (no allocation; recursive on the base). Never runs code.
void wf_type_ready_slots(WfType *t);
// Lookup along the MRO without the cache. Borrowed result or NULL.
WfValue wf_type_lookup_uncached(WfType *type, WfValue name);
// Bumps [t]'s version (and its subclasses'). Never runs code.
void wf_type_bump_version(WfType *t);
extern WfType wf_type_type;
WfValue wf_type_getattro(WfValue self, WfValue name);
// Same; with [suppress], a missing attribute returns NULL with no exception set.
WfValue wf_type_getattr_impl(WfValue self, WfValue name, bool suppress);
// The type name as CPython prints it in messages (tp_name), borrowed.
const char *wf_type_qualname_cstr(WfType *t);

// ---- type_slots.c ----
// Adds slot wrappers (int.__add__, ...) for the slots [t] defines itself
// (differing from its base's) to t->dict, skipping names already present.
int wf_type_add_slot_wrappers(WfType *t);
// Sets every dunder-backed slot of heap type [t] from its MRO.
void wf_type_fixup_slots(WfType *t);
// Recomputes the slots fed by dunder [name] in [t] and its subclasses
// (after C.name = value). Never runs code.
void wf_type_update_slot(WfType *t, WfValue name);
// The generic __new__ dispatcher of heap types (slot_tp_new).
WfValue wf_slot_tp_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames);
// The generic getattr hook (used when a class defines __getattr__ / __getattribute__).
WfValue wf_slot_tp_getattr_hook(WfValue self, WfValue name);
// Bound or unbound: is [v] the slot wrapper of [fn]?
bool wf_slot_wrapper_is(WfValue v, void *fn);

// ---- object.c ----
// Generic getattr; with [suppress], a missing attribute returns NULL with no
// exception set.
WfValue wf_generic_getattr_impl(WfValue obj, WfValue name, bool suppress);
// Pointer to the instance __dict__ slot of [obj] (creating the side-table
// entry when [create]); NULL if instances of its type have no __dict__.
WfValue *wf_object_dict_ptr(WfValue obj, bool create);
// Drops [obj]'s side-table __dict__ (dealloc of EXT_DICT instances).
void wf_object_ext_dict_drop(WfValue obj);
WfValue wf_object_new_impl(WfType *type, WfValue *args, size_t nargs, WfValue kwnames);
int wf_object_init_impl(WfValue self, WfValue *args, size_t nargs, WfValue kwnames);
WfHash wf_hash_pointer(const void *p);
// TypeError "... object has no attribute ..." in CPython's words.
void wf_err_no_attribute(WfValue obj, WfValue name);

// ---- type_extras.c ----
// The __args__ tuple of a types.UnionType (borrowed).
WfValue wf_union_args(WfValue u);

// ---- native.c ----
// __new__ of a static type: a builtin bound to the type (T.__new__(S, ...)).
WfValue wf_type_new_wrapper_new(WfType *type);
bool wf_is_type_new_wrapper(WfValue v, WfType **owner);

#endif
