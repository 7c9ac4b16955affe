// type_slots.c — the bridge between WfType slots and dunder methods:
// slot wrappers (int.__add__, object.__repr__: a static type's C slot made
// callable from Weft), and the generic slot functions a Weft class gets for
// the dunders it defines (its repr slot looks __repr__ up and calls it).
//
// Invariant: a heap type's dunder-backed slots always agree with what its
// MRO defines: they are recomputed at class creation (wf_type_fixup_slots)
// and whenever a dunder is assigned on the class or a base (wf_type_update_slot).
#include <stdlib.h>
#include <string.h>

#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/dict.h"
#include "runtime/func.h"
#include "runtime/native.h"
#include "runtime/native_ext.h"
#include "runtime/type.h"
#include "runtime/typecache.h"
#include "runtime/type_internal.h"
#include "vm/tstate.h"
#include "vm/eval.h"

typedef void (*AnyFn)(void);
typedef struct SlotDef SlotDef;
// Calls the C slot [fn] of [owner] for a Weft-level call self.__name__(*args).
typedef WfValue (*WrapFn)(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, AnyFn fn,
                          const SlotDef *d, WfType *owner);

struct SlotDef {
    const char *name;
    size_t offset;     // of the slot in WfType
    AnyFn generic;     // the dispatcher installed in Weft classes
    WrapFn wrap;       // NULL: no slot wrapper for this name
    int arg;           // comparison op for the six rich comparisons
    bool kw;           // the wrapper accepts keyword arguments
};

typedef struct WfSlotWrapper {
    WfObject ob;
    const SlotDef *def;
    WfType *owner;     // borrowed: the static type whose dict holds it
    AnyFn fn;          // owner's slot when the wrapper was made
} WfSlotWrapper;

typedef struct WfMethodWrapper {
    WfObject ob;
    WfValue descr;     // owned: a WfSlotWrapper
    WfValue self;      // owned
} WfMethodWrapper;

#define SLOT_AT(t, off) (*(AnyFn *)((char *)(t) + (off)))

// ---- calling helpers -------------------------------------------------------------

// func(first, *args) with the keyword values following args.
static WfValue call_prepend(WfValue func, WfValue first, WfValue *args, size_t nargs,
                            WfValue kwnames, bool is_function) {
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0, total = nargs + nkw + 1;
    WfValue small[8];
    WfValue *buf = total <= 8 ? small : malloc(total * sizeof(WfValue));
    if (!buf) return wf_err_no_memory();
    buf[0] = first;
    if (nargs + nkw) memcpy(buf + 1, args, (nargs + nkw) * sizeof(WfValue));
    WfValue r = is_function ? wf_eval_call_function(func, buf, nargs + 1, kwnames)
                            : wf_call(func, buf, nargs + 1, kwnames);
    if (buf != small) free(buf);
    return r;
}

WfValue wf_call_unbound(WfValue func, WfValue self, WfValue *args, size_t nargs,
                        WfValue kwnames) {
    WfType *ft = wf_type(func);
    if (ft == &wf_function_type) return call_prepend(func, self, args, nargs, kwnames, true);
    if (ft == &wf_method_descr_type || ft == &wf_slot_wrapper_type)
        return call_prepend(func, self, args, nargs, kwnames, false);
    if (wf_enter_recursive_call(" while calling a Python object") < 0) return WF_NULL;
    WfValue r;
    if (ft->descr_get) {
        WfValue bound = ft->descr_get(func, self, (WfValue)wf_type(self));
        r = bound ? wf_call(bound, args, nargs, kwnames) : WF_NULL;
        wf_xdecref(bound);
    } else {
        r = wf_call(func, args, nargs, kwnames);
    }
    wf_leave_recursive_call();
    return r;
}

// self.name(*args) looked up on type(self); AttributeError(name) if absent.
static WfValue call_dunder(WfValue self, WfValue name, WfValue *args, size_t nargs) {
    WfValue f = wf_type_lookup(wf_type(self), name);
    if (!f) {
        wf_err_set(wf_AttributeError, name);
        return WF_NULL;
    }
    wf_incref(f);
    WfValue r = wf_call_unbound(f, self, args, nargs, WF_NULL);
    wf_decref(f);
    return r;
}

// Like call_dunder with one argument, but NotImplemented when absent.
static WfValue call_maybe(WfValue self, WfValue name, WfValue arg) {
    WfValue f = wf_type_lookup(wf_type(self), name);
    if (!f) return wf_newref(WF_NOTIMPLEMENTED);
    wf_incref(f);
    WfValue r = wf_call_unbound(f, self, &arg, 1, WF_NULL);
    wf_decref(f);
    return r;
}

// ---- generic slot functions (Weft classes) ------------------------------------------

static WfValue slot_tp_repr(WfValue self) {
    return call_dunder(self, WF_ID(__repr__), NULL, 0);
}

static WfValue slot_tp_str(WfValue self) {
    return call_dunder(self, WF_ID(__str__), NULL, 0);
}

