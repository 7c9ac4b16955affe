// main.c — the `weft` command line: weft script.py [args], -c CODE, -m MOD,
// -, --dis FILE, --version, --help, and the REPL when stdin is a terminal
// or with -i (after the script, in its globals).
// The interpreter runs in a thread with a 256 MB stack (so deep recursion
// through C — __repr__, __eq__ — hits RecursionError long before the C stack
// ends, even under ASan); the process's first thread only waits for it.
// Exit statuses follow CPython: 0, 1 for an uncaught exception, SystemExit's
// code, 130 after KeyboardInterrupt, 2 for command-line errors.
// GIL rule: the interpreter thread runs Weft code; main() touches nothing.
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/gen.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "stdlib/modules.h"
#include "vm/code.h"
#include "vm/compiler.h"
#include "vm/disasm.h"
#include "vm/eval.h"
#include "vm/eval_ext.h"
#include "vm/import.h"
#include "vm/import_ext.h"
#include "vm/repl.h"
#include "vm/signals.h"
#include "stdlib/native_inits.h"
#include "vm/gil.h"
#include "vm/traceback.h"
#include "vm/tstate.h"

#define WEFT_VERSION_STRING "Weft 0.1.0"
#define INTERP_STACK_SIZE ((size_t)256 * 1024 * 1024)

static const char usage_text[] =
    "usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd     : program passed in as string (terminates option list)\n"
    "-m mod     : run library module as a script (terminates option list)\n"
    "-h, --help : print this help message and exit\n"
    "-i         : inspect interactively after running script (or -c/-m); forces\n"
    "             the prompt even if stdin does not appear to be a terminal\n"
    "-V, --version : print the Weft version number and exit\n"
    "--dis file : print the bytecode of file and exit\n"
    "--switch-interval S : GIL switch interval in seconds (default 0.005; 0 = stress:\n"
    "             request a switch at every instruction)\n"
    "--gil=interval|ticks : GIL policy: forced switching after the interval (default),\n"
    "             or release every N instructions with no forced switching (pre-3.2)\n"
    "--check-interval N : instructions between releases under --gil=ticks (default 100)\n"
    "--gil-checks=instruction|branches : honour drop requests at every instruction\n"
    "             (default) or only at backward jumps and calls (as CPython 3.10+)\n"
    "--gil-stats : print per-thread GIL statistics at exit\n"
    "--gil-trace FILE : write a Chrome trace (Perfetto, chrome://tracing) of GIL holds\n"
    "-u, -B, -E, -s, -S, -O, -I : accepted for compatibility, no effect\n"
    "file       : program read from script file (.py or .wf)\n"
    "-          : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...    : arguments passed to program in sys.argv[1:]\n"
    "\n"
    "Environment variables:\n"
    "WEFTPATH   : ':'-separated list of directories prefixed to the module search path\n"
    "WEFT_SWITCH_INTERVAL : default for --switch-interval\n";

typedef struct Args {
    int argc;
    char **argv;
    int status;
} Args;

// ---- exit handling --------------------------------------------------------------------------

// Flushes sys.stdout and sys.stderr (errors are ignored, as at CPython's exit).
static void flush_std_streams(void) {
    if (!wf_interp.sys) return;
    static const char *const names[] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        WfValue saved = wf_err_fetch();
        WfValue s = WF_NULL;
        if (wf_getattr_opt(wf_interp.sys, wf_str_intern(names[i]), &s) > 0 && s != WF_NONE) {
            WfValue r = wf_call_method(s, "flush", NULL, 0);
            wf_xdecref(r);
        }
        wf_xdecref(s);
        wf_err_clear();
        wf_err_restore_steal(saved);
    }
    fflush(stdout);
    fflush(stderr);
}

