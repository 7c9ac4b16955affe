// signals.c — POSIX signals to the eval breaker. The C handler only records
// the signal (an atomic flag per signal), writes the wakeup fd if one is set,
// and sets WF_BREAK_SIGNALS; the main thread, at its next instruction
// boundary, runs the Weft-level handler or, for SIGINT without one, raises
// KeyboardInterrupt. Threads started by `_thread` block the asynchronous
// signals, so the kernel delivers them to the main thread, whose blocking
// calls (lock waits, sleep, read) return EINTR and run the handlers.
// GIL rule: the handler touches only atomics; the rest runs with the GIL held.
#include "vm/signals.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

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
static _Atomic int wakeup_fd = -1;
static WfValue handlers[NSIG];      // owned: callable, int 0/1 (SIG_DFL/SIG_IGN), NULL = default
static bool restart[NSIG];          // signal.siginterrupt(s, False): SA_RESTART

static void c_handler(int signum) {
    int saved_errno = errno;
    if (signum > 0 && signum < NSIG) {
        atomic_store(&tripped[signum], 1);
        atomic_store(&any_tripped, 1);
        atomic_fetch_or(&wf_eval_breaker, WF_BREAK_SIGNALS);
        int fd = atomic_load(&wakeup_fd);
        if (fd >= 0) {
            unsigned char b = (unsigned char)signum;
            ssize_t w = write(fd, &b, 1);
            (void)w;     // a full or closed wakeup pipe is not the handler's problem
        }
    }
    errno = saved_errno;
}

static int install(int signum, void (*fn)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    // No SA_RESTART unless asked for: blocking calls see EINTR and run the handlers.
    sa.sa_flags = SA_ONSTACK | (restart[signum] ? SA_RESTART : 0);
    return sigaction(signum, &sa, NULL);
}

int wf_signals_init(void) {
    // As CPython: writes to a closed pipe raise BrokenPipeError instead of
    // killing the process, and an oversized file write fails with EFBIG.
    signal(SIGPIPE, SIG_IGN);
#ifdef SIGXFSZ
    signal(SIGXFSZ, SIG_IGN);
#endif
    // As CPython: a SIGINT ignored by the parent (nohup, `cmd &`) stays ignored.
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) {
        handlers[SIGINT] = WF_FROM_SMALLINT(1);
        return 0;
    }
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
        if (WF_IS_SMALLINT(h)) continue;   // SIG_DFL/SIG_IGN set after the signal came
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

static int check_signum(int signum) {
    if (signum <= 0 || signum >= NSIG) {
        wf_err_set_str(wf_ValueError, "signal number out of range");
        return -1;
    }
    return 0;
}

int wf_signals_set_handler(int signum, WfValue handler) {
    if (check_signum(signum) < 0) return -1;
    if (handler == WF_NONE) handler = WF_NULL;
    void (*fn)(int);
    if (!handler) fn = signum == SIGINT ? c_handler : SIG_DFL;
    else if (handler == WF_FROM_SMALLINT(0)) fn = SIG_DFL;
    else if (handler == WF_FROM_SMALLINT(1)) fn = SIG_IGN;
    else fn = c_handler;
    if (install(signum, fn) < 0) {
        wf_err_from_errno(NULL);
        return -1;
    }
    // A signal that came under the old handler is dropped if it is now ignored.
    if (fn != c_handler) atomic_store(&tripped[signum], 0);
    wf_setref(&handlers[signum], handler);
    return 0;
}

WfValue wf_signals_get_handler(int signum) {
    if (signum <= 0 || signum >= NSIG) return WF_NULL;
    return handlers[signum];
}

int wf_signals_set_interrupt(int signum, bool interrupt) {
    if (check_signum(signum) < 0) return -1;
    restart[signum] = !interrupt;
    struct sigaction sa;
    if (sigaction(signum, NULL, &sa) < 0) {
        wf_err_from_errno(NULL);
        return -1;
    }
    if (interrupt) sa.sa_flags &= ~SA_RESTART;
    else sa.sa_flags |= SA_RESTART;
    if (sigaction(signum, &sa, NULL) < 0) {
        wf_err_from_errno(NULL);
        return -1;
    }
    return 0;
}

int wf_signals_set_wakeup_fd(int fd, bool warn_on_full_buffer) {
    return atomic_exchange(&wakeup_fd, fd);
}

void wf_signals_async_set(sigset_t *set) {
    sigfillset(set);
    static const int sync_signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGABRT};
    for (size_t i = 0; i < sizeof sync_signals / sizeof sync_signals[0]; i++)
        sigdelset(set, sync_signals[i]);
}

void wf_signals_block_for_new_thread(sigset_t *saved) {
    sigset_t block;
    wf_signals_async_set(&block);
    pthread_sigmask(SIG_BLOCK, &block, saved);
}

void wf_signals_restore_mask(const sigset_t *saved) {
    pthread_sigmask(SIG_SETMASK, saved, NULL);
}

void wf_signals_reset_mask_in_child(void) {
    sigset_t set;
    wf_signals_async_set(&set);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}
