// parser_expr.c - expressions, assignment targets, parameters, call arguments
// and string / f-string literals, by recursive descent with precedence
// climbing for binary operators. Node positions follow CPython 3.11 (a node
// starts at the first token of its rule, parentheses of a leading group
// included). Error checks mirror the "invalid_*" rules of CPython's grammar.
// GIL: not needed.
#define WF_PARSER_INTERNAL
#include "parser.h"

#include <stdlib.h>
#include <string.h>

#define T_AT(type) wf_p_at(p, (type))
#define ACCEPT(type) wf_p_accept(p, (type))

static WfAst *atom(WfParser *p);
static WfAst *primary(WfParser *p);
static WfAst *factor(WfParser *p);
static WfAst *slices(WfParser *p);
static int comprehensions(WfParser *p, WfAstList *gens);
static WfAst *lambdef(WfParser *p);
static WfAst *strings(WfParser *p);

static int push(WfParser *p, WfAstList *l, int *cap, WfAst *item)
{
    return wf_parser_list_push(p, l, cap, item);
}

static int expect(WfParser *p, int type)
{
    if (ACCEPT(type))
        return 0;
    if (!p->failed)
        wf_parser_invalid(p);
    return -1;
}

static int comp_start(WfParser *p)
{
    return T_AT(WF_TOK_for) || (T_AT(WF_TOK_async) && wf_p_ahead(p, 1)->type == WF_TOK_for);
}

// Clears a recoverable error raised during speculation.
static int recover(WfParser *p, int pos)
{
    if (p->oom || p->err_lexer || (p->failed && !p->err_generic))
        return -1;
    p->failed = 0;
    p->err_nocheck = 0;
    p->pos = pos;   // p->fill never shrinks, as in CPython
    return 0;
}

