// tstate.c — the interpreter record (wf_interp), per-thread states (a
// WfThreadImpl: the public WfThreadState plus the frame stack and C-stack
// bounds), the eval breaker word, and the recursion guard for C code.
// Invariant: every live thread state is on wf_interp.threads; ts->depth
// counts Weft frames plus C-level re-entries (CPython 3.11's single counter).
// GIL rule: all of it is touched with the GIL held, except wf_eval_breaker.
#include "vm/tstate.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/error.h"
#include "runtime/exc.h"
#include "vm/eval_ext.h"
#include "vm/frame_impl.h"

#define DEFAULT_RECURSION_LIMIT 1000
// Nested C-level entries allowed whatever the recursion limit (a second fence
// besides the C-stack check below).
#define C_DEPTH_HARD_LIMIT 200000
// Room kept free at the bottom of the C stack for the code that runs between
// two recursion checks and for printing the error.
#define C_STACK_MARGIN (2u * 1024 * 1024)

WfInterp wf_interp = {.recursion_limit = DEFAULT_RECURSION_LIMIT};
_Thread_local WfThreadState *wf_tstate_current;
_Atomic unsigned wf_eval_breaker;
WfThreadState *wf_tstate_main;

static void link_state(WfThreadState *ts) {
    ts->prev = NULL;
    ts->next = wf_interp.threads;
    if (wf_interp.threads) wf_interp.threads->prev = ts;
    wf_interp.threads = ts;
}

static WfThreadState *alloc_state(void) {
    WfThreadImpl *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    link_state(&t->ts);
    return &t->ts;
}

int wf_tstate_init_main(void) {
    if (wf_tstate_main) return 0;
    if (wf_interp.recursion_limit <= 0) wf_interp.recursion_limit = DEFAULT_RECURSION_LIMIT;
    WfThreadState *ts = alloc_state();
    if (!ts) return -1;
    ts->thread_id = (unsigned long)pthread_self();
    wf_tstate_main = ts;
    wf_tstate_current = ts;
    return 0;
}

WfThreadState *wf_tstate_new(void) { return alloc_state(); }

void wf_tstate_delete(WfThreadState *ts) {
    if (!ts) return;
    if (ts->prev) ts->prev->next = ts->next;
    else if (wf_interp.threads == ts) wf_interp.threads = ts->next;
    if (ts->next) ts->next->prev = ts->prev;
    ts->next = ts->prev = NULL;
    wf_clear(&ts->curexc);
    wf_clear(&ts->handled);
    wf_frame_stack_free(ts);
    if (ts == wf_tstate_main) wf_tstate_main = NULL;
    free(WF_THREAD_IMPL(ts));
}

// ---- recursion guard ------------------------------------------------------------------------

// Finds the bounds of the calling thread's C stack (once per thread).
static void probe_c_stack(WfThreadImpl *t) {
    t->c_stack_probed = true;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr && size) {
        size_t margin = size / 4 < C_STACK_MARGIN ? size / 4 : C_STACK_MARGIN;
        t->c_stack_limit = (char *)addr + margin;
    }
    pthread_attr_destroy(&attr);
}

int wf_enter_recursive_call(const char *where) {
    WfThreadState *ts = wf_ts();
    WfThreadImpl *t = WF_THREAD_IMPL(ts);
    if (__builtin_expect(!t->c_stack_probed, 0)) probe_c_stack(t);
    ts->depth++;
    ts->c_depth++;
    char *here = __builtin_frame_address(0);
    if (__builtin_expect(ts->depth > wf_interp.recursion_limit || ts->c_depth > C_DEPTH_HARD_LIMIT ||
                             (t->c_stack_limit && here < t->c_stack_limit),
                         0)) {
        ts->depth--;
        ts->c_depth--;
        wf_err_format(wf_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        return -1;
    }
    return 0;
}

int wf_tstate_enter_run(const char *where) {
    WfThreadState *ts = wf_ts();
    WfThreadImpl *t = WF_THREAD_IMPL(ts);
    if (__builtin_expect(!t->c_stack_probed, 0)) probe_c_stack(t);
    char *here = __builtin_frame_address(0);
    if (__builtin_expect(ts->depth >= wf_interp.recursion_limit || ts->c_depth >= C_DEPTH_HARD_LIMIT ||
                             (t->c_stack_limit && here < t->c_stack_limit),
                         0)) {
        wf_err_format(wf_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        return -1;
    }
    ts->c_depth++;
    return 0;
}

void wf_tstate_leave_run(void) { wf_ts()->c_depth--; }

void wf_leave_recursive_call(void) {
    WfThreadState *ts = wf_ts();
    ts->depth--;
    ts->c_depth--;
}
