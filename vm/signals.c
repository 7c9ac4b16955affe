// signals.c — POSIX signals to the eval breaker. The C handler only records
// the signal (an atomic flag per signal) and sets WF_BREAK_SIGNALS; the main
// thread, at its next instruction boundary, runs the Weft-level handler or,
// for SIGINT without one, raises KeyboardInterrupt.
// GIL rule: the handler touches only atomics; the rest runs with the GIL held.
#include "vm/signals.h"

#include <signal.h>
#include <stdatomic.h>
#include <string.h>

#include "runtime/error.h"
#include "runtime/exc.h"
#include "vm/eval_ext.h"
#include "vm/frame.h"
#include "vm/tstate.h"

#ifndef NSIG
#define NSIG 65
#endif

static _Atomic int tripped[NSIG];
static _Atomic int any_tripped;
static WfValue handlers[NSIG];      // owned: Weft-level handlers, NULL = default

static void c_handler(int signum) {
    if (signum <= 0 || signum >= NSIG) return;
    atomic_store(&tripped[signum], 1);
    atomic_store(&any_tripped, 1);
    atomic_fetch_or(&wf_eval_breaker, WF_BREAK_SIGNALS);
}

static int install(int signum, void (*fn)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;   // no SA_RESTART: blocking calls see EINTR and can check
    return sigaction(signum, &sa, NULL);
}

int wf_signals_init(void) {
    // As CPython: writes to a closed pipe raise BrokenPipeError instead of
    // killing the process, and an oversized file write fails with EFBIG.
    signal(SIGPIPE, SIG_IGN);
#ifdef SIGXFSZ
    signal(SIGXFSZ, SIG_IGN);
#endif
    return install(SIGINT, c_handler);
}

bool wf_signals_pending(void) { return atomic_load(&any_tripped) != 0; }

void wf_signals_trip(int signum) { c_handler(signum); }

// Re-arms the breaker for signals above [from] that are still tripped.
static void requeue_from(int from) {
    for (int k = from; k < NSIG; k++) {
        if (atomic_load(&tripped[k])) {
            atomic_store(&any_tripped, 1);
            atomic_fetch_or(&wf_eval_breaker, WF_BREAK_SIGNALS);
            return;
        }
    }
}

int wf_signals_handle_pending(void) {
    atomic_fetch_and(&wf_eval_breaker, ~WF_BREAK_SIGNALS);
    if (!atomic_exchange(&any_tripped, 0)) return 0;
    for (int s = 1; s < NSIG; s++) {
        if (!atomic_exchange(&tripped[s], 0)) continue;
        WfValue h = handlers[s];
        if (!h) {
            if (s == SIGINT) {
                // Leave the other tripped signals for the next instruction.
                requeue_from(s + 1);
                wf_err_set(wf_KeyboardInterrupt, WF_NULL);
                return -1;
            }
            continue;
        }
        wf_incref(h);
        WfFrame *f = wf_frame_current();
        WfValue frame = f ? wf_frame_object(f) : wf_newref(WF_NONE);
        WfValue r = WF_NULL;
        if (frame) {
            WfValue argv[2] = {WF_FROM_SMALLINT(s), frame};
            r = wf_call(h, argv, 2, WF_NULL);
            wf_decref(frame);
        }
        wf_decref(h);
        if (!r) {
            requeue_from(s + 1);   // keep the rest for later
            return -1;
        }
        wf_decref(r);
    }
    return 0;
}

int wf_signals_set_handler(int signum, WfValue handler) {
    if (signum <= 0 || signum >= NSIG) {
        wf_err_set_str(wf_ValueError, "signal number out of range");
        return -1;
    }
    if (handler == WF_NONE) handler = WF_NULL;
    wf_setref(&handlers[signum], handler);
    void (*fn)(int) = handler || signum == SIGINT ? c_handler : SIG_DFL;
    if (install(signum, fn) < 0) {
        wf_err_from_errno(NULL);
        return -1;
    }
    return 0;
}

WfValue wf_signals_get_handler(int signum) {
    if (signum <= 0 || signum >= NSIG) return WF_NULL;
    return handlers[signum];
}