int wf_parser_expr_can_start(WfParser *p)
{
    switch (wf_p_peek(p)->type) {
    case WF_TOK_NAME: case WF_TOK_NUMBER: case WF_TOK_STRING: case WF_TOK_LPAR:
    case WF_TOK_LSQB: case WF_TOK_LBRACE: case WF_TOK_MINUS: case WF_TOK_PLUS:
    case WF_TOK_TILDE: case WF_TOK_not: case WF_TOK_lambda: case WF_TOK_await:
    case WF_TOK_None: case WF_TOK_True: case WF_TOK_False: case WF_TOK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

static int is_soft_keyword(const WfToken *t)
{
    return t->type == WF_TOK_NAME &&
           ((t->len == 5 && memcmp(t->start, "match", 5) == 0) ||
            (t->len == 4 && memcmp(t->start, "case", 4) == 0) ||
            (t->len == 1 && t->start[0] == '_'));
}

const char *wf_parser_expr_name(const WfAst *e)
{
    switch (e->kind) {
    case WF_AST_Attribute: return "attribute";
    case WF_AST_Subscript: return "subscript";
    case WF_AST_Starred: return "starred";
    case WF_AST_Name: return "name";
    case WF_AST_List: return "list";
    case WF_AST_Tuple: return "tuple";
    case WF_AST_Lambda: return "lambda";
    case WF_AST_Call: return "function call";
    case WF_AST_BoolOp: case WF_AST_BinOp: case WF_AST_UnaryOp: return "expression";
    case WF_AST_GeneratorExp: return "generator expression";
    case WF_AST_Yield: case WF_AST_YieldFrom: return "yield expression";
    case WF_AST_Await: return "await expression";
    case WF_AST_ListComp: return "list comprehension";
    case WF_AST_SetComp: return "set comprehension";
    case WF_AST_DictComp: return "dict comprehension";
    case WF_AST_Dict: return "dict literal";
    case WF_AST_Set: return "set display";
    case WF_AST_JoinedStr: case WF_AST_FormattedValue: return "f-string expression";
    case WF_AST_Constant:
        switch (e->v.Constant.value.kind) {
        case WF_CONST_NONE: return "None";
        case WF_CONST_TRUE: return "True";
        case WF_CONST_FALSE: return "False";
        case WF_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case WF_AST_Compare: return "comparison";
    case WF_AST_IfExp: return "conditional expression";
    case WF_AST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

// ---------------------------------------------------------------------------
// targets
// ---------------------------------------------------------------------------

WfAst *wf_parser_expr_invalid_target(WfAst *e, int targets_type)
{
    if (!e)
        return NULL;
    switch (e->kind) {
    case WF_AST_List:
    case WF_AST_Tuple: {
        const WfAstList *l = e->kind == WF_AST_List ? &e->v.List.elts : &e->v.Tuple.elts;
        for (int i = 0; i < l->n; i++) {
            WfAst *c = wf_parser_expr_invalid_target(l->items[i], targets_type);
            if (c)
                return c;
        }
        return NULL;
    }
    case WF_AST_Starred:
        if (targets_type == WF_TARGETS_DEL)
            return e;
        return wf_parser_expr_invalid_target(e->v.Starred.value, targets_type);
    case WF_AST_Compare:
        if (targets_type == WF_TARGETS_FOR) {
            if (e->v.Compare.ops[0] == WF_OP_In)
                return wf_parser_expr_invalid_target(e->v.Compare.left, targets_type);
            return NULL;
        }
        return e;
    case WF_AST_Name: case WF_AST_Subscript: case WF_AST_Attribute:
        return NULL;
    default:
        return e;
    }
}

static void apply_ctx(WfAst *e, int ctx)
{
    switch (e->kind) {
    case WF_AST_Name: e->v.Name.ctx = ctx; break;
    case WF_AST_Attribute: e->v.Attribute.ctx = ctx; break;
    case WF_AST_Subscript: e->v.Subscript.ctx = ctx; break;
    case WF_AST_Starred:
        e->v.Starred.ctx = ctx;
        apply_ctx(e->v.Starred.value, ctx);
        break;
    case WF_AST_List:
        e->v.List.ctx = ctx;
        for (int i = 0; i < e->v.List.elts.n; i++)
            apply_ctx(e->v.List.elts.items[i], ctx);
        break;
    case WF_AST_Tuple:
        e->v.Tuple.ctx = ctx;
        for (int i = 0; i < e->v.Tuple.elts.n; i++)
            apply_ctx(e->v.Tuple.elts.items[i], ctx);
        break;
    default: break;
    }
}

int wf_parser_expr_set_ctx(WfParser *p, WfAst *e, int ctx, int targets_type)
{
    WfAst *bad = wf_parser_expr_invalid_target(e, targets_type);
    if (bad) {
        wf_parser_error_node(p, bad, targets_type == WF_TARGETS_DEL ? "cannot delete %s" : "cannot assign to %s",
                             wf_parser_expr_name(bad));
        return -1;
    }
    apply_ctx(e, ctx);
    return 0;
}

// One element of star_targets: '*' target | primary (no operators).
static WfAst *star_target(WfParser *p)
{
    WfToken *st = wf_p_peek(p);
    if (ACCEPT(WF_TOK_STAR)) {
        if (wf_parser_enter(p))
            return NULL;
        WfAst *v = star_target(p);
        p->depth--;
        if (!v)
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_Starred, st);
        if (!n)
            return NULL;
        n->v.Starred.value = v;
        return n;
    }
    return primary(p);
}

static WfAst *star_targets(WfParser *p)
{
    WfToken *st = wf_p_peek(p);
    WfAst *first = star_target(p);
    if (!first || !T_AT(WF_TOK_COMMA))
        return first;
    WfAstList elts = {0, NULL};
    int cap = 0;
    if (push(p, &elts, &cap, first))
        return NULL;
    while (ACCEPT(WF_TOK_COMMA)) {
        if (!wf_parser_expr_can_start(p) && !T_AT(WF_TOK_STAR))
            break;
        WfAst *e = star_target(p);
        if (!e || push(p, &elts, &cap, e))
            return NULL;
    }
    WfAst *res = wf_parser_node(p, WF_AST_Tuple, st);
    if (res)
        res->v.Tuple.elts = elts;
    return res;
}

WfAst *wf_parser_expr_for_targets(WfParser *p)
{
    int save_pos = p->pos;
    p->no_invalid++;
    WfAst *t = star_targets(p);
    p->no_invalid--;
    if (t && T_AT(WF_TOK_in) && !wf_parser_expr_invalid_target(t, WF_TARGETS_FOR)) {
        wf_parser_expr_set_ctx(p, t, WF_CTX_STORE, WF_TARGETS_FOR);
        return t;
    }
    if (p->oom || p->err_lexer || (p->failed && !p->err_generic))
        return NULL;
    // invalid_for_target: 'for' star_expressions, checked as targets
    int first_fill = p->fill;
    p->failed = 0;
    p->pos = save_pos;
    WfAst *e = wf_parser_expr_star_expressions(p);
    if (!e) {
        if (p->oom || p->err_lexer || !p->err_generic)
            return NULL;
        p->failed = 0;
    } else {
        WfAst *bad = wf_parser_expr_invalid_target(e, WF_TARGETS_FOR);
        if (bad)
            return wf_parser_error_node(p, bad, "cannot assign to %s", wf_parser_expr_name(bad));
    }
    p->fill = first_fill;
    return wf_parser_invalid(p);
}

// ---------------------------------------------------------------------------
// expressions
// ---------------------------------------------------------------------------

static int binop_prec(int tt, int *op)
{
    switch (tt) {
    case WF_TOK_VBAR: *op = WF_OP_BitOr; return 1;
    case WF_TOK_CIRCUMFLEX: *op = WF_OP_BitXor; return 2;
    case WF_TOK_AMPER: *op = WF_OP_BitAnd; return 3;
    case WF_TOK_LEFTSHIFT: *op = WF_OP_LShift; return 4;
    case WF_TOK_RIGHTSHIFT: *op = WF_OP_RShift; return 4;
    case WF_TOK_PLUS: *op = WF_OP_Add; return 5;
    case WF_TOK_MINUS: *op = WF_OP_Sub; return 5;
    case WF_TOK_STAR: *op = WF_OP_Mult; return 6;
    case WF_TOK_SLASH: *op = WF_OP_Div; return 6;
    case WF_TOK_DOUBLESLASH: *op = WF_OP_FloorDiv; return 6;
    case WF_TOK_PERCENT: *op = WF_OP_Mod; return 6;
    case WF_TOK_AT: *op = WF_OP_MatMult; return 6;
    default: return 0;
    }
}

// Binary operators with precedence >= minprec (left associative).
static WfAst *binary(WfParser *p, int minprec)
{
    WfToken *st = wf_p_peek(p);
    WfAst *left = factor(p);
    if (!left)
        return NULL;
    int saved = p->depth;
    for (;;) {
        int op = 0, prec = binop_prec(wf_p_peek(p)->type, &op);
        if (prec == 0 || prec < minprec)
            break;
        int op_pos = p->pos;
        wf_p_next(p);
        if (wf_parser_enter(p))
            return NULL;
        WfAst *right = prec < 6 ? binary(p, prec + 1) : factor(p);
        if (!right) {
            // PEG: `a +` without a right operand leaves `a`
            if (recover(p, op_pos))
                return NULL;
            break;
        }
        WfAst *n = wf_parser_node(p, WF_AST_BinOp, st);
        if (!n)
            return NULL;
        n->v.BinOp.left = left;
        n->v.BinOp.op = op;
        n->v.BinOp.right = right;
        left = n;
    }
    p->depth = saved;
    return left;
}

WfAst *wf_parser_expr_bitwise_or(WfParser *p)
{
    return binary(p, 1);
}

static WfAst *factor(WfParser *p)
{
    WfToken *st = wf_p_peek(p);
    int op = st->type == WF_TOK_PLUS ? WF_OP_UAdd : st->type == WF_TOK_MINUS ? WF_OP_USub
             : st->type == WF_TOK_TILDE ? WF_OP_Invert : 0;
    if (op) {
        wf_p_next(p);
        if (wf_parser_enter(p))
            return NULL;
        WfAst *v = factor(p);
        p->depth--;
        if (!v)
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_UnaryOp, st);
        if (!n)
            return NULL;
        n->v.UnaryOp.op = op;
        n->v.UnaryOp.operand = v;
        return n;
    }
    // power: await_primary ['**' factor]
    WfAst *a;
    if (st->type == WF_TOK_await) {
        wf_p_next(p);
        WfAst *v = primary(p);
        if (!v)
            return NULL;
        a = wf_parser_node(p, WF_AST_Await, st);
        if (!a)
            return NULL;
        a->v.Await.value = v;
    } else {
        a = primary(p);
        if (!a)
            return NULL;
    }
    if (ACCEPT(WF_TOK_DOUBLESTAR)) {
        if (wf_parser_enter(p))
            return NULL;
        WfAst *b = factor(p);
        p->depth--;
        if (!b)
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_BinOp, st);
        if (!n)
            return NULL;
        n->v.BinOp.left = a;
        n->v.BinOp.op = WF_OP_Pow;
        n->v.BinOp.right = b;
        return n;
    }
    return a;
}

static WfAst *primary(WfParser *p)
{
    WfToken *st = wf_p_peek(p);
    WfAst *a = atom(p);
    if (!a)
        return NULL;
    int saved = p->depth;
    for (;;) {
        WfToken *t = wf_p_peek(p);
        WfAst *n;
        int trailer_pos = p->pos;
        if (t->type == WF_TOK_DOT) {
            wf_p_next(p);
            WfToken *name = wf_p_peek(p);
            if (name->type != WF_TOK_NAME) {
                wf_parser_invalid(p);
                goto fallback;
            }
            wf_p_next(p);
            n = wf_parser_node(p, WF_AST_Attribute, st);
            if (!n)
                return NULL;
            n->v.Attribute.value = a;
            n->v.Attribute.attr = wf_parser_tok_str(p, name);
            if (!n->v.Attribute.attr)
                return NULL;
        } else if (t->type == WF_TOK_LPAR) {
            wf_p_next(p);
            n = wf_parser_node(p, WF_AST_Call, st);
            if (!n)
                return NULL;
            n->v.Call.func = a;
            if (wf_parser_expr_call_args(p, n, t) || expect(p, WF_TOK_RPAR))
                goto fallback;
            n->end_line = wf_p_prev(p)->end_line;
            n->end_col = wf_p_prev(p)->end_col;
        } else if (t->type == WF_TOK_LSQB) {
            wf_p_next(p);
            WfAst *s = slices(p);
            if (!s || expect(p, WF_TOK_RSQB))
                goto fallback;
            n = wf_parser_node(p, WF_AST_Subscript, st);
            if (!n)
                return NULL;
            n->v.Subscript.value = a;
            n->v.Subscript.slice = s;
        } else {
            break;
        }
        a = n;
        if (wf_parser_enter(p))
            return NULL;
        continue;
    fallback:
        // PEG: a trailer that does not parse leaves the primary before it
        if (recover(p, trailer_pos))
            return NULL;
        break;
    }
    p->depth = saved;
    return a;
}

static int comp_op(WfParser *p)
{
    WfToken *t = wf_p_peek(p);
    switch (t->type) {
    case WF_TOK_EQEQUAL: wf_p_next(p); return WF_OP_Eq;
    case WF_TOK_NOTEQUAL: wf_p_next(p); return WF_OP_NotEq;
    case WF_TOK_LESS: wf_p_next(p); return WF_OP_Lt;
    case WF_TOK_LESSEQUAL: wf_p_next(p); return WF_OP_LtE;
    case WF_TOK_GREATER: wf_p_next(p); return WF_OP_Gt;
    case WF_TOK_GREATEREQUAL: wf_p_next(p); return WF_OP_GtE;
    case WF_TOK_in: wf_p_next(p); return WF_OP_In;
    case WF_TOK_not:
        if (wf_p_ahead(p, 1)->type == WF_TOK_in) {
            wf_p_next(p);
            wf_p_next(p);
            return WF_OP_NotIn;
        }
        return 0;
    case WF_TOK_is:
        wf_p_next(p);
        if (ACCEPT(WF_TOK_not))
            return WF_OP_IsNot;
        return WF_OP_Is;
    default:
        return 0;
    }
}

static WfAst *comparison(WfParser *p)
{
    WfToken *st = wf_p_peek(p);
    WfAst *a = binary(p, 1);
    if (!a)
        return NULL;
    int op_pos = p->pos;
    int op = comp_op(p);
    if (!op)
        return a;
    WfAstList comps = {0, NULL};
    int cap = 0, nops = 0, opcap = 4;
    int *ops = wf_arena_alloc(p->arena, sizeof(int) * (size_t)opcap);
    if (!ops)
        return wf_parser_nomem(p);
    while (op) {
        WfAst *b = binary(p, 1);
        if (!b) {
            if (recover(p, op_pos))
                return NULL;
            break;
        }
        if (push(p, &comps, &cap, b))
            return NULL;
        if (nops == opcap) {
            int *nw = wf_arena_alloc(p->arena, sizeof(int) * (size_t)opcap * 2);
            if (!nw)
                return wf_parser_nomem(p);
            memcpy(nw, ops, sizeof(int) * (size_t)opcap);
            ops = nw;
            opcap *= 2;
        }
        ops[nops++] = op;
        op_pos = p->pos;
        op = comp_op(p);
    }
    if (nops == 0)
        return a;
    WfAst *n = wf_parser_node(p, WF_AST_Compare, st);
    if (!n)
        return NULL;
    n->v.Compare.left = a;
    n->v.Compare.ops = ops;
    n->v.Compare.comparators = comps;
    return n;
}

static WfAst *inversion(WfParser *p)
{
    WfToken *st = wf_p_peek(p);
    if (st->type == WF_TOK_not) {
        wf_p_next(p);
        if (wf_parser_enter(p))
            return NULL;
        WfAst *v = inversion(p);
        p->depth--;
        if (!v)
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_UnaryOp, st);
        if (!n)
            return NULL;
        n->v.UnaryOp.op = WF_OP_Not;
        n->v.UnaryOp.operand = v;
        return n;
    }
    return comparison(p);
}

// conjunction (level 0: 'and') and disjunction (level 1: 'or').
static WfAst *boolop(WfParser *p, int level)
{
    WfToken *st = wf_p_peek(p);
    int tok = level ? WF_TOK_or : WF_TOK_and;
    WfAst *a = level ? boolop(p, 0) : inversion(p);
    if (!a)
        return NULL;
    if (!T_AT(tok))
        return a;
    WfAstList vals = {0, NULL};
    int cap = 0;
    if (push(p, &vals, &cap, a))
        return NULL;
    for (;;) {
        int op_pos = p->pos;
        if (!ACCEPT(tok))
            break;
        WfAst *b = level ? boolop(p, 0) : inversion(p);
        if (!b) {
            if (recover(p, op_pos))
                return NULL;
            break;
        }
        if (push(p, &vals, &cap, b))
            return NULL;
    }
    if (vals.n == 1)
        return a;
    WfAst *n = wf_parser_node(p, WF_AST_BoolOp, st);
    if (!n)
        return NULL;
    n->v.BoolOp.op = level ? WF_OP_Or : WF_OP_And;
    n->v.BoolOp.values = vals;
    return n;
}

WfAst *wf_parser_expr_disjunction(WfParser *p)
{
    return boolop(p, 1);
}

// CPython's invalid_expression / invalid_legacy_expression: an expression
// directly followed by another one. Returns -1 when an error was raised.
static int check_juxtaposition(WfParser *p, WfAst *a, int start_pos)
{
    const WfToken *t0 = &p->toks[start_pos];
    int save_pos = p->pos;
    int single_name = a->kind == WF_AST_Name && p->pos == start_pos + 1;
    int legacy = single_name && (strcmp(a->v.Name.id, "print") == 0 || strcmp(a->v.Name.id, "exec") == 0);
    // invalid_expression: `a b` inside brackets -> "Perhaps you forgot a comma?"
    if (!(t0->type == WF_TOK_NAME &&
          ((start_pos + 1 < p->ntoks && p->toks[start_pos + 1].type == WF_TOK_STRING) || is_soft_keyword(t0)))) {
        p->no_invalid++;
        WfAst *b = wf_parser_expr_expression(p);
        p->no_invalid--;
        if (!b) {
            if (recover(p, save_pos))
                return -1;
        } else {
            if (!legacy && wf_p_prev(p)->level > 0) {
                wf_parser_error_nodes(p, a, b, "invalid syntax. Perhaps you forgot a comma?");
                return -1;
            }
            p->pos = save_pos;
        }
    }
    // invalid_legacy_expression: NAME !'(' star_expressions, parsed with the
    // checks on (CPython's second pass): errors found inside it stand.
    if (single_name && !T_AT(WF_TOK_LPAR)) {
        p->args_memo++;
        WfAst *b = wf_parser_expr_star_expressions(p);
        p->args_memo--;
        if (!b) {
            if (recover(p, save_pos))
                return -1;
        } else if (legacy) {
            wf_parser_error_nodes(p, a, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                                  a->v.Name.id, a->v.Name.id);
            return -1;
        }
        p->pos = save_pos;
    }
    return 0;
}

static WfAst *expression_inner(WfParser *p)
{
    WfToken *st = wf_p_peek(p);
    if (st->type == WF_TOK_lambda)
        return lambdef(p);
    int start_pos = p->pos;
    WfAst *a = wf_parser_expr_disjunction(p);
    if (!a)
        return NULL;
    if (T_AT(WF_TOK_if)) {
        int if_pos = p->pos;
        wf_p_next(p);
        WfAst *b = wf_parser_expr_disjunction(p);
        if (!b) {
            if (recover(p, if_pos))
                return NULL;
            return a;   // PEG: `expression` falls back to the disjunction
        }
        if (!ACCEPT(WF_TOK_else)) {
            if (!p->no_invalid && !T_AT(WF_TOK_COLON))
                return wf_parser_error_nodes(p, a, b, "expected 'else' after 'if' expression");
            p->pos = if_pos;
            return a;
        }
        WfAst *c = wf_parser_expr_expression(p);
        if (!c)
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_IfExp, st);
        if (!n)
            return NULL;
        n->v.IfExp.test = b;
        n->v.IfExp.body = a;
        n->v.IfExp.orelse = c;
        return n;
    }
    if (!p->no_invalid && wf_parser_expr_can_start(p) && check_juxtaposition(p, a, start_pos))
        return NULL;
    return a;
}

