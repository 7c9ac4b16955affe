// lexer.c - UTF-8 source -> tokens, and decoding of number/string literals.
// Invariant: the whole source is tokenized up front into one array that ends
// with ENDMARKER or with a single ERROR token (CPython 3.11 tokenizer rules:
// tab stops of 8, brackets join lines, 200 nested brackets, 100 indents).
// Columns are byte offsets; errors are converted to CPython's character offsets.
// GIL: not needed.
#include "lexer.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXLEVEL 200    // nested brackets (CPython's MAXLEVEL)
#define MAXINDENT 100   // indentation levels (CPython's MAXINDENT)

typedef struct Lexer {
    WfArena *arena;
    const char *s;          // normalised source; s[n] == '\0'
    size_t n, pos;
    int line;               // current line (1-based)
    size_t line_start;      // offset of the current line's first byte
    int level;
    char pstack[MAXLEVEL];
    int pline[MAXLEVEL], pcol[MAXLEVEL];
    int indstack[MAXINDENT], altstack[MAXINDENT];
    int indent, pendin;
    int atbol;
    int cap;
    WfTokens *out;
} Lexer;

static const char *const kwnames[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
};

// ---------------------------------------------------------------------------
// small helpers
// ---------------------------------------------------------------------------

static int peekc(const Lexer *L, size_t off)
{
    size_t i = L->pos + off;
    return i < L->n ? (unsigned char)L->s[i] : -1;
}

static int is_id_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static int is_id_char(int c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }

// Counts UTF-8 code points in s[0..len).
static int count_chars(const char *s, size_t len)
{
    int n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

// Decodes one UTF-8 sequence at s (already validated). Returns its length.
static int utf8_decode(const unsigned char *s, unsigned *cp)
{
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if (s[0] < 0xE0) { *cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu); return 2; }
    if (s[0] < 0xF0) {
        *cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        return 3;
    }
    *cp = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
    return 4;
}

int wf_lexer_char_col(const WfTokens *toks, int line, int byte_col)
{
    // find the start of [line]
    const char *s = toks->src;
    size_t i = 0;
    int l = 1;
    while (l < line && i < toks->len) {
        if (s[i] == '\n')
            l++;
        i++;
    }
    size_t end = i;
    while (end < toks->len && s[end] != '\n')
        end++;
    if (byte_col < 0)
        return byte_col;
    size_t lim = (size_t)byte_col;
    if (i + lim > end + 1)
        return byte_col - (int)lim + count_chars(s + i, end + 1 - i) + (int)(lim - (end + 1 - i));
    return count_chars(s + i, lim);
}

static WfToken *push_tok(Lexer *L, int type)
{
    WfTokens *o = L->out;
    if (o->n == L->cap) {
        int ncap = L->cap ? L->cap * 2 : 256;
        WfToken *nt = realloc(o->toks, (size_t)ncap * sizeof(WfToken));
        if (!nt)
            return NULL;
        o->toks = nt;
        L->cap = ncap;
    }
    WfToken *t = &o->toks[o->n++];
    memset(t, 0, sizeof *t);
    t->type = type;
    t->level = L->level;
    return t;
}

// Records a lexer error. [col1] is CPython's 1-based character offset.
static void set_error(Lexer *L, const char *kind, int line, int col1, int end_line,
                      int end_col1, int overrides, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));
static void set_error(Lexer *L, const char *kind, int line, int col1, int end_line,
                      int end_col1, int overrides, const char *fmt, ...)
{
    WfLexError *e = &L->out->err;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->kind = kind;
    e->line = line;
    e->col = col1;
    e->end_line = end_line;
    e->end_col = end_col1;
    e->overrides = overrides;
    L->out->has_error = 1;
}

// Character offset (CPython's tokenizer convention: number of characters from
// the line start up to byte [pos] of the current line).
static int chars_to(const Lexer *L, size_t pos)
{
    return count_chars(L->s + L->line_start, pos - L->line_start);
}

// CPython's tokenizer syntaxerror(): located at "current position" [pos].
static int tok_error(Lexer *L, size_t pos, const char *msg)
{
    int c = chars_to(L, pos);
    set_error(L, "SyntaxError", L->line, c, L->line, c, 1, "%s", msg);
    return -2;
}

// Pushes the ERROR token at byte position [pos] of the current line.
static int push_error_tok(Lexer *L, size_t pos)
{
    WfToken *t = push_tok(L, WF_TOK_ERROR);
    if (!t)
        return -1;
    t->line = t->end_line = L->line;
    t->col = t->end_col = (int)(pos - L->line_start);
    t->start = L->s + pos;
    return 1;
}

static void newline_consumed(Lexer *L)
{
    L->line++;
    L->line_start = L->pos;
}

// ---------------------------------------------------------------------------
// non-ASCII identifier check (approximation of PEP 3131 without tables)
// ---------------------------------------------------------------------------

static int cp_printable(unsigned cp)
{
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD)
        return 0;
    if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
        (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
        (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xE000 && cp <= 0xF8FF) ||
        (cp >= 0xFFF0 && cp <= 0xFFFF) || cp == 0x1680 || cp == 0x180E)
        return 0;
    return 1;
}

