// code.c — the code object type: bytecode, constants, names, positions and
// exception table of one compiled body (see vm/code.h and vm/opcodes.h).
// Invariant: a code object is immutable once the compiler has filled it;
// only eval.c's inline caches (the `caches` block) change afterwards.
// GIL: every function here runs with the GIL held.
#include "vm/code.h"

#include <stdlib.h>

#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/bytes.h"
#include "runtime/list.h"
#include "runtime/args.h"

// Returns a new reference: an empty code object (all fields zero/NULL).
WfValue wf_code_new(void)
{
    WfValue v = wf_object_alloc(&wf_code_type, sizeof(WfCode));
    if (!v)
        return WF_NULL;
    WfCode *co = (WfCode *)v;
    co->firstlineno = 1;
    return v;
}

int wf_code_line(const WfCode *code, size_t index)
{
    if (!code->positions || index >= code->ninstrs)
        return 0;
    return code->positions[index].line;
}

static void code_dealloc(WfValue self)
{
    WfCode *co = (WfCode *)self;
    free(co->instrs);
    co->instrs = NULL;
    free(co->positions);
    co->positions = NULL;
    free(co->exctable);
    co->exctable = NULL;
    free(co->caches);
    co->caches = NULL;
    wf_clear(&co->consts);
    wf_clear(&co->names);
    wf_clear(&co->localnames);
    wf_clear(&co->cellnames);
    wf_clear(&co->freenames);
    wf_clear(&co->name);
    wf_clear(&co->qualname);
    wf_clear(&co->filename);
    wf_object_free(self);
}

// repr: <code object f at 0x7f..., file "x.py", line 3>
static WfValue code_repr(WfValue self)
{
    WfCode *co = (WfCode *)self;
    return wf_str_from_format("<code object %s at %p, file \"%s\", line %d>",
                              co->name ? wf_str_cstr(co->name) : "?", (void *)self,
                              co->filename ? wf_str_cstr(co->filename) : "???",
                              co->firstlineno);
}

// ---- attributes ---------------------------------------------------------------

// A field that may be NULL: NULL reads as the empty tuple / None.
static WfValue tuple_or_empty(WfValue v)
{
    return v ? wf_newref(v) : wf_tuple_new(0);
}

static WfValue str_or_none(WfValue v)
{
    return wf_newref(v ? v : WF_NONE);
}

#define CODE(v) ((WfCode *)(v))

static WfValue code_get_name(WfValue self) { return str_or_none(CODE(self)->name); }
static WfValue code_get_qualname(WfValue self) { return str_or_none(CODE(self)->qualname); }
static WfValue code_get_filename(WfValue self) { return str_or_none(CODE(self)->filename); }
static WfValue code_get_firstlineno(WfValue self) { return wf_int_from_i64(CODE(self)->firstlineno); }
static WfValue code_get_argcount(WfValue self) { return wf_int_from_i64(CODE(self)->argcount); }
static WfValue code_get_posonlyargcount(WfValue self)
{
    return wf_int_from_i64(CODE(self)->posonlyargcount);
}
static WfValue code_get_kwonlyargcount(WfValue self)
{
    return wf_int_from_i64(CODE(self)->kwonlyargcount);
}
static WfValue code_get_nlocals(WfValue self) { return wf_int_from_i64(CODE(self)->nlocals); }
static WfValue code_get_stacksize(WfValue self) { return wf_int_from_i64(CODE(self)->stacksize); }
static WfValue code_get_flags(WfValue self) { return wf_int_from_i64(CODE(self)->flags); }
static WfValue code_get_varnames(WfValue self) { return tuple_or_empty(CODE(self)->localnames); }
static WfValue code_get_cellvars(WfValue self) { return tuple_or_empty(CODE(self)->cellnames); }
static WfValue code_get_freevars(WfValue self) { return tuple_or_empty(CODE(self)->freenames); }
static WfValue code_get_consts(WfValue self) { return tuple_or_empty(CODE(self)->consts); }
static WfValue code_get_names(WfValue self) { return tuple_or_empty(CODE(self)->names); }

