// mod_signal.c — `_signal`: POSIX signals for Weft code (stdlib/signal.wf
// wraps it with the Signals/Handlers/Sigmasks enums, as CPython's signal.py).
// Handlers set with signal() run in the main thread between instructions
// (vm/signals.c trips a flag, the eval breaker runs them); SIGINT's default
// raises KeyboardInterrupt. Invariant: only the main thread installs
// handlers; blocking calls (pause, sigwait) release the GIL.
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/blocking.h"
#include "stdlib/mod_signal.h"
#include "vm/eval.h"
#include "vm/eval_ext.h"
#include "vm/signals.h"
#include "vm/tstate.h"

#ifndef NSIG
#define NSIG 65
#endif

static WfValue signal_module;          // owned: the cached module
static WfValue default_int_handler;    // owned: the module's default_int_handler

static bool in_main_thread(void) { return wf_ts() == wf_tstate_main; }

// The signal number in [v] (an int or __index__), checked against NSIG.
// -1 with an exception set.
static int signum_arg(WfValue v) {
    int64_t n = wf_index_i64(v, NULL);
    if (n == -1 && wf_err_occurred()) return -1;
    if (n < 1 || n >= NSIG) {
        wf_err_set_str(wf_ValueError, "signal number out of range");
        return -1;
    }
    return (int)n;
}

// What getsignal() reports for [signum]. Returns a new reference.
static WfValue handler_of(int signum) {
    WfValue h = wf_signals_get_handler(signum);
    if (h) return wf_newref(h);
    struct sigaction sa;
    if (sigaction(signum, NULL, &sa) < 0) return wf_newref(WF_NONE);
    if (sa.sa_handler == SIG_DFL) return WF_FROM_SMALLINT(0);
    if (sa.sa_handler == SIG_IGN) return WF_FROM_SMALLINT(1);
    if (signum == SIGINT) return wf_newref(default_int_handler);
    return wf_newref(WF_NONE);   // not installed from Weft
}

static WfValue signal_signal(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("signal", kwnames) < 0 || wf_args_count("signal", nargs, 2, 2) < 0)
        return WF_NULL;
    if (!in_main_thread()) {
        wf_err_set_str(wf_ValueError, "signal only works in main thread of the main interpreter");
        return WF_NULL;
    }
    int signum = signum_arg(args[0]);
    if (signum < 0) return WF_NULL;
    WfValue handler = args[1];
    if (wf_is_int(handler) && (handler == WF_FROM_SMALLINT(0) || handler == WF_FROM_SMALLINT(1))) {
        // SIG_DFL / SIG_IGN
    } else if (!wf_callable(handler) || wf_is_int(handler)) {
        wf_err_set_str(wf_TypeError,
                       "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        return WF_NULL;
    }
    // As CPython: run the handlers of signals that are already pending first.
    if (wf_signals_pending() && wf_signals_handle_pending() < 0) return WF_NULL;
    WfValue old = handler_of(signum);
    if (handler == default_int_handler && signum == SIGINT) handler = WF_NULL;
    if (wf_signals_set_handler(signum, handler) < 0) {
        wf_decref(old);
        return WF_NULL;
    }
    return old;
}

static WfValue signal_getsignal(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("getsignal", kwnames) < 0 || wf_args_count("getsignal", nargs, 1, 1) < 0)
        return WF_NULL;
    int signum = signum_arg(args[0]);
    if (signum < 0) return WF_NULL;
    return handler_of(signum);
}

