// test_compiler.c - C-level tests of the compiler, and a developer driver.
//   test_compiler                 self-test: compiles embedded programs, checks
//                                 code-object invariants (stack depth, exception
//                                 table, jump targets) and CPython's SyntaxError
//                                 messages/locations; prints "N passed, M failed".
//   test_compiler [-m exec|eval|single] [-a] FILE
//                                 prints the disassembly of FILE ("-": stdin), or
//                                 the SyntaxError as "Kind: msg (details)".
// Links with every object of the build except vm/main.o, e.g.
//   gcc -std=gnu11 -I. -D_GNU_SOURCE tests/c/test_compiler.c <objects without main.o>
//       -lgmp -lreadline -lffi -lpthread -lm -ldl -o test_compiler
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/compiler.h"
#include "vm/disasm.h"
#include "vm/opcodes.h"
#include "vm/tstate.h"

// ---------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------

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
        WfValue r = wf_repr(WF_TUPLE_GET(args, 1));
        printf("%s: %s %s\n", kind, wf_str_cstr(WF_TUPLE_GET(args, 0)), r ? wf_str_cstr(r) : "?");
        wf_xdecref(r);
    } else {
        WfValue r = wf_repr(exc);
        printf("%s: %s\n", kind, r ? wf_str_cstr(r) : "?");
        wf_xdecref(r);
    }
    wf_decref(exc);
}

static int drive(int argc, char **argv)
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
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    if (f != stdin)
        fclose(f);
    if (!buf)
        return 2;
    int incomplete = 0;
    WfValue code = wf_compile_source(buf, len, path, mode, flags, &incomplete);
    free(buf);
    if (!code) {
        print_error();
        if (incomplete)
            printf("(incomplete)\n");
        return 1;
    }
    wf_disasm(stdout, code);
    wf_decref(code);
    return 0;
}

// ---------------------------------------------------------------------------
// Self-test
// ---------------------------------------------------------------------------

static int passed, failed;

static void fail(const char *what, const char *src, const char *detail)
{
    failed++;
    printf("FAIL %s\n  source: %s\n  %s\n", what, src, detail);
}

static bool is_jump(int op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER;
}

// Structural invariants of [co] and its nested code objects; NULL if fine.
static const char *check_code(const WfCode *co)
{
    if (co->ninstrs == 0)
        return "no instructions";
    if (co->stacksize < 1)
        return "stacksize < 1";
    int last = (int)WF_INSTR_OP(co->instrs[co->ninstrs - 1]);
    if (last != OP_RETURN_VALUE && last != OP_RERAISE && last != OP_JUMP &&
        last != OP_RAISE_VARARGS)
        return "code can fall off its end";
    for (size_t i = 0; i < co->ninstrs; i++) {
        int op = (int)WF_INSTR_OP(co->instrs[i]);
        uint32_t arg = WF_INSTR_ARG(co->instrs[i]);
        if (op >= WF_OP_COUNT)
            return "bad opcode";
        if (is_jump(op) && arg >= co->ninstrs)
            return "jump out of range";
        if (op == OP_LOAD_CONST && arg >= WF_TUPLE_LEN(co->consts))
            return "const index out of range";
        if (op == OP_LOAD_FAST && arg >= (uint32_t)co->nlocals)
            return "local index out of range";
        if (op == OP_LOAD_DEREF && arg >= (uint32_t)(co->ncells + co->nfrees))
            return "cell index out of range";
        if (co->positions[i].line <= 0)
            return "instruction without a line";
    }
    for (size_t i = 0; i < co->nexc; i++) {
        const WfExcEntry *e = &co->exctable[i];
        if (e->start >= e->end || e->end > co->ninstrs || e->handler >= co->ninstrs)
            return "bad exception table entry";
        if ((int)e->depth + 1 > co->stacksize)
            return "handler depth exceeds stacksize";
        for (size_t j = i + 1; j < co->nexc; j++)
            if (co->exctable[j].start < e->end && e->start < co->exctable[j].end)
                return "overlapping exception table entries";
    }
    for (size_t i = 0; i < WF_TUPLE_LEN(co->consts); i++) {
        WfValue k = WF_TUPLE_GET(co->consts, i);
        if (wf_is_code(k)) {
            const char *r = check_code((const WfCode *)k);
            if (r)
                return r;
        }
    }
    return NULL;
}

