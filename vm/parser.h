// parser.h - source text -> AST (recursive descent over the lexer's tokens).
// The result lives in the caller's WfArena; errors come back as plain C data in
// WfSyntaxErrorInfo (the caller raises SyntaxError from it). Pure C, no runtime.
// GIL: not needed; the parser touches only its arguments.
#ifndef WF_VM_PARSER_H
#define WF_VM_PARSER_H

#include <stddef.h>
#include "ast.h"

// Parse modes.
#define WF_PARSE_FILE   0   // whole module -> Module
#define WF_PARSE_EVAL   1   // one expression (list) -> Expression
#define WF_PARSE_SINGLE 2   // one REPL entry (simple or compound statement) -> Interactive

typedef struct WfSyntaxErrorInfo {
    char msg[256];          // CPython 3.11's wording, e.g. "invalid syntax", "expected ':'"
    const char *kind;       // "SyntaxError", "IndentationError" or "TabError" (static string)
    int line, col;          // 1-based line, 1-based column (CPython's offset convention)
    int end_line, end_col;  // same conventions; 0 when unknown
    int incomplete;         // 1 when more input could complete it (REPL continuation)
} WfSyntaxErrorInfo;

// Parses [src] ([len] bytes, UTF-8; may contain NULs, which are an error).
// [filename] is only used in messages and may be NULL. Returns the Module /
// Expression / Interactive root allocated in [arena], or NULL with [*err]
// filled (msg "out of memory" with kind "MemoryError" on allocation failure).
WfAst *wf_parse(WfArena *arena, const char *src, size_t len, const char *filename,
                int mode, WfSyntaxErrorInfo *err);

// ---------------------------------------------------------------------------
// Internal: shared by parser.c (statements, driver) and parser_expr.c
// (expressions, targets, literals). Not part of the API.
// ---------------------------------------------------------------------------
#ifdef WF_PARSER_INTERNAL
#include "lexer.h"

// Maximum recursion depth of the parser (nested expressions, blocks, long
// operator chains). Keeps the C stack bounded and every AST shallow enough for
// recursive consumers (compiler, dump).
#define WF_PARSER_MAX_DEPTH 1000

// Target kinds for wf_parser_expr_set_ctx (CPython's TARGETS_TYPE).
enum { WF_TARGETS_STAR = 0, WF_TARGETS_DEL, WF_TARGETS_FOR };

typedef struct WfParser {
    WfArena *arena;
    WfTokens *tk;               // this parser's tokens
    const WfTokens *main_tk;    // the file's tokens (for character columns)
    WfToken *toks;
    int ntoks;
    int pos;                    // index of the current token
    int fill;                   // 1 + index of the furthest token looked at
    int depth;                  // recursion / chain depth (WF_PARSER_MAX_DEPTH)
    // CPython parses twice: a first pass that only reports "invalid syntax"
    // (plus forced-token, literal and tokenizer errors), then, on failure, a
    // second pass with the "invalid_*" rules that give better messages.
    int no_invalid;             // >0: first pass or speculation: better-message errors are plain failures
    int hard_errors;            // >0: errors raised now are first-pass errors (literals, forced tokens)
    int first_fill;             // p->fill after the first pass
    int args_memo;              // >0: call arguments were already parsed without checks
                                // (CPython memoizes its `arguments` rule)
    int failed;                 // an error is recorded in *err
    int err_lexer;              // ... and it came from the lexer
    int err_generic;            // ... and it is a plain "invalid syntax" (speculation may undo it)
    int err_nocheck;            // ... and must not be replaced by lexer errors further on
    int oom;
    WfSyntaxErrorInfo *err;
    // f-string expression sub-parsers: errors are prefixed with "f-string: "
    // and columns on the first line are reported relative to "(expr)".
    int in_fstring;
    int fs_line, fs_col_shift;
    WfAst *bare_tuple;          // last Tuple built from bare commas (not parenthesized)
    int block_end_line, block_end_col;  // end of the last block parsed
} WfParser;

// Raises the lexer's error when the parser reaches the ERROR token (CPython
// reports tokenizer errors when the parser fetches the bad token).
void wf_parser_lexer_error(WfParser *p);

