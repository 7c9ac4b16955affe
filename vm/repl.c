// repl.c — the interactive loop: GNU readline (history saved in
// ~/.weft_history, tab completion of names and dotted attributes), ">>> " and
// "... " prompts, multi-line blocks ended by a blank line, expression values
// echoed and kept in builtins._ (the compiler's PRINT_EXPR does both).
//
// Ctrl-C while typing discards the line and prints "KeyboardInterrupt", as
// CPython does; Ctrl-C while code runs raises KeyboardInterrupt in that code.
// Readline's callback interface is used so a signal never needs a longjmp.
// With stdin not a terminal (tests, pipes) lines come from stdio and the
// prompts go to stderr, as with `python3 -i`.
#include "vm/repl.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "vm/code.h"
#include "vm/compiler.h"
#include "vm/eval.h"
#include "vm/import.h"
#include "vm/tstate.h"

#define HISTORY_LINES 1000

static volatile sig_atomic_t interrupted;
static char *pending_line;      // set by the readline callback; owned (malloc)
static bool got_line, got_eof;
static WfValue completion_globals;   // borrowed during a REPL session

static void on_sigint(int sig) {
    (void)sig;
    interrupted = 1;
}

static void on_line(char *line) {
    if (line == NULL) got_eof = true;
    pending_line = line;
    got_line = true;
    rl_callback_handler_remove();
}

// ---- tab completion ---------------------------------------------------------------

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield", NULL,
};

// Candidate names for the word being completed: a list of str (new reference).
// For "a.b.c" the object a.b is found by attribute lookups only (nothing is
// called except __getattr__ hooks), then its dir() supplies the names.
static WfValue completion_candidates(const char *text, size_t *prefix_len) {
    const char *dot = strrchr(text, '.');
    WfValue names = wf_list_new(0);
    if (!names) return WF_NULL;
    if (dot == NULL) {
        *prefix_len = 0;
        for (int i = 0; keywords[i]; i++) {
            WfValue k = wf_str_from_cstr(keywords[i]);
            if (!k || wf_list_append_steal(names, k) < 0) goto fail;
        }
        WfValue dicts[2] = {completion_globals, wf_interp.builtins};
        for (int d = 0; d < 2; d++) {
            size_t pos = 0;
            WfValue key;
            while (dicts[d] && wf_dict_next(dicts[d], &pos, &key, NULL))
                if (wf_is_str(key) && wf_list_append(names, key) < 0) goto fail;
        }
        return names;
    }
    // Resolve the dotted prefix.
    *prefix_len = (size_t)(dot - text) + 1;
    char *path = strndup(text, (size_t)(dot - text));
    if (!path) goto fail;
    WfValue obj = WF_NULL;
    char *save = NULL;
    for (char *part = strtok_r(path, ".", &save); part; part = strtok_r(NULL, ".", &save)) {
        WfValue next = WF_NULL;
        if (obj == WF_NULL) {
            if (wf_dict_get_cstr_ref(completion_globals, part, &next) <= 0 &&
                wf_dict_get_cstr_ref(wf_interp.builtins, part, &next) <= 0)
                next = WF_NULL;
        } else {
            next = wf_getattr_cstr(obj, part);
            wf_decref(obj);
        }
        obj = next;
        if (!obj) break;
    }
    free(path);
    if (!obj) { wf_err_clear(); return names; }
    WfValue dir_fn = WF_NULL;
    if (wf_dict_get_cstr_ref(wf_interp.builtins, "dir", &dir_fn) > 0) {
        WfValue attrs = wf_call1(dir_fn, obj);
        wf_decref(dir_fn);
        if (attrs && wf_list_extend(names, attrs) < 0) wf_err_clear();
        wf_xdecref(attrs);
    }
    wf_decref(obj);
    wf_err_clear();
    return names;
fail:
    wf_decref(names);
    wf_err_clear();
    return WF_NULL;
}

static char *completion_generator(const char *text, int state) {
    static WfValue names;     // owned between calls of one completion
    static size_t index, prefix_len;
    if (state == 0) {
        wf_clear(&names);
        index = 0;
        names = completion_candidates(text, &prefix_len);
    }
    if (!names) return NULL;
    size_t want = strlen(text + prefix_len);
    while (index < WF_LIST_LEN(names)) {
        WfValue name = WF_LIST_ITEMS(names)[index++];
        const char *s = wf_str_cstr(name);
        if (strncmp(s, text + prefix_len, want) != 0) continue;
        if (want == 0 && s[0] == '_') continue;   // hide private names until asked
        size_t n = prefix_len + strlen(s);
        char *match = malloc(n + 1);
        if (!match) return NULL;
        memcpy(match, text, prefix_len);
        strcpy(match + prefix_len, s);
        return match;
    }
    wf_clear(&names);
    return NULL;
}

static char **complete(const char *text, int start, int end) {
    (void)start; (void)end;
    rl_attempted_completion_over = 1;   // no filename completion
    rl_completion_append_character = '\0';   // "print" then "(", not "print "
    return rl_completion_matches(text, completion_generator);
}

