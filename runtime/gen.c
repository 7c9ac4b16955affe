// gen.c — generators, coroutines and async generators. Each object owns a
// frame (allocated inline, right after the WfGen header) that the VM resumes
// with wf_eval_resume_frame. send/throw/close follow CPython 3.11, including
// `yield from` delegation of throw()/close(), PEP 479 (StopIteration escaping
// a body becomes RuntimeError), and the async-generator awaitables returned
// by __anext__/asend/athrow/aclose.
// Invariant: while a generator runs, ts->handled holds its own handled
// exception (g->exc_state) or, if it has none, the resumer's; the resumer's
// is restored when it yields or ends.
// Note: includes the VM-private vm/frame_impl.h (the frame layout), the one
// runtime/ file that does so.
// GIL rule: touched only with the GIL held.
#include "runtime/gen.h"

#include <stdio.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/int.h"
#include "runtime/native.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/eval.h"
#include "vm/eval_ext.h"
#include "vm/frame_impl.h"
#include "vm/traceback.h"
#include "vm/tstate.h"

static const char *kind_name(const WfGen *g) {
    switch (g->kind) {
    case WF_GEN_COROUTINE: return "coroutine";
    case WF_GEN_ASYNC: return "async generator";
    default: return "generator";
    }
}

// ---- creation -----------------------------------------------------------------------------

static WfGen *gen_alloc(WfFunction *fn, WfValue locals) {
    WfCode *co = (WfCode *)fn->code;
    WfType *type = &wf_gen_type;
    uint8_t kind = WF_GEN_GENERATOR;
    if (co->flags & WF_CO_COROUTINE) {
        type = &wf_coro_type;
        kind = WF_GEN_COROUTINE;
    } else if (co->flags & WF_CO_ASYNC_GENERATOR) {
        type = &wf_async_gen_type;
        kind = WF_GEN_ASYNC;
    }
    size_t head = (sizeof(WfGen) + 15) & ~(size_t)15;
    WfGen *g = (WfGen *)wf_object_alloc(type, head + wf_frame_words(co) * sizeof(WfValue));
    if (!g) return NULL;
    g->kind = kind;
    g->frame = (WfFrame *)((char *)g + head);
    g->name = wf_newref(fn->name);
    g->qualname = wf_newref(fn->qualname);
    g->code = wf_newref((WfValue)co);
    g->frame->state = WF_FRAME_COMPLETED;   // nothing to clear if init fails
    if (wf_frame_init(g->frame, fn, locals) < 0) {
        wf_decref((WfValue)g);
        return NULL;
    }
    g->frame->gen = (WfValue)g;
    return g;
}

WfValue wf_gen_new_from_call(WfValue func, WfValue *args, size_t nargs, WfValue kwnames) {
    WfGen *g = gen_alloc((WfFunction *)func, WF_NULL);
    if (!g) return WF_NULL;
    if (wf_frame_bind_args(g->frame, args, nargs, kwnames) < 0) {
        wf_decref((WfValue)g);
        return WF_NULL;
    }
    return (WfValue)g;
}

WfValue wf_gen_new_from_frame_func(WfValue func, WfValue locals) {
    WfGen *g = gen_alloc((WfFunction *)func, locals);
    if (!g) return WF_NULL;
    if (wf_frame_bind_args(g->frame, NULL, 0, WF_NULL) < 0) {
        wf_decref((WfValue)g);
        return WF_NULL;
    }
    return (WfValue)g;
}

// ---- the core: resuming -------------------------------------------------------------------

WfValue wf_gen_yieldfrom(WfValue gen) {
    WfGen *g = (WfGen *)gen;
    WfFrame *f = g->frame;
    if (f->state != WF_FRAME_SUSPENDED || !f->in_yield_from) return WF_NULL;
    return f->sp[-1];
}

// Replaces a StopIteration (or, for async generators, StopAsyncIteration)
// escaping the body with RuntimeError (PEP 479).
static void convert_stop_iteration(WfGen *g) {
    const char *msg = NULL;
    if (wf_err_matches(wf_StopIteration)) {
        msg = g->kind == WF_GEN_COROUTINE ? "coroutine raised StopIteration"
              : g->kind == WF_GEN_ASYNC   ? "async generator raised StopIteration"
                                          : "generator raised StopIteration";
    } else if (g->kind == WF_GEN_ASYNC && wf_err_matches(wf_StopAsyncIteration)) {
        msg = "async generator raised StopAsyncIteration";
    }
    if (!msg) return;
    WfValue exc = wf_err_fetch();
    WfValue rt = wf_exc_new_format(wf_RuntimeError, "%s", msg);
    if (!rt) {
        wf_xdecref(exc);
        return;
    }
    wf_exc_set_cause(rt, exc);
    wf_exc_set_context(rt, exc);
    wf_decref(exc);
    wf_err_restore_steal(rt);
}