static WfValue signal_raise_signal(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("raise_signal", kwnames) < 0 || wf_args_count("raise_signal", nargs, 1, 1) < 0)
        return WF_NULL;
    int signum = signum_arg(args[0]);
    if (signum < 0) return WF_NULL;
    // Other threads block the asynchronous signals: from them, send the
    // signal to the process, which delivers it to the main thread.
    int r = in_main_thread() ? raise(signum) : kill(getpid(), signum);
    if (r != 0) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    if (in_main_thread() && wf_signals_pending() && wf_signals_handle_pending() < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue signal_default_int_handler(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("default_int_handler", kwnames) < 0 ||
        wf_args_count("default_int_handler", nargs, 2, 2) < 0)
        return WF_NULL;
    if (signum_arg(args[0]) < 0) return WF_NULL;
    wf_err_set(wf_KeyboardInterrupt, WF_NULL);
    return WF_NULL;
}

static WfValue signal_alarm(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("alarm", kwnames) < 0 || wf_args_count("alarm", nargs, 1, 1) < 0) return WF_NULL;
    int64_t secs = wf_index_i64(args[0], NULL);
    if (secs == -1 && wf_err_occurred()) return WF_NULL;
    if (secs < 0 || secs > (int64_t)0xffffffffu) {
        wf_err_set_str(wf_OverflowError, "Python int too large to convert to C unsigned int");
        return WF_NULL;
    }
    return wf_int_from_i64(alarm((unsigned)secs));
}

static WfValue signal_pause(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("pause", nargs, 0, 0) < 0) return WF_NULL;
    WF_BLOCKING_BEGIN();
    pause();
    WF_BLOCKING_END();
    if (wf_eval_handle_breaker() < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue signal_strsignal(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("strsignal", kwnames) < 0 || wf_args_count("strsignal", nargs, 1, 1) < 0)
        return WF_NULL;
    int signum = signum_arg(args[0]);
    if (signum < 0) return WF_NULL;
    const char *s = strsignal(signum);
    if (!s || strstr(s, "Unknown signal")) return WF_NONE;
    return wf_str_from_cstr(s);
}

// A set of the signal numbers in [set]. Returns a new reference.
static WfValue set_from_sigset(const sigset_t *set) {
    WfValue out = wf_set_new(WF_NULL);
    if (!out) return WF_NULL;
    for (int s = 1; s < NSIG; s++) {
        if (sigismember(set, s) != 1) continue;
        if (wf_set_add(out, WF_FROM_SMALLINT(s)) < 0) {
            wf_decref(out);
            return WF_NULL;
        }
    }
    return out;
}

// Fills [set] from an iterable of signal numbers. -1 with an exception set.
static int sigset_from_iterable(WfValue iterable, sigset_t *set) {
    sigemptyset(set);
    WfValue it = wf_iter(iterable);
    if (!it) return -1;
    WfValue item;
    int r;
    while ((r = wf_iter_next_ref(it, &item)) > 0) {
        int s = signum_arg(item);
        wf_decref(item);
        if (s < 0) {
            r = -1;
            break;
        }
        sigaddset(set, s);
    }
    wf_decref(it);
    return r < 0 ? -1 : 0;
}

static WfValue signal_valid_signals(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("valid_signals", nargs, 0, 0) < 0) return WF_NULL;
    sigset_t all;
    sigfillset(&all);
    return set_from_sigset(&all);
}

static WfValue signal_pthread_sigmask(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("pthread_sigmask", kwnames) < 0 || wf_args_count("pthread_sigmask", nargs, 2, 2) < 0)
        return WF_NULL;
    int64_t how = wf_index_i64(args[0], NULL);
    if (how == -1 && wf_err_occurred()) return WF_NULL;
    sigset_t set, old;
    if (sigset_from_iterable(args[1], &set) < 0) return WF_NULL;
    int err = pthread_sigmask((int)how, &set, &old);
    if (err) {
        errno = err;
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    // Unblocked signals may be pending now: run their handlers.
    if (in_main_thread() && wf_eval_handle_breaker() < 0) return WF_NULL;
    return set_from_sigset(&old);
}

static WfValue signal_sigpending(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("sigpending", nargs, 0, 0) < 0) return WF_NULL;
    sigset_t set;
    if (sigpending(&set) < 0) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return set_from_sigset(&set);
}

