// gen.h — generators, coroutines and async generators: a suspended frame
// owned by the object (vm/frame_impl.h), resumed by send/throw/close and by
// the VM's YIELD_FROM. Each generator keeps its own "handled exception".
#ifndef WF_RUNTIME_GEN_H
#define WF_RUNTIME_GEN_H

#include "object.h"

struct WfFrame;

// The three kinds share one layout (and one implementation).
enum { WF_GEN_GENERATOR, WF_GEN_COROUTINE, WF_GEN_ASYNC };

typedef struct WfGen {
    WfObject ob;
    WfValue name;             // owned: __name__ (str)
    WfValue qualname;         // owned: __qualname__ (str)
    WfValue code;             // owned: gi_code (the frame drops its own at the end)
    WfValue exc_state;        // owned: exception handled inside the generator body, or NULL
    WfValue outer_handled;    // borrowed, only while running: the resumer's handled exception
    struct WfFrame *frame;    // points into this allocation (right after the struct)
    uint8_t kind;             // WF_GEN_*
    bool running;             // gi_running
    bool ag_running_async;    // async generator: an asend/athrow is in progress
    bool ag_closed;           // async generator: aclose() completed / finished
} WfGen;

extern WfType wf_gen_type, wf_coro_type, wf_async_gen_type;

static inline bool wf_is_gen_like(WfValue v) {
    return !WF_IS_SMALLINT(v) && (v->type == &wf_gen_type || v->type == &wf_coro_type ||
                                  v->type == &wf_async_gen_type);
}
static inline bool wf_is_coro(WfValue v) {
    return !WF_IS_SMALLINT(v) && v->type == &wf_coro_type;
}

// The generator, coroutine or async generator that a call of [func] (a Weft
// function whose code has WF_CO_GENERATOR/COROUTINE/ASYNC_GENERATOR) returns,
// with the arguments bound into its frame. Returns a new reference.
// On error: returns NULL with an exception set (argument binding errors).
WfValue wf_gen_new_from_call(WfValue func, WfValue *args, size_t nargs, WfValue kwnames);
// Same for a module/class body function run with the [locals] dict (top-level
// await makes the module body a coroutine). Returns a new reference.
// On error: returns NULL with an exception set.
WfValue wf_gen_new_from_frame_func(WfValue func, WfValue locals);

// Sends [value] (None for next()) into a generator or coroutine: returns 1
// with the yielded value in *out, 0 with the return value in *out (no
// StopIteration is created), or -1 with an exception set. *out is a new
// reference. May run Weft code.
int wf_gen_send_ex(WfValue gen, WfValue value, WfValue *out);
// gen.throw(exc) with the exception [exc] (an instance), same results.
int wf_gen_throw_ex(WfValue gen, WfValue exc, WfValue *out);

// Readies the generator, coroutine and async-generator types and their
// helper types (called once at start-up). 0 ok, -1 error.
int wf_gen_init_types(void);

// The value a generator or coroutine suspended in YIELD_FROM delegates to,
// or NULL. Returns a borrowed reference (valid while [gen] is suspended).
// Never runs code.
WfValue wf_gen_yieldfrom(WfValue gen);

// For the VM, when a generator's body ended with the pending exception:
// turns an escaping StopIteration (StopAsyncIteration for async generators)
// into RuntimeError "generator raised StopIteration" (PEP 479).
void wf_gen_finish_error(WfValue gen);

// ASYNC_GEN_WRAP: marks [v] as a value yielded by an async generator.
// Returns a new reference. On error: returns NULL with MemoryError set.
WfValue wf_async_gen_wrap(WfValue v);
// agen.__anext__() for an async generator: the awaitable.
// Returns a new reference. On error: returns NULL with MemoryError set.
WfValue wf_async_gen_anext(WfValue agen);

// iter(awaitable) for `await`: a coroutine itself, or the iterator returned by
// __await__. [what] selects the message (0 await, 1 __aenter__, 2 __aexit__).
// Returns a new reference. On error: returns NULL with an exception set.
WfValue wf_coro_get_awaitable_iter(WfValue v, int what);

#endif
