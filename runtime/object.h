// object.h — the object header, type objects, reference counting and the
// generic object protocol (attribute access, calls, comparison, hashing,
// iteration, arithmetic dispatch).
//
// Refcounts are plain integers: the GIL is what makes ++/-- safe (DESIGN §3).
// Ownership vocabulary (STYLE c.4): "Returns a new reference." unless stated;
// parameters are borrowed unless the comment says "Steals [x]."; errors are
// "On error: returns NULL (-1) with an exception set."
#ifndef WF_RUNTIME_OBJECT_H
#define WF_RUNTIME_OBJECT_H

#include <stdarg.h>
#include <stdio.h>

#include "value.h"

typedef int64_t WfHash;

struct WfObject {
    intptr_t refcnt;
    WfType *type;   // owned for heap types; static types are immortal
};

// Objects with this refcount are never freed (statics: None, True, builtin types).
#define WF_IMMORTAL_REFCNT ((intptr_t)1 << 60)

// ---- function pointer types for the slots ----------------------------------

// The calling convention of every native callable ("vectorcall"): [args] holds
// nargs positional values followed by one value per name in [kwnames] (a tuple
// of str, or WF_NULL when there are no keywords). All borrowed.
// Returns a new reference. On error: returns NULL with an exception set.
typedef WfValue (*WfNativeFn)(WfValue self, WfValue *args, size_t nargs, WfValue kwnames);

typedef void (*WfDeallocFn)(WfValue self);
typedef WfValue (*WfUnaryFn)(WfValue self);
typedef WfValue (*WfBinaryFn)(WfValue a, WfValue b);
typedef WfValue (*WfTernaryFn)(WfValue a, WfValue b, WfValue c);
typedef WfHash (*WfHashFn)(WfValue self);                       // -1 on error
typedef WfValue (*WfRichCmpFn)(WfValue a, WfValue b, int op);    // may return NotImplemented
typedef WfValue (*WfGetAttrFn)(WfValue self, WfValue name);      // name is a str
typedef int (*WfSetAttrFn)(WfValue self, WfValue name, WfValue value); // value NULL: delete
typedef int (*WfInquiryFn)(WfValue self);                        // 1/0, -1 on error
typedef intptr_t (*WfLenFn)(WfValue self);                       // -1 on error
typedef int (*WfSetItemFn)(WfValue self, WfValue key, WfValue value); // value NULL: delete
typedef int (*WfContainsFn)(WfValue self, WfValue item);         // 1/0/-1
typedef WfValue (*WfDescrGetFn)(WfValue descr, WfValue obj, WfValue type); // obj may be NULL
typedef int (*WfDescrSetFn)(WfValue descr, WfValue obj, WfValue value);   // value NULL: delete
typedef WfValue (*WfNewFn)(WfType *type, WfValue *args, size_t nargs, WfValue kwnames);
typedef int (*WfInitFn)(WfValue self, WfValue *args, size_t nargs, WfValue kwnames);

// Rich comparison operators (same order as CPython's Py_LT..Py_GE).
enum { WF_LT = 0, WF_LE = 1, WF_EQ = 2, WF_NE = 3, WF_GT = 4, WF_GE = 5 };

// Binary operators: the BINARY_OP opcode's operand and the index of
// WfType.nb[]. The in-place forms follow in the same order (WF_BINOP_INPLACE + op).
enum {
    WF_BINOP_ADD, WF_BINOP_SUB, WF_BINOP_MUL, WF_BINOP_TRUEDIV, WF_BINOP_FLOORDIV,
    WF_BINOP_MOD, WF_BINOP_POW, WF_BINOP_LSHIFT, WF_BINOP_RSHIFT, WF_BINOP_AND,
    WF_BINOP_OR, WF_BINOP_XOR, WF_BINOP_MATMUL,
    WF_BINOP_COUNT,
    WF_BINOP_INPLACE = WF_BINOP_COUNT   // e.g. WF_BINOP_INPLACE + WF_BINOP_ADD is "+="
};

// Unary operators: the UNARY_OP opcode's operand.
enum { WF_UNOP_NEG, WF_UNOP_POS, WF_UNOP_INVERT, WF_UNOP_NOT };

