// tstate.h — interpreter-wide state and per-thread state: the pending
// exception, the handled exception, the frame chain, recursion depth, and the
// eval breaker the dispatch loop tests between every two instructions.
//
// GIL rule: every field here is read and written only by a thread that holds
// the GIL, except wf_eval_breaker (atomic; set by other threads and signal
// handlers to ask the running thread to stop at its next instruction).
#ifndef WF_VM_TSTATE_H
#define WF_VM_TSTATE_H

#include <stdatomic.h>

#include "../runtime/object.h"

struct WfFrame;

typedef struct WfThreadState {
    WfValue curexc;            // owned: pending exception instance, or NULL
    WfValue handled;           // owned: exception being handled (sys.exc_info()), or NULL
    struct WfFrame *frame;     // borrowed: innermost running Weft frame, or NULL
    int depth;                 // Weft call depth (frames) for RecursionError
    int c_depth;               // nested C-level re-entries of the eval loop / repr / eq
    unsigned long thread_id;   // threading.get_ident()
    struct WfThreadState *next, *prev;   // all thread states (interp list)
    void *gil_stats;           // owned by vm/gil.c (per-thread counters), may be NULL
} WfThreadState;

typedef struct WfInterp {
    WfValue builtins;          // owned: the builtins module's dict
    WfValue modules;           // owned: sys.modules (dict)
    WfValue sys;               // owned: the sys module
    WfValue path;              // owned: sys.path (list of str)
    WfValue main_module;       // owned: __main__, or NULL
    int recursion_limit;       // sys.getrecursionlimit(), default 1000
    WfThreadState *threads;    // borrowed list head
    const char *argv0;         // path of the weft binary
} WfInterp;

extern WfInterp wf_interp;

// The current thread's state (set when the thread is created/attached).
extern _Thread_local WfThreadState *wf_tstate_current;
static inline WfThreadState *wf_ts(void) { return wf_tstate_current; }

// Reasons in the eval breaker (bit flags).
#define WF_BREAK_GIL_DROP   1u   // another thread asks for the GIL
#define WF_BREAK_SIGNALS    2u   // a signal handler ran (Ctrl-C)
#define WF_BREAK_ASYNC_EXC  4u   // an exception was posted to this thread
extern _Atomic unsigned wf_eval_breaker;

// Creates the main thread's state and the interpreter. 0 ok, -1 error.
int wf_tstate_init_main(void);
// New state for a thread about to start (linked into the list). Never runs code.
WfThreadState *wf_tstate_new(void);
// Unlinks and frees [ts] (its pending exception is dropped).
void wf_tstate_delete(WfThreadState *ts);

// Recursion guard for C code that recurses (repr, ==, hash of nested
// containers, native calls that call back into Weft). 0 ok; -1 with
// RecursionError "maximum recursion depth exceeded while ..." set.
int wf_enter_recursive_call(const char *where);
void wf_leave_recursive_call(void);

#endif
