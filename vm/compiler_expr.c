// compiler_expr.c — expressions to bytecode: operators with constant
// folding, short-circuit boolean ops and chained comparisons (middle operands
// evaluated once), calls (CALL / CALL_KW / CALL_METHOD(_KW) / CALL_EX),
// displays with star-unpacking, comprehensions and lambdas as nested code
// objects, f-strings, yield/await, assignment and deletion targets.
// Invariant: cc_expr leaves exactly one value on the stack and restores the
// current source position. GIL: held.
#include <stdio.h>
#include <string.h>

#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/bytes.h"
#include "runtime/tuple.h"
#include "vm/compiler.h"
#include "vm/compiler_internal.h"

// Displays / argument lists longer than this are built incrementally so the
// stack stays small (CPython's STACK_USE_GUIDELINE).
#define STACK_USE_GUIDELINE 30

// Maximum sizes of folded constants (CPython's ast_opt limits).
#define MAX_INT_BITS 128
#define MAX_STR_SIZE 4096

static bool is_top_level_await(WfCompiler *c)
{
    return (c->flags & WF_COMPILE_TOPLEVEL_AWAIT) && c->u->ste->kind == WF_BLOCK_MODULE;
}

bool cc_await_tail(WfCompiler *c, int where)
{
    return cc_emit(c, OP_GET_AWAITABLE, where) && cc_load_const(c, WF_NONE) &&
           cc_emit(c, OP_YIELD_FROM, 0);
}

// ---------------------------------------------------------------------------
// Constant folding
// ---------------------------------------------------------------------------

static bool is_num(WfValue v)
{
    return wf_is_int(v) || (!WF_IS_SMALLINT(v) && v->type == &wf_float_type);
}

static int smallint_bits(WfValue v)
{
    intptr_t x = WF_SMALLINT_VAL(v);
    uintptr_t ux = x < 0 ? (uintptr_t)(-(x + 1)) + 1 : (uintptr_t)x;
    int bits = 0;
    while (ux) {
        bits++;
        ux >>= 1;
    }
    return bits;
}

// Whether folding [a op b] is cheap and its result small.
static bool fold_binop_safe(int op, WfValue a, WfValue b)
{
    if (is_num(a) && is_num(b)) {
        bool ints = wf_is_int(a) && wf_is_int(b);
        if (wf_is_int(a) && !WF_IS_SMALLINT(a))
            return false;
        if (wf_is_int(b) && !WF_IS_SMALLINT(b))
            return false;
        if (!ints)
            return op != WF_BINOP_MATMUL;
        switch (op) {
        case WF_BINOP_POW: {
            intptr_t e = WF_SMALLINT_VAL(b);
            if (e < 0)
                return true;   // float result
            return e == 0 || smallint_bits(a) <= MAX_INT_BITS / (int)(e > MAX_INT_BITS ? MAX_INT_BITS + 1 : e);
        }
        case WF_BINOP_LSHIFT: {
            intptr_t s = WF_SMALLINT_VAL(b);
            return s >= 0 && s <= MAX_INT_BITS && smallint_bits(a) + s <= MAX_INT_BITS;
        }
        case WF_BINOP_MATMUL:
            return false;
        default:
            return true;
        }
    }
    bool astr = !WF_IS_SMALLINT(a) && a->type == &wf_str_type;
    bool bstr = !WF_IS_SMALLINT(b) && b->type == &wf_str_type;
    bool abytes = !WF_IS_SMALLINT(a) && a->type == &wf_bytes_type;
    bool bbytes = !WF_IS_SMALLINT(b) && b->type == &wf_bytes_type;
    if (op == WF_BINOP_ADD) {
        if (astr && bstr)
            return WF_STR_LEN(a) + WF_STR_LEN(b) <= MAX_STR_SIZE;
        if (abytes && bbytes)
            return WF_BYTES_LEN(a) + WF_BYTES_LEN(b) <= MAX_STR_SIZE;
        return false;
    }
    if (op == WF_BINOP_MUL) {
        WfValue seq = (astr || abytes) ? a : (bstr || bbytes) ? b : WF_NULL;
        WfValue n = seq == a ? b : a;
        if (!seq || !WF_IS_SMALLINT(n))
            return false;
        intptr_t k = WF_SMALLINT_VAL(n);
        size_t len = (seq->type == &wf_str_type) ? WF_STR_LEN(seq) : WF_BYTES_LEN(seq);
        return k <= 0 || (len == 0) || (size_t)k <= MAX_STR_SIZE / len;
    }
    return false;
}

static int binop_of(int astop)
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
    default: return -1;
    }
}

WfValue cc_fold(WfCompiler *c, const WfAst *e)
{
    switch (e->kind) {
    case WF_AST_Constant: {
        WfValue v = cc_const_value(c, &e->v.Constant.value);
        if (!v)
            wf_err_clear();
        return v;
    }
    case WF_AST_Name:
        if (e->v.Name.ctx == WF_CTX_LOAD && strcmp(e->v.Name.id, "__debug__") == 0)
            return wf_newref(WF_TRUE);
        return WF_NULL;
    case WF_AST_UnaryOp: {
        int op = e->v.UnaryOp.op;
        WfValue v = cc_fold(c, e->v.UnaryOp.operand);
        if (!v)
            return WF_NULL;
        if (op == WF_OP_Not) {
            int t = wf_is_true(v);
            wf_decref(v);
            if (t < 0) {
                wf_err_clear();
                return WF_NULL;
            }
            return wf_newref(wf_bool(!t));
        }
        WfValue r = WF_NULL;
        if (is_num(v) && !(op == WF_OP_Invert && !wf_is_int(v))) {
            r = wf_unary_op(v, op == WF_OP_USub ? WF_UNOP_NEG : op == WF_OP_UAdd ? WF_UNOP_POS
                                                                               : WF_UNOP_INVERT);
            if (!r)
                wf_err_clear();
        }
        wf_decref(v);
        return r;
    }
    case WF_AST_BinOp: {
        int op = binop_of(e->v.BinOp.op);
        if (op < 0)
            return WF_NULL;
        WfValue a = cc_fold(c, e->v.BinOp.left);
        if (!a)
            return WF_NULL;
        WfValue b = cc_fold(c, e->v.BinOp.right);
        if (!b) {
            wf_decref(a);
            return WF_NULL;
        }
        WfValue r = WF_NULL;
        if (fold_binop_safe(op, a, b)) {
            r = wf_binary_op(a, b, op);
            if (!r)
                wf_err_clear();
            else if (r == WF_NOTIMPLEMENTED) {
                wf_decref(r);
                r = WF_NULL;
            }
        }
        wf_decref(a);
        wf_decref(b);
        return r;
    }
    case WF_AST_Tuple: {
        if (e->v.Tuple.ctx != WF_CTX_LOAD)
            return WF_NULL;
        int n = e->v.Tuple.elts.n;
        for (int i = 0; i < n; i++) {
            int k = e->v.Tuple.elts.items[i]->kind;
            if (k == WF_AST_Starred)
                return WF_NULL;
        }
        WfValue t = wf_tuple_new((size_t)n);
        if (!t) {
            wf_err_clear();
            return WF_NULL;
        }
        for (int i = 0; i < n; i++) {
            WfValue v = cc_fold(c, e->v.Tuple.elts.items[i]);
            if (!v) {
                for (int j = i; j < n; j++)
                    WF_TUPLE_SET_STEAL(t, (size_t)j, wf_newref(WF_NONE));
                wf_decref(t);
                return WF_NULL;
            }
            WF_TUPLE_SET_STEAL(t, (size_t)i, v);
        }
        return t;
    }
    default:
        return WF_NULL;
    }
}