static WfHash slot_tp_hash(WfValue self) {
    WfValue f = wf_type_lookup(wf_type(self), WF_ID(__hash__));
    if (!f || f == WF_NONE) {
        wf_err_format(wf_TypeError, "unhashable type: '%s'", wf_type_name(self));
        return -1;
    }
    wf_incref(f);
    WfValue r = wf_call_unbound(f, self, NULL, 0, WF_NULL);
    wf_decref(f);
    if (!r) return -1;
    if (!wf_is_int(r)) {
        wf_decref(r);
        wf_err_set_str(wf_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int64_t h;
    if (WF_IS_SMALLINT(r)) {
        h = WF_SMALLINT_VAL(r);
    } else if (wf_int_to_i64(r, &h) < 0) {
        wf_err_clear();
        h = wf_int_hash(r);
    }
    wf_decref(r);
    return h == -1 ? -2 : h;
}

static const char *const richcmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
static WfValue richcmp_ids[6];

static WfValue slot_tp_richcompare(WfValue a, WfValue b, int op) {
    if (!richcmp_ids[op] && !(richcmp_ids[op] = wf_str_intern(richcmp_names[op]))) return WF_NULL;
    return call_maybe(a, richcmp_ids[op], b);
}

WfValue wf_slot_tp_getattr_hook(WfValue self, WfValue name) {
    WfType *tp = wf_type(self);
    WfValue getattribute = wf_type_lookup(tp, WF_ID(__getattribute__));
    WfValue getattr = wf_type_lookup(tp, WF_ID(__getattr__));
    WfValue res;
    if (getattr) wf_incref(getattr);
    if (!getattribute) {
        res = wf_generic_getattr_impl(self, name, getattr != WF_NULL);
    } else if (wf_type(getattribute) == &wf_slot_wrapper_type) {
        WfSlotWrapper *w = (WfSlotWrapper *)getattribute;
        WfGetAttrFn fn = (WfGetAttrFn)w->fn;
        if (fn == wf_generic_getattr) res = wf_generic_getattr_impl(self, name, getattr != WF_NULL);
        else res = fn(self, name);
    } else {
        wf_incref(getattribute);
        res = wf_call_unbound(getattribute, self, &name, 1, WF_NULL);
        wf_decref(getattribute);
    }
    if (!res && getattr && (!wf_err_occurred() || wf_err_matches(wf_AttributeError))) {
        wf_err_clear();
        res = wf_call_unbound(getattr, self, &name, 1, WF_NULL);
    }
    wf_xdecref(getattr);
    return res;
}

static int slot_tp_setattr(WfValue self, WfValue name, WfValue value) {
    WfValue args[2] = {name, value};
    WfValue r = value ? call_dunder(self, WF_ID(__setattr__), args, 2)
                      : call_dunder(self, WF_ID(__delattr__), args, 1);
    if (!r) return -1;
    wf_decref(r);
    return 0;
}

static WfValue slot_tp_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue f = wf_type_lookup(wf_type(self), WF_ID(__call__));
    if (!f) {
        wf_err_format(wf_TypeError, "'%s' object is not callable", wf_type_name(self));
        return WF_NULL;
    }
    wf_incref(f);
    WfValue r = wf_call_unbound(f, self, args, nargs, kwnames);
    wf_decref(f);
    return r;
}

static WfValue slot_tp_iter(WfValue self) {
    WfValue f = wf_type_lookup(wf_type(self), WF_ID(__iter__));
    if (!f || f == WF_NONE) {
        wf_err_format(wf_TypeError, "'%s' object is not iterable", wf_type_name(self));
        return WF_NULL;
    }
    wf_incref(f);
    WfValue r = wf_call_unbound(f, self, NULL, 0, WF_NULL);
    wf_decref(f);
    return r;
}

static WfValue slot_tp_iternext(WfValue self) {
    WfValue r = call_dunder(self, WF_ID(__next__), NULL, 0);
    if (!r && wf_err_matches(wf_StopIteration)) wf_err_clear();
    return r;
}

static WfValue slot_tp_descr_get(WfValue self, WfValue obj, WfValue type) {
    WfValue f = wf_type_lookup(wf_type(self), WF_ID(__get__));
    if (!f) return wf_newref(self);
    WfValue args[2] = {obj ? obj : WF_NONE, type ? type : WF_NONE};
    wf_incref(f);
    WfValue r = wf_call_unbound(f, self, args, 2, WF_NULL);
    wf_decref(f);
    return r;
}

static int slot_tp_descr_set(WfValue self, WfValue obj, WfValue value) {
    WfValue args[2] = {obj, value};
    WfValue r = value ? call_dunder(self, WF_ID(__set__), args, 2)
                      : call_dunder(self, WF_ID(__delete__), args, 1);
    if (!r) return -1;
    wf_decref(r);
    return 0;
}

static int slot_tp_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue f = wf_type_lookup(wf_type(self), WF_ID(__init__));
    if (!f) {
        wf_err_set(wf_AttributeError, WF_ID(__init__));
        return -1;
    }
    wf_incref(f);
    WfValue r = wf_call_unbound(f, self, args, nargs, kwnames);
    wf_decref(f);
    if (!r) return -1;
    if (r != WF_NONE) {
        wf_err_format(wf_TypeError, "__init__() should return None, not '%s'", wf_type_name(r));
        wf_decref(r);
        return -1;
    }
    return 0;
}