// 1 when [cp] can be part of an identifier (approximation).
static int cp_identifier(unsigned cp)
{
    if (!cp_printable(cp))
        return 0;
    if (cp < 0xC0)
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7)
        return 0;
    if ((cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) ||
        (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2100 && cp <= 0x214F && cp != 0x2118 && cp != 0x212E &&
                                           !(cp >= 0x2102 && cp <= 0x2139)) ||
        (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3001 && cp <= 0x3004) ||
        (cp >= 0x3008 && cp <= 0x3020) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
        (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
        (cp >= 0xFF3B && cp <= 0xFF40 && cp != 0xFF3F) || (cp >= 0xFF5B && cp <= 0xFF65) ||
        (cp >= 0x1F000 && cp <= 0x1FAFF) || cp > 0x10FFFF)
        return 0;
    return 1;
}

// Checks the identifier s[start..end). Returns 0 or -2 with the error set.
static int verify_identifier(Lexer *L, size_t start, size_t end)
{
    size_t i = start;
    while (i < end) {
        unsigned cp;
        int k = utf8_decode((const unsigned char *)L->s + i, &cp);
        if (cp >= 128 && !cp_identifier(cp)) {
            // CPython reports at the character after the bad one
            int c = chars_to(L, i + (size_t)k);
            if (!cp_printable(cp))
                set_error(L, "SyntaxError", L->line, c, L->line, c, 1,
                          "invalid non-printable character U+%04X", cp);
            else
                set_error(L, "SyntaxError", L->line, c, L->line, c, 1,
                          "invalid character '%.*s' (U+%04X)", k, L->s + i, cp);
            L->pos = i + (size_t)k;
            return -2;
        }
        i += (size_t)k;
    }
    return 0;
}

// ---------------------------------------------------------------------------
// numbers (CPython 3.11 tok_get number branch, same error positions)
// ---------------------------------------------------------------------------

static int lookahead_word(const Lexer *L, size_t at, const char *w)
{
    size_t k = strlen(w);
    if (at + k > L->n || memcmp(L->s + at, w, k) != 0)
        return 0;
    int c = at + k < L->n ? (unsigned char)L->s[at + k] : -1;
    return !is_id_char(c);
}

// [c] is the character at pos (already "read"). Returns 0 ok, -2 error.
static int verify_end_of_number(Lexer *L, size_t pos, const char *kind)
{
    int c = pos < L->n ? (unsigned char)L->s[pos] : -1;
    int r = 0;
    if (c == 'a')
        r = lookahead_word(L, pos + 1, "nd");
    else if (c == 'e')
        r = lookahead_word(L, pos + 1, "lse");
    else if (c == 'f')
        r = lookahead_word(L, pos + 1, "or");
    else if (c == 'i') {
        int c2 = pos + 1 < L->n ? (unsigned char)L->s[pos + 1] : -1;
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
    } else if (c == 'o')
        r = lookahead_word(L, pos + 1, "r");
    else if (c == 'n')
        r = lookahead_word(L, pos + 1, "ot");
    if (r)
        return 0;
    if (c >= 0 && c < 128 && is_id_char(c)) {   // CPython 3.11 ignores non-ASCII here
        char m[64];
        snprintf(m, sizeof m, "invalid %s literal", kind);
        return tok_error(L, pos, m);
    }
    return 0;
}

// Digits with single underscores between them; pos at first char after a digit.
// Returns the position after the tail, or (size_t)-1 on error.
static size_t decimal_tail(Lexer *L, size_t pos)
{
    for (;;) {
        while (pos < L->n && is_digit((unsigned char)L->s[pos]))
            pos++;
        if (pos >= L->n || L->s[pos] != '_')
            return pos;
        pos++;
        if (pos >= L->n || !is_digit((unsigned char)L->s[pos])) {
            tok_error(L, pos, "invalid decimal literal");
            return (size_t)-1;
        }
    }
}

static int chr_at(const Lexer *L, size_t pos)
{
    return pos < L->n ? (unsigned char)L->s[pos] : -1;
}