// Expression kinds whose folding is worth trying.
static bool maybe_foldable(const WfAst *e)
{
    switch (e->kind) {
    case WF_AST_UnaryOp:
        return maybe_foldable(e->v.UnaryOp.operand);
    case WF_AST_BinOp:
        return maybe_foldable(e->v.BinOp.left) && maybe_foldable(e->v.BinOp.right);
    case WF_AST_Constant:
        return true;
    case WF_AST_Tuple:
        return e->v.Tuple.ctx == WF_CTX_LOAD;
    case WF_AST_Name:
        return strcmp(e->v.Name.id, "__debug__") == 0;
    default:
        return false;
    }
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

static bool has_starred(const WfAstList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i]->kind == WF_AST_Starred)
            return true;
    return false;
}

// BUILD_LIST/SET/TUPLE for a display, with *unpacking.
enum { SEQ_LIST, SEQ_TUPLE, SEQ_SET };

static bool starunpack(WfCompiler *c, const WfAstList *elts, int kind)
{
    int n = elts->n;
    bool star = has_starred(elts);
    if (!star && n <= STACK_USE_GUIDELINE) {
        for (int i = 0; i < n; i++)
            if (!cc_expr(c, elts->items[i]))
                return false;
        int op = kind == SEQ_LIST ? OP_BUILD_LIST : kind == SEQ_SET ? OP_BUILD_SET : OP_BUILD_TUPLE;
        return cc_emit(c, op, n);
    }
    int build = kind == SEQ_SET ? OP_BUILD_SET : OP_BUILD_LIST;
    int append = kind == SEQ_SET ? OP_SET_ADD : OP_LIST_APPEND;
    int extend = kind == SEQ_SET ? OP_SET_UPDATE : OP_LIST_EXTEND;
    int i = 0;
    while (i < n && i < STACK_USE_GUIDELINE && elts->items[i]->kind != WF_AST_Starred) {
        if (!cc_expr(c, elts->items[i]))
            return false;
        i++;
    }
    if (!cc_emit(c, build, i))
        return false;
    for (; i < n; i++) {
        const WfAst *el = elts->items[i];
        if (el->kind == WF_AST_Starred) {
            if (!cc_expr(c, el->v.Starred.value) || !cc_emit(c, extend, 1))
                return false;
        } else if (!cc_expr(c, el) || !cc_emit(c, append, 1)) {
            return false;
        }
    }
    if (kind == SEQ_TUPLE)
        return cc_emit(c, OP_LIST_TO_TUPLE, 0);
    return true;
}

static bool compile_list(WfCompiler *c, const WfAst *e)
{
    const WfAstList *elts = &e->v.List.elts;
    // [c1, c2, c3, ...] of constants: BUILD_LIST 0; LOAD_CONST (tuple); LIST_EXTEND 1.
    if (elts->n >= 3 && !has_starred(elts)) {
        bool all_const = true;
        for (int i = 0; i < elts->n && all_const; i++)
            all_const = maybe_foldable(elts->items[i]);
        if (all_const) {
            WfValue t = wf_tuple_new((size_t)elts->n);
            if (!t)
                return false;
            int i = 0;
            for (; i < elts->n; i++) {
                WfValue v = cc_fold(c, elts->items[i]);
                if (!v)
                    break;
                WF_TUPLE_SET_STEAL(t, (size_t)i, v);
            }
            if (i == elts->n)
                return cc_emit(c, OP_BUILD_LIST, 0) && cc_load_const_steal(c, t) &&
                       cc_emit(c, OP_LIST_EXTEND, 1);
            for (; i < elts->n; i++)
                WF_TUPLE_SET_STEAL(t, (size_t)i, wf_newref(WF_NONE));
            wf_decref(t);
        }
    }
    return starunpack(c, elts, SEQ_LIST);
}

static bool compile_dict(WfCompiler *c, const WfAst *e)
{
    const WfAstList *keys = &e->v.Dict.keys, *values = &e->v.Dict.values;
    int n = values->n;
    int i = 0;
    // Leading plain pairs go on the stack for one BUILD_MAP.
    while (i < n && i < STACK_USE_GUIDELINE / 2 && keys->items[i]) {
        if (!cc_expr(c, keys->items[i]) || !cc_expr(c, values->items[i]))
            return false;
        i++;
    }
    if (!cc_emit(c, OP_BUILD_MAP, i))
        return false;
    for (; i < n; i++) {
        if (keys->items[i]) {
            if (!cc_expr(c, keys->items[i]) || !cc_expr(c, values->items[i]) ||
                !cc_emit(c, OP_MAP_ADD, 1))
                return false;
        } else if (!cc_expr(c, values->items[i]) || !cc_emit(c, OP_DICT_UPDATE, 1)) {
            return false;
        }
    }
    return true;
}

static bool compile_slice(WfCompiler *c, const WfAst *s)
{
    int n = 2;
    if (s->v.Slice.lower) {
        if (!cc_expr(c, s->v.Slice.lower))
            return false;
    } else if (!cc_load_const(c, WF_NONE)) {
        return false;
    }
    if (s->v.Slice.upper) {
        if (!cc_expr(c, s->v.Slice.upper))
            return false;
    } else if (!cc_load_const(c, WF_NONE)) {
        return false;
    }
    if (s->v.Slice.step) {
        if (!cc_expr(c, s->v.Slice.step))
            return false;
        n = 3;
    }
    return cc_emit(c, OP_BUILD_SLICE, n);
}

