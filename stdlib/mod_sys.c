// mod_sys.c — the `sys` module: argv, path, modules, the standard streams,
// version and platform facts, exit, exc_info/exception, recursion limit,
// getrefcount/getsizeof/intern, int_max_str_digits, _getframe (a snapshot).
// Invariant: created once; wf_interp.sys/modules/path own the module, the
// sys.modules dict and the initial sys.path list. GIL held throughout.
#include <float.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/io.h"
#include "stdlib/mod_gil.h"
#include "stdlib/modules.h"
#include "stdlib/structseq.h"
#include "vm/frame.h"
#include "vm/traceback.h"
#include "vm/tstate.h"

#define WEFT_VERSION "0.1.0"

static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
static WF_STRUCTSEQ_TYPE(version_info_type, "sys.version_info", version_info_fields);

static const char *const float_info_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                                "min_10_exp", "dig", "mant_dig", "epsilon",
                                                "radix", "rounds"};
static WF_STRUCTSEQ_TYPE(float_info_type, "sys.float_info", float_info_fields);

static const char *const flags_fields[] = {"debug", "inspect", "interactive", "optimize",
                                           "dont_write_bytecode", "no_user_site", "no_site",
                                           "ignore_environment", "verbose", "bytes_warning",
                                           "quiet", "hash_randomization", "isolated", "dev_mode",
                                           "utf8_mode", "warn_default_encoding", "safe_path",
                                           "int_max_str_digits"};
static WF_STRUCTSEQ_TYPE(flags_type, "sys.flags", flags_fields);

static const char *const hash_info_fields[] = {"width", "modulus", "inf", "nan", "imag",
                                               "algorithm", "hash_bits", "seed_bits", "cutoff"};
static WF_STRUCTSEQ_TYPE(hash_info_type, "sys.hash_info", hash_info_fields);

static const char *const int_info_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                              "str_digits_check_threshold"};
static WF_STRUCTSEQ_TYPE(int_info_type, "sys.int_info", int_info_fields);

// ---- frame snapshots for sys._getframe -----------------------------------------------------

typedef struct FrameSnap {
    WfObject ob;
    WfValue code, globals, locals, back;   // owned (back: None for the outermost)
    int lineno;
} FrameSnap;

static void framesnap_dealloc(WfValue self) {
    FrameSnap *f = (FrameSnap *)self;
    wf_clear(&f->code);
    wf_clear(&f->globals);
    wf_clear(&f->locals);
    wf_clear(&f->back);
    wf_object_free(self);
}

static WfValue fs_code(WfValue s) { return wf_newref(((FrameSnap *)s)->code); }
static WfValue fs_globals(WfValue s) { return wf_newref(((FrameSnap *)s)->globals); }
static WfValue fs_locals(WfValue s) { return wf_newref(((FrameSnap *)s)->locals); }
static WfValue fs_back(WfValue s) { return wf_newref(((FrameSnap *)s)->back); }
static WfValue fs_lineno(WfValue s) { return wf_int_from_i64(((FrameSnap *)s)->lineno); }
static WfValue fs_builtins(WfValue s) { return wf_newref(wf_interp.builtins ? wf_interp.builtins : WF_NONE); }

static const WfGetSetDef framesnap_getsets[] = {
    {"f_code", fs_code, NULL, NULL},
    {"f_globals", fs_globals, NULL, NULL},
    {"f_locals", fs_locals, NULL, NULL},
    {"f_back", fs_back, NULL, NULL},
    {"f_lineno", fs_lineno, NULL, NULL},
    {"f_builtins", fs_builtins, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static WfType framesnap_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "frame",
    .basicsize = sizeof(FrameSnap),
    .dealloc = framesnap_dealloc,
    .getsets = framesnap_getsets,
};

// Snapshots [f] and its callers, outermost first (iterative: stacks may be deep).
static WfValue snapshot(WfFrame *f) {
    WfValue back = wf_newref(WF_NONE);
    size_t n = 0;
    for (WfFrame *g = f; g; g = wf_frame_back(g)) n++;
    WfFrame **chain = malloc((n ? n : 1) * sizeof *chain);
    if (!chain) { wf_decref(back); return wf_err_no_memory(); }
    size_t i = 0;
    for (WfFrame *g = f; g; g = wf_frame_back(g)) chain[i++] = g;
    while (i-- > 0) {
        FrameSnap *s = (FrameSnap *)wf_object_alloc(&framesnap_type, sizeof(FrameSnap));
        if (!s) { wf_decref(back); free(chain); return WF_NULL; }
        s->back = back;
        s->code = wf_newref(wf_frame_code(chain[i]));
        s->globals = wf_newref(wf_frame_globals(chain[i]));
        s->lineno = wf_frame_line(chain[i]);
        s->locals = wf_frame_locals(chain[i]);
        if (!s->locals) { wf_decref((WfValue)s); free(chain); return WF_NULL; }
        back = (WfValue)s;
    }
    free(chain);
    return back;
}

// ---- functions -------------------------------------------------------------------------------

static WfValue sys_exit(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("exit", kwnames) < 0 || wf_args_count("exit", nargs, 0, 1) < 0) return WF_NULL;
    wf_err_set(wf_SystemExit, nargs ? args[0] : WF_NULL);
    return WF_NULL;
}

