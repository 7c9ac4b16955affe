// parser.c - statements, blocks and the wf_parse driver; error reporting in
// CPython 3.11's terms (message, kind, 1-based character offsets). The parser
// is single-pass recursive descent over the lexer's token array; the checks of
// CPython's second "invalid_*" pass are made where the valid parse fails.
// Invariant: the first recorded error wins; every function returns NULL/-1
// after an error and allocates nothing outside the caller's arena.
// GIL: not needed.
#define WF_PARSER_INTERNAL
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define T_AT(type) wf_p_at(p, (type))
#define ACCEPT(type) wf_p_accept(p, (type))

static int statement(WfParser *p, WfAstList *out, int *cap);
static int simple_stmts(WfParser *p, WfAstList *out, int *cap);

// ---------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------

static void set_error(WfParser *p, const char *kind, int line, int col1, int end_line, int end_col1,
                      const char *msg)
{
    if (p->failed)
        return;
    p->failed = 1;
    p->err_generic = 0;
    WfSyntaxErrorInfo *e = p->err;
    if (p->in_fstring && strncmp(msg, "f-string", 8) != 0)
        snprintf(e->msg, sizeof e->msg, "f-string: %.230s", msg);
    else
        snprintf(e->msg, sizeof e->msg, "%s", msg);
    e->kind = kind;
    e->line = line;
    e->col = col1;
    e->end_line = end_line;
    e->end_col = end_col1;
}

// 1-based character column for a 0-based byte column of the source.
static int char_col1(WfParser *p, int line, int col)
{
    if (col < 0)
        return 0;
    if (p->in_fstring) {
        // CPython 3.11 reports columns of f-string expressions relative to "(expr)"
        if (line == p->fs_line)
            col -= p->fs_col_shift;
        return col + 1;
    }
    return wf_lexer_char_col(p->main_tk, line, col) + 1;
}

static void *verror(WfParser *p, const char *kind, int line, int col, int end_line, int end_col,
                    const char *fmt, va_list ap)
{
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    set_error(p, kind, line, char_col1(p, line, col), end_line, end_col < 0 ? 0 : char_col1(p, end_line, end_col),
              msg);
    return NULL;
}

