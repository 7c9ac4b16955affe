// test_vm.c — C-level tests of the VM: the chunked frame stack, argument
// binding (CPython's messages), the recursion guard, generators driven from
// C (send/throw/close), the eval breaker with a tripped SIGINT, and the
// inline caches staying correct when classes and globals change.
// Prints one line per failure and ends with "N passed, M failed".
// Links with every object of the build except vm/main.o, e.g.
//   gcc -std=gnu11 -I. -D_GNU_SOURCE tests/c/test_vm.c <objects without main.o>
//       -lgmp -lreadline -lffi -lpthread -lm -ldl -o test_vm
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/gen.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"
#include "vm/code.h"
#include "vm/compiler.h"
#include "vm/eval.h"
#include "vm/eval_ext.h"
#include "vm/frame_impl.h"
#include "vm/signals.h"
#include "vm/tstate.h"

static int passed, failed;

#define CHECK(cond, ...)                                  \
    do {                                                  \
        if (cond) {                                       \
            passed++;                                     \
        } else {                                          \
            failed++;                                     \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);   \
            printf(__VA_ARGS__);                          \
            printf("\n");                                 \
        }                                                 \
    } while (0)

static WfValue globals;

// Runs [src] as a module body in the shared globals. 0 ok, -1 error (left pending).
static int run(const char *src) {
    WfValue code = wf_compile_source(src, strlen(src), "<test>", WF_COMPILE_FILE, 0, NULL);
    if (!code) return -1;
    WfValue r = wf_eval_code(code, globals, globals);
    wf_decref(code);
    if (!r) return -1;
    wf_decref(r);
    return 0;
}

// The message of the pending exception (consumed), or "" if none. Static buffer.
static const char *take_error(const char **type) {
    static char buf[512];
    WfValue exc = wf_err_fetch();
    if (type) *type = exc ? wf_type_name(exc) : "";
    if (!exc) return "";
    WfValue msg = wf_exc_message(exc);
    snprintf(buf, sizeof buf, "%s", msg && wf_is_str(msg) ? wf_str_cstr(msg) : "?");
    wf_xdecref(msg);
    wf_decref(exc);
    wf_err_clear();
    return buf;
}

static WfValue global(const char *name) {
    WfValue v = WF_NULL;
    if (wf_dict_get_cstr_ref(globals, name, &v) <= 0) return WF_NULL;
    return v;   // new reference
}

static int64_t int_global(const char *name) {
    WfValue v = global(name);
    int64_t n = -999;
    if (v && wf_is_int(v)) wf_int_to_i64(v, &n);
    wf_xdecref(v);
    return n;
}

// ---- the frame stack --------------------------------------------------------------------

static void test_frame_stack(void) {
    WfThreadState *ts = wf_ts();
    WfThreadImpl *t = WF_THREAD_IMPL(ts);
    // Allocate more than one chunk's worth in small frames, then release LIFO.
    enum { N = 20000 };
    static WfFrame *frames[N];
    int ok = 1;
    for (int i = 0; i < N; i++) {
        frames[i] = wf_frame_alloc(ts, 7 + (size_t)(i % 5));
        if (!frames[i]) {
            ok = 0;
            for (int k = i - 1; k >= 0; k--) wf_frame_release(ts, frames[k]);
            break;
        }
        memset(frames[i], 0xab, (7 + (size_t)(i % 5)) * sizeof(WfValue));
    }
    CHECK(ok, "%d frames allocated", N);
    if (!ok) return;
    CHECK(t->chunk && t->chunk->prev, "more than one chunk in use");
    for (int i = N - 1; i >= 0; i--) wf_frame_release(ts, frames[i]);
    CHECK(t->chunk && !t->chunk->prev && t->top == t->chunk->data, "stack empty again");
    // A frame bigger than a chunk.
    WfFrame *big = wf_frame_alloc(ts, 200000);
    CHECK(big != NULL, "big frame");
    if (big) wf_frame_release(ts, big);
    CHECK(t->top == t->chunk->data, "big frame released");
}

// ---- argument binding -------------------------------------------------------------------

