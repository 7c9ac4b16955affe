// lexer.h - UTF-8 source bytes -> token array (INDENT/DEDENT/NEWLINE, literals
// kept as source slices), plus the literal decoders the parser uses: numbers,
// string escapes, and f-string splitting. Behaviour and error wording follow
// CPython 3.11's tokenizer. Pure C; everything lives in the caller's WfArena.
// GIL: not needed.
#ifndef WF_VM_LEXER_H
#define WF_VM_LEXER_H

#include <stddef.h>
#include "ast.h"

typedef enum WfTokType {
    WF_TOK_ENDMARKER = 0, WF_TOK_NAME, WF_TOK_NUMBER, WF_TOK_STRING,
    WF_TOK_NEWLINE, WF_TOK_INDENT, WF_TOK_DEDENT,
    WF_TOK_ERROR,       // the lexer stopped here; see WfTokens.err
    // operators and delimiters
    WF_TOK_LPAR, WF_TOK_RPAR, WF_TOK_LSQB, WF_TOK_RSQB, WF_TOK_LBRACE,
    WF_TOK_RBRACE, WF_TOK_COLON, WF_TOK_COMMA, WF_TOK_SEMI, WF_TOK_PLUS,
    WF_TOK_MINUS, WF_TOK_STAR, WF_TOK_SLASH, WF_TOK_VBAR, WF_TOK_AMPER,
    WF_TOK_LESS, WF_TOK_GREATER, WF_TOK_EQUAL, WF_TOK_DOT, WF_TOK_PERCENT,
    WF_TOK_EQEQUAL, WF_TOK_NOTEQUAL, WF_TOK_LESSEQUAL, WF_TOK_GREATEREQUAL,
    WF_TOK_TILDE, WF_TOK_CIRCUMFLEX, WF_TOK_LEFTSHIFT, WF_TOK_RIGHTSHIFT,
    WF_TOK_DOUBLESTAR, WF_TOK_PLUSEQUAL, WF_TOK_MINEQUAL, WF_TOK_STAREQUAL,
    WF_TOK_SLASHEQUAL, WF_TOK_PERCENTEQUAL, WF_TOK_AMPEREQUAL,
    WF_TOK_VBAREQUAL, WF_TOK_CIRCUMFLEXEQUAL, WF_TOK_LEFTSHIFTEQUAL,
    WF_TOK_RIGHTSHIFTEQUAL, WF_TOK_DOUBLESTAREQUAL, WF_TOK_DOUBLESLASH,
    WF_TOK_DOUBLESLASHEQUAL, WF_TOK_AT, WF_TOK_ATEQUAL, WF_TOK_RARROW,
    WF_TOK_ELLIPSIS, WF_TOK_COLONEQUAL,
    WF_TOK_OP,          // any other printable character (`$`, `?`, `!`): always a syntax error
    // keywords (hard keywords only; match/case/_ stay NAME)
    WF_TOK_KW_FIRST,
    WF_TOK_False = WF_TOK_KW_FIRST, WF_TOK_None, WF_TOK_True, WF_TOK_and,
    WF_TOK_as, WF_TOK_assert, WF_TOK_async, WF_TOK_await, WF_TOK_break,
    WF_TOK_class, WF_TOK_continue, WF_TOK_def, WF_TOK_del, WF_TOK_elif,
    WF_TOK_else, WF_TOK_except, WF_TOK_finally, WF_TOK_for, WF_TOK_from,
    WF_TOK_global, WF_TOK_if, WF_TOK_import, WF_TOK_in, WF_TOK_is,
    WF_TOK_lambda, WF_TOK_nonlocal, WF_TOK_not, WF_TOK_or, WF_TOK_pass,
    WF_TOK_raise, WF_TOK_return, WF_TOK_try, WF_TOK_while, WF_TOK_with,
    WF_TOK_yield,
    WF_TOK_COUNT
} WfTokType;

typedef struct WfToken {
    int type;               // WfTokType
    int line, col;          // start: 1-based line, 0-based byte column
    int end_line, end_col;  // end, exclusive byte column
    int level;              // bracket nesting depth before this token
    const char *start;      // slice of the (normalised) source text
    int len;
} WfToken;

// A lexer error, already in SyntaxError terms (1-based character columns).
typedef struct WfLexError {
    char msg[256];
    const char *kind;       // "SyntaxError", "IndentationError", "TabError"
    int line, col, end_line, end_col;
    // 1 when CPython's tokenizer raises this error itself, so that it wins over
    // a parser error found earlier in the file (see wf_parse).
    int overrides;
    // 1 when the error is "reached the end of input inside brackets" and the
    // message must be built from the innermost open bracket.
    int eof_in_brackets;
} WfLexError;

typedef struct WfTokens {
    WfToken *toks;          // malloc'd; the last token is ENDMARKER or ERROR
    int n;
    const char *src;        // normalised source (\r\n and \r -> \n, final \n added)
    size_t len;
    int eof_index;          // index of the first token made after reading end of input
    int has_error;
    WfLexError err;
    // innermost open bracket when the lexer stopped (for "'(' was never closed")
    int open_level;
    char open_char;
    int open_line, open_col;  // open_col: 0-based byte column
} WfTokens;

// Tokenizes [src] into [out]. Returns 0, or -1 when out of memory. Lexical
// errors do not fail the call: they end the array with a WF_TOK_ERROR token
// and set out->has_error / out->err.
int wf_lexer_tokenize(WfArena *arena, const char *src, size_t len, WfTokens *out);
// Releases out->toks.
void wf_lexer_free(WfTokens *toks);

// Name of a token type for messages ("'('", "NEWLINE", "'if'" ...).
const char *wf_lexer_tok_name(int type);

// Converts a 0-based byte column of [line] (1-based) of [src] into CPython's
// 1-based character offset.
int wf_lexer_char_col(const WfTokens *toks, int line, int byte_col);

// ---- literal decoding (used by the parser) ----

// Fills [out] from a NUMBER token's text. Returns 0.
int wf_lexer_number(WfArena *arena, const char *text, int len, WfConst *out);

// Returns the decimal text of an INT constant (allocated in [arena]), or NULL
// when out of memory.
char *wf_lexer_int_decimal(WfArena *arena, const WfConst *c);

// Parsed prefix of a STRING token.
typedef struct WfStrPrefix {
    int is_bytes, is_raw, is_f, is_u;
    int prefix_len, quote_len;  // body = text + prefix_len + quote_len
    int body_len;               // excluding closing quotes
} WfStrPrefix;
void wf_lexer_str_prefix(const char *text, int len, WfStrPrefix *out);

// Decodes escapes of a string body ([bytes] selects bytes rules, [raw] keeps
// backslashes). Appends to the growing buffer *buf/*blen/*bcap (malloc'd).
// Returns 0, -1 when out of memory, or 1 with [errmsg] filled (and *err_off the
// byte offset in body of the faulty escape) on a bad escape.
int wf_lexer_decode_str(const char *body, int len, int bytes, int raw,
                        char **buf, size_t *blen, size_t *bcap,
                        char *errmsg, size_t errcap, int *err_off);

#endif // WF_VM_LEXER_H