void wf_gen_finish_error(WfValue gen) { convert_stop_iteration((WfGen *)gen); }

// Resumes [g]: mode WF_RESUME_SEND with [arg], WF_RESUME_THROW with the
// exception already pending, WF_RESUME_NOPUSH after the stack was arranged.
// Returns 1 yielded / 0 returned (*out new reference) / -1 error.
static int gen_resume(WfGen *g, WfValue arg, int mode, bool closing, WfValue *out) {
    WfFrame *f = g->frame;
    *out = WF_NULL;
    if (g->running) {
        if (mode == WF_RESUME_THROW) wf_err_clear();
        wf_err_format(wf_ValueError, "%s already executing", kind_name(g));
        return -1;
    }
    if (f->state == WF_FRAME_COMPLETED) {
        if (mode == WF_RESUME_THROW) return -1;   // the thrown exception propagates as is
        if (g->kind == WF_GEN_COROUTINE && !closing) {
            wf_err_set_str(wf_RuntimeError, "cannot reuse already awaited coroutine");
            return -1;
        }
        *out = wf_newref(WF_NONE);
        return 0;
    }
    if (f->state == WF_FRAME_CREATED) {
        if (mode == WF_RESUME_SEND && arg && arg != WF_NONE) {
            wf_err_format(wf_TypeError, "can't send non-None value to a just-started %s", kind_name(g));
            return -1;
        }
        if (mode == WF_RESUME_THROW) {
            // Never started: it ends here with the exception, running nothing.
            f->state = WF_FRAME_COMPLETED;
            wf_frame_clear(f);
            return -1;
        }
    }
    WfThreadState *ts = wf_ts();
    WfValue saved = ts->handled;   // the resumer's, owned here until restored
    g->outer_handled = saved;
    ts->handled = g->exc_state ? g->exc_state : saved;
    wf_xincref(ts->handled);
    g->running = true;
    WfValue res = wf_eval_resume_frame(f, arg ? arg : WF_NONE, mode);
    g->running = false;
    WfValue cur = ts->handled;
    ts->handled = saved;
    wf_xdecref(cur);
    g->outer_handled = WF_NULL;
    if (f->state == WF_FRAME_COMPLETED) {
        wf_clear(&g->exc_state);
        if (!res) {
            convert_stop_iteration(g);
            return -1;
        }
        *out = res;
        return 0;
    }
    if (!res) {
        // The recursion guard refused to run the frame. After a finished
        // `yield from` its stack was already rearranged: it cannot go on.
        if (mode == WF_RESUME_NOPUSH) {
            f->state = WF_FRAME_COMPLETED;
            wf_frame_clear(f);
            wf_clear(&g->exc_state);
        }
        return -1;
    }
    *out = res;
    return 1;
}

int wf_gen_send_ex(WfValue gen, WfValue value, WfValue *out) {
    return gen_resume((WfGen *)gen, value, WF_RESUME_SEND, false, out);
}

// Sets StopIteration(value) (plain StopIteration for None).
static void set_stop_iteration(WfValue value) {
    if (!value || value == WF_NONE) {
        wf_err_set(wf_StopIteration, WF_NULL);
        return;
    }
    WfValue exc = wf_exc_new(wf_StopIteration, &value, 1);
    if (!exc) return;
    wf_err_set_obj(exc);
    wf_decref(exc);
}

static int gen_close_iter(WfValue yf);
static WfValue gen_close_impl(WfGen *g);

// Continues [g]'s frame past its YIELD_FROM with [value] as the result (steals value).
static int gen_finish_yield_from(WfGen *g, WfValue value, WfValue *out) {
    WfFrame *f = g->frame;
    WfValue recv = f->sp[-1];
    f->sp[-1] = value;
    wf_decref(recv);
    f->ip++;
    f->in_yield_from = false;
    return gen_resume(g, WF_NULL, WF_RESUME_NOPUSH, false, out);
}