WfAst *wf_parser_expr_expression(WfParser *p)
{
    if (wf_parser_enter(p))
        return NULL;
    WfAst *r = expression_inner(p);
    p->depth--;
    return r;
}

// The leftmost atom of a bitwise_or expression.
static const WfAst *leftmost(const WfAst *e)
{
    for (;;) {
        switch (e->kind) {
        case WF_AST_BinOp: e = e->v.BinOp.left; break;
        case WF_AST_Attribute: e = e->v.Attribute.value; break;
        case WF_AST_Subscript: e = e->v.Subscript.value; break;
        case WF_AST_Call: e = e->v.Call.func; break;
        default: return e;
        }
    }
}

// invalid_named_expression: `expr = value` where a named expression belongs.
int wf_parser_expr_check_assign(WfParser *p, WfAst *e, int start_pos)
{
    const WfToken *t0 = &p->toks[start_pos];
    int save_pos = p->pos;
    int single_name = e->kind == WF_AST_Name && p->pos == start_pos + 1;
    wf_p_next(p);   // '='
    p->no_invalid++;
    WfAst *b = wf_parser_expr_bitwise_or(p);
    p->no_invalid--;
    if (!b)
        return recover(p, save_pos);
    if (T_AT(WF_TOK_EQUAL) || T_AT(WF_TOK_COLONEQUAL)) {
        p->pos = save_pos;
        return 0;
    }
    if (single_name) {
        wf_parser_error_nodes(p, e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return -1;
    }
    int grouped = e->line != t0->line || e->col != t0->col;
    int bitwise_level = grouped || !(e->kind == WF_AST_BoolOp || e->kind == WF_AST_Compare ||
                                     e->kind == WF_AST_IfExp || e->kind == WF_AST_Lambda ||
                                     e->kind == WF_AST_NamedExpr ||
                                     (e->kind == WF_AST_UnaryOp && e->v.UnaryOp.op == WF_OP_Not));
    int excluded = t0->type == WF_TOK_True || t0->type == WF_TOK_False || t0->type == WF_TOK_None;
    if (!excluded && !grouped && (t0->type == WF_TOK_LSQB || t0->type == WF_TOK_LPAR)) {
        const WfAst *l = leftmost(e);
        if (l->line == t0->line && l->col == t0->col &&
            (l->kind == WF_AST_List || l->kind == WF_AST_Tuple || l->kind == WF_AST_GeneratorExp))
            excluded = 1;
    }
    if (bitwise_level && !excluded) {
        wf_parser_error_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                             wf_parser_expr_name(e));
        return -1;
    }
    p->pos = save_pos;
    return 0;
}

static WfAst *name_node(WfParser *p, WfToken *t, int ctx)
{
    WfAst *n = wf_ast_new(p->arena, WF_AST_Name, t->line, t->col, t->end_line, t->end_col);
    if (!n)
        return wf_parser_nomem(p);
    n->v.Name.id = wf_parser_tok_str(p, t);
    n->v.Name.ctx = ctx;
    return n->v.Name.id ? n : NULL;
}

// NAME ':=' expression
static WfAst *assignment_expression(WfParser *p)
{
    WfToken *st = wf_p_next(p);
    wf_p_next(p);
    WfAst *target = name_node(p, st, WF_CTX_STORE);
    if (!target)
        return NULL;
    WfAst *v = wf_parser_expr_expression(p);
    if (!v)
        return NULL;
    WfAst *n = wf_parser_node(p, WF_AST_NamedExpr, st);
    if (!n)
        return NULL;
    n->v.NamedExpr.target = target;
    n->v.NamedExpr.value = v;
    return n;
}

static int at_walrus(WfParser *p)
{
    return T_AT(WF_TOK_NAME) && wf_p_ahead(p, 1)->type == WF_TOK_COLONEQUAL;
}

WfAst *wf_parser_expr_named(WfParser *p)
{
    if (at_walrus(p))
        return assignment_expression(p);
    int start_pos = p->pos;
    WfAst *e = wf_parser_expr_expression(p);
    if (!e)
        return NULL;
    if (!p->no_invalid) {
        if (T_AT(WF_TOK_COLONEQUAL))
            return wf_parser_error_node(p, e, "cannot use assignment expressions with %s", wf_parser_expr_name(e));
        if (T_AT(WF_TOK_EQUAL) && wf_parser_expr_check_assign(p, e, start_pos))
            return NULL;
    }
    return e;
}

static WfAst *starred(WfParser *p, int full_expression)
{
    WfToken *st = wf_p_next(p);
    WfAst *v = full_expression ? wf_parser_expr_expression(p) : wf_parser_expr_bitwise_or(p);
    if (!v)
        return NULL;
    WfAst *n = wf_parser_node(p, WF_AST_Starred, st);
    if (!n)
        return NULL;
    n->v.Starred.value = v;
    return n;
}