// ---- reading a line ---------------------------------------------------------------

// Reads one line with [prompt]. Returns a malloc'd string without the newline,
// NULL at EOF. Sets *was_interrupted when Ctrl-C discarded the line.
static char *read_line(const char *prompt, bool tty, bool *was_interrupted) {
    *was_interrupted = false;
    if (!tty) {
        fputs(prompt, stderr);
        fflush(stderr);
        char *line = NULL;
        size_t cap = 0;
        ssize_t n = getline(&line, &cap, stdin);
        if (n < 0) {
            free(line);
            fputc('\n', stderr);   // as CPython: the last prompt gets its newline
            fflush(stderr);
            return NULL;
        }
        if (n > 0 && line[n - 1] == '\n') line[n - 1] = '\0';
        return line;
    }
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;       // no SA_RESTART: select() returns EINTR
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old);
    interrupted = 0;
    got_line = got_eof = false;
    pending_line = NULL;
    rl_callback_handler_install(prompt, on_line);
    while (!got_line) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fileno(rl_instream ? rl_instream : stdin), &fds);
        int r = select(fileno(rl_instream ? rl_instream : stdin) + 1, &fds, NULL, NULL, NULL);
        if (r < 0 && errno == EINTR && interrupted) {
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_callback_handler_remove();
            fputs("\nKeyboardInterrupt\n", stdout);
            fflush(stdout);
            *was_interrupted = true;
            break;
        }
        if (r > 0) rl_callback_read_char();
    }
    sigaction(SIGINT, &old, NULL);
    if (*was_interrupted) return strdup("");
    if (got_eof) { fputc('\n', stdout); return NULL; }
    return pending_line;
}

// ---- compiling and running ----------------------------------------------------------

// A block is compound when its first line opens an indented suite (or is a
// decorator): such input needs a blank line to end, as in CPython.
static bool starts_compound(const char *first_line) {
    const char *end = first_line + strlen(first_line);
    const char *hash = strchr(first_line, '#');   // good enough: ':' inside strings is rare
    if (hash) end = hash;
    while (end > first_line && (end[-1] == ' ' || end[-1] == '\t')) end--;
    const char *p = first_line;
    while (*p == ' ' || *p == '\t') p++;
    return (end > first_line && end[-1] == ':') || *p == '@';
}

// True when [line] starts with a keyword that opens a compound statement.
static bool starts_with_block_keyword(const char *line) {
    static const char *const heads[] = {"def", "class", "if", "for", "while", "try", "with", "async", NULL};
    const char *p = line + strspn(line, " \t");
    for (int i = 0; heads[i]; i++) {
        size_t n = strlen(heads[i]);
        if (strncmp(p, heads[i], n) == 0 && (p[n] == ' ' || p[n] == '\t' || p[n] == '(' || p[n] == ':'))
            return true;
    }
    return false;
}

// Runs [code] in [globals]. Returns 0, or 1 with SystemExit pending.
static int run_code(WfValue code, WfValue globals) {
    WfValue result = wf_eval_code(code, globals, globals);
    if (result && (((WfCode *)code)->flags & WF_CO_COROUTINE)) {
        // Top-level await: drive the statement's coroutine on asyncio.
        WfValue asyncio = wf_import_cstr("asyncio");
        WfValue run = asyncio ? wf_getattr_cstr(asyncio, "run") : WF_NULL;
        WfValue value = run ? wf_call1(run, result) : WF_NULL;
        wf_xdecref(run);
        wf_xdecref(asyncio);
        wf_decref(result);
        result = value;
    }
    if (result) {
        wf_decref(result);
        return 0;
    }
    if (wf_err_matches(wf_SystemExit)) return 1;
    wf_err_print();
    return 0;
}

// The exit status SystemExit asks for (and clears it).
static int system_exit_status(void) {
    WfValue exc = wf_err_fetch();
    WfValue code = exc ? wf_getattr_cstr(exc, "code") : WF_NULL;
    int status = 0;
    if (!code) {
        wf_err_clear();
    } else if (code == WF_NONE) {
        status = 0;
    } else if (wf_is_int(code)) {
        int64_t n = -1;
        if (wf_int_to_i64(code, &n) < 0) wf_err_clear();
        status = (int)(n & 0xff);
    } else {
        fflush(stdout);
        WfValue s = wf_str(code);
        if (s) fprintf(stderr, "%s\n", wf_str_cstr(s));
        wf_xdecref(s);
        wf_err_clear();
        status = 1;
    }
    wf_xdecref(code);
    wf_xdecref(exc);
    return status;
}

static WfValue main_globals(void) {
    if (!wf_interp.main_module) {
        WfValue mod = wf_module_new("__main__");
        if (!mod) return WF_NULL;
        WfValue bmod = WF_NULL;
        if (wf_dict_get_cstr_ref(wf_interp.modules, "builtins", &bmod) > 0) {
            int r = wf_dict_set_cstr(wf_module_dict(mod), "__builtins__", bmod);
            wf_decref(bmod);
            if (r < 0) {
                wf_decref(mod);
                return WF_NULL;
            }
        }
        if (wf_dict_set_cstr(wf_interp.modules, "__main__", mod) < 0) {
            wf_decref(mod);
            return WF_NULL;
        }
        wf_interp.main_module = mod;
    }
    return wf_module_dict(wf_interp.main_module);
}