// Throws [exc] (an exception instance, borrowed) into [g]. 1/0/-1 as gen_resume.
static int gen_throw_exc(WfGen *g, WfValue exc, WfValue *out) {
    *out = WF_NULL;
    WfValue yf = wf_gen_yieldfrom((WfValue)g);
    if (yf) {
        wf_incref(yf);
        if (wf_type_is_subtype(wf_type(exc), wf_GeneratorExit)) {
            // Close the delegate first; its error (if any) is what gets thrown in.
            g->running = true;
            int err = gen_close_iter(yf);
            g->running = false;
            wf_decref(yf);
            if (err < 0) return gen_resume(g, WF_NULL, WF_RESUME_THROW, false, out);
            goto throw_here;
        }
        int r;
        WfValue res = WF_NULL;
        if (wf_is_gen_like(yf) && yf->type != &wf_async_gen_type) {
            g->running = true;
            r = gen_throw_exc((WfGen *)yf, exc, &res);
            g->running = false;
        } else {
            WfValue meth = WF_NULL;
            if (wf_getattr_opt(yf, WF_ID(throw), &meth) < 0) {
                wf_decref(yf);
                return gen_resume(g, WF_NULL, WF_RESUME_THROW, false, out);
            }
            if (!meth) {
                wf_decref(yf);
                goto throw_here;
            }
            g->running = true;
            res = wf_call1(meth, exc);
            g->running = false;
            wf_decref(meth);
            if (res) {
                r = 1;
            } else if (wf_err_matches(wf_StopIteration)) {
                WfValue e = wf_err_fetch();
                res = wf_exc_stopiteration_value(e);
                wf_decref(e);
                r = res ? 0 : -1;
            } else {
                r = -1;
            }
        }
        wf_decref(yf);
        if (r == 1) {
            *out = res;
            return 1;
        }
        if (r == 0) return gen_finish_yield_from(g, res, out);
        return gen_resume(g, WF_NULL, WF_RESUME_THROW, false, out);
    }
throw_here:
    wf_err_restore_steal(wf_newref(exc));
    return gen_resume(g, WF_NULL, WF_RESUME_THROW, false, out);
}

int wf_gen_throw_ex(WfValue gen, WfValue exc, WfValue *out) {
    return gen_throw_exc((WfGen *)gen, exc, out);
}

// Closes a `yield from` delegate: our close for generators, else its close(). 0/-1.
static int gen_close_iter(WfValue yf) {
    if (wf_is_gen_like(yf) && yf->type != &wf_async_gen_type) {
        WfValue r = gen_close_impl((WfGen *)yf);
        if (!r) return -1;
        wf_decref(r);
        return 0;
    }
    WfValue meth = WF_NULL;
    if (wf_getattr_opt(yf, WF_ID(close), &meth) < 0) return -1;
    if (!meth) return 0;
    WfValue r = wf_call0(meth);
    wf_decref(meth);
    if (!r) return -1;
    wf_decref(r);
    return 0;
}

static WfValue gen_close_impl(WfGen *g) {
    WfFrame *f = g->frame;
    if (f->state == WF_FRAME_CREATED) {
        f->state = WF_FRAME_COMPLETED;
        wf_frame_clear(f);
        return wf_newref(WF_NONE);
    }
    if (f->state == WF_FRAME_COMPLETED) return wf_newref(WF_NONE);
    if (g->running) {
        wf_err_format(wf_ValueError, "%s already executing", kind_name(g));
        return WF_NULL;
    }
    int err = 0;
    WfValue yf = wf_gen_yieldfrom((WfValue)g);
    if (yf) {
        wf_incref(yf);
        g->running = true;
        err = gen_close_iter(yf);
        g->running = false;
        wf_decref(yf);
    }
    if (err == 0) wf_err_set(wf_GeneratorExit, WF_NULL);
    WfValue out;
    int r = gen_resume(g, WF_NULL, WF_RESUME_THROW, true, &out);
    if (r == 1) {
        wf_decref(out);
        wf_err_format(wf_RuntimeError, "%s ignored GeneratorExit", kind_name(g));
        return WF_NULL;
    }
    if (r == 0) {
        wf_decref(out);
        return wf_newref(WF_NONE);
    }
    if (wf_err_matches(wf_StopIteration) || wf_err_matches(wf_GeneratorExit)) {
        wf_err_clear();
        return wf_newref(WF_NONE);
    }
    return WF_NULL;
}

// ---- shared methods -----------------------------------------------------------------------

static WfValue gen_send(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs != 1 || (kwnames && WF_TUPLE_LEN(kwnames))) {
        wf_err_format(wf_TypeError, "send() takes exactly one argument (%zu given)", nargs);
        return WF_NULL;
    }
    WfValue out;
    int r = gen_resume((WfGen *)self, args[0], WF_RESUME_SEND, false, &out);
    if (r == 1) return out;
    if (r == 0) {
        if (((WfGen *)self)->kind == WF_GEN_ASYNC) {
            wf_decref(out);
            wf_err_set(wf_StopAsyncIteration, WF_NULL);
            return WF_NULL;
        }
        set_stop_iteration(out);
        wf_decref(out);
    }
    return WF_NULL;
}

static WfValue gen_iternext(WfValue self) {
    WfValue out;
    int r = gen_resume((WfGen *)self, WF_NONE, WF_RESUME_SEND, false, &out);
    if (r == 1) return out;
    if (r == 0) {
        if (out != WF_NONE) set_stop_iteration(out);
        wf_decref(out);
    }
    return WF_NULL;
}

static WfValue gen_next_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue r = gen_iternext(self);
    if (!r && !wf_err_occurred()) wf_err_set(wf_StopIteration, WF_NULL);
    return r;
}

static WfValue gen_iter(WfValue self) { return wf_newref(self); }

static WfValue gen_iter_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_newref(self);
}