// Scans a number starting at L->pos (a digit, or '.' followed by a digit).
// Returns the end offset, or (size_t)-1 with the error set.
static size_t scan_number(Lexer *L)
{
    size_t p = L->pos, start = L->pos;
    int c = chr_at(L, p);
    if (c == '.') {
        p++;
        goto fraction;
    }
    if (c == '0') {
        p++;
        c = chr_at(L, p);
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int lc = c | 0x20;
            const char *kind = lc == 'x' ? "hexadecimal" : lc == 'o' ? "octal" : "binary";
            p++;
            c = chr_at(L, p);
            do {
                if (c == '_') {
                    p++;
                    c = chr_at(L, p);
                }
                int ok = lc == 'x' ? (c >= 0 && isxdigit(c)) : lc == 'o' ? (c >= '0' && c < '8')
                                                                            : (c == '0' || c == '1');
                if (!ok) {
                    char m[64];
                    if (lc != 'x' && is_digit(c)) {
                        snprintf(m, sizeof m, "invalid digit '%c' in %s literal", c, kind);
                        tok_error(L, p + 1, m);
                        return (size_t)-1;
                    }
                    snprintf(m, sizeof m, "invalid %s literal", kind);
                    tok_error(L, p, m);
                    return (size_t)-1;
                }
                do {
                    p++;
                    c = chr_at(L, p);
                } while (lc == 'x' ? (c >= 0 && isxdigit(c)) : lc == 'o' ? (c >= '0' && c < '8')
                                                                        : (c == '0' || c == '1'));
            } while (c == '_');
            if (lc != 'x' && is_digit(c)) {
                char m[64];
                snprintf(m, sizeof m, "invalid digit '%c' in %s literal", c, kind);
                tok_error(L, p + 1, m);
                return (size_t)-1;
            }
            if (verify_end_of_number(L, p, kind))
                return (size_t)-1;
            return p;
        }
        // decimal starting with 0: only zeros allowed unless float/imaginary
        int nonzero = 0;
        for (;;) {
            if (c == '_') {
                p++;
                c = chr_at(L, p);
                if (!is_digit(c)) {
                    tok_error(L, p, "invalid decimal literal");
                    return (size_t)-1;
                }
            }
            if (c != '0')
                break;
            p++;
            c = chr_at(L, p);
        }
        size_t zeros_end = p + 1;
        if (is_digit(c)) {
            nonzero = 1;
            p = decimal_tail(L, p);
            if (p == (size_t)-1)
                return p;
            c = chr_at(L, p);
        }
        if (c == '.') {
            p++;
            goto fraction;
        } else if (c == 'e' || c == 'E') {
            goto exponent;
        } else if (c == 'j' || c == 'J') {
            goto imaginary;
        } else if (nonzero) {
            int c1 = chars_to(L, start) + 1, c2 = chars_to(L, zeros_end);
            set_error(L, "SyntaxError", L->line, c1, L->line, c2, 1,
                      "leading zeros in decimal integer literals are not permitted; "
                      "use an 0o prefix for octal integers");
            return (size_t)-1;
        }
        if (verify_end_of_number(L, p, "decimal"))
            return (size_t)-1;
        return p;
    }
    // decimal
    p = decimal_tail(L, p);
    if (p == (size_t)-1)
        return p;
    c = chr_at(L, p);
    if (c == '.') {
        p++;
    fraction:
        c = chr_at(L, p);
        if (is_digit(c)) {
            p = decimal_tail(L, p);
            if (p == (size_t)-1)
                return p;
            c = chr_at(L, p);
        }
    }
    if (c == 'e' || c == 'E') {
    exponent:;
        size_t epos = p;
        p++;
        c = chr_at(L, p);
        if (c == '+' || c == '-') {
            p++;
            c = chr_at(L, p);
            if (!is_digit(c)) {
                tok_error(L, p, "invalid decimal literal");
                return (size_t)-1;
            }
        } else if (!is_digit(c)) {
            if (verify_end_of_number(L, epos, "decimal"))
                return (size_t)-1;
            return epos;
        }
        p = decimal_tail(L, p);
        if (p == (size_t)-1)
            return p;
        c = chr_at(L, p);
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        p++;
        if (verify_end_of_number(L, p, "imaginary"))
            return (size_t)-1;
    } else if (verify_end_of_number(L, p, "decimal")) {
        return (size_t)-1;
    }
    return p;
}

// ---------------------------------------------------------------------------
// strings
// ---------------------------------------------------------------------------

// Scans a string whose quote is at L->pos; [tstart] is the token start (prefix).
// Returns 0, or -2 with the error set. On success L->pos is after the string.
static int scan_string(Lexer *L, size_t tstart, int *tline, size_t *tline_start)
{
    int quote = chr_at(L, L->pos);
    int quote_size = 1, end_quote_size = 0;
    *tline = L->line;
    *tline_start = L->line_start;
    L->pos++;
    int c = chr_at(L, L->pos);
    if (c == quote) {
        L->pos++;
        c = chr_at(L, L->pos);
        if (c == quote) {
            quote_size = 3;
            L->pos++;
        } else {
            end_quote_size = 1;   // empty string
        }
    }
    while (end_quote_size != quote_size) {
        c = chr_at(L, L->pos);
        if (c < 0 || (quote_size == 1 && c == '\n')) {
            int detected = c < 0 ? L->line - 1 : L->line;
            int col = count_chars(L->s + *tline_start, tstart - *tline_start) + 1;
            set_error(L, "SyntaxError", *tline, col, *tline, col, 1,
                      quote_size == 3 ? "unterminated triple-quoted string literal (detected at line %d)"
                                      : "unterminated string literal (detected at line %d)",
                      detected);
            if (c < 0)
                L->out->eof_index = L->out->n;
            L->line = *tline;
            L->line_start = *tline_start;
            return -2;
        }
        L->pos++;
        if (c == '\n') {
            newline_consumed(L);
        } else if (c == quote) {
            end_quote_size++;
            continue;
        }
        end_quote_size = 0;
        if (c == '\\') {
            int c2 = chr_at(L, L->pos);
            if (c2 >= 0) {
                L->pos++;
                if (c2 == '\n')
                    newline_consumed(L);
            }
        }
    }
    return 0;
}

// ---------------------------------------------------------------------------
// main loop
// ---------------------------------------------------------------------------

static int two_char(int c1, int c2)
{
    switch (c1) {
    case '!': if (c2 == '=') return WF_TOK_NOTEQUAL; break;
    case '%': if (c2 == '=') return WF_TOK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return WF_TOK_AMPEREQUAL; break;
    case '*':
        if (c2 == '*') return WF_TOK_DOUBLESTAR;
        if (c2 == '=') return WF_TOK_STAREQUAL;
        break;
    case '+': if (c2 == '=') return WF_TOK_PLUSEQUAL; break;
    case '-':
        if (c2 == '=') return WF_TOK_MINEQUAL;
        if (c2 == '>') return WF_TOK_RARROW;
        break;
    case '/':
        if (c2 == '/') return WF_TOK_DOUBLESLASH;
        if (c2 == '=') return WF_TOK_SLASHEQUAL;
        break;
    case ':': if (c2 == '=') return WF_TOK_COLONEQUAL; break;
    case '<':
        if (c2 == '<') return WF_TOK_LEFTSHIFT;
        if (c2 == '=') return WF_TOK_LESSEQUAL;
        break;
    case '=': if (c2 == '=') return WF_TOK_EQEQUAL; break;
    case '>':
        if (c2 == '=') return WF_TOK_GREATEREQUAL;
        if (c2 == '>') return WF_TOK_RIGHTSHIFT;
        break;
    case '@': if (c2 == '=') return WF_TOK_ATEQUAL; break;
    case '^': if (c2 == '=') return WF_TOK_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return WF_TOK_VBAREQUAL; break;
    default: break;
    }
    return -1;
}

