// traceback.c — traceback objects and the uncaught-exception report,
// printed exactly as CPython 3.11 prints it: the __cause__/__context__
// chain, "File ..., line N, in f" entries with the source line and the
// ~~^~~ location carets, repeated-frame folding, SyntaxError's caret line,
// notes, "Did you mean" suggestions and the boxed ExceptionGroup layout.
// Invariant: a traceback chain runs outermost -> innermost through .next;
// source files are read once and cached for the life of the process.
// GIL rule: everything here runs with the GIL held (the cache is shared).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/exc_ext.h"
#include "runtime/exc_group.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/traceback.h"
#include "vm/tstate.h"

#define TB(v) ((WfTraceback *)(v))

// ---- the traceback type ------------------------------------------------------------------

static void tb_dealloc(WfValue self) {
    // Unlink the chain iteratively: deep recursion tracebacks are long.
    WfValue next = TB(self)->next;
    TB(self)->next = WF_NULL;
    wf_clear(&TB(self)->code);
    wf_object_free(self);
    while (next && !WF_IS_SMALLINT(next) && next->refcnt == 1 && wf_type(next) == &wf_traceback_type) {
        WfValue cur = next;
        next = TB(cur)->next;
        TB(cur)->next = WF_NULL;
        wf_clear(&TB(cur)->code);
        wf_object_free(cur);
    }
    wf_xdecref(next);
}

static WfValue tb_get_next(WfValue self) { return wf_newref(TB(self)->next ? TB(self)->next : WF_NONE); }

static int tb_set_next(WfValue self, WfValue v) {
    if (!v) {
        wf_err_set_str(wf_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v != WF_NONE && (WF_IS_SMALLINT(v) || wf_type(v) != &wf_traceback_type)) {
        wf_err_format(wf_TypeError, "expected traceback object, got '%s'", wf_type_name(v));
        return -1;
    }
    for (WfValue c = v; c != WF_NONE && c; c = TB(c)->next) {
        if (c == self) {
            wf_err_set_str(wf_ValueError, "traceback loop detected");
            return -1;
        }
    }
    wf_setref(&TB(self)->next, v == WF_NONE ? WF_NULL : v);
    return 0;
}

static WfValue tb_get_lineno(WfValue self) { return wf_int_from_i64(TB(self)->line); }
static WfValue tb_get_lasti(WfValue self) { return wf_int_from_i64((int64_t)TB(self)->instr * 2); }
static WfValue tb_get_frame(WfValue self) { return wf_newref(WF_NONE); }
static WfValue tb_get_code(WfValue self) { return wf_newref(TB(self)->code ? TB(self)->code : WF_NONE); }

static const WfGetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL},
    {"tb_code", tb_get_code, NULL, "the code object of the entry (Weft: tracebacks keep no frames)"},
    {NULL, NULL, NULL, NULL},
};

WfType wf_traceback_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "traceback",
    .basicsize = sizeof(WfTraceback),
    .dealloc = tb_dealloc,
    .getsets = tb_getsets,
};

int wf_traceback_add(WfValue exc, WfValue code, int line, int instr) {
    if (!wf_is_exception(exc)) return 0;
    WfValue old = wf_exc_traceback(exc);
    if (!old) wf_exc_note_name_error_frame(exc);   // innermost entry: the frame is current
    WfValue tb = wf_object_alloc(&wf_traceback_type, sizeof(WfTraceback));
    if (!tb) return -1;
    TB(tb)->next = old ? wf_newref(old) : WF_NULL;
    TB(tb)->code = code ? wf_newref(code) : WF_NULL;
    TB(tb)->line = line;
    TB(tb)->instr = instr;
    wf_exc_set_traceback(exc, tb);
    wf_decref(tb);
    return 0;
}

// ---- source lines -----------------------------------------------------------------------

typedef struct SrcFile {
    char *name;
    char *data;             // the whole file (NULL when unreadable)
    size_t *starts;         // byte offset of each line
    size_t nlines, size;
    struct SrcFile *next;
} SrcFile;

static SrcFile *src_cache;

static bool valid_utf8(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t len;
        uint32_t cp;
        if (c < 0x80) { i++; continue; }
        if ((c & 0xe0) == 0xc0) { len = 2; cp = c & 0x1f; }
        else if ((c & 0xf0) == 0xe0) { len = 3; cp = c & 0x0f; }
        else if ((c & 0xf8) == 0xf0) { len = 4; cp = c & 0x07; }
        else return false;
        if (i + len > n) return false;
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xc0) != 0x80) return false;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += len;
    }
    return true;
}