// The exit status for a pending SystemExit (which is consumed).
static int system_exit_status(void) {
    WfValue exc = wf_err_fetch();
    WfValue code = WF_NULL;
    int status = 0;
    if (exc && wf_getattr_opt(exc, WF_ID(code), &code) < 0) wf_err_clear();
    if (!code || code == WF_NONE) {
        status = 0;
    } else if (wf_is_int(code)) {
        int64_t n = 0;
        if (wf_int_to_i64(code, &n) < 0) {
            wf_err_clear();
            n = -1;
        }
        status = (int)(n & 0xff);
    } else {
        flush_std_streams();
        WfValue s = wf_str(code);
        if (s) fprintf(stderr, "%s\n", wf_str_cstr(s));
        else wf_err_clear();
        wf_xdecref(s);
        status = 1;
    }
    wf_xdecref(code);
    wf_xdecref(exc);
    return status;
}

// Set when an uncaught KeyboardInterrupt ended the program: as CPython, the
// process then ends by SIGINT (the shell sees 130 and stops a script's loop).
static bool exit_by_sigint;

// Reports the pending exception of a failed run. Returns the exit status.
static int handle_uncaught(void) {
    if (wf_err_matches(wf_SystemExit)) return system_exit_status();
    bool interrupted = wf_err_matches(wf_KeyboardInterrupt);
    flush_std_streams();
    wf_err_print();
    if (wf_err_matches(wf_SystemExit)) return system_exit_status();   // raised by an excepthook
    wf_err_clear();
    if (interrupted) exit_by_sigint = true;
    return interrupted ? 130 : 1;
}

// Ends the process by SIGINT with its default action (after an uncaught
// KeyboardInterrupt); returns only if that fails.
static void die_by_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGINT, &sa, NULL) < 0) return;
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &only, NULL);
    raise(SIGINT);
}

// threading._shutdown(): joins the non-daemon threads when threading was imported.
static int shutdown_threads(void) {
    if (!wf_interp.modules) return 0;
    WfValue threading = WF_NULL;
    if (wf_dict_get_cstr_ref(wf_interp.modules, "threading", &threading) <= 0) {
        wf_err_clear();
        return 0;
    }
    WfValue fn = WF_NULL;
    int r = wf_getattr_opt(threading, WF_ID(_shutdown), &fn);
    wf_decref(threading);
    if (r <= 0) {
        wf_err_clear();
        return 0;
    }
    WfValue res = wf_call0(fn);
    wf_decref(fn);
    if (!res) return -1;
    wf_decref(res);
    return 0;
}

// ---- running code ---------------------------------------------------------------------------