WfValue wf_slot_tp_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue f = wf_type_lookup(type, WF_ID(__new__));
    if (!f) {
        wf_err_set(wf_AttributeError, WF_ID(__new__));
        return WF_NULL;
    }
    if (!WF_IS_SMALLINT(f) && f->type == &wf_staticmethod_type) f = ((WfStaticMethod *)f)->callable;
    wf_incref(f);
    WfValue r = call_prepend(f, (WfValue)type, args, nargs, kwnames,
                             !WF_IS_SMALLINT(f) && f->type == &wf_function_type);
    wf_decref(f);
    return r;
}

static bool method_is_overloaded(WfType *left, WfType *right, WfValue name) {
    return wf_type_lookup(right, name) != wf_type_lookup(left, name);
}

// CPython's SLOT1BINFULL: one slot serves a op b (a of this class) and the
// reflected b.__rop__(a) (b of this class).
static WfValue slot_binary(WfValue a, WfValue b, int op, WfBinaryFn self_fn, WfValue name,
                           WfValue rname) {
    WfType *ta = wf_type(a), *tb = wf_type(b);
    bool do_other = ta != tb && tb->nb[op] == self_fn;
    WfValue r;
    if (ta->nb[op] == self_fn) {
        if (do_other && wf_type_is_subtype(tb, ta) && method_is_overloaded(ta, tb, rname)) {
            r = call_maybe(b, rname, a);
            if (r != WF_NOTIMPLEMENTED) return r;
            wf_decref(r);
            do_other = false;
        }
        r = call_maybe(a, name, b);
        if (r != WF_NOTIMPLEMENTED || ta == tb) return r;
        wf_decref(r);
    }
    if (do_other) return call_maybe(b, rname, a);
    return wf_newref(WF_NOTIMPLEMENTED);
}