static WfValue signal_sigwait(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("sigwait", kwnames) < 0 || wf_args_count("sigwait", nargs, 1, 1) < 0)
        return WF_NULL;
    sigset_t set;
    if (sigset_from_iterable(args[0], &set) < 0) return WF_NULL;
    int got = 0, err;
    WF_BLOCKING_BEGIN();
    err = sigwait(&set, &got);
    WF_BLOCKING_END();
    if (err) {
        errno = err;
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return wf_int_from_i64(got);
}

static WfValue signal_siginterrupt(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("siginterrupt", kwnames) < 0 || wf_args_count("siginterrupt", nargs, 2, 2) < 0)
        return WF_NULL;
    int signum = signum_arg(args[0]);
    if (signum < 0) return WF_NULL;
    int64_t flag = wf_index_i64(args[1], NULL);
    if (flag == -1 && wf_err_occurred()) return WF_NULL;
    if (wf_signals_set_interrupt(signum, flag != 0) < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue signal_set_wakeup_fd(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {NULL, "warn_on_full_buffer"};
    WfValue a[2];
    if (wf_args_parse("set_wakeup_fd", args, nargs, kwnames, names, 2, 1, 1, a) < 0) return WF_NULL;
    int64_t fd = wf_index_i64(a[0], NULL);
    if (fd == -1 && wf_err_occurred()) return WF_NULL;
    int warn = 1;
    if (a[1] && (warn = wf_is_true(a[1])) < 0) return WF_NULL;
    if (!in_main_thread()) {
        wf_err_set_str(wf_ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
        return WF_NULL;
    }
    if (fd != -1) {
        int flags = fd < 0 || fd > 0x7fffffff ? -1 : fcntl((int)fd, F_GETFL);
        if (flags < 0) {
            errno = EBADF;
            wf_err_from_errno(NULL);
            return WF_NULL;
        }
        if (!(flags & O_NONBLOCK)) {
            wf_err_format(wf_ValueError, "the fd %lld must be in non-blocking mode", (long long)fd);
            return WF_NULL;
        }
    }
    return wf_int_from_i64(wf_signals_set_wakeup_fd((int)fd, warn != 0));
}

// [which] as an itimer kind, the [seconds] pair of an itimerval.
static void timeval_from_double(double d, struct timeval *tv) {
    if (!(d > 0)) { tv->tv_sec = 0; tv->tv_usec = 0; return; }
    tv->tv_sec = (time_t)floor(d);
    tv->tv_usec = (suseconds_t)((d - floor(d)) * 1e6);
    if (tv->tv_sec == 0 && tv->tv_usec == 0) tv->tv_usec = 1;   // don't disarm a tiny timer
}

static WfValue itimer_tuple(const struct itimerval *v) {
    WfValue a = wf_float_new((double)v->it_value.tv_sec + (double)v->it_value.tv_usec / 1e6);
    WfValue b = wf_float_new((double)v->it_interval.tv_sec + (double)v->it_interval.tv_usec / 1e6);
    WfValue t = (a && b) ? wf_tuple_pack(2, a, b) : WF_NULL;
    wf_xdecref(a);
    wf_xdecref(b);
    return t;
}

static WfValue signal_setitimer(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("setitimer", kwnames) < 0 || wf_args_count("setitimer", nargs, 2, 3) < 0)
        return WF_NULL;
    int64_t which = wf_index_i64(args[0], NULL);
    if (which == -1 && wf_err_occurred()) return WF_NULL;
    double secs, interval = 0;
    if (wf_to_double(args[1], &secs) < 0) return WF_NULL;
    if (nargs > 2 && wf_to_double(args[2], &interval) < 0) return WF_NULL;
    struct itimerval nv, ov;
    timeval_from_double(secs, &nv.it_value);
    timeval_from_double(interval, &nv.it_interval);
    if (setitimer((int)which, &nv, &ov) < 0) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return itimer_tuple(&ov);
}

static WfValue signal_getitimer(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("getitimer", kwnames) < 0 || wf_args_count("getitimer", nargs, 1, 1) < 0)
        return WF_NULL;
    int64_t which = wf_index_i64(args[0], NULL);
    if (which == -1 && wf_err_occurred()) return WF_NULL;
    struct itimerval v;
    if (getitimer((int)which, &v) < 0) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return itimer_tuple(&v);
}