static char *read_all(FILE *fp, size_t *len) {
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf) return NULL;
    for (;;) {
        if (n == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (got == 0) break;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

// The __main__ module's dict (creating the module). Borrowed.
static WfValue main_dict(void) {
    if (!wf_interp.main_module) {
        WfValue m = wf_module_new("__main__");
        if (!m) return WF_NULL;
        WfValue d = wf_module_dict(m);
        WfValue bmod = WF_NULL;
        if (wf_interp.modules && wf_dict_get_cstr_ref(wf_interp.modules, "builtins", &bmod) > 0) {
            int r = wf_dict_set_cstr(d, "__builtins__", bmod);
            wf_decref(bmod);
            if (r < 0) {
                wf_decref(m);
                return WF_NULL;
            }
        }
        if (wf_interp.modules && wf_dict_set_cstr(wf_interp.modules, "__main__", m) < 0) {
            wf_decref(m);
            return WF_NULL;
        }
        wf_interp.main_module = m;
    }
    return wf_module_dict(wf_interp.main_module);
}

// Runs a compiled module body in __main__; a top-level await runs under asyncio.run.
// Returns 0, or -1 with the exception pending.
static int run_code_in_main(WfValue code) {
    WfValue d = main_dict();
    if (!d) return -1;
    WfValue r = wf_eval_code(code, d, d);
    if (r && (((WfCode *)code)->flags & WF_CO_COROUTINE)) {
        WfValue asyncio = wf_import_cstr("asyncio");
        if (!asyncio) {
            wf_decref(r);
            if (wf_err_matches(wf_ImportError)) {
                wf_err_clear();
                wf_err_set_str(wf_RuntimeError, "top-level await requires asyncio");
            }
            return -1;
        }
        WfValue run = wf_getattr_cstr(asyncio, "run");
        WfValue v = run ? wf_call1(run, r) : WF_NULL;
        wf_xdecref(run);
        wf_decref(asyncio);
        wf_decref(r);
        r = v;
    }
    if (!r) return -1;
    wf_decref(r);
    return 0;
}

static int run_source(const char *src, size_t len, const char *filename) {
    WfValue code = wf_compile_source(src, len, filename, WF_COMPILE_FILE, WF_COMPILE_TOPLEVEL_AWAIT, NULL);
    if (!code) return -1;
    int r = run_code_in_main(code);
    wf_decref(code);
    return r;
}

// "weft: can't open file '/abs/x.py': [Errno 2] No such file or directory" (exit 2).
static int cant_open(const char *path, int err) {
    char cwd[4096];
    if (path[0] != '/' && getcwd(cwd, sizeof cwd))
        fprintf(stderr, "weft: can't open file '%s/%s': [Errno %d] %s\n", cwd, path, err, strerror(err));
    else
        fprintf(stderr, "weft: can't open file '%s': [Errno %d] %s\n", path, err, strerror(err));
    return 2;
}

// CPython 3.9+ runs a script under its absolute path (os.path.abspath: the
// current directory joined and "." / ".." folded, symlinks kept). malloc'd.
static char *abs_path(const char *path) {
    char cwd[4096];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd)) return strdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *joined = malloc(n);
    char *out = malloc(n);
    if (!joined || !out) {
        free(joined);
        free(out);
        return NULL;
    }
    snprintf(joined, n, "%s/%s", cwd, path);
    size_t len = 0;
    char *save = NULL;
    for (char *part = strtok_r(joined, "/", &save); part; part = strtok_r(NULL, "/", &save)) {
        if (strcmp(part, ".") == 0) continue;
        if (strcmp(part, "..") == 0) {
            while (len > 0 && out[len - 1] != '/') len--;
            if (len > 0) len--;
            continue;
        }
        out[len++] = '/';
        size_t pl = strlen(part);
        memcpy(out + len, part, pl);
        len += pl;
    }
    if (len == 0) out[len++] = '/';
    out[len] = '\0';
    free(joined);
    return out;
}

static int run_disasm(const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return cant_open(path, errno);
    size_t len;
    char *src = read_all(fp, &len);
    fclose(fp);
    if (!src) {
        wf_err_no_memory();
        return handle_uncaught();
    }
    WfValue code = wf_compile_source(src, len, path, WF_COMPILE_FILE, WF_COMPILE_TOPLEVEL_AWAIT, NULL);
    free(src);
    if (!code) return handle_uncaught();
    wf_disasm(stdout, code);
    wf_decref(code);
    fflush(stdout);
    return 0;
}

// ---- start-up -------------------------------------------------------------------------------

static int init_runtime(void) {
    if (wf_tstate_init_main() < 0) {
        fprintf(stderr, "weft: out of memory\n");
        return -1;
    }
    wf_gil_init();   // from here on this thread holds the GIL
    if (wf_runtime_init() < 0) goto fail;
    if (wf_gen_init_types() < 0) goto fail;
    if (wf_type_ready(&wf_frame_type) < 0) goto fail;
    WfValue b = wf_builtins_module_init();
    if (!b) goto fail;
    if (!wf_interp.builtins) wf_interp.builtins = wf_newref(wf_module_dict(b));
    wf_decref(b);
    WfValue sys = wf_sys_module_init();
    if (!sys) goto fail;
    wf_decref(sys);
    if (wf_signals_init() < 0) {
        // Not fatal: Ctrl-C then keeps its default action.
    }
    return 0;
fail:
    fprintf(stderr, "weft: fatal error during start-up\n");
    if (wf_err_occurred()) wf_err_print();
    return -1;
}

