// frame_impl.h — PRIVATE to the VM (eval.c, frame.c, tstate.c, runtime/gen.c):
// the frame layout, the per-thread chunked frame stack, and the private
// part of the thread state. Invariant: a running frame's localsplus holds
// nlocals locals, ncells cells, nfrees free cells, then the value stack;
// every non-NULL slot below the stack top is an owned reference.
// GIL rule: only the thread that owns the frame (holding the GIL) touches it.
#ifndef WF_VM_FRAME_IMPL_H
#define WF_VM_FRAME_IMPL_H

#include "runtime/func.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/tstate.h"

// Frame states (only generator frames are ever seen SUSPENDED or COMPLETED).
enum { WF_FRAME_CREATED, WF_FRAME_RUNNING, WF_FRAME_SUSPENDED, WF_FRAME_COMPLETED };

struct WfFrame {
    WfFrame *back;            // borrowed: the caller while running, else NULL
    WfFunction *func;         // owned: the function being run (module code gets one too)
    WfCode *code;             // borrowed: func->code
    WfValue globals;          // borrowed: func->globals
    WfValue builtins;         // borrowed: func->builtins
    WfValue locals;           // owned: the locals dict (module/class bodies), else NULL
    uint32_t *ip;             // next instruction to execute
    WfValue *sp;              // value-stack top, saved whenever the frame is not running
    WfValue gen;              // borrowed: the generator owning this frame, or NULL
    WfValue frameobj;         // owned: the Weft-visible frame object, or NULL
    uint8_t state;            // WF_FRAME_*
    bool entry;               // returning from it leaves the current run of the loop
    bool in_yield_from;       // suspended inside YIELD_FROM (ip points AT that instruction)
    WfValue localsplus[];     // locals, cells, frees, then the value stack
};

#define WF_FRAME_HEADER_WORDS ((sizeof(WfFrame) + sizeof(WfValue) - 1) / sizeof(WfValue))

// Number of words a frame of [code] occupies.
static inline size_t wf_frame_words(const WfCode *code) {
    return WF_FRAME_HEADER_WORDS + (size_t)code->nlocals + (size_t)code->ncells +
           (size_t)code->nfrees + (size_t)code->stacksize;
}
static inline WfValue *wf_frame_stack_base(WfFrame *f) {
    return f->localsplus + f->code->nlocals + f->code->ncells + f->code->nfrees;
}
// Per-code data the VM builds when a code object first gets a frame, kept in
// code->caches (one malloc block, freed by the code object):
typedef struct WfCodeInfo {
    uint32_t *qinstrs;        // what frames run: a copy of code->instrs that the VM
                              // specializes in place (same length and indices)
    void *entries;            // the inline cache entries (eval.c)
    uint32_t nentries;
    uint32_t framewords;      // wf_frame_words(code)
    uint32_t nslots;          // nlocals + ncells + nfrees
    bool fastcall;            // plain positional parameters only, no cells or frees
} WfCodeInfo;

// Builds code->caches (eval.c). On error: returns NULL with MemoryError set.
WfCodeInfo *wf_code_info_build(WfCode *co);
static inline WfCodeInfo *wf_code_info(WfCode *co) {
    return co->caches ? (WfCodeInfo *)co->caches : wf_code_info_build(co);
}
// The instruction array the frame's ip points into (valid while the frame
// holds its function).
static inline uint32_t *wf_frame_instr_base(WfFrame *f) {
    return ((WfCodeInfo *)f->code->caches)->qinstrs;
}
// Index of the instruction the frame is executing (or last executed).
static inline int wf_frame_lasti(WfFrame *f) {
    return (int)(f->ip - wf_frame_instr_base(f)) - (f->in_yield_from ? 0 : 1);
}

// ---- the per-thread frame stack --------------------------------------------------

typedef struct WfStackChunk {
    struct WfStackChunk *prev;
    WfValue *saved_top;       // the previous chunk's top when this chunk was entered
    size_t size;              // words in data
    WfValue data[];
} WfStackChunk;