// co_code: the instruction words as little-endian bytes (4 per instruction).
static WfValue code_get_code(WfValue self)
{
    WfCode *co = CODE(self);
    size_t n = co->ninstrs * 4;
    unsigned char *buf = malloc(n ? n : 1);
    if (!buf)
        return wf_err_no_memory();
    for (size_t i = 0; i < co->ninstrs; i++) {
        uint32_t w = co->instrs[i];
        buf[4 * i] = (unsigned char)(w & 0xff);
        buf[4 * i + 1] = (unsigned char)((w >> 8) & 0xff);
        buf[4 * i + 2] = (unsigned char)((w >> 16) & 0xff);
        buf[4 * i + 3] = (unsigned char)((w >> 24) & 0xff);
    }
    WfValue res = wf_bytes_new(buf, n);
    free(buf);
    return res;
}

// co_positions(): an iterator of (line, end_line, col, end_col), one per instruction.
static WfValue code_co_positions(WfValue self, WfValue *args, size_t nargs, WfValue kwnames)
{
    if (wf_args_no_kw("co_positions", kwnames) < 0 || wf_args_count("co_positions", nargs, 0, 0) < 0)
        return WF_NULL;
    WfCode *co = CODE(self);
    WfValue list = wf_list_new(co->ninstrs);
    if (!list)
        return WF_NULL;
    for (size_t i = 0; i < co->ninstrs; i++) {
        WfPos p = co->positions ? co->positions[i] : (WfPos){0, 0, 0, 0};
        WfValue t = wf_tuple_new(4);
        if (!t) {
            wf_decref(list);
            return WF_NULL;
        }
        WF_TUPLE_SET_STEAL(t, 0, wf_int_from_i64(p.line));
        WF_TUPLE_SET_STEAL(t, 1, wf_int_from_i64(p.end_line));
        WF_TUPLE_SET_STEAL(t, 2, wf_int_from_i64(p.col));
        WF_TUPLE_SET_STEAL(t, 3, wf_int_from_i64(p.end_col));
        wf_list_set_steal(list, i, t);
    }
    WfValue it = wf_iter(list);
    wf_decref(list);
    return it;
}

// co_lines(): an iterator of (start, end, line) ranges of instruction indices.
static WfValue code_co_lines(WfValue self, WfValue *args, size_t nargs, WfValue kwnames)
{
    if (wf_args_no_kw("co_lines", kwnames) < 0 || wf_args_count("co_lines", nargs, 0, 0) < 0)
        return WF_NULL;
    WfCode *co = CODE(self);
    WfValue list = wf_list_new(0);
    if (!list)
        return WF_NULL;
    size_t i = 0;
    while (i < co->ninstrs) {
        int line = wf_code_line(co, i);
        size_t j = i + 1;
        while (j < co->ninstrs && wf_code_line(co, j) == line)
            j++;
        WfValue a = wf_int_from_i64((int64_t)i), b = wf_int_from_i64((int64_t)j);
        WfValue l = line > 0 ? wf_int_from_i64(line) : wf_newref(WF_NONE);
        WfValue t = (a && b && l) ? wf_tuple_pack(3, a, b, l) : WF_NULL;
        wf_xdecref(a);
        wf_xdecref(b);
        wf_xdecref(l);
        if (!t || wf_list_append_steal(list, t) < 0) {
            wf_decref(list);
            return WF_NULL;
        }
        i = j;
    }
    WfValue it = wf_iter(list);
    wf_decref(list);
    return it;
}

static const WfMethodDef code_methods[] = {
    {"co_positions", code_co_positions, 0, NULL},
    {"co_lines", code_co_lines, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const WfGetSetDef code_getsets[] = {
    {"co_name", code_get_name, NULL, NULL},
    {"co_qualname", code_get_qualname, NULL, NULL},
    {"co_filename", code_get_filename, NULL, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL, NULL},
    {"co_argcount", code_get_argcount, NULL, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL, NULL},
    {"co_nlocals", code_get_nlocals, NULL, NULL},
    {"co_stacksize", code_get_stacksize, NULL, NULL},
    {"co_flags", code_get_flags, NULL, NULL},
    {"co_varnames", code_get_varnames, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL},
    {"co_consts", code_get_consts, NULL, NULL},
    {"co_names", code_get_names, NULL, NULL},
    {"co_code", code_get_code, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

WfType wf_code_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "code",
    .basicsize = sizeof(WfCode),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getsets = code_getsets,
    .methods = code_methods,
};