static int cmp_arg(int op, int *opcode)
{
    switch (op) {
    case WF_OP_Eq: *opcode = OP_COMPARE_OP; return WF_EQ;
    case WF_OP_NotEq: *opcode = OP_COMPARE_OP; return WF_NE;
    case WF_OP_Lt: *opcode = OP_COMPARE_OP; return WF_LT;
    case WF_OP_LtE: *opcode = OP_COMPARE_OP; return WF_LE;
    case WF_OP_Gt: *opcode = OP_COMPARE_OP; return WF_GT;
    case WF_OP_GtE: *opcode = OP_COMPARE_OP; return WF_GE;
    case WF_OP_Is: *opcode = OP_IS_OP; return 0;
    case WF_OP_IsNot: *opcode = OP_IS_OP; return 1;
    case WF_OP_In: *opcode = OP_CONTAINS_OP; return 0;
    case WF_OP_NotIn: *opcode = OP_CONTAINS_OP; return 1;
    default: *opcode = OP_COMPARE_OP; return WF_EQ;
    }
}

static bool emit_compare(WfCompiler *c, int op)
{
    int opcode;
    int arg = cmp_arg(op, &opcode);
    return cc_emit(c, opcode, arg);
}

// The right operand of a comparison; `x in [consts]` uses a constant tuple.
static bool compile_comparator(WfCompiler *c, int op, const WfAst *right)
{
    if ((op == WF_OP_In || op == WF_OP_NotIn) && right->kind == WF_AST_List &&
        !has_starred(&right->v.List.elts)) {
        bool all = true;
        for (int i = 0; i < right->v.List.elts.n && all; i++)
            all = maybe_foldable(right->v.List.elts.items[i]);
        if (all) {
            int n = right->v.List.elts.n;
            WfValue t = wf_tuple_new((size_t)n);
            if (!t)
                return false;
            int i = 0;
            for (; i < n; i++) {
                WfValue v = cc_fold(c, right->v.List.elts.items[i]);
                if (!v)
                    break;
                WF_TUPLE_SET_STEAL(t, (size_t)i, v);
            }
            if (i == n)
                return cc_load_const_steal(c, t);
            for (; i < n; i++)
                WF_TUPLE_SET_STEAL(t, (size_t)i, wf_newref(WF_NONE));
            wf_decref(t);
        }
    }
    return cc_expr(c, right);
}

// ---------------------------------------------------------------------------
// Compile-time SyntaxWarnings (CPython's check_compare / check_caller /
// check_subscripter / check_index): they see the constant-folded tree.
// ---------------------------------------------------------------------------

// The type name CPython's infer_type gives [e] (after folding), or NULL.
// [*cls] receives the folded constant's type when [e] folds.
static const char *infer_type_name(WfCompiler *c, const WfAst *e, WfType **cls)
{
    *cls = NULL;
    if (maybe_foldable(e)) {
        WfValue v = cc_fold(c, e);
        if (v) {
            *cls = wf_type(v);
            wf_decref(v);
            return wf_type_name_of(*cls);
        }
    }
    switch (e->kind) {
    case WF_AST_Tuple: return "tuple";
    case WF_AST_List: case WF_AST_ListComp: return "list";
    case WF_AST_Dict: case WF_AST_DictComp: return "dict";
    case WF_AST_Set: case WF_AST_SetComp: return "set";
    case WF_AST_GeneratorExp: return "generator";
    case WF_AST_Lambda: return "function";
    case WF_AST_JoinedStr: case WF_AST_FormattedValue: return "str";
    default: return NULL;
    }
}

// Whether [e] is an operand `is` should not meet: a folded constant other
// than None, True, False and Ellipsis.
static bool is_literal_operand(WfCompiler *c, const WfAst *e)
{
    if (!maybe_foldable(e))
        return false;
    WfValue v = cc_fold(c, e);
    if (!v)
        return false;
    bool lit = !(v == WF_NONE || v == WF_TRUE || v == WF_FALSE || v == WF_ELLIPSIS);
    wf_decref(v);
    return lit;
}

