// frame.c — the per-thread frame stack (chunks of words, bump allocated, one
// spare chunk cached so a call at a chunk edge does not malloc every time),
// the frame accessors of vm/frame.h, and frame objects (sys._getframe,
// gi_frame): a frame object points at a live frame and, when the frame ends,
// keeps a snapshot of what it showed.
// GIL rule: a thread's frames are touched only by that thread, with the GIL.
#include "vm/frame.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/eval_ext.h"
#include "vm/frame_impl.h"
#include "vm/tstate.h"

#define CHUNK_WORDS (64 * 1024)    // 512 KB per chunk

// ---- the frame stack ------------------------------------------------------------------

WfFrame *wf_frame_alloc_slow(WfThreadState *ts, size_t nwords) {
    WfThreadImpl *t = WF_THREAD_IMPL(ts);
    WfStackChunk *c = NULL;
    if (t->spare && t->spare->size >= nwords) {
        c = t->spare;
        t->spare = NULL;
    } else {
        size_t size = nwords > CHUNK_WORDS ? nwords : CHUNK_WORDS;
        c = malloc(sizeof(WfStackChunk) + size * sizeof(WfValue));
        if (!c) {
            wf_err_no_memory();
            return NULL;
        }
        c->size = size;
    }
    c->prev = t->chunk;
    c->saved_top = t->top;
    t->chunk = c;
    t->top = c->data + nwords;
    t->limit = c->data + c->size;
    return (WfFrame *)c->data;
}

void wf_frame_release_slow(WfThreadState *ts, WfFrame *f) {
    WfThreadImpl *t = WF_THREAD_IMPL(ts);
    WfStackChunk *c = t->chunk;
    if (!c->prev) {
        // The first chunk: just empty it.
        t->top = c->data;
        return;
    }
    t->chunk = c->prev;
    t->top = c->saved_top;
    t->limit = t->chunk->data + t->chunk->size;
    if (t->spare) free(t->spare);
    t->spare = c;
    (void)f;
}

void wf_frame_stack_free(WfThreadState *ts) {
    WfThreadImpl *t = WF_THREAD_IMPL(ts);
    WfStackChunk *c = t->chunk;
    while (c) {
        WfStackChunk *prev = c->prev;
        free(c);
        c = prev;
    }
    free(t->spare);
    t->chunk = t->spare = NULL;
    t->top = t->limit = NULL;
}

// ---- accessors (vm/frame.h) -----------------------------------------------------------------

WfFrame *wf_frame_current(void) {
    WfThreadState *ts = wf_ts();
    return ts ? ts->frame : NULL;
}

WfFrame *wf_frame_back(WfFrame *f) { return f ? f->back : NULL; }

WfValue wf_frame_code(WfFrame *f) { return (WfValue)f->code; }

WfValue wf_frame_globals(WfFrame *f) { return f->globals; }

WfValue wf_frame_locals_dict(WfFrame *f) { return f->locals; }

int wf_frame_lasti_of(WfFrame *f) { return wf_frame_lasti(f); }

int wf_frame_line(WfFrame *f) {
    int i = wf_frame_lasti(f);
    if (i < 0) return f->code->firstlineno;
    return wf_code_line(f->code, (size_t)i);
}

WfValue wf_frame_first_local(WfFrame *f) {
    WfCode *co = f->code;
    if (co->nlocals > 0 && f->localsplus[0]) return f->localsplus[0];
    // The first argument may live in a cell (e.g. when a nested function uses self).
    if (co->nlocals > 0 && co->argcount + co->kwonlyargcount > 0) {
        WfValue name = WF_TUPLE_GET(co->localnames, 0);
        for (int i = 0; i < co->ncells; i++) {
            if (wf_str_eq(WF_TUPLE_GET(co->cellnames, i), name)) {
                WfValue cell = f->localsplus[co->nlocals + i];
                return cell ? ((WfCell *)cell)->ref : WF_NULL;
            }
        }
    }
    return WF_NULL;
}