static SrcFile *load_source(const char *name) {
    for (SrcFile *f = src_cache; f; f = f->next)
        if (strcmp(f->name, name) == 0) return f;
    SrcFile *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    f->name = strdup(name);
    if (!f->name) {
        free(f);
        return NULL;
    }
    FILE *fp = name[0] == '<' ? NULL : fopen(name, "rb");
    if (fp) {
        size_t cap = 4096, len = 0;
        char *buf = malloc(cap);
        size_t got;
        while (buf && (got = fread(buf + len, 1, cap - len, fp)) > 0) {
            len += got;
            if (len == cap) {
                char *nb = realloc(buf, cap * 2);
                if (!nb) {
                    free(buf);
                    buf = NULL;
                    break;
                }
                buf = nb;
                cap *= 2;
            }
        }
        fclose(fp);
        if (buf) {
            size_t n = 1;
            for (size_t i = 0; i < len; i++)
                if (buf[i] == '\n') n++;
            f->starts = malloc(n * sizeof *f->starts);
            if (f->starts) {
                f->data = buf;
                f->size = len;
                f->starts[0] = 0;
                f->nlines = 1;
                for (size_t i = 0; i < len; i++)
                    if (buf[i] == '\n') f->starts[f->nlines++] = i + 1;
                if (f->starts[f->nlines - 1] == len) f->nlines--;   // no line after the final newline
            } else {
                free(buf);
            }
        }
    }
    f->next = src_cache;
    src_cache = f;
    return f;
}

// Line [lineno] (1-based) of [filename] without its line ending; false when
// unavailable (unreadable file, no such line, not UTF-8).
static bool source_line(const char *filename, int lineno, const char **out, size_t *len) {
    if (!filename || lineno < 1) return false;
    SrcFile *f = load_source(filename);
    if (!f || !f->data || (size_t)lineno > f->nlines) return false;
    size_t s = f->starts[lineno - 1];
    size_t e = (size_t)lineno < f->nlines ? f->starts[lineno] : f->size;
    if (e > s && f->data[e - 1] == '\n') e--;
    if (e > s && f->data[e - 1] == '\r') e--;
    if (!valid_utf8((const unsigned char *)f->data + s, e - s)) return false;
    *out = f->data + s;
    *len = e - s;
    return true;
}

// Number of code points in the first [n] bytes of [s].
static size_t char_count(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80) c++;
    return c;
}

// ---- caret anchors: a small scanner for the failing expression --------------------------------
//
// CPython 3.11 re-parses the failing expression's source segment; for a
// binary operation it marks the operands with '~' and the operator with
// '^', for a subscript the value with '~' and "[...]" with '^'. We find
// the same anchors with a tokenizer and the operator-precedence rules.

enum { TK_NAME, TK_KEYWORD, TK_NUMBER, TK_STRING, TK_OP, TK_OPEN, TK_CLOSE };

typedef struct Tok {
    int kind;
    size_t start, end;     // byte offsets in the segment
    int match;             // for brackets: index of the partner
    int depth;             // bracket depth (0 = top level)
} Tok;

#define MAX_TOKS 512

static bool is_ident_byte(unsigned char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static bool is_string_prefix(const char *s, size_t n) {
    if (n == 0 || n > 2) return false;
    char a = (char)(s[0] | 0x20), b = n == 2 ? (char)(s[1] | 0x20) : 0;
    if (n == 1) return a == 'r' || a == 'b' || a == 'u' || a == 'f';
    return (a == 'r' && (b == 'b' || b == 'f')) || ((a == 'b' || a == 'f') && b == 'r');
}

static bool is_keyword(const char *s, size_t n) {
    static const char *const kws[] = {"and", "as", "assert", "async", "await", "break", "class", "continue",
                                      "def", "del", "elif", "else", "except", "finally", "for", "from",
                                      "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
                                      "or", "pass", "raise", "return", "try", "while", "with", "yield"};
    for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++)
        if (strlen(kws[i]) == n && memcmp(kws[i], s, n) == 0) return true;
    return false;
}