static WfValue sys_getrecursionlimit(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("getrecursionlimit", nargs, 0, 0) < 0) return WF_NULL;
    return wf_int_from_i64(wf_interp.recursion_limit);
}

static WfValue sys_setrecursionlimit(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("setrecursionlimit", kwnames) < 0 ||
        wf_args_count("setrecursionlimit", nargs, 1, 1) < 0)
        return WF_NULL;
    if (wf_is_float(args[0])) {
        wf_err_set_str(wf_TypeError, "'float' object cannot be interpreted as an integer");
        return WF_NULL;
    }
    int64_t n = wf_index_i64(args[0], NULL);
    if (n == -1 && wf_err_occurred()) return WF_NULL;
    if (n < 1) {
        wf_err_set_str(wf_ValueError, "recursion limit must be greater or equal than 1");
        return WF_NULL;
    }
    if (n > INT_MAX) {
        wf_err_set_str(wf_OverflowError, "Python int too large to convert to C int");
        return WF_NULL;
    }
    WfThreadState *ts = wf_ts();
    if (ts && ts->depth >= n) {
        wf_err_format(wf_RecursionError,
                      "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                      (long long)n, ts->depth);
        return WF_NULL;
    }
    wf_interp.recursion_limit = (int)n;
    return wf_newref(WF_NONE);
}

static WfValue sys_getrefcount(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("getrefcount", kwnames) < 0 || wf_args_count("getrefcount", nargs, 1, 1) < 0)
        return WF_NULL;
    WfValue v = args[0];
    if (WF_IS_SMALLINT(v) || v->refcnt >= WF_IMMORTAL_REFCNT / 2) return wf_int_from_i64(4294967295LL);
    // The argument slot already holds a reference, as in CPython (x = object() gives 2).
    return wf_int_from_i64((int64_t)v->refcnt);
}

static WfValue sys_getsizeof(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"object", "default"};
    WfValue a[2];
    if (wf_args_parse("getsizeof", args, nargs, kwnames, names, 2, 1, 2, a) < 0) return WF_NULL;
    WfValue v = a[0];
    int64_t size;
    WfType *t = wf_type(v);
    if (wf_is_int(v)) {
        if (WF_IS_SMALLINT(v)) {
            intptr_t n = WF_SMALLINT_VAL(v);
            if (n < 0) n = -n;
            size = n == 0 ? 24 : n < (1 << 30) ? 28 : n < ((intptr_t)1 << 60) ? 32 : 36;
        } else if (t == &wf_bool_type) {
            size = 28;
        } else {
            size = 24 + 4 * (int64_t)((mpz_sizeinbase(((WfBigInt *)v)->z, 2) + 29) / 30);
        }
    } else if (wf_is_float(v)) {
        size = 24;
    } else if (wf_is_str(v)) {
        WfStr *s = (WfStr *)v;
        size = s->ascii ? 49 + (int64_t)s->len : 74 + (int64_t)s->nchars * 4;
    } else if (wf_is_bytes(v)) {
        size = 33 + (int64_t)WF_BYTES_LEN(v);
    } else if (wf_is_list(v)) {
        size = 56 + 8 * (int64_t)((WfList *)v)->cap;
    } else if (wf_is_tuple(v)) {
        size = 40 + 8 * (int64_t)WF_TUPLE_LEN(v);
    } else if (wf_is_dict(v)) {
        size_t n = wf_dict_len(v);
        size = n == 0 ? 64 : 232 + (n > 5 ? 8 * 12 * (int64_t)n / 2 : 0);
    } else if (wf_is_anyset(v)) {
        size = 216 + (wf_set_len(v) > 4 ? 16 * 4 * (int64_t)wf_set_len(v) : 0);
    } else {
        size = (int64_t)t->basicsize + 16;
    }
    return wf_int_from_i64(size);
}

