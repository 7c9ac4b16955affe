// iterobjects.h — the builtin iterator types (enumerate, zip, map, filter,
// reversed, the __getitem__ sequence iterator, callable_iterator), the
// generic alias behind list[int], and the container declarations that the
// shared headers (list.h, tuple.h, dict.h, set.h, range.h) do not carry:
// the iterator layouts the VM fast-paths in FOR_ITER, the dict view types,
// and the repr recursion guard every container repr uses.
// GIL rule: everything here runs with the GIL held.
#ifndef WF_RUNTIME_ITEROBJECTS_H
#define WF_RUNTIME_ITEROBJECTS_H

#include "object.h"

// ---- builtin iterator types (registered as builtins by builtins.c) ------------

extern WfType wf_enumerate_type, wf_zip_type, wf_map_type, wf_filter_type, wf_reversed_type;
extern WfType wf_seqiter_type;        // iter(x) for x with __getitem__ but no __iter__
extern WfType wf_callable_iter_type;  // iter(callable, sentinel)
extern WfType wf_generic_alias_type;  // types.GenericAlias: list[int]

// iter(seq) for an object with __getitem__ and no __iter__. Returns a new reference.
WfValue wf_seq_iter_new(WfValue seq);
// iter(callable, sentinel). Returns a new reference.
WfValue wf_callable_iter_new(WfValue callable, WfValue sentinel);
// origin[args]: a GenericAlias whose __args__ is [args] (a tuple is used as
// is, anything else is wrapped in a 1-tuple). Returns a new reference.
WfValue wf_generic_alias_new(WfValue origin, WfValue args);
// The native __class_getitem__ (a WF_METH_CLASS method: self is the class):
// cls[args[0]] as wf_generic_alias_new does it. type.c may list it for `type`.
// Returns a new reference. On error: returns NULL with an exception set.
WfValue wf_generic_class_getitem(WfValue cls, WfValue *args, size_t nargs, WfValue kwnames);

// Native methods for iterator types (type.c's slot wrappers usually provide
// these): __iter__ gives self; __next__ calls the iternext slot and raises
// StopIteration when exhausted. Returns a new reference. On error: returns
// NULL with an exception set. May run Weft code.
WfValue wf_iter_self_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames);
WfValue wf_iter_next_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames);

// CPython's hash of an int that fits in a small int (value mod 2**61-1, sign
// kept, -1 mapped to -2). Never runs code.
static inline WfHash wf_smallint_hash(intptr_t n) {
    const int64_t modulus = ((int64_t)1 << 61) - 1;
    if (n > -modulus && n < modulus) return n == -1 ? -2 : n;
    int64_t h = n >= 0 ? n % modulus : -((-n) % modulus);
    return h == -1 ? -2 : h;
}

// ---- repr recursion guard (CPython's Py_ReprEnter / Py_ReprLeave) --------------

// Marks [obj] as being repr'd by this thread. Returns 0 (entered: call
// wf_repr_leave later), 1 if [obj] is already being repr'd (print "[...]"),
// or -1 with MemoryError set. Never runs code.
int wf_repr_enter(WfValue obj);
void wf_repr_leave(WfValue obj);

// ---- container iterators the VM fast-paths (FOR_ITER) --------------------------

typedef struct WfListIter {
    WfObject ob;
    WfValue list;       // owned; NULL once exhausted
    size_t index;
} WfListIter;
extern WfType wf_list_iter_type, wf_list_reviter_type;

typedef struct WfTupleIter {
    WfObject ob;
    WfValue tuple;      // owned; NULL once exhausted
    size_t index;
} WfTupleIter;
extern WfType wf_tuple_iter_type;

typedef struct WfRangeIter {
    WfObject ob;
    int64_t next, step, remaining;
} WfRangeIter;
extern WfType wf_range_iter_type;

// ---- dict views and iterators (dict.c) ------------------------------------------

extern WfType wf_dict_keys_type, wf_dict_values_type, wf_dict_items_type;
extern WfType wf_dict_keyiter_type, wf_dict_valueiter_type, wf_dict_itemiter_type;
extern WfType wf_dict_revkeyiter_type, wf_dict_revvalueiter_type, wf_dict_revitemiter_type;
extern WfType wf_set_iter_type;

// dict.keys() / values() / items() views of [dict]. Returns a new reference.
WfValue wf_dict_keys(WfValue dict);
WfValue wf_dict_values(WfValue dict);
WfValue wf_dict_items(WfValue dict);
// dict.update(other) with control over keys already present: [override] 0
// keeps the existing values, 1 replaces them, 2 fails with KeyError(key) on
// the first duplicate (for **kwargs merging: the caller rewords it as "f() got
// multiple values for keyword argument 'x'"). [other] is a dict or has keys().
// On error: returns -1 with an exception set. May run Weft code.
int wf_dict_merge(WfValue dict, WfValue other, int override);
// Lookup with a known hash (for set.c and the dict views): 1 with a new
// reference in *out, 0 if absent, -1 with an exception set. May run Weft code.
int wf_dict_get_known_hash_ref(WfValue dict, WfValue key, WfHash hash, WfValue *out);
// wf_dict_next that also yields each key's stored hash (borrowed key/value).
// Never runs code.
int wf_dict_next_hash(WfValue dict, size_t *pos, WfValue *key, WfValue *value, WfHash *hash);
// dict[key] = value. Steals [value]. On error: returns -1 with an exception
// set. May run Weft code (__hash__, __eq__).
int wf_dict_set_steal(WfValue dict, WfValue key, WfValue value);
// An empty dict with room for [n] items without resizing. Returns a new reference.
WfValue wf_dict_new_presized(size_t n);

// ---- set internals shared with the dict views (set.c) --------------------------------

// set.update(other) / set.difference_update(other) /
// set.symmetric_difference_update(other) on [set] (a set). 0/-1. May run Weft code.
int wf_set_update_internal(WfValue set, WfValue other);
int wf_set_difference_update_internal(WfValue set, WfValue other);
int wf_set_symmetric_difference_update_internal(WfValue set, WfValue other);

// ---- slices (range.c) ------------------------------------------------------------------

// The two halves of wf_slice_indices, for mutable sequences whose length may
// change while the bounds' __index__ runs: unpack first, then adjust against
// the length as it is afterwards. wf_slice_unpack: 0 ok, -1 with an exception
// set (May run Weft code). wf_slice_adjust returns the slice length (never fails).
int wf_slice_unpack(WfValue slice, int64_t *start, int64_t *stop, int64_t *step);
int64_t wf_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);

// ---- list helpers (list.c) -----------------------------------------------------------

// list.pop(): removes the last item. Returns a new reference. On error
// (empty list): returns NULL with IndexError set.
WfValue wf_list_pop(WfValue list);
// list.insert(index, item) with CPython's clamping. On error: returns -1
// with an exception set (MemoryError).
int wf_list_insert(WfValue list, int64_t index, WfValue item);
// list[lo:hi] as a new list (indices clamped). Returns a new reference.
WfValue wf_list_slice(WfValue list, int64_t lo, int64_t hi);
// Reverses in place. Never runs code.
void wf_list_reverse(WfValue list);

#endif
