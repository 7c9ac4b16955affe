// frame.c — the per-thread frame stack (chunks of words, bump allocated, one
// spare chunk cached so a call at a chunk edge does not malloc every time),
// frame set-up (argument binding with CPython's rules and messages, cells)
// and tear-down, the frame accessors of vm/frame.h, and frame objects
// (sys._getframe, gi_frame): a frame object points at a live frame and, when
// the frame ends, keeps a snapshot of what it showed.
// GIL rule: a thread's frames are touched only by that thread, with the GIL.
#include "vm/frame.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/int.h"
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

// ---- frame set-up and tear-down -----------------------------------------------------------

int wf_frame_init(WfFrame *f, WfFunction *func, WfValue locals) {
    WfCode *co = (WfCode *)func->code;
    WfCodeInfo *ci = wf_code_info(co);
    if (!ci) return -1;
    f->back = NULL;
    f->func = func;
    wf_incref((WfValue)func);
    f->code = co;
    f->globals = func->globals;
    f->builtins = func->builtins;
    f->locals = locals;
    wf_xincref(locals);
    f->ip = ci->qinstrs;
    f->gen = WF_NULL;
    f->frameobj = WF_NULL;
    f->state = WF_FRAME_CREATED;
    f->entry = false;
    f->in_yield_from = false;
    size_t n = ci->nslots;
    memset(f->localsplus, 0, n * sizeof(WfValue));
    f->sp = f->localsplus + n;
    return 0;
}

void wf_frame_clear(WfFrame *f) {
    if (f->frameobj) wf_frame_detach_object(f);
    WfCode *co = f->code;
    size_t n = (size_t)co->nlocals + (size_t)co->ncells + (size_t)co->nfrees;
    WfValue *base = f->localsplus + n;
    while (f->sp > base) {
        WfValue v = *--f->sp;
        wf_xdecref(v);
    }
    for (size_t i = 0; i < n; i++) wf_clear(&f->localsplus[i]);
    wf_clear(&f->locals);
    WfValue func = (WfValue)f->func;
    f->func = NULL;
    wf_xdecref(func);
}

// Creates the frame's cells and copies its free variables. 0/-1.
int wf_frame_init_cells(WfFrame *f) {
    WfCode *co = f->code;
    WfValue *cells = f->localsplus + co->nlocals;
    for (int i = 0; i < co->ncells; i++) {
        // A parameter that is also a cell is moved in by the compiler (LOAD_FAST; STORE_DEREF).
        WfValue c = wf_cell_new(WF_NULL);
        if (!c) return -1;
        cells[i] = c;
    }
    if (co->nfrees) {
        WfValue closure = f->func->closure;
        if (!closure || !wf_is_tuple(closure) || WF_TUPLE_LEN(closure) < (size_t)co->nfrees) {
            wf_err_set_str(wf_SystemError, "function closure does not match its code object");
            return -1;
        }
        WfValue *frees = cells + co->ncells;
        for (int i = 0; i < co->nfrees; i++) frees[i] = wf_newref(WF_TUPLE_GET(closure, i));
    }
    return 0;
}

// ---- argument binding --------------------------------------------------------------------

static const char *func_qualname(WfFrame *f) {
    WfValue q = f->func->qualname;
    if (q && wf_is_str(q)) return wf_str_cstr(q);
    return wf_str_cstr(f->code->name);
}

// Appends "'a', 'b', and 'c'" style lists.
static void append_name_list(WfStrBuf *b, WfValue *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) wf_strbuf_append_cstr(b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        wf_strbuf_printf(b, "'%s'", wf_str_cstr(names[i]));
    }
}

static void missing_arguments(WfFrame *f, bool kwonly, size_t start, size_t end) {
    WfCode *co = f->code;
    WfValue missing[64];
    size_t n = 0, total = 0;
    for (size_t i = start; i < end; i++) {
        if (f->localsplus[i]) continue;
        total++;
        if (n < 64) missing[n++] = WF_TUPLE_GET(co->localnames, i);
    }
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_printf(&b, "%s() missing %zu required %s argument%s: ", func_qualname(f), total,
                     kwonly ? "keyword-only" : "positional", total == 1 ? "" : "s");
    append_name_list(&b, missing, n);
    WfValue msg = wf_strbuf_finish(&b);
    if (msg) {
        wf_err_set(wf_TypeError, msg);
        wf_decref(msg);
    }
}

static void too_many_positional(WfFrame *f, size_t given, size_t ndefaults) {
    WfCode *co = f->code;
    size_t argcount = (size_t)co->argcount;
    size_t kwonly_given = 0;
    for (int i = 0; i < co->kwonlyargcount; i++)
        if (f->localsplus[argcount + (size_t)i]) kwonly_given++;
    char takes[96];
    if (ndefaults) {
        snprintf(takes, sizeof takes, "from %zu to %zu positional arguments", argcount - ndefaults, argcount);
    } else {
        snprintf(takes, sizeof takes, "%zu positional argument%s", argcount, argcount == 1 ? "" : "s");
    }
    if (kwonly_given) {
        wf_err_format(wf_TypeError,
                      "%s() takes %s but %zu positional argument%s (and %zu keyword-only argument%s) were given",
                      func_qualname(f), takes, given, given == 1 ? "" : "s", kwonly_given,
                      kwonly_given == 1 ? "" : "s");
    } else {
        wf_err_format(wf_TypeError, "%s() takes %s but %zu %s given", func_qualname(f), takes, given,
                      given == 1 ? "was" : "were");
    }
}