#define SLOT_BINOP(lname, OP, dname, rname)                                              \
    static WfValue slot_nb_##lname(WfValue a, WfValue b) {                               \
        return slot_binary(a, b, OP, slot_nb_##lname, WF_ID(dname), WF_ID(rname));       \
    }                                                                                    \
    static WfValue slot_nb_i##lname(WfValue a, WfValue b) {                              \
        return call_maybe(a, WF_ID(__i##lname##__), b);                                   \
    }

SLOT_BINOP(add, WF_BINOP_ADD, __add__, __radd__)
SLOT_BINOP(sub, WF_BINOP_SUB, __sub__, __rsub__)
SLOT_BINOP(mul, WF_BINOP_MUL, __mul__, __rmul__)
SLOT_BINOP(truediv, WF_BINOP_TRUEDIV, __truediv__, __rtruediv__)
SLOT_BINOP(floordiv, WF_BINOP_FLOORDIV, __floordiv__, __rfloordiv__)
SLOT_BINOP(mod, WF_BINOP_MOD, __mod__, __rmod__)
SLOT_BINOP(pow, WF_BINOP_POW, __pow__, __rpow__)
SLOT_BINOP(lshift, WF_BINOP_LSHIFT, __lshift__, __rlshift__)
SLOT_BINOP(rshift, WF_BINOP_RSHIFT, __rshift__, __rrshift__)
SLOT_BINOP(and, WF_BINOP_AND, __and__, __rand__)
SLOT_BINOP(or, WF_BINOP_OR, __or__, __ror__)
SLOT_BINOP(xor, WF_BINOP_XOR, __xor__, __rxor__)
SLOT_BINOP(matmul, WF_BINOP_MATMUL, __matmul__, __rmatmul__)

static WfValue slot_nb_pow3(WfValue a, WfValue b, WfValue mod) {
    if (wf_type(a)->nb_pow3 != slot_nb_pow3) return wf_newref(WF_NOTIMPLEMENTED);
    WfValue f = wf_type_lookup(wf_type(a), WF_ID(__pow__));
    if (!f) return wf_newref(WF_NOTIMPLEMENTED);
    WfValue args[2] = {b, mod};
    wf_incref(f);
    WfValue r = wf_call_unbound(f, a, args, 2, WF_NULL);
    wf_decref(f);
    return r;
}

static WfValue slot_nb_neg(WfValue v) {
    return call_dunder(v, WF_ID(__neg__), NULL, 0);
}
static WfValue slot_nb_pos(WfValue v) {
    return call_dunder(v, WF_ID(__pos__), NULL, 0);
}
static WfValue slot_nb_invert(WfValue v) {
    return call_dunder(v, WF_ID(__invert__), NULL, 0);
}
static WfValue slot_nb_abs(WfValue v) {
    return call_dunder(v, WF_ID(__abs__), NULL, 0);
}

static int slot_nb_bool(WfValue v) {
    WfValue r = call_dunder(v, WF_ID(__bool__), NULL, 0);
    if (!r) return -1;
    if (r == WF_TRUE || r == WF_FALSE) return r == WF_TRUE;
    wf_err_format(wf_TypeError, "__bool__ should return bool, returned %s", wf_type_name(r));
    wf_decref(r);
    return -1;
}

static WfValue slot_nb_int(WfValue v) {
    WfValue r = call_dunder(v, WF_ID(__int__), NULL, 0);
    if (r && !wf_is_int(r)) {
        wf_err_format(wf_TypeError, "__int__ returned non-int (type %s)", wf_type_name(r));
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

static WfValue slot_nb_float(WfValue v) {
    WfValue r = call_dunder(v, WF_ID(__float__), NULL, 0);
    if (r && !wf_is_float(r)) {
        wf_err_format(wf_TypeError, "%s.__float__ returned non-float (type %s)", wf_type_name(v),
                      wf_type_name(r));
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

static WfValue slot_nb_index(WfValue v) {
    WfValue r = call_dunder(v, WF_ID(__index__), NULL, 0);
    if (r && !wf_is_int(r)) {
        wf_err_format(wf_TypeError, "__index__ returned non-int (type %s)", wf_type_name(r));
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

static intptr_t slot_len(WfValue self) {
    WfValue r = call_dunder(self, WF_ID(__len__), NULL, 0);
    if (!r) return -1;
    if (!wf_is_int(r)) {
        WfType *rt = wf_type(r);
        if (!rt->nb_index) {
            wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer",
                          rt->name);
            wf_decref(r);
            return -1;
        }
    }
    int64_t n = wf_index_i64(r, NULL);
    wf_decref(r);
    if (n == -1 && wf_err_occurred()) {
        if (wf_err_matches(wf_OverflowError)) {
            wf_err_clear();
            wf_err_set_str(wf_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    if (n < 0) {
        wf_err_set_str(wf_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return (intptr_t)n;
}

static WfValue slot_getitem(WfValue self, WfValue key) {
    return call_dunder(self, WF_ID(__getitem__), &key, 1);
}

static int slot_setitem(WfValue self, WfValue key, WfValue value) {
    WfValue args[2] = {key, value};
    WfValue r = value ? call_dunder(self, WF_ID(__setitem__), args, 2)
                      : call_dunder(self, WF_ID(__delitem__), args, 1);
    if (!r) return -1;
    wf_decref(r);
    return 0;
}

static int slot_contains(WfValue self, WfValue item) {
    WfValue f = wf_type_lookup(wf_type(self), WF_ID(__contains__));
    if (!f || f == WF_NONE) {
        wf_err_format(wf_TypeError, "'%s' object is not a container", wf_type_name(self));
        return -1;
    }
    wf_incref(f);
    WfValue r = wf_call_unbound(f, self, &item, 1, WF_NULL);
    wf_decref(f);
    if (!r) return -1;
    int t = wf_is_true(r);
    wf_decref(r);
    return t;
}

// ---- wrappers: C slot called from Weft ---------------------------------------------------

static int check_num_args(size_t nargs, size_t n) {
    if (nargs == n) return 0;
    wf_err_format(wf_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
    return -1;
}

static WfValue wrap_unary(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, AnyFn fn,
                          const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 0) < 0) return WF_NULL;
    return ((WfUnaryFn)fn)(self);
}

static WfValue wrap_next(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, AnyFn fn,
                         const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 0) < 0) return WF_NULL;
    WfValue r = ((WfUnaryFn)fn)(self);
    if (!r && !wf_err_occurred()) wf_err_set(wf_StopIteration, WF_NULL);
    return r;
}

static WfValue wrap_inquiry(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, AnyFn fn,
                            const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 0) < 0) return WF_NULL;
    int r = ((WfInquiryFn)fn)(self);
    if (r < 0) return WF_NULL;
    return wf_bool(r);
}

static WfValue wrap_len(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, AnyFn fn,
                        const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 0) < 0) return WF_NULL;
    intptr_t n = ((WfLenFn)fn)(self);
    if (n < 0) return WF_NULL;
    return wf_int_from_i64(n);
}

static WfValue wrap_hash(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, AnyFn fn,
                         const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 0) < 0) return WF_NULL;
    WfHash h = ((WfHashFn)fn)(self);
    if (h == -1 && wf_err_occurred()) return WF_NULL;
    return wf_int_from_i64(h);
}

static WfValue wrap_binary_l(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                             AnyFn fn, const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 1) < 0) return WF_NULL;
    return ((WfBinaryFn)fn)(self, args[0]);
}

static WfValue wrap_binary_r(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                             AnyFn fn, const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 1) < 0) return WF_NULL;
    return ((WfBinaryFn)fn)(args[0], self);
}

static WfValue wrap_pow(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, AnyFn fn,
                        const SlotDef *d, WfType *owner) {
    if (nargs < 1 || nargs > 2) {
        wf_err_format(wf_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        return WF_NULL;
    }
    bool reflected = strcmp(d->name, "__rpow__") == 0;
    if (nargs == 2 && args[1] != WF_NONE) {
        if (!owner->nb_pow3) return wf_newref(WF_NOTIMPLEMENTED);
        return reflected ? owner->nb_pow3(args[0], self, args[1])
                         : owner->nb_pow3(self, args[0], args[1]);
    }
    return reflected ? ((WfBinaryFn)fn)(args[0], self) : ((WfBinaryFn)fn)(self, args[0]);
}

static WfValue wrap_richcmp(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                            AnyFn fn, const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 1) < 0) return WF_NULL;
    return ((WfRichCmpFn)fn)(self, args[0], d->arg);
}