static const WfMethodDef signal_functions[] = {
    {"signal", signal_signal, 0, "signal(signalnum, handler) -> the previous handler"},
    {"getsignal", signal_getsignal, 0, "the current handler of a signal"},
    {"raise_signal", signal_raise_signal, 0, "send a signal to the calling process"},
    {"default_int_handler", signal_default_int_handler, 0,
     "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt."},
    {"alarm", signal_alarm, 0, "arrange for SIGALRM in [seconds]; returns the previous alarm's time left"},
    {"pause", signal_pause, 0, "wait until a signal arrives"},
    {"strsignal", signal_strsignal, 0, "the system description of a signal"},
    {"valid_signals", signal_valid_signals, 0, "the set of valid signal numbers"},
    {"pthread_sigmask", signal_pthread_sigmask, 0, "change the calling thread's signal mask"},
    {"sigpending", signal_sigpending, 0, "the signals pending for the calling thread"},
    {"sigwait", signal_sigwait, 0, "wait for one of a set of signals"},
    {"siginterrupt", signal_siginterrupt, 0, "whether a signal interrupts system calls"},
    {"set_wakeup_fd", signal_set_wakeup_fd, 0, "set the fd the signal number is written to"},
    {"setitimer", signal_setitimer, 0, "setitimer(which, seconds, interval=0.0) -> old (delay, interval)"},
    {"getitimer", signal_getitimer, 0, "getitimer(which) -> (delay, interval)"},
    {NULL, NULL, 0, NULL},
};

static const struct { const char *name; int value; } signal_constants[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
#ifdef SIGSTKFLT
    {"SIGSTKFLT", SIGSTKFLT},
#endif
    {"SIGCHLD", SIGCHLD},
#ifdef SIGCLD
    {"SIGCLD", SIGCLD},
#endif
    {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN},
    {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ},
    {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH},
#ifdef SIGIO
    {"SIGIO", SIGIO},
#endif
#ifdef SIGPOLL
    {"SIGPOLL", SIGPOLL},
#endif
#ifdef SIGPWR
    {"SIGPWR", SIGPWR},
#endif
    {"SIGSYS", SIGSYS},
    {"NSIG", NSIG}, {"SIG_DFL", 0}, {"SIG_IGN", 1},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
    {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
};

WfValue wf_signal_module_init(void) {
    if (signal_module) return wf_newref(signal_module);
    WfValue m = wf_module_new("_signal");
    if (!m) return WF_NULL;
    if (wf_module_add_functions(m, signal_functions) < 0) goto error;
    for (size_t i = 0; i < sizeof signal_constants / sizeof signal_constants[0]; i++)
        if (wf_module_set_steal(m, signal_constants[i].name, wf_int_from_i64(signal_constants[i].value)) < 0)
            goto error;
    // SIGRTMIN/SIGRTMAX are glibc function calls, not constants.
    if (wf_module_set_steal(m, "SIGRTMIN", wf_int_from_i64(SIGRTMIN)) < 0 ||
        wf_module_set_steal(m, "SIGRTMAX", wf_int_from_i64(SIGRTMAX)) < 0)
        goto error;
    WfValue h = WF_NULL;
    if (wf_getattr_opt(m, WF_ID(default_int_handler), &h) <= 0) goto error;
    default_int_handler = h;
    signal_module = wf_newref(m);
    return m;
error:
    wf_decref(m);
    return WF_NULL;
}