static bool is_noop_flag(const char *a) {
    return strcmp(a, "-u") == 0 || strcmp(a, "-B") == 0 || strcmp(a, "-E") == 0 || strcmp(a, "-s") == 0 ||
           strcmp(a, "-S") == 0 || strcmp(a, "-O") == 0 || strcmp(a, "-OO") == 0 || strcmp(a, "-I") == 0 ||
           strcmp(a, "-q") == 0;
}

// weft -m NAME when NAME (or a parent package) does not exist: CPython prints
// "python: No module named NAME" without a traceback. Consumes the exception.
static bool module_not_found(const char *name) {
    if (!wf_err_matches(wf_ModuleNotFoundError)) return false;
    WfValue exc = wf_err_peek();
    WfValue msg = wf_exc_message(exc);
    bool match = false;
    if (msg && wf_is_str(msg)) {
        const char *m = wf_str_cstr(msg);
        const char *prefix = "No module named '";
        size_t pl = strlen(prefix), ml = strlen(m);
        if (strncmp(m, prefix, pl) == 0 && ml > pl + 1 && m[ml - 1] == '\'') {
            size_t nl = ml - pl - 1;
            // The missing module is NAME itself or one of its parent packages.
            match = strncmp(name, m + pl, nl) == 0 && (name[nl] == '\0' || name[nl] == '.');
        }
    }
    wf_xdecref(msg);
    if (!match) return false;
    wf_err_clear();
    fflush(stdout);
    fprintf(stderr, "weft: No module named %s\n", name);
    return true;
}

// ---- GIL options ----------------------------------------------------------------------------

static bool gil_stats_at_exit;
static bool gil_trace_on;

// Applies a switch interval given on the command line or in the environment
// ([what] names it in messages). 0 means stress mode. 0 ok, -1 bad value.
static int apply_switch_interval(const char *text, const char *what) {
    char *end;
    double s = strtod(text, &end);
    if (end == text || *end != '\0' || !(s >= 0)) {
        fprintf(stderr, "weft: %s: invalid switch interval '%s' (seconds, >= 0)\n", what, text);
        return -1;
    }
    if (s == 0) wf_gil_set_stress(true);
    else wf_gil_set_switch_interval(s);
    return 0;
}

// The value of option [name] at argv[*i]: "--name=VALUE" or "--name VALUE"
// (advancing *i). NULL when argv[*i] is not that option.
static const char *option_value(int argc, char **argv, int *i, const char *name) {
    size_t n = strlen(name);
    const char *a = argv[*i];
    if (strncmp(a, name, n) != 0) return NULL;
    if (a[n] == '=') return a + n + 1;
    if (a[n] == '\0' && *i + 1 < argc) return argv[++*i];
    return NULL;
}