static int check_name(WfValue name) {
    if (wf_is_str(name)) return 0;
    wf_err_format(wf_TypeError, "attribute name must be string, not '%s'", wf_type_name(name));
    return -1;
}

static WfValue wrap_getattr(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                            AnyFn fn, const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 1) < 0 || check_name(args[0]) < 0) return WF_NULL;
    return ((WfGetAttrFn)fn)(self, args[0]);
}

// CPython's "hackcheck": object.__setattr__(x, ...) may not skip a C-level
// setattr that type(x) (or a native base) defines, e.g. type's for classes.
static int check_setattr_applies(WfValue self, AnyFn fn, const char *what) {
    WfType *b = wf_type(self);
    while (b && b->setattr == slot_tp_setattr) b = b->base;
    if (!b || (AnyFn)b->setattr == fn) return 0;
    wf_err_format(wf_TypeError, "can't apply this %s to %s object", what, wf_type_name(self));
    return -1;
}

static WfValue wrap_setattr(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                            AnyFn fn, const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 2) < 0 || check_name(args[0]) < 0 ||
        check_setattr_applies(self, fn, "__setattr__") < 0)
        return WF_NULL;
    if (((WfSetAttrFn)fn)(self, args[0], args[1]) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue wrap_delattr(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                            AnyFn fn, const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 1) < 0 || check_name(args[0]) < 0 ||
        check_setattr_applies(self, fn, "__delattr__") < 0)
        return WF_NULL;
    if (((WfSetAttrFn)fn)(self, args[0], WF_NULL) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue wrap_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, AnyFn fn,
                         const SlotDef *d, WfType *owner) {
    return ((WfNativeFn)fn)(self, args, nargs, kwnames);
}

