// compiler.c — AST to code objects: the driver (wf_compile_source), compile
// units (one per code object), instruction emission with labels and
// exception-handler regions, constant/name tables, and assembly (jump
// resolution, exception table, exact stack depth). Expressions live in
// compiler_expr.c, statements in compiler_stmt.c.
// Invariants: every instruction records the handler region current when it
// was emitted, so the exception table is a set of disjoint runs; jump
// arguments hold label ids until assembly turns them into absolute indices.
// GIL: held (constants are runtime objects).
#include "vm/compiler.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/compiler_internal.h"
#include "vm/import.h"
#include "vm/parser.h"
#include "vm/tstate.h"

// ---------------------------------------------------------------------------
// Stack effects
// ---------------------------------------------------------------------------

static const signed char fixed_effect[WF_OP_COUNT] = {
#define WF_OP_EFFECT(name, effect, has_arg) [OP_##name] = (effect) == WF_VAR ? 0 : (effect),
    WF_OPCODES(WF_OP_EFFECT)
#undef WF_OP_EFFECT
};

int wf_op_stack_effect(int op, int arg, int jump)
{
    switch (op) {
    case OP_BUILD_TUPLE:
    case OP_BUILD_LIST:
    case OP_BUILD_SET:
    case OP_BUILD_STRING:
    case OP_BUILD_SLICE:
        return 1 - arg;
    case OP_BUILD_MAP:
        return 1 - 2 * arg;
    case OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case OP_UNPACK_SEQUENCE:
        return arg - 1;
    case OP_UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_CALL:
        return -arg;
    case OP_CALL_KW:
    case OP_CALL_METHOD:
        return -arg - 1;
    case OP_CALL_METHOD_KW:
        return -arg - 2;
    case OP_CALL_EX:
        return -1 - (arg & 1);
    case OP_MAKE_FUNCTION:
        return -__builtin_popcount((unsigned)arg & 15u);
    case OP_RAISE_VARARGS:
        return -arg;
    default:
        if (op < 0 || op >= WF_OP_COUNT)
            return 0;
        return fixed_effect[op];
    }
}

static bool is_jump_op(int op)
{
    switch (op) {
    case OP_JUMP:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER:
        return true;
    default:
        return false;
    }
}

static bool is_terminator(int op)
{
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

bool cc_error(WfCompiler *c, const WfAst *node, const char *fmt, ...)
{
    if (c->syntax_failed || wf_err_occurred())
        return false;
    c->syntax_failed = true;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->errmsg, sizeof c->errmsg, fmt, ap);
    va_end(ap);
    if (node) {
        c->err_line = node->line;
        c->err_col = node->col;
        c->err_end_line = node->end_line;
        c->err_end_col = node->end_col;
    } else if (c->u) {
        c->err_line = c->u->cur_pos.line;
        c->err_col = c->u->cur_pos.col;
        c->err_end_line = c->u->cur_pos.end_line;
        c->err_end_col = c->u->cur_pos.end_col;
    } else {
        c->err_line = 1;
        c->err_col = 0;
        c->err_end_line = 1;
        c->err_end_col = 0;
    }
    return false;
}

bool cc_warn(WfCompiler *c, const WfAst *node, const char *fmt, ...)
{
    if (c->syntax_failed || wf_err_occurred())
        return false;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int line = node ? node->line : c->u ? c->u->cur_pos.line : 1;
    WfValue text = wf_str_from_cstr(msg);
    WfValue lineno = wf_int_from_i64(line);
    WfValue mod = text && lineno ? wf_import_cstr("warnings") : WF_NULL;
    WfValue fn = mod ? wf_getattr_cstr(mod, "warn_explicit") : WF_NULL;
    WfValue r = WF_NULL;
    if (fn) {
        WfValue args[4] = {text, (WfValue)wf_SyntaxWarning,
                           c->filename_obj ? c->filename_obj : WF_NONE, lineno};
        r = wf_call(fn, args, 4, WF_NULL);
    }
    wf_xdecref(fn);
    wf_xdecref(mod);
    wf_xdecref(text);
    wf_xdecref(lineno);
    if (r) {
        wf_decref(r);
        return true;
    }
    if (wf_err_matches(wf_SyntaxWarning)) {
        // "-W error": the warning becomes a SyntaxError at the same place.
        wf_err_clear();
        return cc_error(c, node, "%s", msg);
    }
    wf_err_clear();
    return true;
}

bool cc_nomem(WfCompiler *c)
{
    (void)c;
    if (!wf_err_occurred())
        wf_err_no_memory();
    return false;
}

// The text of source line [line] (1-based) as a str, with its newline if the
// source has one ([force_nl]: always end with one). None if out of range.
static WfValue source_line(const char *src, size_t len, int line, bool force_nl)
{
    if (!src || line < 1)
        return wf_newref(WF_NONE);
    size_t i = 0;
    for (int l = 1; l < line; l++) {
        const char *nl = memchr(src + i, '\n', len - i);
        if (!nl)
            return wf_newref(WF_NONE);
        i = (size_t)(nl - src) + 1;
    }
    if (i > len || (i == len && line > 1 && !force_nl))
        return wf_newref(WF_NONE);
    const char *nl = memchr(src + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - src) : len;
    size_t n = end - i;
    if (n && src[i + n - 1] == '\r')
        n--;
    bool add_nl = nl != NULL || force_nl;
    char *buf = malloc(n + 2);
    if (!buf)
        return wf_err_no_memory();
    memcpy(buf, src + i, n);
    if (add_nl)
        buf[n++] = '\n';
    buf[n] = 0;
    WfValue s = wf_str_from_utf8(buf, n);
    free(buf);
    return s;
}