static int one_char(int c)
{
    switch (c) {
    case '%': return WF_TOK_PERCENT;
    case '&': return WF_TOK_AMPER;
    case '(': return WF_TOK_LPAR;
    case ')': return WF_TOK_RPAR;
    case '*': return WF_TOK_STAR;
    case '+': return WF_TOK_PLUS;
    case ',': return WF_TOK_COMMA;
    case '-': return WF_TOK_MINUS;
    case '.': return WF_TOK_DOT;
    case '/': return WF_TOK_SLASH;
    case ':': return WF_TOK_COLON;
    case ';': return WF_TOK_SEMI;
    case '<': return WF_TOK_LESS;
    case '=': return WF_TOK_EQUAL;
    case '>': return WF_TOK_GREATER;
    case '@': return WF_TOK_AT;
    case '[': return WF_TOK_LSQB;
    case ']': return WF_TOK_RSQB;
    case '^': return WF_TOK_CIRCUMFLEX;
    case '{': return WF_TOK_LBRACE;
    case '|': return WF_TOK_VBAR;
    case '}': return WF_TOK_RBRACE;
    case '~': return WF_TOK_TILDE;
    default: return WF_TOK_OP;
    }
}

static WfToken *emit(Lexer *L, int type, size_t start, size_t end)
{
    WfToken *t = push_tok(L, type);
    if (!t)
        return NULL;
    t->line = t->end_line = L->line;
    t->col = (int)(start - L->line_start);
    t->end_col = (int)(end - L->line_start);
    t->start = L->s + start;
    t->len = (int)(end - start);
    return t;
}

static int keyword_type(const char *s, int len)
{
    if (len < 2 || len > 8 || s[0] < 'F' || s[0] > 'y')
        return WF_TOK_NAME;
    for (size_t i = 0; i < sizeof kwnames / sizeof kwnames[0]; i++)
        if ((int)strlen(kwnames[i]) == len && memcmp(kwnames[i], s, (size_t)len) == 0)
            return WF_TOK_KW_FIRST + (int)i;
    return WF_TOK_NAME;
}

// Produces the next token(s). Returns 0 to continue, 1 when finished
// (ENDMARKER or ERROR pushed), -1 when out of memory.
static int next_token(Lexer *L)
{
    WfTokens *o = L->out;
    int blankline;
    int c;
nextline:
    blankline = 0;
    if (L->atbol) {
        int col = 0, altcol = 0, cont_col = -1, cont_alt = 0;
        L->atbol = 0;
        for (;;) {
            c = chr_at(L, L->pos);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                altcol++;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\' && peekc(L, 1) == '\n') {
                // a backslash continuation inside the indentation: the first
                // one fixes the indentation of what follows
                if (cont_col < 0) {
                    cont_col = col;
                    cont_alt = altcol;
                }
                int bline = L->line, bcol = chars_to(L, L->pos) + 2;
                L->pos += 2;
                newline_consumed(L);
                if (chr_at(L, L->pos) < 0) {
                    if (o->eof_index < 0)
                        o->eof_index = o->n;
                    set_error(L, "SyntaxError", bline, bcol, bline, -1, 0, "unexpected EOF while parsing");
                    L->line = bline;
                    return push_error_tok(L, L->pos) < 0 ? -1 : 1;
                }
                continue;
            } else {
                break;
            }
            L->pos++;
        }
        if (cont_col >= 0) {
            col = cont_col;
            altcol = cont_alt;
        }
        if (c < 0 && o->eof_index < 0)
            o->eof_index = o->n;
        if (c == '#' || c == '\n')
            blankline = 1;
        if (!blankline && L->level == 0) {
            if (col == L->indstack[L->indent]) {
                if (altcol != L->altstack[L->indent])
                    goto tabspace;
            } else if (col > L->indstack[L->indent]) {
                if (L->indent + 1 >= MAXINDENT) {
                    set_error(L, "IndentationError", L->line, 1, L->line, 0, 0,
                              "too many levels of indentation");
                    return push_error_tok(L, L->pos) < 0 ? -1 : 1;
                }
                if (altcol <= L->altstack[L->indent])
                    goto tabspace;
                L->pendin++;
                L->indent++;
                L->indstack[L->indent] = col;
                L->altstack[L->indent] = altcol;
            } else {
                while (L->indent > 0 && col < L->indstack[L->indent]) {
                    L->pendin--;
                    L->indent--;
                }
                if (col != L->indstack[L->indent]) {
                    // CPython: column = length of the line including its newline
                    size_t e = L->pos;
                    while (e < L->n && L->s[e] != '\n')
                        e++;
                    int cc = count_chars(L->s + L->line_start, e - L->line_start) + (e < L->n);
                    set_error(L, "IndentationError", L->line, cc, L->line, -1, 0,
                              "unindent does not match any outer indentation level");
                    return push_error_tok(L, L->pos) < 0 ? -1 : 1;
                }
                if (altcol != L->altstack[L->indent])
                    goto tabspace;
            }
        }
    }
    // pending INDENT / DEDENT tokens: positioned at the first non-blank byte
    // (at the end of input: on the last line, without a column, like ENDMARKER)
    if (L->pendin != 0) {
        int type = L->pendin < 0 ? WF_TOK_DEDENT : WF_TOK_INDENT;
        L->pendin += L->pendin < 0 ? 1 : -1;
        WfToken *t = emit(L, type, L->pos, L->pos);
        if (!t)
            return -1;
        if (L->pos >= L->n) {
            t->line = t->end_line = L->line > 1 ? L->line - 1 : 1;
            t->col = t->end_col = -1;
        }
        return 0;
    }