// The full thread state; WfThreadState is its first member (tstate.c allocates it).
typedef struct WfThreadImpl {
    WfThreadState ts;
    WfStackChunk *chunk;      // owned: current chunk (older ones linked by prev)
    WfStackChunk *spare;      // owned: one cached free chunk, or NULL
    WfValue *top, *limit;     // bump allocator inside chunk
    char *c_stack_limit;      // lowest C-stack address nested runs may reach (NULL: unknown)
    bool c_stack_probed;
} WfThreadImpl;

#define WF_THREAD_IMPL(ts) ((WfThreadImpl *)(ts))

// Slow paths of the frame allocator (frame.c).
WfFrame *wf_frame_alloc_slow(WfThreadState *ts, size_t nwords);
void wf_frame_release_slow(WfThreadState *ts, WfFrame *f);

// Allocates [nwords] words for a frame on [ts]'s stack (uninitialised).
// On error: returns NULL with MemoryError set.
static inline WfFrame *wf_frame_alloc(WfThreadState *ts, size_t nwords) {
    WfThreadImpl *t = WF_THREAD_IMPL(ts);
    if ((size_t)(t->limit - t->top) >= nwords) {
        WfFrame *f = (WfFrame *)t->top;
        t->top += nwords;
        return f;
    }
    return wf_frame_alloc_slow(ts, nwords);
}
// Gives back the memory of [f], the most recently allocated frame of [ts].
static inline void wf_frame_release(WfThreadState *ts, WfFrame *f) {
    WfThreadImpl *t = WF_THREAD_IMPL(ts);
    if ((WfValue *)f != t->chunk->data) t->top = (WfValue *)f;
    else wf_frame_release_slow(ts, f);
}

// Guard for a nested run of the eval loop (tstate.c): checks the C stack and
// that one more frame fits under the recursion limit (the frame itself then
// counts in ts->depth), and counts the C-level entry. 0 ok; -1 with
// RecursionError "maximum recursion depth exceeded[where]".
int wf_tstate_enter_run(const char *where);
void wf_tstate_leave_run(void);

// Frees the chunks of a thread state (tstate.c, at thread exit).
void wf_frame_stack_free(WfThreadState *ts);

// ---- frame set-up and tear-down (frame.c) --------------------------------------

// Initialises the header and clears the slots of a frame for [func] placed at [f]
// (memory of at least wf_frame_words(code) words). Takes a new reference to func.
// On error (the code's WfCodeInfo could not be built): returns -1 with
// MemoryError set and the frame untouched.
int wf_frame_init(WfFrame *f, WfFunction *func, WfValue locals);
// Binds call arguments into the fresh frame [f] with CPython's rules and
// messages, and creates its cells and frees. Borrows the arguments.
// On error: returns -1 with an exception set (the frame is left clearable).
int wf_frame_bind_args(WfFrame *f, WfValue *args, size_t nargs, WfValue kwnames);
// Creates the frame's empty cells and copies its free variables from the
// function's closure (what wf_frame_bind_args ends with).
// On error: returns -1 with an exception set.
int wf_frame_init_cells(WfFrame *f);
// Drops every reference the frame owns (locals, cells, stack, func, locals dict)
// and detaches its frame object. The memory itself is the owner's business.
void wf_frame_clear(WfFrame *f);

// Resumes generator frame [f] (state CREATED or SUSPENDED) on the current thread.
// mode WF_RESUME_SEND pushes [value] (borrowed; ignored for a CREATED frame),
// WF_RESUME_THROW raises the pending exception at the suspension point,
// WF_RESUME_NOPUSH continues with the stack as it is.
// Returns a new reference: the yielded value (frame SUSPENDED) or the return
// value (frame COMPLETED). On error: returns NULL with an exception set (frame
// COMPLETED; or left as it was when the recursion guard refused to run it).
enum { WF_RESUME_SEND, WF_RESUME_THROW, WF_RESUME_NOPUSH };
WfValue wf_eval_resume_frame(WfFrame *f, WfValue value, int mode);

// The Weft frame object for [f], created on first use (frame.c).
// Returns a new reference. On error: returns NULL with MemoryError set.
WfValue wf_frame_get_object(WfFrame *f);
// Called when [f] ends: the frame object keeps a snapshot (frame.c).
void wf_frame_detach_object(WfFrame *f);

#endif