static WfValue sys_intern(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("intern", kwnames) < 0 || wf_args_count("intern", nargs, 1, 1) < 0) return WF_NULL;
    if (!wf_is_str(args[0]) || wf_type(args[0]) != &wf_str_type) {
        wf_err_format(wf_TypeError, "intern() argument must be str, not %s", wf_type_name(args[0]));
        return WF_NULL;
    }
    WfValue s = wf_newref(args[0]);
    wf_str_intern_inplace(&s);
    return s;
}

static WfValue sys_get_int_max_str_digits(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("get_int_max_str_digits", nargs, 0, 0) < 0) return WF_NULL;
    return wf_int_from_i64(wf_int_max_str_digits);
}

static WfValue sys_set_int_max_str_digits(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"maxdigits"};
    WfValue a[1];
    if (wf_args_parse("set_int_max_str_digits", args, nargs, kwnames, names, 1, 1, 1, a) < 0)
        return WF_NULL;
    int64_t n = wf_index_i64(a[0], NULL);
    if (n == -1 && wf_err_occurred()) return WF_NULL;
    if (n != 0 && n < 640) {
        wf_err_set_str(wf_ValueError, "maxdigits must be 0 or larger than 640");
        return WF_NULL;
    }
    wf_int_max_str_digits = n;
    return wf_newref(WF_NONE);
}

static WfValue sys_exc_info(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("exc_info", nargs, 0, 0) < 0) return WF_NULL;
    WfThreadState *ts = wf_ts();
    WfValue exc = ts ? ts->handled : WF_NULL;
    if (!exc || exc == WF_NONE) return wf_tuple_pack(3, WF_NONE, WF_NONE, WF_NONE);
    WfValue tb = wf_exc_traceback(exc);
    return wf_tuple_pack(3, (WfValue)wf_type(exc), exc, tb ? tb : WF_NONE);
}

static WfValue sys_exception(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("exception", nargs, 0, 0) < 0) return WF_NULL;
    WfThreadState *ts = wf_ts();
    WfValue exc = ts ? ts->handled : WF_NULL;
    return wf_newref(exc ? exc : WF_NONE);
}

static WfValue sys_getframe(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("_getframe", kwnames) < 0 || wf_args_count("_getframe", nargs, 0, 1) < 0)
        return WF_NULL;
    int64_t depth = 0;
    if (nargs) {
        depth = wf_index_i64(args[0], NULL);
        if (depth == -1 && wf_err_occurred()) return WF_NULL;
    }
    WfFrame *f = wf_frame_current();
    while (f && depth > 0) {
        f = wf_frame_back(f);
        depth--;
    }
    if (!f) {
        wf_err_set_str(wf_ValueError, "call stack is not deep enough");
        return WF_NULL;
    }
    return snapshot(f);
}

static WfValue sys_getdefaultencoding(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_str_from_cstr("utf-8");
}

static WfValue sys_excepthook(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("excepthook", kwnames) < 0) return WF_NULL;
    if (nargs != 3) {
        wf_err_format(wf_TypeError, "excepthook expected 3 arguments, got %zu", nargs);
        return WF_NULL;
    }
    wf_io_flush_std();
    if (wf_is_exception(args[1])) {
        wf_traceback_print(args[1], stderr);
    } else {
        WfValue r = wf_repr(args[1]);
        if (!r) return WF_NULL;
        fprintf(stderr, "%s\n", WF_STR_DATA(r));
        wf_decref(r);
    }
    fflush(stderr);
    return wf_newref(WF_NONE);
}

