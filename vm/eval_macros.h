// eval_macros.h — the dispatch-loop vocabulary, included only by eval.c:
// instruction fetch with the eval-breaker test, stack access, error exits.
// Two dispatch styles: computed goto (WF_COMPUTED_GOTO, release builds) and
// a plain switch. Invariant: ip always points past the instruction being
// executed, and f->ip mirrors it, so tracebacks and frame objects can read it.
#ifndef WF_VM_EVAL_MACROS_H
#define WF_VM_EVAL_MACROS_H

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

// One relaxed atomic load: the whole cost of the breaker on the fast path.
#define BREAKER_SET() UNLIKELY(atomic_load_explicit(&wf_eval_breaker, memory_order_relaxed) != 0)

#if defined(WF_COMPUTED_GOTO) && WF_COMPUTED_GOTO
#define TARGET(op) TARGET_##op:
// Fetches the next instruction without testing the breaker.
#define DISPATCH_NOCHECK()                       \
    do {                                         \
        word = *ip++;                            \
        oparg = WF_INSTR_ARG(word);              \
        f->ip = ip;                              \
        goto *dispatch_table[WF_INSTR_OP(word)]; \
    } while (0)
#else
#define TARGET(op) case OP_##op:
#define DISPATCH_NOCHECK() goto dispatch_nocheck
#endif

// Tests the eval breaker, then fetches and runs the next instruction.
#if defined(WF_COMPUTED_GOTO) && WF_COMPUTED_GOTO
#define DISPATCH()                                   \
    do {                                             \
        uint32_t next_word_ = *ip;                   \
        if (BREAKER_SET()) goto handle_breaker;      \
        ip++;                                        \
        oparg = WF_INSTR_ARG(next_word_);            \
        f->ip = ip;                                  \
        goto *dispatch_table[WF_INSTR_OP(next_word_)]; \
    } while (0)
#else
#define DISPATCH()                                  \
    do {                                            \
        if (BREAKER_SET()) goto handle_breaker;     \
        DISPATCH_NOCHECK();                         \
    } while (0)
#endif

// ---- the value stack ---------------------------------------------------------------
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#define STACK_SHRINK(n) (sp -= (n))

// The quickened instructions the frame runs (vm/frame_impl.h) and its caches.
#define QBASE() (((WfCodeInfo *)co->caches)->qinstrs)
#define CACHE(i) (((CacheEntry *)((WfCodeInfo *)co->caches)->entries) + (i))
// Index of the instruction being executed.
#define INSTR_INDEX() ((int)(ip - QBASE()) - 1)
#define JUMP_TO(target) (ip = QBASE() + (target))
// Rewrites the instruction being executed (specialization / de-specialization).
#define REWRITE_OP(op) (ip[-1] = WF_INSTR((op), oparg))

// Stores the stack top into the frame: before anything that suspends or
// leaves the frame (the ip is already mirrored by every fetch).
#define SAVE_SP() (f->sp = sp)

// Error exits: the exception is already set.
#define ERROR_IF(cond) do { if (UNLIKELY(cond)) goto error; } while (0)

// Loads the registers from frame [f] (after a call, return or resume).
#define LOAD_FRAME_REGISTERS()                         \
    do {                                               \
        co = f->code;                                  \
        ip = f->ip;                                    \
        sp = f->sp;                                    \
    } while (0)

#define GETLOCAL(i) (f->localsplus[i])
// Replaces local [i], dropping the old value last (a __del__ must never see it).
#define SETLOCAL(i, v)                   \
    do {                                 \
        WfValue old_ = f->localsplus[i]; \
        f->localsplus[i] = (v);          \
        if (old_) wf_decref(old_);       \
    } while (0)

#endif