// Builds the exception for throw(typ[, val[, tb]]). New reference.
static WfValue make_throw_exc(const char *fname, WfValue *args, size_t nargs) {
    if (nargs < 1 || nargs > 3) {
        wf_err_format(wf_TypeError, "%s expected at least 1 argument, got %zu", fname, nargs);
        if (nargs > 3)
            wf_err_format(wf_TypeError, "%s expected at most 3 arguments, got %zu", fname, nargs);
        return WF_NULL;
    }
    WfValue typ = args[0];
    WfValue val = nargs > 1 ? args[1] : WF_NONE;
    WfValue tb = nargs > 2 ? args[2] : WF_NONE;
    if (tb != WF_NONE && wf_type(tb) != &wf_traceback_type) {
        wf_err_set_str(wf_TypeError, "throw() third argument must be a traceback object");
        return WF_NULL;
    }
    WfValue exc;
    if (wf_is_type(typ) && wf_type_is_subtype((WfType *)typ, wf_BaseException)) {
        if (val != WF_NONE && wf_is_exception(val) && wf_type_is_subtype(val->type, (WfType *)typ)) {
            exc = wf_newref(val);
        } else if (val == WF_NONE) {
            exc = wf_call0(typ);
        } else if (wf_is_tuple(val)) {
            exc = wf_call(typ, WF_TUPLE_ITEMS(val), WF_TUPLE_LEN(val), WF_NULL);
        } else {
            exc = wf_call1(typ, val);
        }
        if (!exc) return WF_NULL;
        if (!wf_is_exception(exc)) {
            wf_err_format(wf_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                          wf_type_name_of((WfType *)typ), wf_type_name(exc));
            wf_decref(exc);
            return WF_NULL;
        }
    } else if (wf_is_exception(typ)) {
        if (val != WF_NONE) {
            wf_err_set_str(wf_TypeError, "instance exception may not have a separate value");
            return WF_NULL;
        }
        exc = wf_newref(typ);
    } else {
        wf_err_format(wf_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                      wf_type_name(typ));
        return WF_NULL;
    }
    if (tb != WF_NONE) wf_exc_set_traceback(exc, tb);
    return exc;
}

static WfValue gen_throw(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue exc = make_throw_exc("throw", args, nargs);
    if (!exc) return WF_NULL;
    WfValue out;
    int r = gen_throw_exc((WfGen *)self, exc, &out);
    wf_decref(exc);
    if (r == 1) return out;
    if (r == 0) {
        if (((WfGen *)self)->kind == WF_GEN_ASYNC) {
            wf_decref(out);
            wf_err_set(wf_StopAsyncIteration, WF_NULL);
            return WF_NULL;
        }
        set_stop_iteration(out);
        wf_decref(out);
    }
    return WF_NULL;
}

static WfValue gen_close(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return gen_close_impl((WfGen *)self);
}

static WfValue gen_repr(WfValue self) {
    WfGen *g = (WfGen *)self;
    const char *what = g->kind == WF_GEN_COROUTINE ? "coroutine" : g->kind == WF_GEN_ASYNC ? "async_generator"
                                                                                         : "generator";
    return wf_str_from_format("<%s object %s at %p>", what, wf_str_cstr(g->qualname), (void *)self);
}

// Prints "Exception ignored in: <obj>" and the pending exception (CPython's unraisable hook).
static void write_unraisable(WfValue obj) {
    WfValue r = wf_repr(obj);
    if (!r) {
        wf_err_clear();
        fprintf(stderr, "Exception ignored in: <object repr() failed>\n");
    } else {
        fprintf(stderr, "Exception ignored in: %s\n", wf_str_cstr(r));
        wf_decref(r);
    }
    wf_err_print();
    wf_err_clear();   // wf_err_print leaves SystemExit pending
}

static void gen_dealloc(WfValue self) {
    WfGen *g = (WfGen *)self;
    WfFrame *f = g->frame;
    if (f->state == WF_FRAME_SUSPENDED) {
        if (f->code->nexc == 0) {
            // No handler could see GeneratorExit: closing is just ending the frame.
            f->state = WF_FRAME_COMPLETED;
        } else {
            // Run the body's finally blocks (close()), keeping the pending exception aside.
            self->refcnt = 1;
            WfValue saved = wf_err_fetch();
            WfValue r = gen_close_impl(g);
            if (!r) write_unraisable(self);
            else wf_decref(r);
            wf_err_restore_steal(saved);
            if (--self->refcnt != 0) return;   // resurrected by the body
        }
    }
    if (f->func) wf_frame_clear(f);
    wf_clear(&g->name);
    wf_clear(&g->qualname);
    wf_clear(&g->code);
    wf_clear(&g->exc_state);
    wf_object_free(self);
}

// ---- attributes ---------------------------------------------------------------------------

static WfValue gen_get_name(WfValue self) { return wf_newref(((WfGen *)self)->name); }
static WfValue gen_get_qualname(WfValue self) { return wf_newref(((WfGen *)self)->qualname); }