// A native method or function, as listed in a type's or module's table.
// flags: WF_METH_CLASS (bound to the type: classmethod), WF_METH_STATIC.
typedef struct WfMethodDef {
    const char *name;
    WfNativeFn fn;
    int flags;
    const char *doc;
} WfMethodDef;
#define WF_METH_CLASS 1
#define WF_METH_STATIC 2

// A computed attribute of a native type (becomes a getset descriptor).
typedef struct WfGetSetDef {
    const char *name;
    WfValue (*get)(WfValue self);                 // new reference, NULL on error
    int (*set)(WfValue self, WfValue value);      // NULL: read-only; value NULL: delete
    const char *doc;
} WfGetSetDef;

// ---- the type object ---------------------------------------------------------

// Type flags.
#define WF_TPFLAGS_HEAPTYPE        (1u << 0)  // created by a class statement; refcounted
#define WF_TPFLAGS_BASETYPE        (1u << 1)  // may be subclassed
#define WF_TPFLAGS_READY           (1u << 2)  // wf_type_ready has run
#define WF_TPFLAGS_INT_SUBCLASS    (1u << 8)  // fast isinstance checks
#define WF_TPFLAGS_STR_SUBCLASS    (1u << 9)
#define WF_TPFLAGS_TUPLE_SUBCLASS  (1u << 10)
#define WF_TPFLAGS_LIST_SUBCLASS   (1u << 11)
#define WF_TPFLAGS_DICT_SUBCLASS   (1u << 12)
#define WF_TPFLAGS_EXC_SUBCLASS    (1u << 13)  // BaseException and subclasses
#define WF_TPFLAGS_TYPE_SUBCLASS   (1u << 14)
#define WF_TPFLAGS_BYTES_SUBCLASS  (1u << 15)

struct WfType {
    WfObject ob;
    const char *name;          // "int", "collections.deque": the part after the last '.' is __name__
    size_t basicsize;          // bytes of an instance (fixed part)
    size_t itemsize;           // bytes per item for variable-size objects, else 0
    unsigned flags;
    WfType *base;              // borrowed for static types, owned for heap types
    WfValue bases;             // owned: tuple of types
    WfValue mro;               // owned: tuple of types, self first
    WfValue dict;              // owned: the type's namespace (a dict)
    size_t dictoffset;         // offset of the instance's __dict__ slot (a WfValue), 0 = none
    WfValue heap_name;         // owned (heap types): __name__ str; NULL for static types
    WfValue heap_qualname;     // owned (heap types): __qualname__ str
    WfValue heap_module;       // owned: __module__ str, or NULL (static: "builtins")

    WfDeallocFn dealloc;       // releases fields and frees memory (wf_object_free)
    WfUnaryFn repr;
    WfUnaryFn str;
    WfHashFn hash;             // NULL: unhashable
    WfRichCmpFn richcompare;
    WfGetAttrFn getattr;       // NULL: wf_generic_getattr
    WfSetAttrFn setattr;       // NULL: wf_generic_setattr
    WfNativeFn call;           // self is the callable
    WfUnaryFn iter;
    WfUnaryFn iternext;        // NULL without exception set = exhausted
    WfDescrGetFn descr_get;
    WfDescrSetFn descr_set;    // non-NULL marks a data descriptor
    WfNewFn new_;              // called by type(...) with the type
    WfInitFn init;

    // Number protocol. nb[op] implements both "a op b" and the reflected
    // form: it is called with (a, b) where either may be of this type, and
    // returns NotImplemented (new ref) when it does not handle the pair.
    // nb[WF_BINOP_INPLACE + op] may be NULL: then nb[op] is used.
    WfBinaryFn nb[2 * WF_BINOP_COUNT];
    WfTernaryFn nb_pow3;       // pow(a, b, mod)
    WfUnaryFn nb_neg, nb_pos, nb_invert, nb_abs;
    WfInquiryFn nb_bool;       // NULL: falls back to len, then true
    WfUnaryFn nb_int, nb_float, nb_index;

    // Sequence / mapping protocol.
    WfLenFn len;
    WfBinaryFn getitem;        // (self, key)
    WfSetItemFn setitem;
    WfContainsFn contains;     // NULL: iterate and compare