// ---- token access ----
static inline WfToken *wf_p_peek(WfParser *p)
{
    if (p->pos >= p->fill)
        p->fill = p->pos + 1;
    WfToken *t = &p->toks[p->pos];
    if (t->type == WF_TOK_ERROR && !p->failed)
        wf_parser_lexer_error(p);
    return t;
}
static inline int wf_p_at(WfParser *p, int type) { return wf_p_peek(p)->type == type; }
// Token [k] ahead of the current one (clamped to the last token).
static inline WfToken *wf_p_ahead(WfParser *p, int k)
{
    int i = p->pos + k;
    if (i >= p->ntoks)
        i = p->ntoks - 1;
    if (i >= p->fill)
        p->fill = i + 1;
    WfToken *t = &p->toks[i];
    if (t->type == WF_TOK_ERROR && !p->failed)
        wf_parser_lexer_error(p);
    return t;
}
// Consumes and returns the current token (never moves past the last one).
static inline WfToken *wf_p_next(WfParser *p)
{
    WfToken *t = wf_p_peek(p);
    if (p->pos < p->ntoks - 1)
        p->pos++;
    return t;
}
// Consumes the current token when it has [type].
static inline int wf_p_accept(WfParser *p, int type)
{
    if (wf_p_at(p, type)) {
        wf_p_next(p);
        return 1;
    }
    return 0;
}
// The last consumed token.
static inline WfToken *wf_p_prev(WfParser *p) { return &p->toks[p->pos > 0 ? p->pos - 1 : 0]; }

// ---- errors (parser.c) ----
// Error at an explicit range; cols are 0-based byte columns of the source, the
// end is exclusive. Returns NULL.
void *wf_parser_error_range(WfParser *p, const char *kind, int line, int col, int end_line,
                            int end_col, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
// CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node, ...).
void *wf_parser_error_node(WfParser *p, const WfAst *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, ...).
void *wf_parser_error_nodes(WfParser *p, const WfAst *a, const WfAst *b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
// Located at token [t].
void *wf_parser_error_tok(WfParser *p, const WfToken *t, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the furthest token looked at.
void *wf_parser_error_last(WfParser *p, const char *kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// Generic "invalid syntax" (or "unexpected indent") at the furthest token.
void *wf_parser_invalid(WfParser *p);
void *wf_parser_nomem(WfParser *p);
// Depth accounting: returns 0, or -1 with "too complex" raised.
int wf_parser_enter(WfParser *p);

// ---- helpers (parser.c) ----
WfAst *wf_parser_node(WfParser *p, int kind, const WfToken *start);   // ends at the previous token
WfAst *wf_parser_node_from(WfParser *p, int kind, const WfAst *start);
int wf_parser_list_push(WfParser *p, WfAstList *l, int *cap, WfAst *item);
const char *wf_parser_tok_str(WfParser *p, const WfToken *t);         // arena copy of the token text
// Runs the f-string expression text [s, s+len) (located at line/col of the
// source) through a sub-parser. Returns the expression or NULL.
WfAst *wf_parser_fstring_expr(WfParser *p, const char *s, int len, int line, int col);

// ---- expressions (parser_expr.c) ----
WfAst *wf_parser_expr_expression(WfParser *p);
WfAst *wf_parser_expr_expressions(WfParser *p);       // eval input: tuple without stars
WfAst *wf_parser_expr_star_expressions(WfParser *p);
WfAst *wf_parser_expr_named(WfParser *p);             // named_expression
WfAst *wf_parser_expr_star_named(WfParser *p);        // star_named_expression
WfAst *wf_parser_expr_star_expression(WfParser *p);
WfAst *wf_parser_expr_yield(WfParser *p);
WfAst *wf_parser_expr_disjunction(WfParser *p);
WfAst *wf_parser_expr_bitwise_or(WfParser *p);
// star_targets for `for` loops and comprehensions (Store context).
WfAst *wf_parser_expr_for_targets(WfParser *p);
// Sets the context of a target expression, raising CPython's messages.
int wf_parser_expr_set_ctx(WfParser *p, WfAst *e, int ctx, int targets_type);
// The first invalid target inside [e], or NULL.
WfAst *wf_parser_expr_invalid_target(WfAst *e, int targets_type);
const char *wf_parser_expr_name(const WfAst *e);       // CPython's _PyPegen_get_expr_name
// Parameters of def (is_lambda 0, stops at ')') or lambda (stops at ':').
WfAst *wf_parser_expr_params(WfParser *p, int is_lambda);
// Call arguments after '(' up to (not including) ')'. [call] gets args/keywords.
int wf_parser_expr_call_args(WfParser *p, WfAst *call, const WfToken *lpar);
// invalid_named_expression at '=' (current token) after [e], which started at
// token [start_pos]. Returns -1 when it raised an error.
int wf_parser_expr_check_assign(WfParser *p, WfAst *e, int start_pos);
// 1 when the current token can start an expression.
int wf_parser_expr_can_start(WfParser *p);
#endif // WF_PARSER_INTERNAL

#endif // WF_VM_PARSER_H
