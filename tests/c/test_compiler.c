// test_compiler.c - developer driver for the compiler: compiles a .py/.wf
// file (or stdin with "-") and prints the disassembly, or the SyntaxError as
// "<Kind>: msg (line L, offset O, end E/EO)". Links with every object of the
// build except vm/main.o:
//   gcc -I. -D_GNU_SOURCE tests/c/test_compiler.c $(ls build/release/*/*.o | grep -v main.o)
//       -lgmp -lreadline -lffi -lpthread -lm -ldl -o /tmp/test_compiler
// Usage: test_compiler [-m exec|eval|single] [-a] FILE   (-a: allow top-level await)
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/compiler.h"
#include "vm/disasm.h"
#include "vm/tstate.h"

static void print_error(void)
{
    WfValue exc = wf_err_fetch();
    if (!exc) {
        printf("<NULL without exception>\n");
        return;
    }
    WfValue args = ((WfException *)exc)->args;
    const char *kind = wf_type_name(exc);
    if (args && wf_is_tuple(args) && WF_TUPLE_LEN(args) == 2 &&
        wf_is_str(WF_TUPLE_GET(args, 0)) && wf_is_tuple(WF_TUPLE_GET(args, 1))) {
        WfValue d = WF_TUPLE_GET(args, 1);
        WfValue r = wf_repr(d);
        printf("%s: %s %s\n", kind, wf_str_cstr(WF_TUPLE_GET(args, 0)), r ? wf_str_cstr(r) : "?");
        wf_xdecref(r);
    } else {
        WfValue r = wf_repr(exc);
        printf("%s: %s\n", kind, r ? wf_str_cstr(r) : "?");
        wf_xdecref(r);
    }
    wf_decref(exc);
}

int main(int argc, char **argv)
{
    int mode = WF_COMPILE_FILE, flags = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-m") == 0 && i + 1 < argc) {
            i++;
            mode = strcmp(argv[i], "eval") == 0 ? WF_COMPILE_EVAL
                   : strcmp(argv[i], "single") == 0 ? WF_COMPILE_SINGLE : WF_COMPILE_FILE;
        } else if (strcmp(argv[i], "-a") == 0) {
            flags |= WF_COMPILE_TOPLEVEL_AWAIT;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fprintf(stderr, "usage: %s [-m exec|eval|single] [-a] FILE\n", argv[0]);
        return 2;
    }
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    size_t cap = 1 << 16, len = 0, r;
    char *buf = malloc(cap);
    while (buf && (r = fread(buf + len, 1, cap - len, f)) > 0) {
        len += r;
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    if (!buf)
        return 2;
    // TC_NOINIT=1: only the thread state and exception classes (for debugging
    // while the rest of the runtime is incomplete).
    if (wf_tstate_init_main() < 0 ||
        (getenv("TC_NOINIT") ? wf_exc_init(wf_dict_new()) < 0 : wf_runtime_init() < 0)) {
        fprintf(stderr, "runtime init failed\n");
        return 2;
    }
    int incomplete = 0;
    WfValue code = wf_compile_source(buf, len, path, mode, flags, &incomplete);
    if (!code) {
        print_error();
        if (incomplete)
            printf("(incomplete)\n");
        return 1;
    }
    wf_disasm(stdout, code);
    wf_decref(code);
    free(buf);
    return 0;
}