WfAst *wf_parser_expr_star_named(WfParser *p)
{
    if (T_AT(WF_TOK_STAR))
        return starred(p, 0);
    return wf_parser_expr_named(p);
}

WfAst *wf_parser_expr_star_expression(WfParser *p)
{
    if (T_AT(WF_TOK_STAR))
        return starred(p, 0);
    return wf_parser_expr_expression(p);
}

// star_expressions / expressions: a tuple when there is a comma.
static WfAst *expr_list(WfParser *p, int allow_star)
{
    WfToken *st = wf_p_peek(p);
    WfAst *a = allow_star ? wf_parser_expr_star_expression(p) : wf_parser_expr_expression(p);
    if (!a)
        return NULL;
    if (!T_AT(WF_TOK_COMMA))
        return a;
    WfAstList elts = {0, NULL};
    int cap = 0;
    if (push(p, &elts, &cap, a))
        return NULL;
    while (ACCEPT(WF_TOK_COMMA)) {
        if (!wf_parser_expr_can_start(p) && !(allow_star && T_AT(WF_TOK_STAR)))
            break;
        WfAst *b = allow_star ? wf_parser_expr_star_expression(p) : wf_parser_expr_expression(p);
        if (!b || push(p, &elts, &cap, b))
            return NULL;
    }
    WfAst *n = wf_parser_node(p, WF_AST_Tuple, st);
    if (!n)
        return NULL;
    n->v.Tuple.elts = elts;
    p->bare_tuple = n;
    return n;
}

WfAst *wf_parser_expr_star_expressions(WfParser *p)
{
    return expr_list(p, 1);
}

WfAst *wf_parser_expr_expressions(WfParser *p)
{
    return expr_list(p, 0);
}

WfAst *wf_parser_expr_yield(WfParser *p)
{
    WfToken *st = wf_p_next(p);   // 'yield'
    if (ACCEPT(WF_TOK_from)) {
        WfAst *v = wf_parser_expr_expression(p);
        if (!v)
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_YieldFrom, st);
        if (!n)
            return NULL;
        n->v.YieldFrom.value = v;
        return n;
    }
    WfAst *v = NULL;
    if (wf_parser_expr_can_start(p) || T_AT(WF_TOK_STAR)) {
        v = wf_parser_expr_star_expressions(p);
        if (!v)
            return NULL;
    }
    WfAst *n = wf_parser_node(p, WF_AST_Yield, st);
    if (!n)
        return NULL;
    n->v.Yield.value = v;
    return n;
}

// ---------------------------------------------------------------------------
// atoms and displays
// ---------------------------------------------------------------------------

static WfAst *constant(WfParser *p, WfToken *t, int kind)
{
    WfAst *n = wf_ast_new(p->arena, WF_AST_Constant, t->line, t->col, t->end_line, t->end_col);
    if (!n)
        return wf_parser_nomem(p);
    n->v.Constant.value.kind = kind;
    return n;
}

static WfAst *paren_atom(WfParser *p)
{
    WfToken *st = wf_p_next(p);   // '('
    if (ACCEPT(WF_TOK_RPAR)) {
        WfAst *n = wf_parser_node(p, WF_AST_Tuple, st);
        return n;
    }
    if (T_AT(WF_TOK_yield)) {
        WfAst *y = wf_parser_expr_yield(p);
        if (!y || expect(p, WF_TOK_RPAR))
            return NULL;
        return y;
    }
    if (T_AT(WF_TOK_DOUBLESTAR) && !p->no_invalid) {
        WfToken *dstar = wf_p_peek(p);
        int save_pos = p->pos;
        wf_p_next(p);
        p->no_invalid++;
        WfAst *e = wf_parser_expr_expression(p);
        p->no_invalid--;
        if (e && T_AT(WF_TOK_RPAR))
            return wf_parser_error_tok(p, dstar, "cannot use double starred expression here");
        if (!e && recover(p, save_pos))
            return NULL;
        p->pos = save_pos;
        return wf_parser_invalid(p);
    }
    WfAst *e;
    if (T_AT(WF_TOK_STAR)) {
        WfToken *star = wf_p_peek(p);
        e = starred(p, 0);
        if (!e)
            return NULL;
        if (T_AT(WF_TOK_RPAR) && !p->no_invalid) {
            (void)star;
            return wf_parser_error_node(p, e, "cannot use starred expression here");
        }
    } else {
        e = wf_parser_expr_named(p);
        if (!e)
            return NULL;
    }
    if (comp_start(p)) {
        WfAstList gens = {0, NULL};
        if (comprehensions(p, &gens))
            return NULL;
        if (e->kind == WF_AST_Starred)
            return p->no_invalid ? wf_parser_invalid(p)
                                 : wf_parser_error_node(p, e, "iterable unpacking cannot be used in comprehension");
        if (expect(p, WF_TOK_RPAR))
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_GeneratorExp, st);
        if (!n)
            return NULL;
        n->v.GeneratorExp.elt = e;
        n->v.GeneratorExp.generators = gens;
        return n;
    }
    if (T_AT(WF_TOK_COMMA)) {
        WfAstList elts = {0, NULL};
        int cap = 0;
        if (push(p, &elts, &cap, e))
            return NULL;
        while (ACCEPT(WF_TOK_COMMA)) {
            if (T_AT(WF_TOK_RPAR))
                break;
            WfAst *b = wf_parser_expr_star_named(p);
            if (!b || push(p, &elts, &cap, b))
                return NULL;
        }
        if (expect(p, WF_TOK_RPAR))
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_Tuple, st);
        if (!n)
            return NULL;
        n->v.Tuple.elts = elts;
        return n;
    }
    if (expect(p, WF_TOK_RPAR))
        return NULL;
    if (e->kind == WF_AST_Starred)
        return wf_parser_error_node(p, e, "cannot use starred expression here");
    return e;
}

// `[a, b for ...]` / `{a, b for ...}`: the comprehension target lacks parentheses.
static WfAst *comp_target_error(WfParser *p, WfAst *first, WfAstList *elts, WfToken *comma)
{
    WfAstList gens = {0, NULL};
    if (comprehensions(p, &gens))
        return NULL;
    if (elts->n > 1)
        return wf_parser_error_nodes(p, first, elts->items[elts->n - 1],
                                     "did you forget parentheses around the comprehension target?");
    return wf_parser_error_range(p, "SyntaxError", first->line, first->col, comma->end_line, comma->end_col,
                                 "did you forget parentheses around the comprehension target?");
}

static WfAst *list_atom(WfParser *p)
{
    WfToken *st = wf_p_next(p);   // '['
    WfAstList elts = {0, NULL};
    int cap = 0;
    if (!T_AT(WF_TOK_RSQB)) {
        WfAst *first = wf_parser_expr_star_named(p);
        if (!first)
            return NULL;
        if (comp_start(p)) {
            WfAstList gens = {0, NULL};
            if (comprehensions(p, &gens))
                return NULL;
            if (first->kind == WF_AST_Starred)
                return p->no_invalid ? wf_parser_invalid(p)
                                     : wf_parser_error_node(p, first, "iterable unpacking cannot be used in comprehension");
            if (expect(p, WF_TOK_RSQB))
                return NULL;
            WfAst *n = wf_parser_node(p, WF_AST_ListComp, st);
            if (!n)
                return NULL;
            n->v.ListComp.elt = first;
            n->v.ListComp.generators = gens;
            return n;
        }
        if (push(p, &elts, &cap, first))
            return NULL;
        WfToken *comma = NULL;
        while (T_AT(WF_TOK_COMMA)) {
            comma = wf_p_next(p);
            if (T_AT(WF_TOK_RSQB) || comp_start(p))
                break;
            WfAst *b = wf_parser_expr_star_named(p);
            if (!b || push(p, &elts, &cap, b))
                return NULL;
        }
        if (comma && comp_start(p) && !p->no_invalid)
            return comp_target_error(p, first, &elts, comma);
    }
    if (expect(p, WF_TOK_RSQB))
        return NULL;
    WfAst *n = wf_parser_node(p, WF_AST_List, st);
    if (!n)
        return NULL;
    n->v.List.elts = elts;
    return n;
}