again:
    while ((c = chr_at(L, L->pos)) == ' ' || c == '\t' || c == '\f')
        L->pos++;
    size_t start = L->pos;
    if (c == '#') {
        while ((c = chr_at(L, L->pos)) >= 0 && c != '\n')
            L->pos++;
    }
    if (c < 0) {
        if (o->eof_index < 0)
            o->eof_index = o->n;
        if (L->level > 0) {
            WfLexError *e = &o->err;
            e->eof_in_brackets = 1;
            o->has_error = 1;
            e->kind = "SyntaxError";
            return push_error_tok(L, L->pos) < 0 ? -1 : 1;
        }
        // ENDMARKER sits on the last line (CPython keeps lineno there)
        WfToken *t = push_tok(L, WF_TOK_ENDMARKER);
        if (!t)
            return -1;
        t->line = t->end_line = L->line > 1 ? L->line - 1 : 1;
        t->col = t->end_col = -1;   // "no column": errors here report column 0
        t->start = L->s + L->n;
        return 1;
    }
    // identifiers, keywords and string prefixes
    if (is_id_start(c)) {
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
        for (;;) {
            int lc = c | 0x20;
            if (c >= 128)
                break;
            if (!(saw_b || saw_u || saw_f) && lc == 'b')
                saw_b = 1;
            else if (!(saw_b || saw_u || saw_r || saw_f) && lc == 'u')
                saw_u = 1;
            else if (!(saw_r || saw_u) && lc == 'r')
                saw_r = 1;
            else if (!(saw_f || saw_b || saw_u) && lc == 'f')
                saw_f = 1;
            else
                break;
            L->pos++;
            c = chr_at(L, L->pos);
            if (c == '"' || c == '\'')
                goto letter_quote;
        }
        int nonascii = 0;
        while (is_id_char(c = chr_at(L, L->pos))) {
            if (c >= 128)
                nonascii = 1;
            L->pos++;
        }
        if (nonascii && verify_identifier(L, start, L->pos) < 0)
            return push_error_tok(L, L->pos) < 0 ? -1 : 1;
        int type = keyword_type(L->s + start, (int)(L->pos - start));
        return emit(L, type, start, L->pos) ? 0 : -1;
    }
    if (c == '\n') {
        L->atbol = 1;
        if (blankline || L->level > 0) {
            L->pos++;
            newline_consumed(L);
            goto nextline;
        }
        // CPython: starts at a preceding comment, ends at the '\n' itself
        WfToken *t = emit(L, WF_TOK_NEWLINE, start, L->pos);
        if (!t)
            return -1;
        L->pos++;
        newline_consumed(L);
        return 0;
    }
    if (c == '.') {
        int c2 = peekc(L, 1);
        if (is_digit(c2))
            goto number;
        if (c2 == '.' && peekc(L, 2) == '.') {
            L->pos += 3;
            return emit(L, WF_TOK_ELLIPSIS, start, L->pos) ? 0 : -1;
        }
        L->pos++;
        return emit(L, WF_TOK_DOT, start, L->pos) ? 0 : -1;
    }
    if (is_digit(c)) {
    number:;
        size_t end = scan_number(L);
        if (end == (size_t)-1)
            return push_error_tok(L, start) < 0 ? -1 : 1;
        L->pos = end;
        return emit(L, WF_TOK_NUMBER, start, end) ? 0 : -1;
    }