    const WfMethodDef *methods;   // NULL-name terminated; installed into dict by wf_type_ready
    const WfGetSetDef *getsets;   // NULL-name terminated
};

// Initialise a static type's header fields.
#define WF_STATIC_TYPE_HEAD { .refcnt = WF_IMMORTAL_REFCNT, .type = &wf_type_type }

extern WfType wf_type_type, wf_object_type;

// ---- reference counting -----------------------------------------------------

// Frees [v] whose refcount reached zero (calls its type's dealloc).
void wf_dealloc(WfValue v);

static inline void wf_incref(WfValue v) {
    if (!WF_IS_SMALLINT(v)) v->refcnt++;
}
static inline void wf_decref(WfValue v) {
    if (!WF_IS_SMALLINT(v) && --v->refcnt == 0) wf_dealloc(v);
}
static inline void wf_xincref(WfValue v) { if (v) wf_incref(v); }
static inline void wf_xdecref(WfValue v) { if (v) wf_decref(v); }
// Clears an owned field: stores NULL first, then decrefs (a __del__ run by the
// decref must never see the stale pointer).
static inline void wf_clear(WfValue *field) {
    WfValue old = *field;
    if (old) { *field = WF_NULL; wf_decref(old); }
}
// Returns [v] after increfing it (for "return wf_newref(x);").
static inline WfValue wf_newref(WfValue v) { wf_incref(v); return v; }
// Replace an owned field with [v] (borrowed; increfed). Decrefs the old value last.
static inline void wf_setref(WfValue *field, WfValue v) {
    WfValue old = *field;
    wf_xincref(v);
    *field = v;
    wf_xdecref(old);
}

// ---- type of a value -----------------------------------------------------------

extern WfType wf_int_type;
// Borrowed reference to [v]'s type (small ints are ints).
static inline WfType *wf_type(WfValue v) {
    return WF_IS_SMALLINT(v) ? &wf_int_type : v->type;
}
#define WF_TYPE_VALUE(t) ((WfValue)(t))
// The type's __name__ (after the last '.'), borrowed C string.
const char *wf_type_name_of(const WfType *t);
// Type name of a value, for error messages: wf_type_name(3) == "int".
const char *wf_type_name(WfValue v);

// ---- allocation ----------------------------------------------------------------

// Allocates a zeroed object of [size] bytes with refcount 1 and type [type]
// (increfed if a heap type). Returns a new reference, NULL on MemoryError.
WfValue wf_object_alloc(WfType *type, size_t size);
// Frees the memory of [v] and drops its type reference (last step of a dealloc).
void wf_object_free(WfValue v);

// ---- singletons ------------------------------------------------------------------

extern WfObject wf_none_obj, wf_notimplemented_obj, wf_ellipsis_obj;
extern WfType wf_none_type, wf_notimplemented_type, wf_ellipsis_type;
#define WF_NONE ((WfValue)&wf_none_obj)
#define WF_NOTIMPLEMENTED ((WfValue)&wf_notimplemented_obj)
#define WF_ELLIPSIS ((WfValue)&wf_ellipsis_obj)

// ---- the generic protocol ----------------------------------------------------
// Every function below may run Weft code unless stated otherwise.

// repr(v), str(v), ascii(v). Returns a new reference (a str).
WfValue wf_repr(WfValue v);
WfValue wf_str(WfValue v);
WfValue wf_ascii(WfValue v);
// hash(v). Returns -1 with TypeError "unhashable type: 'list'" when unhashable.
WfHash wf_hash(WfValue v);
// Returns the comparison's result object (new reference), falling back to the
// reflected operation and, for ==/!=, identity, as CPython does.
WfValue wf_richcompare(WfValue a, WfValue b, int op);
// Same, as a truth value: 1/0, -1 on error. == and != short-cut on identity.
int wf_richcompare_bool(WfValue a, WfValue b, int op);
// Truth value of [v]: 1/0, -1 on error.
int wf_is_true(WfValue v);