// One `key: value` or `**mapping` entry of a dict display. [key] may be given.
static int dict_entry(WfParser *p, WfAst *key, WfAstList *keys, int *kcap, WfAstList *vals, int *vcap,
                      int nentries)
{
    WfAst *v;
    if (!key && T_AT(WF_TOK_DOUBLESTAR)) {
        wf_p_next(p);
        v = wf_parser_expr_bitwise_or(p);
        if (!v)
            return -1;
    } else {
        if (!key) {
            if (nentries > 0)
                p->no_invalid++;   // CPython reports "':' expected" for these
            key = wf_parser_expr_expression(p);
            if (nentries > 0)
                p->no_invalid--;
            if (!key)
                return -1;
        }
        if (!T_AT(WF_TOK_COLON)) {
            if (nentries > 0 && !p->no_invalid)
                wf_parser_error_range(p, "SyntaxError", key->line, key->end_col - 1, key->end_line, -1,
                                      "':' expected after dictionary key");
            else
                wf_parser_invalid(p);
            return -1;
        }
        WfToken *colon = wf_p_next(p);
        if (!p->no_invalid) {
            if (T_AT(WF_TOK_STAR)) {
                WfToken *star = wf_p_peek(p);
                wf_parser_error_range(p, "SyntaxError", star->line, star->col, star->line, -1,
                                      "cannot use a starred expression in a dictionary value");
                return -1;
            }
            if (T_AT(WF_TOK_RBRACE) || T_AT(WF_TOK_COMMA)) {
                wf_parser_error_tok(p, colon, "expression expected after dictionary key and ':'");
                return -1;
            }
        }
        v = wf_parser_expr_expression(p);
        if (!v)
            return -1;
    }
    if (push(p, keys, kcap, key) || push(p, vals, vcap, v))
        return -1;
    return 0;
}

static WfAst *brace_atom(WfParser *p)
{
    WfToken *st = wf_p_next(p);   // '{'
    WfAstList keys = {0, NULL}, vals = {0, NULL};
    int kcap = 0, vcap = 0;
    if (ACCEPT(WF_TOK_RBRACE))
        return wf_parser_node(p, WF_AST_Dict, st);
    WfAst *first = NULL;
    int is_dict;
    if (T_AT(WF_TOK_DOUBLESTAR)) {
        is_dict = 1;
        WfToken *dstar = wf_p_peek(p);
        if (dict_entry(p, NULL, &keys, &kcap, &vals, &vcap, 0))
            return NULL;
        if (comp_start(p) && !p->no_invalid) {
            WfAstList gens = {0, NULL};
            if (comprehensions(p, &gens) || expect(p, WF_TOK_RBRACE))
                return NULL;
            return wf_parser_error_tok(p, dstar, "dict unpacking cannot be used in dict comprehension");
        }
    } else {
        first = wf_parser_expr_star_named(p);
        if (!first)
            return NULL;
        is_dict = T_AT(WF_TOK_COLON) && first->kind != WF_AST_Starred;
        if (is_dict) {
            if (dict_entry(p, first, &keys, &kcap, &vals, &vcap, 0))
                return NULL;
            if (comp_start(p)) {
                WfAstList gens = {0, NULL};
                if (comprehensions(p, &gens) || expect(p, WF_TOK_RBRACE))
                    return NULL;
                WfAst *n = wf_parser_node(p, WF_AST_DictComp, st);
                if (!n)
                    return NULL;
                n->v.DictComp.key = keys.items[0];
                n->v.DictComp.value = vals.items[0];
                n->v.DictComp.generators = gens;
                return n;
            }
        }
    }
    if (is_dict) {
        int n_entries = 1;
        while (ACCEPT(WF_TOK_COMMA)) {
            if (T_AT(WF_TOK_RBRACE))
                break;
            if (dict_entry(p, NULL, &keys, &kcap, &vals, &vcap, n_entries))
                return NULL;
            n_entries++;
        }
        if (expect(p, WF_TOK_RBRACE))
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_Dict, st);
        if (!n)
            return NULL;
        n->v.Dict.keys = keys;
        n->v.Dict.values = vals;
        return n;
    }
    // set or set comprehension
    if (comp_start(p)) {
        WfAstList gens = {0, NULL};
        if (comprehensions(p, &gens))
            return NULL;
        if (first->kind == WF_AST_Starred)
            return p->no_invalid ? wf_parser_invalid(p)
                                 : wf_parser_error_node(p, first, "iterable unpacking cannot be used in comprehension");
        if (expect(p, WF_TOK_RBRACE))
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_SetComp, st);
        if (!n)
            return NULL;
        n->v.SetComp.elt = first;
        n->v.SetComp.generators = gens;
        return n;
    }
    WfAstList elts = {0, NULL};
    int cap = 0;
    if (push(p, &elts, &cap, first))
        return NULL;
    WfToken *comma = NULL;
    while (T_AT(WF_TOK_COMMA)) {
        comma = wf_p_next(p);
        if (T_AT(WF_TOK_RBRACE) || comp_start(p))
            break;
        WfAst *b = wf_parser_expr_star_named(p);
        if (!b || push(p, &elts, &cap, b))
            return NULL;
    }
    if (comma && comp_start(p) && !p->no_invalid)
        return comp_target_error(p, first, &elts, comma);
    if (expect(p, WF_TOK_RBRACE))
        return NULL;
    WfAst *n = wf_parser_node(p, WF_AST_Set, st);
    if (!n)
        return NULL;
    n->v.Set.elts = elts;
    return n;
}

static WfAst *atom(WfParser *p)
{
    WfToken *t = wf_p_peek(p);
    switch (t->type) {
    case WF_TOK_NAME:
        wf_p_next(p);
        return name_node(p, t, WF_CTX_LOAD);
    case WF_TOK_True: wf_p_next(p); return constant(p, t, WF_CONST_TRUE);
    case WF_TOK_False: wf_p_next(p); return constant(p, t, WF_CONST_FALSE);
    case WF_TOK_None: wf_p_next(p); return constant(p, t, WF_CONST_NONE);
    case WF_TOK_ELLIPSIS: wf_p_next(p); return constant(p, t, WF_CONST_ELLIPSIS);
    case WF_TOK_NUMBER: {
        wf_p_next(p);
        WfAst *n = constant(p, t, WF_CONST_INT);
        if (!n)
            return NULL;
        if (wf_lexer_number(p->arena, t->start, t->len, &n->v.Constant.value))
            return wf_parser_nomem(p);
        return n;
    }
    case WF_TOK_STRING:
        return strings(p);
    case WF_TOK_LPAR: {
        if (wf_parser_enter(p))
            return NULL;
        WfAst *r = paren_atom(p);
        p->depth--;
        return r;
    }
    case WF_TOK_LSQB: {
        if (wf_parser_enter(p))
            return NULL;
        WfAst *r = list_atom(p);
        p->depth--;
        return r;
    }
    case WF_TOK_LBRACE: {
        if (wf_parser_enter(p))
            return NULL;
        WfAst *r = brace_atom(p);
        p->depth--;
        return r;
    }
    default:
        return wf_parser_invalid(p);
    }
}

// ---------------------------------------------------------------------------
// comprehensions, slices, lambda
// ---------------------------------------------------------------------------

static int comprehensions(WfParser *p, WfAstList *gens)
{
    int cap = 0;
    while (comp_start(p)) {
        WfToken *st = wf_p_peek(p);
        int is_async = ACCEPT(WF_TOK_async);
        wf_p_next(p);   // 'for'
        WfAst *target = wf_parser_expr_for_targets(p);
        if (!target || expect(p, WF_TOK_in))
            return -1;
        WfAst *iter = wf_parser_expr_disjunction(p);
        if (!iter)
            return -1;
        WfAstList ifs = {0, NULL};
        int icap = 0;
        while (ACCEPT(WF_TOK_if)) {
            WfAst *c = wf_parser_expr_disjunction(p);
            if (!c || push(p, &ifs, &icap, c))
                return -1;
        }
        WfAst *n = wf_parser_node(p, WF_AST_comprehension, st);
        if (!n)
            return -1;
        n->v.comprehension.target = target;
        n->v.comprehension.iter = iter;
        n->v.comprehension.ifs = ifs;
        n->v.comprehension.is_async = is_async;
        if (push(p, gens, &cap, n))
            return -1;
    }
    return 0;
}

static WfAst *slice_item(WfParser *p)
{
    WfToken *st = wf_p_peek(p);
    if (st->type == WF_TOK_STAR)
        return starred(p, 1);
    WfAst *lower = NULL;
    if (!T_AT(WF_TOK_COLON)) {
        lower = wf_parser_expr_named(p);
        if (!lower)
            return NULL;
        if (!T_AT(WF_TOK_COLON))
            return lower;
    }
    wf_p_next(p);   // ':'
    WfAst *upper = NULL, *step = NULL;
    if (!T_AT(WF_TOK_COLON) && !T_AT(WF_TOK_RSQB) && !T_AT(WF_TOK_COMMA)) {
        upper = wf_parser_expr_expression(p);
        if (!upper)
            return NULL;
    }
    if (ACCEPT(WF_TOK_COLON)) {
        if (!T_AT(WF_TOK_RSQB) && !T_AT(WF_TOK_COMMA)) {
            step = wf_parser_expr_expression(p);
            if (!step)
                return NULL;
        }
    }
    WfAst *n = wf_parser_node(p, WF_AST_Slice, st);
    if (!n)
        return NULL;
    n->v.Slice.lower = lower;
    n->v.Slice.upper = upper;
    n->v.Slice.step = step;
    return n;
}

