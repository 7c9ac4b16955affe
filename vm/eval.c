// eval.c — the dispatch loop: every opcode of vm/opcodes.h, stackless calls
// and returns between Weft functions (and generators driven by `for`), the
// zero-cost exception unwinder, the eval breaker, and quickening: frames run
// a private copy of each code object's instructions in which cache-using and
// arithmetic instructions are specialized in place (globals, attributes and
// methods cached under dict / type version tags; small-int + - * // % and
// comparisons without calls).
//
// Invariants: one run of eval_frame() executes frames from its entry frame
// (f->entry) upward; calls of Weft functions push a frame on the thread's
// chunked frame stack and continue in the same run; RETURN_VALUE pops it.
// Every value-stack slot below sp is owned (NULL allowed where opcodes.h says).
// The eval breaker is tested before every instruction (one relaxed load).
// GIL rule: runs with the GIL held; the breaker's slow path is where it may drop.
#include "vm/eval.h"

#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/exc_ext.h"
#include "runtime/exc_group.h"
#include "runtime/float.h"
#include "runtime/func.h"
#include "runtime/gen.h"
#include "runtime/int.h"
#include "runtime/iterobjects.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native.h"
#include "runtime/native_ext.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/typecache.h"
#include "vm/code.h"
#include "vm/eval_ext.h"
#include "vm/eval_macros.h"
#include "vm/evalops.h"
#include "vm/frame_impl.h"
#include "vm/opcodes.h"
#include "vm/signals.h"
#include "vm/traceback.h"
#include "vm/gil.h"
#include "vm/tstate.h"

// Whether the instruction at which the eval breaker fired is a backward jump
// or a call (for --gil-checks=branches). Only the GIL holder touches it.
static bool breaker_at_branch = true;

#define GEN_FLAGS (WF_CO_GENERATOR | WF_CO_COROUTINE | WF_CO_ASYNC_GENERATOR)

// ---- inline caches ----------------------------------------------------------------------
// code->caches is one malloc block (freed by the code object): an index per
// instruction (0 = no cache, else entry number + 1) and the entries. Entries
// hold no references: a cached pointer is only used while the version tags it
// was found under are unchanged (dict versions for globals, the type's
// version tag for attributes), and then its container still owns it.

// Specialized forms the VM rewrites cache-using instructions into (in the
// quickened copy only; they never appear in code->instrs). A specialized
// instruction whose guard fails runs the generic form, which re-specializes.
enum {
    OP_LOAD_GLOBAL_MODULE = WF_OP_COUNT,   // found in globals: guard = globals version
    OP_LOAD_GLOBAL_BUILTIN,                 // found in builtins: guard = both versions
    OP_LOAD_ATTR_INSTANCE,                  // instance __dict__ attribute
    OP_LOAD_ATTR_CLASSVAL,                  // plain class attribute, unless shadowed
    OP_LOAD_METHOD_CACHED,                  // function / method descriptor on the type
    OP_STORE_ATTR_INSTANCE,                 // store into the instance __dict__
    OP_LOAD_ATTR_MODULE,                    // module attribute: guard = the module dict's version
    OP_LOAD_METHOD_MODULE,                  // the same for module.f(...) (pushes attr, NULL)
    // BINARY_OP / COMPARE_OP split by operator at quickening (argument unchanged):
    OP_BINARY_ADD, OP_BINARY_SUB, OP_BINARY_MUL, OP_BINARY_MOD, OP_BINARY_FLOORDIV,
    OP_COMPARE_LT, OP_COMPARE_LE, OP_COMPARE_EQ, OP_COMPARE_NE, OP_COMPARE_GT, OP_COMPARE_GE,
    WF_QOP_END
};
_Static_assert(WF_QOP_END <= 256, "opcodes must fit in a byte");

typedef struct CacheEntry {
    void *key;                      // globals dict, or the type
    WfValue value;                  // borrowed (see above)
    uint64_t vers[3];               // globals version, builtins version, builtins pointer;
                                    // or the type's version tag in vers[0]
    uint32_t name;                  // the instruction's original argument (a names index)
} CacheEntry;

static bool uses_cache(unsigned op) {
    return op == OP_LOAD_GLOBAL || op == OP_LOAD_ATTR || op == OP_LOAD_METHOD || op == OP_STORE_ATTR;
}

WfCodeInfo *wf_code_info_build(WfCode *co) {
    if (co->caches) return co->caches;
    size_t n = 0;
    for (size_t i = 0; i < co->ninstrs; i++)
        if (uses_cache(WF_INSTR_OP(co->instrs[i]))) n++;
    size_t head = (sizeof(WfCodeInfo) + 15) & ~(size_t)15;
    size_t qbytes = (co->ninstrs * sizeof(uint32_t) + 15) & ~(size_t)15;
    WfCodeInfo *ci = calloc(1, head + qbytes + (n ? n : 1) * sizeof(CacheEntry));
    if (!ci) {
        wf_err_no_memory();
        return NULL;
    }
    ci->qinstrs = (uint32_t *)((char *)ci + head);
    CacheEntry *entries = (CacheEntry *)((char *)ci + head + qbytes);
    ci->entries = entries;
    ci->nentries = (uint32_t)n;
    uint32_t k = 0;
    for (size_t i = 0; i < co->ninstrs; i++) {
        uint32_t w = co->instrs[i];
        unsigned op = WF_INSTR_OP(w), arg = WF_INSTR_ARG(w);
        if (uses_cache(op)) {
            entries[k].name = arg;
            w = WF_INSTR(op, k);
            k++;
        } else if (op == OP_BINARY_OP) {
            unsigned b = arg >= WF_BINOP_INPLACE ? arg - WF_BINOP_INPLACE : arg;
            if (b == WF_BINOP_ADD) w = WF_INSTR(OP_BINARY_ADD, arg);
            else if (b == WF_BINOP_SUB) w = WF_INSTR(OP_BINARY_SUB, arg);
            else if (b == WF_BINOP_MUL) w = WF_INSTR(OP_BINARY_MUL, arg);
            else if (b == WF_BINOP_MOD) w = WF_INSTR(OP_BINARY_MOD, arg);
            else if (b == WF_BINOP_FLOORDIV) w = WF_INSTR(OP_BINARY_FLOORDIV, arg);
        } else if (op == OP_COMPARE_OP && arg <= WF_GE) {
            w = WF_INSTR(OP_COMPARE_LT + arg, arg);
        }
        ci->qinstrs[i] = w;
    }
    ci->framewords = (uint32_t)wf_frame_words(co);
    ci->nslots = (uint32_t)(co->nlocals + co->ncells + co->nfrees);
    ci->fastcall = !(co->flags & (WF_CO_VARARGS | WF_CO_VARKEYWORDS | GEN_FLAGS)) &&
                   co->kwonlyargcount == 0 && co->ncells == 0 && co->nfrees == 0;
    co->caches = ci;
    return ci;
}

static inline bool generic_getattr_type(WfType *tp) {
    return tp->getattr == NULL || tp->getattr == wf_generic_getattr;
}
static inline bool generic_setattr_type(WfType *tp) {
    return tp->setattr == NULL || tp->setattr == wf_generic_setattr;
}

// Keys [ce] on [tp] and its current version tag.
static inline void cache_fill_type(CacheEntry *ce, WfType *tp) {
    ce->key = tp;
    ce->vers[0] = wf_type_version(tp);
}

static inline bool cache_type_valid(const CacheEntry *ce, WfType *tp) {
    return ce->key == tp && ce->vers[0] == wf_type_version(tp);
}

// Caches module attribute [v] = obj.name in [ce] when it simply comes from the
// module's dict (no attribute of the module type shadows the name).
static bool cache_fill_module(CacheEntry *ce, WfValue obj, WfValue name, WfValue v) {
    if (WF_IS_SMALLINT(obj) || obj->type != &wf_module_type || !wf_is_str(name)) return false;
    WfValue d = ((WfModule *)obj)->dict;
    if (!d || d->type != &wf_dict_type || wf_type_lookup(&wf_module_type, name)) return false;
    if (wf_dict_get_str_borrowed(d, name) != v) return false;
    ce->key = d;
    ce->vers[0] = wf_dict_version(d);
    ce->value = v;
    return true;
}

// The instance __dict__ of [obj] (borrowed) or NULL.
static inline WfValue instance_dict(WfValue obj, WfType *tp) {
    if (WF_IS_SMALLINT(obj)) return WF_NULL;
    if (tp->dictoffset) return *(WfValue *)((char *)obj + tp->dictoffset);
    return wf_object_get_dict(obj);
}

// ---- the handled exception --------------------------------------------------------------

static inline WfGen *frame_gen(WfFrame *f) { return (WfGen *)f->gen; }

// ---- exception-table lookup ----------------------------------------------------------

static inline const WfExcEntry *find_handler(const WfCode *co, int index) {
    uint32_t i = (uint32_t)index;
    for (size_t k = 0; k < co->nexc; k++) {
        const WfExcEntry *e = &co->exctable[k];
        if (e->start <= i && i < e->end) return e;
    }
    return NULL;
}

// ---- small helpers of the loop -----------------------------------------------------------

static WfValue load_name_from(WfValue mapping, WfValue name, int *err) {
    WfValue v = WF_NULL;
    *err = 0;
    if (wf_is_dict(mapping) && mapping->type == &wf_dict_type) {
        v = wf_dict_get_str_borrowed(mapping, name);
        if (v) wf_incref(v);
        return v;
    }
    int r = wf_dict_get_ref(mapping, name, &v);   // dict subclasses
    if (wf_is_dict(mapping)) {
        if (r < 0) *err = 1;
        return r > 0 ? v : WF_NULL;
    }
    v = wf_getitem(mapping, name);
    if (!v) {
        if (wf_err_matches(wf_KeyError)) wf_err_clear();
        else *err = 1;
    }
    return v;
}

// A class body's (or exec's) locals: an exact dict is read directly; any other
// mapping, dict subclasses included, through __getitem__ (as CPython).
static WfValue load_local_name(WfValue locals, WfValue name, int *err) {
    if (!WF_IS_SMALLINT(locals) && locals->type == &wf_dict_type)
        return load_name_from(locals, name, err);
    *err = 0;
    WfValue v = wf_getitem(locals, name);
    if (!v) {
        if (wf_err_matches(wf_KeyError)) wf_err_clear();
        else *err = 1;
    }
    return v;
}