static bool check_compare(WfCompiler *c, const WfAst *e)
{
    bool left = is_literal_operand(c, e->v.Compare.left);
    for (int i = 0; i < e->v.Compare.comparators.n; i++) {
        int op = e->v.Compare.ops[i];
        bool right = is_literal_operand(c, e->v.Compare.comparators.items[i]);
        if ((op == WF_OP_Is || op == WF_OP_IsNot) && (left || right))
            return cc_warn(c, e, op == WF_OP_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                                : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return true;
}

static bool check_caller(WfCompiler *c, const WfAst *call, const WfAst *func)
{
    switch (func->kind) {
    case WF_AST_Constant: case WF_AST_Tuple: case WF_AST_List: case WF_AST_ListComp:
    case WF_AST_Dict: case WF_AST_DictComp: case WF_AST_Set: case WF_AST_SetComp:
    case WF_AST_GeneratorExp: case WF_AST_JoinedStr: case WF_AST_FormattedValue: {
        WfType *cls;
        const char *name = infer_type_name(c, func, &cls);
        if (!name)
            return true;
        return cc_warn(c, call, "'%s' object is not callable; perhaps you missed a comma?", name);
    }
    default:
        return true;
    }
}

static bool check_subscript(WfCompiler *c, const WfAst *e)
{
    const WfAst *value = e->v.Subscript.value, *slice = e->v.Subscript.slice;
    WfType *vcls, *icls;
    const char *vname = infer_type_name(c, value, &vcls);
    if (vname) {
        bool warn = false;
        if (vcls) {
            warn = vcls == wf_type(WF_NONE) || vcls == wf_type(WF_ELLIPSIS) ||
                   wf_type_is_subtype(vcls, &wf_int_type) || wf_type_is_subtype(vcls, &wf_float_type);
        } else {
            warn = value->kind == WF_AST_Set || value->kind == WF_AST_SetComp ||
                   value->kind == WF_AST_GeneratorExp || value->kind == WF_AST_Lambda;
        }
        if (warn)
            return cc_warn(c, e, "'%s' object is not subscriptable; perhaps you missed a comma?", vname);
    }
    const char *iname = infer_type_name(c, slice, &icls);
    if (!iname || (icls && wf_type_is_subtype(icls, &wf_int_type)))
        return true;
    bool warn = false;
    if (vcls)
        warn = vcls == &wf_str_type || vcls == &wf_bytes_type || vcls == &wf_tuple_type;
    else
        warn = value->kind == WF_AST_Tuple || value->kind == WF_AST_List || value->kind == WF_AST_ListComp ||
               value->kind == WF_AST_JoinedStr || value->kind == WF_AST_FormattedValue;
    if (warn && vname)
        return cc_warn(c, e, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                       vname, iname);
    return true;
}

bool cc_check_assert(WfCompiler *c, const WfAst *s)
{
    const WfAst *t = s->v.Assert.test;
    if (t->kind != WF_AST_Tuple || t->v.Tuple.elts.n == 0)
        return true;
    return cc_warn(c, s, "assertion is always true, perhaps remove parentheses?");
}

static bool compile_compare(WfCompiler *c, const WfAst *e)
{
    if (!check_compare(c, e))
        return false;
    int n = e->v.Compare.comparators.n;
    const int *ops = e->v.Compare.ops;
    if (!cc_expr(c, e->v.Compare.left))
        return false;
    if (n == 1)
        return compile_comparator(c, ops[0], e->v.Compare.comparators.items[0]) &&
               emit_compare(c, ops[0]);
    int cleanup = cc_new_label(c), end = cc_new_label(c);
    if (cleanup < 0 || end < 0)
        return false;
    for (int i = 0; i < n - 1; i++) {
        if (!cc_expr(c, e->v.Compare.comparators.items[i]) || !cc_emit(c, OP_SWAP, 2) ||
            !cc_emit(c, OP_COPY, 2) || !emit_compare(c, ops[i]) ||
            !cc_emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup))
            return false;
    }
    if (!compile_comparator(c, ops[n - 1], e->v.Compare.comparators.items[n - 1]) ||
        !emit_compare(c, ops[n - 1]) || !cc_emit_jump(c, OP_JUMP, end))
        return false;
    cc_bind(c, cleanup);
    if (!cc_emit(c, OP_SWAP, 2) || !cc_emit(c, OP_POP_TOP, 0))
        return false;
    cc_bind(c, end);
    return true;
}

bool cc_jump_if(WfCompiler *c, const WfAst *e, int label, bool cond)
{
    switch (e->kind) {
    case WF_AST_UnaryOp:
        if (e->v.UnaryOp.op == WF_OP_Not)
            return cc_jump_if(c, e->v.UnaryOp.operand, label, !cond);
        break;
    case WF_AST_BoolOp: {
        const WfAstList *vals = &e->v.BoolOp.values;
        bool is_or = e->v.BoolOp.op == WF_OP_Or;
        int next2 = label;
        if (is_or != cond) {
            next2 = cc_new_label(c);
            if (next2 < 0)
                return false;
        }
        for (int i = 0; i < vals->n - 1; i++)
            if (!cc_jump_if(c, vals->items[i], next2, is_or))
                return false;
        if (!cc_jump_if(c, vals->items[vals->n - 1], label, cond))
            return false;
        if (next2 != label)
            cc_bind(c, next2);
        return true;
    }
    case WF_AST_IfExp: {
        int end = cc_new_label(c), next2 = cc_new_label(c);
        if (end < 0 || next2 < 0)
            return false;
        WfPos saved = c->u->cur_pos;
        cc_set_pos(c, e);
        bool ok = cc_jump_if(c, e->v.IfExp.test, next2, false) &&
                  cc_jump_if(c, e->v.IfExp.body, label, cond) && cc_emit_jump(c, OP_JUMP, end);
        if (ok) {
            cc_bind(c, next2);
            ok = cc_jump_if(c, e->v.IfExp.orelse, label, cond);
            cc_bind(c, end);
        }
        c->u->cur_pos = saved;
        return ok;
    }
    case WF_AST_Compare: {
        // As CPython 3.11, the comparison's position stays current after
        // the jump (an assert's LOAD_ASSERTION_ERROR/RAISE point at it);
        // cc_stmt restores the statement's position afterwards.
        cc_set_pos(c, e);
        int n = e->v.Compare.comparators.n;
        if (n <= 1)
            break;
        if (!check_compare(c, e))
            return false;
        const int *ops = e->v.Compare.ops;
        int cleanup = cc_new_label(c), end = cc_new_label(c);
        if (cleanup < 0 || end < 0)
            return false;
        if (!cc_expr(c, e->v.Compare.left))
            return false;
        for (int i = 0; i < n - 1; i++) {
            if (!cc_expr(c, e->v.Compare.comparators.items[i]) || !cc_emit(c, OP_SWAP, 2) ||
                !cc_emit(c, OP_COPY, 2) || !emit_compare(c, ops[i]) ||
                !cc_emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup))
                return false;
        }
        if (!compile_comparator(c, ops[n - 1], e->v.Compare.comparators.items[n - 1]) ||
            !emit_compare(c, ops[n - 1]) ||
            !cc_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label) ||
            !cc_emit_jump(c, OP_JUMP, end))
            return false;
        cc_bind(c, cleanup);
        if (!cc_emit(c, OP_POP_TOP, 0))
            return false;
        if (!cond && !cc_emit_jump(c, OP_JUMP, label))
            return false;
        cc_bind(c, end);
        return true;
    }
    case WF_AST_Constant: {
        WfValue v = cc_fold(c, e);
        if (!v)
            break;
        int t = wf_is_true(v);
        wf_decref(v);
        if (t < 0) {
            wf_err_clear();
            break;
        }
        if ((t != 0) == cond)
            return cc_emit_jump(c, OP_JUMP, label);
        return true;
    }
    default:
        break;
    }
    if (!cc_expr(c, e))
        return false;
    return cc_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

// ---------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------

static bool validate_keywords(WfCompiler *c, const WfAstList *keywords)
{
    for (int i = 0; i < keywords->n; i++) {
        const WfAst *k = keywords->items[i];
        if (!k->v.keyword.arg)
            continue;
        for (int j = i + 1; j < keywords->n; j++) {
            const WfAst *o = keywords->items[j];
            if (o->v.keyword.arg && strcmp(k->v.keyword.arg, o->v.keyword.arg) == 0)
                return cc_error(c, o, "keyword argument repeated: %s", k->v.keyword.arg);
        }
    }
    return true;
}

static bool has_dstar(const WfAstList *keywords)
{
    for (int i = 0; i < keywords->n; i++)
        if (!keywords->items[i]->v.keyword.arg)
            return true;
    return false;
}

// LOAD_CONST of the tuple of keyword names of [keywords] (all named).
static bool load_kwnames(WfCompiler *c, const WfAstList *keywords)
{
    WfValue t = wf_tuple_new((size_t)keywords->n);
    if (!t)
        return false;
    for (int i = 0; i < keywords->n; i++) {
        WfValue s = wf_str_intern(keywords->items[i]->v.keyword.arg);
        if (!s) {
            for (int j = i; j < keywords->n; j++)
                WF_TUPLE_SET_STEAL(t, (size_t)j, wf_newref(WF_NONE));
            wf_decref(t);
            return false;
        }
        WF_TUPLE_SET_STEAL(t, (size_t)i, s);
    }
    return cc_load_const_steal(c, t);
}