static WfAst *slices(WfParser *p)
{
    WfToken *st = wf_p_peek(p);
    WfAst *first = slice_item(p);
    if (!first)
        return NULL;
    if (!T_AT(WF_TOK_COMMA) && first->kind != WF_AST_Starred)
        return first;
    WfAstList elts = {0, NULL};
    int cap = 0;
    if (push(p, &elts, &cap, first))
        return NULL;
    while (ACCEPT(WF_TOK_COMMA)) {
        if (T_AT(WF_TOK_RSQB))
            break;
        WfAst *b = slice_item(p);
        if (!b || push(p, &elts, &cap, b))
            return NULL;
    }
    WfAst *n = wf_parser_node(p, WF_AST_Tuple, st);
    if (!n)
        return NULL;
    n->v.Tuple.elts = elts;
    return n;
}

static WfAst *lambdef(WfParser *p)
{
    WfToken *st = wf_p_next(p);   // 'lambda'
    WfAst *args = wf_parser_expr_params(p, 1);
    if (!args || expect(p, WF_TOK_COLON))
        return NULL;
    WfAst *body = wf_parser_expr_expression(p);
    if (!body)
        return NULL;
    WfAst *n = wf_parser_node(p, WF_AST_Lambda, st);
    if (!n)
        return NULL;
    n->v.Lambda.args = args;
    n->v.Lambda.body = body;
    return n;
}

// ---------------------------------------------------------------------------
// parameters and call arguments
// ---------------------------------------------------------------------------

// NAME [':' annotation]
static WfAst *param(WfParser *p, int is_lambda, int star_annotation)
{
    WfToken *t = wf_p_peek(p);
    if (t->type != WF_TOK_NAME)
        return wf_parser_invalid(p);
    wf_p_next(p);
    WfAst *ann = NULL;
    if (!is_lambda && ACCEPT(WF_TOK_COLON)) {
        ann = star_annotation ? wf_parser_expr_star_expression(p) : wf_parser_expr_expression(p);
        if (!ann)
            return NULL;
    }
    WfAst *a = wf_parser_node(p, WF_AST_arg, t);
    if (!a)
        return NULL;
    a->v.arg.arg = wf_parser_tok_str(p, t);
    a->v.arg.annotation = ann;
    return a->v.arg.arg ? a : NULL;
}

// `def f(a, (b, c))`: parenthesized parameters.
static void *paren_params_error(WfParser *p, int is_lambda)
{
    if (p->no_invalid)
        return wf_parser_invalid(p);
    WfToken *lp = wf_p_peek(p);
    int i = 1;
    for (;;) {
        if (wf_p_ahead(p, i)->type != WF_TOK_NAME)
            return wf_parser_invalid(p);
        i++;
        if (wf_p_ahead(p, i)->type == WF_TOK_COMMA)
            i++;
        if (wf_p_ahead(p, i)->type == WF_TOK_RPAR)
            break;
    }
    WfToken *rp = wf_p_ahead(p, i);
    return wf_parser_error_range(p, "SyntaxError", lp->line, lp->col, rp->end_line, rp->end_col,
                                 is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                           : "Function parameters cannot be parenthesized");
}

WfAst *wf_parser_expr_params(WfParser *p, int is_lambda)
{
    int close = is_lambda ? WF_TOK_COLON : WF_TOK_RPAR;
    WfToken *st = wf_p_peek(p);
    WfAst *args = wf_ast_new(p->arena, WF_AST_arguments, st->line, st->col, st->end_line, st->col);
    if (!args)
        return wf_parser_nomem(p);
    WfAstList pos = {0, NULL}, kwonly = {0, NULL}, kwdef = {0, NULL}, defs = {0, NULL};
    int pcap = 0, kcap = 0, kdcap = 0, dcap = 0;
    int state = 0;          // 0 positional, 1 keyword-only, 2 after **kwargs
    int seen_default = 0, seen_slash = 0, seen_star = 0;
    while (!T_AT(close)) {
        WfToken *t = wf_p_peek(p);
        if (state == 2) {
            if (t->type == WF_TOK_NAME) {
                WfAst *a = param(p, is_lambda, 0);
                if (!a)
                    return NULL;
                return wf_parser_error_node(p, a, "arguments cannot follow var-keyword argument");
            }
            if (t->type == WF_TOK_STAR || t->type == WF_TOK_DOUBLESTAR || t->type == WF_TOK_SLASH)
                return wf_parser_error_tok(p, t, "arguments cannot follow var-keyword argument");
            return wf_parser_invalid(p);
        }
        if (t->type == WF_TOK_SLASH) {
            if (seen_star)
                return wf_parser_error_tok(p, t, "/ must be ahead of *");
            if (seen_slash)
                return wf_parser_error_tok(p, t, "/ may appear only once");
            if (pos.n == 0) {
                if (wf_p_ahead(p, 1)->type == WF_TOK_COMMA)
                    return wf_parser_error_tok(p, t, "at least one argument must precede /");
                return wf_parser_invalid(p);
            }
            wf_p_next(p);
            if (T_AT(WF_TOK_STAR))
                return wf_parser_error_tok(p, wf_p_peek(p), "expected comma between / and *");
            args->v.arguments.posonlyargs = pos;
            pos.n = 0;
            pos.items = NULL;
            pcap = 0;
            seen_slash = 1;
        } else if (t->type == WF_TOK_STAR) {
            if (seen_star)
                return wf_parser_error_tok(p, t, "* argument may appear only once");
            wf_p_next(p);
            seen_star = 1;
            state = 1;
            if (T_AT(close) || (T_AT(WF_TOK_COMMA) && (wf_p_ahead(p, 1)->type == close ||
                                                       wf_p_ahead(p, 1)->type == WF_TOK_DOUBLESTAR))) {
                if (is_lambda) {
                    if (T_AT(WF_TOK_COMMA))
                        wf_p_ahead(p, 1);
                    return wf_parser_error_last(p, "SyntaxError", "named arguments must follow bare *");
                }
                return wf_parser_error_tok(p, t, "named arguments must follow bare *");
            }
            if (T_AT(WF_TOK_COMMA)) {
                wf_p_next(p);
                continue;
            }
            WfAst *a = param(p, is_lambda, 1);
            if (!a)
                return NULL;
            if (T_AT(WF_TOK_EQUAL))
                return wf_parser_error_tok(p, wf_p_peek(p), "var-positional argument cannot have default value");
            args->v.arguments.vararg = a;
        } else if (t->type == WF_TOK_DOUBLESTAR) {
            wf_p_next(p);
            WfAst *a = param(p, is_lambda, 0);
            if (!a)
                return NULL;
            if (T_AT(WF_TOK_EQUAL))
                return wf_parser_error_tok(p, wf_p_peek(p), "var-keyword argument cannot have default value");
            args->v.arguments.kwarg = a;
            state = 2;
        } else if (t->type == WF_TOK_NAME) {
            WfAst *a = param(p, is_lambda, 0);
            if (!a)
                return NULL;
            WfAst *d = NULL;
            if (T_AT(WF_TOK_EQUAL)) {
                WfToken *eq = wf_p_next(p);
                if (T_AT(WF_TOK_COMMA) || T_AT(WF_TOK_RPAR))
                    return wf_parser_error_tok(p, eq, "expected default value expression");
                d = wf_parser_expr_expression(p);
                if (!d)
                    return NULL;
            }
            if (state == 1) {
                if (push(p, &kwonly, &kcap, a) || push(p, &kwdef, &kdcap, d))
                    return NULL;
            } else {
                if (d) {
                    seen_default = 1;
                    if (push(p, &defs, &dcap, d))
                        return NULL;
                } else if (seen_default) {
                    return wf_parser_error_node(p, a, "non-default argument follows default argument");
                }
                if (push(p, &pos, &pcap, a))
                    return NULL;
            }
        } else if (t->type == WF_TOK_LPAR && state == 0) {
            return paren_params_error(p, is_lambda);
        } else {
            return wf_parser_invalid(p);
        }
        if (!ACCEPT(WF_TOK_COMMA)) {
            if (!T_AT(close))
                return wf_parser_invalid(p);
            break;
        }
    }
    args->v.arguments.args = pos;
    args->v.arguments.kwonlyargs = kwonly;
    args->v.arguments.kw_defaults = kwdef;
    args->v.arguments.defaults = defs;
    return args;
}

static WfAst *last_comp_item(WfAstList *gens)
{
    WfAst *c = gens->items[gens->n - 1];
    if (c->v.comprehension.ifs.n)
        return c->v.comprehension.ifs.items[c->v.comprehension.ifs.n - 1];
    return c->v.comprehension.iter;
}

static int call_args(WfParser *p, WfAst *call, const WfToken *lpar);

int wf_parser_expr_call_args(WfParser *p, WfAst *call, const WfToken *lpar)
{
    int memo = p->args_memo > 0;
    p->no_invalid += memo;
    int r = call_args(p, call, lpar);
    p->no_invalid -= memo;
    return r;
}