static WfValue wrap_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, AnyFn fn,
                         const SlotDef *d, WfType *owner) {
    if (((WfInitFn)fn)(self, args, nargs, kwnames) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue wrap_descr_get(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                              AnyFn fn, const SlotDef *d, WfType *owner) {
    if (nargs < 1 || nargs > 2) {
        wf_err_format(wf_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        return WF_NULL;
    }
    WfValue obj = args[0] == WF_NONE ? WF_NULL : args[0];
    WfValue type = nargs > 1 && args[1] != WF_NONE ? args[1] : WF_NULL;
    if (!obj && !type) {
        wf_err_set_str(wf_TypeError, "__get__(None, None) is invalid");
        return WF_NULL;
    }
    return ((WfDescrGetFn)fn)(self, obj, type);
}

static WfValue wrap_descr_set(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                              AnyFn fn, const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 2) < 0) return WF_NULL;
    if (((WfDescrSetFn)fn)(self, args[0], args[1]) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue wrap_descr_delete(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                                 AnyFn fn, const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 1) < 0) return WF_NULL;
    if (((WfDescrSetFn)fn)(self, args[0], WF_NULL) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue wrap_setitem(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                            AnyFn fn, const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 2) < 0) return WF_NULL;
    if (((WfSetItemFn)fn)(self, args[0], args[1]) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue wrap_delitem(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                            AnyFn fn, const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 1) < 0) return WF_NULL;
    if (((WfSetItemFn)fn)(self, args[0], WF_NULL) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue wrap_contains(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                             AnyFn fn, const SlotDef *d, WfType *owner) {
    if (check_num_args(nargs, 1) < 0) return WF_NULL;
    int r = ((WfContainsFn)fn)(self, args[0]);
    if (r < 0) return WF_NULL;
    return wf_bool(r);
}

// ---- the slot table ---------------------------------------------------------------------

#define OFF(field) offsetof(WfType, field)
#define G(f) ((AnyFn)(f))
#define NB(OP, lname, dname, rname, iname)                                                   \
    {dname, OFF(nb[OP]), G(slot_nb_##lname), wrap_binary_l, 0, false},                        \
    {rname, OFF(nb[OP]), G(slot_nb_##lname), wrap_binary_r, 0, false},                        \
    {iname, OFF(nb[WF_BINOP_INPLACE + OP]), G(slot_nb_i##lname), wrap_binary_l, 0, false}

// Entries feeding the same slot are adjacent (the fixup walks groups).
static const SlotDef slotdefs[] = {
    {"__repr__", OFF(repr), G(slot_tp_repr), wrap_unary, 0, false},
    {"__str__", OFF(str), G(slot_tp_str), wrap_unary, 0, false},
    {"__hash__", OFF(hash), G(slot_tp_hash), wrap_hash, 0, false},
    {"__call__", OFF(call), G(slot_tp_call), wrap_call, 0, true},
    {"__getattribute__", OFF(getattr), G(wf_slot_tp_getattr_hook), wrap_getattr, 0, false},
    {"__getattr__", OFF(getattr), G(wf_slot_tp_getattr_hook), NULL, 0, false},
    {"__setattr__", OFF(setattr), G(slot_tp_setattr), wrap_setattr, 0, false},
    {"__delattr__", OFF(setattr), G(slot_tp_setattr), wrap_delattr, 0, false},
    {"__lt__", OFF(richcompare), G(slot_tp_richcompare), wrap_richcmp, WF_LT, false},
    {"__le__", OFF(richcompare), G(slot_tp_richcompare), wrap_richcmp, WF_LE, false},
    {"__eq__", OFF(richcompare), G(slot_tp_richcompare), wrap_richcmp, WF_EQ, false},
    {"__ne__", OFF(richcompare), G(slot_tp_richcompare), wrap_richcmp, WF_NE, false},
    {"__gt__", OFF(richcompare), G(slot_tp_richcompare), wrap_richcmp, WF_GT, false},
    {"__ge__", OFF(richcompare), G(slot_tp_richcompare), wrap_richcmp, WF_GE, false},
    {"__iter__", OFF(iter), G(slot_tp_iter), wrap_unary, 0, false},
    {"__next__", OFF(iternext), G(slot_tp_iternext), wrap_next, 0, false},
    {"__get__", OFF(descr_get), G(slot_tp_descr_get), wrap_descr_get, 0, false},
    {"__set__", OFF(descr_set), G(slot_tp_descr_set), wrap_descr_set, 0, false},
    {"__delete__", OFF(descr_set), G(slot_tp_descr_set), wrap_descr_delete, 0, false},
    {"__init__", OFF(init), G(slot_tp_init), wrap_init, 0, true},
    {"__new__", OFF(new_), G(wf_slot_tp_new), NULL, 0, true},
    {"__len__", OFF(len), G(slot_len), wrap_len, 0, false},
    {"__getitem__", OFF(getitem), G(slot_getitem), wrap_binary_l, 0, false},
    {"__setitem__", OFF(setitem), G(slot_setitem), wrap_setitem, 0, false},
    {"__delitem__", OFF(setitem), G(slot_setitem), wrap_delitem, 0, false},
    {"__contains__", OFF(contains), G(slot_contains), wrap_contains, 0, false},
    NB(WF_BINOP_ADD, add, "__add__", "__radd__", "__iadd__"),
    NB(WF_BINOP_SUB, sub, "__sub__", "__rsub__", "__isub__"),
    NB(WF_BINOP_MUL, mul, "__mul__", "__rmul__", "__imul__"),
    NB(WF_BINOP_TRUEDIV, truediv, "__truediv__", "__rtruediv__", "__itruediv__"),
    NB(WF_BINOP_FLOORDIV, floordiv, "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    NB(WF_BINOP_MOD, mod, "__mod__", "__rmod__", "__imod__"),
    {"__pow__", OFF(nb[WF_BINOP_POW]), G(slot_nb_pow), wrap_pow, 0, false},
    {"__rpow__", OFF(nb[WF_BINOP_POW]), G(slot_nb_pow), wrap_pow, 0, false},
    {"__ipow__", OFF(nb[WF_BINOP_INPLACE + WF_BINOP_POW]), G(slot_nb_ipow), wrap_binary_l, 0, false},
    {"__pow__", OFF(nb_pow3), G(slot_nb_pow3), NULL, 0, false},
    NB(WF_BINOP_LSHIFT, lshift, "__lshift__", "__rlshift__", "__ilshift__"),
    NB(WF_BINOP_RSHIFT, rshift, "__rshift__", "__rrshift__", "__irshift__"),
    NB(WF_BINOP_AND, and, "__and__", "__rand__", "__iand__"),
    NB(WF_BINOP_OR, or, "__or__", "__ror__", "__ior__"),
    NB(WF_BINOP_XOR, xor, "__xor__", "__rxor__", "__ixor__"),
    NB(WF_BINOP_MATMUL, matmul, "__matmul__", "__rmatmul__", "__imatmul__"),
    {"__neg__", OFF(nb_neg), G(slot_nb_neg), wrap_unary, 0, false},
    {"__pos__", OFF(nb_pos), G(slot_nb_pos), wrap_unary, 0, false},
    {"__invert__", OFF(nb_invert), G(slot_nb_invert), wrap_unary, 0, false},
    {"__abs__", OFF(nb_abs), G(slot_nb_abs), wrap_unary, 0, false},
    {"__bool__", OFF(nb_bool), G(slot_nb_bool), wrap_inquiry, 0, false},
    {"__int__", OFF(nb_int), G(slot_nb_int), wrap_unary, 0, false},
    {"__float__", OFF(nb_float), G(slot_nb_float), wrap_unary, 0, false},
    {"__index__", OFF(nb_index), G(slot_nb_index), wrap_unary, 0, false},
};

#define NSLOTDEFS (sizeof(slotdefs) / sizeof(slotdefs[0]))
static WfValue slotdef_names[NSLOTDEFS];   // interned, immortal once made

static WfValue slotdef_name(size_t i) {
    if (!slotdef_names[i]) slotdef_names[i] = wf_str_intern(slotdefs[i].name);
    return slotdef_names[i];
}

// ---- wrapper_descriptor / method-wrapper ---------------------------------------------------

static WfValue slot_wrapper_new(const SlotDef *d, WfType *owner, AnyFn fn) {
    WfSlotWrapper *w = (WfSlotWrapper *)wf_object_alloc(&wf_slot_wrapper_type, sizeof(WfSlotWrapper));
    if (!w) return WF_NULL;
    w->def = d;
    w->owner = owner;
    w->fn = fn;
    return (WfValue)w;
}

static WfValue call_wrapper(WfSlotWrapper *w, WfValue self, WfValue *args, size_t nargs,
                            WfValue kwnames) {
    if (!w->def->kw && kwnames && WF_TUPLE_LEN(kwnames)) {
        wf_err_format(wf_TypeError, "wrapper %s() takes no keyword arguments", w->def->name);
        return WF_NULL;
    }
    return w->def->wrap(self, args, nargs, kwnames, w->fn, w->def, w->owner);
}

static WfValue slot_wrapper_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfSlotWrapper *w = (WfSlotWrapper *)self;
    if (nargs < 1) {
        wf_err_format(wf_TypeError, "descriptor '%s' of '%s' object needs an argument",
                      w->def->name, w->owner->name);
        return WF_NULL;
    }
    if (!wf_type_is_subtype(wf_type(args[0]), w->owner)) {
        wf_err_format(wf_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                      w->def->name, w->owner->name, wf_type_name(args[0]));
        return WF_NULL;
    }
    return call_wrapper(w, args[0], args + 1, nargs - 1, kwnames);
}

static WfValue slot_wrapper_descr_get(WfValue self, WfValue obj, WfValue type) {
    WfSlotWrapper *w = (WfSlotWrapper *)self;
    if (!obj) return wf_newref(self);
    if (!wf_type_is_subtype(wf_type(obj), w->owner)) {
        wf_err_format(wf_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      w->def->name, w->owner->name, wf_type_name(obj));
        return WF_NULL;
    }
    WfMethodWrapper *m =
        (WfMethodWrapper *)wf_object_alloc(&wf_method_wrapper_type, sizeof(WfMethodWrapper));
    if (!m) return WF_NULL;
    m->descr = wf_newref(self);
    m->self = wf_newref(obj);
    return (WfValue)m;
}

static WfValue slot_wrapper_repr(WfValue self) {
    WfSlotWrapper *w = (WfSlotWrapper *)self;
    return wf_str_from_format("<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
}

static WfValue slot_wrapper_get_name(WfValue self) {
    return wf_str_from_cstr(((WfSlotWrapper *)self)->def->name);
}

static WfValue slot_wrapper_get_qualname(WfValue self) {
    WfSlotWrapper *w = (WfSlotWrapper *)self;
    return wf_str_from_format("%s.%s", wf_type_name_of(w->owner), w->def->name);
}

static WfValue slot_wrapper_get_objclass(WfValue self) {
    return wf_newref((WfValue)((WfSlotWrapper *)self)->owner);
}

static WfValue get_none(WfValue self) {
    return wf_newref(WF_NONE);
}

static const WfGetSetDef slot_wrapper_getsets[] = {
    {"__name__", slot_wrapper_get_name, NULL, NULL},
    {"__qualname__", slot_wrapper_get_qualname, NULL, NULL},
    {"__objclass__", slot_wrapper_get_objclass, NULL, NULL},
    {"__doc__", get_none, NULL, NULL},
    {"__text_signature__", get_none, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static void slot_wrapper_dealloc(WfValue self) {
    wf_object_free(self);
}

WfType wf_slot_wrapper_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "wrapper_descriptor",
    .basicsize = sizeof(WfSlotWrapper),
    .dealloc = slot_wrapper_dealloc,
    .repr = slot_wrapper_repr,
    .call = slot_wrapper_call,
    .descr_get = slot_wrapper_descr_get,
    .getsets = slot_wrapper_getsets,
};

static void method_wrapper_dealloc(WfValue self) {
    WfMethodWrapper *m = (WfMethodWrapper *)self;
    wf_clear(&m->descr);
    wf_clear(&m->self);
    wf_object_free(self);
}

static WfValue method_wrapper_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfMethodWrapper *m = (WfMethodWrapper *)self;
    return call_wrapper((WfSlotWrapper *)m->descr, m->self, args, nargs, kwnames);
}

static WfValue method_wrapper_repr(WfValue self) {
    WfMethodWrapper *m = (WfMethodWrapper *)self;
    return wf_str_from_format("<method-wrapper '%s' of %s object at %p>",
                              ((WfSlotWrapper *)m->descr)->def->name, wf_type_name(m->self),
                              (void *)m->self);
}

static WfValue method_wrapper_richcompare(WfValue a, WfValue b, int op) {
    if ((op != WF_EQ && op != WF_NE) || wf_type(b) != &wf_method_wrapper_type)
        return wf_newref(WF_NOTIMPLEMENTED);
    WfMethodWrapper *x = (WfMethodWrapper *)a, *y = (WfMethodWrapper *)b;
    bool eq = x->descr == y->descr && x->self == y->self;
    return wf_bool(op == WF_EQ ? eq : !eq);
}

static WfHash method_wrapper_hash(WfValue self) {
    WfMethodWrapper *m = (WfMethodWrapper *)self;
    WfHash h = wf_hash_pointer(m->self) ^ wf_hash_pointer(m->descr);
    return h == -1 ? -2 : h;
}

static WfValue method_wrapper_get_self(WfValue self) {
    return wf_newref(((WfMethodWrapper *)self)->self);
}

static WfValue method_wrapper_get_name(WfValue self) {
    return slot_wrapper_get_name(((WfMethodWrapper *)self)->descr);
}

static WfValue method_wrapper_get_qualname(WfValue self) {
    return slot_wrapper_get_qualname(((WfMethodWrapper *)self)->descr);
}

static WfValue method_wrapper_get_objclass(WfValue self) {
    return slot_wrapper_get_objclass(((WfMethodWrapper *)self)->descr);
}

static const WfGetSetDef method_wrapper_getsets[] = {
    {"__self__", method_wrapper_get_self, NULL, NULL},
    {"__name__", method_wrapper_get_name, NULL, NULL},
    {"__qualname__", method_wrapper_get_qualname, NULL, NULL},
    {"__objclass__", method_wrapper_get_objclass, NULL, NULL},
    {"__doc__", get_none, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

WfType wf_method_wrapper_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "method-wrapper",
    .basicsize = sizeof(WfMethodWrapper),
    .dealloc = method_wrapper_dealloc,
    .repr = method_wrapper_repr,
    .hash = method_wrapper_hash,
    .richcompare = method_wrapper_richcompare,
    .call = method_wrapper_call,
    .getsets = method_wrapper_getsets,
};

bool wf_slot_wrapper_is(WfValue v, void *fn) {
    if (WF_IS_SMALLINT(v)) return false;
    if (v->type == &wf_method_wrapper_type) v = ((WfMethodWrapper *)v)->descr;
    return v->type == &wf_slot_wrapper_type && (void *)((WfSlotWrapper *)v)->fn == fn;
}

bool wf_is_method_descriptor(WfValue v) {
    if (WF_IS_SMALLINT(v)) return false;
    WfType *t = v->type;
    return t == &wf_function_type || t == &wf_method_descr_type || t == &wf_slot_wrapper_type;
}

// ---- static types: wrappers for their own slots -----------------------------------------------

int wf_type_add_slot_wrappers(WfType *t) {
    WfType *base = t->base;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        if (!d->wrap) continue;
        AnyFn fn = SLOT_AT(t, d->offset);
        if (!fn || fn == d->generic) continue;
        if (base && SLOT_AT(base, d->offset) == fn) continue;
        WfValue name = slotdef_name(i);
        if (!name) return -1;
        if (wf_dict_get_str_borrowed(t->dict, name)) continue;
        WfValue w = slot_wrapper_new(d, t, fn);
        if (!w) return -1;
        int r = wf_dict_set(t->dict, name, w);
        wf_decref(w);
        if (r < 0) return -1;
    }
    return 0;
}

// ---- heap types: slots from dunders ---------------------------------------------------------

// Sets the slots of the group of defs [first, end) in [t].
static void fixup_group(WfType *t, size_t first, size_t end) {
    size_t off = slotdefs[first].offset;
    AnyFn specific = NULL, generic = slotdefs[first].generic;
    bool use_generic = false;
    for (size_t i = first; i < end; i++) {
        const SlotDef *d = &slotdefs[i];
        WfValue name = slotdef_name(i);
        if (!name) {
            wf_err_clear();
            use_generic = true;
            continue;
        }
        WfValue descr = wf_type_lookup_uncached(t, name);
        if (!descr) continue;
        AnyFn f = NULL;
        if (!WF_IS_SMALLINT(descr) && descr->type == &wf_slot_wrapper_type) {
            WfSlotWrapper *w = (WfSlotWrapper *)descr;
            if (strcmp(w->def->name, d->name) != 0) {
                use_generic = true;
                continue;
            }
            f = SLOT_AT(w->owner, off);
        } else if (off == OFF(hash) && descr == WF_NONE) {
            continue;   // __hash__ = None: unhashable
        } else if (off == OFF(new_)) {
            WfType *owner;
            if (!wf_is_type_new_wrapper(descr, &owner)) {
                use_generic = true;
                continue;
            }
            f = (AnyFn)owner->new_;
        } else {
            use_generic = true;
            continue;
        }
        if (!specific) specific = f;
        else if (specific != f) use_generic = true;
    }
    SLOT_AT(t, off) = use_generic ? generic : specific;
}

void wf_type_fixup_slots(WfType *t) {
    size_t i = 0;
    while (i < NSLOTDEFS) {
        size_t j = i + 1;
        while (j < NSLOTDEFS && slotdefs[j].offset == slotdefs[i].offset) j++;
        fixup_group(t, i, j);
        i = j;
    }
}

static void update_rec(WfType *t, size_t first, size_t end, int depth) {
    fixup_group(t, first, end);
    if (!(t->flags & WF_TPFLAGS_HAS_EXT) || depth > 1000) return;
    WfHeapType *h = (WfHeapType *)t;
    for (size_t i = 0; i < h->nsubclasses; i++)
        update_rec(&h->subclasses[i]->type, first, end, depth + 1);
}

void wf_type_update_slot(WfType *t, WfValue name) {
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        if (!wf_str_eq_cstr(name, slotdefs[i].name)) continue;
        size_t first = i, end = i + 1;
        while (first > 0 && slotdefs[first - 1].offset == slotdefs[i].offset) first--;
        while (end < NSLOTDEFS && slotdefs[end].offset == slotdefs[i].offset) end++;
        update_rec(t, first, end, 0);
    }
}