static WfValue sys_displayhook(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("displayhook", nargs, 1, 1) < 0) return WF_NULL;
    if (args[0] == WF_NONE) return wf_newref(WF_NONE);
    if (wf_interp.builtins && wf_dict_set_cstr(wf_interp.builtins, "_", WF_NONE) < 0) return WF_NULL;
    WfValue out = WF_NULL;
    if (wf_dict_get_cstr_ref(wf_module_dict(wf_interp.sys), "stdout", &out) <= 0) return WF_NULL;
    WfValue r = wf_repr(args[0]);
    if (!r) { wf_decref(out); return WF_NULL; }
    WfValue line = wf_str_from_format("%s\n", WF_STR_DATA(r));
    wf_decref(r);
    if (!line) { wf_decref(out); return WF_NULL; }
    WfValue w = wf_call_method(out, "write", &line, 1);
    wf_decref(line);
    wf_decref(out);
    if (!w) return WF_NULL;
    wf_decref(w);
    if (wf_interp.builtins && wf_dict_set_cstr(wf_interp.builtins, "_", args[0]) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static const WfMethodDef sys_functions[] = {
    {"exit", sys_exit, 0, "exit([status]): raise SystemExit(status)"},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"_getframe", sys_getframe, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", sys_getdefaultencoding, 0, NULL},
    {"excepthook", sys_excepthook, 0, NULL},
    {"__excepthook__", sys_excepthook, 0, NULL},
    {"displayhook", sys_displayhook, 0, NULL},
    {"__displayhook__", sys_displayhook, 0, NULL},
    {"getswitchinterval", wf_gil_py_getswitchinterval, 0, NULL},
    {"setswitchinterval", wf_gil_py_setswitchinterval, 0, NULL},
    {"getcheckinterval", wf_gil_py_getcheckinterval, 0, NULL},
    {"setcheckinterval", wf_gil_py_setcheckinterval, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// ---- paths ------------------------------------------------------------------------------------

static int path_append(WfValue list, const char *s, size_t n) {
    WfValue v = wf_str_from_utf8(s, n);
    if (!v) return -1;
    return wf_list_append_steal(list, v);
}

// The installed stdlib folder next to the binary: dirname(/proc/self/exe)/stdlib.
static int add_stdlib_dirs(WfValue path) {
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            char dir[4200];
            snprintf(dir, sizeof dir, "%s/stdlib", exe);
            if (path_append(path, dir, strlen(dir)) < 0) return -1;
        }
    }
#ifdef WF_STDLIB_DIR
    if (path_append(path, WF_STDLIB_DIR, strlen(WF_STDLIB_DIR)) < 0) return -1;
#endif
    return 0;
}

static WfValue build_path(void) {
    WfValue path = wf_list_new(0);
    if (!path) return WF_NULL;
    if (path_append(path, "", 0) < 0) goto error;
    const char *env = getenv("WEFTPATH");
    if (env && *env) {
        const char *p = env;
        for (;;) {
            const char *colon = strchr(p, ':');
            size_t n = colon ? (size_t)(colon - p) : strlen(p);
            if (n && path_append(path, p, n) < 0) goto error;
            if (!colon) break;
            p = colon + 1;
        }
    }
    if (add_stdlib_dirs(path) < 0) goto error;
    return path;
error:
    wf_decref(path);
    return WF_NULL;
}

int wf_sys_set_argv(int argc, char **argv) {
    WfValue sys = wf_sys_module_init();
    if (!sys) return -1;
    wf_decref(sys);
    WfValue list = wf_list_new(0);
    if (!list) return -1;
    for (int i = 0; i < argc; i++) {
        WfValue s = wf_str_from_cstr(argv[i] ? argv[i] : "");
        if (!s || wf_list_append_steal(list, s) < 0) { wf_decref(list); return -1; }
    }
    if (argc == 0 && path_append(list, "", 0) < 0) { wf_decref(list); return -1; }
    int r = wf_module_set(wf_interp.sys, "argv", list);
    wf_decref(list);
    if (r < 0) return -1;
    // sys.path[0]: the script's folder, the current folder for -m, '' for -c and the REPL.
    const char *a0 = argc > 0 && argv[0] ? argv[0] : "";
    WfValue first = WF_NULL;
    if (strcmp(a0, "-m") == 0) {
        char cwd[4096];
        first = wf_str_from_cstr(getcwd(cwd, sizeof cwd) ? cwd : "");
    } else if (*a0 && strcmp(a0, "-c") != 0 && strcmp(a0, "-") != 0) {
        char *real = realpath(a0, NULL);
        const char *p = real ? real : a0;
        const char *slash = strrchr(p, '/');
        if (slash) first = wf_str_from_utf8(p, slash == p ? 1 : (size_t)(slash - p));
        else first = wf_str_from_cstr("");
        free(real);
    } else {
        first = wf_str_from_cstr("");
    }
    if (!first) return -1;
    WfValue path = WF_NULL;
    r = wf_dict_get_cstr_ref(wf_module_dict(wf_interp.sys), "path", &path);
    if (r > 0 && wf_is_list(path) && WF_LIST_LEN(path) > 0) {
        wf_list_set_steal(path, 0, first);
        first = WF_NULL;
    }
    wf_xdecref(first);
    wf_xdecref(path);
    return r < 0 ? -1 : 0;
}

// ---- the module ---------------------------------------------------------------------------------

static WfValue str_or_none(const char *s) { return s ? wf_str_from_cstr(s) : wf_newref(WF_NONE); }

WfValue wf_sys_module_init(void) {
    if (wf_interp.sys) return wf_newref(wf_interp.sys);
    WfStructSeqType *sst[] = {&version_info_type, &float_info_type, &flags_type, &hash_info_type,
                              &int_info_type};
    for (size_t i = 0; i < sizeof sst / sizeof sst[0]; i++)
        if (wf_type_ready(&sst[i]->type) < 0) return WF_NULL;
    if (wf_type_ready(&framesnap_type) < 0) return WF_NULL;
    WfValue m = wf_module_new("sys");
    if (!m) return WF_NULL;
    if (wf_module_add_functions(m, sys_functions) < 0) goto error;
    if (!wf_interp.modules && !(wf_interp.modules = wf_dict_new())) goto error;
    if (wf_module_set(m, "modules", wf_interp.modules) < 0) goto error;
    if (!wf_interp.path && !(wf_interp.path = build_path())) goto error;
    if (wf_module_set(m, "path", wf_interp.path) < 0) goto error;
    if (!wf_interp.recursion_limit) wf_interp.recursion_limit = 1000;

    // argv until wf_sys_set_argv runs.
    WfValue argv = wf_list_new(0);
    if (!argv || path_append(argv, "", 0) < 0) { wf_xdecref(argv); goto error; }
    if (wf_module_set_steal(m, "argv", argv) < 0) goto error;
    if (wf_module_set_steal(m, "orig_argv", wf_list_new(0)) < 0) goto error;

    static const char *const stream_names[] = {"stdin", "stdout", "stderr"};
    static const char *const orig_names[] = {"__stdin__", "__stdout__", "__stderr__"};
    for (int fd = 0; fd < 3; fd++) {
        WfValue s = wf_io_std_stream(fd);
        if (!s) goto error;
        if (wf_module_set(m, stream_names[fd], s) < 0 || wf_module_set(m, orig_names[fd], s) < 0) {
            wf_decref(s);
            goto error;
        }
        wf_decref(s);
    }

    WfValue vi[5] = {wf_int_from_i64(3), wf_int_from_i64(11), wf_int_from_i64(0),
                     wf_str_from_cstr("final"), wf_int_from_i64(0)};
    WfValue version_info = wf_structseq_new_steal(&version_info_type, vi);
    if (wf_module_set(m, "version_info", version_info) < 0) { wf_xdecref(version_info); goto error; }
    if (wf_module_set_steal(m, "version",
                            wf_str_from_cstr("3.11.0 (weft " WEFT_VERSION ") [GCC " __VERSION__ "]")) < 0) {
        wf_decref(version_info);
        goto error;
    }
    // sys.implementation: a namespace-like module object.
    WfValue impl = wf_module_new("implementation");
    if (!impl) { wf_decref(version_info); goto error; }
    if (wf_module_set_steal(impl, "name", wf_str_from_cstr("weft")) < 0 ||
        wf_module_set(impl, "version", version_info) < 0 ||
        wf_module_set_steal(impl, "cache_tag", wf_newref(WF_NONE)) < 0 ||
        wf_module_set_steal(impl, "hexversion", wf_int_from_i64(0x000100f0)) < 0) {
        wf_decref(impl);
        wf_decref(version_info);
        goto error;
    }
    wf_decref(version_info);
    if (wf_module_set_steal(m, "implementation", impl) < 0) goto error;

    WfValue fi[11] = {wf_float_new(DBL_MAX), wf_int_from_i64(DBL_MAX_EXP), wf_int_from_i64(DBL_MAX_10_EXP),
                      wf_float_new(DBL_MIN), wf_int_from_i64(DBL_MIN_EXP), wf_int_from_i64(DBL_MIN_10_EXP),
                      wf_int_from_i64(DBL_DIG), wf_int_from_i64(DBL_MANT_DIG), wf_float_new(DBL_EPSILON),
                      wf_int_from_i64(FLT_RADIX), wf_int_from_i64(1)};
    if (wf_module_set_steal(m, "float_info", wf_structseq_new_steal(&float_info_type, fi)) < 0) goto error;
    WfValue fl[18];
    for (int i = 0; i < 18; i++) fl[i] = wf_int_from_i64(0);
    fl[4] = wf_int_from_i64(1);        // dont_write_bytecode
    fl[11] = wf_int_from_i64(1);       // hash_randomization
    fl[13] = wf_newref(WF_FALSE);      // dev_mode
    fl[16] = wf_newref(WF_FALSE);      // safe_path
    fl[17] = wf_int_from_i64(-1);      // int_max_str_digits
    if (wf_module_set_steal(m, "flags", wf_structseq_new_steal(&flags_type, fl)) < 0) goto error;
    WfValue hi[9] = {wf_int_from_i64(64), wf_int_from_i64((int64_t)((1ULL << 61) - 1)), wf_int_from_i64(314159),
                     wf_int_from_i64(0), wf_int_from_i64(1000003), wf_str_from_cstr("siphash13"),
                     wf_int_from_i64(64), wf_int_from_i64(128), wf_int_from_i64(0)};
    if (wf_module_set_steal(m, "hash_info", wf_structseq_new_steal(&hash_info_type, hi)) < 0) goto error;
    // CPython's values (30-bit digits), though Weft's big ints are GMP limbs.
    WfValue ii[4] = {wf_int_from_i64(30), wf_int_from_i64(4), wf_int_from_i64(4300), wf_int_from_i64(640)};
    if (wf_module_set_steal(m, "int_info", wf_structseq_new_steal(&int_info_type, ii)) < 0) goto error;

    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = '\0';
    WfValue names = wf_list_new(0);
    if (!names) goto error;
    for (const WfNativeModule *nm = wf_native_modules; nm->name; nm++) {
        if (path_append(names, nm->name, strlen(nm->name)) < 0) { wf_decref(names); goto error; }
    }
    if (wf_list_sort(names, WF_NULL, false) < 0) { wf_decref(names); goto error; }
    WfValue bnames = wf_list_as_tuple(names);
    wf_decref(names);
    if (wf_module_set_steal(m, "builtin_module_names", bnames) < 0 ||
        wf_module_set_steal(m, "platform", wf_str_from_cstr("linux")) < 0 ||
        wf_module_set_steal(m, "byteorder", wf_str_from_cstr(
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                                "little"
#else
                                "big"
#endif
                                )) < 0 ||
        wf_module_set_steal(m, "maxsize", wf_int_from_i64(INT64_MAX)) < 0 ||
        wf_module_set_steal(m, "maxunicode", wf_int_from_i64(0x10ffff)) < 0 ||
        wf_module_set_steal(m, "hexversion", wf_int_from_i64(0x030b00f0)) < 0 ||
        wf_module_set_steal(m, "api_version", wf_int_from_i64(1013)) < 0 ||
        wf_module_set_steal(m, "executable", wf_str_from_cstr(exe)) < 0 ||
        wf_module_set_steal(m, "_base_executable", wf_str_from_cstr(exe)) < 0 ||
        wf_module_set_steal(m, "prefix", str_or_none("/usr/local")) < 0 ||
        wf_module_set_steal(m, "exec_prefix", str_or_none("/usr/local")) < 0 ||
        wf_module_set_steal(m, "base_prefix", str_or_none("/usr/local")) < 0 ||
        wf_module_set_steal(m, "copyright", str_or_none("Weft: see README.md")) < 0 ||
        wf_module_set_steal(m, "meta_path", wf_list_new(0)) < 0 ||
        wf_module_set_steal(m, "path_hooks", wf_list_new(0)) < 0 ||
        wf_module_set_steal(m, "path_importer_cache", wf_dict_new()) < 0 ||
        wf_module_set_steal(m, "warnoptions", wf_list_new(0)) < 0 ||
        wf_module_set(m, "dont_write_bytecode", WF_TRUE) < 0 ||
        wf_module_set_steal(m, "float_repr_style", wf_str_from_cstr("short")) < 0 ||
        wf_module_set_steal(m, "abiflags", wf_str_from_cstr("")) < 0)
        goto error;

    wf_interp.sys = wf_newref(m);
    if (wf_dict_set_cstr(wf_interp.modules, "sys", m) < 0) goto error;
    WfValue b = wf_builtins_module_init();
    if (!b) goto error;
    int r = wf_dict_set_cstr(wf_interp.modules, "builtins", b);
    wf_decref(b);
    if (r < 0) goto error;
    return m;
error:
    wf_decref(m);
    return WF_NULL;
}
