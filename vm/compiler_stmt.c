// compiler_stmt.c — statements to bytecode: def/class (decorators, defaults,
// annotations, closures, class cells), assignments of every kind, loops,
// try/except/except*/finally and with (following the exception-handling
// protocol in vm/opcodes.h), imports, and the unwinding that return / break
// / continue perform through finally blocks, with blocks and handlers.
// Invariant: a statement leaves the stack depth as it found it.
// GIL: held.
#include <stdio.h>
#include <string.h>

#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/compiler.h"
#include "vm/compiler_internal.h"

static bool is_top_level_await(WfCompiler *c)
{
    return (c->flags & WF_COMPILE_TOPLEVEL_AWAIT) && c->u->ste->kind == WF_BLOCK_MODULE;
}

const WfAst *cc_docstring(const WfAstList *body)
{
    if (body->n == 0)
        return NULL;
    const WfAst *s = body->items[0];
    if (s->kind != WF_AST_Expr)
        return NULL;
    const WfAst *v = s->v.Expr.value;
    if (v->kind != WF_AST_Constant || v->v.Constant.value.kind != WF_CONST_STR)
        return NULL;
    return v;
}

bool cc_stmts(WfCompiler *c, const WfAstList *l)
{
    for (int i = 0; i < l->n; i++)
        if (!cc_stmt(c, l->items[i]))
            return false;
    return true;
}