// Raises [type](msg, (filename, line, offset, text, end_line, end_offset)).
static void raise_syntax(WfType *type, const char *msg, const char *filename, const char *src,
                         size_t len, int line, int offset, int end_line, int end_offset,
                         bool force_nl)
{
    WfValue text = source_line(src, len, line, force_nl);
    if (!text)
        return;
    WfValue fname = wf_str_from_cstr(filename ? filename : "<unknown>");
    WfValue m = wf_str_from_cstr(msg);
    WfValue l = wf_int_from_i64(line), o = wf_int_from_i64(offset);
    WfValue el = wf_int_from_i64(end_line), eo = wf_int_from_i64(end_offset);
    WfValue details = NULL, exc = NULL;
    if (fname && m && l && o && el && eo)
        details = wf_tuple_pack(6, fname, l, o, text, el, eo);
    if (details) {
        WfValue args[2] = {m, details};
        exc = wf_exc_new(type, args, 2);
    }
    if (exc)
        wf_err_set_obj(exc);
    wf_xdecref(exc);
    wf_xdecref(details);
    wf_decref(text);
    wf_xdecref(fname);
    wf_xdecref(m);
    wf_xdecref(l);
    wf_xdecref(o);
    wf_xdecref(el);
    wf_xdecref(eo);
}

// ---------------------------------------------------------------------------
// Emission
// ---------------------------------------------------------------------------

void cc_set_pos(WfCompiler *c, const WfAst *node)
{
    if (!node)
        return;
    c->u->cur_pos.line = node->line;
    c->u->cur_pos.end_line = node->end_line;
    c->u->cur_pos.col = node->col;
    c->u->cur_pos.end_col = node->end_col;
}

static bool grow_code(WfCompiler *c)
{
    CUnit *u = c->u;
    size_t ncap = u->cap ? u->cap * 2 : 64;
    uint32_t *code = realloc(u->code, ncap * sizeof *code);
    if (!code)
        return cc_nomem(c);
    u->code = code;
    WfPos *pos = realloc(u->pos, ncap * sizeof *pos);
    if (!pos)
        return cc_nomem(c);
    u->pos = pos;
    int *hidx = realloc(u->hidx, ncap * sizeof *hidx);
    if (!hidx)
        return cc_nomem(c);
    u->hidx = hidx;
    u->cap = ncap;
    return true;
}

static bool emit_raw(WfCompiler *c, int op, int arg)
{
    CUnit *u = c->u;
    if (arg < 0 || (uint32_t)arg > WF_MAX_ARG) {
        wf_err_set_str(wf_SystemError, "compiler: instruction argument out of range");
        return false;
    }
    if (u->n == u->cap && !grow_code(c))
        return false;
    u->code[u->n] = WF_INSTR(op, (uint32_t)arg);
    u->pos[u->n] = u->cur_pos;
    u->hidx[u->n] = u->cur_handler;
    u->n++;
    return true;
}

bool cc_emit(WfCompiler *c, int op, int arg)
{
    if (!emit_raw(c, op, arg))
        return false;
    c->u->depth += wf_op_stack_effect(op, arg, 0);
    return true;
}

bool cc_emit_jump(WfCompiler *c, int op, int label)
{
    CUnit *u = c->u;
    int jd = u->depth + wf_op_stack_effect(op, 0, 1);
    if (u->label_depth[label] < 0)
        u->label_depth[label] = jd;
    if (!emit_raw(c, op, label))
        return false;
    u->depth += wf_op_stack_effect(op, 0, 0);
    return true;
}

int cc_new_label(WfCompiler *c)
{
    CUnit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int ncap = u->caplabels ? u->caplabels * 2 : 32;
        int *p = realloc(u->label_pos, (size_t)ncap * sizeof *p);
        if (!p) {
            cc_nomem(c);
            return -1;
        }
        u->label_pos = p;
        int *d = realloc(u->label_depth, (size_t)ncap * sizeof *d);
        if (!d) {
            cc_nomem(c);
            return -1;
        }
        u->label_depth = d;
        u->caplabels = ncap;
    }
    u->label_pos[u->nlabels] = -1;
    u->label_depth[u->nlabels] = -1;
    return u->nlabels++;
}

void cc_bind(WfCompiler *c, int label)
{
    CUnit *u = c->u;
    u->label_pos[label] = (int)u->n;
    if (u->label_depth[label] >= 0)
        u->depth = u->label_depth[label];
    else
        u->label_depth[label] = u->depth;
}

int cc_push_handler(WfCompiler *c, int label, int depth)
{
    CUnit *u = c->u;
    if (u->nhandlers == u->caphandlers) {
        int ncap = u->caphandlers ? u->caphandlers * 2 : 8;
        HandlerRec *h = realloc(u->handlers, (size_t)ncap * sizeof *h);
        if (!h) {
            cc_nomem(c);
            return -1;
        }
        u->handlers = h;
        u->caphandlers = ncap;
    }
    HandlerRec *h = &u->handlers[u->nhandlers];
    h->label = label;
    h->depth = depth;
    h->parent = u->cur_handler;
    u->label_depth[label] = depth + 1;
    u->cur_handler = u->nhandlers;
    return u->nhandlers++;
}

void cc_pop_handler(WfCompiler *c)
{
    CUnit *u = c->u;
    if (u->cur_handler >= 0)
        u->cur_handler = u->handlers[u->cur_handler].parent;
}