// True when the REPL is the whole session (sys.argv[0] is "" or "-"), not the
// -i epilogue of a script, -c or -m run.
static bool no_script(void) {
    WfValue argv = wf_interp.sys ? wf_getattr_cstr(wf_interp.sys, "argv") : WF_NULL;
    bool none = true;
    if (argv && wf_is_list(argv) && WF_LIST_LEN(argv) > 0 && wf_is_str(WF_LIST_ITEMS(argv)[0])) {
        const char *a0 = wf_str_cstr(WF_LIST_ITEMS(argv)[0]);
        none = a0[0] == '\0' || strcmp(a0, "-") == 0;
    }
    wf_xdecref(argv);
    wf_err_clear();
    return none;
}

static char *history_path(void) {
    const char *home = getenv("HOME");
    if (!home || !*home) return NULL;
    size_t n = strlen(home) + sizeof "/.weft_history";
    char *path = malloc(n);
    if (path) snprintf(path, n, "%s/.weft_history", home);
    return path;
}

int wf_repl_run(void) {
    bool tty = isatty(STDIN_FILENO);
    WfValue globals = main_globals();
    if (!globals) { wf_err_print(); return 1; }
    completion_globals = globals;

    char *hist = NULL;
    if (tty) {
        rl_readline_name = "weft";
        rl_attempted_completion_function = complete;
        rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(";
        hist = history_path();
        using_history();
        stifle_history(HISTORY_LINES);
        if (hist) read_history(hist);
    }
    if (no_script()) {
        // As CPython: the banner goes to stderr, and only when no script ran first.
        fputs("Weft 0.1.0 (Python 3.11 flavoured) on linux\n"
              "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
              stderr);
        fflush(stderr);
    }

    int status = 0;
    WfStrBuf src;
    for (;;) {
        bool was_interrupted;
        char *line = read_line(">>> ", tty, &was_interrupted);
        if (!line) break;
        if (was_interrupted || line[0] == '\0') { free(line); continue; }
        bool compound = starts_compound(line);
        bool keyword_head = starts_with_block_keyword(line);
        wf_strbuf_init(&src);
        wf_strbuf_append_cstr(&src, line);
        wf_strbuf_append_char(&src, '\n');
        if (tty && line[0]) add_history(line);
        free(line);

        // Each line is compiled as it comes, so an error shows at once (as in
        // CPython); a compound block that compiles still waits for its blank
        // line, since more of its suite may follow.
        WfValue code = WF_NULL;
        bool cancelled = false;
        for (;;) {
            int incomplete = 0;
            code = wf_compile_source(src.data, src.len, "<stdin>", WF_COMPILE_SINGLE,
                                     WF_COMPILE_TOPLEVEL_AWAIT, &incomplete);
            if (!code && !incomplete) break;    // a SyntaxError
            if (code && !compound) break;
            wf_clear(&code);
            wf_err_clear();
            char *more = read_line("... ", tty, &was_interrupted);
            if (!more) {
                // EOF: what was typed runs if it is complete, as in CPython.
                wf_strbuf_append_char(&src, '\n');
                code = wf_compile_source(src.data, src.len, "<stdin>", WF_COMPILE_SINGLE,
                                         WF_COMPILE_TOPLEVEL_AWAIT, &incomplete);
                break;
            }
            if (was_interrupted) { free(more); cancelled = true; break; }
            if (tty && more[0]) add_history(more);
            bool blank = more[strspn(more, " \t")] == '\0';
            if (blank && compound) {
                // A blank line ends a compound block: compile what we have.
                wf_strbuf_append_char(&src, '\n');
                free(more);
                code = wf_compile_source(src.data, src.len, "<stdin>", WF_COMPILE_SINGLE,
                                         WF_COMPILE_TOPLEVEL_AWAIT, &incomplete);
                if (code || !incomplete) break;
                wf_err_clear();
                continue;
            }
            // "def f(a,\n      b):" opens its suite on a later line.
            if (!compound && keyword_head && starts_compound(more)) compound = true;
            wf_strbuf_append_cstr(&src, more);
            wf_strbuf_append_char(&src, '\n');
            free(more);
        }
        wf_strbuf_free(&src);
        if (cancelled) { wf_err_clear(); continue; }
        if (!code) {
            wf_err_print();      // SyntaxError: report and go on
            continue;
        }
        int exiting = run_code(code, globals);
        wf_decref(code);
        fflush(stdout);
        if (exiting) { status = system_exit_status(); break; }
        // After an EOF inside a statement the next prompt reads EOF again and ends.
    }
    if (tty && hist) {
        write_history(hist);
        free(hist);
    }
    completion_globals = WF_NULL;
    return status;
}