// Consumes one GIL option at argv[*i]: 1 consumed, 0 not a GIL option, -1 error.
static int parse_gil_option(int argc, char **argv, int *i) {
    const char *v;
    if (strcmp(argv[*i], "--gil-stats") == 0) {
        gil_stats_at_exit = true;
        return 1;
    }
    if ((v = option_value(argc, argv, i, "--switch-interval")))
        return apply_switch_interval(v, "--switch-interval") < 0 ? -1 : 1;
    if ((v = option_value(argc, argv, i, "--check-interval"))) {
        char *end;
        long n = strtol(v, &end, 10);
        if (end == v || *end || n < 1) {
            fprintf(stderr, "weft: --check-interval: expected a positive number, got '%s'\n", v);
            return -1;
        }
        wf_gil_set_check_interval(n);
        return 1;
    }
    if ((v = option_value(argc, argv, i, "--gil-checks"))) {
        if (strcmp(v, "instruction") == 0) wf_gil_set_checks(WF_GIL_CHECKS_EVERY_INSTRUCTION);
        else if (strcmp(v, "branches") == 0) wf_gil_set_checks(WF_GIL_CHECKS_BRANCHES);
        else {
            fprintf(stderr, "weft: --gil-checks: expected 'instruction' or 'branches', got '%s'\n", v);
            return -1;
        }
        return 1;
    }
    if ((v = option_value(argc, argv, i, "--gil-trace"))) {
        if (wf_gil_trace_start(v) < 0) {
            fprintf(stderr, "weft: --gil-trace: can't open '%s': %s\n", v, strerror(errno));
            return -1;
        }
        gil_trace_on = true;
        return 1;
    }
    if ((v = option_value(argc, argv, i, "--gil"))) {
        if (strcmp(v, "interval") == 0) wf_gil_set_policy(WF_GIL_POLICY_INTERVAL);
        else if (strcmp(v, "ticks") == 0) wf_gil_set_policy(WF_GIL_POLICY_TICKS);
        else {
            fprintf(stderr, "weft: --gil: expected 'interval' or 'ticks', got '%s'\n", v);
            return -1;
        }
        return 1;
    }
    return 0;
}

// What --gil-stats and --gil-trace produce, once every thread is done.
static void gil_report_at_exit(void) {
    if (gil_trace_on) wf_gil_trace_finish();
    if (gil_stats_at_exit) {
        fflush(stdout);
        wf_gil_stats_print(stderr);
        fflush(stderr);
    }
}

static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, fmt, arg);
    fputs("usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
          "Try `weft -h' for more information.\n",
          stderr);
    return 2;
}

