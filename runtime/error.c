// error.c — the pending-exception API (runtime/error.h) on top of the thread
// state's curexc/handled slots (vm/tstate.h): raising, implicit chaining,
// fetch/restore, printing an uncaught exception, and wf_fatal.
// Invariant: curexc is NULL or an exception instance owned by the thread
// state; setting a new exception while one is handled makes the handled one
// its __context__ (without ever creating a cycle in the context chain).
// GIL rule: everything here runs with the GIL held (curexc is per thread).
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/traceback.h"
#include "vm/tstate.h"

// A MemoryError instance made in advance, for when even that allocation fails.
static WfValue prealloc_memory_error;

static WfThreadState *tstate_or_die(const char *what) {
    WfThreadState *ts = wf_ts();
    if (!ts) wf_fatal("%s with no thread state", what);
    return ts;
}

// Makes [exc] (an exception instance; stolen) the pending exception, with
// CPython's implicit chaining to the exception being handled.
static void set_pending_steal(WfValue exc) {
    WfThreadState *ts = tstate_or_die("exception raised");
    WfValue handled = ts->handled;
    if (handled && handled != WF_NONE && handled != exc && wf_is_exception(handled)) {
        // Break a cycle the new context would create: if [exc] already sits
        // on handled's context chain, cut the chain just before it. Floyd's
        // tortoise and hare guards against pre-existing cycles.
        WfValue o = handled, slow = handled;
        bool toggle = false;
        WfValue ctx;
        while ((ctx = wf_exc_context(o)) != WF_NULL) {
            if (ctx == exc) {
                wf_exc_set_context(o, WF_NULL);
                break;
            }
            o = ctx;
            if (o == slow) break;
            if (toggle) slow = wf_exc_context(slow);
            toggle = !toggle;
        }
        wf_exc_set_context(exc, handled);
    }
    WfValue old = ts->curexc;
    ts->curexc = exc;
    wf_xdecref(old);
}

// Called when building the exception itself failed: the failure (already
// pending) stands in for it.
static void creation_failed(void) {
    if (!wf_err_occurred()) wf_err_no_memory();
}

void wf_err_set_obj(WfValue exc) {
    if (wf_is_exception(exc)) {
        set_pending_steal(wf_newref(exc));
        return;
    }
    if (wf_is_type(exc) && (((WfType *)exc)->flags & WF_TPFLAGS_EXC_SUBCLASS)) {
        WfValue inst = wf_call0(exc);
        if (!inst) {
            creation_failed();
            return;
        }
        if (!wf_is_exception(inst)) {
            wf_err_format(wf_TypeError,
                          "calling %s should have returned an instance of BaseException, not %s",
                          wf_type_name_of((WfType *)exc), wf_type_name(inst));
            wf_decref(inst);
            return;
        }
        set_pending_steal(inst);
        return;
    }
    wf_err_set_str(wf_TypeError, "exceptions must derive from BaseException");
}

void wf_err_set(WfType *type, WfValue value) {
    if (!type) wf_fatal("wf_err_set before the exception classes exist");
    WfValue exc;
    if (value && wf_is_exception(value) && wf_type_is_subtype(wf_type(value), type))
        exc = wf_newref(value);
    else
        exc = wf_exc_new(type, value ? &value : NULL, value ? 1 : 0);
    if (!exc) {
        creation_failed();
        return;
    }
    set_pending_steal(exc);
}

void wf_err_set_str(WfType *type, const char *msg) {
    if (!type) wf_fatal("exception before the exception classes exist: %s", msg);
    WfValue s = wf_str_from_cstr(msg);
    if (!s) {
        creation_failed();
        return;
    }
    WfValue exc = wf_exc_new(type, &s, 1);
    wf_decref(s);
    if (!exc) {
        creation_failed();
        return;
    }
    set_pending_steal(exc);
}

void wf_err_format(WfType *type, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (!type) wf_fatal("exception before the exception classes exist: %s", small);
    if (n < 0) n = 0, small[0] = '\0';
    WfValue s;
    if ((size_t)n < sizeof small) {
        s = wf_str_from_utf8(small, (size_t)n);
    } else {
        char *buf = malloc((size_t)n + 1);
        if (!buf) {
            wf_err_no_memory();
            return;
        }
        va_start(ap, fmt);
        vsnprintf(buf, (size_t)n + 1, fmt, ap);
        va_end(ap);
        s = wf_str_from_utf8(buf, (size_t)n);
        free(buf);
    }
    if (!s) {
        creation_failed();
        return;
    }
    WfValue exc = wf_exc_new(type, &s, 1);
    wf_decref(s);
    if (!exc) {
        creation_failed();
        return;
    }
    set_pending_steal(exc);
}