static int call_args(WfParser *p, WfAst *call, const WfToken *lpar)
{
    WfAstList args = {0, NULL}, kws = {0, NULL};
    int acap = 0, kcap = 0;
    int seen_kw = 0, seen_dstar = 0;
    while (!T_AT(WF_TOK_RPAR)) {
        WfToken *t = wf_p_peek(p);
        if (t->type == WF_TOK_STAR) {
            if (seen_dstar) {
                wf_parser_error_tok(p, t, "iterable argument unpacking follows keyword argument unpacking");
                return -1;
            }
            int star_pos = p->pos;
            WfAst *s = starred(p, 1);
            if (!s) {
                if ((args.n || kws.n) && !p->no_invalid && !recover(p, star_pos))
                    wf_parser_error_tok(p, t, "iterable argument unpacking follows keyword argument unpacking");
                return -1;
            }
            if (args.n == 0 && kws.n == 0 && comp_start(p) && !p->no_invalid) {
                WfAstList gens = {0, NULL};
                if (comprehensions(p, &gens) == 0)
                    wf_parser_error_node(p, s, "iterable unpacking cannot be used in comprehension");
                return -1;
            }
            if (push(p, &args, &acap, s))
                return -1;
        } else if (t->type == WF_TOK_DOUBLESTAR) {
            wf_p_next(p);
            WfAst *v = wf_parser_expr_expression(p);
            if (!v)
                return -1;
            WfAst *k = wf_parser_node(p, WF_AST_keyword, t);
            if (!k || push(p, &kws, &kcap, k))
                return -1;
            k->v.keyword.value = v;
            seen_dstar = 1;
        } else if ((t->type == WF_TOK_NAME || t->type == WF_TOK_True || t->type == WF_TOK_False ||
                    t->type == WF_TOK_None) && wf_p_ahead(p, 1)->type == WF_TOK_EQUAL) {
            WfToken *eq = wf_p_ahead(p, 1);
            if (t->type != WF_TOK_NAME) {
                if (p->no_invalid) {
                    wf_parser_invalid(p);
                    return -1;
                }
                wf_parser_error_range(p, "SyntaxError", t->line, t->col, eq->end_line, eq->end_col,
                                      "cannot assign to %.*s", t->len, t->start);
                return -1;
            }
            wf_p_next(p);
            wf_p_next(p);
            WfAst *v = wf_parser_expr_expression(p);
            if (!v)
                return -1;
            if (comp_start(p) && !p->no_invalid) {
                wf_parser_error_range(p, "SyntaxError", t->line, t->col, eq->end_line, eq->end_col,
                                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return -1;
            }
            WfAst *k = wf_parser_node(p, WF_AST_keyword, t);
            if (!k || push(p, &kws, &kcap, k))
                return -1;
            k->v.keyword.arg = wf_parser_tok_str(p, t);
            k->v.keyword.value = v;
            seen_kw = 1;
        } else {
            WfAst *e = at_walrus(p) ? assignment_expression(p) : wf_parser_expr_expression(p);
            if (!e)
                return -1;
            if (T_AT(WF_TOK_EQUAL) && !p->no_invalid) {
                WfToken *eq = wf_p_peek(p);
                wf_parser_error_range(p, "SyntaxError", e->line, e->col, eq->end_line, eq->end_col,
                                      "expression cannot contain assignment, perhaps you meant \"==\"?");
                return -1;
            }
            if (comp_start(p)) {
                WfAstList gens = {0, NULL};
                if (comprehensions(p, &gens))
                    return -1;
                int sole = args.n == 0 && T_AT(WF_TOK_RPAR);
                if (!sole) {
                    // CPython: `args for_if_clauses` or `genexp ','` need parentheses
                    if (seen_kw || seen_dstar || p->no_invalid || (args.n == 0 && !T_AT(WF_TOK_COMMA))) {
                        wf_parser_invalid(p);
                        return -1;
                    }
                    wf_parser_error_nodes(p, e, last_comp_item(&gens), "Generator expression must be parenthesized");
                    return -1;
                }
                // the sole argument: the generator spans the call's parentheses
                WfToken *rp = wf_p_peek(p);
                WfAst *g = wf_ast_new(p->arena, WF_AST_GeneratorExp, lpar->line, lpar->col, rp->end_line,
                                      rp->end_col);
                if (!g) {
                    wf_parser_nomem(p);
                    return -1;
                }
                g->v.GeneratorExp.elt = e;
                g->v.GeneratorExp.generators = gens;
                e = g;
            }
            if (seen_kw || seen_dstar) {
                wf_parser_error_last(p, "SyntaxError", seen_dstar ? "positional argument follows keyword argument unpacking"
                                                                   : "positional argument follows keyword argument");
                return -1;
            }
            if (push(p, &args, &acap, e))
                return -1;
        }
        if (!ACCEPT(WF_TOK_COMMA))
            break;
    }
    call->v.Call.args = args;
    call->v.Call.keywords = kws;
    return 0;
}

// ---------------------------------------------------------------------------
// strings and f-strings
// ---------------------------------------------------------------------------

typedef struct StrBuf {
    char *b;
    size_t len, cap;
} StrBuf;

// Pieces of a JoinedStr under construction: pending literal text is merged.
typedef struct FsBuild {
    WfAstList values;
    int cap;
    StrBuf lit;
    // Positions as CPython 3.11 gives them: FormattedValues span the whole
    // concatenation (first token .. end); literal pieces too at the top level,
    // but in a format spec they take the position of the token being read.
    const WfToken *tok;     // first string token
    int end_line, end_col;  // end of the last string token
    const WfToken *piece;   // position of literal pieces
    int piece_end_line, piece_end_col;
    int kind_u;             // top-level pieces of a u"..." first string get kind='u'
    const WfToken *cur;     // the string token being read (format specs take its position)
} FsBuild;

static int sb_put(StrBuf *s, const char *d, size_t n)
{
    if (s->len + n + 1 > s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 64;
        while (nc < s->len + n + 1)
            nc *= 2;
        char *nb = realloc(s->b, nc);
        if (!nb)
            return -1;
        s->b = nb;
        s->cap = nc;
    }
    memcpy(s->b + s->len, d, n);
    s->len += n;
    s->b[s->len] = 0;
    return 0;
}

static WfAst *str_constant(WfParser *p, const WfToken *t, const char *d, size_t n, int kind)
{
    WfAst *c = wf_ast_new(p->arena, WF_AST_Constant, t->line, t->col, t->end_line, t->end_col);
    if (!c)
        return wf_parser_nomem(p);
    c->v.Constant.value.kind = kind;
    c->v.Constant.value.v.s.data = wf_arena_strndup(p->arena, d ? d : "", n);
    c->v.Constant.value.v.s.len = n;
    if (!c->v.Constant.value.v.s.data)
        return wf_parser_nomem(p);
    return c;
}

static int fs_flush(WfParser *p, FsBuild *b)
{
    if (b->lit.len == 0)
        return 0;
    WfAst *c = str_constant(p, b->piece, b->lit.b, b->lit.len, WF_CONST_STR);
    b->lit.len = 0;
    if (c) {
        c->end_line = b->piece_end_line;
        c->end_col = b->piece_end_col;
    }
    if (!c || push(p, &b->values, &b->cap, c))
        return -1;
    c->v.Constant.kind_u = b->kind_u;
    return 0;
}

// Decodes the literal text [s, s+n) (escapes unless raw) into b->lit.
static int fs_literal(WfParser *p, FsBuild *b, const char *s, size_t n, int raw)
{
    char err[256];
    int off = 0;
    // a backslash right before a replacement field stays a backslash
    int trailing_bs = 0;
    if (!raw) {
        size_t k = 0;
        while (k < n && s[n - 1 - k] == '\\')
            k++;
        if (k % 2 == 1) {
            trailing_bs = 1;
            n--;
        }
    }
    int r = wf_lexer_decode_str(s, (int)n, 0, raw, &b->lit.b, &b->lit.len, &b->lit.cap, err, sizeof err, &off);
    if (r < 0) {
        wf_parser_nomem(p);
        return -1;
    }
    if (r > 0) {
        wf_parser_error_last(p, "SyntaxError", "%s", err);
        return -1;
    }
    if (trailing_bs && sb_put(&b->lit, "\\", 1)) {
        wf_parser_nomem(p);
        return -1;
    }
    return 0;
}

static int fstring_parse(WfParser *p, FsBuild *b, const char **str, const char *end, int raw,
                         int recurse_lvl, const char *body, int body_line, int body_col);

// Real source position of byte [at] of an f-string body starting at line/col.
static void fs_position(const char *body, const char *at, int line, int col, int *oline, int *ocol)
{
    for (const char *q = body; q < at; q++) {
        if (*q == '\n') {
            line++;
            col = 0;
        } else {
            col++;
        }
    }
    *oline = line;
    *ocol = col;
}

// One replacement field starting at '{'. Appends its pieces to [b].
static int fstring_expr(WfParser *p, FsBuild *b, const char **str, const char *end, int raw,
                        int recurse_lvl, const char *body, int body_line, int body_col)
{
    if (recurse_lvl >= 2) {
        wf_parser_error_last(p, "SyntaxError", "f-string: expressions nested too deeply");
        return -1;
    }
    const char *s = *str + 1;
    const char *expr_start = s;
    char quote = 0;
    int string_type = 0, depth = 0;
    char stack[200];
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') {
            wf_parser_error_last(p, "SyntaxError", "f-string expression part cannot include a backslash");
            return -1;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        quote = 0;
                        string_type = 0;
                    }
                } else {
                    quote = 0;
                    string_type = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                string_type = 3;
                s += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= 200) {
                wf_parser_error_last(p, "SyntaxError", "f-string: too many nested parenthesis");
                return -1;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            wf_parser_error_last(p, "SyntaxError", "f-string expression part cannot include '#'");
            return -1;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end) {
                char nx = s[1];
                if ((ch == '!' && nx == '=') || (ch == '=' && nx == '=') || (ch == '<' && nx == '=') ||
                    (ch == '>' && nx == '=')) {
                    s++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                wf_parser_error_last(p, "SyntaxError", "f-string: unmatched '%c'", ch);
                return -1;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                wf_parser_error_last(p, "SyntaxError",
                                     "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                                     ch, open);
                return -1;
            }
        }
    }
    const char *expr_end = s;
    if (quote) {
        wf_parser_error_last(p, "SyntaxError", "f-string: unterminated string");
        return -1;
    }
    if (depth) {
        wf_parser_error_last(p, "SyntaxError", "f-string: unmatched '%c'", stack[depth - 1]);
        return -1;
    }
    if (s >= end)
        goto expecting;
    // the expression itself
    const char *q = expr_start;
    while (q < expr_end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f'))
        q++;
    if (q == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            wf_parser_error_last(p, "SyntaxError", "f-string: expression required before '%c'", *expr_end);
        else
            wf_parser_error_last(p, "SyntaxError", "f-string: empty expression not allowed");
        return -1;
    }
    int eline, ecol;
    fs_position(body, expr_start, body_line, body_col, &eline, &ecol);
    WfAst *value = wf_parser_fstring_expr(p, expr_start, (int)(expr_end - expr_start), eline, ecol);
    if (!value)
        return -1;
    const char *expr_text = NULL;
    size_t expr_text_len = 0;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v'))
            s++;
        if (s >= end)
            goto expecting;
        expr_text = expr_start;
        expr_text_len = (size_t)(s - expr_start);
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= end)
            goto expecting;
        conversion = (unsigned char)*s++;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            wf_parser_error_last(p, "SyntaxError",
                                 "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return -1;
        }
    }
    WfAst *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (s >= end)
            goto expecting;
        FsBuild sb;
        memset(&sb, 0, sizeof sb);
        sb.tok = b->tok;
        sb.end_line = b->end_line;
        sb.end_col = b->end_col;
        sb.cur = b->cur;
        sb.piece = b->cur;
        sb.piece_end_line = b->cur->end_line;
        sb.piece_end_col = b->cur->end_col;
        int r = fstring_parse(p, &sb, &s, end, raw, recurse_lvl + 1, body, body_line, body_col);
        if (r == 0)
            r = fs_flush(p, &sb);
        free(sb.lit.b);
        if (r)
            return -1;
        spec = wf_ast_new(p->arena, WF_AST_JoinedStr, b->cur->line, b->cur->col, b->cur->end_line, b->cur->end_col);
        if (!spec) {
            wf_parser_nomem(p);
            return -1;
        }
        spec->v.JoinedStr.values = sb.values;
    }
    if (s >= end || *s != '}')
        goto expecting;
    s++;
    *str = s;
    if (expr_text && !spec && conversion == -1)
        conversion = 'r';
    if (expr_text && sb_put(&b->lit, expr_text, expr_text_len)) {
        wf_parser_nomem(p);
        return -1;
    }
    if (fs_flush(p, b))
        return -1;
    WfAst *fv = wf_ast_new(p->arena, WF_AST_FormattedValue, b->tok->line, b->tok->col, b->end_line, b->end_col);
    if (!fv) {
        wf_parser_nomem(p);
        return -1;
    }
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    return push(p, &b->values, &b->cap, fv);
expecting:
    wf_parser_error_last(p, "SyntaxError", "f-string: expecting '}'");
    return -1;
}