// Does [l] contain an annotated assignment (outside nested defs/classes)?
static bool find_ann(const WfAstList *l)
{
    for (int i = 0; i < l->n; i++) {
        const WfAst *s = l->items[i];
        switch (s->kind) {
        case WF_AST_AnnAssign:
            return true;
        case WF_AST_For:
            if (find_ann(&s->v.For.body) || find_ann(&s->v.For.orelse))
                return true;
            break;
        case WF_AST_While:
            if (find_ann(&s->v.While.body) || find_ann(&s->v.While.orelse))
                return true;
            break;
        case WF_AST_If:
            if (find_ann(&s->v.If.body) || find_ann(&s->v.If.orelse))
                return true;
            break;
        case WF_AST_With:
            if (find_ann(&s->v.With.body))
                return true;
            break;
        case WF_AST_Try:
            for (int j = 0; j < s->v.Try.handlers.n; j++)
                if (find_ann(&s->v.Try.handlers.items[j]->v.ExceptHandler.body))
                    return true;
            if (find_ann(&s->v.Try.body) || find_ann(&s->v.Try.finalbody) ||
                find_ann(&s->v.Try.orelse))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

bool cc_body(WfCompiler *c, const WfAstList *body)
{
    if (c->u->scope_type == CU_MODULE && body->n)
        cc_set_pos(c, body->items[0]);
    if (find_ann(body) && !cc_emit(c, OP_SETUP_ANNOTATIONS, 0))
        return false;
    int i = 0;
    const WfAst *doc = (c->interactive && c->u->scope_type == CU_MODULE) ? NULL : cc_docstring(body);
    if (doc) {
        cc_set_pos(c, body->items[0]);
        if (!cc_expr(c, doc) || !cc_emit_name(c, OP_STORE_NAME, "__doc__"))
            return false;
        i = 1;
    }
    for (; i < body->n; i++)
        if (!cc_stmt(c, body->items[i]))
            return false;
    return true;
}

// ---------------------------------------------------------------------------
// Annotations
// ---------------------------------------------------------------------------

// The source text of [e] (for `from __future__ import annotations`).
static WfValue source_text(WfCompiler *c, const WfAst *e)
{
    const char *src = c->src;
    size_t len = c->srclen, i = 0;
    for (int l = 1; l < e->line && i < len; l++) {
        const char *nl = memchr(src + i, '\n', len - i);
        if (!nl)
            return wf_str_from_cstr("");
        i = (size_t)(nl - src) + 1;
    }
    size_t start = i + (size_t)e->col;
    size_t j = i;
    for (int l = e->line; l < e->end_line && j < len; l++) {
        const char *nl = memchr(src + j, '\n', len - j);
        if (!nl)
            break;
        j = (size_t)(nl - src) + 1;
    }
    size_t end = j + (size_t)e->end_col;
    if (start > len || end > len || end < start)
        return wf_str_from_cstr("");
    return wf_str_from_utf8(src + start, end - start);
}

// Evaluates one annotation (or loads its source text under the future import).
static bool compile_annotation(WfCompiler *c, const WfAst *ann)
{
    if (c->future_annotations)
        return cc_load_const_steal(c, source_text(c, ann));
    if (ann->kind == WF_AST_Starred)
        return cc_expr(c, ann->v.Starred.value) && cc_emit(c, OP_UNPACK_SEQUENCE, 1);
    return cc_expr(c, ann);
}

static bool arg_annotations(WfCompiler *c, const WfAstList *args, int *count)
{
    for (int i = 0; i < args->n; i++) {
        const WfAst *a = args->items[i];
        if (!a->v.arg.annotation)
            continue;
        const char *name = cc_mangle(c, a->v.arg.arg);
        if (!name || !cc_load_const_steal(c, wf_str_intern(name)) ||
            !compile_annotation(c, a->v.arg.annotation))
            return false;
        (*count)++;
    }
    return true;
}

static bool one_annotation(WfCompiler *c, const WfAst *arg, int *count)
{
    if (!arg || !arg->v.arg.annotation)
        return true;
    const char *name = cc_mangle(c, arg->v.arg.arg);
    if (!name || !cc_load_const_steal(c, wf_str_intern(name)) ||
        !compile_annotation(c, arg->v.arg.annotation))
        return false;
    (*count)++;
    return true;
}

// Builds the annotations dict of a def; returns the MAKE_FUNCTION flag (0 or
// 4), -1 on error.
static int function_annotations(WfCompiler *c, const WfAst *a, const WfAst *returns)
{
    int count = 0;
    if (!arg_annotations(c, &a->v.arguments.args, &count) ||
        !arg_annotations(c, &a->v.arguments.posonlyargs, &count) ||
        !one_annotation(c, a->v.arguments.vararg, &count) ||
        !arg_annotations(c, &a->v.arguments.kwonlyargs, &count) ||
        !one_annotation(c, a->v.arguments.kwarg, &count))
        return -1;
    if (returns) {
        if (!cc_load_const_steal(c, wf_str_intern("return")) || !compile_annotation(c, returns))
            return -1;
        count++;
    }
    if (!count)
        return 0;
    return cc_emit(c, OP_BUILD_MAP, count) ? 4 : -1;
}

// ---------------------------------------------------------------------------
// def and class
// ---------------------------------------------------------------------------

// Applies the decorators (already evaluated, innermost last) to TOS; each
// CALL carries its decorator's position, as in CPython.
static bool apply_decorators(WfCompiler *c, const WfAstList *decorators)
{
    WfPos saved = c->u->cur_pos;
    for (int i = decorators->n - 1; i >= 0; i--) {
        cc_set_pos(c, decorators->items[i]);
        if (!cc_emit(c, OP_CALL, 1))
            return false;
    }
    c->u->cur_pos = saved;
    return true;
}

static bool compile_function(WfCompiler *c, const WfAst *s)
{
    const WfAst *args = s->v.FunctionDef.args;
    const WfAstList *decos = &s->v.FunctionDef.decorator_list;
    const WfAstList *body = &s->v.FunctionDef.body;
    for (int i = 0; i < decos->n; i++)
        if (!cc_expr(c, decos->items[i]))
            return false;
    int firstlineno = decos->n ? decos->items[0]->line : s->line;
    int flags = cc_defaults(c, args);
    if (flags < 0)
        return false;
    int ann = function_annotations(c, args, s->v.FunctionDef.returns);
    if (ann < 0)
        return false;
    flags |= ann;
    WfSymScope *scope = wf_symtable_child(c->u->ste, s);
    if (!scope) {
        wf_err_set_str(wf_SystemError, "compiler: no symbol table for function");
        return false;
    }
    int type = s->v.FunctionDef.is_async ? CU_ASYNC_FUNCTION : CU_FUNCTION;
    if (!cc_enter_unit(c, scope, type, s->v.FunctionDef.name, s, firstlineno))
        return false;
    cc_set_pos(c, s);
    int i = 0;
    const WfAst *doc = cc_docstring(body);
    if (doc) {
        WfValue v = cc_const_value(c, &doc->v.Constant.value);
        if (cc_add_const_steal(c, v) != 0) {
            if (!wf_err_occurred())
                wf_err_set_str(wf_SystemError, "compiler: docstring is not consts[0]");
            return false;
        }
        c->u->has_docstring = true;
        i = 1;
    }
    c->u->posonlyargcount = args->v.arguments.posonlyargs.n;
    c->u->argcount = args->v.arguments.posonlyargs.n + args->v.arguments.args.n;
    c->u->kwonlyargcount = args->v.arguments.kwonlyargs.n;
    for (; i < body->n; i++)
        if (!cc_stmt(c, body->items[i]))
            return false;
    if (body->n)
        cc_set_pos(c, body->items[body->n - 1]);
    if (!cc_load_const(c, WF_NONE) || !cc_emit(c, OP_RETURN_VALUE, 0))
        return false;
    WfValue code = cc_exit_unit(c);
    if (!code)
        return false;
    bool ok = cc_make_closure(c, code, flags);
    wf_decref(code);
    return ok && apply_decorators(c, decos) &&
           cc_nameop(c, s->v.FunctionDef.name, NAME_STORE, s);
}

static bool compile_class(WfCompiler *c, const WfAst *s)
{
    const WfAstList *decos = &s->v.ClassDef.decorator_list;
    for (int i = 0; i < decos->n; i++)
        if (!cc_expr(c, decos->items[i]))
            return false;
    int firstlineno = decos->n ? decos->items[0]->line : s->line;
    WfSymScope *scope = wf_symtable_child(c->u->ste, s);
    if (!scope) {
        wf_err_set_str(wf_SystemError, "compiler: no symbol table for class");
        return false;
    }
    if (!cc_enter_unit(c, scope, CU_CLASS, s->v.ClassDef.name, s, firstlineno))
        return false;
    cc_set_pos(c, s);
    if (!cc_emit_name(c, OP_LOAD_NAME, "__name__") ||
        !cc_emit_name(c, OP_STORE_NAME, "__module__") || !cc_load_const(c, c->u->qualname) ||
        !cc_emit_name(c, OP_STORE_NAME, "__qualname__"))
        return false;
    if (!cc_body(c, &s->v.ClassDef.body))
        return false;
    cc_set_pos(c, s);
    if (scope->needs_class_closure) {
        int idx = cc_cell_index(c, "__class__");
        if (idx < 0) {
            if (!wf_err_occurred())
                wf_err_set_str(wf_SystemError, "compiler: no __class__ cell");
            return false;
        }
        if (!cc_emit(c, OP_LOAD_CLOSURE, idx) || !cc_emit_name(c, OP_STORE_NAME, "__classcell__"))
            return false;
    }
    if (!cc_load_const(c, WF_NONE) || !cc_emit(c, OP_RETURN_VALUE, 0))
        return false;
    WfValue code = cc_exit_unit(c);
    if (!code)
        return false;
    bool ok = cc_emit(c, OP_LOAD_BUILD_CLASS, 0) && cc_make_closure(c, code, 0);
    wf_decref(code);
    if (!ok || !cc_load_const_steal(c, wf_str_from_cstr(s->v.ClassDef.name)))
        return false;
    return cc_call_helper(c, 2, &s->v.ClassDef.bases, &s->v.ClassDef.keywords) &&
           apply_decorators(c, decos) && cc_nameop(c, s->v.ClassDef.name, NAME_STORE, s);
}

// ---------------------------------------------------------------------------
// Unwinding for return / break / continue
// ---------------------------------------------------------------------------

static bool call_exit_with_none(WfCompiler *c, bool is_async)
{
    if (!cc_load_const(c, WF_NONE) || !cc_load_const(c, WF_NONE) || !cc_load_const(c, WF_NONE) ||
        !cc_emit(c, OP_CALL, 3))
        return false;
    if (is_async && !cc_await_tail(c, 2))
        return false;
    return cc_emit(c, OP_POP_TOP, 0);
}

static bool unwind_fblock(WfCompiler *c, const FBlock *f, bool preserve_tos)
{
    CUnit *u = c->u;
    u->cur_handler = f->outer_handler;
    switch (f->kind) {
    case FB_WHILE_LOOP:
    case FB_TRY_EXCEPT:
    case FB_EXCEPTION_GROUP_HANDLER:
        return true;
    case FB_FOR_LOOP:
        if (preserve_tos && !cc_emit(c, OP_SWAP, 2))
            return false;
        return cc_emit(c, OP_POP_TOP, 0);
    case FB_FINALLY_TRY: {
        if (preserve_tos && !cc_push_fblock(c, FB_POP_VALUE, -1, -1, u->cur_handler))
            return false;
        WfPos saved = u->cur_pos;
        bool ok = cc_stmts(c, f->finalbody);
        u->cur_pos = saved;
        if (!ok)
            return false;
        if (preserve_tos)
            cc_pop_fblock(c);
        return true;
    }
    case FB_FINALLY_END:
        if (preserve_tos && !cc_emit(c, OP_SWAP, 2))
            return false;
        if (!cc_emit(c, OP_POP_TOP, 0))
            return false;
        if (preserve_tos && !cc_emit(c, OP_SWAP, 2))
            return false;
        return cc_emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH:
    case FB_ASYNC_WITH: {
        WfPos saved = u->cur_pos;
        u->cur_pos = f->pos;
        bool ok = (!preserve_tos || cc_emit(c, OP_SWAP, 2)) &&
                  call_exit_with_none(c, f->kind == FB_ASYNC_WITH);
        u->cur_pos = saved;
        return ok;
    }
    case FB_HANDLER_CLEANUP:
        if (preserve_tos && !cc_emit(c, OP_SWAP, 2))
            return false;
        if (!cc_emit(c, OP_POP_EXCEPT, 0))
            return false;
        if (f->name) {
            if (!cc_load_const(c, WF_NONE) || !cc_nameop(c, f->name, NAME_STORE, NULL) ||
                !cc_nameop(c, f->name, NAME_DEL, NULL))
                return false;
        }
        return true;
    case FB_POP_VALUE:
        if (preserve_tos && !cc_emit(c, OP_SWAP, 2))
            return false;
        return cc_emit(c, OP_POP_TOP, 0);
    default:
        return true;
    }
}

// Unwinds every frame block down to (not including) the innermost loop when
// [loop] is given (*loop receives it, or stays NULL).
static bool unwind_fblock_stack(WfCompiler *c, bool preserve_tos, FBlock **loop,
                                const WfAst *stmt)
{
    CUnit *u = c->u;
    if (u->nfblocks == 0)
        return true;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == FB_EXCEPTION_GROUP_HANDLER)
        return cc_error(c, stmt, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return true;
    }
    FBlock copy = *top;
    u->nfblocks--;
    bool ok = unwind_fblock(c, &copy, preserve_tos) &&
              unwind_fblock_stack(c, preserve_tos, loop, stmt);
    u->fblocks[u->nfblocks] = copy;
    u->nfblocks++;
    return ok;
}

static bool compile_return(WfCompiler *c, const WfAst *s)
{
    CUnit *u = c->u;
    const WfAst *value = s->v.Return.value;
    if (u->ste->kind != WF_BLOCK_FUNCTION)
        return cc_error(c, s, "'return' outside function");
    if (value && u->ste->is_coroutine && u->ste->is_generator)
        return cc_error(c, s, "'return' with value in async generator");
    int saved_depth = u->depth, saved_handler = u->cur_handler;
    bool preserve = value && value->kind != WF_AST_Constant;
    if (preserve && !cc_expr(c, value))
        return false;
    if (!unwind_fblock_stack(c, preserve, NULL, s))
        return false;
    cc_set_pos(c, s);
    if (!value) {
        if (!cc_load_const(c, WF_NONE))
            return false;
    } else if (!preserve && !cc_expr(c, value)) {
        return false;
    }
    if (!cc_emit(c, OP_RETURN_VALUE, 0))
        return false;
    u->depth = saved_depth;
    u->cur_handler = saved_handler;
    return true;
}

static bool compile_break_continue(WfCompiler *c, const WfAst *s, bool is_break)
{
    CUnit *u = c->u;
    int saved_depth = u->depth, saved_handler = u->cur_handler;
    FBlock *loop = NULL;
    if (!unwind_fblock_stack(c, false, &loop, s))
        return false;
    if (!loop)
        return cc_error(c, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    cc_set_pos(c, s);
    if (is_break) {
        FBlock copy = *loop;
        if (!unwind_fblock(c, &copy, false) || !cc_emit_jump(c, OP_JUMP, copy.exit_label))
            return false;
    } else {
        u->cur_handler = loop->outer_handler;
        if (!cc_emit_jump(c, OP_JUMP, loop->block_label))
            return false;
    }
    u->depth = saved_depth;
    u->cur_handler = saved_handler;
    return true;
}

// ---------------------------------------------------------------------------
// Assignments
// ---------------------------------------------------------------------------

static bool compile_assign(WfCompiler *c, const WfAst *s)
{
    const WfAstList *targets = &s->v.Assign.targets;
    const WfAst *value = s->v.Assign.value;
    // a, b = b, a  (2 or 3 names): evaluate, reverse with one SWAP, store.
    if (targets->n == 1) {
        const WfAst *t = targets->items[0];
        const WfAstList *telts = t->kind == WF_AST_Tuple ? &t->v.Tuple.elts
                               : t->kind == WF_AST_List ? &t->v.List.elts : NULL;
        const WfAstList *velts = value->kind == WF_AST_Tuple ? &value->v.Tuple.elts
                               : value->kind == WF_AST_List ? &value->v.List.elts : NULL;
        if (telts && velts && telts->n == velts->n && (telts->n == 2 || telts->n == 3)) {
            bool star = false;
            for (int i = 0; i < telts->n; i++)
                if (telts->items[i]->kind == WF_AST_Starred || velts->items[i]->kind == WF_AST_Starred)
                    star = true;
            if (!star) {
                for (int i = 0; i < velts->n; i++)
                    if (!cc_expr(c, velts->items[i]))
                        return false;
                if (!cc_emit(c, OP_SWAP, velts->n))
                    return false;
                for (int i = 0; i < telts->n; i++)
                    if (!cc_store(c, telts->items[i]))
                        return false;
                return true;
            }
        }
    }
    if (!cc_expr(c, value))
        return false;
    for (int i = 0; i < targets->n; i++) {
        if (i < targets->n - 1 && !cc_emit(c, OP_COPY, 1))
            return false;
        if (!cc_store(c, targets->items[i]))
            return false;
    }
    return true;
}

static int inplace_op(int astop)
{
    switch (astop) {
    case WF_OP_Add: return WF_BINOP_ADD;
    case WF_OP_Sub: return WF_BINOP_SUB;
    case WF_OP_Mult: return WF_BINOP_MUL;
    case WF_OP_MatMult: return WF_BINOP_MATMUL;
    case WF_OP_Div: return WF_BINOP_TRUEDIV;
    case WF_OP_Mod: return WF_BINOP_MOD;
    case WF_OP_Pow: return WF_BINOP_POW;
    case WF_OP_LShift: return WF_BINOP_LSHIFT;
    case WF_OP_RShift: return WF_BINOP_RSHIFT;
    case WF_OP_BitOr: return WF_BINOP_OR;
    case WF_OP_BitXor: return WF_BINOP_XOR;
    case WF_OP_BitAnd: return WF_BINOP_AND;
    case WF_OP_FloorDiv: return WF_BINOP_FLOORDIV;
    default: return WF_BINOP_ADD;
    }
}

static bool compile_augassign(WfCompiler *c, const WfAst *s)
{
    const WfAst *t = s->v.AugAssign.target;
    int op = WF_BINOP_INPLACE + inplace_op(s->v.AugAssign.op);
    switch (t->kind) {
    case WF_AST_Name: {
        WfPos saved = c->u->cur_pos;
        cc_set_pos(c, t);
        bool ok = cc_nameop(c, t->v.Name.id, NAME_LOAD, t);
        c->u->cur_pos = saved;
        if (!ok || !cc_expr(c, s->v.AugAssign.value) || !cc_emit(c, OP_BINARY_OP, op))
            return false;
        cc_set_pos(c, t);
        ok = cc_nameop(c, t->v.Name.id, NAME_STORE, t);
        c->u->cur_pos = saved;
        return ok;
    }
    case WF_AST_Attribute: {
        const char *attr = cc_mangle(c, t->v.Attribute.attr);
        if (!attr || !cc_expr(c, t->v.Attribute.value) || !cc_emit(c, OP_COPY, 1))
            return false;
        WfPos saved = c->u->cur_pos;
        cc_set_pos(c, t);
        bool ok = cc_emit_name(c, OP_LOAD_ATTR, attr);
        c->u->cur_pos = saved;
        if (!ok || !cc_expr(c, s->v.AugAssign.value) || !cc_emit(c, OP_BINARY_OP, op) ||
            !cc_emit(c, OP_SWAP, 2))
            return false;
        cc_set_pos(c, t);
        ok = cc_emit_name(c, OP_STORE_ATTR, attr);
        c->u->cur_pos = saved;
        return ok;
    }
    case WF_AST_Subscript: {
        if (!cc_expr(c, t->v.Subscript.value) || !cc_expr(c, t->v.Subscript.slice) ||
            !cc_emit(c, OP_COPY, 2) || !cc_emit(c, OP_COPY, 2))
            return false;
        WfPos saved = c->u->cur_pos;
        cc_set_pos(c, t);
        bool ok = cc_emit(c, OP_BINARY_SUBSCR, 0);
        c->u->cur_pos = saved;
        if (!ok || !cc_expr(c, s->v.AugAssign.value) || !cc_emit(c, OP_BINARY_OP, op) ||
            !cc_emit(c, OP_SWAP, 3) || !cc_emit(c, OP_SWAP, 2))
            return false;
        cc_set_pos(c, t);
        ok = cc_emit(c, OP_STORE_SUBSCR, 0);
        c->u->cur_pos = saved;
        return ok;
    }
    default:
        return cc_error(c, t, "'%s' is an illegal expression for augmented assignment",
                        "expression");
    }
}

// Evaluates (and drops) the parts of a complex annotated target.
static bool check_ann_subscr(WfCompiler *c, const WfAst *e)
{
    if (e->kind == WF_AST_Slice) {
        if (e->v.Slice.lower && (!cc_expr(c, e->v.Slice.lower) || !cc_emit(c, OP_POP_TOP, 0)))
            return false;
        if (e->v.Slice.upper && (!cc_expr(c, e->v.Slice.upper) || !cc_emit(c, OP_POP_TOP, 0)))
            return false;
        if (e->v.Slice.step && (!cc_expr(c, e->v.Slice.step) || !cc_emit(c, OP_POP_TOP, 0)))
            return false;
        return true;
    }
    if (e->kind == WF_AST_Tuple) {
        for (int i = 0; i < e->v.Tuple.elts.n; i++)
            if (!check_ann_subscr(c, e->v.Tuple.elts.items[i]))
                return false;
        return true;
    }
    return cc_expr(c, e) && cc_emit(c, OP_POP_TOP, 0);
}

static bool compile_annassign(WfCompiler *c, const WfAst *s)
{
    const WfAst *t = s->v.AnnAssign.target;
    const WfAst *value = s->v.AnnAssign.value;
    bool module_or_class = c->u->scope_type == CU_MODULE || c->u->scope_type == CU_CLASS;
    if (value && (!cc_expr(c, value) || !cc_store(c, t)))
        return false;
    switch (t->kind) {
    case WF_AST_Name:
        if (s->v.AnnAssign.simple && module_or_class) {
            const char *name = cc_mangle(c, t->v.Name.id);
            if (!name || !compile_annotation(c, s->v.AnnAssign.annotation) ||
                !cc_emit_name(c, OP_LOAD_NAME, "__annotations__") ||
                !cc_load_const_steal(c, wf_str_intern(name)) || !cc_emit(c, OP_STORE_SUBSCR, 0))
                return false;
        }
        break;
    case WF_AST_Attribute:
        if (!value && (!cc_expr(c, t->v.Attribute.value) || !cc_emit(c, OP_POP_TOP, 0)))
            return false;
        break;
    case WF_AST_Subscript:
        if (!value && (!cc_expr(c, t->v.Subscript.value) || !cc_emit(c, OP_POP_TOP, 0) ||
                       !check_ann_subscr(c, t->v.Subscript.slice)))
            return false;
        break;
    default:
        return cc_error(c, t, "invalid node type for annotated assignment");
    }
    if (!s->v.AnnAssign.simple && module_or_class && !c->future_annotations) {
        if (!cc_expr(c, s->v.AnnAssign.annotation) || !cc_emit(c, OP_POP_TOP, 0))
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------
// Control flow
// ---------------------------------------------------------------------------

static bool compile_if(WfCompiler *c, const WfAst *s)
{
    int end = cc_new_label(c);
    if (end < 0)
        return false;
    int next = end;
    if (s->v.If.orelse.n) {
        next = cc_new_label(c);
        if (next < 0)
            return false;
    }
    if (!cc_jump_if(c, s->v.If.test, next, false) || !cc_stmts(c, &s->v.If.body))
        return false;
    if (s->v.If.orelse.n) {
        cc_set_pos(c, s);
        if (!cc_emit_jump(c, OP_JUMP, end))
            return false;
        cc_bind(c, next);
        if (!cc_stmts(c, &s->v.If.orelse))
            return false;
    }
    cc_bind(c, end);
    return true;
}

static bool compile_while(WfCompiler *c, const WfAst *s)
{
    int start = cc_new_label(c), anchor = cc_new_label(c), end = cc_new_label(c);
    if (start < 0 || anchor < 0 || end < 0)
        return false;
    cc_bind(c, start);
    if (!cc_jump_if(c, s->v.While.test, anchor, false))
        return false;
    if (!cc_push_fblock(c, FB_WHILE_LOOP, start, end, c->u->cur_handler))
        return false;
    if (!cc_stmts(c, &s->v.While.body))
        return false;
    cc_pop_fblock(c);
    cc_set_pos(c, s);
    if (!cc_emit_jump(c, OP_JUMP, start))
        return false;
    cc_bind(c, anchor);
    if (!cc_stmts(c, &s->v.While.orelse))
        return false;
    cc_bind(c, end);
    return true;
}

static bool check_async(WfCompiler *c, const WfAst *s, const char *what)
{
    if (is_top_level_await(c)) {
        c->u->coroutine = true;
        return true;
    }
    if (c->u->scope_type != CU_ASYNC_FUNCTION)
        return cc_error(c, s, "'%s' outside async function", what);
    return true;
}

static bool compile_for(WfCompiler *c, const WfAst *s)
{
    bool is_async = s->v.For.is_async;
    if (is_async && !check_async(c, s, "async for"))
        return false;
    int start = cc_new_label(c), cleanup = cc_new_label(c), end = cc_new_label(c);
    if (start < 0 || cleanup < 0 || end < 0)
        return false;
    if (!cc_expr(c, s->v.For.iter) || !cc_emit(c, is_async ? OP_GET_AITER : OP_GET_ITER, 0))
        return false;
    cc_bind(c, start);
    if (is_async) {
        if (cc_push_handler(c, cleanup, c->u->depth) < 0)
            return false;
        bool ok = cc_emit(c, OP_GET_ANEXT, 0) && cc_load_const(c, WF_NONE) &&
                  cc_emit(c, OP_YIELD_FROM, 0);
        cc_pop_handler(c);
        if (!ok)
            return false;
    } else if (!cc_emit_jump(c, OP_FOR_ITER, cleanup)) {
        return false;
    }
    if (!cc_push_fblock(c, FB_FOR_LOOP, start, end, c->u->cur_handler))
        return false;
    if (!cc_store(c, s->v.For.target) || !cc_stmts(c, &s->v.For.body))
        return false;
    cc_pop_fblock(c);
    cc_set_pos(c, s);
    if (!cc_emit_jump(c, OP_JUMP, start))
        return false;
    cc_bind(c, cleanup);
    if (is_async && !cc_emit(c, OP_END_ASYNC_FOR, 0))
        return false;
    if (!cc_stmts(c, &s->v.For.orelse))
        return false;
    cc_bind(c, end);
    return true;
}

// with item [i] of [s] and the rest nested inside it.
static bool compile_with(WfCompiler *c, const WfAst *s, int i)
{
    CUnit *u = c->u;
    bool is_async = s->v.With.is_async;
    if (i == 0 && is_async && !check_async(c, s, "async with"))
        return false;
    const WfAst *item = s->v.With.items.items[i];
    int handler = cc_new_label(c), supp = cc_new_label(c), cleanup = cc_new_label(c);
    int end = cc_new_label(c);
    if (handler < 0 || supp < 0 || cleanup < 0 || end < 0)
        return false;
    int outer = u->cur_handler;
    int d = u->depth;
    if (!cc_expr(c, item->v.withitem.context_expr))
        return false;
    cc_set_pos(c, s);
    if (is_async) {
        if (!cc_emit(c, OP_BEFORE_ASYNC_WITH, 0) || !cc_load_const(c, WF_NONE) ||
            !cc_emit(c, OP_YIELD_FROM, 0))
            return false;
    } else if (!cc_emit(c, OP_BEFORE_WITH, 0)) {
        return false;
    }
    if (cc_push_handler(c, handler, d + 1) < 0)
        return false;
    if (!cc_push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1, outer))
        return false;
    if (item->v.withitem.optional_vars) {
        if (!cc_store(c, item->v.withitem.optional_vars))
            return false;
    } else if (!cc_emit(c, OP_POP_TOP, 0)) {
        return false;
    }
    if (i + 1 < s->v.With.items.n) {
        if (!compile_with(c, s, i + 1))
            return false;
    } else if (!cc_stmts(c, &s->v.With.body)) {
        return false;
    }
    cc_pop_fblock(c);
    u->cur_handler = outer;
    cc_set_pos(c, s);
    // Normal exit: exit(None, None, None).
    if (!call_exit_with_none(c, is_async) || !cc_emit_jump(c, OP_JUMP, end))
        return false;
    // Exceptional exit.
    cc_bind(c, handler);   // exit exc
    // The cleanup keeps exit and prev: exit prev exc2 -> SWAP; POP_EXCEPT; RERAISE.
    if (cc_push_handler(c, cleanup, d + 2) < 0)
        return false;
    if (!cc_emit(c, OP_PUSH_EXC_INFO, 0) || !cc_emit(c, OP_WITH_EXCEPT_START, 0))
        return false;
    if (is_async && !cc_await_tail(c, 2))
        return false;
    if (!cc_emit_jump(c, OP_POP_JUMP_IF_TRUE, supp) || !cc_emit(c, OP_RERAISE, 0))
        return false;
    cc_bind(c, supp);   // exit prev exc
    u->cur_handler = outer;
    if (!cc_emit(c, OP_POP_TOP, 0) || !cc_emit(c, OP_POP_EXCEPT, 0) || !cc_emit(c, OP_POP_TOP, 0) ||
        !cc_emit_jump(c, OP_JUMP, end))
        return false;
    cc_bind(c, cleanup);   // exit prev exc2
    if (!cc_emit(c, OP_SWAP, 2) || !cc_emit(c, OP_POP_EXCEPT, 0) || !cc_emit(c, OP_RERAISE, 0))
        return false;
    cc_bind(c, end);
    return true;
}

// The shared tail of an exception handler: restore prev and re-raise.
static bool emit_cleanup_tail(WfCompiler *c, int label, int outer)
{
    cc_bind(c, label);
    c->u->cur_handler = outer;
    return cc_emit(c, OP_SWAP, 2) && cc_emit(c, OP_POP_EXCEPT, 0) && cc_emit(c, OP_RERAISE, 0);
}

static bool clear_name(WfCompiler *c, const char *name)
{
    return cc_load_const(c, WF_NONE) && cc_nameop(c, name, NAME_STORE, NULL) &&
           cc_nameop(c, name, NAME_DEL, NULL);
}

static bool compile_try_except(WfCompiler *c, const WfAst *s)
{
    CUnit *u = c->u;
    int d = u->depth;
    int outer = u->cur_handler;
    int handler = cc_new_label(c), cleanup = cc_new_label(c), end = cc_new_label(c);
    if (handler < 0 || cleanup < 0 || end < 0)
        return false;
    if (cc_push_handler(c, handler, d) < 0)
        return false;
    if (!cc_push_fblock(c, FB_TRY_EXCEPT, -1, -1, outer) || !cc_stmts(c, &s->v.Try.body))
        return false;
    cc_pop_fblock(c);
    u->cur_handler = outer;
    if (!cc_stmts(c, &s->v.Try.orelse))
        return false;
    cc_set_pos(c, s);
    if (!cc_emit_jump(c, OP_JUMP, end))
        return false;

    cc_bind(c, handler);   // exc
    int cleanup_rec = cc_push_handler(c, cleanup, d + 1);
    if (cleanup_rec < 0 || !cc_emit(c, OP_PUSH_EXC_INFO, 0))
        return false;
    const WfAstList *handlers = &s->v.Try.handlers;
    for (int i = 0; i < handlers->n; i++) {
        const WfAst *h = handlers->items[i];
        cc_set_pos(c, h);
        u->cur_handler = cleanup_rec;
        const WfAst *type = h->v.ExceptHandler.type;
        const char *name = h->v.ExceptHandler.name;
        if (!type && i < handlers->n - 1)
            return cc_error(c, h, "default 'except:' must be last");
        int next = cc_new_label(c);
        if (next < 0)
            return false;
        if (type) {
            // CHECK_EXC_MATCH keeps exc under its result (exc type -> exc bool).
            if (!cc_expr(c, type) || !cc_emit(c, OP_CHECK_EXC_MATCH, 0) ||
                !cc_emit_jump(c, OP_POP_JUMP_IF_FALSE, next))
                return false;
        }
        if (name) {
            int cleanup_body = cc_new_label(c);
            if (cleanup_body < 0 || !cc_nameop(c, name, NAME_STORE, h))
                return false;
            if (cc_push_handler(c, cleanup_body, d + 1) < 0)
                return false;
            if (!cc_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, outer))
                return false;
            u->fblocks[u->nfblocks - 1].name = name;
            if (!cc_stmts(c, &h->v.ExceptHandler.body))
                return false;
            cc_pop_fblock(c);
            u->cur_handler = outer;
            cc_set_pos(c, h);
            if (!cc_emit(c, OP_POP_EXCEPT, 0) || !clear_name(c, name) ||
                !cc_emit_jump(c, OP_JUMP, end))
                return false;
            cc_bind(c, cleanup_body);   // prev exc2
            u->cur_handler = cleanup_rec;
            if (!clear_name(c, name) || !cc_emit(c, OP_RERAISE, 0))
                return false;
        } else {
            if (!cc_emit(c, OP_POP_TOP, 0))
                return false;
            if (!cc_push_fblock(c, FB_HANDLER_CLEANUP, -1, -1, outer) ||
                !cc_stmts(c, &h->v.ExceptHandler.body))
                return false;
            cc_pop_fblock(c);
            u->cur_handler = outer;
            cc_set_pos(c, h);
            if (!cc_emit(c, OP_POP_EXCEPT, 0) || !cc_emit_jump(c, OP_JUMP, end))
                return false;
        }
        cc_bind(c, next);   // prev exc (when typed)
    }
    // No clause matched: re-raise (through the cleanup handler).
    u->cur_handler = cleanup_rec;
    if (!cc_emit(c, OP_RERAISE, 0))
        return false;
    if (!emit_cleanup_tail(c, cleanup, outer))
        return false;
    cc_bind(c, end);
    return true;
}

static bool compile_try_star(WfCompiler *c, const WfAst *s)
{
    CUnit *u = c->u;
    int d = u->depth;
    int outer = u->cur_handler;
    int handler = cc_new_label(c), cleanup = cc_new_label(c), end = cc_new_label(c);
    int reraise = cc_new_label(c);
    if (handler < 0 || cleanup < 0 || end < 0 || reraise < 0)
        return false;
    if (cc_push_handler(c, handler, d) < 0)
        return false;
    if (!cc_push_fblock(c, FB_TRY_EXCEPT, -1, -1, outer) || !cc_stmts(c, &s->v.Try.body))
        return false;
    cc_pop_fblock(c);
    u->cur_handler = outer;
    if (!cc_stmts(c, &s->v.Try.orelse))
        return false;
    cc_set_pos(c, s);
    if (!cc_emit_jump(c, OP_JUMP, end))
        return false;

    cc_bind(c, handler);   // exc
    int cleanup_rec = cc_push_handler(c, cleanup, d + 1);
    // prev orig list rest
    if (cleanup_rec < 0 || !cc_emit(c, OP_PUSH_EXC_INFO, 0) || !cc_emit(c, OP_COPY, 1) ||
        !cc_emit(c, OP_BUILD_LIST, 0) || !cc_emit(c, OP_SWAP, 2))
        return false;
    const WfAstList *handlers = &s->v.Try.handlers;
    for (int i = 0; i < handlers->n; i++) {
        const WfAst *h = handlers->items[i];
        cc_set_pos(c, h);
        u->cur_handler = cleanup_rec;
        const WfAst *type = h->v.ExceptHandler.type;
        const char *name = h->v.ExceptHandler.name;
        if (!type)
            return cc_error(c, h, "expected an exception type");
        int next = cc_new_label(c), no_match = cc_new_label(c), body_exc = cc_new_label(c);
        if (next < 0 || no_match < 0 || body_exc < 0)
            return false;
        if (!cc_expr(c, type) || !cc_emit(c, OP_CHECK_EG_MATCH, 0) || !cc_emit(c, OP_COPY, 1) ||
            !cc_load_const(c, WF_NONE) || !cc_emit(c, OP_IS_OP, 0) ||
            !cc_emit_jump(c, OP_POP_JUMP_IF_TRUE, no_match))
            return false;
        if (name) {
            if (!cc_nameop(c, name, NAME_STORE, h))
                return false;
        } else if (!cc_emit(c, OP_POP_TOP, 0)) {
            return false;
        }
        if (cc_push_handler(c, body_exc, d + 4) < 0)
            return false;
        if (!cc_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, -1, -1, outer) ||
            !cc_stmts(c, &h->v.ExceptHandler.body))
            return false;
        cc_pop_fblock(c);
        u->cur_handler = cleanup_rec;
        cc_set_pos(c, h);
        if ((name && !clear_name(c, name)) || !cc_emit_jump(c, OP_JUMP, next))
            return false;
        cc_bind(c, body_exc);   // prev orig list rest exc2
        if ((name && !clear_name(c, name)) || !cc_emit(c, OP_LIST_APPEND, 2) ||
            !cc_emit_jump(c, OP_JUMP, next))
            return false;
        cc_bind(c, no_match);   // prev orig list rest None
        if (!cc_emit(c, OP_POP_TOP, 0))
            return false;
        cc_bind(c, next);
    }
    u->cur_handler = cleanup_rec;
    cc_set_pos(c, s);
    // prev orig list rest -> prev exc_or_None
    if (!cc_emit(c, OP_LIST_APPEND, 1) || !cc_emit(c, OP_PREP_RERAISE_STAR, 0) ||
        !cc_emit(c, OP_COPY, 1) || !cc_load_const(c, WF_NONE) || !cc_emit(c, OP_IS_OP, 0) ||
        !cc_emit_jump(c, OP_POP_JUMP_IF_FALSE, reraise))
        return false;
    if (!cc_emit(c, OP_POP_TOP, 0))
        return false;
    u->cur_handler = outer;
    if (!cc_emit(c, OP_POP_EXCEPT, 0) || !cc_emit_jump(c, OP_JUMP, end))
        return false;
    cc_bind(c, reraise);   // prev exc
    u->cur_handler = cleanup_rec;
    if (!cc_emit(c, OP_RERAISE, 0))
        return false;
    if (!emit_cleanup_tail(c, cleanup, outer))
        return false;
    cc_bind(c, end);
    return true;
}

static bool compile_try_finally(WfCompiler *c, const WfAst *s)
{
    CUnit *u = c->u;
    int d = u->depth;
    int outer = u->cur_handler;
    int handler = cc_new_label(c), cleanup = cc_new_label(c), end = cc_new_label(c);
    if (handler < 0 || cleanup < 0 || end < 0)
        return false;
    if (cc_push_handler(c, handler, d) < 0)
        return false;
    if (!cc_push_fblock(c, FB_FINALLY_TRY, -1, -1, outer))
        return false;
    u->fblocks[u->nfblocks - 1].finalbody = &s->v.Try.finalbody;
    bool ok;
    if (s->v.Try.handlers.n)
        ok = s->v.Try.is_star ? compile_try_star(c, s) : compile_try_except(c, s);
    else
        ok = cc_stmts(c, &s->v.Try.body);
    if (!ok)
        return false;
    cc_pop_fblock(c);
    u->cur_handler = outer;
    // Normal exit: the finally body inline.
    if (!cc_stmts(c, &s->v.Try.finalbody))
        return false;
    cc_set_pos(c, s);
    if (!cc_emit_jump(c, OP_JUMP, end))
        return false;
    // Exceptional exit.
    cc_bind(c, handler);   // exc
    if (cc_push_handler(c, cleanup, d + 1) < 0 || !cc_emit(c, OP_PUSH_EXC_INFO, 0))
        return false;
    if (!cc_push_fblock(c, FB_FINALLY_END, -1, -1, outer) || !cc_stmts(c, &s->v.Try.finalbody))
        return false;
    cc_pop_fblock(c);
    cc_set_pos(c, s);
    if (!cc_emit(c, OP_RERAISE, 0))
        return false;
    if (!emit_cleanup_tail(c, cleanup, outer))
        return false;
    cc_bind(c, end);
    return true;
}

static bool compile_try(WfCompiler *c, const WfAst *s)
{
    if (s->v.Try.finalbody.n)
        return compile_try_finally(c, s);
    if (s->v.Try.is_star)
        return compile_try_star(c, s);
    return compile_try_except(c, s);
}

static bool compile_assert(WfCompiler *c, const WfAst *s)
{
    if (!cc_check_assert(c, s))
        return false;
    int end = cc_new_label(c);
    if (end < 0 || !cc_jump_if(c, s->v.Assert.test, end, true))
        return false;
    if (!cc_emit(c, OP_LOAD_ASSERTION_ERROR, 0))
        return false;
    if (s->v.Assert.msg && (!cc_expr(c, s->v.Assert.msg) || !cc_emit(c, OP_CALL, 1)))
        return false;
    if (!cc_emit(c, OP_RAISE_VARARGS, 1))
        return false;
    cc_bind(c, end);
    return true;
}

static bool compile_raise(WfCompiler *c, const WfAst *s)
{
    int n = 0;
    if (s->v.Raise.exc) {
        if (!cc_expr(c, s->v.Raise.exc))
            return false;
        n = 1;
        if (s->v.Raise.cause) {
            if (!cc_expr(c, s->v.Raise.cause))
                return false;
            n = 2;
        }
    }
    return cc_emit(c, OP_RAISE_VARARGS, n);
}

// ---------------------------------------------------------------------------
// Imports
// ---------------------------------------------------------------------------

static bool compile_import(WfCompiler *c, const WfAst *s)
{
    for (int i = 0; i < s->v.Import.names.n; i++) {
        const WfAst *a = s->v.Import.names.items[i];
        const char *name = a->v.alias.name;
        if (!cc_load_const(c, WF_FROM_SMALLINT(0)) || !cc_load_const(c, WF_NONE) ||
            !cc_emit_name(c, OP_IMPORT_NAME, name))
            return false;
        const char *dot = strchr(name, '.');
        if (a->v.alias.asname) {
            if (dot) {
                // import a.b.c as d: walk down from the top package.
                const char *p = dot + 1;
                for (;;) {
                    const char *q = strchr(p, '.');
                    size_t len = q ? (size_t)(q - p) : strlen(p);
                    char *attr = wf_arena_strndup(c->arena, p, len);
                    if (!attr)
                        return cc_nomem(c);
                    if (!cc_emit_name(c, OP_IMPORT_FROM, attr))
                        return false;
                    if (!q)
                        break;
                    if (!cc_emit(c, OP_SWAP, 2) || !cc_emit(c, OP_POP_TOP, 0))
                        return false;
                    p = q + 1;
                }
                if (!cc_nameop(c, a->v.alias.asname, NAME_STORE, a) || !cc_emit(c, OP_POP_TOP, 0))
                    return false;
            } else if (!cc_nameop(c, a->v.alias.asname, NAME_STORE, a)) {
                return false;
            }
        } else {
            const char *store = name;
            if (dot) {
                store = wf_arena_strndup(c->arena, name, (size_t)(dot - name));
                if (!store)
                    return cc_nomem(c);
            }
            if (!cc_nameop(c, store, NAME_STORE, a))
                return false;
        }
    }
    return true;
}

static bool compile_import_from(WfCompiler *c, const WfAst *s)
{
    const WfAstList *names = &s->v.ImportFrom.names;
    const char *module = s->v.ImportFrom.module ? s->v.ImportFrom.module : "";
    if (s->v.ImportFrom.level == 0 && strcmp(module, "__future__") == 0) {
        // Validated by the driver; only allowed at the top of the module.
        CUnit *u = c->u;
        bool ok = false;
        if (u->scope_type == CU_MODULE && u->parent == NULL && c->future_body)
            for (int i = 0; i < c->future_prefix && !ok; i++)
                ok = c->future_body->items[i] == s;
        if (!ok)
            return cc_error(c, s, "from __future__ imports must occur at the beginning of the file");
        return true;
    }
    WfValue fromlist = wf_tuple_new((size_t)names->n);
    if (!fromlist)
        return false;
    for (int i = 0; i < names->n; i++) {
        WfValue n = wf_str_intern(names->items[i]->v.alias.name);
        if (!n) {
            for (int j = i; j < names->n; j++)
                WF_TUPLE_SET_STEAL(fromlist, (size_t)j, wf_newref(WF_NONE));
            wf_decref(fromlist);
            return false;
        }
        WF_TUPLE_SET_STEAL(fromlist, (size_t)i, n);
    }
    WfValue level = wf_int_from_i64(s->v.ImportFrom.level);
    if (!cc_load_const_steal(c, level) || !cc_load_const_steal(c, fromlist) ||
        !cc_emit_name(c, OP_IMPORT_NAME, module))
        return false;
    if (names->n == 1 && strcmp(names->items[0]->v.alias.name, "*") == 0)
        return cc_emit(c, OP_IMPORT_STAR, 0);
    for (int i = 0; i < names->n; i++) {
        const WfAst *a = names->items[i];
        const char *store = a->v.alias.asname ? a->v.alias.asname : a->v.alias.name;
        if (!cc_emit_name(c, OP_IMPORT_FROM, a->v.alias.name) ||
            !cc_nameop(c, store, NAME_STORE, a))
            return false;
    }
    return cc_emit(c, OP_POP_TOP, 0);
}

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

static bool compile_expr_stmt(WfCompiler *c, const WfAst *s)
{
    const WfAst *v = s->v.Expr.value;
    if (c->interactive && c->nestlevel <= 1)
        return cc_expr(c, v) && cc_emit(c, OP_PRINT_EXPR, 0);
    if (v->kind == WF_AST_Constant)
        return true;   // a lone constant (e.g. a string used as a comment)
    return cc_expr(c, v) && cc_emit(c, OP_POP_TOP, 0);
}

static bool stmt_inner(WfCompiler *c, const WfAst *s)
{
    switch (s->kind) {
    case WF_AST_FunctionDef:
        return compile_function(c, s);
    case WF_AST_ClassDef:
        return compile_class(c, s);
    case WF_AST_Return:
        return compile_return(c, s);
    case WF_AST_Delete:
        for (int i = 0; i < s->v.Delete.targets.n; i++)
            if (!cc_delete(c, s->v.Delete.targets.items[i]))
                return false;
        return true;
    case WF_AST_Assign:
        return compile_assign(c, s);
    case WF_AST_AugAssign:
        return compile_augassign(c, s);
    case WF_AST_AnnAssign:
        return compile_annassign(c, s);
    case WF_AST_For:
        return compile_for(c, s);
    case WF_AST_While:
        return compile_while(c, s);
    case WF_AST_If:
        return compile_if(c, s);
    case WF_AST_With:
        return compile_with(c, s, 0);
    case WF_AST_Raise:
        return compile_raise(c, s);
    case WF_AST_Try:
        return compile_try(c, s);
    case WF_AST_Assert:
        return compile_assert(c, s);
    case WF_AST_Import:
        return compile_import(c, s);
    case WF_AST_ImportFrom:
        return compile_import_from(c, s);
    case WF_AST_Global:
    case WF_AST_Nonlocal:
    case WF_AST_Pass:
        return true;
    case WF_AST_Expr:
        return compile_expr_stmt(c, s);
    case WF_AST_Break:
        return compile_break_continue(c, s, true);
    case WF_AST_Continue:
        return compile_break_continue(c, s, false);
    default:
        return cc_error(c, s, "unexpected statement");
    }
}

bool cc_stmt(WfCompiler *c, const WfAst *s)
{
    WfPos saved = c->u->cur_pos;
    cc_set_pos(c, s);
    bool ok = stmt_inner(c, s);
    c->u->cur_pos = saved;
    return ok;
}