// Binary fast paths on two floats (or a float and a small int). Returns the
// result or NULL when the pair is not handled here (never raises).
static inline __attribute__((always_inline)) WfValue float_binop(WfValue a, WfValue b, unsigned op) {
    double x, y;
    if (!WF_IS_SMALLINT(a) && a->type == &wf_float_type) x = WF_FLOAT_VAL(a);
    else if (WF_IS_SMALLINT(a) && llabs(WF_SMALLINT_VAL(a)) <= (1LL << 53)) x = (double)WF_SMALLINT_VAL(a);
    else return WF_NULL;
    if (!WF_IS_SMALLINT(b) && b->type == &wf_float_type) y = WF_FLOAT_VAL(b);
    else if (WF_IS_SMALLINT(b) && llabs(WF_SMALLINT_VAL(b)) <= (1LL << 53)) y = (double)WF_SMALLINT_VAL(b);
    else return WF_NULL;
    double r;
    switch (op) {
    case WF_BINOP_ADD: case WF_BINOP_INPLACE + WF_BINOP_ADD: r = x + y; break;
    case WF_BINOP_SUB: case WF_BINOP_INPLACE + WF_BINOP_SUB: r = x - y; break;
    case WF_BINOP_MUL: case WF_BINOP_INPLACE + WF_BINOP_MUL: r = x * y; break;
    case WF_BINOP_TRUEDIV: case WF_BINOP_INPLACE + WF_BINOP_TRUEDIV:
        if (y == 0.0) return WF_NULL;
        r = x / y;
        break;
    default: return WF_NULL;
    }
    // Reuse a float operand nobody else holds (the stack's reference is the only one).
    if (!WF_IS_SMALLINT(a) && a->type == &wf_float_type && a->refcnt == 1) {
        ((WfFloat *)a)->value = r;
        return wf_newref(a);
    }
    if (!WF_IS_SMALLINT(b) && b->type == &wf_float_type && b->refcnt == 1) {
        ((WfFloat *)b)->value = r;
        return wf_newref(b);
    }
    return wf_float_new(r);
}

// Small-int fast path of BINARY_OP: returns the result, or NULL for the slow path.
static inline __attribute__((always_inline)) WfValue smallint_binop(WfValue a, WfValue b, unsigned op) {
    intptr_t x = (intptr_t)a, y = (intptr_t)b, r;
    if (op >= WF_BINOP_INPLACE) op -= WF_BINOP_INPLACE;
    switch (op) {
    case WF_BINOP_ADD:
        if (__builtin_add_overflow(x - 1, y, &r)) return WF_NULL;
        return (WfValue)r;
    case WF_BINOP_SUB:
        if (__builtin_sub_overflow(x, y - 1, &r)) return WF_NULL;
        return (WfValue)r;
    case WF_BINOP_MUL:
        if (__builtin_mul_overflow(x - 1, y >> 1, &r)) return WF_NULL;
        return (WfValue)(r + 1);
    case WF_BINOP_AND: return (WfValue)(x & y);
    case WF_BINOP_OR: return (WfValue)(x | y);
    case WF_BINOP_XOR: return (WfValue)((x ^ y) | 1);
    default: break;
    }
    intptr_t na = x >> 1, nb = y >> 1;
    switch (op) {
    case WF_BINOP_FLOORDIV: {
        if (nb == 0) return WF_NULL;
        intptr_t q = na / nb;
        if ((na % nb != 0) && ((na < 0) != (nb < 0))) q--;
        if (!WF_SMALLINT_FITS(q)) return WF_NULL;
        return WF_FROM_SMALLINT(q);
    }
    case WF_BINOP_MOD: {
        if (nb == 0) return WF_NULL;
        intptr_t m = na % nb;
        if (m != 0 && ((m < 0) != (nb < 0))) m += nb;
        return WF_FROM_SMALLINT(m);
    }
    case WF_BINOP_LSHIFT: {
        if (nb < 0 || nb >= 62) return na == 0 && nb >= 0 ? WF_FROM_SMALLINT(0) : WF_NULL;
        intptr_t s = (intptr_t)((uintptr_t)na << nb);
        if ((s >> nb) != na || !WF_SMALLINT_FITS(s)) return WF_NULL;
        return WF_FROM_SMALLINT(s);
    }
    case WF_BINOP_RSHIFT:
        if (nb < 0) return WF_NULL;
        if (nb >= 63) return WF_FROM_SMALLINT(na < 0 ? -1 : 0);
        return WF_FROM_SMALLINT(na >> nb);
    case WF_BINOP_TRUEDIV:
        if (nb == 0 || na > (1LL << 53) || na < -(1LL << 53) || nb > (1LL << 53) || nb < -(1LL << 53))
            return WF_NULL;
        return wf_float_new((double)na / (double)nb);
    default:
        return WF_NULL;
    }
}

static inline int smallint_compare(intptr_t x, intptr_t y, unsigned op) {
    switch (op) {
    case WF_LT: return x < y;
    case WF_LE: return x <= y;
    case WF_EQ: return x == y;
    case WF_NE: return x != y;
    case WF_GT: return x > y;
    default: return x >= y;
    }
}

static inline int double_compare(double x, double y, unsigned op) {
    switch (op) {
    case WF_LT: return x < y;
    case WF_LE: return x <= y;
    case WF_EQ: return x == y;
    case WF_NE: return x != y;
    case WF_GT: return x > y;
    default: return x >= y;
    }
}

// Truth value without calls for the common immortal values; -2 when unknown.
static inline int quick_truth(WfValue v) {
    if (v == WF_TRUE) return 1;
    if (v == WF_FALSE || v == WF_NONE) return 0;
    if (WF_IS_SMALLINT(v)) return v != WF_FROM_SMALLINT(0);
    return -2;
}

// Unlinks and frees a finished thread-stack frame (not a generator frame).
static inline void pop_thread_frame(WfThreadState *ts, WfFrame *f) {
    ts->frame = f->back;
    ts->depth--;
    wf_frame_clear(f);
    wf_frame_release(ts, f);
}

// Records obj and name on a pending AttributeError that lacks them (for the
// "Did you mean" suggestion), as CPython's attribute lookup does.
static void attribute_error_context(WfValue obj, WfValue name) {
    WfValue exc = wf_err_peek();
    if (!exc || !wf_is_exception(exc) || !wf_type_is_subtype(exc->type, wf_AttributeError)) return;
    WfException *e = (WfException *)exc;
    if (e->value || e->extra) return;
    wf_exc_set_name_info(exc, name, obj);
}

static void set_recursion_error(void) {
    wf_err_set_str(wf_RecursionError, "maximum recursion depth exceeded");
}

// ---- the loop -----------------------------------------------------------------------------

// The frame's slots and constants are addressed through f and co rather than
// cached in variables: that keeps the loop's live registers few.
#define consts (WF_TUPLE_ITEMS(co->consts))

__attribute__((optimize("no-gcse"))) static WfValue eval_frame(WfThreadState *ts, WfFrame *f, int throwflag) {
#if defined(WF_COMPUTED_GOTO) && WF_COMPUTED_GOTO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static void *const dispatch_table[256] = {
        [0 ... 255] = &&TARGET_unknown_opcode,
#define WF_OP_LABEL(name, effect, has_arg) [OP_##name] = &&TARGET_##name,
        WF_OPCODES(WF_OP_LABEL)
#undef WF_OP_LABEL
        [OP_LOAD_GLOBAL_MODULE] = &&TARGET_LOAD_GLOBAL_MODULE,
        [OP_LOAD_GLOBAL_BUILTIN] = &&TARGET_LOAD_GLOBAL_BUILTIN,
        [OP_LOAD_ATTR_INSTANCE] = &&TARGET_LOAD_ATTR_INSTANCE,
        [OP_LOAD_ATTR_CLASSVAL] = &&TARGET_LOAD_ATTR_CLASSVAL,
        [OP_LOAD_METHOD_CACHED] = &&TARGET_LOAD_METHOD_CACHED,
        [OP_STORE_ATTR_INSTANCE] = &&TARGET_STORE_ATTR_INSTANCE,
        [OP_LOAD_ATTR_MODULE] = &&TARGET_LOAD_ATTR_MODULE,
        [OP_LOAD_METHOD_MODULE] = &&TARGET_LOAD_METHOD_MODULE,
        [OP_BINARY_ADD] = &&TARGET_BINARY_ADD,
        [OP_BINARY_SUB] = &&TARGET_BINARY_SUB,
        [OP_BINARY_MUL] = &&TARGET_BINARY_MUL,
        [OP_BINARY_MOD] = &&TARGET_BINARY_MOD,
        [OP_BINARY_FLOORDIV] = &&TARGET_BINARY_FLOORDIV,
        [OP_COMPARE_LT] = &&TARGET_COMPARE_LT,
        [OP_COMPARE_LE] = &&TARGET_COMPARE_LE,
        [OP_COMPARE_EQ] = &&TARGET_COMPARE_EQ,
        [OP_COMPARE_NE] = &&TARGET_COMPARE_NE,
        [OP_COMPARE_GT] = &&TARGET_COMPARE_GT,
        [OP_COMPARE_GE] = &&TARGET_COMPARE_GE,
    };
#pragma GCC diagnostic pop
#endif
    WfCode *co;
    uint32_t *ip;
    WfValue *sp;
    uint32_t word = 0, oparg = 0;
    WfValue retval;

    // Scratch for the call sequence (see do_call).
    WfValue *call_base, *call_args;
    WfValue call_fn, call_fn_owned, call_kw;
    size_t call_nargs;
    int cmp_result;

    LOAD_FRAME_REGISTERS();
    if (throwflag) {
        if (f->in_yield_from) {
            // The exception surfaces at the YIELD_FROM the frame is suspended in.
            f->in_yield_from = false;
            ip++;
            f->ip = ip;
        }
        goto error;
    }
    DISPATCH();