// Literal text and replacement fields until the end of the body, or (in a
// format spec, recurse_lvl > 0) until the closing '}'.
static int fstring_parse(WfParser *p, FsBuild *b, const char **str, const char *end, int raw,
                         int recurse_lvl, const char *body, int body_line, int body_col)
{
    const char *s = *str;
    for (;;) {
        const char *lit = s;
        int doubled = 0;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    if (s < end && *s++ == '{') {
                        while (s < end && *s++ != '}') {
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurse_lvl == 0) {
                    if (s < end && *s == ch) {
                        doubled = 1;
                        break;
                    }
                    if (ch == '}') {
                        wf_parser_error_last(p, "SyntaxError", "f-string: single '}' is not allowed");
                        return -1;
                    }
                }
                s--;
                break;
            }
        }
        if (s > lit && fs_literal(p, b, lit, (size_t)(s - lit), raw))
            return -1;
        if (doubled) {
            s++;    // skip the second brace; the first one is in the literal
            continue;
        }
        if (s >= end || *s == '}')
            break;
        // *s == '{'
        if (fstring_expr(p, b, &s, end, raw, recurse_lvl, body, body_line, body_col))
            return -1;
    }
    *str = s;
    return 0;
}

static WfAst *strings_inner(WfParser *p);

// Literal errors (escapes, f-strings, bytes) are raised by CPython's first pass.
static WfAst *strings(WfParser *p)
{
    p->hard_errors++;
    WfAst *r = strings_inner(p);
    p->hard_errors--;
    return r;
}

static WfAst *strings_inner(WfParser *p)
{
    WfToken *first = wf_p_peek(p);
    int start = p->pos;
    while (T_AT(WF_TOK_STRING))
        wf_p_next(p);
    int end = p->pos;   // the token after the strings has been looked at
    if (p->failed)
        return NULL;    // e.g. a tokenizer error right after the strings
    int any_f = 0, any_bytes = 0, any_str = 0;
    for (int i = start; i < end; i++) {
        WfStrPrefix pf;
        wf_lexer_str_prefix(p->toks[i].start, p->toks[i].len, &pf);
        if (pf.is_f)
            any_f = 1;
        if (pf.is_bytes)
            any_bytes = 1;
        else
            any_str = 1;
    }
    if (any_bytes && any_str)
        return wf_parser_error_last(p, "SyntaxError", "cannot mix bytes and nonbytes literals");
    if (any_bytes) {
        for (int i = start; i < end; i++) {
            const WfToken *t = &p->toks[i];
            for (int k = 0; k < t->len; k++)
                if ((unsigned char)t->start[k] >= 0x80)
                    return wf_parser_error_tok(p, t, "bytes can only contain ASCII literal characters");
        }
    }
    WfStrPrefix pf0;
    wf_lexer_str_prefix(first->start, first->len, &pf0);
    if (!any_f) {
        StrBuf sb = {NULL, 0, 0};
        for (int i = start; i < end; i++) {
            WfToken *t = &p->toks[i];
            WfStrPrefix pf;
            wf_lexer_str_prefix(t->start, t->len, &pf);
            char err[256];
            int off = 0;
            int r = wf_lexer_decode_str(t->start + pf.prefix_len + pf.quote_len, pf.body_len, pf.is_bytes,
                                        pf.is_raw, &sb.b, &sb.len, &sb.cap, err, sizeof err, &off);
            if (r) {
                free(sb.b);
                if (r < 0)
                    return wf_parser_nomem(p);
                return wf_parser_error_last(p, "SyntaxError", "%s", err);
            }
        }
        WfAst *c = str_constant(p, first, sb.b, sb.len, any_bytes ? WF_CONST_BYTES : WF_CONST_STR);
        free(sb.b);
        if (!c)
            return NULL;
        c->end_line = wf_p_prev(p)->end_line;
        c->end_col = wf_p_prev(p)->end_col;
        c->v.Constant.kind_u = first->start[0] == 'u';   // CPython: lowercase prefix only
        return c;
    }
    FsBuild b;
    memset(&b, 0, sizeof b);
    b.tok = first;
    b.end_line = p->toks[end - 1].end_line;
    b.end_col = p->toks[end - 1].end_col;
    b.piece = first;
    b.piece_end_line = b.end_line;
    b.piece_end_col = b.end_col;
    b.kind_u = first->start[0] == 'u';
    int r = 0;
    for (int i = start; i < end && !r; i++) {
        WfToken *t = &p->toks[i];
        WfStrPrefix pf;
        wf_lexer_str_prefix(t->start, t->len, &pf);
        const char *body = t->start + pf.prefix_len + pf.quote_len;
        b.cur = t;
        if (!pf.is_f) {
            r = fs_literal(p, &b, body, (size_t)pf.body_len, pf.is_raw);
            continue;
        }
        const char *s = body;
        int bline = t->line, bcol = t->col + pf.prefix_len + pf.quote_len;
        r = fstring_parse(p, &b, &s, body + pf.body_len, pf.is_raw, 0, body, bline, bcol);
    }
    if (!r)
        r = fs_flush(p, &b);
    free(b.lit.b);
    if (r)
        return NULL;
    WfAst *n = wf_parser_node(p, WF_AST_JoinedStr, first);
    if (!n)
        return NULL;
    n->v.JoinedStr.values = b.values;
    return n;
}