WfValue wf_err_no_memory(void) {
    static bool busy;   // guards against recursion when even this allocation fails
    if (!wf_MemoryError) wf_fatal("out of memory during start-up");
    WfValue exc = WF_NULL;
    if (!busy) {
        busy = true;
        if (!prealloc_memory_error) prealloc_memory_error = wf_exc_new(wf_MemoryError, NULL, 0);
        exc = wf_exc_new(wf_MemoryError, NULL, 0);
        busy = false;
    }
    if (!exc) {
        if (!prealloc_memory_error) wf_fatal("out of memory");
        WfThreadState *ts = tstate_or_die("MemoryError");
        wf_clear(&ts->curexc);
        exc = wf_newref(prealloc_memory_error);
        wf_exc_set_traceback(exc, WF_NULL);
        wf_exc_set_context(exc, WF_NULL);
    }
    set_pending_steal(exc);
    return WF_NULL;
}

void wf_err_from_errno(const char *filename) {
    int e = errno;
    WfValue args[3];
    size_t n = 2;
    args[0] = wf_int_from_i64(e);
    args[1] = wf_str_from_cstr(strerror(e));
    args[2] = WF_NULL;
    if (filename) {
        args[2] = wf_str_from_cstr(filename);
        n = 3;
    }
    WfValue exc = WF_NULL;
    if (args[0] && args[1] && (!filename || args[2])) exc = wf_exc_new(wf_OSError, args, n);
    for (size_t i = 0; i < 3; i++) wf_xdecref(args[i]);
    if (!exc) {
        creation_failed();
        return;
    }
    set_pending_steal(exc);
}

bool wf_err_occurred(void) {
    WfThreadState *ts = wf_ts();
    return ts && ts->curexc != WF_NULL;
}

WfValue wf_err_peek(void) {
    WfThreadState *ts = wf_ts();
    return ts ? ts->curexc : WF_NULL;
}

bool wf_err_matches(WfType *type) {
    WfValue exc = wf_err_peek();
    return exc && type && wf_type_is_subtype(wf_type(exc), type);
}

WfValue wf_err_fetch(void) {
    WfThreadState *ts = wf_ts();
    if (!ts) return WF_NULL;
    WfValue exc = ts->curexc;
    ts->curexc = WF_NULL;
    return exc;
}

void wf_err_restore_steal(WfValue exc) {
    WfThreadState *ts = tstate_or_die("exception restored");
    WfValue old = ts->curexc;
    ts->curexc = exc;
    wf_xdecref(old);
}

void wf_err_clear(void) {
    WfThreadState *ts = wf_ts();
    if (ts) wf_clear(&ts->curexc);
}

// sys.excepthook when the program replaced it (borrowed), else NULL.
static WfValue user_excepthook(void) {
    if (!wf_interp.sys) return WF_NULL;
    WfValue d = wf_module_dict(wf_interp.sys);
    if (!d || !wf_is_dict(d)) return WF_NULL;
    WfValue hook = wf_dict_get_str_borrowed(d, WF_ID(excepthook));
    WfValue orig = wf_dict_get_str_borrowed(d, WF_ID(__excepthook__));
    if (!hook || hook == WF_NONE || !orig || hook == orig) return WF_NULL;
    return hook;
}

void wf_err_print(void) {
    WfValue exc = wf_err_peek();
    if (!exc) return;
    // SystemExit is not printed: it stays pending for main() to turn into
    // the exit status.
    if (wf_SystemExit && wf_type_is_subtype(wf_type(exc), wf_SystemExit)) return;
    exc = wf_err_fetch();
    fflush(stdout);
    WfValue hook = user_excepthook();
    if (hook) {
        wf_incref(hook);
        WfValue tb = wf_exc_traceback(exc);
        WfValue args[3] = {WF_TYPE_VALUE(wf_type(exc)), exc, tb ? tb : WF_NONE};
        WfValue r = wf_call(hook, args, 3, WF_NULL);
        wf_decref(hook);
        if (r) {
            wf_decref(r);
            wf_decref(exc);
            fflush(stdout);
            fflush(stderr);
            return;
        }
        WfValue exc2 = wf_err_fetch();
        if (exc2 && wf_SystemExit && wf_type_is_subtype(wf_type(exc2), wf_SystemExit)) {
            wf_decref(exc);
            wf_err_restore_steal(exc2);
            return;
        }
        fflush(stdout);
        fputs("Error in sys.excepthook:\n", stderr);
        if (exc2) wf_traceback_print(exc2, stderr);
        fputs("\nOriginal exception was:\n", stderr);
        wf_xdecref(exc2);
    }
    wf_traceback_print(exc, stderr);
    wf_decref(exc);
    if (wf_err_occurred()) wf_err_clear();
    fflush(stderr);
}

_Noreturn void wf_fatal(const char *fmt, ...) {
    fflush(stdout);
    fputs("Fatal Weft error: ", stderr);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
    abort();
}