// Tokenizes [s]; returns the token count or -1 when the text is not a
// well-formed single-line expression we understand.
static int tokenize(const char *s, size_t n, Tok *toks) {
    static const char *const ops3[] = {"**=", "//=", ">>=", "<<=", "..."};
    static const char *const ops2[] = {"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=",
                                       "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="};
    int nt = 0, depth = 0;
    int stack[64];
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\f') { i++; continue; }
        if (c == '#' || c == '\\' || c == '\n' || c == '\r') return -1;
        if (nt == MAX_TOKS) return -1;
        Tok *t = &toks[nt];
        t->start = i;
        t->match = -1;
        t->depth = depth;
        if (is_ident_byte(c) && !(c >= '0' && c <= '9')) {
            size_t j = i;
            while (j < n && is_ident_byte((unsigned char)s[j])) j++;
            if (j < n && (s[j] == '\'' || s[j] == '"') && is_string_prefix(s + i, j - i)) {
                i = j;
                goto string;
            }
            t->kind = is_keyword(s + i, j - i) ? TK_KEYWORD : TK_NAME;
            t->end = j;
            i = j;
            nt++;
            continue;
        }
        if ((c >= '0' && c <= '9') || (c == '.' && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9')) {
            size_t j = i;
            bool hex = c == '0' && i + 1 < n && (s[i + 1] == 'x' || s[i + 1] == 'X');
            while (j < n) {
                char d = s[j];
                if (is_ident_byte((unsigned char)d) || d == '.') j++;
                else if ((d == '+' || d == '-') && !hex && (s[j - 1] == 'e' || s[j - 1] == 'E')) j++;
                else break;
            }
            t->kind = TK_NUMBER;
            t->end = j;
            i = j;
            nt++;
            continue;
        }
        if (c == '\'' || c == '"') {
        string:;
            char q = s[i];
            bool triple = i + 2 < n && s[i + 1] == q && s[i + 2] == q;
            size_t j = i + (triple ? 3 : 1);
            bool closed = false;
            while (j < n) {
                if (s[j] == '\\') { j += 2; continue; }
                if (s[j] == q) {
                    if (!triple) { j++; closed = true; break; }
                    if (j + 2 < n && s[j + 1] == q && s[j + 2] == q) { j += 3; closed = true; break; }
                }
                j++;
            }
            if (!closed) return -1;
            t->kind = TK_STRING;
            t->end = j;
            i = j;
            nt++;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth == 64) return -1;
            t->kind = TK_OPEN;
            t->end = i + 1;
            stack[depth++] = nt;
            i++;
            nt++;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) return -1;
            int o = stack[--depth];
            char want = s[toks[o].start] == '(' ? ')' : s[toks[o].start] == '[' ? ']' : '}';
            if ((char)c != want) return -1;
            t->kind = TK_CLOSE;
            t->end = i + 1;
            t->depth = depth;
            t->match = o;
            toks[o].match = nt;
            i++;
            nt++;
            continue;
        }
        size_t len = 0;
        for (size_t k = 0; k < sizeof ops3 / sizeof ops3[0] && !len; k++)
            if (i + 3 <= n && memcmp(s + i, ops3[k], 3) == 0) len = 3;
        for (size_t k = 0; k < sizeof ops2 / sizeof ops2[0] && !len; k++)
            if (i + 2 <= n && memcmp(s + i, ops2[k], 2) == 0) len = 2;
        if (!len && strchr("+-*/%@&|^~<>=.,:;", c)) len = 1;
        if (!len) return -1;
        t->kind = TK_OP;
        t->end = i + len;
        i += len;
        nt++;
    }
    if (depth != 0) return -1;
    return nt;
}

static bool tok_is(const char *s, const Tok *t, const char *text) {
    size_t n = strlen(text);
    return t->end - t->start == n && memcmp(s + t->start, text, n) == 0;
}

// Does a token end an operand (so that a following +/- is binary)?
static bool ends_operand(const char *s, const Tok *t) {
    if (t->kind == TK_NAME || t->kind == TK_NUMBER || t->kind == TK_STRING || t->kind == TK_CLOSE) return true;
    return t->kind == TK_OP && tok_is(s, t, "...");
}

// Is the bracket pair toks[open..close] a plain parenthesized expression
// (not a tuple, generator expression or empty pair)?
static bool transparent_parens(const char *s, const Tok *toks, int open, int close) {
    if (s[toks[open].start] != '(' || close == open + 1) return false;
    int d = toks[open].depth + 1;
    for (int k = open + 1; k < close; k++) {
        if (toks[k].depth != d) continue;
        if (toks[k].kind == TK_OP && tok_is(s, &toks[k], ",")) return false;
        if (toks[k].kind == TK_KEYWORD && (tok_is(s, &toks[k], "for") || tok_is(s, &toks[k], "yield")))
            return false;
    }
    return true;
}

static int binop_level(const char *s, const Tok *t) {
    static const struct { const char *op; int level; } levels[] = {
        {"|", 1}, {"^", 2}, {"&", 3}, {"<<", 4}, {">>", 4}, {"+", 5}, {"-", 5},
        {"*", 6}, {"/", 6}, {"//", 6}, {"%", 6}, {"@", 6}, {"**", 8},
    };
    for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++)
        if (tok_is(s, t, levels[i].op)) return levels[i].level;
    return 0;
}