static int gen_set_name(WfValue self, WfValue v) {
    if (!v || !wf_is_str(v)) {
        wf_err_set_str(wf_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    wf_setref(&((WfGen *)self)->name, v);
    return 0;
}

static int gen_set_qualname(WfValue self, WfValue v) {
    if (!v || !wf_is_str(v)) {
        wf_err_set_str(wf_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    wf_setref(&((WfGen *)self)->qualname, v);
    return 0;
}

static WfValue gen_get_frame(WfValue self) {
    WfGen *g = (WfGen *)self;
    if (g->frame->state == WF_FRAME_COMPLETED) return wf_newref(WF_NONE);
    return wf_frame_get_object(g->frame);
}

static WfValue gen_get_running(WfValue self) { return wf_bool(((WfGen *)self)->running); }

static WfValue gen_get_suspended(WfValue self) {
    return wf_bool(((WfGen *)self)->frame->state == WF_FRAME_SUSPENDED);
}

static WfValue gen_get_code(WfValue self) { return wf_newref(((WfGen *)self)->code); }

static WfValue gen_get_yieldfrom(WfValue self) {
    WfValue yf = wf_gen_yieldfrom(self);
    return wf_newref(yf ? yf : WF_NONE);
}

static WfValue gen_get_origin(WfValue self) { return wf_newref(WF_NONE); }

static const WfGetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const WfMethodDef gen_methods[] = {
    {"send", gen_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_throw, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", gen_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__next__", gen_next_method, 0, "Implement next(self)."},
    {"__iter__", gen_iter_method, 0, "Implement iter(self)."},
    {NULL, NULL, 0, NULL},
};

WfType wf_gen_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "generator",
    .basicsize = sizeof(WfGen),
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

// ---- coroutines ---------------------------------------------------------------------------

typedef struct CoroWrapper {
    WfObject ob;
    WfValue coro;      // owned
} CoroWrapper;

static WfType coro_wrapper_type;

static WfValue coro_await(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CoroWrapper *w = (CoroWrapper *)wf_object_alloc(&coro_wrapper_type, sizeof(CoroWrapper));
    if (!w) return WF_NULL;
    w->coro = wf_newref(self);
    return (WfValue)w;
}

static void coro_wrapper_dealloc(WfValue self) {
    wf_clear(&((CoroWrapper *)self)->coro);
    wf_object_free(self);
}

static WfValue coro_wrapper_iternext(WfValue self) {
    WfValue out;
    int r = gen_resume((WfGen *)((CoroWrapper *)self)->coro, WF_NONE, WF_RESUME_SEND, false, &out);
    if (r == 1) return out;
    if (r == 0) {
        set_stop_iteration(out);
        wf_decref(out);
    }
    return WF_NULL;
}

static WfValue coro_wrapper_next(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue r = coro_wrapper_iternext(self);
    if (!r && !wf_err_occurred()) wf_err_set(wf_StopIteration, WF_NULL);
    return r;
}

static WfValue coro_wrapper_send(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return gen_send(((CoroWrapper *)self)->coro, args, nargs, kwnames);
}

static WfValue coro_wrapper_throw(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return gen_throw(((CoroWrapper *)self)->coro, args, nargs, kwnames);
}

static WfValue coro_wrapper_close(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return gen_close_impl((WfGen *)((CoroWrapper *)self)->coro);
}

static const WfMethodDef coro_wrapper_methods[] = {
    {"send", coro_wrapper_send, 0, NULL},
    {"throw", coro_wrapper_throw, 0, NULL},
    {"close", coro_wrapper_close, 0, NULL},
    {"__next__", coro_wrapper_next, 0, NULL},
    {"__iter__", gen_iter_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfType coro_wrapper_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapper),
    .dealloc = coro_wrapper_dealloc,
    .iter = gen_iter,
    .iternext = coro_wrapper_iternext,
    .methods = coro_wrapper_methods,
};

static WfValue coro_get_await(WfValue self) {
    WfValue yf = wf_gen_yieldfrom(self);
    return wf_newref(yf ? yf : WF_NONE);
}

static const WfGetSetDef coro_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL},
    {"cr_running", gen_get_running, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL},
    {"cr_await", coro_get_await, NULL, NULL},
    {"cr_origin", gen_get_origin, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const WfMethodDef coro_methods[] = {
    {"send", gen_send, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", gen_throw, 0, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."},
    {"close", gen_close, 0, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", coro_await, 0, "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

WfType wf_coro_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "coroutine",
    .basicsize = sizeof(WfGen),
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .methods = coro_methods,
    .getsets = coro_getsets,
};

// Is [v] an iterator (has __next__)?
static bool is_iterator(WfValue v) {
    WfType *t = wf_type(v);
    return t->iternext || wf_type_lookup(t, WF_ID(__next__));
}

WfValue wf_coro_get_awaitable_iter(WfValue v, int what) {
    WfType *t = wf_type(v);
    if (t == &wf_coro_type) {
        if (wf_gen_yieldfrom(v)) {
            wf_err_set_str(wf_RuntimeError, "coroutine is being awaited already");
            return WF_NULL;
        }
        return wf_newref(v);
    }
    if (t == &coro_wrapper_type) return wf_newref(v);
    WfValue getter = wf_type_lookup(t, WF_ID(__await__));
    if (!getter) {
        if (what == 1)
            wf_err_format(wf_TypeError,
                          "'async with' received an object from __aenter__ that does not implement __await__: %s",
                          wf_type_name_of(t));
        else if (what == 2)
            wf_err_format(wf_TypeError,
                          "'async with' received an object from __aexit__ that does not implement __await__: %s",
                          wf_type_name_of(t));
        else
            wf_err_format(wf_TypeError, "object %s can't be used in 'await' expression", wf_type_name_of(t));
        return WF_NULL;
    }
    wf_incref(getter);
    WfValue res;
    if (wf_type(getter) == &wf_function_type || wf_type(getter) == &wf_method_descr_type) {
        res = wf_call(getter, &v, 1, WF_NULL);
    } else {
        WfType *gt = wf_type(getter);
        WfValue bound = gt->descr_get ? gt->descr_get(getter, v, (WfValue)t) : wf_newref(getter);
        res = bound ? wf_call0(bound) : WF_NULL;
        wf_xdecref(bound);
    }
    wf_decref(getter);
    if (!res) return WF_NULL;
    if (wf_type(res) == &wf_coro_type) {
        wf_err_set_str(wf_TypeError, "__await__() returned a coroutine");
        wf_decref(res);
        return WF_NULL;
    }
    if (!is_iterator(res)) {
        wf_err_format(wf_TypeError, "__await__() returned non-iterator of type '%s'", wf_type_name(res));
        wf_decref(res);
        return WF_NULL;
    }
    return res;
}

// ---- async generators -----------------------------------------------------------------------

typedef struct WrappedValue {
    WfObject ob;
    WfValue value;     // owned
} WrappedValue;

static void wrapped_dealloc(WfValue self) {
    wf_clear(&((WrappedValue *)self)->value);
    wf_object_free(self);
}

static WfType wrapped_value_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(WrappedValue),
    .dealloc = wrapped_dealloc,
};

WfValue wf_async_gen_wrap(WfValue v) {
    WrappedValue *w = (WrappedValue *)wf_object_alloc(&wrapped_value_type, sizeof(WrappedValue));
    if (!w) return WF_NULL;
    w->value = wf_newref(v);
    return (WfValue)w;
}

static bool is_wrapped(WfValue v) { return !WF_IS_SMALLINT(v) && v->type == &wrapped_value_type; }

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct AsyncGenASend {
    WfObject ob;
    WfValue gen;       // owned
    WfValue sendval;   // owned
    int state;
} AsyncGenASend;

typedef struct AsyncGenAThrow {
    WfObject ob;
    WfValue gen;       // owned
    WfValue exc;       // owned: the exception to throw, NULL for aclose()
    int state;
} AsyncGenAThrow;

static WfType asend_type, athrow_type;

// Turns the async generator's step result into the awaitable's result:
// a wrapped value ends this awaitable with StopIteration(value); other
// yields pass through (they are the inner awaits talking to the event loop).
static WfValue async_gen_unwrap(WfGen *g, int r, WfValue out) {
    if (r < 0) {
        if (wf_err_matches(wf_StopAsyncIteration) || wf_err_matches(wf_GeneratorExit)) g->ag_closed = true;
        g->ag_running_async = false;
        return WF_NULL;
    }
    if (r == 0) {
        wf_decref(out);
        g->ag_closed = true;
        g->ag_running_async = false;
        wf_err_set(wf_StopAsyncIteration, WF_NULL);
        return WF_NULL;
    }
    if (is_wrapped(out)) {
        g->ag_running_async = false;
        WfValue v = ((WrappedValue *)out)->value;
        WfValue exc = wf_exc_new(wf_StopIteration, &v, 1);
        wf_decref(out);
        if (exc) {
            wf_err_set_obj(exc);
            wf_decref(exc);
        }
        return WF_NULL;
    }
    return out;
}

static WfValue asend_new(WfValue gen, WfValue sendval) {
    AsyncGenASend *a = (AsyncGenASend *)wf_object_alloc(&asend_type, sizeof(AsyncGenASend));
    if (!a) return WF_NULL;
    a->gen = wf_newref(gen);
    a->sendval = wf_newref(sendval ? sendval : WF_NONE);
    a->state = AW_INIT;
    return (WfValue)a;
}

WfValue wf_async_gen_anext(WfValue agen) { return asend_new(agen, WF_NONE); }

static void asend_dealloc(WfValue self) {
    AsyncGenASend *a = (AsyncGenASend *)self;
    wf_clear(&a->gen);
    wf_clear(&a->sendval);
    wf_object_free(self);
}

static WfValue asend_send_value(WfValue self, WfValue arg) {
    AsyncGenASend *a = (AsyncGenASend *)self;
    WfGen *g = (WfGen *)a->gen;
    if (a->state == AW_CLOSED) {
        wf_err_set_str(wf_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return WF_NULL;
    }
    if (a->state == AW_INIT) {
        if (g->ag_running_async) {
            wf_err_set_str(wf_RuntimeError, "anext(): asynchronous generator is already running");
            return WF_NULL;
        }
        if (!arg || arg == WF_NONE) arg = a->sendval;
        a->state = AW_ITER;
    }
    g->ag_running_async = true;
    WfValue out;
    int r = gen_resume(g, arg, WF_RESUME_SEND, false, &out);
    WfValue res = async_gen_unwrap(g, r, out);
    if (!res) a->state = AW_CLOSED;
    return res;
}

static WfValue asend_iternext(WfValue self) { return asend_send_value(self, WF_NONE); }

static WfValue asend_send(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs != 1) {
        wf_err_format(wf_TypeError, "send() takes exactly one argument (%zu given)", nargs);
        return WF_NULL;
    }
    return asend_send_value(self, args[0]);
}

static WfValue asend_next(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return asend_send_value(self, WF_NONE);
}

static WfValue asend_throw(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    AsyncGenASend *a = (AsyncGenASend *)self;
    if (a->state == AW_CLOSED) {
        wf_err_set_str(wf_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return WF_NULL;
    }
    WfValue exc = make_throw_exc("throw", args, nargs);
    if (!exc) return WF_NULL;
    WfGen *g = (WfGen *)a->gen;
    WfValue out;
    int r = gen_throw_exc(g, exc, &out);
    wf_decref(exc);
    WfValue res = async_gen_unwrap(g, r, out);
    if (!res) a->state = AW_CLOSED;
    return res;
}

static WfValue asend_close(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ((AsyncGenASend *)self)->state = AW_CLOSED;
    return wf_newref(WF_NONE);
}

static const WfMethodDef asend_methods[] = {
    {"send", asend_send, 0, NULL},
    {"throw", asend_throw, 0, NULL},
    {"close", asend_close, 0, NULL},
    {"__next__", asend_next, 0, NULL},
    {"__iter__", gen_iter_method, 0, NULL},
    {"__await__", gen_iter_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfType asend_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "async_generator_asend",
    .basicsize = sizeof(AsyncGenASend),
    .dealloc = asend_dealloc,
    .iter = gen_iter,
    .iternext = asend_iternext,
    .methods = asend_methods,
};

static WfValue athrow_new(WfValue gen, WfValue exc) {
    AsyncGenAThrow *a = (AsyncGenAThrow *)wf_object_alloc(&athrow_type, sizeof(AsyncGenAThrow));
    if (!a) return WF_NULL;
    a->gen = wf_newref(gen);
    a->exc = exc;
    wf_xincref(exc);
    a->state = AW_INIT;
    return (WfValue)a;
}

static void athrow_dealloc(WfValue self) {
    AsyncGenAThrow *a = (AsyncGenAThrow *)self;
    wf_clear(&a->gen);
    wf_clear(&a->exc);
    wf_object_free(self);
}

// The step result of aclose()/athrow() as the awaitable's result.
static WfValue athrow_result(AsyncGenAThrow *a, int r, WfValue out) {
    WfGen *g = (WfGen *)a->gen;
    if (!a->exc) {
        // aclose(): the generator must end; yielding a value is an error.
        if (r == 1 && is_wrapped(out)) {
            wf_decref(out);
            g->ag_running_async = false;
            a->state = AW_CLOSED;
            wf_err_set_str(wf_RuntimeError, "async generator ignored GeneratorExit");
            return WF_NULL;
        }
        if (r == 1) return out;
        g->ag_running_async = false;
        a->state = AW_CLOSED;
        if (r == 0) wf_decref(out);
        if (r == 0 || wf_err_matches(wf_StopAsyncIteration) || wf_err_matches(wf_GeneratorExit)) {
            wf_err_clear();
            wf_err_set(wf_StopIteration, WF_NULL);
        }
        return WF_NULL;
    }
    WfValue res = async_gen_unwrap(g, r, out);
    if (!res) a->state = AW_CLOSED;
    return res;
}

static WfValue athrow_send_value(WfValue self, WfValue arg) {
    AsyncGenAThrow *a = (AsyncGenAThrow *)self;
    WfGen *g = (WfGen *)a->gen;
    if (a->state == AW_CLOSED) {
        wf_err_set_str(wf_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return WF_NULL;
    }
    if (g->frame->state == WF_FRAME_COMPLETED) {
        a->state = AW_CLOSED;
        wf_err_set(wf_StopIteration, WF_NULL);
        return WF_NULL;
    }
    WfValue out;
    int r;
    if (a->state == AW_INIT) {
        if (g->ag_running_async) {
            a->state = AW_CLOSED;
            wf_err_set_str(wf_RuntimeError, a->exc ? "athrow(): asynchronous generator is already running"
                                                   : "aclose(): asynchronous generator is already running");
            return WF_NULL;
        }
        if (g->ag_closed) {
            a->state = AW_CLOSED;
            wf_err_set(wf_StopAsyncIteration, WF_NULL);
            return WF_NULL;
        }
        if (arg && arg != WF_NONE) {
            wf_err_set_str(wf_RuntimeError, "can't send non-None value to a just-started coroutine");
            return WF_NULL;
        }
        a->state = AW_ITER;
        g->ag_running_async = true;
        if (!a->exc) {
            g->ag_closed = true;
            WfValue ge = wf_exc_new(wf_GeneratorExit, NULL, 0);
            if (!ge) return WF_NULL;
            r = gen_throw_exc(g, ge, &out);
            wf_decref(ge);
        } else {
            r = gen_throw_exc(g, a->exc, &out);
        }
        return athrow_result(a, r, out);
    }
    r = gen_resume(g, arg, WF_RESUME_SEND, false, &out);
    return athrow_result(a, r, out);
}

static WfValue athrow_iternext(WfValue self) { return athrow_send_value(self, WF_NONE); }

static WfValue athrow_send(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs != 1) {
        wf_err_format(wf_TypeError, "send() takes exactly one argument (%zu given)", nargs);
        return WF_NULL;
    }
    return athrow_send_value(self, args[0]);
}

static WfValue athrow_next(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return athrow_send_value(self, WF_NONE);
}

static WfValue athrow_throw(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    AsyncGenAThrow *a = (AsyncGenAThrow *)self;
    if (a->state == AW_CLOSED) {
        wf_err_set_str(wf_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return WF_NULL;
    }
    WfValue exc = make_throw_exc("throw", args, nargs);
    if (!exc) return WF_NULL;
    WfValue out;
    int r = gen_throw_exc((WfGen *)a->gen, exc, &out);
    wf_decref(exc);
    return athrow_result(a, r, out);
}

static WfValue athrow_close(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ((AsyncGenAThrow *)self)->state = AW_CLOSED;
    return wf_newref(WF_NONE);
}

static const WfMethodDef athrow_methods[] = {
    {"send", athrow_send, 0, NULL},
    {"throw", athrow_throw, 0, NULL},
    {"close", athrow_close, 0, NULL},
    {"__next__", athrow_next, 0, NULL},
    {"__iter__", gen_iter_method, 0, NULL},
    {"__await__", gen_iter_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfType athrow_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "async_generator_athrow",
    .basicsize = sizeof(AsyncGenAThrow),
    .dealloc = athrow_dealloc,
    .iter = gen_iter,
    .iternext = athrow_iternext,
    .methods = athrow_methods,
};

static WfValue agen_anext(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return asend_new(self, WF_NONE);
}

static WfValue agen_aiter(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_newref(self);
}

static WfValue agen_asend(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs != 1) {
        wf_err_format(wf_TypeError, "asend() takes exactly one argument (%zu given)", nargs);
        return WF_NULL;
    }
    return asend_new(self, args[0]);
}

static WfValue agen_athrow(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue exc = make_throw_exc("athrow", args, nargs);
    if (!exc) return WF_NULL;
    WfValue a = athrow_new(self, exc);
    wf_decref(exc);
    return a;
}

static WfValue agen_aclose(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return athrow_new(self, WF_NULL);
}

static WfValue agen_get_running(WfValue self) { return wf_bool(((WfGen *)self)->ag_running_async); }

static const WfGetSetDef agen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL},
    {"ag_frame", gen_get_frame, NULL, NULL},
    {"ag_running", agen_get_running, NULL, NULL},
    {"ag_suspended", gen_get_suspended, NULL, NULL},
    {"ag_code", gen_get_code, NULL, NULL},
    {"ag_await", coro_get_await, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const WfMethodDef agen_methods[] = {
    {"__anext__", agen_anext, 0, "Return a value or raise StopAsyncIteration."},
    {"__aiter__", agen_aiter, 0, "Return an awaitable, that resolves in asynchronous iterator."},
    {"asend", agen_asend, 0, "asend(v) -> send 'v' in generator."},
    {"athrow", agen_athrow, 0, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", agen_aclose, 0, "aclose() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

WfType wf_async_gen_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "async_generator",
    .basicsize = sizeof(WfGen),
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .methods = agen_methods,
    .getsets = agen_getsets,
};

int wf_gen_init_types(void) {
    WfType *types[] = {&wf_gen_type, &wf_coro_type, &wf_async_gen_type, &coro_wrapper_type,
                       &wrapped_value_type, &asend_type, &athrow_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (wf_type_ready(types[i]) < 0) return -1;
    return 0;
}