static void test_binding(void) {
    const char *type;
    CHECK(run("def f(a, b=2, *args, c, d=4, **kw):\n"
              "    return (a, b, args, c, d, sorted(kw))\n"
              "r = f(1, c=3)\n"
              "r2 = f(1, 2, 3, c=4, e=5)\n") == 0,
          "binding program runs: %s", take_error(NULL));
    static const struct { const char *src, *type, *msg; } cases[] = {
        {"def g(x): pass\ng()", "TypeError", "g() missing 1 required positional argument: 'x'"},
        {"def g(x, y): pass\ng(1, 2, 3)", "TypeError", "g() takes 2 positional arguments but 3 were given"},
        {"def g(x): pass\ng(1, z=2)", "TypeError", "g() got an unexpected keyword argument 'z'"},
        {"def g(x): pass\ng(1, x=2)", "TypeError", "g() got multiple values for argument 'x'"},
        {"def g(*, k): pass\ng()", "TypeError", "g() missing 1 required keyword-only argument: 'k'"},
        {"def g(a, b, c): pass\ng()", "TypeError", "g() missing 3 required positional arguments: 'a', 'b', and 'c'"},
        {"def g(a, /): pass\ng(a=1)", "TypeError",
         "g() got some positional-only arguments passed as keyword arguments: 'a'"},
        {"def g(a=1): pass\ng(1, 2)", "TypeError", "g() takes from 0 to 1 positional arguments but 2 were given"},
        {"class A:\n def m(self): pass\nA().m(1)", "TypeError", "A.m() takes 1 positional argument but 2 were given"},
        {"def g(**k): pass\ng(**{1: 2})", "TypeError", "keywords must be strings"},
        {"def g(): pass\ng(*1)", "TypeError", "__main__.g() argument after * must be an iterable, not int"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int r = run(cases[i].src);
        const char *msg = take_error(&type);
        CHECK(r < 0 && strcmp(type, cases[i].type) == 0 && strcmp(msg, cases[i].msg) == 0,
              "case %zu: got %s: %s", i, type, msg);
    }
}

// ---- calls from C -----------------------------------------------------------------------

static void test_call_from_c(void) {
    CHECK(run("def h(a, b=10, *, c=100):\n    return a + b + c\n") == 0, "def h");
    WfValue h = global("h");
    CHECK(h && wf_type(h) == &wf_function_type, "h is a function");
    if (!h) return;
    WfValue kw = wf_tuple_pack(1, wf_str_intern("c"));
    WfValue args[2] = {WF_FROM_SMALLINT(1), WF_FROM_SMALLINT(5)};
    WfValue r = wf_call(h, args, 1, kw);
    CHECK(r == WF_FROM_SMALLINT(16), "h(1, c=5) == 16");
    wf_xdecref(r);
    int depth = wf_ts()->depth;
    r = wf_call(h, args, 2, WF_NULL);
    CHECK(r == WF_FROM_SMALLINT(106), "h(1, 5) == 106");
    CHECK(wf_ts()->depth == depth && wf_ts()->frame == NULL, "depth and frame chain restored");
    wf_xdecref(r);
    wf_decref(kw);
    wf_decref(h);
}

// ---- recursion ---------------------------------------------------------------------------

static void test_recursion(void) {
    const char *type;
    int r = run("def down(n):\n    return down(n + 1)\ndown(0)\n");
    const char *msg = take_error(&type);
    CHECK(r < 0 && strcmp(type, "RecursionError") == 0 && strcmp(msg, "maximum recursion depth exceeded") == 0,
          "Weft recursion: %s: %s", type, msg);
    CHECK(wf_ts()->depth == 0 && wf_ts()->c_depth == 0, "depth back to 0 (%d, %d)", wf_ts()->depth,
          wf_ts()->c_depth);
    // Recursion through C (__repr__) with a huge limit: the C-stack fence stops it.
    int saved = wf_interp.recursion_limit;
    wf_interp.recursion_limit = 10000000;
    r = run("class R:\n    def __repr__(self):\n        return repr(self)\nrepr(R())\n");
    msg = take_error(&type);
    CHECK(r < 0 && strcmp(type, "RecursionError") == 0, "C recursion: %s: %s", type, msg);
    wf_interp.recursion_limit = saved;
    CHECK(wf_ts()->depth == 0 && wf_ts()->c_depth == 0, "depth back to 0 after C recursion");
    // wf_enter_recursive_call's own message.
    int n = 0;
    while (wf_enter_recursive_call(" in test") == 0) n++;
    while (n-- > 0) wf_leave_recursive_call();
    msg = take_error(&type);
    CHECK(strcmp(msg, "maximum recursion depth exceeded in test") == 0, "guard message: %s", msg);
    CHECK(wf_ts()->depth == 0, "guard balanced");
}

// ---- generators ---------------------------------------------------------------------------

static void test_generators(void) {
    CHECK(run("log = []\n"
              "def g():\n"
              "    try:\n"
              "        x = yield 1\n"
              "        log.append(x)\n"
              "        y = yield 2\n"
              "        log.append(y)\n"
              "    except KeyError:\n"
              "        yield 'k'\n"
              "    finally:\n"
              "        log.append('fin')\n"
              "    return 'done'\n"
              "gen = g()\n") == 0,
          "generator program");
    WfValue gen = global("gen");
    CHECK(gen && wf_type(gen) == &wf_gen_type, "gen is a generator");
    if (!gen) return;
    WfValue out;
    CHECK(wf_gen_send_ex(gen, WF_NONE, &out) == 1 && out == WF_FROM_SMALLINT(1), "first yield");
    wf_xdecref(out);
    CHECK(wf_gen_send_ex(gen, WF_FROM_SMALLINT(7), &out) == 1 && out == WF_FROM_SMALLINT(2), "second yield");
    wf_xdecref(out);
    WfValue exc = wf_exc_new(wf_KeyError, NULL, 0);
    CHECK(wf_gen_throw_ex(gen, exc, &out) == 1 && wf_is_str(out) && wf_str_eq_cstr(out, "k"), "throw caught");
    wf_xdecref(out);
    wf_decref(exc);
    CHECK(wf_gen_send_ex(gen, WF_NONE, &out) == 0 && wf_is_str(out) && wf_str_eq_cstr(out, "done"),
          "return value");
    wf_xdecref(out);
    CHECK(wf_gen_send_ex(gen, WF_NONE, &out) == 0 && out == WF_NONE, "exhausted");
    wf_xdecref(out);
    wf_decref(gen);
    CHECK(run("assert log == [7, 'fin'], log\n") == 0, "log: %s", take_error(NULL));
    // PEP 479 and close().
    const char *type;
    int r = run("def bad():\n    yield 1\n    raise StopIteration\nlist(bad())\n");
    const char *msg = take_error(&type);
    CHECK(r < 0 && strcmp(type, "RuntimeError") == 0 && strcmp(msg, "generator raised StopIteration") == 0,
          "PEP 479: %s: %s", type, msg);
    r = run("def stubborn():\n    try:\n        yield 1\n    except GeneratorExit:\n        yield 2\n"
            "s = stubborn(); next(s); s.close()\n");
    msg = take_error(&type);
    CHECK(r < 0 && strcmp(msg, "generator ignored GeneratorExit") == 0, "ignored GeneratorExit: %s", msg);
    // A coroutine awaiting a generator-based awaitable, driven by send().
    CHECK(run("class F:\n    def __await__(self):\n        v = yield 'tick'\n        return v\n"
              "async def co():\n    return (await F()) * 2\n"
              "c = co()\nassert c.send(None) == 'tick'\n"
              "try:\n    c.send(21)\nexcept StopIteration as e:\n    result = e.value\n") == 0,
          "coroutine: %s", take_error(NULL));
    CHECK(int_global("result") == 42, "coroutine result");
}

// ---- caches -------------------------------------------------------------------------------

static void test_caches(void) {
    CHECK(run("class P:\n    def __init__(self): self.v = 1\n    def get(self): return self.v\n"
              "def probe(o):\n    return o.get() + o.v\n"
              "p = P()\n"
              "a = probe(p) + probe(p)\n"
              "P.get = lambda self: 100\n"
              "b = probe(p)\n"
              "p.get = lambda: 1000\n"
              "c = probe(p)\n"
              "del p.get\n"
              "p.v = 5\n"
              "d = probe(p)\n"
              "G = 1\n"
              "def readg():\n    return G\n"
              "e = readg()\n"
              "G = 2\n"
              "e = e * 10 + readg()\n"
              "import builtins\n"
              "def readlen():\n    return len('ab')\n"
              "f1 = readlen()\n"
              "len = lambda s: 99\n"
              "f2 = readlen()\n"
              "del len\n"
              "f3 = readlen()\n") == 0,
          "cache program: %s", take_error(NULL));
    CHECK(int_global("a") == 4, "a = %lld", (long long)int_global("a"));
    CHECK(int_global("b") == 101, "class method replaced: b = %lld", (long long)int_global("b"));
    CHECK(int_global("c") == 1001, "instance attribute shadows the method: c = %lld", (long long)int_global("c"));
    CHECK(int_global("d") == 105, "d = %lld", (long long)int_global("d"));
    CHECK(int_global("e") == 12, "global changed: e = %lld", (long long)int_global("e"));
    CHECK(int_global("f1") == 2 && int_global("f2") == 99 && int_global("f3") == 2, "builtin shadowed and back");
}

// ---- the eval breaker ---------------------------------------------------------------------

static void test_breaker(void) {
    const char *type;
    wf_signals_trip(SIGINT);
    int r = run("x = 0\nwhile True:\n    x += 1\n");
    take_error(&type);
    CHECK(r < 0 && strcmp(type, "KeyboardInterrupt") == 0, "SIGINT raises KeyboardInterrupt (%s)", type);
    CHECK(!wf_signals_pending(), "no signal left pending");
    CHECK(run("try:\n    pass\nexcept KeyboardInterrupt:\n    pass\ny = 1\n") == 0, "runs normally afterwards");
}

int main(void) {
    if (wf_tstate_init_main() < 0 || wf_runtime_init() < 0 || wf_gen_init_types() < 0) {
        printf("start-up failed\n0 passed, 1 failed\n");
        return 1;
    }
    WfValue b = wf_builtins_module_init();
    if (b && !wf_interp.builtins) wf_interp.builtins = wf_newref(wf_module_dict(b));
    wf_xdecref(b);
    WfValue sys = wf_sys_module_init();
    wf_xdecref(sys);
    WfValue mod = wf_module_new("__main__");
    if (!mod) {
        printf("start-up failed\n0 passed, 1 failed\n");
        return 1;
    }
    globals = wf_module_dict(mod);
    test_frame_stack();
    test_binding();
    test_call_from_c();
    test_recursion();
    test_generators();
    test_caches();
    test_breaker();
    printf("%d passed, %d failed\n", passed, failed);
    wf_decref(mod);
    return failed ? 1 : 0;
}