static const WfCode *find_code(const WfCode *co, const char *name)
{
    if (strcmp(wf_str_cstr(co->name), name) == 0)
        return co;
    for (size_t i = 0; i < WF_TUPLE_LEN(co->consts); i++) {
        WfValue k = WF_TUPLE_GET(co->consts, i);
        if (wf_is_code(k)) {
            const WfCode *r = find_code((const WfCode *)k, name);
            if (r)
                return r;
        }
    }
    return NULL;
}

// Compiles [src]; checks invariants and, if [name] is given, that the code
// object [name] has exactly [flags] among the generator/coroutine flags.
static void ok_program(const char *src, const char *name, int flags)
{
    WfValue code = wf_compile_source(src, strlen(src), "<test>", WF_COMPILE_FILE, 0, NULL);
    if (!code) {
        WfValue exc = wf_err_fetch();
        WfValue r = exc ? wf_repr(exc) : WF_NULL;
        fail("compile", src, r ? wf_str_cstr(r) : "error");
        wf_xdecref(r);
        wf_xdecref(exc);
        wf_err_clear();
        return;
    }
    const char *why = check_code((const WfCode *)code);
    if (!why && name) {
        const WfCode *co = find_code((const WfCode *)code, name);
        int mask = WF_CO_GENERATOR | WF_CO_COROUTINE | WF_CO_ASYNC_GENERATOR;
        if (!co)
            why = "named code object not found";
        else if ((co->flags & mask) != flags)
            why = "wrong generator/coroutine flags";
    }
    if (why)
        fail("invariants", src, why);
    else
        passed++;
    wf_decref(code);
}

// Compiling [src] must raise SyntaxError [msg] at [line]:[offset] (1-based).
static void bad_program(const char *src, const char *msg, int line, int offset)
{
    WfValue code = wf_compile_source(src, strlen(src), "<test>", WF_COMPILE_FILE, 0, NULL);
    if (code) {
        wf_decref(code);
        fail("expected SyntaxError", src, msg);
        return;
    }
    WfValue exc = wf_err_fetch();
    char detail[512];
    WfValue args = exc ? ((WfException *)exc)->args : WF_NULL;
    if (!exc || !wf_is_exception(exc) || !args || WF_TUPLE_LEN(args) != 2 ||
        !wf_is_str(WF_TUPLE_GET(args, 0))) {
        fail("SyntaxError shape", src, msg);
        wf_xdecref(exc);
        return;
    }
    WfValue d = WF_TUPLE_GET(args, 1);
    int64_t l = 0, o = 0;
    if (wf_is_tuple(d) && WF_TUPLE_LEN(d) == 6) {
        wf_int_to_i64(WF_TUPLE_GET(d, 1), &l);
        wf_int_to_i64(WF_TUPLE_GET(d, 2), &o);
    }
    const char *got = wf_str_cstr(WF_TUPLE_GET(args, 0));
    if (strcmp(got, msg) != 0 || l != line || o != offset) {
        snprintf(detail, sizeof detail, "expected \"%s\" at %d:%d, got \"%s\" at %lld:%lld", msg,
                 line, offset, got, (long long)l, (long long)o);
        fail("SyntaxError", src, detail);
    } else {
        passed++;
    }
    wf_decref(exc);
}