bool cc_call_helper(WfCompiler *c, int npushed, const WfAstList *args, const WfAstList *keywords)
{
    if (!validate_keywords(c, keywords))
        return false;
    int nargs = args->n, nkw = keywords->n;
    if (!has_starred(args) && !has_dstar(keywords) &&
        npushed + nargs + nkw <= STACK_USE_GUIDELINE * 8) {
        for (int i = 0; i < nargs; i++)
            if (!cc_expr(c, args->items[i]))
                return false;
        if (nkw) {
            for (int i = 0; i < nkw; i++)
                if (!cc_expr(c, keywords->items[i]->v.keyword.value))
                    return false;
            return load_kwnames(c, keywords) && cc_emit(c, OP_CALL_KW, npushed + nargs + nkw);
        }
        return cc_emit(c, OP_CALL, npushed + nargs);
    }
    // General form: f(*args_tuple, **kwargs_dict).
    if (npushed + nargs == 0) {
        WfValue empty = wf_tuple_new(0);
        if (!cc_load_const_steal(c, empty))
            return false;
    } else {
        if (!cc_emit(c, OP_BUILD_LIST, npushed))
            return false;
        for (int i = 0; i < nargs; i++) {
            const WfAst *a = args->items[i];
            if (a->kind == WF_AST_Starred) {
                if (!cc_expr(c, a->v.Starred.value) || !cc_emit(c, OP_LIST_EXTEND, 1))
                    return false;
            } else if (!cc_expr(c, a) || !cc_emit(c, OP_LIST_APPEND, 1)) {
                return false;
            }
        }
        if (!cc_emit(c, OP_LIST_TO_TUPLE, 0))
            return false;
    }
    if (nkw == 0)
        return cc_emit(c, OP_CALL_EX, 0);
    bool have_dict = false;
    int run = 0;
    for (int i = 0; i < nkw; i++) {
        const WfAst *k = keywords->items[i];
        if (k->v.keyword.arg) {
            WfValue name = wf_str_intern(k->v.keyword.arg);
            if (!cc_load_const_steal(c, name) || !cc_expr(c, k->v.keyword.value))
                return false;
            run++;
            continue;
        }
        if (run) {
            if (!cc_emit(c, OP_BUILD_MAP, run))
                return false;
            if (have_dict && !cc_emit(c, OP_DICT_MERGE, 1))
                return false;
            have_dict = true;
            run = 0;
        }
        if (!have_dict) {
            if (!cc_emit(c, OP_BUILD_MAP, 0))
                return false;
            have_dict = true;
        }
        if (!cc_expr(c, k->v.keyword.value) || !cc_emit(c, OP_DICT_MERGE, 1))
            return false;
    }
    if (run) {
        if (!cc_emit(c, OP_BUILD_MAP, run))
            return false;
        if (have_dict && !cc_emit(c, OP_DICT_MERGE, 1))
            return false;
    }
    return cc_emit(c, OP_CALL_EX, 1);
}

static bool compile_call(WfCompiler *c, const WfAst *e)
{
    const WfAst *func = e->v.Call.func;
    if (!check_caller(c, e, func))
        return false;
    const WfAstList *args = &e->v.Call.args, *keywords = &e->v.Call.keywords;
    if (func->kind == WF_AST_Attribute && func->v.Attribute.ctx == WF_CTX_LOAD &&
        !has_starred(args) && !has_dstar(keywords) &&
        args->n + keywords->n <= STACK_USE_GUIDELINE * 8) {
        if (!validate_keywords(c, keywords))
            return false;
        if (!cc_expr(c, func->v.Attribute.value))
            return false;
        const char *attr = cc_mangle(c, func->v.Attribute.attr);
        if (!attr)
            return false;
        WfPos saved = c->u->cur_pos;
        cc_set_pos(c, func);
        bool ok = cc_emit_name(c, OP_LOAD_METHOD, attr);
        c->u->cur_pos = saved;
        if (!ok)
            return false;
        for (int i = 0; i < args->n; i++)
            if (!cc_expr(c, args->items[i]))
                return false;
        if (keywords->n) {
            for (int i = 0; i < keywords->n; i++)
                if (!cc_expr(c, keywords->items[i]->v.keyword.value))
                    return false;
            return load_kwnames(c, keywords) &&
                   cc_emit(c, OP_CALL_METHOD_KW, args->n + keywords->n);
        }
        return cc_emit(c, OP_CALL_METHOD, args->n);
    }
    return cc_expr(c, func) && cc_call_helper(c, 0, args, keywords);
}

// ---------------------------------------------------------------------------
// Functions: defaults, lambdas, comprehensions
// ---------------------------------------------------------------------------

int cc_defaults(WfCompiler *c, const WfAst *a)
{
    int flags = 0;
    const WfAstList *defaults = &a->v.arguments.defaults;
    if (defaults->n) {
        bool all = true;
        for (int i = 0; i < defaults->n && all; i++)
            all = maybe_foldable(defaults->items[i]);
        WfValue t = WF_NULL;
        if (all) {
            t = wf_tuple_new((size_t)defaults->n);
            if (!t)
                return -1;
            int i = 0;
            for (; i < defaults->n; i++) {
                WfValue v = cc_fold(c, defaults->items[i]);
                if (!v)
                    break;
                WF_TUPLE_SET_STEAL(t, (size_t)i, v);
            }
            if (i < defaults->n) {
                for (; i < defaults->n; i++)
                    WF_TUPLE_SET_STEAL(t, (size_t)i, wf_newref(WF_NONE));
                wf_decref(t);
                t = WF_NULL;
            }
        }
        if (t) {
            if (!cc_load_const_steal(c, t))
                return -1;
        } else {
            for (int i = 0; i < defaults->n; i++)
                if (!cc_expr(c, defaults->items[i]))
                    return -1;
            if (!cc_emit(c, OP_BUILD_TUPLE, defaults->n))
                return -1;
        }
        flags |= 1;
    }
    const WfAstList *kwonly = &a->v.arguments.kwonlyargs;
    const WfAstList *kwdef = &a->v.arguments.kw_defaults;
    int nkw = 0;
    for (int i = 0; i < kwonly->n && i < kwdef->n; i++) {
        if (!kwdef->items[i])
            continue;
        const char *name = cc_mangle(c, kwonly->items[i]->v.arg.arg);
        if (!name)
            return -1;
        WfValue s = wf_str_intern(name);
        if (!cc_load_const_steal(c, s) || !cc_expr(c, kwdef->items[i]))
            return -1;
        nkw++;
    }
    if (nkw) {
        if (!cc_emit(c, OP_BUILD_MAP, nkw))
            return -1;
        flags |= 2;
    }
    return flags;
}

static void set_argcounts(WfCompiler *c, const WfAst *a)
{
    c->u->posonlyargcount = a->v.arguments.posonlyargs.n;
    c->u->argcount = a->v.arguments.posonlyargs.n + a->v.arguments.args.n;
    c->u->kwonlyargcount = a->v.arguments.kwonlyargs.n;
}