// getattr(obj, name): returns a new reference or NULL with AttributeError
// "'int' object has no attribute 'x'" (or the exception __getattr__ raised).
WfValue wf_getattr(WfValue obj, WfValue name);
WfValue wf_getattr_cstr(WfValue obj, const char *name);
// Lookup without raising AttributeError: 1 and *out = new ref; 0 absent; -1 other error.
int wf_getattr_opt(WfValue obj, WfValue name, WfValue *out);
// setattr / delattr (value NULL). 0 ok, -1 error.
int wf_setattr(WfValue obj, WfValue name, WfValue value);
int wf_setattr_cstr(WfValue obj, const char *name, WfValue value);
// The default attribute lookup (data descriptors on the type, instance
// __dict__, non-data descriptors and class attributes, then __getattr__ is
// the caller's business): what object.__getattribute__ does.
WfValue wf_generic_getattr(WfValue obj, WfValue name);
int wf_generic_setattr(WfValue obj, WfValue name, WfValue value);
// Finds [name] along [type]'s MRO. Returns a borrowed reference or NULL
// (no exception set). Does not run Weft code.
WfValue wf_type_lookup(WfType *type, WfValue name);

// callable(args...) with the vectorcall convention (see WfNativeFn).
WfValue wf_call(WfValue callable, WfValue *args, size_t nargs, WfValue kwnames);
WfValue wf_call0(WfValue callable);
WfValue wf_call1(WfValue callable, WfValue a);
WfValue wf_call2(WfValue callable, WfValue a, WfValue b);
// callable(*args_tuple, **kwargs_dict); kwargs may be NULL.
WfValue wf_call_tuple_dict(WfValue callable, WfValue args_tuple, WfValue kwargs);
// obj.name(args...).
WfValue wf_call_method(WfValue obj, const char *name, WfValue *args, size_t nargs);
// 1 if callable(v).
int wf_callable(WfValue v);

// iter(v), next(it). wf_iter_next_ref: 1 and *out = new ref; 0 exhausted
// (StopIteration is consumed); -1 error.
WfValue wf_iter(WfValue v);
int wf_iter_next_ref(WfValue it, WfValue *out);

// len(v): >= 0, or -1 with TypeError "object of type 'int' has no len()".
intptr_t wf_len(WfValue v);
WfValue wf_getitem(WfValue obj, WfValue key);
int wf_setitem(WfValue obj, WfValue key, WfValue value);
int wf_delitem(WfValue obj, WfValue key);
// "item in container": 1/0/-1.
int wf_contains(WfValue container, WfValue item);

// a <op> b for op in WF_BINOP_* (and WF_BINOP_INPLACE + op), with
// NotImplemented fallback to the reflected operation and CPython's message
// "unsupported operand type(s) for +: 'int' and 'str'".
WfValue wf_binary_op(WfValue a, WfValue b, int op);
// -v, +v, ~v, not v (WF_UNOP_*).
WfValue wf_unary_op(WfValue v, int op);
// pow(a, b, mod) with mod possibly None.
WfValue wf_pow3(WfValue a, WfValue b, WfValue mod);
// operator.index(v) as a C integer: -1 with TypeError/OverflowError set on failure
// (check wf_err_occurred()). [what] names the use in the message, e.g.
// "list indices" → "list indices must be integers or slices, not str"; NULL for the generic message.
int64_t wf_index_i64(WfValue v, const char *what);

// isinstance / issubclass with tuples and __instancecheck__-free semantics: 1/0/-1.
int wf_isinstance(WfValue obj, WfValue cls);
int wf_issubclass(WfValue cls, WfValue classinfo);
// Pure C subtype test along the MRO; never fails, never runs code.
bool wf_type_is_subtype(const WfType *a, const WfType *b);
static inline bool wf_is_type(WfValue v) {
    return !WF_IS_SMALLINT(v) && (v->type->flags & WF_TPFLAGS_TYPE_SUBCLASS);
}

// Readies every builtin type and creates the exception classes; called once
// by main() before anything else. 0 ok, -1 error.
int wf_runtime_init(void);

// Installs [type]'s methods/getsets into its dict, computes its MRO and
// inherits slots from its base. Safe to call twice. 0 ok, -1 error.
int wf_type_ready(WfType *type);

#endif