WfValue wf_frame_deref_by_name(WfFrame *f, const char *name) {
    WfCode *co = f->code;
    for (int i = 0; i < co->ncells + co->nfrees; i++) {
        WfValue n = i < co->ncells ? WF_TUPLE_GET(co->cellnames, i) : WF_TUPLE_GET(co->freenames, i - co->ncells);
        if (wf_str_eq_cstr(n, name)) {
            WfValue cell = f->localsplus[co->nlocals + i];
            return cell ? ((WfCell *)cell)->ref : WF_NULL;
        }
    }
    return WF_NULL;
}

// A dict of the frame's bound local, cell and free variables. New reference.
static WfValue fast_locals_dict(WfFrame *f) {
    WfCode *co = f->code;
    WfValue d = wf_dict_new();
    if (!d) return WF_NULL;
    for (int i = 0; i < co->nlocals; i++) {
        WfValue v = f->localsplus[i];
        WfValue name = WF_TUPLE_GET(co->localnames, i);
        // A parameter moved into a cell shows through its cell below.
        if (v && wf_dict_set(d, name, v) < 0) goto error;
    }
    for (int i = 0; i < co->ncells + co->nfrees; i++) {
        WfValue cell = f->localsplus[co->nlocals + i];
        WfValue v = cell ? ((WfCell *)cell)->ref : WF_NULL;
        WfValue name = i < co->ncells ? WF_TUPLE_GET(co->cellnames, i) : WF_TUPLE_GET(co->freenames, i - co->ncells);
        if (v && wf_dict_set(d, name, v) < 0) goto error;
    }
    return d;
error:
    wf_decref(d);
    return WF_NULL;
}

WfValue wf_frame_locals(WfFrame *f) {
    if (f->locals) return wf_newref(f->locals);
    return fast_locals_dict(f);
}

// ---- frame objects ----------------------------------------------------------------------------

typedef struct WfFrameObject {
    WfObject ob;
    WfFrame *frame;        // borrowed: the live frame, NULL once it ended
    WfValue code;          // owned: snapshot after the end (or NULL)
    WfValue globals;       // owned: snapshot
    WfValue builtins;      // owned: snapshot
    WfValue locals;        // owned: snapshot of locals at the end
    int line, lasti;
} WfFrameObject;

static void frameobj_dealloc(WfValue self) {
    WfFrameObject *fo = (WfFrameObject *)self;
    if (fo->frame && fo->frame->frameobj == self) fo->frame->frameobj = WF_NULL;
    wf_clear(&fo->code);
    wf_clear(&fo->globals);
    wf_clear(&fo->builtins);
    wf_clear(&fo->locals);
    wf_object_free(self);
}

WfValue wf_frame_get_object(WfFrame *f) {
    if (f->frameobj) return wf_newref(f->frameobj);
    WfFrameObject *fo = (WfFrameObject *)wf_object_alloc(&wf_frame_type, sizeof(WfFrameObject));
    if (!fo) return WF_NULL;
    fo->frame = f;
    f->frameobj = wf_newref((WfValue)fo);   // the frame owns one reference
    return (WfValue)fo;
}

WfValue wf_frame_object(WfFrame *f) { return wf_frame_get_object(f); }

void wf_frame_detach_object(WfFrame *f) {
    WfFrameObject *fo = (WfFrameObject *)f->frameobj;
    if (!fo) return;
    if (fo->ob.refcnt > 1) {
        // Someone still holds it: keep what it showed.
        fo->code = wf_newref((WfValue)f->code);
        fo->globals = wf_newref(f->globals);
        fo->builtins = wf_newref(f->builtins);
        fo->line = wf_frame_line(f);
        fo->lasti = wf_frame_lasti(f);
        if (f->func) {
            WfValue saved = wf_err_fetch();
            fo->locals = wf_frame_locals(f);
            if (!fo->locals) wf_err_clear();
            wf_err_restore_steal(saved);
        }
    }
    fo->frame = NULL;
    f->frameobj = WF_NULL;
    wf_decref((WfValue)fo);
}