// Finds the anchors of the expression toks[lo..hi) of segment [s] (byte
// offsets, relative to the segment). Returns 1 with *left/*right set, 0
// when the expression is neither a binary operation nor a subscript.
static int find_anchors(const char *s, size_t n, const Tok *toks, int lo, int hi, size_t *left, size_t *right) {
    if (lo >= hi) return 0;
    int d0 = toks[lo].depth;
    // A wholly parenthesized expression: look inside.
    if (toks[lo].kind == TK_OPEN && toks[lo].match == hi - 1) {
        if (!transparent_parens(s, toks, lo, hi - 1)) return 0;
        return find_anchors(s, n, toks, lo + 1, hi - 1, left, right);
    }
    int best = -1, best_level = 100;
    bool leading_unary = false;
    for (int k = lo; k < hi; k++) {
        const Tok *t = &toks[k];
        if (t->depth != d0 || t->kind == TK_OPEN || t->kind == TK_CLOSE) continue;
        if (t->kind == TK_KEYWORD) {
            if (tok_is(s, t, "await")) continue;
            return 0;   // lambda, conditional, boolean, comparison, statement...
        }
        if (t->kind != TK_OP || tok_is(s, t, "...") || tok_is(s, t, ".")) continue;
        int level = binop_level(s, t);
        bool binary = level && k > lo && ends_operand(s, &toks[k - 1]);
        if (!binary) {
            if (tok_is(s, t, "+") || tok_is(s, t, "-") || tok_is(s, t, "~")) {
                if (k == lo) leading_unary = true;
                continue;
            }
            return 0;   // comparison, comma, assignment, star-expression...
        }
        // Left-associative levels: the last operator is the top node;
        // ** is right-associative: the first one is.
        if (level < best_level || (level == best_level && level != 8)) {
            best = k;
            best_level = level;
        }
    }
    if (best >= 0) {
        if (best_level == 8 && leading_unary) return 0;   // -a ** b is a unary minus
        const Tok *op = &toks[best];
        *left = op->start;
        *right = op->start + 1;
        if (op->end - op->start == 2) {
            *right = op->start + 2;
        } else if (best + 1 < hi && toks[best + 1].start == op->end && toks[best + 1].kind == TK_OPEN &&
                   toks[best + 1].match == hi - 1 && transparent_parens(s, toks, best + 1, hi - 1)) {
            // CPython 3.11 counts the '(' of a parenthesized right operand as
            // part of the operator ("a*(b)" -> "~^^~~").
            *right = op->start + 2;
        }
        return 1;
    }
    if (leading_unary || toks[lo].kind == TK_KEYWORD) return 0;
    const Tok *last = &toks[hi - 1];
    if (last->kind == TK_CLOSE && s[last->start] == ']' && last->match > lo &&
        ends_operand(s, &toks[last->match - 1])) {
        *left = toks[last->match].start;
        *right = n;
        return 1;
    }
    return 0;
}

// Anchors of segment [seg] in code points relative to the segment start.
static bool segment_anchors(const char *seg, size_t n, size_t *left, size_t *right) {
    Tok *toks = malloc(MAX_TOKS * sizeof *toks);
    if (!toks) return false;
    int nt = tokenize(seg, n, toks);
    size_t l = 0, r = 0;
    bool ok = nt > 0 && find_anchors(seg, n, toks, 0, nt, &l, &r) == 1;
    free(toks);
    if (!ok) return false;
    *left = char_count(seg, l);
    *right = char_count(seg, r);
    return true;
}

// ---- the printer --------------------------------------------------------------------------

typedef struct PrintCtx {
    WfStrBuf *b;
    int depth;              // exception group nesting (0 outside groups)
    bool need_close;
    WfValue *seen;          // exceptions already printed (borrowed pointers)
    size_t nseen, capseen;
    size_t *chunks;         // buffer offsets where format_exception's strings end
    size_t nchunks, capchunks;
    int limit;              // sys.tracebacklimit
} PrintCtx;

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10
#define RECURSIVE_CUTOFF 3

static void end_chunk(PrintCtx *c) {
    if (c->nchunks && c->chunks[c->nchunks - 1] == c->b->len) return;
    if (c->nchunks == c->capchunks) {
        size_t cap = c->capchunks ? 2 * c->capchunks : 32;
        size_t *p = realloc(c->chunks, cap * sizeof *p);
        if (!p) return;
        c->chunks = p;
        c->capchunks = cap;
    }
    c->chunks[c->nchunks++] = c->b->len;
}

static bool seen_has(PrintCtx *c, WfValue v) {
    for (size_t i = 0; i < c->nseen; i++)
        if (c->seen[i] == v) return true;
    return false;
}

static void seen_add(PrintCtx *c, WfValue v) {
    if (c->nseen == c->capseen) {
        size_t cap = c->capseen ? 2 * c->capseen : 16;
        WfValue *p = realloc(c->seen, cap * sizeof *p);
        if (!p) return;
        c->seen = p;
        c->capseen = cap;
    }
    c->seen[c->nseen++] = v;
}

static void put(PrintCtx *c, const char *s) { wf_strbuf_append_cstr(c->b, s); }
static void putn(PrintCtx *c, const char *s, size_t n) { wf_strbuf_append(c->b, s, n); }