#if !(defined(WF_COMPUTED_GOTO) && WF_COMPUTED_GOTO)
dispatch_nocheck:
    word = *ip++;
    oparg = WF_INSTR_ARG(word);
    f->ip = ip;
    switch (WF_INSTR_OP(word)) {
#endif

    TARGET(NOP) {
        DISPATCH();
    }

    TARGET(POP_TOP) {
        WfValue v = POP();
        wf_xdecref(v);
        DISPATCH();
    }

    TARGET(COPY) {
        WfValue v = PEEK(oparg);
        wf_xincref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP) {
        WfValue t = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = t;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        WfValue v = consts[oparg];
        wf_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        WfValue v = GETLOCAL(oparg);
        if (UNLIKELY(!v)) {
            wf_evalops_unbound_local(co, (int)oparg);
            goto error;
        }
        wf_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        WfValue v = POP();
        SETLOCAL(oparg, v);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        if (!GETLOCAL(oparg)) {
            wf_evalops_unbound_local(co, (int)oparg);
            goto error;
        }
        SETLOCAL(oparg, WF_NULL);
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        WfValue cell = f->localsplus[co->nlocals + oparg];
        WfValue v = ((WfCell *)cell)->ref;
        if (UNLIKELY(!v)) {
            wf_evalops_unbound_deref(co, (int)oparg);
            goto error;
        }
        wf_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        WfValue v = POP();
        WfCell *cell = (WfCell *)f->localsplus[co->nlocals + oparg];
        WfValue old = cell->ref;
        cell->ref = v;
        wf_xdecref(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        WfCell *cell = (WfCell *)f->localsplus[co->nlocals + oparg];
        if (!cell->ref) {
            wf_evalops_unbound_deref(co, (int)oparg);
            goto error;
        }
        wf_clear(&cell->ref);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        WfValue cell = f->localsplus[co->nlocals + oparg];
        wf_incref(cell);
        PUSH(cell);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        WfValue name = wf_evalops_cell_name(co, (int)oparg);
        WfValue v = WF_NULL;
        if (f->locals) {
            int err;
            v = load_local_name(f->locals, name, &err);
            if (err) goto error;
        }
        if (!v) {
            v = ((WfCell *)f->localsplus[co->nlocals + oparg])->ref;
            if (!v) {
                wf_evalops_unbound_deref(co, (int)oparg);
                goto error;
            }
            wf_incref(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL_MODULE) {
        CacheEntry *ce = CACHE(oparg);
        if (LIKELY(ce->key == (void *)f->globals && ce->vers[0] == wf_dict_version(f->globals))) {
            WfValue v = ce->value;
            wf_incref(v);
            PUSH(v);
            DISPATCH();
        }
        goto load_global_generic;
    }

    TARGET(LOAD_GLOBAL_BUILTIN) {
        CacheEntry *ce = CACHE(oparg);
        if (LIKELY(ce->key == (void *)f->globals && ce->vers[2] == (uint64_t)(uintptr_t)f->builtins &&
                   ce->vers[0] == wf_dict_version(f->globals) &&
                   ce->vers[1] == wf_dict_version(f->builtins))) {
            WfValue v = ce->value;
            wf_incref(v);
            PUSH(v);
            DISPATCH();
        }
        goto load_global_generic;
    }

    TARGET(LOAD_GLOBAL) {
    load_global_generic: {
            CacheEntry *ce = CACHE(oparg);
            WfValue name = WF_TUPLE_GET(co->names, ce->name);
            wf_str_hash(name);
            WfValue v = WF_NULL;
            if (f->globals->type == &wf_dict_type && f->builtins->type == &wf_dict_type) {
                v = wf_dict_get_str_borrowed(f->globals, name);
                if (v) {
                    ce->key = f->globals;
                    ce->value = v;
                    ce->vers[0] = wf_dict_version(f->globals);
                    REWRITE_OP(OP_LOAD_GLOBAL_MODULE);
                } else {
                    v = wf_dict_get_str_borrowed(f->builtins, name);
                    if (v) {
                        ce->key = f->globals;
                        ce->value = v;
                        ce->vers[0] = wf_dict_version(f->globals);
                        ce->vers[1] = wf_dict_version(f->builtins);
                        ce->vers[2] = (uint64_t)(uintptr_t)f->builtins;
                        REWRITE_OP(OP_LOAD_GLOBAL_BUILTIN);
                    }
                }
                if (v) wf_incref(v);
            } else {
                int err;
                v = load_name_from(f->globals, name, &err);
                if (err) goto error;
                if (!v) {
                    v = load_name_from(f->builtins, name, &err);
                    if (err) goto error;
                }
            }
            if (!v) {
                wf_evalops_name_error(name);
                goto error;
            }
            PUSH(v);
            DISPATCH();
        }
    }

    TARGET(STORE_GLOBAL) {
        WfValue name = WF_TUPLE_GET(co->names, oparg);
        WfValue v = POP();
        int r = wf_dict_set(f->globals, name, v);
        wf_decref(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        WfValue name = WF_TUPLE_GET(co->names, oparg);
        int r = wf_dict_pop_opt(f->globals, name);
        ERROR_IF(r < 0);
        if (r == 0) {
            wf_evalops_name_error(name);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        WfValue name = WF_TUPLE_GET(co->names, oparg);
        WfValue v = WF_NULL;
        int err = 0;
        wf_str_hash(name);
        if (f->locals) {
            v = load_local_name(f->locals, name, &err);
            if (err) goto error;
        }
        if (!v) {
            v = load_name_from(f->globals, name, &err);
            if (err) goto error;
        }
        if (!v) {
            v = load_name_from(f->builtins, name, &err);
            if (err) goto error;
        }
        if (!v) {
            wf_evalops_name_error(name);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        WfValue name = WF_TUPLE_GET(co->names, oparg);
        WfValue v = POP();
        int r;
        if (!f->locals) {
            wf_err_format(wf_SystemError, "no locals found when storing '%s'", wf_str_cstr(name));
            r = -1;
        } else if (f->locals->type == &wf_dict_type) {
            r = wf_dict_set(f->locals, name, v);
        } else {
            r = wf_setitem(f->locals, name, v);
        }
        wf_decref(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        WfValue name = WF_TUPLE_GET(co->names, oparg);
        if (!f->locals) {
            wf_err_format(wf_SystemError, "no locals when deleting '%s'", wf_str_cstr(name));
            goto error;
        }
        int r;
        if (f->locals->type == &wf_dict_type) {
            r = wf_dict_pop_opt(f->locals, name);
        } else {
            r = wf_delitem(f->locals, name) < 0 ? -1 : 1;
            if (r < 0 && wf_err_matches(wf_KeyError)) {
                wf_err_clear();
                r = 0;
            }
        }
        ERROR_IF(r < 0);
        if (r == 0) {
            wf_evalops_name_error(name);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_ATTR_INSTANCE) {
        WfValue obj = TOP();
        WfType *tp = wf_type(obj);
        CacheEntry *ce = CACHE(oparg);
        if (LIKELY(cache_type_valid(ce, tp))) {
            WfValue d = instance_dict(obj, tp);
            WfValue v = d ? wf_dict_get_str_borrowed(d, WF_TUPLE_GET(co->names, ce->name)) : WF_NULL;
            if (LIKELY(v != WF_NULL)) {
                wf_incref(v);
                SET_TOP(v);
                wf_decref(obj);
                DISPATCH();
            }
        }
        goto load_attr_generic;
    }

    TARGET(LOAD_ATTR_CLASSVAL) {
        WfValue obj = TOP();
        WfType *tp = wf_type(obj);
        CacheEntry *ce = CACHE(oparg);
        if (LIKELY(cache_type_valid(ce, tp))) {
            WfValue d = instance_dict(obj, tp);
            WfValue v = d ? wf_dict_get_str_borrowed(d, WF_TUPLE_GET(co->names, ce->name)) : WF_NULL;
            if (!v) v = ce->value;
            wf_incref(v);
            SET_TOP(v);
            wf_decref(obj);
            DISPATCH();
        }
        goto load_attr_generic;
    }

    TARGET(LOAD_ATTR_MODULE) {
        WfValue obj = TOP();
        CacheEntry *ce = CACHE(oparg);
        if (LIKELY(!WF_IS_SMALLINT(obj) && obj->type == &wf_module_type &&
                   ((WfModule *)obj)->dict == (WfValue)ce->key &&
                   ce->vers[0] == wf_dict_version(((WfModule *)obj)->dict))) {
            WfValue v = ce->value;
            wf_incref(v);
            SET_TOP(v);
            wf_decref(obj);
            DISPATCH();
        }
        goto load_attr_generic;
    }

    TARGET(LOAD_ATTR) {
    load_attr_generic: {
            CacheEntry *ce = CACHE(oparg);
            WfValue name = WF_TUPLE_GET(co->names, ce->name);
            WfValue obj = TOP();
            WfType *tp = wf_type(obj);
            WfValue v = wf_getattr(obj, name);
            if (UNLIKELY(!v)) {
                attribute_error_context(obj, name);
                goto error;
            }
            if (tp == &wf_module_type) {
                if (cache_fill_module(ce, obj, name, v)) REWRITE_OP(OP_LOAD_ATTR_MODULE);
            } else if (generic_getattr_type(tp) && wf_is_str(name)) {
                WfValue descr = wf_type_lookup(tp, name);
                if (!descr && instance_dict(obj, tp)) {
                    cache_fill_type(ce, tp);
                    ce->value = WF_NULL;
                    REWRITE_OP(OP_LOAD_ATTR_INSTANCE);
                } else if (descr && !wf_type(descr)->descr_get && !wf_type(descr)->descr_set) {
                    cache_fill_type(ce, tp);
                    ce->value = descr;
                    REWRITE_OP(OP_LOAD_ATTR_CLASSVAL);
                }
            }
            SET_TOP(v);
            wf_decref(obj);
            DISPATCH();
        }
    }

    TARGET(STORE_ATTR_INSTANCE) {
        WfValue obj = TOP();
        WfType *tp = wf_type(obj);
        CacheEntry *ce = CACHE(oparg);
        if (LIKELY(cache_type_valid(ce, tp))) {
            WfValue d = instance_dict(obj, tp);
            if (LIKELY(d != WF_NULL)) {
                WfValue v = SECOND();
                STACK_SHRINK(2);
                int r = wf_dict_set_steal(d, WF_TUPLE_GET(co->names, ce->name), v);
                wf_decref(obj);
                ERROR_IF(r < 0);
                DISPATCH();
            }
        }
        goto store_attr_generic;
    }

    TARGET(STORE_ATTR) {
    store_attr_generic: {
            CacheEntry *ce = CACHE(oparg);
            WfValue name = WF_TUPLE_GET(co->names, ce->name);
            WfValue obj = TOP();
            WfValue v = SECOND();
            WfType *tp = wf_type(obj);
            int r = wf_setattr(obj, name, v);
            if (r == 0 && generic_setattr_type(tp) && wf_is_str(name) && instance_dict(obj, tp)) {
                WfValue descr = wf_type_lookup(tp, name);
                if (!descr || !wf_type(descr)->descr_set) {
                    cache_fill_type(ce, tp);
                    ce->value = WF_NULL;
                    REWRITE_OP(OP_STORE_ATTR_INSTANCE);
                }
            }
            STACK_SHRINK(2);
            wf_decref(obj);
            wf_decref(v);
            ERROR_IF(r < 0);
            DISPATCH();
        }
    }

    TARGET(DELETE_ATTR) {
        WfValue name = WF_TUPLE_GET(co->names, oparg);
        WfValue obj = POP();
        int r = wf_setattr(obj, name, WF_NULL);
        wf_decref(obj);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(LOAD_METHOD_CACHED) {
        WfValue obj = TOP();
        WfType *tp = wf_type(obj);
        CacheEntry *ce = CACHE(oparg);
        if (LIKELY(cache_type_valid(ce, tp))) {
            WfValue d = instance_dict(obj, tp);
            if (!d || !wf_dict_get_str_borrowed(d, WF_TUPLE_GET(co->names, ce->name))) {
                WfValue m = ce->value;
                wf_incref(m);
                SET_TOP(m);
                PUSH(obj);
                DISPATCH();
            }
        }
        goto load_method_generic;
    }

    TARGET(LOAD_METHOD_MODULE) {
        WfValue obj = TOP();
        CacheEntry *ce = CACHE(oparg);
        if (LIKELY(!WF_IS_SMALLINT(obj) && obj->type == &wf_module_type &&
                   ((WfModule *)obj)->dict == (WfValue)ce->key &&
                   ce->vers[0] == wf_dict_version(((WfModule *)obj)->dict))) {
            WfValue v = ce->value;
            wf_incref(v);
            SET_TOP(v);
            wf_decref(obj);
            PUSH(WF_NULL);
            DISPATCH();
        }
        goto load_method_generic;
    }

    TARGET(LOAD_METHOD) {
    load_method_generic: {
            CacheEntry *ce = CACHE(oparg);
            WfValue name = WF_TUPLE_GET(co->names, ce->name);
            WfValue obj = TOP();
            WfType *tp = wf_type(obj);
            WfValue v;
            int r = wf_object_get_method(obj, name, &v);
            if (UNLIKELY(r < 0)) {
                attribute_error_context(obj, name);
                goto error;
            }
            if (r > 0) {
                if (generic_getattr_type(tp) && wf_is_str(name) && wf_type_lookup(tp, name) == v) {
                    cache_fill_type(ce, tp);
                    ce->value = v;
                    REWRITE_OP(OP_LOAD_METHOD_CACHED);
                }
                SET_TOP(v);
                PUSH(obj);
                DISPATCH();
            }
            if (tp == &wf_module_type && cache_fill_module(ce, obj, name, v)) REWRITE_OP(OP_LOAD_METHOD_MODULE);
            SET_TOP(v);
            wf_decref(obj);
            PUSH(WF_NULL);
            DISPATCH();
        }
    }

    TARGET(LOAD_BUILD_CLASS) {
        WfValue v = WF_NULL;
        int err;
        v = load_name_from(f->builtins, WF_ID(__build_class__), &err);
        if (err) goto error;
        if (!v) {
            wf_err_set_str(wf_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        WfValue v = (WfValue)wf_AssertionError;
        wf_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (!f->locals) {
            wf_err_set_str(wf_SystemError, "no locals found when setting up annotations");
            goto error;
        }
        WfValue key = WF_ID(__annotations__);
        WfValue v = WF_NULL;
        int err;
        v = load_name_from(f->locals, key, &err);
        if (err) goto error;
        if (v) {
            wf_decref(v);
            DISPATCH();
        }
        WfValue d = wf_dict_new();
        ERROR_IF(!d);
        int r = wf_is_dict(f->locals) ? wf_dict_set(f->locals, key, d) : wf_setitem(f->locals, key, d);
        wf_decref(d);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(BINARY_ADD) {
        WfValue b = TOP(), a = SECOND();
        intptr_t r;
        if (LIKELY(WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b)) &&
            !__builtin_add_overflow((intptr_t)a - 1, (intptr_t)b, &r)) {
            STACK_SHRINK(1);
            SET_TOP((WfValue)r);
            DISPATCH();
        }
        goto binary_op_generic;
    }

    TARGET(BINARY_SUB) {
        WfValue b = TOP(), a = SECOND();
        intptr_t r;
        if (LIKELY(WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b)) &&
            !__builtin_sub_overflow((intptr_t)a, (intptr_t)b - 1, &r)) {
            STACK_SHRINK(1);
            SET_TOP((WfValue)r);
            DISPATCH();
        }
        goto binary_op_generic;
    }

    TARGET(BINARY_MUL) {
        WfValue b = TOP(), a = SECOND();
        intptr_t r;
        if (LIKELY(WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b)) &&
            !__builtin_mul_overflow((intptr_t)a - 1, (intptr_t)b >> 1, &r)) {
            STACK_SHRINK(1);
            SET_TOP((WfValue)(r + 1));
            DISPATCH();
        }
        goto binary_op_generic;
    }

    TARGET(BINARY_MOD) {
        WfValue b = TOP(), a = SECOND();
        if (LIKELY(WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b) && b != WF_FROM_SMALLINT(0))) {
            intptr_t x = WF_SMALLINT_VAL(a), y = WF_SMALLINT_VAL(b);
            intptr_t m = x % y;
            if (m != 0 && ((m < 0) != (y < 0))) m += y;
            STACK_SHRINK(1);
            SET_TOP(WF_FROM_SMALLINT(m));
            DISPATCH();
        }
        goto binary_op_generic;
    }

    TARGET(BINARY_FLOORDIV) {
        WfValue b = TOP(), a = SECOND();
        if (LIKELY(WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b) && b != WF_FROM_SMALLINT(0))) {
            intptr_t x = WF_SMALLINT_VAL(a), y = WF_SMALLINT_VAL(b);
            intptr_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
            if (LIKELY(WF_SMALLINT_FITS(q))) {
                STACK_SHRINK(1);
                SET_TOP(WF_FROM_SMALLINT(q));
                DISPATCH();
            }
        }
        goto binary_op_generic;
    }

#define COMPARE_SPECIALIZED(NAME, CMP)                                   \
    TARGET(NAME) {                                                       \
        WfValue b = TOP(), a = SECOND();                                 \
        if (LIKELY(WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b))) {            \
            cmp_result = (intptr_t)a CMP (intptr_t)b;                    \
            STACK_SHRINK(2);                                             \
            goto compare_result;                                         \
        }                                                                \
        goto compare_op_generic;                                         \
    }
    COMPARE_SPECIALIZED(COMPARE_LT, <)
    COMPARE_SPECIALIZED(COMPARE_LE, <=)
    COMPARE_SPECIALIZED(COMPARE_EQ, ==)
    COMPARE_SPECIALIZED(COMPARE_NE, !=)
    COMPARE_SPECIALIZED(COMPARE_GT, >)
    COMPARE_SPECIALIZED(COMPARE_GE, >=)
#undef COMPARE_SPECIALIZED

    TARGET(BINARY_OP) {
    binary_op_generic:;
        WfValue b = TOP();
        WfValue a = SECOND();
        WfValue res;
        if (WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b)) {
            res = smallint_binop(a, b, oparg);
            if (LIKELY(res != WF_NULL)) {
                STACK_SHRINK(1);
                SET_TOP(res);
                DISPATCH();
            }
        } else {
            res = float_binop(a, b, oparg);
            if (res) {
                STACK_SHRINK(1);
                SET_TOP(res);
                wf_decref(a);
                wf_decref(b);
                DISPATCH();
            }
            if ((oparg == WF_BINOP_ADD || oparg == WF_BINOP_INPLACE + WF_BINOP_ADD) &&
                !WF_IS_SMALLINT(a) && !WF_IS_SMALLINT(b) && a->type == &wf_str_type &&
                b->type == &wf_str_type) {
                res = wf_str_concat(a, b);
                goto binary_done;
            }
        }
        res = wf_binary_op(a, b, (int)oparg);
    binary_done:
        STACK_SHRINK(1);
        SET_TOP(res);
        wf_decref(a);
        wf_decref(b);
        if (UNLIKELY(!res)) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_OP) {
        WfValue v = TOP();
        WfValue res;
        if (oparg == WF_UNOP_NOT) {
            int t = quick_truth(v);
            if (t == -2) t = wf_is_true(v);
            ERROR_IF(t < 0);
            res = wf_bool(!t);
        } else if (oparg == WF_UNOP_NEG && WF_IS_SMALLINT(v) && WF_SMALLINT_VAL(v) != WF_SMALLINT_MIN) {
            res = WF_FROM_SMALLINT(-WF_SMALLINT_VAL(v));
        } else {
            res = wf_unary_op(v, (int)oparg);
            ERROR_IF(!res);
        }
        SET_TOP(res);
        wf_decref(v);
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
    compare_op_generic:;
        WfValue b = TOP();
        WfValue a = SECOND();
        int r;
        if (WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b)) {
            r = smallint_compare((intptr_t)a, (intptr_t)b, oparg);
            STACK_SHRINK(2);
            goto compare_result_r;
        }
        if (!WF_IS_SMALLINT(a) && !WF_IS_SMALLINT(b)) {
            if (a->type == &wf_float_type && b->type == &wf_float_type) {
                r = double_compare(WF_FLOAT_VAL(a), WF_FLOAT_VAL(b), oparg);
                STACK_SHRINK(2);
                wf_decref(a);
                wf_decref(b);
                goto compare_result_r;
            }
            if (a->type == &wf_str_type && b->type == &wf_str_type && (oparg == WF_EQ || oparg == WF_NE)) {
                r = wf_str_eq(a, b) == (oparg == WF_EQ);
                STACK_SHRINK(2);
                wf_decref(a);
                wf_decref(b);
                goto compare_result_r;
            }
        }
        {
            WfValue res = wf_richcompare(a, b, (int)oparg);
            STACK_SHRINK(1);
            SET_TOP(res);
            wf_decref(a);
            wf_decref(b);
            if (UNLIKELY(!res)) {
                STACK_SHRINK(1);
                goto error;
            }
            DISPATCH();
        }
    compare_result_r:
        cmp_result = r;
    compare_result: {
            // Fused with a following conditional jump when no breaker reason is pending.
            int r2 = cmp_result;
            uint32_t next = *ip;
            unsigned nop = WF_INSTR_OP(next);
            if ((nop == OP_POP_JUMP_IF_FALSE || nop == OP_POP_JUMP_IF_TRUE) && !BREAKER_SET()) {
                ip++;
                f->ip = ip;
                if ((nop == OP_POP_JUMP_IF_FALSE) ? !r2 : r2) JUMP_TO(WF_INSTR_ARG(next));
                DISPATCH();
            }
            PUSH(wf_bool(r2));
            DISPATCH();
        }
    }

    TARGET(IS_OP) {
        WfValue b = POP();
        WfValue a = TOP();
        int r = (a == b) != (oparg != 0);
        SET_TOP(wf_bool(r));
        wf_decref(a);
        wf_decref(b);
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        WfValue container = POP();
        WfValue item = TOP();
        int r = wf_contains(container, item);
        wf_decref(container);
        if (r < 0) goto error;
        SET_TOP(wf_bool(r != (int)(oparg != 0)));
        wf_decref(item);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        WfValue key = TOP();
        WfValue container = SECOND();
        WfValue res;
        if (WF_IS_SMALLINT(key) && !WF_IS_SMALLINT(container)) {
            intptr_t i = WF_SMALLINT_VAL(key);
            if (container->type == &wf_list_type) {
                size_t n = WF_LIST_LEN(container);
                if (i < 0) i += (intptr_t)n;
                if (i >= 0 && (size_t)i < n) {
                    res = WF_LIST_ITEMS(container)[i];
                    wf_incref(res);
                    STACK_SHRINK(1);
                    SET_TOP(res);
                    wf_decref(container);
                    DISPATCH();
                }
            } else if (container->type == &wf_tuple_type) {
                size_t n = WF_TUPLE_LEN(container);
                if (i < 0) i += (intptr_t)n;
                if (i >= 0 && (size_t)i < n) {
                    res = WF_TUPLE_GET(container, i);
                    wf_incref(res);
                    STACK_SHRINK(1);
                    SET_TOP(res);
                    wf_decref(container);
                    DISPATCH();
                }
            }
        }
        if (!WF_IS_SMALLINT(container) && container->type == &wf_dict_type &&
            (WF_IS_SMALLINT(key) || key->type == &wf_str_type)) {
            int r = wf_dict_get_ref(container, key, &res);
            if (r > 0) goto subscr_done;
            if (r < 0) goto error;
        }
        res = wf_getitem(container, key);
    subscr_done:
        STACK_SHRINK(1);
        SET_TOP(res);
        wf_decref(container);
        wf_decref(key);
        if (!res) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        WfValue key = TOP();
        WfValue container = SECOND();
        WfValue v = THIRD();
        int r;
        if (WF_IS_SMALLINT(key) && !WF_IS_SMALLINT(container) && container->type == &wf_list_type) {
            intptr_t i = WF_SMALLINT_VAL(key);
            size_t n = WF_LIST_LEN(container);
            if (i < 0) i += (intptr_t)n;
            if (i >= 0 && (size_t)i < n) {
                STACK_SHRINK(3);
                wf_list_set_steal(container, (size_t)i, v);
                wf_decref(container);
                DISPATCH();
            }
        }
        if (!WF_IS_SMALLINT(container) && container->type == &wf_dict_type)
            r = wf_dict_set(container, key, v);
        else
            r = wf_setitem(container, key, v);
        STACK_SHRINK(3);
        wf_decref(v);
        wf_decref(container);
        wf_decref(key);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        WfValue key = POP();
        WfValue container = POP();
        int r = wf_delitem(container, key);
        wf_decref(container);
        wf_decref(key);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        WfValue t = wf_tuple_new(oparg);
        ERROR_IF(!t);
        for (uint32_t i = oparg; i > 0; i--) WF_TUPLE_SET_STEAL(t, i - 1, POP());
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        WfValue l = wf_list_new(oparg);
        ERROR_IF(!l);
        for (uint32_t i = oparg; i > 0; i--) wf_list_set_steal(l, i - 1, POP());
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        WfValue s = wf_set_new(WF_NULL);
        int r = s ? 0 : -1;
        for (uint32_t i = oparg; i > 0; i--) {
            WfValue item = PEEK(i);
            if (r == 0 && wf_set_add(s, item) < 0) r = -1;
        }
        for (uint32_t i = 0; i < oparg; i++) wf_decref(POP());
        if (r < 0) {
            wf_xdecref(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        WfValue d = wf_dict_new();
        int r = d ? 0 : -1;
        for (uint32_t i = oparg; i > 0 && r == 0; i--) {
            if (wf_dict_set(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0) r = -1;
        }
        for (uint32_t i = 0; i < 2 * oparg; i++) wf_decref(POP());
        if (r < 0) {
            wf_xdecref(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        WfValue s = wf_evalops_build_string(sp - oparg, oparg);
        for (uint32_t i = 0; i < oparg; i++) wf_decref(POP());
        ERROR_IF(!s);
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        WfValue step = oparg == 3 ? POP() : WF_NULL;
        WfValue stop = POP();
        WfValue start = TOP();
        WfValue s = wf_slice_new(start, stop, step ? step : WF_NONE);
        wf_decref(start);
        wf_decref(stop);
        wf_xdecref(step);
        SET_TOP(s);
        if (!s) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        WfValue v = POP();
        WfValue list = PEEK(oparg);
        ERROR_IF(wf_list_append_steal(list, v) < 0);
        DISPATCH();
    }

    TARGET(SET_ADD) {
        WfValue v = POP();
        int r = wf_set_add(PEEK(oparg), v);
        wf_decref(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        WfValue v = POP();
        WfValue k = POP();
        int r = wf_dict_set(PEEK(oparg), k, v);
        wf_decref(k);
        wf_decref(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        WfValue it = POP();
        WfValue list = PEEK(oparg);
        int r = wf_list_extend(list, it);
        if (r < 0 && wf_err_matches(wf_TypeError) && !wf_type(it)->iter &&
            !wf_type_lookup(wf_type(it), WF_ID(__iter__)) && !wf_type(it)->getitem) {
            wf_err_clear();
            // f(*x) alone: CPython passes x straight to the call and words it after the callee.
            if (WF_LIST_LEN(list) == 0 && WF_INSTR_OP(ip[0]) == OP_LIST_TO_TUPLE &&
                WF_INSTR_OP(ip[1]) == OP_CALL_EX && sp - (ptrdiff_t)oparg - 1 >= wf_frame_stack_base(f)) {
                char desc[200];
                wf_evalops_func_desc(PEEK(oparg + 1), desc, sizeof desc);
                wf_err_format(wf_TypeError, "%s argument after * must be an iterable, not %s", desc,
                              wf_type_name(it));
            } else {
                wf_err_format(wf_TypeError, "Value after * must be an iterable, not %s", wf_type_name(it));
            }
        }
        wf_decref(it);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        WfValue it = POP();
        WfValue set = PEEK(oparg);
        WfValue iter = wf_iter(it);
        int r = iter ? 0 : -1;
        while (r == 0) {
            WfValue item;
            int k = wf_iter_next_ref(iter, &item);
            if (k <= 0) { r = k; break; }
            r = wf_set_add(set, item);
            wf_decref(item);
        }
        wf_xdecref(iter);
        wf_decref(it);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        WfValue update = POP();
        WfValue dict = PEEK(oparg);
        int r;
        if (!wf_is_dict(update) && !wf_type_lookup(wf_type(update), WF_ID(keys))) {
            wf_err_format(wf_TypeError, "'%s' object is not a mapping", wf_type_name(update));
            r = -1;
        } else {
            r = wf_dict_update(dict, update);
        }
        wf_decref(update);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        WfValue update = POP();
        WfValue dict = PEEK(oparg);
        WfValue func = WF_NULL;
        WfValue *stack_base = f->localsplus + co->nlocals + co->ncells + co->nfrees;
        if (sp - (oparg + 2) >= stack_base) func = PEEK(oparg + 2);
        int r = wf_evalops_dict_merge(dict, update, func);
        wf_decref(update);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        WfValue list = TOP();
        WfValue t = wf_list_as_tuple(list);
        ERROR_IF(!t);
        SET_TOP(t);
        wf_decref(list);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        WfValue spec = (oparg & 4) ? POP() : WF_NULL;
        WfValue v = TOP();
        WfValue res;
        if (!spec && (oparg & 3) == 0 && !WF_IS_SMALLINT(v) && v->type == &wf_str_type) {
            wf_xdecref(spec);
            DISPATCH();
        }
        res = wf_evalops_format_value(v, (int)(oparg & 3), spec);
        wf_xdecref(spec);
        ERROR_IF(!res);
        SET_TOP(res);
        wf_decref(v);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        WfValue seq = TOP();
        if (!WF_IS_SMALLINT(seq) && (seq->type == &wf_tuple_type || seq->type == &wf_list_type)) {
            size_t n = seq->type == &wf_tuple_type ? WF_TUPLE_LEN(seq) : WF_LIST_LEN(seq);
            WfValue *items = seq->type == &wf_tuple_type ? WF_TUPLE_ITEMS(seq) : WF_LIST_ITEMS(seq);
            if (n == oparg) {
                STACK_SHRINK(1);
                for (size_t i = n; i > 0; i--) {
                    wf_incref(items[i - 1]);
                    PUSH(items[i - 1]);
                }
                wf_decref(seq);
                DISPATCH();
            }
        }
        STACK_SHRINK(1);
        int r = wf_evalops_unpack(seq, oparg, sp);
        if (r < 0) {
            PUSH(seq);
            goto error;
        }
        sp += oparg;
        wf_decref(seq);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        WfValue seq = POP();
        size_t before = oparg & 0xff, after = oparg >> 8;
        int r = wf_evalops_unpack_ex(seq, before, after, sp);
        if (r < 0) {
            PUSH(seq);
            goto error;
        }
        sp += before + 1 + after;
        wf_decref(seq);
        DISPATCH();
    }

    TARGET(JUMP) {
        JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        WfValue v = POP();
        int t = quick_truth(v);
        if (t == -2) {
            t = wf_is_true(v);
            wf_decref(v);
            ERROR_IF(t < 0);
        }
        if (!t) JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        WfValue v = POP();
        int t = quick_truth(v);
        if (t == -2) {
            t = wf_is_true(v);
            wf_decref(v);
            ERROR_IF(t < 0);
        }
        if (t) JUMP_TO(oparg);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        WfValue v = TOP();
        int t = quick_truth(v);
        if (t == -2) t = wf_is_true(v);
        ERROR_IF(t < 0);
        if (!t) {
            JUMP_TO(oparg);
        } else {
            STACK_SHRINK(1);
            wf_decref(v);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        WfValue v = TOP();
        int t = quick_truth(v);
        if (t == -2) t = wf_is_true(v);
        ERROR_IF(t < 0);
        if (t) {
            JUMP_TO(oparg);
        } else {
            STACK_SHRINK(1);
            wf_decref(v);
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        WfValue v = TOP();
        WfValue it = wf_iter(v);
        ERROR_IF(!it);
        SET_TOP(it);
        wf_decref(v);
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        WfValue it = TOP();
        WfType *tp = it->type;
        WfValue next;
        if (tp == &wf_range_iter_type) {
            WfRangeIter *r = (WfRangeIter *)it;
            if (r->remaining > 0) {
                int64_t v = r->next;
                r->next = (int64_t)((uint64_t)r->next + (uint64_t)r->step);
                r->remaining--;
                if (LIKELY(WF_SMALLINT_FITS(v))) {
                    PUSH(WF_FROM_SMALLINT(v));
                } else {
                    WfValue bv = wf_int_from_i64(v);
                    ERROR_IF(!bv);
                    PUSH(bv);
                }
                DISPATCH();
            }
            goto for_exhausted;
        }
        if (tp == &wf_list_iter_type) {
            WfListIter *li = (WfListIter *)it;
            if (li->list && li->index < WF_LIST_LEN(li->list)) {
                next = WF_LIST_ITEMS(li->list)[li->index++];
                wf_incref(next);
                PUSH(next);
                DISPATCH();
            }
            wf_clear(&li->list);
            goto for_exhausted;
        }
        if (tp == &wf_tuple_iter_type) {
            WfTupleIter *ti = (WfTupleIter *)it;
            if (ti->tuple && ti->index < WF_TUPLE_LEN(ti->tuple)) {
                next = WF_TUPLE_GET(ti->tuple, ti->index++);
                wf_incref(next);
                PUSH(next);
                DISPATCH();
            }
            wf_clear(&ti->tuple);
            goto for_exhausted;
        }
        if (tp == &wf_gen_type) {
            // Resume the generator's frame in this run of the loop (no C recursion):
            // its yield comes back here as the next value (see gen_inline_suspend).
            WfGen *g = (WfGen *)it;
            WfFrame *gf = g->frame;
            if (!g->running && (gf->state == WF_FRAME_SUSPENDED || gf->state == WF_FRAME_CREATED) &&
                ts->depth < wf_interp.recursion_limit) {
                g->running = true;
                g->outer_handled = ts->handled;   // the resumer's, owned by g until the yield
                ts->handled = g->exc_state ? g->exc_state : g->outer_handled;
                wf_xincref(ts->handled);
                if (gf->state == WF_FRAME_SUSPENDED) *gf->sp++ = wf_newref(WF_NONE);
                gf->in_yield_from = false;
                gf->state = WF_FRAME_RUNNING;
                gf->entry = false;
                gf->back = f;
                SAVE_SP();
                ts->frame = gf;
                ts->depth++;
                f = gf;
                LOAD_FRAME_REGISTERS();
                DISPATCH();
            }
        }
        if (!tp->iternext) {
            wf_err_format(wf_TypeError, "'%s' object is not an iterator", wf_type_name(it));
            goto error;
        }
        next = tp->iternext(it);
        if (LIKELY(next != WF_NULL)) {
            PUSH(next);
            DISPATCH();
        }
        if (wf_err_occurred()) {
            if (!wf_err_matches(wf_StopIteration)) goto error;
            wf_err_clear();
        }
    for_exhausted:
        STACK_SHRINK(1);
        wf_decref(it);
        JUMP_TO(oparg);
        DISPATCH();
    }

    // ---- calls ----

// The fast call: [fn] (a function whose code is WfCodeInfo.fastcall) with
// exactly its positional arguments at [args] (nargs of them), the function's
// stack slot at [fnslot]; everything from [fnslot] up is popped. The new frame
// takes over the references (function and arguments).
#define PUSH_FAST_FRAME(fn, c, ci, fnslot, args, nargs)                         \
    do {                                                                        \
        if (UNLIKELY(ts->depth >= wf_interp.recursion_limit)) {                 \
            set_recursion_error();                                              \
            goto error;                                                         \
        }                                                                       \
        WfFrame *nf_ = wf_frame_alloc(ts, (ci)->framewords);                    \
        if (UNLIKELY(!nf_)) goto error;                                         \
        nf_->func = (fn);                                                       \
        nf_->code = (c);                                                        \
        nf_->globals = (fn)->globals;                                           \
        nf_->builtins = (fn)->builtins;                                         \
        nf_->locals = WF_NULL;                                                  \
        nf_->ip = (ci)->qinstrs;                                                \
        nf_->gen = WF_NULL;                                                     \
        nf_->frameobj = WF_NULL;                                                \
        nf_->state = WF_FRAME_RUNNING;                                          \
        nf_->entry = false;                                                     \
        nf_->in_yield_from = false;                                             \
        WfValue *lp_ = nf_->localsplus;                                         \
        size_t k_ = 0, ns_ = (ci)->nslots;                                      \
        for (; k_ < (nargs); k_++) lp_[k_] = (args)[k_];                        \
        for (; k_ < ns_; k_++) lp_[k_] = WF_NULL;                               \
        nf_->sp = lp_ + ns_;                                                    \
        sp = (fnslot);                                                          \
        SAVE_SP();                                                              \
        nf_->back = f;                                                          \
        ts->frame = nf_;                                                        \
        ts->depth++;                                                            \
        f = nf_;                                                                \
        LOAD_FRAME_REGISTERS();                                                 \
        DISPATCH();                                                             \
    } while (0)

    TARGET(CALL) {
        {
            WfValue *args = sp - oparg;
            WfValue callable = args[-1];
            if (LIKELY(!WF_IS_SMALLINT(callable) && callable->type == &wf_function_type)) {
                WfFunction *fn = (WfFunction *)callable;
                WfCode *c = (WfCode *)fn->code;
                WfCodeInfo *ci = c->caches;
                if (LIKELY(ci && ci->fastcall && oparg == (uint32_t)c->argcount))
                    PUSH_FAST_FRAME(fn, c, ci, args - 1, args, oparg);
            }
        }
        call_kw = WF_NULL;
        call_base = sp - oparg - 1;
        call_fn = call_base[0];
        call_args = call_base + 1;
        call_nargs = oparg;
        goto do_call;
    }

    TARGET(CALL_KW) {
        call_kw = POP();
        call_base = sp - oparg - 1;
        call_fn = call_base[0];
        call_args = call_base + 1;
        call_nargs = oparg - WF_TUPLE_LEN(call_kw);
        goto do_call;
    }

    TARGET(CALL_METHOD) {
        {
            WfValue *base = sp - oparg - 2;
            WfValue callable = base[0];
            if (LIKELY(base[1] && !WF_IS_SMALLINT(callable) && callable->type == &wf_function_type)) {
                WfFunction *fn = (WfFunction *)callable;
                WfCode *c = (WfCode *)fn->code;
                WfCodeInfo *ci = c->caches;
                if (LIKELY(ci && ci->fastcall && oparg + 1 == (uint32_t)c->argcount))
                    PUSH_FAST_FRAME(fn, c, ci, base, base + 1, oparg + 1);
            }
        }
        call_kw = WF_NULL;
        call_base = sp - oparg - 2;
        call_fn = call_base[0];
        if (call_base[1]) {
            call_args = call_base + 1;
            call_nargs = oparg + 1;
        } else {
            call_args = call_base + 2;
            call_nargs = oparg;
        }
        goto do_call;
    }

    TARGET(CALL_METHOD_KW) {
        call_kw = POP();
        call_base = sp - oparg - 2;
        call_fn = call_base[0];
        if (call_base[1]) {
            call_args = call_base + 1;
            call_nargs = oparg + 1 - WF_TUPLE_LEN(call_kw);
        } else {
            call_args = call_base + 2;
            call_nargs = oparg - WF_TUPLE_LEN(call_kw);
        }
        goto do_call;
    }

    do_call: {
        // Owned here: every slot in [call_base, sp) (NULL allowed), call_kw, and
        // call_fn_owned. call_fn is borrowed from one of them.
        call_fn_owned = WF_NULL;
        WfType *ft = wf_type(call_fn);
        if (ft != &wf_function_type && ft == &wf_method_type) {
            WfMethod *m = (WfMethod *)call_fn;
            if (wf_type(m->func) == &wf_function_type) {
                // Unpack the bound method: self goes into the slot just below the arguments.
                WfValue slot = call_args[-1];
                if (slot == call_fn) call_fn_owned = call_fn;   // the method's slot is reused
                call_args[-1] = wf_newref(m->self);
                call_args--;
                call_nargs++;
                call_fn = m->func;
                ft = &wf_function_type;
            }
        }
        if (ft == &wf_function_type) {
            WfFunction *fn = (WfFunction *)call_fn;
            WfCode *c = (WfCode *)fn->code;
            WfCodeInfo *ci = wf_code_info(c);
            if (UNLIKELY(!ci)) goto call_error;
            if (LIKELY(ci->fastcall && !call_kw && call_nargs == (size_t)c->argcount)) {
                if (UNLIKELY(ts->depth >= wf_interp.recursion_limit)) {
                    set_recursion_error();
                    goto call_error;
                }
                WfFrame *nf = wf_frame_alloc(ts, ci->framewords);
                if (UNLIKELY(!nf)) goto call_error;
                // Inline frame set-up; the arguments move in (no reference-count traffic).
                nf->code = c;
                nf->globals = fn->globals;
                nf->builtins = fn->builtins;
                nf->locals = WF_NULL;
                nf->ip = ci->qinstrs;
                nf->gen = WF_NULL;
                nf->frameobj = WF_NULL;
                nf->state = WF_FRAME_RUNNING;
                nf->entry = false;
                nf->in_yield_from = false;
                WfValue *lp = nf->localsplus;
                size_t k = 0, nslots = ci->nslots;
                for (; k < call_nargs; k++) lp[k] = call_args[k];
                for (; k < nslots; k++) lp[k] = WF_NULL;
                nf->sp = lp + nslots;
                // The callable's own stack reference moves into the frame too.
                WfValue *p = call_base;
                nf->func = fn;
                if (*p == call_fn) p++;
                else wf_incref(call_fn);
                while (p < call_args) {
                    WfValue v = *p++;
                    wf_xdecref(v);
                }
                wf_xdecref(call_fn_owned);
                sp = call_base;
                SAVE_SP();
                nf->back = f;
                ts->frame = nf;
                ts->depth++;
                f = nf;
                LOAD_FRAME_REGISTERS();
                DISPATCH();
            }
            if (LIKELY(!(c->flags & GEN_FLAGS))) {
                if (UNLIKELY(ts->depth >= wf_interp.recursion_limit)) {
                    set_recursion_error();
                    goto call_error;
                }
                WfFrame *nf = wf_frame_alloc(ts, ci->framewords);
                if (UNLIKELY(!nf)) goto call_error;
                if (wf_frame_init(nf, fn, WF_NULL) < 0 ||
                    wf_frame_bind_args(nf, call_args, call_nargs, call_kw) < 0) {
                    if (nf->func) wf_frame_clear(nf);
                    wf_frame_release(ts, nf);
                    goto call_error;
                }
                while (sp > call_base) {
                    WfValue v = *--sp;
                    wf_xdecref(v);
                }
                wf_xdecref(call_fn_owned);
                wf_xdecref(call_kw);
                SAVE_SP();
                nf->back = f;
                nf->state = WF_FRAME_RUNNING;
                ts->frame = nf;
                ts->depth++;
                f = nf;
                LOAD_FRAME_REGISTERS();
                DISPATCH();
            }
            retval = wf_gen_new_from_call(call_fn, call_args, call_nargs, call_kw);
        } else {
            retval = wf_call(call_fn, call_args, call_nargs, call_kw);
        }
        while (sp > call_base) {
            WfValue v = *--sp;
            wf_xdecref(v);
        }
        wf_xdecref(call_fn_owned);
        wf_xdecref(call_kw);
        ERROR_IF(!retval);
        PUSH(retval);
        DISPATCH();
    }
    call_error:
        wf_xdecref(call_fn_owned);
        wf_xdecref(call_kw);
        goto error;

    TARGET(CALL_EX) {
        WfValue kwargs = (oparg & 1) ? POP() : WF_NULL;
        WfValue cargs = POP();
        WfValue func = TOP();
        WfValue *vec = NULL;
        size_t nargs = 0;
        WfValue kwnames = WF_NULL;
        int r = wf_evalops_flatten_call(func, cargs, kwargs, &vec, &nargs, &kwnames);
        wf_decref(cargs);
        wf_xdecref(kwargs);
        ERROR_IF(r < 0);
        WfValue callee = func;
        WfValue *argv = vec + 1;
        size_t argc = nargs;
        if (wf_type(func) == &wf_method_type && wf_type(((WfMethod *)func)->func) == &wf_function_type) {
            vec[0] = ((WfMethod *)func)->self;
            callee = ((WfMethod *)func)->func;
            argv = vec;
            argc = nargs + 1;
        }
        if (wf_type(callee) == &wf_function_type &&
            !(((WfCode *)((WfFunction *)callee)->code)->flags & GEN_FLAGS)) {
            WfFunction *fn = (WfFunction *)callee;
            WfCode *c = (WfCode *)fn->code;
            WfFrame *nf = NULL;
            if (ts->depth >= wf_interp.recursion_limit) {
                set_recursion_error();
            } else {
                nf = wf_frame_alloc(ts, wf_frame_words(c));
                if (nf) {
                    if (wf_frame_init(nf, fn, WF_NULL) < 0) {
                        wf_frame_release(ts, nf);
                        nf = NULL;
                    } else if (wf_frame_bind_args(nf, argv, argc, kwnames) < 0) {
                        wf_frame_clear(nf);
                        wf_frame_release(ts, nf);
                        nf = NULL;
                    }
                }
            }
            wf_evalops_flatten_free(vec, nargs, kwnames);
            ERROR_IF(!nf);
            STACK_SHRINK(1);
            wf_decref(func);
            SAVE_SP();
            nf->back = f;
            nf->state = WF_FRAME_RUNNING;
            ts->frame = nf;
            ts->depth++;
            f = nf;
            LOAD_FRAME_REGISTERS();
            DISPATCH();
        }
        WfValue res = wf_type(callee) == &wf_function_type ? wf_gen_new_from_call(callee, argv, argc, kwnames)
                                                            : wf_call(callee, argv, argc, kwnames);
        wf_evalops_flatten_free(vec, nargs, kwnames);
        ERROR_IF(!res);
        SET_TOP(res);
        wf_decref(func);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        WfValue code = POP();
        WfValue closure = (oparg & 8) ? POP() : WF_NULL;
        WfValue annotations = (oparg & 4) ? POP() : WF_NULL;
        WfValue kwdefaults = (oparg & 2) ? POP() : WF_NULL;
        WfValue defaults = (oparg & 1) ? POP() : WF_NULL;
        WfValue fn = wf_function_new(code, f->globals, WF_NULL);
        wf_decref(code);
        if (!fn) {
            wf_xdecref(closure);
            wf_xdecref(annotations);
            wf_xdecref(kwdefaults);
            wf_xdecref(defaults);
            goto error;
        }
        WfFunction *func = (WfFunction *)fn;
        wf_setref(&func->builtins, f->builtins);
        func->closure = closure;
        func->annotations = annotations;
        func->kwdefaults = kwdefaults;
        func->defaults = defaults;
        PUSH(fn);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        if (UNLIKELY(f->entry)) goto return_from_entry;
        if (UNLIKELY(f->gen != WF_NULL)) goto gen_inline_return;
        WfFrame *caller = f->back;
        if (LIKELY(!f->frameobj && !f->locals)) {
            // Inline tear-down of the common frame: unlinked first, so code run
            // by a __del__ below never sees it; its slots (locals, cells, frees
            // and what is left on the stack) are contiguous.
            ts->frame = caller;
            ts->depth--;
            for (WfValue *p = f->localsplus; p < sp; p++) {
                WfValue v = *p;
                if (v) wf_decref(v);
            }
            wf_decref((WfValue)f->func);
            wf_frame_release(ts, f);
        } else {
            f->sp = sp;
            pop_thread_frame(ts, f);
        }
        f = caller;
        LOAD_FRAME_REGISTERS();
        PUSH(retval);
        DISPATCH();
    }

    // ---- exceptions ----

    TARGET(RAISE_VARARGS) {
        if (oparg == 0) {
            WfValue exc = ts->handled;
            if (!exc || exc == WF_NONE) {
                wf_err_set_str(wf_RuntimeError, "No active exception to reraise");
                goto error;
            }
            wf_incref(exc);
            wf_err_restore_steal(exc);
            goto exception_unwind;
        }
        WfValue cause = oparg == 2 ? POP() : WF_NULL;
        WfValue exc = POP();
        wf_evalops_do_raise(exc, cause);
        wf_decref(exc);
        wf_xdecref(cause);
        goto error;
    }

    TARGET(RERAISE) {
        WfValue exc = POP();
        wf_err_restore_steal(exc);
        goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO) {
        WfValue exc = TOP();
        WfValue prev;
        WfGen *g = frame_gen(f);
        if (g) {
            prev = g->exc_state ? g->exc_state : WF_NONE;
            if (!g->exc_state) wf_incref(prev);
            g->exc_state = wf_newref(exc);
        } else {
            prev = ts->handled ? ts->handled : WF_NONE;
            if (!ts->handled) wf_incref(prev);
            ts->handled = WF_NULL;
        }
        wf_setref(&ts->handled, exc);
        SET_TOP(prev);
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        WfValue prev = POP();
        WfGen *g = frame_gen(f);
        if (prev == WF_NONE) {
            wf_decref(prev);
            prev = WF_NULL;
        }
        if (g) {
            WfValue old = g->exc_state;
            g->exc_state = prev;
            wf_setref(&ts->handled, prev ? prev : g->outer_handled);
            wf_xdecref(old);
        } else {
            WfValue old = ts->handled;
            ts->handled = prev;
            wf_xdecref(old);
        }
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        WfValue type = TOP();
        WfValue exc = SECOND();
        int r = wf_evalops_exc_match(exc, type);
        ERROR_IF(r < 0);
        SET_TOP(wf_bool(r));
        wf_decref(type);
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH) {
        WfValue type = TOP();
        WfValue eg = SECOND();
        WfValue match, rest;
        ERROR_IF(wf_exc_group_split(eg, type, &match, &rest) < 0);
        wf_decref(type);
        wf_decref(eg);
        SET_SECOND(rest);
        SET_TOP(match);
        if (match != WF_NONE) {
            wf_setref(&ts->handled, match);
            if (frame_gen(f)) wf_setref(&frame_gen(f)->exc_state, match);
        }
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
        WfValue excs = POP();
        WfValue orig = TOP();
        WfValue res = wf_exc_prep_reraise_star(orig, excs);
        wf_decref(excs);
        ERROR_IF(!res);
        SET_TOP(res);
        wf_decref(orig);
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        WfValue mgr = TOP();
        WfValue exit_fn, res;
        ERROR_IF(wf_evalops_before_with(mgr, &exit_fn, &res) < 0);
        SET_TOP(exit_fn);
        wf_decref(mgr);
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        WfValue exc = TOP();
        WfValue exit_fn = THIRD();
        WfValue tb = wf_is_exception(exc) ? wf_exc_traceback(exc) : WF_NULL;
        WfValue argv[3] = {(WfValue)wf_type(exc), exc, tb ? tb : WF_NONE};
        WfValue res = wf_call(exit_fn, argv, 3, WF_NULL);
        ERROR_IF(!res);
        PUSH(res);
        DISPATCH();
    }

    // ---- generators and coroutines ----

    TARGET(YIELD_VALUE) {
        retval = POP();
        if (UNLIKELY(!f->gen)) {
            wf_decref(retval);
            wf_err_set_str(wf_SystemError, "'yield' outside a generator frame");
            goto error;
        }
        SAVE_SP();
        f->state = WF_FRAME_SUSPENDED;
        if (!f->entry) goto gen_inline_suspend;
        ts->frame = f->back;
        f->back = NULL;
        ts->depth--;
        return retval;
    }

    TARGET(YIELD_FROM) {
        WfValue v = TOP();
        WfValue recv = SECOND();
        WfValue res = WF_NULL;
        int r;
        if (wf_is_gen_like(recv) && recv->type != &wf_async_gen_type) {
            r = wf_gen_send_ex(recv, v, &res);
        } else if (v == WF_NONE && wf_type(recv)->iternext &&
                   !(wf_type(recv)->flags & WF_TPFLAGS_HEAPTYPE)) {
            res = wf_type(recv)->iternext(recv);
            if (res) {
                r = 1;
            } else if (!wf_err_occurred()) {
                r = 0;
                res = wf_newref(WF_NONE);
            } else if (wf_err_matches(wf_StopIteration)) {
                WfValue e = wf_err_fetch();
                res = wf_exc_stopiteration_value(e);
                wf_decref(e);
                r = res ? 0 : -1;
            } else {
                r = -1;
            }
        } else {
            // A class's __next__ is called directly so that its StopIteration value
            // (the result of the yield from) survives.
            res = v == WF_NONE && wf_type(recv)->iternext ? wf_call_method(recv, "__next__", NULL, 0)
                                                         : wf_call_method(recv, "send", &v, 1);
            if (res) {
                r = 1;
            } else if (wf_err_matches(wf_StopIteration)) {
                WfValue e = wf_err_fetch();
                res = wf_exc_stopiteration_value(e);
                wf_decref(e);
                r = res ? 0 : -1;
            } else {
                r = -1;
            }
        }
        if (r < 0) goto error;
        STACK_SHRINK(1);
        wf_decref(v);
        if (r == 0) {
            SET_TOP(res);
            wf_decref(recv);
            DISPATCH();
        }
        // Suspend on this instruction: the resume pushes the sent value and runs it again.
        if (UNLIKELY(!f->gen)) {
            wf_decref(res);
            wf_err_set_str(wf_SystemError, "'yield from' outside a generator frame");
            goto error;
        }
        ip--;
        f->ip = ip;
        f->in_yield_from = true;
        SAVE_SP();
        f->state = WF_FRAME_SUSPENDED;
        if (!f->entry) {
            retval = res;
            goto gen_inline_suspend;
        }
        ts->frame = f->back;
        f->back = NULL;
        ts->depth--;
        return res;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        WfValue v = TOP();
        WfValue it = wf_evalops_yield_from_iter(v, co->flags);
        ERROR_IF(!it);
        SET_TOP(it);
        wf_decref(v);
        DISPATCH();
    }

    TARGET(GET_AWAITABLE) {
        WfValue v = TOP();
        WfValue it = wf_coro_get_awaitable_iter(v, (int)oparg);
        ERROR_IF(!it);
        SET_TOP(it);
        wf_decref(v);
        DISPATCH();
    }

    TARGET(GET_AITER) {
        WfValue v = TOP();
        WfValue it = wf_evalops_get_aiter(v);
        ERROR_IF(!it);
        SET_TOP(it);
        wf_decref(v);
        DISPATCH();
    }

    TARGET(GET_ANEXT) {
        WfValue aw = wf_evalops_get_anext(TOP());
        ERROR_IF(!aw);
        PUSH(aw);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR) {
        WfValue exc = POP();
        if (wf_is_exception(exc) && wf_type_is_subtype(exc->type, wf_StopAsyncIteration)) {
            wf_decref(exc);
            WfValue aiter = POP();
            wf_decref(aiter);
            DISPATCH();
        }
        wf_err_restore_steal(exc);
        goto exception_unwind;
    }

    TARGET(BEFORE_ASYNC_WITH) {
        WfValue mgr = TOP();
        WfValue exit_fn, res;
        ERROR_IF(wf_evalops_before_async_with(mgr, &exit_fn, &res) < 0);
        SET_TOP(exit_fn);
        wf_decref(mgr);
        PUSH(res);
        DISPATCH();
    }

    TARGET(ASYNC_GEN_WRAP) {
        WfValue v = TOP();
        WfValue w = wf_async_gen_wrap(v);
        ERROR_IF(!w);
        SET_TOP(w);
        wf_decref(v);
        DISPATCH();
    }

    // ---- modules ----

    TARGET(IMPORT_NAME) {
        WfValue name = WF_TUPLE_GET(co->names, oparg);
        WfValue fromlist = POP();
        WfValue level = TOP();
        WfValue m = wf_evalops_import_name(name, f->globals, fromlist, level);
        wf_decref(fromlist);
        ERROR_IF(!m);
        SET_TOP(m);
        wf_decref(level);
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        WfValue name = WF_TUPLE_GET(co->names, oparg);
        WfValue v = wf_evalops_import_from(TOP(), name);
        ERROR_IF(!v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        WfValue m = POP();
        int r;
        if (!f->locals) {
            wf_err_set_str(wf_SystemError, "no locals found during 'import *'");
            r = -1;
        } else {
            r = wf_evalops_import_star(m, f->locals);
        }
        wf_decref(m);
        ERROR_IF(r < 0);
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        WfValue v = POP();
        int r = wf_evalops_print_expr(v);
        wf_decref(v);
        ERROR_IF(r < 0);
        DISPATCH();
    }

#if defined(WF_COMPUTED_GOTO) && WF_COMPUTED_GOTO
TARGET_unknown_opcode:
#else
    default:
#endif
    wf_err_format(wf_SystemError, "unknown opcode %u", (unsigned)WF_INSTR_OP(ip[-1]));
    goto error;

#if !(defined(WF_COMPUTED_GOTO) && WF_COMPUTED_GOTO)
    }   // switch
#endif

gen_inline_suspend:
    // A generator frame resumed by FOR_ITER (not an entry frame) yields [retval]:
    // back to the FOR_ITER's frame, which gets it as the next value.
    {
        WfGen *g = frame_gen(f);
        WfFrame *caller = f->back;
        f->back = NULL;
        ts->frame = caller;
        ts->depth--;
        g->running = false;
        WfValue cur = ts->handled;
        ts->handled = g->outer_handled;
        g->outer_handled = WF_NULL;
        wf_xdecref(cur);
        f = caller;
        LOAD_FRAME_REGISTERS();
        PUSH(retval);
        DISPATCH();
    }

gen_inline_return:
    // ... or returns: the FOR_ITER that resumed it sees the iterator exhausted.
    {
        WfGen *g = frame_gen(f);
        WfFrame *caller = f->back;
        SAVE_SP();
        f->state = WF_FRAME_COMPLETED;
        f->back = NULL;
        ts->frame = caller;
        ts->depth--;
        g->running = false;
        WfValue cur = ts->handled;
        ts->handled = g->outer_handled;
        g->outer_handled = WF_NULL;
        wf_xdecref(cur);
        wf_clear(&g->exc_state);
        wf_frame_clear(f);
        wf_decref(retval);
        f = caller;
        LOAD_FRAME_REGISTERS();
        WfValue it = POP();
        JUMP_TO(WF_INSTR_ARG(ip[-1]));
        wf_decref(it);
        DISPATCH();
    }

handle_breaker:
    // --gil-checks=branches honours drop requests only here: a backward jump
    // or a call (what CPython 3.10+ checks). Written by the GIL holder only.
    {
        unsigned nop = WF_INSTR_OP(*ip);
        breaker_at_branch = (nop == OP_JUMP && (int)WF_INSTR_ARG(*ip) <= (int)(ip - QBASE())) ||
                            nop == OP_CALL || nop == OP_CALL_KW || nop == OP_CALL_METHOD ||
                            nop == OP_CALL_METHOD_KW || nop == OP_CALL_EX;
    }
    if (wf_eval_handle_breaker() < 0) {
        // The exception belongs to the instruction about to run (which does not run).
        ip++;
        f->ip = ip;
        goto error;
    }
    DISPATCH_NOCHECK();

return_from_entry:
    // Leaving this run of the loop with [retval].
    SAVE_SP();
    if (f->gen) {
        f->state = WF_FRAME_COMPLETED;
        ts->frame = f->back;
        f->back = NULL;
        ts->depth--;
        wf_frame_clear(f);
    } else {
        pop_thread_frame(ts, f);
    }
    return retval;

error:
    // The exception is set: record where it passed through this frame.
    {
        WfValue exc = ts->curexc;
        if (UNLIKELY(!exc)) {
            wf_err_set_str(wf_SystemError, "error return without exception set");
            exc = ts->curexc;
        }
        int index = INSTR_INDEX();
        if (exc) wf_traceback_add(exc, (WfValue)co, wf_code_line(co, (size_t)index), index);
    }
exception_unwind: {
        int index = INSTR_INDEX();
        const WfExcEntry *h = find_handler(co, index);
        if (h) {
            WfValue *target = f->localsplus + co->nlocals + co->ncells + co->nfrees + h->depth;
            while (sp > target) {
                WfValue v = POP();
                wf_xdecref(v);
            }
            WfValue exc = wf_err_fetch();
            if (!exc) exc = wf_newref(WF_NONE);
            PUSH(exc);
            JUMP_TO(h->handler);
            f->ip = ip;
            DISPATCH();
        }
        // No handler: the frame ends with the exception.
        SAVE_SP();
        if (f->entry) {
            if (f->gen) {
                f->state = WF_FRAME_COMPLETED;
                ts->frame = f->back;
                f->back = NULL;
                ts->depth--;
                wf_frame_clear(f);
            } else {
                pop_thread_frame(ts, f);
            }
            return WF_NULL;
        }
        WfFrame *caller = f->back;
        if (f->gen) {
            // A generator resumed by FOR_ITER ends with the exception.
            WfGen *g = frame_gen(f);
            f->state = WF_FRAME_COMPLETED;
            f->back = NULL;
            ts->frame = caller;
            ts->depth--;
            g->running = false;
            WfValue cur = ts->handled;
            ts->handled = g->outer_handled;
            g->outer_handled = WF_NULL;
            wf_xdecref(cur);
            wf_clear(&g->exc_state);
            wf_frame_clear(f);
            wf_gen_finish_error((WfValue)g);
        } else {
            pop_thread_frame(ts, f);
        }
        f = caller;
        LOAD_FRAME_REGISTERS();
        goto error;
    }
}

#undef consts

// ---- entry points -------------------------------------------------------------------------

// Runs [fn] in a fresh thread-stack frame with [locals] (module/class bodies)
// or the bound arguments. Returns a new reference.
static WfValue run_function(WfFunction *fn, WfValue locals, WfValue *args, size_t nargs, WfValue kwnames,
                            bool bind) {
    WfThreadState *ts = wf_ts();
    WfCode *co = (WfCode *)fn->code;
    // CPython 3.11's eval entry reports a plain "maximum recursion depth exceeded".
    if (wf_tstate_enter_run("") < 0) return WF_NULL;
    WfValue res = WF_NULL;
    WfFrame *f = wf_frame_alloc(ts, wf_frame_words(co));
    if (!f) goto done;
    if (wf_frame_init(f, fn, locals) < 0) {
        wf_frame_release(ts, f);
        goto done;
    }
    int r = bind ? wf_frame_bind_args(f, args, nargs, kwnames) : wf_frame_init_cells(f);
    if (r < 0) {
        wf_frame_clear(f);
        wf_frame_release(ts, f);
        goto done;
    }
    f->back = ts->frame;
    f->entry = true;
    f->state = WF_FRAME_RUNNING;
    ts->frame = f;
    ts->depth++;
    res = eval_frame(ts, f, 0);
done:
    wf_tstate_leave_run();
    return res;
}

WfValue wf_eval_call_function(WfValue func, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_type(func) != &wf_function_type) {
        wf_err_format(wf_TypeError, "'%s' object is not a function", wf_type_name(func));
        return WF_NULL;
    }
    WfFunction *fn = (WfFunction *)func;
    if (((WfCode *)fn->code)->flags & GEN_FLAGS)
        return wf_gen_new_from_call(func, args, nargs, kwnames);
    return run_function(fn, WF_NULL, args, nargs, kwnames, true);
}

WfValue wf_eval_code(WfValue code, WfValue globals, WfValue locals) {
    if (!wf_is_code(code)) {
        wf_err_format(wf_TypeError, "expected a code object, not %s", wf_type_name(code));
        return WF_NULL;
    }
    if (!globals || !wf_is_dict(globals)) {
        wf_err_set_str(wf_TypeError, "globals must be a dict");
        return WF_NULL;
    }
    WfValue fn = wf_function_new(code, globals, WF_NULL);
    if (!fn) return WF_NULL;
    WfValue res;
    if (((WfCode *)code)->flags & GEN_FLAGS)
        res = wf_gen_new_from_frame_func(fn, locals);
    else
        res = run_function((WfFunction *)fn, locals, NULL, 0, WF_NULL, false);
    wf_decref(fn);
    return res;
}

WfValue wf_eval_class_body(WfValue func, WfValue locals) {
    if (wf_type(func) != &wf_function_type) {
        wf_err_format(wf_TypeError, "'%s' object is not a function", wf_type_name(func));
        return WF_NULL;
    }
    return run_function((WfFunction *)func, locals, NULL, 0, WF_NULL, false);
}

WfValue wf_eval_resume_frame(WfFrame *f, WfValue value, int mode) {
    WfThreadState *ts = wf_ts();
    if (wf_tstate_enter_run("") < 0) return WF_NULL;
    bool created = f->state == WF_FRAME_CREATED;
    f->back = ts->frame;
    f->entry = true;
    f->state = WF_FRAME_RUNNING;
    ts->frame = f;
    ts->depth++;
    int throwflag = 0;
    if (mode == WF_RESUME_THROW) {
        throwflag = 1;
    } else if (mode == WF_RESUME_SEND && !created) {
        f->in_yield_from = false;
        *f->sp++ = wf_newref(value);
    } else {
        f->in_yield_from = false;
    }
    WfValue res = eval_frame(ts, f, throwflag);
    wf_tstate_leave_run();
    return res;
}

// ---- the eval breaker ---------------------------------------------------------------------

void wf_gil_breaker_hook(void) {
    bool at_branch = breaker_at_branch;
    breaker_at_branch = true;        // native callers of the breaker are always a safe point
    wf_gil_breaker(wf_ts(), at_branch);   // drop and re-take the GIL when asked (vm/gil.c)
}

int wf_eval_handle_breaker(void) {
    unsigned bits = atomic_load_explicit(&wf_eval_breaker, memory_order_relaxed);
    if ((bits & WF_BREAK_SIGNALS) && wf_ts() == wf_tstate_main) {
        if (wf_signals_handle_pending() < 0) return -1;
    }
    if (bits & ~(WF_BREAK_SIGNALS | WF_BREAK_ASYNC_EXC)) wf_gil_breaker_hook();
    return 0;
}