WfValue wf_frame_getframe(int depth) {
    WfFrame *f = wf_frame_current();
    while (f && depth > 0) {
        f = f->back;
        depth--;
    }
    if (!f) {
        wf_err_set_str(wf_ValueError, "call stack is not deep enough");
        return WF_NULL;
    }
    return wf_frame_get_object(f);
}

static WfValue frame_get_code(WfValue self) {
    WfFrameObject *fo = (WfFrameObject *)self;
    if (fo->frame) return wf_newref((WfValue)fo->frame->code);
    return wf_newref(fo->code ? fo->code : WF_NONE);
}

static WfValue frame_get_globals(WfValue self) {
    WfFrameObject *fo = (WfFrameObject *)self;
    if (fo->frame) return wf_newref(fo->frame->globals);
    return wf_newref(fo->globals ? fo->globals : WF_NONE);
}

static WfValue frame_get_builtins(WfValue self) {
    WfFrameObject *fo = (WfFrameObject *)self;
    if (fo->frame) return wf_newref(fo->frame->builtins);
    return wf_newref(fo->builtins ? fo->builtins : WF_NONE);
}

static WfValue frame_get_locals(WfValue self) {
    WfFrameObject *fo = (WfFrameObject *)self;
    if (fo->frame) return wf_frame_locals(fo->frame);
    if (fo->locals) return wf_newref(fo->locals);
    return wf_dict_new();
}

static WfValue frame_get_lineno(WfValue self) {
    WfFrameObject *fo = (WfFrameObject *)self;
    return WF_FROM_SMALLINT(fo->frame ? wf_frame_line(fo->frame) : fo->line);
}

static WfValue frame_get_lasti(WfValue self) {
    WfFrameObject *fo = (WfFrameObject *)self;
    int i = fo->frame ? wf_frame_lasti(fo->frame) : fo->lasti;
    return WF_FROM_SMALLINT(i < 0 ? -1 : i * 2);
}

static WfValue frame_get_back(WfValue self) {
    WfFrameObject *fo = (WfFrameObject *)self;
    if (fo->frame && fo->frame->back) return wf_frame_get_object(fo->frame->back);
    return wf_newref(WF_NONE);
}

static WfValue frame_get_trace(WfValue self) { return wf_newref(WF_NONE); }

static WfValue frame_repr(WfValue self) {
    WfFrameObject *fo = (WfFrameObject *)self;
    WfCode *co = fo->frame ? fo->frame->code : (WfCode *)fo->code;
    int line = fo->frame ? wf_frame_line(fo->frame) : fo->line;
    if (!co) return wf_str_from_format("<frame at %p>", (void *)self);
    return wf_str_from_format("<frame at %p, file '%s', line %d, code %s>", (void *)self,
                              wf_str_cstr(co->filename), line, wf_str_cstr(co->name));
}

static WfValue frame_clear(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFrameObject *fo = (WfFrameObject *)self;
    if (fo->frame) {
        wf_err_set_str(wf_RuntimeError, "cannot clear an executing frame");
        return WF_NULL;
    }
    wf_clear(&fo->locals);
    return wf_newref(WF_NONE);
}

static const WfGetSetDef frame_getsets[] = {
    {"f_code", frame_get_code, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL},
    {"f_lineno", frame_get_lineno, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL},
    {"f_trace", frame_get_trace, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const WfMethodDef frame_methods[] = {
    {"clear", frame_clear, 0, "Clear all references held by the frame."},
    {NULL, NULL, 0, NULL},
};

WfType wf_frame_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "frame",
    .basicsize = sizeof(WfFrameObject),
    .dealloc = frameobj_dealloc,
    .repr = frame_repr,
    .getsets = frame_getsets,
    .methods = frame_methods,
};