static void put_indent(PrintCtx *c) {
    for (int i = 0; i < 2 * c->depth; i++) wf_strbuf_append_char(c->b, ' ');
}

// The indentation of the group box, then "| " inside a group.
static void put_margin(PrintCtx *c) {
    put_indent(c);
    if (c->depth) put(c, "| ");
}

// Appends str(v) (or [fallback] when str() fails). May run Weft code.
static void put_str_of(PrintCtx *c, WfValue v, const char *fallback) {
    WfValue s = wf_str(v);
    if (!s) {
        wf_err_clear();
        put(c, fallback);
        return;
    }
    putn(c, wf_str_cstr(s), WF_STR_LEN(s));
    wf_decref(s);
}

static const char *code_cstr(WfValue v, const char *fallback) {
    return v && wf_is_str(v) ? wf_str_cstr(v) : fallback;
}

static void put_carets(PrintCtx *c, const WfCode *code, int instr, int line, const char *src, size_t len) {
    if (!code->positions || instr < 0 || (size_t)instr >= code->ninstrs) return;
    WfPos pos = code->positions[instr];
    if (pos.line != line || pos.end_line < pos.line || pos.col < 0 || pos.end_col < 0) return;
    size_t lead = 0;
    while (lead < len && (src[lead] == ' ' || src[lead] == '\t' || src[lead] == '\f')) lead++;
    size_t total_chars = char_count(src, len);
    size_t lead_chars = lead;   // whitespace is ASCII
    size_t col = (size_t)pos.col > len ? len : (size_t)pos.col;
    size_t start = char_count(src, col);
    size_t end;
    bool anchors = false;
    size_t left = 0, right = 0;
    if (pos.end_line == pos.line) {
        size_t ecol = (size_t)pos.end_col > len ? len : (size_t)pos.end_col;
        end = char_count(src, ecol);
        if (end > start && segment_anchors(src + col, ecol > col ? ecol - col : 0, &left, &right)) {
            anchors = true;
            left += start;
            right += start;
        }
    } else {
        // A multi-line expression: up to the last non-blank character of its first line.
        size_t i = len;
        while (i > 0 && (src[i - 1] == ' ' || src[i - 1] == '\t' || src[i - 1] == '\f')) i--;
        end = char_count(src, i);
    }
    if (end <= start) return;
    if (end - start == total_chars - lead_chars && !anchors) return;   // spans the whole line
    put_margin(c);
    long spaces = 4 + (long)start - (long)lead_chars;
    for (long i = 0; i < spaces; i++) wf_strbuf_append_char(c->b, ' ');
    for (size_t k = start; k < end; k++)
        wf_strbuf_append_char(c->b, !anchors ? '^' : (k >= left && k < right) ? '^' : '~');
    wf_strbuf_append_char(c->b, '\n');
}

static void put_entry(PrintCtx *c, WfTraceback *tb) {
    WfCode *code = (tb->code && wf_is_code(tb->code)) ? (WfCode *)tb->code : NULL;
    const char *filename = code ? code_cstr(code->filename, "???") : "???";
    const char *name = code ? code_cstr(code->name, "???") : "???";
    put_margin(c);
    wf_strbuf_printf(c->b, "  File \"%s\", line %d, in %s\n", filename, tb->line, name);
    const char *src;
    size_t len;
    if (code && source_line(filename, tb->line, &src, &len)) {
        size_t lead = 0;
        while (lead < len && (src[lead] == ' ' || src[lead] == '\t' || src[lead] == '\f')) lead++;
        put_margin(c);
        put(c, "    ");
        putn(c, src + lead, len - lead);
        put(c, "\n");
        put_carets(c, code, tb->instr, tb->line, src, len);
    }
    end_chunk(c);
}

static void put_repeated(PrintCtx *c, long count) {
    count -= RECURSIVE_CUTOFF;
    wf_strbuf_printf(c->b, "  [Previous line repeated %ld more time%s]\n", count, count > 1 ? "s" : "");
    end_chunk(c);
}

static bool same_str(WfValue a, WfValue b) {
    if (a == b) return true;
    if (!a || !b || !wf_is_str(a) || !wf_is_str(b)) return false;
    return wf_str_eq(a, b);
}