static int weft_main(int argc, char **argv) {
    int i = 1;
    bool inspect = false;   // -i: the REPL after the script, whatever stdin is
    const char *env_interval = getenv("WEFT_SWITCH_INTERVAL");
    if (env_interval && *env_interval && apply_switch_interval(env_interval, "WEFT_SWITCH_INTERVAL") < 0)
        return 2;
    // Options that need no interpreter.
    for (; i < argc; i++) {
        const char *a = argv[i];
        int g = parse_gil_option(argc, argv, &i);
        if (g < 0) return 2;
        if (g > 0) continue;
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("%s\n", WEFT_VERSION_STRING);
            return 0;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0) {
            fputs(usage_text, stdout);
            return 0;
        }
        if (is_noop_flag(a)) continue;
        if (strcmp(a, "-i") == 0) {
            inspect = true;
            continue;
        }
        break;
    }
    if (i < argc && argv[i][0] == '-' && argv[i][1] != '\0' && strcmp(argv[i], "-c") != 0 &&
        strcmp(argv[i], "-m") != 0 && strcmp(argv[i], "--dis") != 0) {
        return usage_error("unknown option %s\n", argv[i]);
    }
    if (i < argc && (strcmp(argv[i], "-c") == 0 || strcmp(argv[i], "-m") == 0 || strcmp(argv[i], "--dis") == 0) &&
        i + 1 >= argc) {
        return usage_error("Argument expected for the %s option\n", argv[i]);
    }
    if (init_runtime() < 0) return 1;

    int status = 0, r = 0;
    if (i < argc && strcmp(argv[i], "--dis") == 0) {
        status = run_disasm(argv[i + 1]);
        flush_std_streams();
        return status;
    }
    if (i < argc && strcmp(argv[i], "-c") == 0) {
        const char *src = argv[i + 1];
        argv[i + 1] = (char *)"-c";
        if (wf_sys_set_argv(argc - (i + 1), argv + i + 1) < 0) return handle_uncaught();
        r = run_source(src, strlen(src), "<string>");
    } else if (i < argc && strcmp(argv[i], "-m") == 0) {
        const char *mod = argv[i + 1];
        argv[i + 1] = (char *)"-m";
        if (wf_sys_set_argv(argc - (i + 1), argv + i + 1) < 0) return handle_uncaught();
        WfValue m = wf_run_module_as_main(mod);
        if (m) {
            wf_decref(m);
        } else if (module_not_found(mod)) {
            status = 1;
            goto finish;
        } else {
            r = -1;
        }
    } else if (i < argc && strcmp(argv[i], "-") != 0) {
        const char *path = argv[i];
        FILE *fp = fopen(path, "rb");
        if (!fp) return cant_open(path, errno);
        fclose(fp);
        if (wf_sys_set_argv(argc - i, argv + i) < 0) return handle_uncaught();
        char *abs = abs_path(path);
        WfValue m = wf_run_file_as_module(abs ? abs : path, "__main__");
        free(abs);
        if (m) wf_decref(m);
        else r = -1;
    } else if ((i < argc && !inspect) || (i == argc && !inspect && !isatty(STDIN_FILENO))) {
        // "-" or piped stdin: run it as a script named <stdin>.
        char dash[] = "-", empty[] = "";
        char *one[1] = {i < argc ? dash : empty};
        if (i < argc) {
            if (wf_sys_set_argv(argc - i, argv + i) < 0) return handle_uncaught();
        } else if (wf_sys_set_argv(1, one) < 0) {
            return handle_uncaught();
        }
        size_t len;
        char *src = read_all(stdin, &len);
        if (!src) {
            wf_err_no_memory();
            return handle_uncaught();
        }
        r = run_source(src, len, "<stdin>");
        free(src);
    } else {
        char empty[] = "";
        char *one[1] = {empty};
        if (i < argc) one[0] = argv[i];   // weft -i -
        if (wf_sys_set_argv(1, one) < 0) return handle_uncaught();
        inspect = false;
        status = wf_repl_run();
        if (wf_err_occurred()) status = handle_uncaught();
    }
    if (r < 0 && !inspect) status = handle_uncaught();
    if (inspect) {
        // weft -i script: the REPL in the script's globals, whatever the script
        // did (CPython prints even a SystemExit's traceback, then goes on).
        if (r < 0 && wf_err_occurred()) {
            flush_std_streams();
            if (wf_err_matches(wf_SystemExit)) {
                WfValue exc = wf_err_fetch();   // wf_err_print leaves SystemExit pending
                wf_traceback_print(exc, stderr);
                wf_decref(exc);
                fflush(stderr);
            } else {
                wf_err_print();
            }
            wf_err_clear();
        }
        status = wf_repl_run();
        if (wf_err_occurred()) status = handle_uncaught();
    }
finish:
    if (shutdown_threads() < 0) {
        int s = handle_uncaught();
        if (status == 0) status = s;
    }
    wf_atexit_run();
    // From here on daemon threads never run again (they park in wf_gil_take).
    if (wf_ts()) wf_gil_set_finalizing(wf_ts());
    flush_std_streams();
    gil_report_at_exit();
    return status;
}

// ---- the interpreter thread -----------------------------------------------------------------

static void *interp_thread(void *arg) {
    Args *a = arg;
    a->status = weft_main(a->argc, a->argv);
    return NULL;
}

int main(int argc, char **argv) {
    wf_interp.argv0 = argv[0];
    Args a = {argc, argv, 0};
    pthread_attr_t attr;
    pthread_t tid;
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, INTERP_STACK_SIZE) == 0 &&
        pthread_create(&tid, &attr, interp_thread, &a) == 0) {
        pthread_attr_destroy(&attr);
        // Signals go to the interpreter's threads: this one only waits.
        sigset_t all;
        sigfillset(&all);
        pthread_sigmask(SIG_BLOCK, &all, NULL);
        pthread_join(tid, NULL);
    } else {
        // No big stack available: run here (deep C recursion is then bounded by
        // the recursion guard's measurement of this smaller stack).
        interp_thread(&a);
    }
    fflush(stdout);
    fflush(stderr);
    if (exit_by_sigint && a.status == 130) die_by_sigint();
    return a.status;
}