bool cc_push_fblock(WfCompiler *c, int kind, int block_label, int exit_label, int outer_handler)
{
    CUnit *u = c->u;
    if (u->nfblocks >= CU_MAX_FBLOCKS)
        return cc_error(c, NULL, "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfblocks++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->block_label = block_label;
    f->exit_label = exit_label;
    f->outer_handler = outer_handler;
    f->pos = u->cur_pos;
    return true;
}

void cc_pop_fblock(WfCompiler *c)
{
    c->u->nfblocks--;
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

static uint64_t mix64(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

static uint64_t const_hash(WfValue v)
{
    if (WF_IS_SMALLINT(v))
        return mix64((uint64_t)WF_SMALLINT_VAL(v) * 3 + 1);
    WfType *t = v->type;
    uint64_t th = mix64((uint64_t)(uintptr_t)t);
    if (t == &wf_str_type)
        return th ^ (uint64_t)wf_str_hash(v);
    if (t == &wf_bytes_type) {
        uint64_t h = 1469598103934665603ULL;
        for (size_t i = 0; i < WF_BYTES_LEN(v); i++)
            h = (h ^ WF_BYTES_DATA(v)[i]) * 1099511628211ULL;
        return th ^ h;
    }
    if (t == &wf_float_type) {
        double d = WF_FLOAT_VAL(v);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        return th ^ mix64(bits);
    }
    if (t == &wf_int_type)
        return th ^ (uint64_t)wf_int_hash(v);
    if (t == &wf_tuple_type) {
        uint64_t h = th ^ WF_TUPLE_LEN(v);
        for (size_t i = 0; i < WF_TUPLE_LEN(v); i++)
            h = mix64(h * 31 + const_hash(WF_TUPLE_GET(v, i)));
        return h;
    }
    return mix64((uint64_t)(uintptr_t)v);
}

// Same value and same type (1, 1.0 and True differ; 0.0 and -0.0 differ).
static bool const_same(WfValue a, WfValue b)
{
    if (a == b)
        return true;
    if (WF_IS_SMALLINT(a) || WF_IS_SMALLINT(b))
        return false;
    WfType *t = a->type;
    if (t != b->type)
        return false;
    if (t == &wf_str_type)
        return wf_str_eq(a, b);
    if (t == &wf_bytes_type)
        return WF_BYTES_LEN(a) == WF_BYTES_LEN(b) &&
               memcmp(WF_BYTES_DATA(a), WF_BYTES_DATA(b), WF_BYTES_LEN(a)) == 0;
    if (t == &wf_float_type) {
        double x = WF_FLOAT_VAL(a), y = WF_FLOAT_VAL(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &wf_int_type) {
        mpz_t x, y;
        mpz_init(x);
        mpz_init(y);
        wf_int_to_mpz(a, x);
        wf_int_to_mpz(b, y);
        bool eq = mpz_cmp(x, y) == 0;
        mpz_clear(x);
        mpz_clear(y);
        return eq;
    }
    if (t == &wf_tuple_type) {
        if (WF_TUPLE_LEN(a) != WF_TUPLE_LEN(b))
            return false;
        for (size_t i = 0; i < WF_TUPLE_LEN(a); i++)
            if (!const_same(WF_TUPLE_GET(a, i), WF_TUPLE_GET(b, i)))
                return false;
        return true;
    }
    return false;
}

static bool const_index_grow(WfCompiler *c)
{
    CUnit *u = c->u;
    int ncap = u->ccap ? u->ccap * 2 : 32;
    int *idx = malloc((size_t)ncap * sizeof *idx);
    uint64_t *hs = malloc((size_t)ncap * sizeof *hs);
    if (!idx || !hs) {
        free(idx);
        free(hs);
        return cc_nomem(c);
    }
    for (int i = 0; i < ncap; i++)
        idx[i] = -1;
    for (int j = 0; j < u->ccap; j++) {
        if (u->cidx[j] < 0)
            continue;
        unsigned i = (unsigned)u->chash[j] & (unsigned)(ncap - 1);
        while (idx[i] >= 0)
            i = (i + 1) & (unsigned)(ncap - 1);
        idx[i] = u->cidx[j];
        hs[i] = u->chash[j];
    }
    free(u->cidx);
    free(u->chash);
    u->cidx = idx;
    u->chash = hs;
    u->ccap = ncap;
    return true;
}

int cc_add_const(WfCompiler *c, WfValue v)
{
    CUnit *u = c->u;
    uint64_t h = const_hash(v);
    if (u->ccap) {
        unsigned mask = (unsigned)u->ccap - 1;
        unsigned i = (unsigned)h & mask;
        while (u->cidx[i] >= 0) {
            if (u->chash[i] == h && const_same(WF_LIST_ITEMS(u->consts)[u->cidx[i]], v))
                return u->cidx[i];
            i = (i + 1) & mask;
        }
    }
    size_t n = WF_LIST_LEN(u->consts);
    if (2 * (n + 1) > (size_t)u->ccap && !const_index_grow(c))
        return -1;
    if (wf_list_append(u->consts, v) < 0)
        return -1;
    unsigned mask = (unsigned)u->ccap - 1;
    unsigned i = (unsigned)h & mask;
    while (u->cidx[i] >= 0)
        i = (i + 1) & mask;
    u->cidx[i] = (int)n;
    u->chash[i] = h;
    return (int)n;
}

int cc_add_const_steal(WfCompiler *c, WfValue v)
{
    if (!v)
        return -1;
    int i = cc_add_const(c, v);
    wf_decref(v);
    return i;
}

bool cc_load_const(WfCompiler *c, WfValue v)
{
    int i = cc_add_const(c, v);
    return i >= 0 && cc_emit(c, OP_LOAD_CONST, i);
}

bool cc_load_const_steal(WfCompiler *c, WfValue v)
{
    int i = cc_add_const_steal(c, v);
    return i >= 0 && cc_emit(c, OP_LOAD_CONST, i);
}

static bool is_identifier_like(const char *s, size_t n)
{
    if (n == 0 || n > 40)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9')))
            return false;
    }
    return true;
}

// complex(0.0, imag) through the builtins (the compiler has no complex API).
static WfValue make_imaginary(double imag)
{
    WfValue complex_type = WF_NULL;
    int r = wf_interp.builtins ? wf_dict_get_cstr_ref(wf_interp.builtins, "complex", &complex_type)
                               : 0;
    if (r < 0)
        return WF_NULL;
    if (r == 0) {
        wf_err_set_str(wf_NotImplementedError, "complex numbers are not supported");
        return WF_NULL;
    }
    WfValue re = wf_float_new(0.0), im = wf_float_new(imag);
    WfValue res = WF_NULL;
    if (re && im)
        res = wf_call2(complex_type, re, im);
    wf_xdecref(re);
    wf_xdecref(im);
    wf_decref(complex_type);
    return res;
}

WfValue cc_const_value(WfCompiler *c, const WfConst *k)
{
    (void)c;
    switch (k->kind) {
    case WF_CONST_NONE:
        return wf_newref(WF_NONE);
    case WF_CONST_TRUE:
        return wf_newref(WF_TRUE);
    case WF_CONST_FALSE:
        return wf_newref(WF_FALSE);
    case WF_CONST_ELLIPSIS:
        return wf_newref(WF_ELLIPSIS);
    case WF_CONST_INT:
        if (k->v.i.fits_i64)
            return wf_int_from_i64(k->v.i.value);
        return wf_int_from_cstr(k->v.i.digits, strlen(k->v.i.digits), k->v.i.base);
    case WF_CONST_FLOAT:
        return wf_float_new(k->v.f);
    case WF_CONST_COMPLEX:
        return make_imaginary(k->v.f);
    case WF_CONST_STR:
        if (is_identifier_like(k->v.s.data, k->v.s.len))
            return wf_str_intern(k->v.s.data);
        return wf_str_from_utf8(k->v.s.data, k->v.s.len);
    case WF_CONST_BYTES:
        return wf_bytes_new(k->v.s.data, k->v.s.len);
    default:
        wf_err_set_str(wf_SystemError, "compiler: unknown constant kind");
        return WF_NULL;
    }
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

// Index of [name] in (list, map), adding it when missing. -1 on error.
static int table_index(WfValue list, WfValue map, const char *name, bool add)
{
    WfValue key = wf_str_intern(name);
    if (!key)
        return -1;
    WfValue idx = WF_NULL;
    int r = wf_dict_get_ref(map, key, &idx);
    if (r != 0) {
        wf_decref(key);
        if (r < 0)
            return -1;
        int i = (int)WF_SMALLINT_VAL(idx);
        wf_decref(idx);
        return i;
    }
    if (!add) {
        wf_decref(key);
        return -2;
    }
    int i = (int)WF_LIST_LEN(list);
    WfValue iv = WF_FROM_SMALLINT(i);
    if (wf_list_append(list, key) < 0 || wf_dict_set(map, key, iv) < 0) {
        wf_decref(key);
        return -1;
    }
    wf_decref(key);
    return i;
}

int cc_add_name(WfCompiler *c, const char *name)
{
    return table_index(c->u->names, c->u->names_map, name, true);
}

bool cc_emit_name(WfCompiler *c, int op, const char *name)
{
    int i = cc_add_name(c, name);
    return i >= 0 && cc_emit(c, op, i);
}

int cc_cell_index(WfCompiler *c, const char *name)
{
    CUnit *u = c->u;
    int i = table_index(u->cellvars, u->cellvars_map, name, false);
    if (i >= 0)
        return i;
    if (i == -1)
        return -1;
    i = table_index(u->freevars, u->freevars_map, name, false);
    if (i >= 0)
        return (int)WF_LIST_LEN(u->cellvars) + i;
    return i == -1 ? -1 : -2;
}

const char *cc_mangle(WfCompiler *c, const char *name)
{
    const char *m = wf_symtable_mangle(c->arena, c->u->private_name, name);
    if (!m)
        cc_nomem(c);
    return m;
}

bool cc_nameop(WfCompiler *c, const char *name, int ctx, const WfAst *node)
{
    CUnit *u = c->u;
    if (strcmp(name, "__debug__") == 0) {
        if (ctx == NAME_STORE)
            return cc_error(c, node, "cannot assign to __debug__");
        if (ctx == NAME_DEL)
            return cc_error(c, node, "cannot delete __debug__");
        return cc_load_const(c, WF_TRUE);
    }
    const char *mangled = cc_mangle(c, name);
    if (!mangled)
        return false;
    int scope = wf_symtable_scope_of(u->ste, mangled);
    bool is_func = u->ste->kind == WF_BLOCK_FUNCTION;
    enum { K_FAST, K_DEREF, K_GLOBAL, K_NAME } kind = K_NAME;
    switch (scope) {
    case WF_SCOPE_FREE:
    case WF_SCOPE_CELL:
        kind = K_DEREF;
        break;
    case WF_SCOPE_LOCAL:
        kind = is_func ? K_FAST : K_NAME;
        break;
    case WF_SCOPE_GLOBAL_IMPLICIT:
        kind = is_func ? K_GLOBAL : K_NAME;
        break;
    case WF_SCOPE_GLOBAL_EXPLICIT:
        kind = K_GLOBAL;
        break;
    default:
        kind = K_NAME;
        break;
    }
    switch (kind) {
    case K_FAST: {
        int i = table_index(u->varnames, u->varnames_map, mangled, true);
        if (i < 0)
            return false;
        int op = ctx == NAME_LOAD ? OP_LOAD_FAST : ctx == NAME_STORE ? OP_STORE_FAST : OP_DELETE_FAST;
        return cc_emit(c, op, i);
    }
    case K_DEREF: {
        // A class body can have both a cell and a free variable named
        // __class__ (its own, and an enclosing class's): pick by scope.
        int i;
        if (scope == WF_SCOPE_FREE) {
            i = table_index(u->freevars, u->freevars_map, mangled, false);
            if (i >= 0)
                i += (int)WF_LIST_LEN(u->cellvars);
        } else {
            i = table_index(u->cellvars, u->cellvars_map, mangled, false);
        }
        if (i == -1)
            return false;
        if (i < 0) {
            wf_err_format(wf_SystemError, "compiler: no cell for '%s'", mangled);
            return false;
        }
        int op;
        if (ctx == NAME_LOAD)
            op = u->ste->kind == WF_BLOCK_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF;
        else
            op = ctx == NAME_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF;
        return cc_emit(c, op, i);
    }
    case K_GLOBAL: {
        int op = ctx == NAME_LOAD ? OP_LOAD_GLOBAL : ctx == NAME_STORE ? OP_STORE_GLOBAL
                                                                      : OP_DELETE_GLOBAL;
        return cc_emit_name(c, op, mangled);
    }
    default: {
        int op = ctx == NAME_LOAD ? OP_LOAD_NAME : ctx == NAME_STORE ? OP_STORE_NAME : OP_DELETE_NAME;
        return cc_emit_name(c, op, mangled);
    }
    }
}

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------

static void unit_free(CUnit *u)
{
    free(u->code);
    free(u->pos);
    free(u->hidx);
    free(u->label_pos);
    free(u->label_depth);
    free(u->handlers);
    free(u->cidx);
    free(u->chash);
    wf_xdecref(u->name);
    wf_xdecref(u->qualname);
    wf_xdecref(u->consts);
    wf_xdecref(u->names);
    wf_xdecref(u->names_map);
    wf_xdecref(u->varnames);
    wf_xdecref(u->varnames_map);
    wf_xdecref(u->cellvars);
    wf_xdecref(u->cellvars_map);
    wf_xdecref(u->freevars);
    wf_xdecref(u->freevars_map);
    free(u);
}

// __qualname__ of a new unit named [name] (CPython's compiler_set_qualname).
static WfValue make_qualname(WfCompiler *c, int scope_type, const char *name)
{
    CUnit *parent = c->u;
    if (!parent || parent->scope_type == CU_MODULE)
        return wf_str_from_cstr(name);
    bool force_global = false;
    const char *mangled = wf_symtable_mangle(c->arena, parent->private_name, name);
    if (!mangled)
        return wf_err_no_memory();
    if ((scope_type == CU_FUNCTION || scope_type == CU_ASYNC_FUNCTION ||
         scope_type == CU_CLASS) &&
        wf_symtable_scope_of(parent->ste, mangled) == WF_SCOPE_GLOBAL_EXPLICIT)
        force_global = true;
    if (force_global)
        return wf_str_from_cstr(name);
    const char *pq = wf_str_cstr(parent->qualname);
    bool locals = parent->scope_type == CU_FUNCTION || parent->scope_type == CU_ASYNC_FUNCTION ||
                  parent->scope_type == CU_LAMBDA;
    return wf_str_from_format("%s%s.%s", pq, locals ? ".<locals>" : "", name);
}

bool cc_enter_unit(WfCompiler *c, WfSymScope *ste, int scope_type, const char *name,
                   const WfAst *node, int firstlineno)
{
    CUnit *u = calloc(1, sizeof *u);
    if (!u)
        return cc_nomem(c);
    u->ste = ste;
    u->scope_type = scope_type;
    u->cur_handler = -1;
    u->firstlineno = firstlineno;
    u->cur_pos.line = u->cur_pos.end_line = firstlineno;
    if (node) {
        u->cur_pos.col = node->col;
        u->cur_pos.end_col = node->end_col;
        u->cur_pos.end_line = node->line;
    }
    // Mangling: a class body uses its own name; nested functions inherit.
    if (scope_type == CU_CLASS)
        u->private_name = name;
    else if (c->u)
        u->private_name = c->u->private_name;
    u->name = wf_str_from_cstr(name);
    u->qualname = scope_type == CU_MODULE ? wf_str_from_cstr(name) : make_qualname(c, scope_type, name);
    u->consts = wf_list_new(0);
    u->names = wf_list_new(0);
    u->names_map = wf_dict_new();
    u->varnames = wf_list_new(0);
    u->varnames_map = wf_dict_new();
    u->cellvars = wf_list_new(0);
    u->cellvars_map = wf_dict_new();
    u->freevars = wf_list_new(0);
    u->freevars_map = wf_dict_new();
    if (!u->name || !u->qualname || !u->consts || !u->names || !u->names_map || !u->varnames ||
        !u->varnames_map || !u->cellvars || !u->cellvars_map || !u->freevars ||
        !u->freevars_map) {
        unit_free(u);
        return cc_nomem(c);
    }
    u->parent = c->u;
    c->u = u;
    c->nestlevel++;

    // Parameters first, in co_varnames order.
    for (int i = 0; i < ste->nparams; i++)
        if (table_index(u->varnames, u->varnames_map, ste->params[i], true) < 0)
            return false;
    if (scope_type == CU_CLASS && ste->needs_class_closure &&
        table_index(u->cellvars, u->cellvars_map, "__class__", true) < 0)
        return false;
    for (int i = 0; i < ste->nsyms; i++) {
        WfSymbol *s = &ste->syms[i];
        if (s->scope == WF_SCOPE_CELL &&
            table_index(u->cellvars, u->cellvars_map, s->name, true) < 0)
            return false;
    }
    for (int i = 0; i < ste->nsyms; i++) {
        WfSymbol *s = &ste->syms[i];
        if ((s->scope == WF_SCOPE_FREE ||
             (ste->kind == WF_BLOCK_CLASS && (s->flags & WF_DEF_FREE_CLASS))) &&
            table_index(u->freevars, u->freevars_map, s->name, true) < 0)
            return false;
    }
    // Arguments captured by closures: copy them into their cells on entry.
    if (ste->kind == WF_BLOCK_FUNCTION) {
        for (int i = 0; i < ste->nparams; i++) {
            const char *p = ste->params[i];
            if (wf_symtable_scope_of(ste, p) != WF_SCOPE_CELL)
                continue;
            int ci = table_index(u->cellvars, u->cellvars_map, p, false);
            if (ci == -1)
                return false;
            if (ci < 0)
                continue;
            if (!cc_emit(c, OP_LOAD_FAST, i) || !cc_emit(c, OP_STORE_DEREF, ci))
                return false;
        }
    }
    return true;
}

void cc_drop_unit(WfCompiler *c)
{
    CUnit *u = c->u;
    if (!u)
        return;
    c->u = u->parent;
    c->nestlevel--;
    unit_free(u);
}

static int compute_flags(CUnit *u)
{
    WfSymScope *ste = u->ste;
    int flags = 0;
    if (ste->kind == WF_BLOCK_FUNCTION) {
        for (WfSymScope *p = ste->parent; p; p = p->parent)
            if (p->kind == WF_BLOCK_FUNCTION) {
                flags |= WF_CO_NESTED;
                break;
            }
        if (ste->is_generator && !ste->is_coroutine)
            flags |= WF_CO_GENERATOR;
        else if (ste->is_coroutine && !ste->is_generator)
            flags |= WF_CO_COROUTINE;
        else if (ste->is_coroutine && ste->is_generator)
            flags |= WF_CO_ASYNC_GENERATOR;
        if (ste->has_varargs)
            flags |= WF_CO_VARARGS;
        if (ste->has_varkeywords)
            flags |= WF_CO_VARKEYWORDS;
    } else if (ste->kind == WF_BLOCK_MODULE) {
        flags |= WF_CO_MODULE;
        if (u->coroutine)
            flags |= WF_CO_COROUTINE;
    } else {
        flags |= WF_CO_CLASSBODY;
    }
    if (u->has_docstring)
        flags |= WF_CO_HAS_DOCSTRING;
    return flags;
}

// Exact maximum stack depth by walking every path (handlers start at their
// entry's depth + 1). Returns -1 with SystemError on an inconsistency.
static int stack_depth(CUnit *u)
{
    size_t n = u->n;
    if (n == 0)
        return 0;
    int *depth = malloc(n * sizeof *depth);
    size_t wcap = 16 + (size_t)u->nhandlers, wn = 0;
    int *work = malloc(wcap * 2 * sizeof *work);
    if (!depth || !work) {
        free(depth);
        free(work);
        wf_err_no_memory();
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        depth[i] = -1;
    int maxd = 0;
    bool bad = false;
#define PUSH_WORK(idx, d)                                                      \
    do {                                                                       \
        if (wn == wcap) {                                                      \
            wcap *= 2;                                                         \
            int *nw = realloc(work, wcap * 2 * sizeof *work);                  \
            if (!nw) {                                                         \
                free(work);                                                    \
                free(depth);                                                   \
                wf_err_no_memory();                                            \
                return -1;                                                     \
            }                                                                  \
            work = nw;                                                         \
        }                                                                      \
        work[2 * wn] = (idx);                                                  \
        work[2 * wn + 1] = (d);                                                \
        wn++;                                                                  \
    } while (0)
    PUSH_WORK(0, 0);
    // Handler entries (only those that cover some instruction).
    {
        int last = -2;
        for (size_t i = 0; i < n; i++) {
            int h = u->hidx[i];
            if (h >= 0 && h != last) {
                HandlerRec *r = &u->handlers[h];
                int target = u->label_pos[r->label];
                if (target >= 0 && (size_t)target < n) {
                    PUSH_WORK(target, r->depth + 1);
                    if (r->depth + 1 > maxd)
                        maxd = r->depth + 1;
                }
            }
            last = h;
        }
    }
    while (wn > 0 && !bad) {
        wn--;
        size_t i = (size_t)work[2 * wn];
        int d = work[2 * wn + 1];
        while (i < n) {
            if (depth[i] >= 0) {
                if (depth[i] != d)
                    bad = true;
                break;
            }
            depth[i] = d;
            int op = (int)WF_INSTR_OP(u->code[i]);
            int arg = (int)WF_INSTR_ARG(u->code[i]);
            if (is_jump_op(op)) {
                int jd = d + wf_op_stack_effect(op, arg, 1);
                if (jd < 0) {
                    bad = true;
                    break;
                }
                if (jd > maxd)
                    maxd = jd;
                PUSH_WORK(arg, jd);
            }
            d += wf_op_stack_effect(op, arg, 0);
            if (d < 0) {
                bad = true;
                break;
            }
            if (d > maxd)
                maxd = d;
            if (is_terminator(op))
                break;
            i++;
        }
    }
#undef PUSH_WORK
    free(work);
    free(depth);
    if (bad) {
        wf_err_format(wf_SystemError, "compiler: inconsistent stack depth in '%s'",
                      wf_str_cstr(u->name));
        return -1;
    }
    return maxd;
}

static WfValue list_to_tuple(WfValue list)
{
    return wf_tuple_from_array(WF_LIST_ITEMS(list), WF_LIST_LEN(list));
}

WfValue cc_exit_unit(WfCompiler *c)
{
    CUnit *u = c->u;
    WfValue code = WF_NULL;
    // Resolve jump targets.
    for (size_t i = 0; i < u->n; i++) {
        int op = (int)WF_INSTR_OP(u->code[i]);
        if (!is_jump_op(op))
            continue;
        int label = (int)WF_INSTR_ARG(u->code[i]);
        int target = label < u->nlabels ? u->label_pos[label] : -1;
        if (target < 0) {
            wf_err_set_str(wf_SystemError, "compiler: unbound label");
            goto error;
        }
        u->code[i] = WF_INSTR(op, (uint32_t)target);
    }
    int stacksize = stack_depth(u);
    if (stacksize < 0)
        goto error;

    code = wf_code_new();
    if (!code)
        goto error;
    WfCode *co = (WfCode *)code;
    size_t n = u->n;
    co->instrs = malloc((n ? n : 1) * sizeof *co->instrs);
    co->positions = malloc((n ? n : 1) * sizeof *co->positions);
    if (!co->instrs || !co->positions) {
        wf_err_no_memory();
        goto error;
    }
    if (n) {
        memcpy(co->instrs, u->code, n * sizeof *co->instrs);
        memcpy(co->positions, u->pos, n * sizeof *co->positions);
    }
    co->ninstrs = n;
    // Exception table: maximal runs of instructions sharing a handler.
    size_t nexc = 0;
    for (size_t i = 0; i < n; i++)
        if (u->hidx[i] >= 0 && (i == 0 || u->hidx[i - 1] != u->hidx[i]))
            nexc++;
    if (nexc) {
        co->exctable = malloc(nexc * sizeof *co->exctable);
        if (!co->exctable) {
            wf_err_no_memory();
            goto error;
        }
        size_t k = 0;
        for (size_t i = 0; i < n;) {
            int h = u->hidx[i];
            size_t j = i + 1;
            while (j < n && u->hidx[j] == h)
                j++;
            if (h >= 0) {
                WfExcEntry *e = &co->exctable[k++];
                e->start = (uint32_t)i;
                e->end = (uint32_t)j;
                e->handler = (uint32_t)u->label_pos[u->handlers[h].label];
                e->depth = (uint32_t)u->handlers[h].depth;
            }
            i = j;
        }
        co->nexc = k;
    }
    co->consts = list_to_tuple(u->consts);
    co->names = list_to_tuple(u->names);
    co->localnames = list_to_tuple(u->varnames);
    co->cellnames = list_to_tuple(u->cellvars);
    co->freenames = list_to_tuple(u->freevars);
    if (!co->consts || !co->names || !co->localnames || !co->cellnames || !co->freenames)
        goto error;
    co->name = wf_newref(u->name);
    co->qualname = wf_newref(u->qualname);
    co->filename = wf_newref(c->filename_obj);
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->nlocals = (int)WF_LIST_LEN(u->varnames);
    co->ncells = (int)WF_LIST_LEN(u->cellvars);
    co->nfrees = (int)WF_LIST_LEN(u->freevars);
    co->stacksize = stacksize;
    co->flags = compute_flags(u);
    co->firstlineno = u->firstlineno;
    cc_drop_unit(c);
    return code;
error:
    wf_xdecref(code);
    cc_drop_unit(c);
    return WF_NULL;
}

// The cell of this unit that a nested code object's free variable [name]
// binds to: a class body's own __class__ cell, else by the name's scope here.
static int closure_index(WfCompiler *c, const char *name)
{
    CUnit *u = c->u;
    bool want_cell = (u->ste->kind == WF_BLOCK_CLASS && strcmp(name, "__class__") == 0) ||
                     wf_symtable_scope_of(u->ste, name) == WF_SCOPE_CELL;
    if (want_cell) {
        int i = table_index(u->cellvars, u->cellvars_map, name, false);
        if (i != -2)
            return i;
    } else {
        int i = table_index(u->freevars, u->freevars_map, name, false);
        if (i >= 0)
            return (int)WF_LIST_LEN(u->cellvars) + i;
        if (i == -1)
            return -1;
    }
    return cc_cell_index(c, name);
}

bool cc_make_closure(WfCompiler *c, WfValue code, int flags)
{
    WfCode *co = (WfCode *)code;
    if (co->nfrees) {
        for (int i = 0; i < co->nfrees; i++) {
            const char *name = wf_str_cstr(WF_TUPLE_GET(co->freenames, (size_t)i));
            int idx = closure_index(c, name);
            if (idx == -1)
                return false;
            if (idx < 0) {
                wf_err_format(wf_SystemError, "compiler: no closure cell for '%s' in '%s'", name,
                              wf_str_cstr(c->u->name));
                return false;
            }
            if (!cc_emit(c, OP_LOAD_CLOSURE, idx))
                return false;
        }
        if (!cc_emit(c, OP_BUILD_TUPLE, co->nfrees))
            return false;
        flags |= 8;
    }
    return cc_load_const(c, code) && cc_emit(c, OP_MAKE_FUNCTION, flags);
}

// ---------------------------------------------------------------------------
// __future__ statements
// ---------------------------------------------------------------------------

static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    NULL,
};

// Validates `from __future__ import ...` at the top of a module body.
static bool check_future(WfCompiler *c, const WfAstList *body)
{
    int i = 0;
    if (cc_docstring(body))
        i = 1;
    for (; i < body->n; i++) {
        const WfAst *s = body->items[i];
        if (s->kind != WF_AST_ImportFrom || !s->v.ImportFrom.module ||
            s->v.ImportFrom.level != 0 || strcmp(s->v.ImportFrom.module, "__future__") != 0)
            break;
        for (int j = 0; j < s->v.ImportFrom.names.n; j++) {
            const char *f = s->v.ImportFrom.names.items[j]->v.alias.name;
            bool known = false;
            for (int k = 0; future_features[k]; k++)
                if (strcmp(f, future_features[k]) == 0)
                    known = true;
            if (strcmp(f, "braces") == 0)
                return cc_error(c, s, "not a chance");
            if (strcmp(f, "*") == 0)
                return cc_error(c, s, "future feature * is not defined");
            if (!known)
                return cc_error(c, s, "future feature %s is not defined", f);
            if (strcmp(f, "annotations") == 0)
                c->future_annotations = true;
        }
    }
    c->future_body = body;
    c->future_prefix = i;
    return true;
}

// ---------------------------------------------------------------------------
// Driver
// ---------------------------------------------------------------------------

static WfValue compile_root(WfCompiler *c, const WfAst *root)
{
    if (!cc_enter_unit(c, c->st.top, CU_MODULE, "<module>", NULL, 1))
        return WF_NULL;
    bool ok = true;
    switch (root->kind) {
    case WF_AST_Module:
        ok = cc_body(c, &root->v.Module.body);
        break;
    case WF_AST_Interactive:
        ok = cc_body(c, &root->v.Interactive.body);
        break;
    case WF_AST_Expression:
        cc_set_pos(c, root->v.Expression.body);
        ok = cc_expr(c, root->v.Expression.body) && cc_emit(c, OP_RETURN_VALUE, 0);
        break;
    default:
        ok = cc_error(c, root, "unknown AST root");
        break;
    }
    if (ok && root->kind != WF_AST_Expression) {
        const WfAstList *body = root->kind == WF_AST_Module ? &root->v.Module.body
                                                            : &root->v.Interactive.body;
        if (body->n)
            cc_set_pos(c, body->items[body->n - 1]);
        ok = cc_load_const(c, WF_NONE) && cc_emit(c, OP_RETURN_VALUE, 0);
    }
    if (!ok)
        return WF_NULL;
    return cc_exit_unit(c);
}

static WfType *syntax_type(const char *kind)
{
    if (kind && strcmp(kind, "IndentationError") == 0)
        return wf_IndentationError;
    if (kind && strcmp(kind, "TabError") == 0)
        return wf_TabError;
    return wf_SyntaxError;
}

WfValue wf_compile_source(const char *src, size_t len, const char *filename, int mode,
                          int flags, int *incomplete)
{
    WfCompiler cc;
    WfCompiler *c = &cc;
    memset(c, 0, sizeof *c);
    if (incomplete)
        *incomplete = 0;
    c->filename = filename ? filename : "<string>";
    c->src = src;
    c->srclen = len;
    c->mode = mode;
    c->flags = flags;
    c->interactive = mode == WF_COMPILE_SINGLE;
    WfValue code = WF_NULL;
    bool st_built = false;

    c->arena = wf_arena_new();
    if (!c->arena)
        return wf_err_no_memory();
    c->filename_obj = wf_str_from_cstr(c->filename);
    if (!c->filename_obj)
        goto done;

    int pmode = mode == WF_COMPILE_EVAL ? WF_PARSE_EVAL
              : mode == WF_COMPILE_SINGLE ? WF_PARSE_SINGLE : WF_PARSE_FILE;
    WfSyntaxErrorInfo perr;
    memset(&perr, 0, sizeof perr);
    WfAst *root = wf_parse(c->arena, src, len, c->filename, pmode, &perr);
    if (!root) {
        if (perr.kind && strcmp(perr.kind, "MemoryError") == 0) {
            wf_err_no_memory();
            goto done;
        }
        if (incomplete)
            *incomplete = perr.incomplete;
        int end_line = perr.end_line ? perr.end_line : perr.line;
        int end_col = perr.end_line ? perr.end_col : perr.col;
        raise_syntax(syntax_type(perr.kind), perr.msg, c->filename, src, len, perr.line, perr.col,
                     end_line, end_col, true);
        goto done;
    }

    if (root->kind == WF_AST_Module && !check_future(c, &root->v.Module.body))
        goto syntax;

    WfSymError serr;
    if (wf_symtable_build(&c->st, c->arena, root, c->future_annotations, &serr) < 0) {
        st_built = true;
        if (serr.oom) {
            wf_err_no_memory();
            goto done;
        }
        raise_syntax(wf_SyntaxError, serr.msg, c->filename, src, len, serr.line, serr.col + 1,
                     serr.end_line, serr.end_col + 1, false);
        goto done;
    }
    st_built = true;

    code = compile_root(c, root);
    while (c->u)
        cc_drop_unit(c);
    if (code)
        goto done;
    if (!c->syntax_failed)
        goto done;   // a runtime error is set
syntax:
    if (!wf_err_occurred())
        raise_syntax(wf_SyntaxError, c->errmsg, c->filename, src, len, c->err_line,
                     c->err_col + 1, c->err_end_line, c->err_end_col + 1, false);
done:
    while (c->u)
        cc_drop_unit(c);
    if (st_built)
        wf_symtable_free(&c->st);
    wf_xdecref(c->filename_obj);
    wf_arena_free(c->arena);
    return code;
}