static void put_traceback(PrintCtx *c, WfValue tb, const char *header_margin, const char *header) {
    if (c->limit <= 0) return;
    put_indent(c);
    put(c, header_margin);
    put(c, header);
    end_chunk(c);
    size_t depth = 0;
    for (WfValue t = tb; t; t = TB(t)->next) depth++;
    while (tb && depth > (size_t)c->limit) {
        depth--;
        tb = TB(tb)->next;
    }
    WfValue last_file = WF_NULL, last_name = WF_NULL;
    int last_line = -1;
    long count = 0;
    for (; tb; tb = TB(tb)->next) {
        WfTraceback *e = TB(tb);
        WfCode *code = (e->code && wf_is_code(e->code)) ? (WfCode *)e->code : NULL;
        WfValue file = code ? code->filename : WF_NULL, name = code ? code->name : WF_NULL;
        if (!last_file || !same_str(file, last_file) || last_line == -1 || e->line != last_line ||
            !last_name || !same_str(name, last_name)) {
            if (count > RECURSIVE_CUTOFF) put_repeated(c, count);
            last_file = file ? file : WF_NONE;
            last_line = e->line;
            last_name = name ? name : WF_NONE;
            count = 0;
        }
        count++;
        if (count <= RECURSIVE_CUTOFF) put_entry(c, e);
    }
    if (count > RECURSIVE_CUTOFF) put_repeated(c, count);
}

// Reads attribute [name] as a C integer; false when absent/None/not an int.
static bool attr_int(WfValue obj, const char *name, int64_t *out, bool *is_none) {
    WfValue v = wf_getattr_cstr(obj, name);
    if (!v) {
        wf_err_clear();
        return false;
    }
    bool ok = false;
    if (is_none) *is_none = v == WF_NONE;
    if (wf_is_int(v)) ok = wf_int_to_i64(v, out) == 0;
    if (!ok && wf_err_occurred()) wf_err_clear();
    wf_decref(v);
    return ok;
}

// The offending source line of a SyntaxError and its ^ marker line, from
// the 1-based [offset] and [end_offset] (CPython's print_error_text rules).
static void put_error_text(PrintCtx *c, const char *t, int64_t line_size, int64_t offset, int64_t end_offset) {
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    int64_t reps = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    int64_t off = offset - 1;
    while (*t == ' ' || *t == '\t' || *t == '\f') {
        t++;
        off--;
    }
    int64_t len = (int64_t)strlen(t);
    if (len > 0 && t[len - 1] == '\n') len--;
    if (off > len) off = len;
    for (;;) {
        const char *nl = strchr(t, '\n');
        if (!nl) break;
        int64_t inl = nl - t;
        if (inl >= off) break;
        inl += 1;
        t += inl;
        len -= inl;
        off -= inl;
    }
    put(c, "    ");
    put(c, t);
    if (t[len] != '\n') put(c, "\n");
    if (off < 0) return;
    put(c, "    ");
    for (int64_t i = 0; i < off; i++) wf_strbuf_append_char(c->b, ' ');
    for (int64_t i = 0; i < reps; i++) wf_strbuf_append_char(c->b, '^');
    put(c, "\n");
}

// SyntaxError's "  File ..., line N" + source + caret lines. On success the
// message to print becomes exc.msg (*msg_out, a new reference).
static bool put_syntax_error_location(PrintCtx *c, WfValue exc, WfValue *msg_out) {
    WfValue pfl;
    int r = wf_getattr_opt(exc, WF_ID(print_file_and_line), &pfl);
    if (r <= 0) {
        if (r < 0) wf_err_clear();
        return false;
    }
    wf_decref(pfl);
    WfValue msg = wf_getattr_cstr(exc, "msg");
    if (!msg) {
        wf_err_clear();
        return false;
    }
    WfValue filename = wf_getattr_cstr(exc, "filename");
    if (!filename) {
        wf_err_clear();
        wf_decref(msg);
        return false;
    }
    int64_t lineno = 0, offset = -1, end_lineno = 0, end_offset = -1;
    bool none = false;
    if (!attr_int(exc, "lineno", &lineno, NULL)) {
        wf_decref(msg);
        wf_decref(filename);
        return false;
    }
    if (!attr_int(exc, "offset", &offset, &none)) {
        if (!none) {
            wf_decref(msg);
            wf_decref(filename);
            return false;
        }
        offset = -1;
    }
    end_lineno = lineno;
    if (wf_type(exc) == wf_SyntaxError) {
        if (!attr_int(exc, "end_lineno", &end_lineno, NULL)) end_lineno = lineno;
        if (!attr_int(exc, "end_offset", &end_offset, NULL)) end_offset = -1;
    }
    WfValue text = wf_getattr_cstr(exc, "text");
    if (!text) wf_err_clear();

    put_margin(c);
    put(c, "  File \"");
    if (filename == WF_NONE) put(c, "<string>");
    else put_str_of(c, filename, "<string>");
    wf_strbuf_printf(c->b, "\", line %lld\n", (long long)lineno);
    wf_decref(filename);

    if (text && text != WF_NONE && wf_is_str(text)) {
        int64_t line_size = (int64_t)WF_STR_LEN(text);
        if (end_lineno > lineno) end_offset = line_size;
        put_error_text(c, wf_str_cstr(text), line_size, offset, end_offset);
    }
    wf_xdecref(text);
    end_chunk(c);
    *msg_out = msg;
    return true;
}