void *wf_parser_error_range(WfParser *p, const char *kind, int line, int col, int end_line, int end_col,
                            const char *fmt, ...)
{
    if (p->no_invalid && !p->hard_errors)
        return wf_parser_invalid(p);
    va_list ap;
    va_start(ap, fmt);
    verror(p, kind, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *wf_parser_error_node(WfParser *p, const WfAst *n, const char *fmt, ...)
{
    if (p->no_invalid && !p->hard_errors)
        return wf_parser_invalid(p);
    va_list ap;
    va_start(ap, fmt);
    verror(p, "SyntaxError", n->line, n->col, n->end_line, n->end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *wf_parser_error_nodes(WfParser *p, const WfAst *a, const WfAst *b, const char *fmt, ...)
{
    if (p->no_invalid && !p->hard_errors)
        return wf_parser_invalid(p);
    va_list ap;
    va_start(ap, fmt);
    verror(p, "SyntaxError", a->line, a->col, b->end_line, b->end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *wf_parser_error_tok(WfParser *p, const WfToken *t, const char *fmt, ...)
{
    if (p->no_invalid && !p->hard_errors)
        return wf_parser_invalid(p);
    va_list ap;
    va_start(ap, fmt);
    if (t->col < 0) {
        char msg[256];
        vsnprintf(msg, sizeof msg, fmt, ap);
        set_error(p, "SyntaxError", t->line, 0, t->line, 0, msg);
    } else {
        verror(p, "SyntaxError", t->line, t->col, t->end_line, t->end_col, fmt, ap);
    }
    va_end(ap);
    return NULL;
}

// Character length (plus its newline) of the last line, CPython's column for
// errors reported at the end of input.
static int eof_col(WfParser *p, int line)
{
    const WfTokens *tk = p->main_tk;
    if (tk->len == 0)
        return 0;
    size_t end = tk->len - 1;   // the final '\n'
    size_t start = end;
    while (start > 0 && tk->src[start - 1] != '\n')
        start--;
    return wf_lexer_char_col(tk, line, (int)(end - start)) + 1;
}

// Location of CPython's "last token fetched" for a message.
static void *error_at_last(WfParser *p, const char *kind, const char *msg)
{
    const WfToken *t = &p->toks[p->fill > 0 ? p->fill - 1 : 0];
    if (t->col < 0) {
        // end of input: CPython reports the length of the last line
        set_error(p, kind, t->line, eof_col(p, t->line), t->line, -1, msg);
    } else if (t->type == WF_TOK_INDENT || t->type == WF_TOK_DEDENT) {
        // no token text: CPython uses the tokenizer position (no +1)
        int c = char_col1(p, t->line, t->col) - 1;
        set_error(p, kind, t->line, c, t->line, -1, msg);
    } else {
        set_error(p, kind, t->line, char_col1(p, t->line, t->col), t->end_line,
                  char_col1(p, t->end_line, t->end_col), msg);
    }
    return NULL;
}

void *wf_parser_error_last(WfParser *p, const char *kind, const char *fmt, ...)
{
    if (p->no_invalid && !p->hard_errors)
        return wf_parser_invalid(p);
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return error_at_last(p, kind, msg);
}

void *wf_parser_invalid(WfParser *p)
{
    if (p->failed)
        return NULL;
    const WfToken *t = &p->toks[p->fill > 0 ? p->fill - 1 : 0];
    if (t->type == WF_TOK_INDENT || t->type == WF_TOK_DEDENT) {
        error_at_last(p, "IndentationError", t->type == WF_TOK_INDENT ? "unexpected indent" : "unexpected unindent");
        p->err_nocheck = 1;
        p->err_generic = 1;
        return NULL;
    }
    if (t->col < 0)
        set_error(p, "SyntaxError", t->line, 0, t->line, 0, "invalid syntax");
    else
        error_at_last(p, "SyntaxError", "invalid syntax");
    p->err_generic = 1;
    return NULL;
}

void *wf_parser_nomem(WfParser *p)
{
    if (!p->oom) {
        p->failed = 0;
        set_error(p, "MemoryError", 0, 0, 0, 0, "out of memory");
        p->oom = 1;
        p->failed = 1;
    }
    return NULL;
}

int wf_parser_enter(WfParser *p)
{
    if (++p->depth > WF_PARSER_MAX_DEPTH) {
        if (!p->failed) {
            const WfToken *t = wf_p_peek(p);
            p->hard_errors++;
            wf_parser_error_tok(p, t, "too many nested parentheses or operators (source too complex to parse)");
            p->hard_errors--;
            p->err_nocheck = 1;
        }
        return -1;
    }
    return 0;
}

static void copy_lex_error(WfParser *p, const WfTokens *tk)
{
    WfSyntaxErrorInfo *e = p->err;
    if (tk->err.eof_in_brackets) {
        snprintf(e->msg, sizeof e->msg, "'%c' was never closed", tk->open_char);
        e->kind = "SyntaxError";
        e->line = e->end_line = tk->open_line;
        e->col = wf_lexer_char_col(tk, tk->open_line, tk->open_col) + 1;
        e->end_col = 0;
    } else {
        snprintf(e->msg, sizeof e->msg, "%s", tk->err.msg);
        e->kind = tk->err.kind ? tk->err.kind : "SyntaxError";
        e->line = tk->err.line;
        e->col = tk->err.col;
        e->end_line = tk->err.end_line;
        e->end_col = tk->err.end_col;
    }
}

void wf_parser_lexer_error(WfParser *p)
{
    if (p->failed)
        return;
    p->failed = 1;
    p->err_lexer = 1;
    copy_lex_error(p, p->tk);
    if (p->in_fstring) {
        // CPython 3.11: the line is real, the column is relative to "(expr)"
        p->err->line += p->fs_line - 1;
        p->err->end_line += p->fs_line - 1;
    }
}

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

WfAst *wf_parser_node(WfParser *p, int kind, const WfToken *start)
{
    const WfToken *e = wf_p_prev(p);
    WfAst *n = wf_ast_new(p->arena, kind, start->line, start->col, e->end_line, e->end_col);
    if (!n)
        return wf_parser_nomem(p);
    return n;
}

WfAst *wf_parser_node_from(WfParser *p, int kind, const WfAst *start)
{
    const WfToken *e = wf_p_prev(p);
    WfAst *n = wf_ast_new(p->arena, kind, start->line, start->col, e->end_line, e->end_col);
    if (!n)
        return wf_parser_nomem(p);
    return n;
}

int wf_parser_list_push(WfParser *p, WfAstList *l, int *cap, WfAst *item)
{
    if (l->n == *cap) {
        int ncap = *cap ? *cap * 2 : 4;
        WfAst **ni = wf_arena_alloc(p->arena, sizeof(WfAst *) * (size_t)ncap);
        if (!ni) {
            wf_parser_nomem(p);
            return -1;
        }
        if (l->n)
            memcpy(ni, l->items, sizeof(WfAst *) * (size_t)l->n);
        l->items = ni;
        *cap = ncap;
    }
    l->items[l->n++] = item;
    return 0;
}

static int id_push(WfParser *p, WfIdList *l, int *cap, const char *s)
{
    if (l->n == *cap) {
        int ncap = *cap ? *cap * 2 : 4;
        const char **ni = wf_arena_alloc(p->arena, sizeof(char *) * (size_t)ncap);
        if (!ni) {
            wf_parser_nomem(p);
            return -1;
        }
        if (l->n)
            memcpy(ni, l->items, sizeof(char *) * (size_t)l->n);
        l->items = ni;
        *cap = ncap;
    }
    l->items[l->n++] = s;
    return 0;
}

const char *wf_parser_tok_str(WfParser *p, const WfToken *t)
{
    char *s = wf_arena_strndup(p->arena, t->start, (size_t)t->len);
    if (!s)
        wf_parser_nomem(p);
    return s;
}

static int expect(WfParser *p, int type)
{
    if (ACCEPT(type))
        return 0;
    wf_parser_invalid(p);
    return -1;
}

// ---------------------------------------------------------------------------
// f-string expressions: a sub-parser over "(" + text + ")"
// ---------------------------------------------------------------------------

static WfAst *two_pass(WfParser *p, WfAst *(*rule)(WfParser *));

// fstring: star_expressions (over "(" expr ")")
static WfAst *fstring_rule(WfParser *p)
{
    WfAst *e = wf_parser_expr_star_expressions(p);
    if (e && (!wf_p_accept(p, WF_TOK_NEWLINE) || !wf_p_at(p, WF_TOK_ENDMARKER)))
        return wf_parser_invalid(p);
    return e;
}

WfAst *wf_parser_fstring_expr(WfParser *p, const char *s, int len, int line, int col)
{
    char *buf = malloc((size_t)len + 3);
    if (!buf)
        return wf_parser_nomem(p);
    buf[0] = '(';
    memcpy(buf + 1, s, (size_t)len);
    buf[len + 1] = ')';
    buf[len + 2] = 0;
    WfTokens tk;
    int r = wf_lexer_tokenize(p->arena, buf, (size_t)len + 2, &tk);
    free(buf);
    if (r < 0) {
        wf_lexer_free(&tk);
        return wf_parser_nomem(p);
    }
    // shift positions: the '(' sits one column before the expression text
    int shift = col - 1;
    for (int i = 0; i < tk.n; i++) {
        WfToken *t = &tk.toks[i];
        if (t->line == 1 && t->col >= 0)
            t->col += shift;
        if (t->end_line == 1 && t->end_col >= 0)
            t->end_col += shift;
        t->line += line - 1;
        t->end_line += line - 1;
    }
    WfParser sub;
    memset(&sub, 0, sizeof sub);
    sub.arena = p->arena;
    sub.tk = &tk;
    sub.main_tk = p->main_tk;
    sub.toks = tk.toks;
    sub.ntoks = tk.n;
    sub.err = p->err;
    sub.depth = p->depth;
    sub.in_fstring = 1;
    sub.fs_line = line;
    sub.fs_col_shift = shift;
    WfAst *e = two_pass(&sub, fstring_rule);
    if (!e) {
        // final (not undone by speculation), but a later error of the file's
        // own tokenizer still wins, as in CPython
        p->failed = 1;
        p->oom |= sub.oom;
        p->err_generic = 0;
    }
    wf_lexer_free(&tk);
    return e;
}

// ---------------------------------------------------------------------------
// blocks
// ---------------------------------------------------------------------------

// ':' of if/elif/while/for/with/class/except: "expected ':'" only before NEWLINE.
static int header_colon(WfParser *p)
{
    if (ACCEPT(WF_TOK_COLON))
        return 0;
    if (T_AT(WF_TOK_NEWLINE))
        wf_parser_error_last(p, "SyntaxError", "expected ':'");
    else
        wf_parser_invalid(p);
    return -1;
}

// Forced ':' of def/try/finally/else: "expected ':'" at whatever is there.
static int forced_colon(WfParser *p)
{
    if (ACCEPT(WF_TOK_COLON))
        return 0;
    WfToken *t = wf_p_peek(p);
    if (!p->failed) {
        p->hard_errors++;
        wf_parser_error_tok(p, t, "expected ':'");
        p->hard_errors--;
    }
    return -1;
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
static int block(WfParser *p, WfAstList *body, const char *what, int line)
{
    int cap = 0;
    if (ACCEPT(WF_TOK_NEWLINE)) {
        if (!T_AT(WF_TOK_INDENT)) {
            if (!p->failed)
                wf_parser_error_last(p, "IndentationError", "expected an indented block after %s on line %d",
                                     what, line);
            return -1;
        }
        wf_p_next(p);
        if (wf_parser_enter(p))
            return -1;
        while (!T_AT(WF_TOK_DEDENT)) {
            if (p->failed || statement(p, body, &cap))
                return -1;
        }
        p->depth--;
        wf_p_next(p);
        const WfAst *last = body->items[body->n - 1];
        p->block_end_line = last->end_line;
        p->block_end_col = last->end_col;
        return 0;
    }
    if (simple_stmts(p, body, &cap))
        return -1;
    // a one-line block ends with its last token before NEWLINE (maybe a ';')
    const WfToken *t = &p->toks[p->pos - 2];
    p->block_end_line = t->end_line;
    p->block_end_col = t->end_col;
    return 0;
}

// A compound statement ends where its last block ended.
static void set_end_block(WfParser *p, WfAst *n)
{
    n->end_line = p->block_end_line;
    n->end_col = p->block_end_col;
}

// ---------------------------------------------------------------------------
// simple statements
// ---------------------------------------------------------------------------

static WfAst *dotted_name(WfParser *p, const char **out)
{
    WfToken *t = wf_p_peek(p);
    if (t->type != WF_TOK_NAME)
        return wf_parser_invalid(p);
    const char *start = t->start;
    wf_p_next(p);
    while (T_AT(WF_TOK_DOT) && wf_p_ahead(p, 1)->type == WF_TOK_NAME) {
        wf_p_next(p);
        wf_p_next(p);
    }
    // rebuild "a.b.c" without any spaces around the dots
    size_t cap = (size_t)(wf_p_prev(p)->start + wf_p_prev(p)->len - start) + 1;
    char *s = wf_arena_alloc(p->arena, cap);
    if (!s)
        return wf_parser_nomem(p);
    size_t n = 0;
    for (WfToken *q = t; q <= wf_p_prev(p); q++) {
        memcpy(s + n, q->start, (size_t)q->len);
        n += (size_t)q->len;
    }
    s[n] = 0;
    *out = s;
    return (WfAst *)s;   // non-NULL marker
}

static WfAst *alias_node(WfParser *p, WfToken *st, int dotted)
{
    const char *name;
    if (dotted) {
        if (!dotted_name(p, &name))
            return NULL;
    } else {
        if (!T_AT(WF_TOK_NAME))
            return wf_parser_invalid(p);
        name = wf_parser_tok_str(p, wf_p_next(p));
        if (!name)
            return NULL;
    }
    const char *asname = NULL;
    if (ACCEPT(WF_TOK_as)) {
        if (!T_AT(WF_TOK_NAME))
            return wf_parser_invalid(p);
        asname = wf_parser_tok_str(p, wf_p_next(p));
        if (!asname)
            return NULL;
    }
    WfAst *a = wf_parser_node(p, WF_AST_alias, st);
    if (!a)
        return NULL;
    a->v.alias.name = name;
    a->v.alias.asname = asname;
    return a;
}

static WfAst *import_stmt(WfParser *p)
{
    WfToken *st = wf_p_next(p);
    WfAstList names = {0, NULL};
    int cap = 0;
    do {
        WfAst *a = alias_node(p, wf_p_peek(p), 1);
        if (!a || wf_parser_list_push(p, &names, &cap, a))
            return NULL;
    } while (ACCEPT(WF_TOK_COMMA));
    WfAst *n = wf_parser_node(p, WF_AST_Import, st);
    if (n)
        n->v.Import.names = names;
    return n;
}

static WfAst *from_stmt(WfParser *p)
{
    WfToken *st = wf_p_next(p);
    int level = 0;
    for (;;) {
        if (ACCEPT(WF_TOK_DOT))
            level++;
        else if (ACCEPT(WF_TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    const char *module = NULL;
    if (T_AT(WF_TOK_NAME)) {
        if (!dotted_name(p, &module))
            return NULL;
    } else if (level == 0) {
        return wf_parser_invalid(p);
    }
    if (expect(p, WF_TOK_import))
        return NULL;
    WfAstList names = {0, NULL};
    int cap = 0;
    WfToken *t = wf_p_peek(p);
    if (t->type == WF_TOK_STAR) {
        wf_p_next(p);
        WfAst *a = wf_parser_node(p, WF_AST_alias, t);
        if (!a || wf_parser_list_push(p, &names, &cap, a))
            return NULL;
        a->v.alias.name = "*";
    } else {
        int paren = ACCEPT(WF_TOK_LPAR);
        for (;;) {
            WfAst *a = alias_node(p, wf_p_peek(p), 0);
            if (!a || wf_parser_list_push(p, &names, &cap, a))
                return NULL;
            if (!ACCEPT(WF_TOK_COMMA))
                break;
            if (paren && T_AT(WF_TOK_RPAR))
                break;
            if (!paren && T_AT(WF_TOK_NEWLINE))
                return wf_parser_error_last(p, "SyntaxError",
                                            "trailing comma not allowed without surrounding parentheses");
        }
        if (paren && expect(p, WF_TOK_RPAR))
            return NULL;
    }
    WfAst *n = wf_parser_node(p, WF_AST_ImportFrom, st);
    if (!n)
        return NULL;
    n->v.ImportFrom.module = module;
    n->v.ImportFrom.names = names;
    n->v.ImportFrom.level = level;
    return n;
}

static WfAst *names_stmt(WfParser *p, int kind)
{
    WfToken *st = wf_p_next(p);
    WfIdList names = {0, NULL};
    int cap = 0;
    do {
        if (!T_AT(WF_TOK_NAME))
            return wf_parser_invalid(p);
        const char *s = wf_parser_tok_str(p, wf_p_next(p));
        if (!s || id_push(p, &names, &cap, s))
            return NULL;
    } while (ACCEPT(WF_TOK_COMMA));
    WfAst *n = wf_parser_node(p, kind, st);
    if (!n)
        return NULL;
    if (kind == WF_AST_Global)
        n->v.Global.names = names;
    else
        n->v.Nonlocal.names = names;
    return n;
}

static WfAst *del_stmt(WfParser *p)
{
    WfToken *st = wf_p_next(p);
    WfAstList targets = {0, NULL};
    int cap = 0;
    while (wf_parser_expr_can_start(p) || T_AT(WF_TOK_STAR)) {
        WfAst *e = wf_parser_expr_star_expression(p);
        if (!e || wf_parser_list_push(p, &targets, &cap, e))
            return NULL;
        if (!ACCEPT(WF_TOK_COMMA))
            break;
    }
    for (int i = 0; i < targets.n; i++)
        if (wf_parser_expr_set_ctx(p, targets.items[i], WF_CTX_DEL, WF_TARGETS_DEL))
            return NULL;
    if (targets.n == 0 || !(T_AT(WF_TOK_SEMI) || T_AT(WF_TOK_NEWLINE)))
        return wf_parser_invalid(p);
    WfAst *n = wf_parser_node(p, WF_AST_Delete, st);
    if (n)
        n->v.Delete.targets = targets;
    return n;
}

static int augassign_op(int tt)
{
    switch (tt) {
    case WF_TOK_PLUSEQUAL: return WF_OP_Add;
    case WF_TOK_MINEQUAL: return WF_OP_Sub;
    case WF_TOK_STAREQUAL: return WF_OP_Mult;
    case WF_TOK_ATEQUAL: return WF_OP_MatMult;
    case WF_TOK_SLASHEQUAL: return WF_OP_Div;
    case WF_TOK_PERCENTEQUAL: return WF_OP_Mod;
    case WF_TOK_AMPEREQUAL: return WF_OP_BitAnd;
    case WF_TOK_VBAREQUAL: return WF_OP_BitOr;
    case WF_TOK_CIRCUMFLEXEQUAL: return WF_OP_BitXor;
    case WF_TOK_LEFTSHIFTEQUAL: return WF_OP_LShift;
    case WF_TOK_RIGHTSHIFTEQUAL: return WF_OP_RShift;
    case WF_TOK_DOUBLESTAREQUAL: return WF_OP_Pow;
    case WF_TOK_DOUBLESLASHEQUAL: return WF_OP_FloorDiv;
    default: return 0;
    }
}

// annotated_rhs / assignment value: yield_expr | star_expressions
static WfAst *rhs(WfParser *p)
{
    if (T_AT(WF_TOK_yield))
        return wf_parser_expr_yield(p);
    return wf_parser_expr_star_expressions(p);
}

static WfAst *expr_stmt(WfParser *p)
{
    WfToken *st = wf_p_peek(p);
    int start_pos = p->pos;
    if (st->type == WF_TOK_NAME && wf_p_ahead(p, 1)->type == WF_TOK_COLON) {
        // NAME ':' expression ['=' annotated_rhs]
        wf_p_next(p);
        wf_p_next(p);
        WfAst *target = wf_ast_new(p->arena, WF_AST_Name, st->line, st->col, st->end_line, st->end_col);
        if (!target)
            return wf_parser_nomem(p);
        target->v.Name.id = wf_parser_tok_str(p, st);
        target->v.Name.ctx = WF_CTX_STORE;
        WfAst *ann = wf_parser_expr_expression(p);
        if (!ann)
            return NULL;
        WfAst *value = NULL;
        if (ACCEPT(WF_TOK_EQUAL) && !(value = rhs(p)))
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_AnnAssign, st);
        if (!n)
            return NULL;
        n->v.AnnAssign.target = target;
        n->v.AnnAssign.annotation = ann;
        n->v.AnnAssign.value = value;
        n->v.AnnAssign.simple = 1;
        return n;
    }
    p->bare_tuple = NULL;
    WfAst *e = rhs(p);
    if (!e)
        return NULL;
    int bare = e == p->bare_tuple;
    WfToken *t = wf_p_peek(p);
    if (t->type == WF_TOK_COLON) {
        int valid = !bare && (e->kind == WF_AST_Name || e->kind == WF_AST_Attribute || e->kind == WF_AST_Subscript);
        if (!valid && p->no_invalid)
            return wf_parser_invalid(p);   // the first pass stops at this ':'
        wf_p_next(p);
        WfAst *ann = wf_parser_expr_expression(p);
        if (!ann)
            return NULL;
        if (bare)
            return wf_parser_error_node(p, e->v.Tuple.elts.items[0], "only single target (not tuple) can be annotated");
        if (e->kind == WF_AST_Tuple || e->kind == WF_AST_List)
            return wf_parser_error_node(p, e, "only single target (not %s) can be annotated",
                                        e->kind == WF_AST_Tuple ? "tuple" : "list");
        if (e->kind != WF_AST_Name && e->kind != WF_AST_Attribute && e->kind != WF_AST_Subscript)
            return wf_parser_error_node(p, e, "illegal target for annotation");
        WfAst *value = NULL;
        if (ACCEPT(WF_TOK_EQUAL) && !(value = rhs(p)))
            return NULL;
        if (wf_parser_expr_set_ctx(p, e, WF_CTX_STORE, WF_TARGETS_STAR))
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_AnnAssign, st);
        if (!n)
            return NULL;
        n->v.AnnAssign.target = e;
        n->v.AnnAssign.annotation = ann;
        n->v.AnnAssign.value = value;
        n->v.AnnAssign.simple = 0;
        return n;
    }
    if (t->type == WF_TOK_EQUAL) {
        WfAstList targets = {0, NULL};
        int cap = 0;
        WfAst *cur = e;
        int first_eq = p->pos;
        while (T_AT(WF_TOK_EQUAL)) {
            if (cur->kind == WF_AST_Yield || cur->kind == WF_AST_YieldFrom)
                return wf_parser_error_node(p, cur, "assignment to yield expression not possible");
            WfAst *bad = wf_parser_expr_invalid_target(cur, WF_TARGETS_STAR);
            if (bad && !p->no_invalid) {
                // CPython first tries a named expression at the start of the
                // statement (or at the last element of a bare tuple)
                WfAst *probe = e;
                int probe_pos = start_pos, here = p->pos;
                if (bare) {
                    probe = e->v.Tuple.elts.items[e->v.Tuple.elts.n - 1];
                    int lvl = p->toks[first_eq].level;
                    for (probe_pos = first_eq - 1; probe_pos > start_pos; probe_pos--)
                        if (p->toks[probe_pos].type == WF_TOK_COMMA && p->toks[probe_pos].level == lvl)
                            break;
                    probe_pos++;
                }
                p->pos = first_eq;
                if (probe->kind != WF_AST_Starred && wf_parser_expr_check_assign(p, probe, probe_pos))
                    return NULL;
                p->pos = here;
            }
            if (bad)
                return wf_parser_error_node(p, bad, "cannot assign to %s", wf_parser_expr_name(bad));
            if (wf_parser_expr_set_ctx(p, cur, WF_CTX_STORE, WF_TARGETS_STAR) ||
                wf_parser_list_push(p, &targets, &cap, cur))
                return NULL;
            wf_p_next(p);
            cur = rhs(p);
            if (!cur)
                return NULL;
        }
        WfAst *n = wf_parser_node(p, WF_AST_Assign, st);
        if (!n)
            return NULL;
        n->v.Assign.targets = targets;
        n->v.Assign.value = cur;
        return n;
    }
    if (t->type == WF_TOK_COLONEQUAL && !bare && !p->no_invalid && !(e->kind == WF_AST_Name && p->pos == start_pos + 1)) {
        wf_p_next(p);
        if (!wf_parser_expr_expression(p))
            return NULL;
        return wf_parser_error_node(p, e, "cannot use assignment expressions with %s", wf_parser_expr_name(e));
    }
    int op = augassign_op(t->type);
    if (op) {
        if (bare || (e->kind != WF_AST_Name && e->kind != WF_AST_Attribute && e->kind != WF_AST_Subscript)) {
            if (p->no_invalid)
                return wf_parser_invalid(p);
            wf_p_next(p);
            if (!rhs(p))
                return NULL;
            return wf_parser_error_node(p, e, "'%s' is an illegal expression for augmented assignment",
                                        wf_parser_expr_name(e));
        }
        if (wf_parser_expr_set_ctx(p, e, WF_CTX_STORE, WF_TARGETS_STAR))
            return NULL;
        wf_p_next(p);
        WfAst *v = rhs(p);
        if (!v)
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_AugAssign, st);
        if (!n)
            return NULL;
        n->v.AugAssign.target = e;
        n->v.AugAssign.op = op;
        n->v.AugAssign.value = v;
        return n;
    }
    WfAst *n = wf_parser_node(p, WF_AST_Expr, st);
    if (n)
        n->v.Expr.value = e;
    return n;
}

static WfAst *simple_stmt(WfParser *p)
{
    WfToken *st = wf_p_peek(p);
    WfAst *n;
    switch (st->type) {
    case WF_TOK_return: {
        wf_p_next(p);
        WfAst *v = NULL;
        if ((wf_parser_expr_can_start(p) || T_AT(WF_TOK_STAR)) && !(v = wf_parser_expr_star_expressions(p)))
            return NULL;
        n = wf_parser_node(p, WF_AST_Return, st);
        if (n)
            n->v.Return.value = v;
        return n;
    }
    case WF_TOK_import: return import_stmt(p);
    case WF_TOK_from: return from_stmt(p);
    case WF_TOK_raise: {
        wf_p_next(p);
        WfAst *exc = NULL, *cause = NULL;
        if (wf_parser_expr_can_start(p)) {
            exc = wf_parser_expr_expression(p);
            if (!exc)
                return NULL;
            if (ACCEPT(WF_TOK_from) && !(cause = wf_parser_expr_expression(p)))
                return NULL;
        }
        n = wf_parser_node(p, WF_AST_Raise, st);
        if (n) {
            n->v.Raise.exc = exc;
            n->v.Raise.cause = cause;
        }
        return n;
    }
    case WF_TOK_pass: wf_p_next(p); return wf_parser_node(p, WF_AST_Pass, st);
    case WF_TOK_break: wf_p_next(p); return wf_parser_node(p, WF_AST_Break, st);
    case WF_TOK_continue: wf_p_next(p); return wf_parser_node(p, WF_AST_Continue, st);
    case WF_TOK_del: return del_stmt(p);
    case WF_TOK_assert: {
        wf_p_next(p);
        WfAst *test = wf_parser_expr_expression(p), *msg = NULL;
        if (!test)
            return NULL;
        if (ACCEPT(WF_TOK_COMMA) && !(msg = wf_parser_expr_expression(p)))
            return NULL;
        n = wf_parser_node(p, WF_AST_Assert, st);
        if (n) {
            n->v.Assert.test = test;
            n->v.Assert.msg = msg;
        }
        return n;
    }
    case WF_TOK_global: return names_stmt(p, WF_AST_Global);
    case WF_TOK_nonlocal: return names_stmt(p, WF_AST_Nonlocal);
    default:
        if (!wf_parser_expr_can_start(p) && st->type != WF_TOK_STAR && st->type != WF_TOK_yield)
            return wf_parser_invalid(p);
        return expr_stmt(p);
    }
}

static int simple_stmts(WfParser *p, WfAstList *out, int *cap)
{
    for (;;) {
        WfAst *s = simple_stmt(p);
        if (!s || wf_parser_list_push(p, out, cap, s))
            return -1;
        if (!ACCEPT(WF_TOK_SEMI))
            break;
        if (T_AT(WF_TOK_NEWLINE))
            break;
    }
    return expect(p, WF_TOK_NEWLINE);
}

// ---------------------------------------------------------------------------
// compound statements
// ---------------------------------------------------------------------------

static WfAst *if_stmt(WfParser *p)
{
    // if/elif chains are built iteratively: each elif is an If in the orelse
    WfAst *root = NULL, *last = NULL;
    for (;;) {
        WfToken *st = wf_p_next(p);   // 'if' or 'elif'
        int is_elif = st->type == WF_TOK_elif;
        WfAst *test = wf_parser_expr_named(p);
        if (!test || header_colon(p))
            return NULL;
        WfAst *n = wf_parser_node(p, WF_AST_If, st);
        if (!n)
            return NULL;
        n->v.If.test = test;
        if (block(p, &n->v.If.body, is_elif ? "'elif' statement" : "'if' statement", st->line))
            return NULL;
        if (last) {
            WfAstList *ol = &last->v.If.orelse;
            ol->items = wf_arena_alloc(p->arena, sizeof(WfAst *));
            if (!ol->items)
                return wf_parser_nomem(p);
            ol->items[0] = n;
            ol->n = 1;
        } else {
            root = n;
        }
        last = n;
        if (T_AT(WF_TOK_elif))
            continue;
        if (T_AT(WF_TOK_else)) {
            WfToken *et = wf_p_next(p);
            if (forced_colon(p) || block(p, &n->v.If.orelse, "'else' statement", et->line))
                return NULL;
        }
        break;
    }
    // every If of the chain ends where the last block ended
    for (WfAst *q = root; q; q = q == last ? NULL : q->v.If.orelse.items[0])
        set_end_block(p, q);
    return root;
}

static int else_block(WfParser *p, WfAstList *orelse)
{
    if (!T_AT(WF_TOK_else))
        return 0;
    WfToken *et = wf_p_next(p);
    if (forced_colon(p))
        return -1;
    return block(p, orelse, "'else' statement", et->line);
}

static WfAst *while_stmt(WfParser *p)
{
    WfToken *st = wf_p_next(p);
    WfAst *test = wf_parser_expr_named(p);
    if (!test || header_colon(p))
        return NULL;
    WfAst *n = wf_parser_node(p, WF_AST_While, st);
    if (!n)
        return NULL;
    n->v.While.test = test;
    if (block(p, &n->v.While.body, "'while' statement", st->line) || else_block(p, &n->v.While.orelse))
        return NULL;
    set_end_block(p, n);
    return n;
}

static WfAst *for_stmt(WfParser *p, WfToken *st, int is_async)
{
    WfToken *ft = wf_p_next(p);   // 'for'
    WfAst *target = wf_parser_expr_for_targets(p);
    if (!target)
        return NULL;
    if (expect(p, WF_TOK_in))
        return NULL;
    WfAst *iter = wf_parser_expr_star_expressions(p);
    if (!iter || header_colon(p))
        return NULL;
    WfAst *n = wf_parser_node(p, WF_AST_For, st);
    if (!n)
        return NULL;
    n->v.For.target = target;
    n->v.For.iter = iter;
    n->v.For.is_async = is_async;
    if (block(p, &n->v.For.body, "'for' statement", ft->line) || else_block(p, &n->v.For.orelse))
        return NULL;
    set_end_block(p, n);
    return n;
}

// with_item: expression ['as' star_target]
static WfAst *with_item(WfParser *p)
{
    WfToken *st = wf_p_peek(p);
    WfAst *e = wf_parser_expr_expression(p);
    if (!e)
        return NULL;
    WfAst *target = NULL;
    if (ACCEPT(WF_TOK_as)) {
        if (T_AT(WF_TOK_STAR)) {
            WfToken *s = wf_p_next(p);
            WfAst *v = wf_parser_expr_expression(p);
            if (!v)
                return NULL;
            target = wf_parser_node(p, WF_AST_Starred, s);
            if (!target)
                return NULL;
            target->v.Starred.value = v;
        } else {
            target = wf_parser_expr_expression(p);
            if (!target)
                return NULL;
        }
        if (!(T_AT(WF_TOK_COMMA) || T_AT(WF_TOK_RPAR) || T_AT(WF_TOK_COLON))) {
            if (T_AT(WF_TOK_NEWLINE) && !p->no_invalid)
                return wf_parser_error_last(p, "SyntaxError", "expected ':'");
            return wf_parser_invalid(p);
        }
        if (wf_parser_expr_set_ctx(p, target, WF_CTX_STORE, WF_TARGETS_STAR))
            return NULL;
    }
    WfAst *w = wf_parser_node(p, WF_AST_withitem, st);
    if (!w)
        return NULL;
    w->v.withitem.context_expr = e;
    w->v.withitem.optional_vars = target;
    return w;
}

static int with_items(WfParser *p, WfAstList *items, int paren)
{
    int cap = 0;
    for (;;) {
        WfAst *w = with_item(p);
        if (!w || wf_parser_list_push(p, items, &cap, w))
            return -1;
        if (!ACCEPT(WF_TOK_COMMA))
            break;
        if (paren && T_AT(WF_TOK_RPAR))
            break;
    }
    return 0;
}

static WfAst *with_stmt(WfParser *p, WfToken *st, int is_async)
{
    WfToken *wt = wf_p_next(p);   // 'with'
    WfAstList items = {0, NULL};
    int done = 0;
    if (T_AT(WF_TOK_LPAR)) {
        // '(' items [','] ')' ':' -- tried first, as CPython does
        int save_pos = p->pos;
        wf_p_next(p);
        p->no_invalid++;
        int ok = with_items(p, &items, 1) == 0 && ACCEPT(WF_TOK_RPAR) && T_AT(WF_TOK_COLON);
        p->no_invalid--;
        if (ok) {
            done = 1;
        } else {
            if (p->failed && (p->oom || p->err_lexer || !p->err_generic))
                return NULL;
            p->failed = 0;
            p->err_nocheck = 0;
            p->pos = save_pos;
            items.n = 0;
            items.items = NULL;
        }
    }
    if (!done && with_items(p, &items, 0))
        return NULL;
    if (header_colon(p))
        return NULL;
    WfAst *n = wf_parser_node(p, WF_AST_With, st);
    if (!n)
        return NULL;
    n->v.With.items = items;
    n->v.With.is_async = is_async;
    if (block(p, &n->v.With.body, "'with' statement", wt->line))
        return NULL;
    set_end_block(p, n);
    return n;
}

static WfAst *try_stmt(WfParser *p)
{
    WfToken *st = wf_p_next(p);
    if (forced_colon(p))
        return NULL;
    WfAst *n = wf_parser_node(p, WF_AST_Try, st);
    if (!n)
        return NULL;
    if (block(p, &n->v.Try.body, "'try' statement", st->line))
        return NULL;
    int hcap = 0, kind = 0;   // kind: 1 plain except, 2 except*
    while (T_AT(WF_TOK_except)) {
        WfToken *et = wf_p_next(p);
        int star = 0;
        WfToken *star_tok = NULL;
        if (T_AT(WF_TOK_STAR)) {
            star_tok = wf_p_next(p);
            star = 1;
            if (T_AT(WF_TOK_COLON) || T_AT(WF_TOK_NEWLINE))
                return wf_parser_error_last(p, "SyntaxError", "expected one or more exception types");
        }
        WfAst *type = NULL;
        const char *name = NULL;
        if (!T_AT(WF_TOK_COLON)) {
            if (T_AT(WF_TOK_NEWLINE))
                return wf_parser_error_last(p, "SyntaxError", "expected ':'");
            type = wf_parser_expr_expression(p);
            if (!type)
                return NULL;
            if (T_AT(WF_TOK_COMMA)) {
                // except A, B: -> needs parentheses
                int save_pos = p->pos;
                wf_p_next(p);
                p->no_invalid++;
                WfAst *more = wf_parser_expr_expressions(p);
                p->no_invalid--;
                if (more && ACCEPT(WF_TOK_as))
                    ACCEPT(WF_TOK_NAME);
                if (more && T_AT(WF_TOK_COLON))
                    return wf_parser_error_range(p, "SyntaxError", type->line, type->col, type->line, -1,
                                                 "multiple exception types must be parenthesized");
                if (p->failed && (p->oom || p->err_lexer || !p->err_generic))
                    return NULL;
                p->failed = 0;
                p->pos = save_pos;
                return wf_parser_invalid(p);
            }
            if (ACCEPT(WF_TOK_as)) {
                if (!T_AT(WF_TOK_NAME))
                    return wf_parser_invalid(p);
                name = wf_parser_tok_str(p, wf_p_next(p));
            }
        }
        if (kind && kind != (star ? 2 : 1)) {
            if (star)
                return wf_parser_error_range(p, "SyntaxError", et->line, et->col, star_tok->end_line,
                                             star_tok->end_col,
                                             "cannot have both 'except' and 'except*' on the same 'try'");
            return wf_parser_error_tok(p, et, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        kind = star ? 2 : 1;
        if (header_colon(p))
            return NULL;
        WfAst *h = wf_parser_node(p, WF_AST_ExceptHandler, et);
        if (!h)
            return NULL;
        h->v.ExceptHandler.type = type;
        h->v.ExceptHandler.name = name;
        if (block(p, &h->v.ExceptHandler.body, star ? "'except*' statement" : "'except' statement", et->line))
            return NULL;
        set_end_block(p, h);
        if (wf_parser_list_push(p, &n->v.Try.handlers, &hcap, h))
            return NULL;
    }
    n->v.Try.is_star = kind == 2;
    if (n->v.Try.handlers.n && else_block(p, &n->v.Try.orelse))
        return NULL;
    if (T_AT(WF_TOK_finally)) {
        WfToken *ft = wf_p_next(p);
        if (forced_colon(p) || block(p, &n->v.Try.finalbody, "'finally' statement", ft->line))
            return NULL;
    }
    if (!n->v.Try.handlers.n && !n->v.Try.finalbody.n)
        return wf_parser_error_last(p, "SyntaxError", "expected 'except' or 'finally' block");
    set_end_block(p, n);
    return n;
}

static WfAst *funcdef(WfParser *p, WfToken *st, int is_async, WfAstList *decorators)
{
    WfToken *dt = wf_p_next(p);   // 'def'
    if (!T_AT(WF_TOK_NAME))
        return wf_parser_invalid(p);
    WfToken *name = wf_p_next(p);
    if (!T_AT(WF_TOK_LPAR)) {
        WfToken *t = wf_p_peek(p);
        if (!p->failed) {
            p->hard_errors++;
            wf_parser_error_tok(p, t, "expected '('");
            p->hard_errors--;
        }
        return NULL;
    }
    wf_p_next(p);
    WfAst *args = wf_parser_expr_params(p, 0);
    if (!args || expect(p, WF_TOK_RPAR))
        return NULL;
    WfAst *returns = NULL;
    if (T_AT(WF_TOK_RARROW)) {
        // ['->' expression] is optional: on failure the forced ':' reports
        int save_pos = p->pos;
        wf_p_next(p);
        returns = wf_parser_expr_expression(p);
        if (!returns) {
            if (p->oom || p->err_lexer || !p->err_generic)
                return NULL;
            p->failed = 0;
            p->pos = save_pos;
        }
    }
    if (forced_colon(p))
        return NULL;
    WfAst *n = wf_parser_node(p, WF_AST_FunctionDef, st);
    if (!n)
        return NULL;
    n->v.FunctionDef.name = wf_parser_tok_str(p, name);
    n->v.FunctionDef.args = args;
    n->v.FunctionDef.returns = returns;
    n->v.FunctionDef.is_async = is_async;
    if (decorators)
        n->v.FunctionDef.decorator_list = *decorators;
    if (block(p, &n->v.FunctionDef.body, "function definition", dt->line))
        return NULL;
    set_end_block(p, n);
    return n;
}

static WfAst *classdef(WfParser *p, WfAstList *decorators)
{
    WfToken *st = wf_p_next(p);
    if (!T_AT(WF_TOK_NAME))
        return wf_parser_invalid(p);
    WfToken *name = wf_p_next(p);
    WfAst *n = wf_parser_node(p, WF_AST_ClassDef, st);
    if (!n)
        return NULL;
    if (T_AT(WF_TOK_LPAR)) {
        WfToken *lp = wf_p_next(p);
        WfAst call;
        memset(&call, 0, sizeof call);
        if (wf_parser_expr_call_args(p, &call, lp) || expect(p, WF_TOK_RPAR))
            return NULL;
        n->v.ClassDef.bases = call.v.Call.args;
        n->v.ClassDef.keywords = call.v.Call.keywords;
    }
    if (header_colon(p))
        return NULL;
    n->v.ClassDef.name = wf_parser_tok_str(p, name);
    if (decorators)
        n->v.ClassDef.decorator_list = *decorators;
    if (block(p, &n->v.ClassDef.body, "class definition", st->line))
        return NULL;
    set_end_block(p, n);
    return n;
}

static WfAst *decorated(WfParser *p)
{
    WfAstList decs = {0, NULL};
    int cap = 0;
    while (ACCEPT(WF_TOK_AT)) {
        WfAst *d = wf_parser_expr_named(p);
        if (!d || wf_parser_list_push(p, &decs, &cap, d) || expect(p, WF_TOK_NEWLINE))
            return NULL;
    }
    WfToken *t = wf_p_peek(p);
    if (t->type == WF_TOK_def)
        return funcdef(p, t, 0, &decs);
    if (t->type == WF_TOK_async && wf_p_ahead(p, 1)->type == WF_TOK_def) {
        wf_p_next(p);
        return funcdef(p, t, 1, &decs);
    }
    if (t->type == WF_TOK_class)
        return classdef(p, &decs);
    return wf_parser_invalid(p);
}

// `match` used as a statement keyword (not supported): detected by its shape.
static int is_match_stmt(WfParser *p)
{
    int save_pos = p->pos;
    wf_p_next(p);
    int res = 0;
    if (wf_parser_expr_can_start(p) || T_AT(WF_TOK_STAR)) {
        p->no_invalid++;
        WfAst *e = wf_parser_expr_star_named(p);
        while (e && ACCEPT(WF_TOK_COMMA) && (wf_parser_expr_can_start(p) || T_AT(WF_TOK_STAR)))
            e = wf_parser_expr_star_named(p);
        p->no_invalid--;
        res = e && T_AT(WF_TOK_COLON) && wf_p_ahead(p, 1)->type == WF_TOK_NEWLINE;
        if (e && !res && T_AT(WF_TOK_NEWLINE) && !p->no_invalid)
            res = 2;   // invalid_match_stmt: "match" subject_expr NEWLINE
    }
    if (p->failed && (p->oom || p->err_lexer || !p->err_generic))
        return -1;
    p->failed = 0;
    p->pos = save_pos;
    return res;
}

static int statement(WfParser *p, WfAstList *out, int *cap)
{
    WfToken *t = wf_p_peek(p);
    WfAst *s = NULL;
    switch (t->type) {
    case WF_TOK_def: s = funcdef(p, t, 0, NULL); break;
    case WF_TOK_AT: s = decorated(p); break;
    case WF_TOK_class: s = classdef(p, NULL); break;
    case WF_TOK_if: s = if_stmt(p); break;
    case WF_TOK_while: s = while_stmt(p); break;
    case WF_TOK_for: s = for_stmt(p, t, 0); break;
    case WF_TOK_with: s = with_stmt(p, t, 0); break;
    case WF_TOK_try: s = try_stmt(p); break;
    case WF_TOK_async: {
        int nt = wf_p_ahead(p, 1)->type;
        if (nt == WF_TOK_def) {
            wf_p_next(p);
            s = funcdef(p, t, 1, NULL);
        } else if (nt == WF_TOK_for) {
            wf_p_next(p);
            s = for_stmt(p, t, 1);
        } else if (nt == WF_TOK_with) {
            wf_p_next(p);
            s = with_stmt(p, t, 1);
        } else {
            wf_p_next(p);
            wf_parser_invalid(p);
            return -1;
        }
        break;
    }
    case WF_TOK_NAME:
        if (t->len == 5 && memcmp(t->start, "match", 5) == 0) {
            int m = is_match_stmt(p);
            if (m < 0)
                return -1;
            if (m == 2) {
                wf_parser_error_last(p, "SyntaxError", "expected ':'");
                return -1;
            }
            if (m) {
                p->hard_errors++;
                wf_parser_error_tok(p, t, "match statement is not supported by Weft");
                p->hard_errors--;
                return -1;
            }
        }
        return simple_stmts(p, out, cap);
    default:
        return simple_stmts(p, out, cap);
    }
    if (!s)
        return -1;
    return wf_parser_list_push(p, out, cap, s);
}

// ---------------------------------------------------------------------------
// driver
// ---------------------------------------------------------------------------

static WfAst *parse_file(WfParser *p)
{
    WfAst *m = wf_ast_new(p->arena, WF_AST_Module, 1, 0, 1, 0);
    if (!m)
        return wf_parser_nomem(p);
    int cap = 0;
    while (!T_AT(WF_TOK_ENDMARKER)) {
        if (p->failed || statement(p, &m->v.Module.body, &cap))
            return NULL;
    }
    return m;
}

static WfAst *parse_eval(WfParser *p)
{
    WfAst *m = wf_ast_new(p->arena, WF_AST_Expression, 1, 0, 1, 0);
    if (!m)
        return wf_parser_nomem(p);
    WfAst *e = wf_parser_expr_expressions(p);
    if (!e)
        return NULL;
    while (ACCEPT(WF_TOK_NEWLINE)) {
    }
    if (!T_AT(WF_TOK_ENDMARKER))
        return wf_parser_invalid(p);
    m->v.Expression.body = e;
    return m;
}

static WfAst *parse_single(WfParser *p)
{
    WfAst *m = wf_ast_new(p->arena, WF_AST_Interactive, 1, 0, 1, 0);
    if (!m)
        return wf_parser_nomem(p);
    int cap = 0;
    WfToken *t = wf_p_peek(p);
    if (t->type == WF_TOK_ENDMARKER)
        return m;   // blank input: empty body
    int compound = t->type == WF_TOK_def || t->type == WF_TOK_AT || t->type == WF_TOK_class ||
                   t->type == WF_TOK_if || t->type == WF_TOK_while || t->type == WF_TOK_for ||
                   t->type == WF_TOK_with || t->type == WF_TOK_try || t->type == WF_TOK_async;
    if (statement(p, &m->v.Interactive.body, &cap))
        return NULL;
    if (compound) {
        if (!T_AT(WF_TOK_ENDMARKER))
            return wf_parser_invalid(p);
    } else if (p->toks[p->pos].type != WF_TOK_ENDMARKER) {
        p->hard_errors++;
        wf_parser_error_last(p, "SyntaxError", "multiple statements found while compiling a single statement");
        p->hard_errors--;
        return NULL;
    }
    return m;
}

// Runs [rule] as CPython does: a first pass; when it fails with a plain
// "invalid syntax", a second pass with the better-message checks. A second
// pass that finds nothing better keeps the first pass's error and location.
static WfAst *two_pass(WfParser *p, WfAst *(*rule)(WfParser *))
{
    int start_pos = p->pos, start_depth = p->depth;
    p->no_invalid = 1;
    WfAst *res = rule(p);
    p->first_fill = p->fill;
    if (res || !p->failed || !p->err_generic || p->oom) {
        p->no_invalid = 0;
        return res;
    }
    WfSyntaxErrorInfo first = *p->err;
    int first_nocheck = p->err_nocheck;
    p->failed = 0;
    p->err_generic = 0;
    p->err_nocheck = 0;
    p->pos = start_pos;
    p->depth = start_depth;
    p->no_invalid = 0;
    res = rule(p);
    if (res || !p->failed || (p->err_generic && !p->oom)) {
        *p->err = first;
        p->failed = 1;
        p->err_generic = 1;
        p->err_nocheck = first_nocheck;
        p->err_lexer = 0;
    }
    return NULL;
}

WfAst *wf_parse(WfArena *arena, const char *src, size_t len, const char *filename, int mode,
                WfSyntaxErrorInfo *err)
{
    (void)filename;
    memset(err, 0, sizeof *err);
    WfTokens tk;
    if (wf_lexer_tokenize(arena, src, len, &tk) < 0) {
        wf_lexer_free(&tk);
        snprintf(err->msg, sizeof err->msg, "out of memory");
        err->kind = "MemoryError";
        return NULL;
    }
    WfParser p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.tk = &tk;
    p.main_tk = &tk;
    p.toks = tk.toks;
    p.ntoks = tk.n;
    p.err = err;
    WfAst *root = two_pass(&p, mode == WF_PARSE_EVAL ? parse_eval : mode == WF_PARSE_SINGLE ? parse_single
                                                                                            : parse_file);
    if (!root && !p.failed)
        wf_parser_invalid(&p);
    if (!root && !p.oom) {
        const WfToken *last = &p.toks[p.fill > 0 ? p.fill - 1 : 0];
        // CPython keeps tokenizing after a parser error: a tokenizer error
        // further on, or a bracket left open before the error line, wins.
        if (!p.err_lexer && !p.err_nocheck) {
            if (tk.has_error && tk.err.overrides) {
                copy_lex_error(&p, &tk);
            } else if (tk.has_error && tk.open_level > 0 && tk.open_line < last->line) {
                tk.err.eof_in_brackets = 1;
                copy_lex_error(&p, &tk);
            }
        }
        err->incomplete = p.first_fill - 1 >= tk.eof_index;
        if (!err->kind)
            err->kind = "SyntaxError";
    }
    wf_lexer_free(&tk);
    return root;
}