letter_quote:
    if (c == '"' || c == '\'') {
        int tline;
        size_t tls;
        if (scan_string(L, start, &tline, &tls) < 0)
            return push_error_tok(L, start) < 0 ? -1 : 1;
        WfToken *t = push_tok(L, WF_TOK_STRING);
        if (!t)
            return -1;
        t->line = tline;
        t->col = (int)(start - tls);
        t->end_line = L->line;
        t->end_col = (int)(L->pos - L->line_start);
        t->start = L->s + start;
        t->len = (int)(L->pos - start);
        return 0;
    }
    if (c == '\\') {
        int c2 = peekc(L, 1);
        if (c2 != '\n') {
            int cc = chars_to(L, L->pos + 1) + 1;
            set_error(L, "SyntaxError", L->line, cc, L->line, 0, 0,
                      "unexpected character after line continuation character");
            return push_error_tok(L, L->pos) < 0 ? -1 : 1;
        }
        int bline = L->line, bcol = chars_to(L, L->pos) + 2;
        L->pos += 2;
        newline_consumed(L);
        if (chr_at(L, L->pos) < 0) {
            if (o->eof_index < 0)
                o->eof_index = o->n;
            set_error(L, "SyntaxError", bline, bcol, bline, -1, 0,
                      "unexpected EOF while parsing");
            o->err.eof_in_brackets = L->level > 0;
            L->line = bline;
            return push_error_tok(L, L->pos) < 0 ? -1 : 1;
        }
        goto again;
    }
    // operators
    {
        int c2 = peekc(L, 1);
        int t2 = two_char(c, c2);
        if (t2 >= 0) {
            int c3 = peekc(L, 2);
            int t3 = -1;
            if (c3 == '=') {
                if (t2 == WF_TOK_DOUBLESTAR) t3 = WF_TOK_DOUBLESTAREQUAL;
                else if (t2 == WF_TOK_DOUBLESLASH) t3 = WF_TOK_DOUBLESLASHEQUAL;
                else if (t2 == WF_TOK_LEFTSHIFT) t3 = WF_TOK_LEFTSHIFTEQUAL;
                else if (t2 == WF_TOK_RIGHTSHIFT) t3 = WF_TOK_RIGHTSHIFTEQUAL;
            }
            if (t3 >= 0) {
                L->pos += 3;
                return emit(L, t3, start, L->pos) ? 0 : -1;
            }
            L->pos += 2;
            return emit(L, t2, start, L->pos) ? 0 : -1;
        }
    }
    switch (c) {
    case '(': case '[': case '{':
        if (L->level >= MAXLEVEL) {
            tok_error(L, L->pos + 1, "too many nested parentheses");
            return push_error_tok(L, L->pos) < 0 ? -1 : 1;
        }
        L->pstack[L->level] = (char)c;
        L->pline[L->level] = L->line;
        L->pcol[L->level] = (int)(L->pos - L->line_start);
        L->level++;
        break;
    case ')': case ']': case '}': {
        if (!L->level) {
            char m[32];
            snprintf(m, sizeof m, "unmatched '%c'", c);
            tok_error(L, L->pos + 1, m);
            return push_error_tok(L, L->pos) < 0 ? -1 : 1;
        }
        int opening = L->pstack[L->level - 1];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
              (opening == '{' && c == '}'))) {
            char m[128];
            int pl = L->pline[L->level - 1];
            if (pl != L->line)
                snprintf(m, sizeof m, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                         c, opening, pl);
            else
                snprintf(m, sizeof m, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                         c, opening);
            tok_error(L, L->pos + 1, m);
            return push_error_tok(L, L->pos) < 0 ? -1 : 1;
        }
        L->level--;
        break;
    }
    default:
        if (c < 32 || c == 127) {
            char m[64];
            snprintf(m, sizeof m, "invalid non-printable character U+%04X", c);
            tok_error(L, L->pos + 1, m);
            return push_error_tok(L, L->pos) < 0 ? -1 : 1;
        }
        break;
    }
    L->pos++;
    WfToken *t = emit(L, one_char(c), start, L->pos);
    if (!t)
        return -1;
    if (c == ')' || c == ']' || c == '}')
        t->level = L->level;
    return 0;
tabspace:
    set_error(L, "TabError", L->line, 1, L->line, 0, 0, "inconsistent use of tabs and spaces in indentation");
    return push_error_tok(L, L->pos) < 0 ? -1 : 1;
}