// "ValueError: msg" with the module prefix of non-builtin classes.
static void put_exc_type_name(PrintCtx *c, WfType *t) {
    WfValue mod = wf_getattr_cstr(WF_TYPE_VALUE(t), "__module__");
    if (!mod || !wf_is_str(mod)) {
        if (!mod) wf_err_clear();
        put(c, "<unknown>.");
    } else if (!wf_str_eq_cstr(mod, "builtins") && !wf_str_eq_cstr(mod, "__main__")) {
        putn(c, wf_str_cstr(mod), WF_STR_LEN(mod));
        put(c, ".");
    }
    wf_xdecref(mod);
    WfValue qn = wf_getattr_cstr(WF_TYPE_VALUE(t), "__qualname__");
    if (qn && wf_is_str(qn)) {
        putn(c, wf_str_cstr(qn), WF_STR_LEN(qn));
    } else {
        if (!qn) wf_err_clear();
        put(c, wf_type_name_of(t));
    }
    wf_xdecref(qn);
}

static void put_notes(PrintCtx *c, WfValue exc) {
    WfValue notes;
    int r = wf_getattr_opt(exc, WF_ID(__notes__), &notes);
    if (r <= 0) {
        if (r < 0) wf_err_clear();
        return;
    }
    bool seq = wf_is_list(notes) || wf_is_tuple(notes) || wf_is_str(notes) ||
               (!wf_is_dict(notes) && wf_type(notes)->getitem != NULL);
    if (!seq) {
        put_margin(c);
        WfValue s = wf_repr(notes);
        if (!s) {
            wf_err_clear();
            put(c, "<__notes__ repr() failed>");
        } else {
            putn(c, wf_str_cstr(s), WF_STR_LEN(s));
            wf_decref(s);
        }
        wf_decref(notes);
        end_chunk(c);
        return;
    }
    WfValue items = wf_list_from_iterable(notes);
    wf_decref(notes);
    if (!items) {
        wf_err_clear();
        return;
    }
    for (size_t i = 0; i < WF_LIST_LEN(items); i++) {
        WfValue s = wf_str(WF_LIST_ITEMS(items)[i]);
        if (!s) {
            wf_err_clear();
            put(c, "<note str() failed>");
        } else {
            // splitlines(keepends=True), each line behind the margin.
            const char *p = wf_str_cstr(s), *e = p + WF_STR_LEN(s);
            while (p < e) {
                const char *q = p;
                while (q < e && *q != '\n' && *q != '\r') q++;
                if (q < e) q += (*q == '\r' && q + 1 < e && q[1] == '\n') ? 2 : 1;
                put_margin(c);
                putn(c, p, (size_t)(q - p));
                p = q;
            }
            wf_decref(s);
        }
        put(c, "\n");
        end_chunk(c);
    }
    wf_decref(items);
}

static void put_exception(PrintCtx *c, WfValue exc) {
    if (!wf_is_exception(exc)) {
        put_margin(c);
        wf_strbuf_printf(c->b, "TypeError: print_exception(): Exception expected for value, %s found\n",
                         wf_type_name(exc));
        end_chunk(c);
        return;
    }
    WfValue tb = wf_exc_traceback(exc);
    if (tb) {
        const char *header = "Traceback (most recent call last):\n";
        const char *header_margin = c->depth ? "| " : "";
        if (wf_is_exc_group(exc)) {
            header = "Exception Group Traceback (most recent call last):\n";
            if (c->depth == 1) header_margin = "+ ";
        }
        put_traceback(c, tb, header_margin, header);
    }
    WfType *type = wf_type(exc);
    WfValue msg = WF_NULL;
    bool syntax = put_syntax_error_location(c, exc, &msg);
    WfValue value = syntax ? msg : exc;
    put_margin(c);
    put_exc_type_name(c, type);
    if (value != WF_NONE) {
        WfValue s = wf_str(value);
        if (!s) {
            wf_err_clear();
            put(c, ": <exception str() failed>");
        } else {
            if (WF_STR_LEN(s) != 0) put(c, ": ");
            putn(c, wf_str_cstr(s), WF_STR_LEN(s));
            wf_decref(s);
        }
    }
    if (!syntax) {
        WfValue sugg = wf_exc_suggestion(exc);
        if (sugg) {
            put(c, ". Did you mean: '");
            put_str_of(c, sugg, "");
            put(c, "'?");
            wf_decref(sugg);
        }
        if (wf_err_occurred()) wf_err_clear();
    }
    put(c, "\n");
    end_chunk(c);
    if (!syntax) put_notes(c, exc);
    wf_xdecref(msg);
}

static void put_recursive(PrintCtx *c, WfValue exc);

static void put_chained(PrintCtx *c, WfValue exc, const char *message) {
    bool need_close = c->need_close;
    put_recursive(c, exc);
    c->need_close = need_close;
    put_margin(c);
    put(c, "\n");
    put_margin(c);
    put(c, message);
    put_margin(c);
    put(c, "\n");
    end_chunk(c);
}