// Index of keyword [name] among the parameters that accept keywords, or -1;
// *posonly is set when it names a positional-only parameter.
static int find_keyword(WfCode *co, WfValue name, bool *posonly) {
    int total = co->argcount + co->kwonlyargcount;
    WfValue *names = WF_TUPLE_ITEMS(co->localnames);
    *posonly = false;
    for (int i = co->posonlyargcount; i < total; i++)
        if (names[i] == name) return i;
    for (int i = co->posonlyargcount; i < total; i++)
        if (wf_str_eq(names[i], name)) return i;
    for (int i = 0; i < co->posonlyargcount; i++)
        if (names[i] == name || wf_str_eq(names[i], name)) { *posonly = true; return -1; }
    return -1;
}

int wf_frame_bind_args(WfFrame *f, WfValue *args, size_t nargs, WfValue kwnames) {
    WfCode *co = f->code;
    WfFunction *func = f->func;
    size_t argcount = (size_t)co->argcount;
    size_t kwonly = (size_t)co->kwonlyargcount;
    size_t total = argcount + kwonly;
    WfValue *locals = f->localsplus;
    WfValue kwdict = WF_NULL;
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;

    if (co->flags & WF_CO_VARKEYWORDS) {
        kwdict = wf_dict_new();
        if (!kwdict) return -1;
        locals[total + ((co->flags & WF_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = nargs < argcount ? nargs : argcount;
    for (size_t i = 0; i < n; i++) locals[i] = wf_newref(args[i]);
    if (co->flags & WF_CO_VARARGS) {
        WfValue t = nargs > n ? wf_tuple_from_array(args + n, nargs - n) : wf_tuple_new(0);
        if (!t) return -1;
        locals[total] = t;
    }
    // Keyword arguments.
    for (size_t k = 0; k < nkw; k++) {
        WfValue name = WF_TUPLE_GET(kwnames, k);
        WfValue value = args[nargs + k];
        bool posonly = false;
        int j = wf_is_str(name) ? find_keyword(co, name, &posonly) : -1;
        if (j >= 0) {
            if (locals[j]) {
                wf_err_format(wf_TypeError, "%s() got multiple values for argument '%s'",
                              func_qualname(f), wf_str_cstr(name));
                return -1;
            }
            locals[j] = wf_newref(value);
            continue;
        }
        if (kwdict) {
            if (wf_dict_set(kwdict, name, value) < 0) return -1;
            continue;
        }
        if (posonly) {
            // Collect every positional-only parameter passed by keyword.
            WfStrBuf b;
            wf_strbuf_init(&b);
            wf_strbuf_printf(&b, "%s() got some positional-only arguments passed as keyword arguments: ",
                             func_qualname(f));
            WfValue found[64];
            size_t nf = 0;
            for (size_t m = k; m < nkw && nf < 64; m++) {
                WfValue nm = WF_TUPLE_GET(kwnames, m);
                for (int i = 0; i < co->posonlyargcount; i++) {
                    WfValue pn = WF_TUPLE_GET(co->localnames, i);
                    if (wf_is_str(nm) && (pn == nm || wf_str_eq(pn, nm))) { found[nf++] = pn; break; }
                }
            }
            // CPython joins these inside one pair of quotes: 'a, b'.
            wf_strbuf_append_char(&b, '\'');
            for (size_t i = 0; i < nf; i++) {
                if (i > 0) wf_strbuf_append_cstr(&b, ", ");
                wf_strbuf_append_cstr(&b, wf_str_cstr(found[i]));
            }
            wf_strbuf_append_char(&b, '\'');
            WfValue msg = wf_strbuf_finish(&b);
            if (msg) {
                wf_err_set(wf_TypeError, msg);
                wf_decref(msg);
            }
            return -1;
        }
        if (!wf_is_str(name)) {
            wf_err_format(wf_TypeError, "%s() keywords must be strings", func_qualname(f));
            return -1;
        }
        wf_err_format(wf_TypeError, "%s() got an unexpected keyword argument '%s'", func_qualname(f),
                      wf_str_cstr(name));
        return -1;
    }
    WfValue defaults = func->defaults;
    size_t ndefaults = defaults && wf_is_tuple(defaults) ? WF_TUPLE_LEN(defaults) : 0;
    if (ndefaults > argcount) ndefaults = argcount;
    if (nargs > argcount && !(co->flags & WF_CO_VARARGS)) {
        too_many_positional(f, nargs, ndefaults);
        return -1;
    }
    // Defaults for the missing positional parameters.
    if (nargs < argcount) {
        size_t first_default = argcount - ndefaults;
        bool missing = false;
        for (size_t i = nargs; i < argcount; i++) {
            if (locals[i]) continue;
            if (i >= first_default) locals[i] = wf_newref(WF_TUPLE_GET(defaults, i - first_default));
            else missing = true;
        }
        if (missing) {
            missing_arguments(f, false, nargs, argcount);
            return -1;
        }
    }
    // Keyword-only parameters.
    if (kwonly) {
        bool missing = false;
        for (size_t i = argcount; i < total; i++) {
            if (locals[i]) continue;
            WfValue dflt = WF_NULL;
            if (func->kwdefaults && wf_is_dict(func->kwdefaults)) {
                int r = wf_dict_get_ref(func->kwdefaults, WF_TUPLE_GET(co->localnames, i), &dflt);
                if (r < 0) return -1;
            }
            if (dflt) locals[i] = dflt;
            else missing = true;
        }
        if (missing) {
            missing_arguments(f, true, argcount, total);
            return -1;
        }
    }
    return wf_frame_init_cells(f);
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