static bool compile_lambda(WfCompiler *c, const WfAst *e)
{
    WfSymScope *scope = wf_symtable_child(c->u->ste, e);
    if (!scope) {
        wf_err_set_str(wf_SystemError, "compiler: no symbol table for lambda");
        return false;
    }
    int flags = cc_defaults(c, e->v.Lambda.args);
    if (flags < 0)
        return false;
    if (!cc_enter_unit(c, scope, CU_LAMBDA, "<lambda>", e, e->line))
        return false;
    set_argcounts(c, e->v.Lambda.args);
    cc_set_pos(c, e->v.Lambda.body);
    bool ok = cc_expr(c, e->v.Lambda.body);
    if (ok) {
        if (scope->is_generator)
            ok = cc_emit(c, OP_POP_TOP, 0) && cc_load_const(c, WF_NONE) &&
                 cc_emit(c, OP_RETURN_VALUE, 0);
        else
            ok = cc_emit(c, OP_RETURN_VALUE, 0);
    }
    if (!ok)
        return false;   // the driver drops open units
    WfValue code = cc_exit_unit(c);
    if (!code)
        return false;
    ok = cc_make_closure(c, code, flags);
    wf_decref(code);
    return ok;
}

static bool emit_yield(WfCompiler *c)
{
    WfSymScope *ste = c->u->ste;
    if (ste->is_generator && ste->is_coroutine && !cc_emit(c, OP_ASYNC_GEN_WRAP, 0))
        return false;
    return cc_emit(c, OP_YIELD_VALUE, 0);
}

static bool comprehension_generator(WfCompiler *c, const WfAstList *gens, int gi, int depth,
                                    const WfAst *elt, const WfAst *val, int kind);

// The innermost body: append / add / yield the element.
static bool comprehension_body(WfCompiler *c, int depth, const WfAst *elt, const WfAst *val,
                               int kind)
{
    switch (kind) {
    case WF_AST_GeneratorExp:
        return cc_expr(c, elt) && emit_yield(c) && cc_emit(c, OP_POP_TOP, 0);
    case WF_AST_ListComp:
        return cc_expr(c, elt) && cc_emit(c, OP_LIST_APPEND, depth + 1);
    case WF_AST_SetComp:
        return cc_expr(c, elt) && cc_emit(c, OP_SET_ADD, depth + 1);
    default:
        return cc_expr(c, elt) && cc_expr(c, val) && cc_emit(c, OP_MAP_ADD, depth + 1);
    }
}

static bool comprehension_generator(WfCompiler *c, const WfAstList *gens, int gi, int depth,
                                    const WfAst *elt, const WfAst *val, int kind)
{
    const WfAst *gen = gens->items[gi];
    bool is_async = gen->v.comprehension.is_async;
    int start = cc_new_label(c), if_cleanup = cc_new_label(c), anchor = cc_new_label(c);
    if (start < 0 || if_cleanup < 0 || anchor < 0)
        return false;
    if (gi == 0) {
        if (!cc_emit(c, OP_LOAD_FAST, 0))
            return false;
    } else {
        if (is_async && c->u->scope_type != CU_COMPREHENSION)
            return cc_error(c, gen, "asynchronous comprehension outside of an asynchronous function");
        if (!cc_expr(c, gen->v.comprehension.iter) ||
            !cc_emit(c, is_async ? OP_GET_AITER : OP_GET_ITER, 0))
            return false;
    }
    cc_bind(c, start);
    if (is_async) {
        if (cc_push_handler(c, anchor, c->u->depth) < 0)
            return false;
        bool ok = cc_emit(c, OP_GET_ANEXT, 0) && cc_load_const(c, WF_NONE) &&
                  cc_emit(c, OP_YIELD_FROM, 0);
        cc_pop_handler(c);
        if (!ok)
            return false;
    } else if (!cc_emit_jump(c, OP_FOR_ITER, anchor)) {
        return false;
    }
    if (!cc_store(c, gen->v.comprehension.target))
        return false;
    for (int i = 0; i < gen->v.comprehension.ifs.n; i++)
        if (!cc_jump_if(c, gen->v.comprehension.ifs.items[i], if_cleanup, false))
            return false;
    depth++;
    if (gi + 1 < gens->n) {
        if (!comprehension_generator(c, gens, gi + 1, depth, elt, val, kind))
            return false;
    } else if (!comprehension_body(c, depth, elt, val, kind)) {
        return false;
    }
    cc_bind(c, if_cleanup);
    if (!cc_emit_jump(c, OP_JUMP, start))
        return false;
    cc_bind(c, anchor);
    if (is_async && !cc_emit(c, OP_END_ASYNC_FOR, 0))
        return false;
    return true;
}

static bool compile_comprehension(WfCompiler *c, const WfAst *e, const WfAstList *gens,
                                  const WfAst *elt, const WfAst *val)
{
    static const char *const names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    int kind = e->kind;
    const char *name = kind == WF_AST_ListComp ? names[0] : kind == WF_AST_SetComp ? names[1]
                       : kind == WF_AST_DictComp ? names[2] : names[3];
    WfSymScope *scope = wf_symtable_child(c->u->ste, e);
    if (!scope) {
        wf_err_set_str(wf_SystemError, "compiler: no symbol table for comprehension");
        return false;
    }
    bool is_async = scope->is_coroutine;
    bool top_await = is_top_level_await(c);
    int parent_type = c->u->scope_type;
    if (is_async && kind != WF_AST_GeneratorExp && parent_type != CU_ASYNC_FUNCTION &&
        parent_type != CU_COMPREHENSION && !top_await)
        return cc_error(c, e, "asynchronous comprehension outside of an asynchronous function");
    if (is_async && kind != WF_AST_GeneratorExp && top_await)
        c->u->coroutine = true;

    if (!cc_enter_unit(c, scope, CU_COMPREHENSION, name, e, e->line))
        return false;
    cc_set_pos(c, e);
    c->u->argcount = 1;
    bool ok = true;
    if (kind == WF_AST_ListComp)
        ok = cc_emit(c, OP_BUILD_LIST, 0);
    else if (kind == WF_AST_SetComp)
        ok = cc_emit(c, OP_BUILD_SET, 0);
    else if (kind == WF_AST_DictComp)
        ok = cc_emit(c, OP_BUILD_MAP, 0);
    ok = ok && comprehension_generator(c, gens, 0, 0, elt, val, kind);
    if (ok) {
        if (kind == WF_AST_GeneratorExp)
            ok = cc_load_const(c, WF_NONE);
        ok = ok && cc_emit(c, OP_RETURN_VALUE, 0);
    }
    if (!ok)
        return false;
    WfValue code = cc_exit_unit(c);
    if (!code)
        return false;
    ok = cc_make_closure(c, code, 0);
    wf_decref(code);
    if (!ok)
        return false;
    const WfAst *outer = gens->items[0];
    if (!cc_expr(c, outer->v.comprehension.iter) ||
        !cc_emit(c, outer->v.comprehension.is_async ? OP_GET_AITER : OP_GET_ITER, 0) ||
        !cc_emit(c, OP_CALL, 1))
        return false;
    if (is_async && kind != WF_AST_GeneratorExp)
        return cc_await_tail(c, 0);
    return true;
}