static void put_group(PrintCtx *c, WfValue exc) {
    if (c->depth > MAX_GROUP_DEPTH) {
        put_margin(c);
        wf_strbuf_printf(c->b, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        end_chunk(c);
        return;
    }
    if (c->depth == 0) c->depth++;
    put_exception(c, exc);
    WfValue excs = ((WfException *)exc)->extra;
    size_t num = (excs && wf_is_tuple(excs)) ? WF_TUPLE_LEN(excs) : 0;
    size_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) c->need_close = true;
        put_indent(c);
        bool truncated = i >= MAX_GROUP_WIDTH;
        if (!truncated)
            wf_strbuf_printf(c->b, "%s+---------------- %zu ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        else
            wf_strbuf_printf(c->b, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        end_chunk(c);
        c->depth++;
        if (!truncated) {
            if (wf_enter_recursive_call(" in print_exception_group") == 0) {
                put_recursive(c, WF_TUPLE_GET(excs, i));
                wf_leave_recursive_call();
            } else {
                wf_err_clear();
            }
        } else {
            size_t remaining = num - MAX_GROUP_WIDTH;
            put_margin(c);
            wf_strbuf_printf(c->b, "and %zu more exception%s\n", remaining, remaining > 1 ? "s" : "");
            end_chunk(c);
        }
        if (last && c->need_close) {
            put_indent(c);
            put(c, "+------------------------------------\n");
            end_chunk(c);
            c->need_close = false;
        }
        c->depth--;
    }
    if (c->depth == 1) c->depth--;
}

static void put_recursive(PrintCtx *c, WfValue exc) {
    if (wf_enter_recursive_call(" in print_exception_recursive") < 0) {
        wf_err_clear();
        return;
    }
    seen_add(c, exc);
    if (wf_is_exception(exc)) {
        WfValue cause = wf_exc_cause(exc);
        WfValue context = wf_exc_context(exc);
        if (cause) {
            if (!seen_has(c, cause))
                put_chained(c, cause, "The above exception was the direct cause of the following exception:\n");
        } else if (context && !((WfException *)exc)->suppress_context) {
            if (!seen_has(c, context))
                put_chained(c, context, "During handling of the above exception, another exception occurred:\n");
        }
    }
    if (wf_is_exc_group(exc)) put_group(c, exc);
    else put_exception(c, exc);
    wf_leave_recursive_call();
}

static int traceback_limit(void) {
    if (!wf_interp.sys) return 1000;
    WfValue d = wf_module_dict(wf_interp.sys);
    if (!d || !wf_is_dict(d)) return 1000;
    WfValue v = wf_dict_get_str_borrowed(d, WF_ID(tracebacklimit));
    int64_t n;
    if (!v || !wf_is_int(v)) return 1000;
    if (wf_int_to_i64(v, &n) < 0) {
        wf_err_clear();
        return 1000;
    }
    return n < 0 ? 0 : n > 1000000 ? 1000000 : (int)n;
}

// Renders [exc] into [b]; *ctx keeps the chunk boundaries. Preserves any
// pending exception.
static void render(WfValue exc, WfStrBuf *b, PrintCtx *c) {
    memset(c, 0, sizeof *c);
    c->b = b;
    c->limit = traceback_limit();
    WfValue saved = wf_err_fetch();
    wf_incref(exc);
    put_recursive(c, exc);
    wf_decref(exc);
    if (wf_err_occurred()) wf_err_clear();
    wf_err_restore_steal(saved);
    free(c->seen);
}

void wf_traceback_print(WfValue exc, FILE *out) {
    fflush(stdout);
    WfStrBuf b;
    wf_strbuf_init(&b);
    PrintCtx c;
    render(exc, &b, &c);
    free(c.chunks);
    if (b.data && b.len) fwrite(b.data, 1, b.len, out);
    fflush(out);
    wf_strbuf_free(&b);
}

WfValue wf_traceback_format(WfValue exc) {
    WfStrBuf b;
    wf_strbuf_init(&b);
    PrintCtx c;
    render(exc, &b, &c);
    WfValue list = WF_NULL;
    if (b.failed) {
        wf_err_no_memory();
        goto done;
    }
    list = wf_list_new(0);
    if (!list) goto done;
    size_t start = 0;
    for (size_t i = 0; i <= c.nchunks; i++) {
        size_t end = i < c.nchunks ? c.chunks[i] : b.len;
        if (end <= start) continue;
        WfValue s = wf_str_from_utf8(b.data + start, end - start);
        if (!s || wf_list_append_steal(list, s) < 0) {
            wf_clear(&list);
            goto done;
        }
        start = end;
    }
done:
    free(c.chunks);
    wf_strbuf_free(&b);
    return list;
}