static int self_test(void)
{
    // Valid programs: every construct, checked for structural invariants.
    ok_program("x = 1\nprint(x + 2)\n", NULL, 0);
    ok_program("def f(a, b=2, *args, c, d=4, **kw):\n    'doc'\n    def g():\n        return a + d\n"
               "    return g\n", "f", 0);
    ok_program("def g():\n    x = yield 1\n    yield from range(x)\n", "g", WF_CO_GENERATOR);
    ok_program("async def c():\n    async with a as b:\n        await b\n    async for i in b:\n"
               "        pass\n    return [x async for x in y]\n", "c", WF_CO_COROUTINE);
    ok_program("async def ag():\n    yield 1\n", "ag", WF_CO_ASYNC_GENERATOR);
    ok_program("g = (x for x in y)\n", "<genexpr>", WF_CO_GENERATOR);
    ok_program("async def f():\n    return (await x for x in y)\n", "<genexpr>",
               WF_CO_ASYNC_GENERATOR);
    ok_program("async def f():\n    return [[x async for x in y] for y in z]\n", "<listcomp>",
               WF_CO_COROUTINE);
    ok_program("class C(B, metaclass=M):\n    'doc'\n    x: int = 1\n    def m(self):\n"
               "        return super().m() + self.__p\n", NULL, 0);
    ok_program("def f():\n    for x in y:\n        try:\n            with a as b:\n"
               "                if x:\n                    return g(x)\n                if b:\n"
               "                    break\n                continue\n        finally:\n"
               "            cleanup()\n    try:\n        return 1\n    finally:\n        return 2\n",
               NULL, 0);
    ok_program("try:\n    a()\nexcept ValueError as e:\n    print(e)\nexcept:\n    pass\nelse:\n"
               "    b()\nfinally:\n    c()\n", NULL, 0);
    ok_program("try:\n    a()\nexcept* ValueError as e:\n    print(e)\nexcept* TypeError:\n"
               "    pass\n", NULL, 0);
    ok_program("a, *b, c = x\nx[1:2] += 3\no.attr *= 2\nprint(*a, **k, sep='')\n"
               "f'{x!r:>{w}} {y}'\nlambda q, *, r=1: q + r\n[i*j for i in r if i for j in r]\n"
               "{k: v for k, v in d}\nassert x, 'm'\nimport os.path as osp, sys\n"
               "from . import m\nfrom ..p import a as b, c\ndel a, b[0], c.d\n1 < x <= 3\n",
               NULL, 0);
    ok_program("def o():\n    x = 1\n    def m():\n        nonlocal x\n        x = 2\n"
               "        return lambda: x\n    class K:\n        x = 5\n        def f(self):\n"
               "            return x\n    return m, K\n", NULL, 0);
    ok_program("while a and b or not c:\n    x += 1\nelse:\n    y = [1, 2, 3]\n", NULL, 0);
    ok_program("from __future__ import annotations\ndef f(a: X) -> Y: pass\n", NULL, 0);

    // Errors: CPython 3.11's messages and locations.
    bad_program("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1);
    bad_program("class C:\n  nonlocal x\n", "no binding for nonlocal 'x' found", 2, 3);
    bad_program("def f():\n  x=1\n  global x\n",
                "name 'x' is assigned to before global declaration", 3, 3);
    bad_program("def f():\n  print(x)\n  global x\n",
                "name 'x' is used prior to global declaration", 3, 3);
    bad_program("def f(a,a): pass\n", "duplicate argument 'a' in function definition", 1, 9);
    bad_program("[(yield) for x in y]\n", "'yield' inside list comprehension", 1, 3);
    bad_program("def f(): [x:=1 for x in y]\n",
                "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 11);
    bad_program("from x import *\ndef f(): from x import *\n",
                "import * only allowed at module level", 2, 24);
    bad_program("x = yield\n", "'yield' outside function", 1, 5);
    bad_program("await x\n", "'await' outside function", 1, 1);
    bad_program("def f(): await x\n", "'await' outside async function", 1, 10);
    bad_program("async def f():\n  yield 1\n  return 2\n",
                "'return' with value in async generator", 3, 3);
    bad_program("return 5\n", "'return' outside function", 1, 1);
    bad_program("break\n", "'break' outside loop", 1, 1);
    bad_program("continue\n", "'continue' not properly in loop", 1, 1);
    bad_program("*a = 1\n", "starred assignment target must be in a list or tuple", 1, 1);
    bad_program("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1);
    bad_program("__debug__ = 1\n", "cannot assign to __debug__", 1, 1);
    bad_program("def f(): x = [1 async for x in y]\n",
                "asynchronous comprehension outside of an asynchronous function", 1, 14);
    bad_program("def f():\n  try:\n    pass\n  except* E:\n    return\n",
                "'break', 'continue' and 'return' cannot appear in an except* block", 5, 5);
    bad_program("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8);
    bad_program("async with x: pass\n", "'async with' outside async function", 1, 1);
    bad_program("import os\nfrom __future__ import annotations\n",
                "from __future__ imports must occur at the beginning of the file", 2, 1);

    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (wf_tstate_init_main() < 0 || wf_runtime_init() < 0) {
        fprintf(stderr, "runtime init failed\n");
        return 2;
    }
    if (argc > 1)
        return drive(argc, argv);
    return self_test();
}
