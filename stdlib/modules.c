// modules.c — the table of native modules (name -> init function), looked
// up by the importer before the path, plus the tiny native modules that need
// no file of their own: gc, atexit, errno, _traceback.
// Invariant: every init returns a fresh or cached module; the importer
// stores it in sys.modules. GIL held throughout.
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/io.h"
#include "stdlib/mod_gil.h"
#include "stdlib/mod_signal.h"
#include "stdlib/mod_thread.h"
#include "stdlib/modules.h"
#include "stdlib/native_inits.h"
#include "vm/traceback.h"
#include "vm/tstate.h"

// ---- gc: reference counting frees at once; collect() reports nothing found -----------------

static bool gc_enabled = true;

static WfValue gc_collect(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_int_from_i64(0);
}
static WfValue gc_enable(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    gc_enabled = true;
    return wf_newref(WF_NONE);
}
static WfValue gc_disable(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    gc_enabled = false;
    return wf_newref(WF_NONE);
}
static WfValue gc_isenabled(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_bool(gc_enabled);
}
static WfValue gc_get_count(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_tuple_pack(3, WF_FROM_SMALLINT(0), WF_FROM_SMALLINT(0), WF_FROM_SMALLINT(0));
}

static const WfMethodDef gc_functions[] = {
    {"collect", gc_collect, 0, "collect([generation]) -> number of unreachable objects found"},
    {"enable", gc_enable, 0, NULL},
    {"disable", gc_disable, 0, NULL},
    {"isenabled", gc_isenabled, 0, NULL},
    {"get_count", gc_get_count, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfValue gc_module_init(void) {
    WfValue m = wf_module_new("gc");
    if (!m) return WF_NULL;
    if (wf_module_add_functions(m, gc_functions) < 0 ||
        wf_module_set_steal(m, "garbage", wf_list_new(0)) < 0) {
        wf_decref(m);
        return WF_NULL;
    }
    return m;
}

// ---- atexit ------------------------------------------------------------------------------------

static WfValue exit_funcs;   // owned: list of (func, args tuple, kwargs dict or None)
static bool c_atexit_hooked;

// The C-level exit hook: runs the registered functions if main() has not.
static void run_exit_funcs_at_exit(void) {
    if (exit_funcs && WF_LIST_LEN(exit_funcs) > 0 && wf_ts()) wf_atexit_run();
}

static WfValue atexit_register(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs < 1) {
        wf_err_set_str(wf_TypeError, "register() takes at least 1 argument (0 given)");
        return WF_NULL;
    }
    if (!wf_callable(args[0])) {
        wf_err_set_str(wf_TypeError, "the first argument must be callable");
        return WF_NULL;
    }
    if (!exit_funcs && !(exit_funcs = wf_list_new(0))) return WF_NULL;
    if (!c_atexit_hooked) {
        c_atexit_hooked = true;
        atexit(run_exit_funcs_at_exit);
    }
    WfValue pos = wf_tuple_from_array(args + 1, nargs - 1);
    if (!pos) return WF_NULL;
    WfValue kw = WF_NULL;
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    if (nkw) {
        kw = wf_dict_new();
        if (!kw) { wf_decref(pos); return WF_NULL; }
        for (size_t i = 0; i < nkw; i++)
            if (wf_dict_set(kw, WF_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                wf_decref(pos);
                wf_decref(kw);
                return WF_NULL;
            }
    }
    WfValue entry = wf_tuple_pack(3, args[0], pos, kw ? kw : WF_NONE);
    wf_decref(pos);
    wf_xdecref(kw);
    if (!entry || wf_list_append_steal(exit_funcs, entry) < 0) return WF_NULL;
    return wf_newref(args[0]);
}

static WfValue atexit_unregister(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("unregister", nargs, 1, 1) < 0) return WF_NULL;
    if (!exit_funcs) return wf_newref(WF_NONE);
    WfValue keep = wf_list_new(0);
    if (!keep) return WF_NULL;
    for (size_t i = 0; i < WF_LIST_LEN(exit_funcs); i++) {
        WfValue e = WF_LIST_ITEMS(exit_funcs)[i];
        int eq = wf_richcompare_bool(WF_TUPLE_GET(e, 0), args[0], WF_EQ);
        if (eq < 0) { wf_decref(keep); return WF_NULL; }
        if (!eq && wf_list_append(keep, e) < 0) { wf_decref(keep); return WF_NULL; }
    }
    WfValue old = exit_funcs;
    exit_funcs = keep;
    wf_decref(old);
    return wf_newref(WF_NONE);
}

void wf_atexit_run(void) {
    while (exit_funcs && WF_LIST_LEN(exit_funcs) > 0) {
        WfValue list = exit_funcs;
        size_t n = WF_LIST_LEN(list);
        WfValue e = wf_newref(WF_LIST_ITEMS(list)[n - 1]);
        // Drop the last entry (pop) before calling it.
        WfValue rest = wf_list_new(0);
        if (!rest) { wf_decref(e); wf_err_clear(); break; }
        for (size_t i = 0; i + 1 < n; i++) wf_list_append(rest, WF_LIST_ITEMS(list)[i]);
        exit_funcs = rest;
        wf_decref(list);
        WfValue kw = WF_TUPLE_GET(e, 2);
        WfValue r = wf_call_tuple_dict(WF_TUPLE_GET(e, 0), WF_TUPLE_GET(e, 1), kw == WF_NONE ? WF_NULL : kw);
        if (!r) {
            if (wf_err_matches(wf_SystemExit)) {
                wf_err_clear();
            } else {
                wf_io_flush_std();
                fprintf(stderr, "Exception ignored in atexit callback: ");
                WfValue rep = wf_repr(WF_TUPLE_GET(e, 0));
                WfValue exc = wf_err_fetch();
                fprintf(stderr, "%s\n", rep ? WF_STR_DATA(rep) : "<function>");
                wf_xdecref(rep);
                if (wf_err_occurred()) wf_err_clear();
                if (exc) {
                    wf_traceback_print(exc, stderr);
                    wf_decref(exc);
                }
            }
        } else {
            wf_decref(r);
        }
        wf_decref(e);
    }
    wf_io_flush_std();
}

static WfValue atexit_run(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    wf_atexit_run();
    return wf_newref(WF_NONE);
}

static WfValue atexit_clear(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    wf_clear(&exit_funcs);
    return wf_newref(WF_NONE);
}

static WfValue atexit_ncallbacks(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_int_from_i64(exit_funcs ? (int64_t)WF_LIST_LEN(exit_funcs) : 0);
}

static const WfMethodDef atexit_functions[] = {
    {"register", atexit_register, 0, NULL},
    {"unregister", atexit_unregister, 0, NULL},
    {"_run_exitfuncs", atexit_run, 0, NULL},
    {"_clear", atexit_clear, 0, NULL},
    {"_ncallbacks", atexit_ncallbacks, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfValue atexit_module_init(void) {
    WfValue m = wf_module_new("atexit");
    if (m && wf_module_add_functions(m, atexit_functions) < 0) {
        wf_decref(m);
        return WF_NULL;
    }
    return m;
}

// ---- errno ---------------------------------------------------------------------------------------

static WfValue errno_module_init(void) {
    static const struct { const char *name; int value; } codes[] = {
        {"EPERM", EPERM}, {"ENOENT", ENOENT}, {"ESRCH", ESRCH}, {"EINTR", EINTR}, {"EIO", EIO},
        {"ENXIO", ENXIO}, {"E2BIG", E2BIG}, {"ENOEXEC", ENOEXEC}, {"EBADF", EBADF},
        {"ECHILD", ECHILD}, {"EAGAIN", EAGAIN}, {"EWOULDBLOCK", EWOULDBLOCK}, {"ENOMEM", ENOMEM},
        {"EACCES", EACCES}, {"EFAULT", EFAULT}, {"EBUSY", EBUSY}, {"EEXIST", EEXIST},
        {"EXDEV", EXDEV}, {"ENODEV", ENODEV}, {"ENOTDIR", ENOTDIR}, {"EISDIR", EISDIR},
        {"EINVAL", EINVAL}, {"ENFILE", ENFILE}, {"EMFILE", EMFILE}, {"ENOTTY", ENOTTY},
        {"EFBIG", EFBIG}, {"ENOSPC", ENOSPC}, {"ESPIPE", ESPIPE}, {"EROFS", EROFS},
        {"EMLINK", EMLINK}, {"EPIPE", EPIPE}, {"EDOM", EDOM}, {"ERANGE", ERANGE},
        {"EDEADLK", EDEADLK}, {"ENAMETOOLONG", ENAMETOOLONG}, {"ENOSYS", ENOSYS},
        {"ENOTEMPTY", ENOTEMPTY}, {"ELOOP", ELOOP}, {"ETIMEDOUT", ETIMEDOUT},
        {"ECONNREFUSED", ECONNREFUSED}, {"ECONNRESET", ECONNRESET}, {"ECONNABORTED", ECONNABORTED},
        {"EINPROGRESS", EINPROGRESS}, {"EALREADY", EALREADY}, {"EADDRINUSE", EADDRINUSE},
        {"EADDRNOTAVAIL", EADDRNOTAVAIL}, {"ENOTCONN", ENOTCONN}, {"EISCONN", EISCONN},
        {"ENOTSOCK", ENOTSOCK}, {"EHOSTUNREACH", EHOSTUNREACH}, {"ENETUNREACH", ENETUNREACH},
    };
    WfValue m = wf_module_new("errno");
    if (!m) return WF_NULL;
    WfValue names = wf_dict_new();
    if (!names) { wf_decref(m); return WF_NULL; }
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        WfValue v = wf_int_from_i64(codes[i].value), s = wf_str_from_cstr(codes[i].name);
        if (!v || !s || wf_module_set(m, codes[i].name, v) < 0 || wf_dict_set(names, v, s) < 0) {
            wf_xdecref(v);
            wf_xdecref(s);
            wf_decref(names);
            wf_decref(m);
            return WF_NULL;
        }
        wf_decref(v);
        wf_decref(s);
    }
    if (wf_module_set_steal(m, "errorcode", names) < 0) { wf_decref(m); return WF_NULL; }
    return m;
}

// ---- _traceback: the native half of traceback.wf -----------------------------------------------

static WfValue tb_format_exception(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("format_exception", nargs, 1, 1) < 0) return WF_NULL;
    if (!wf_is_exception(args[0])) {
        wf_err_format(wf_TypeError, "expected an exception, not %s", wf_type_name(args[0]));
        return WF_NULL;
    }
    return wf_traceback_format(args[0]);
}

static const WfMethodDef traceback_functions[] = {
    {"format_exception", tb_format_exception, 0, "the lines of a printed traceback, as a list of str"},
    {NULL, NULL, 0, NULL},
};

static WfValue traceback_module_init(void) {
    WfValue m = wf_module_new("_traceback");
    if (m && wf_module_add_functions(m, traceback_functions) < 0) {
        wf_decref(m);
        return WF_NULL;
    }
    return m;
}

// ---- the table -----------------------------------------------------------------------------------

const WfNativeModule wf_native_modules[] = {
    {"builtins", wf_builtins_module_init},
    {"sys", wf_sys_module_init},
    {"io", wf_io_module_init},
    {"_io", wf_io_module_init},
    {"time", wf_time_module_init},
    {"math", wf_math_module_init},
    {"os", wf_os_module_init},
    {"os.path", wf_posixpath_module_init},
    {"posixpath", wf_posixpath_module_init},
    {"random", wf_random_module_init},
    {"itertools", wf_itertools_module_init},
    {"_functools", wf_functools_module_init},
    {"operator", wf_operator_module_init},
    {"_operator", wf_operator_module_init},
    {"_thread", wf_thread_module_init},
    {"_signal", wf_signal_module_init},
    {"gil", wf_gil_module_init},
    {"gc", gc_module_init},
    {"atexit", atexit_module_init},
    {"errno", errno_module_init},
    {"_traceback", traceback_module_init},
    {"hashlib", wf_hashlib_module_init},
    {"_collections", wf_collections_module_init},
    {NULL, NULL},
};