// ---------------------------------------------------------------------------
// f-strings
// ---------------------------------------------------------------------------

static bool compile_formatted(WfCompiler *c, const WfAst *e)
{
    if (!cc_expr(c, e->v.FormattedValue.value))
        return false;
    int conv = e->v.FormattedValue.conversion;
    int arg = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.FormattedValue.format_spec) {
        if (!cc_expr(c, e->v.FormattedValue.format_spec))
            return false;
        arg |= 4;
    }
    return cc_emit(c, OP_FORMAT_VALUE, arg);
}

static bool compile_joined(WfCompiler *c, const WfAst *e)
{
    const WfAstList *vals = &e->v.JoinedStr.values;
    if (vals->n == 0) {
        WfValue s = wf_str_from_cstr("");
        return cc_load_const_steal(c, s);
    }
    if (vals->n == 1 && vals->items[0]->kind == WF_AST_Constant)
        return cc_expr(c, vals->items[0]);
    for (int i = 0; i < vals->n; i++)
        if (!cc_expr(c, vals->items[i]))
            return false;
    if (vals->n == 1)
        return true;
    return cc_emit(c, OP_BUILD_STRING, vals->n);
}

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

static bool expr_inner(WfCompiler *c, const WfAst *e)
{
    switch (e->kind) {
    case WF_AST_Constant: {
        WfValue v = cc_const_value(c, &e->v.Constant.value);
        if (!v && e->v.Constant.value.kind == WF_CONST_COMPLEX &&
            wf_err_matches(wf_NotImplementedError)) {
            // No complex type at compile time: build it when (if) the
            // expression runs, so the rest of the program still compiles.
            wf_err_clear();
            return cc_emit_name(c, OP_LOAD_GLOBAL, "complex") &&
                   cc_load_const_steal(c, wf_float_new(0.0)) &&
                   cc_load_const_steal(c, wf_float_new(e->v.Constant.value.v.f)) &&
                   cc_emit(c, OP_CALL, 2);
        }
        return cc_load_const_steal(c, v);
    }
    case WF_AST_Name:
        if (e->v.Name.ctx != WF_CTX_LOAD)
            return cc_error(c, e, "invalid name context");
        return cc_nameop(c, e->v.Name.id, NAME_LOAD, e);
    case WF_AST_BoolOp: {
        int end = cc_new_label(c);
        if (end < 0)
            return false;
        int op = e->v.BoolOp.op == WF_OP_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        const WfAstList *vals = &e->v.BoolOp.values;
        for (int i = 0; i < vals->n - 1; i++)
            if (!cc_expr(c, vals->items[i]) || !cc_emit_jump(c, op, end))
                return false;
        if (!cc_expr(c, vals->items[vals->n - 1]))
            return false;
        cc_bind(c, end);
        return true;
    }
    case WF_AST_NamedExpr:
        return cc_expr(c, e->v.NamedExpr.value) && cc_emit(c, OP_COPY, 1) &&
               cc_store(c, e->v.NamedExpr.target);
    case WF_AST_BinOp: {
        if (maybe_foldable(e)) {
            WfValue v = cc_fold(c, e);
            if (v)
                return cc_load_const_steal(c, v);
        }
        int op = binop_of(e->v.BinOp.op);
        if (op < 0)
            return cc_error(c, e, "unknown binary operator");
        return cc_expr(c, e->v.BinOp.left) && cc_expr(c, e->v.BinOp.right) &&
               cc_emit(c, OP_BINARY_OP, op);
    }
    case WF_AST_UnaryOp: {
        if (maybe_foldable(e)) {
            WfValue v = cc_fold(c, e);
            if (v)
                return cc_load_const_steal(c, v);
        }
        int op;
        switch (e->v.UnaryOp.op) {
        case WF_OP_USub: op = WF_UNOP_NEG; break;
        case WF_OP_UAdd: op = WF_UNOP_POS; break;
        case WF_OP_Invert: op = WF_UNOP_INVERT; break;
        default: op = WF_UNOP_NOT; break;
        }
        return cc_expr(c, e->v.UnaryOp.operand) && cc_emit(c, OP_UNARY_OP, op);
    }
    case WF_AST_Lambda:
        return compile_lambda(c, e);
    case WF_AST_IfExp: {
        int orelse = cc_new_label(c), end = cc_new_label(c);
        if (orelse < 0 || end < 0)
            return false;
        if (!cc_jump_if(c, e->v.IfExp.test, orelse, false) || !cc_expr(c, e->v.IfExp.body) ||
            !cc_emit_jump(c, OP_JUMP, end))
            return false;
        cc_bind(c, orelse);
        if (!cc_expr(c, e->v.IfExp.orelse))
            return false;
        cc_bind(c, end);
        return true;
    }
    case WF_AST_Dict:
        return compile_dict(c, e);
    case WF_AST_Set:
        return starunpack(c, &e->v.Set.elts, SEQ_SET);
    case WF_AST_List:
        if (e->v.List.ctx != WF_CTX_LOAD)
            return cc_error(c, e, "invalid list context");
        return compile_list(c, e);
    case WF_AST_Tuple: {
        if (e->v.Tuple.ctx != WF_CTX_LOAD)
            return cc_error(c, e, "invalid tuple context");
        if (maybe_foldable(e)) {
            WfValue v = cc_fold(c, e);
            if (v)
                return cc_load_const_steal(c, v);
        }
        return starunpack(c, &e->v.Tuple.elts, SEQ_TUPLE);
    }
    case WF_AST_ListComp:
        return compile_comprehension(c, e, &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
    case WF_AST_SetComp:
        return compile_comprehension(c, e, &e->v.SetComp.generators, e->v.SetComp.elt, NULL);
    case WF_AST_DictComp:
        return compile_comprehension(c, e, &e->v.DictComp.generators, e->v.DictComp.key,
                                     e->v.DictComp.value);
    case WF_AST_GeneratorExp:
        return compile_comprehension(c, e, &e->v.GeneratorExp.generators,
                                     e->v.GeneratorExp.elt, NULL);
    case WF_AST_Await:
        if (is_top_level_await(c)) {
            c->u->coroutine = true;
        } else {
            if (c->u->ste->kind != WF_BLOCK_FUNCTION)
                return cc_error(c, e, "'await' outside function");
            if (c->u->scope_type != CU_ASYNC_FUNCTION && c->u->scope_type != CU_COMPREHENSION)
                return cc_error(c, e, "'await' outside async function");
        }
        return cc_expr(c, e->v.Await.value) && cc_await_tail(c, 0);
    case WF_AST_Yield:
        if (c->u->ste->kind != WF_BLOCK_FUNCTION)
            return cc_error(c, e, "'yield' outside function");
        if (e->v.Yield.value) {
            if (!cc_expr(c, e->v.Yield.value))
                return false;
        } else if (!cc_load_const(c, WF_NONE)) {
            return false;
        }
        return emit_yield(c);
    case WF_AST_YieldFrom:
        if (c->u->ste->kind != WF_BLOCK_FUNCTION)
            return cc_error(c, e, "'yield' outside function");
        if (c->u->scope_type == CU_ASYNC_FUNCTION)
            return cc_error(c, e, "'yield from' inside async function");
        return cc_expr(c, e->v.YieldFrom.value) && cc_emit(c, OP_GET_YIELD_FROM_ITER, 0) &&
               cc_load_const(c, WF_NONE) && cc_emit(c, OP_YIELD_FROM, 0);
    case WF_AST_Compare:
        return compile_compare(c, e);
    case WF_AST_Call:
        return compile_call(c, e);
    case WF_AST_FormattedValue:
        return compile_formatted(c, e);
    case WF_AST_JoinedStr:
        return compile_joined(c, e);
    case WF_AST_Attribute: {
        if (e->v.Attribute.ctx != WF_CTX_LOAD)
            return cc_error(c, e, "invalid attribute context");
        const char *attr = cc_mangle(c, e->v.Attribute.attr);
        return attr && cc_expr(c, e->v.Attribute.value) && cc_emit_name(c, OP_LOAD_ATTR, attr);
    }
    case WF_AST_Subscript:
        if (e->v.Subscript.ctx != WF_CTX_LOAD)
            return cc_error(c, e, "invalid subscript context");
        if (!check_subscript(c, e))
            return false;
        return cc_expr(c, e->v.Subscript.value) && cc_expr(c, e->v.Subscript.slice) &&
               cc_emit(c, OP_BINARY_SUBSCR, 0);
    case WF_AST_Starred:
        if (e->v.Starred.ctx == WF_CTX_STORE)
            return cc_error(c, e, "starred assignment target must be in a list or tuple");
        return cc_error(c, e, "can't use starred expression here");
    case WF_AST_Slice:
        return compile_slice(c, e);
    default:
        return cc_error(c, e, "unexpected expression");
    }
}

bool cc_expr(WfCompiler *c, const WfAst *e)
{
    if (++c->recursion > 4000) {
        c->recursion--;
        if (!wf_err_occurred())
            wf_err_set_str(wf_RecursionError, "maximum recursion depth exceeded during compilation");
        return false;
    }
    WfPos saved = c->u->cur_pos;
    cc_set_pos(c, e);
    bool ok = expr_inner(c, e);
    c->u->cur_pos = saved;
    c->recursion--;
    return ok;
}

// ---------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------

static bool unpack_helper(WfCompiler *c, const WfAstList *elts)
{
    int n = elts->n;
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        const WfAst *el = elts->items[i];
        if (el->kind != WF_AST_Starred)
            continue;
        if (seen_star)
            return cc_error(c, NULL, "multiple starred expressions in assignment");
        if (i >= 256 || n - i - 1 >= 65536)
            return cc_error(c, NULL, "too many expressions in star-unpacking assignment");
        if (!cc_emit(c, OP_UNPACK_EX, i | ((n - i - 1) << 8)))
            return false;
        seen_star = true;
    }
    if (!seen_star && !cc_emit(c, OP_UNPACK_SEQUENCE, n))
        return false;
    return true;
}