// Checks UTF-8 validity and NULs. Returns 0 or -2 with the error set.
static int check_source(Lexer *L)
{
    const unsigned char *s = (const unsigned char *)L->s;
    size_t i = 0, n = L->n;
    int line = 1;
    size_t ls = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c == '\n') {
            line++;
            ls = i + 1;
            i++;
            continue;
        }
        if (c == 0) {
            int cc = count_chars(L->s + ls, i - ls) + 1;
            set_error(L, "SyntaxError", line, cc, line, cc, 1,
                      "source code cannot contain null bytes");
            return -2;
        }
        if (c < 0x80) {
            i++;
            continue;
        }
        int k = 0;
        unsigned cp = 0, minv = 0;
        if (c >= 0xC2 && c <= 0xDF) { k = 1; cp = c & 0x1F; minv = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { k = 2; cp = c & 0x0F; minv = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { k = 3; cp = c & 0x07; minv = 0x10000; }
        const char *why = k == 0 ? "invalid start byte" : NULL;
        int j;
        for (j = 1; !why && j <= k; j++) {
            if (i + (size_t)j >= n) {
                why = "unexpected end of data";
                break;
            }
            unsigned cc = s[i + (size_t)j];
            if ((cc & 0xC0) != 0x80) {
                why = "invalid continuation byte";
                break;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (!why && (cp < minv || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
            why = "invalid continuation byte";
        if (why) {
            int cc = count_chars(L->s + ls, i - ls) + 1;
            set_error(L, "SyntaxError", line, cc, line, cc, 1,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                      c, i - ls, why);
            L->line = line;
            L->line_start = ls;
            return -2;
        }
        i += (size_t)k + 1;
    }
    return 0;
}

int wf_lexer_tokenize(WfArena *arena, const char *src, size_t len, WfTokens *out)
{
    memset(out, 0, sizeof *out);
    out->eof_index = -1;
    // normalise newlines and make sure the text ends with one; skip a BOM
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    char *buf = wf_arena_alloc(arena, len + 2);
    if (!buf)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\r') {
            buf[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n')
                i++;
        } else {
            buf[n++] = src[i];
        }
    }
    if (n == 0 || buf[n - 1] != '\n')
        buf[n++] = '\n';
    buf[n] = 0;
    out->src = buf;
    out->len = n;

    Lexer L;
    memset(&L, 0, sizeof L);
    L.arena = arena;
    L.s = buf;
    L.n = n;
    L.line = 1;
    L.atbol = 1;
    L.out = out;
    if (check_source(&L) < 0) {
        if (push_error_tok(&L, 0) < 0)
            return -1;
        out->eof_index = out->n;
        return 0;
    }
    for (;;) {
        int r = next_token(&L);
        if (r < 0)
            return -1;
        if (r > 0)
            break;
    }
    if (out->eof_index < 0)
        out->eof_index = out->n;
    out->open_level = L.level;
    if (L.level > 0) {
        out->open_char = L.pstack[L.level - 1];
        out->open_line = L.pline[L.level - 1];
        out->open_col = L.pcol[L.level - 1];
    }
    return 0;
}

void wf_lexer_free(WfTokens *toks)
{
    free(toks->toks);
    toks->toks = NULL;
    toks->n = 0;
}

const char *wf_lexer_tok_name(int type)
{
    static const char *const names[] = {
        "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT", "ERRORTOKEN",
        "'('", "')'", "'['", "']'", "'{'", "'}'", "':'", "','", "';'", "'+'", "'-'", "'*'",
        "'/'", "'|'", "'&'", "'<'", "'>'", "'='", "'.'", "'%'", "'=='", "'!='", "'<='",
        "'>='", "'~'", "'^'", "'<<'", "'>>'", "'**'", "'+='", "'-='", "'*='", "'/='",
        "'%='", "'&='", "'|='", "'^='", "'<<='", "'>>='", "'**='", "'//'", "'//='", "'@'",
        "'@='", "'->'", "'...'", "':='", "OP",
    };
    if (type >= 0 && type < (int)(sizeof names / sizeof names[0]))
        return names[type];
    if (type >= WF_TOK_KW_FIRST && type < WF_TOK_COUNT)
        return kwnames[type - WF_TOK_KW_FIRST];
    return "?";
}

// ---------------------------------------------------------------------------
// literal decoding
// ---------------------------------------------------------------------------

// Multiplies the decimal digit string (little endian, values 0-9) by [mul] and
// adds [add]. *nd is its length; capacity is enough by construction.
static void dec_muladd(unsigned char *d, int *nd, int mul, int add)
{
    int carry = add;
    for (int i = 0; i < *nd; i++) {
        int v = d[i] * mul + carry;
        d[i] = (unsigned char)(v % 10);
        carry = v / 10;
    }
    while (carry) {
        d[(*nd)++] = (unsigned char)(carry % 10);
        carry /= 10;
    }
}

int wf_lexer_number(WfArena *arena, const char *text, int len, WfConst *out)
{
    memset(out, 0, sizeof *out);
    char tmp[512];
    char *clean = len < (int)sizeof tmp ? tmp : malloc((size_t)len + 1);
    if (!clean)
        return -1;
    int n = 0;
    for (int i = 0; i < len; i++)
        if (text[i] != '_')
            clean[n++] = text[i];
    clean[n] = 0;
    int last = n ? clean[n - 1] | 0x20 : 0;
    int base = 10;
    const char *digits = clean;
    if (n >= 2 && clean[0] == '0' && ((clean[1] | 0x20) == 'x' || (clean[1] | 0x20) == 'o' ||
                                      (clean[1] | 0x20) == 'b')) {
        int b = clean[1] | 0x20;
        base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
        digits = clean + 2;
    } else if (last == 'j') {
        clean[n - 1] = 0;
        out->kind = WF_CONST_COMPLEX;
        out->v.f = strtod(clean, NULL);
        goto done;
    } else if (strpbrk(clean, ".eE")) {
        out->kind = WF_CONST_FLOAT;
        out->v.f = strtod(clean, NULL);
        goto done;
    }
    // integer: strip leading zeros (keep one)
    while (digits[0] == '0' && digits[1])
        digits++;
    out->kind = WF_CONST_INT;
    out->v.i.base = base;
    out->v.i.digits = wf_arena_strndup(arena, digits, strlen(digits));
    if (!out->v.i.digits)
        goto oom;
    {
        uint64_t v = 0;
        int fits = 1;
        for (const char *d = digits; *d; d++) {
            int dv = isdigit((unsigned char)*d) ? *d - '0' : (tolower((unsigned char)*d) - 'a' + 10);
            if (v > (UINT64_C(0x7FFFFFFFFFFFFFFF) - (uint64_t)dv) / (uint64_t)base) {
                fits = 0;
                break;
            }
            v = v * (uint64_t)base + (uint64_t)dv;
        }
        out->v.i.fits_i64 = fits;
        out->v.i.value = fits ? (int64_t)v : 0;
    }
done:
    if (clean != tmp)
        free(clean);
    return 0;
oom:
    if (clean != tmp)
        free(clean);
    return -1;
}

char *wf_lexer_int_decimal(WfArena *arena, const WfConst *c)
{
    const char *dg = c->v.i.digits;
    size_t nd_in = strlen(dg);
    if (c->v.i.base == 10)
        return wf_arena_strndup(arena, dg, nd_in);
    unsigned char *d = calloc(nd_in * 2 + 8, 1);
    if (!d)
        return NULL;
    int nd = 1;
    for (size_t i = 0; i < nd_in; i++) {
        int dv = isdigit((unsigned char)dg[i]) ? dg[i] - '0' : (tolower((unsigned char)dg[i]) - 'a' + 10);
        dec_muladd(d, &nd, c->v.i.base, dv);
    }
    while (nd > 1 && d[nd - 1] == 0)
        nd--;
    char *res = wf_arena_alloc(arena, (size_t)nd + 1);
    if (res)
        for (int i = 0; i < nd; i++)
            res[i] = (char)('0' + d[nd - 1 - i]);
    free(d);
    return res;
}

void wf_lexer_str_prefix(const char *text, int len, WfStrPrefix *out)
{
    memset(out, 0, sizeof *out);
    int i = 0;
    while (i < len && text[i] != '\'' && text[i] != '"') {
        int lc = text[i] | 0x20;
        if (lc == 'b') out->is_bytes = 1;
        else if (lc == 'r') out->is_raw = 1;
        else if (lc == 'f') out->is_f = 1;
        else if (lc == 'u') out->is_u = 1;
        i++;
    }
    out->prefix_len = i;
    int q = (len - i >= 6 && text[i] == text[i + 1] && text[i] == text[i + 2]) ? 3 : 1;
    out->quote_len = q;
    out->body_len = len - i - 2 * q;
}

static int buf_put(char **buf, size_t *blen, size_t *bcap, const char *s, size_t n)
{
    if (*blen + n + 1 > *bcap) {
        size_t nc = *bcap ? *bcap : 64;
        while (nc < *blen + n + 1)
            nc *= 2;
        char *nb = realloc(*buf, nc);
        if (!nb)
            return -1;
        *buf = nb;
        *bcap = nc;
    }
    memcpy(*buf + *blen, s, n);
    *blen += n;
    (*buf)[*blen] = 0;
    return 0;
}

// Encodes [cp] as UTF-8 (surrogates too, as 3 bytes).
static int put_cp(char **buf, size_t *blen, size_t *bcap, unsigned cp)
{
    char u[4];
    int k;
    if (cp < 0x80) { u[0] = (char)cp; k = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); k = 2; }
    else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)); k = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); k = 4;
    }
    return buf_put(buf, blen, bcap, u, (size_t)k);
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int wf_lexer_decode_str(const char *body, int len, int bytes, int raw,
                        char **buf, size_t *blen, size_t *bcap,
                        char *errmsg, size_t errcap, int *err_off)
{
    if (raw || !memchr(body, '\\', (size_t)len))
        return buf_put(buf, blen, bcap, body, (size_t)len);
    // positions in error messages count characters of the literal text
    int i = 0;
    while (i < len) {
        const char *bs = memchr(body + i, '\\', (size_t)(len - i));
        int j = bs ? (int)(bs - body) : len;
        if (j > i && buf_put(buf, blen, bcap, body + i, (size_t)(j - i)) < 0)
            return -1;
        if (j >= len)
            break;
        i = j + 1;
        if (i >= len) {
            snprintf(errmsg, errcap, bytes ? "(value error) \\ at end of string"
                                           : "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %d: \\ at end of string",
                     count_chars(body, (size_t)j));
            *err_off = j;
            return 1;
        }
        int c = (unsigned char)body[i++];
        unsigned v;
        char ch;
        switch (c) {
        case '\n': continue;
        case '\\': ch = '\\'; break;
        case '\'': ch = '\''; break;
        case '"': ch = '"'; break;
        case 'a': ch = 7; break;
        case 'b': ch = 8; break;
        case 'f': ch = 12; break;
        case 'n': ch = 10; break;
        case 'r': ch = 13; break;
        case 't': ch = 9; break;
        case 'v': ch = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = (unsigned)(c - '0');
            if (i < len && body[i] >= '0' && body[i] <= '7') {
                v = v * 8 + (unsigned)(body[i++] - '0');
                if (i < len && body[i] >= '0' && body[i] <= '7')
                    v = v * 8 + (unsigned)(body[i++] - '0');
            }
            if (bytes) {
                ch = (char)(v & 0xFF);
                break;
            }
            if (put_cp(buf, blen, bcap, v) < 0)
                return -1;
            continue;
        case 'x': case 'u': case 'U': {
            if (bytes && c != 'x')
                goto unknown;
            int nd = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            v = 0;
            int k;
            for (k = 0; k < nd && i + k < len && hexval((unsigned char)body[i + k]) >= 0; k++)
                v = v * 16 + (unsigned)hexval((unsigned char)body[i + k]);
            if (k < nd) {
                int p0 = count_chars(body, (size_t)j);
                int p1 = p0 + 1 + k;
                if (bytes)
                    snprintf(errmsg, errcap, "(value error) invalid \\x escape at position %d", p0);
                else
                    snprintf(errmsg, errcap,
                             "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated \\%s escape",
                             p0, p1, c == 'x' ? "xXX" : c == 'u' ? "uXXXX" : "UXXXXXXXX");
                *err_off = j;
                return 1;
            }
            i += nd;
            if (bytes) {
                ch = (char)v;
                break;
            }
            if (v > 0x10FFFF) {
                int p0 = count_chars(body, (size_t)j);
                snprintf(errmsg, errcap,
                         "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character",
                         p0, p0 + 9);
                *err_off = j;
                return 1;
            }
            if (put_cp(buf, blen, bcap, v) < 0)
                return -1;
            continue;
        }
        case 'N':
            if (!bytes) {
                int p0 = count_chars(body, (size_t)j);
                snprintf(errmsg, errcap,
                         "(unicode error) \\N escapes are not supported by Weft (position %d)", p0);
                *err_off = j;
                return 1;
            }
            goto unknown;
        default:
        unknown:
            // unknown escape: kept as is (CPython warns)
            if (buf_put(buf, blen, bcap, body + j, 1) < 0)
                return -1;
            i = j + 1;
            continue;
        }
        if (buf_put(buf, blen, bcap, &ch, 1) < 0)
            return -1;
    }
    return 0;
}