static bool store_sequence(WfCompiler *c, const WfAstList *elts)
{
    if (!unpack_helper(c, elts))
        return false;
    for (int i = 0; i < elts->n; i++) {
        const WfAst *el = elts->items[i];
        if (!cc_store(c, el->kind == WF_AST_Starred ? el->v.Starred.value : el))
            return false;
    }
    return true;
}

bool cc_store(WfCompiler *c, const WfAst *t)
{
    WfPos saved = c->u->cur_pos;
    cc_set_pos(c, t);
    bool ok;
    switch (t->kind) {
    case WF_AST_Name:
        ok = cc_nameop(c, t->v.Name.id, NAME_STORE, t);
        break;
    case WF_AST_Attribute: {
        const char *attr = cc_mangle(c, t->v.Attribute.attr);
        ok = attr && cc_expr(c, t->v.Attribute.value) && cc_emit_name(c, OP_STORE_ATTR, attr);
        break;
    }
    case WF_AST_Subscript:
        ok = cc_expr(c, t->v.Subscript.value) && cc_expr(c, t->v.Subscript.slice) &&
             cc_emit(c, OP_STORE_SUBSCR, 0);
        break;
    case WF_AST_Tuple:
        ok = store_sequence(c, &t->v.Tuple.elts);
        break;
    case WF_AST_List:
        ok = store_sequence(c, &t->v.List.elts);
        break;
    case WF_AST_Starred:
        ok = cc_error(c, t, "starred assignment target must be in a list or tuple");
        break;
    default:
        ok = cc_error(c, t, "cannot assign to expression");
        break;
    }
    c->u->cur_pos = saved;
    return ok;
}

bool cc_delete(WfCompiler *c, const WfAst *t)
{
    WfPos saved = c->u->cur_pos;
    cc_set_pos(c, t);
    bool ok = true;
    switch (t->kind) {
    case WF_AST_Name:
        ok = cc_nameop(c, t->v.Name.id, NAME_DEL, t);
        break;
    case WF_AST_Attribute: {
        const char *attr = cc_mangle(c, t->v.Attribute.attr);
        ok = attr && cc_expr(c, t->v.Attribute.value) && cc_emit_name(c, OP_DELETE_ATTR, attr);
        break;
    }
    case WF_AST_Subscript:
        ok = cc_expr(c, t->v.Subscript.value) && cc_expr(c, t->v.Subscript.slice) &&
             cc_emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case WF_AST_Tuple:
        for (int i = 0; ok && i < t->v.Tuple.elts.n; i++)
            ok = cc_delete(c, t->v.Tuple.elts.items[i]);
        break;
    case WF_AST_List:
        for (int i = 0; ok && i < t->v.List.elts.n; i++)
            ok = cc_delete(c, t->v.List.elts.items[i]);
        break;
    default:
        ok = cc_error(c, t, "cannot delete expression");
        break;
    }
    c->u->cur_pos = saved;
    return ok;
}
