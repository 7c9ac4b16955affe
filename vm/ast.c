// ast.c - the AST arena, node constructor, kind names, and wf_ast_dump, which
// prints a tree exactly as CPython 3.11's ast.dump(tree) does (the parser's
// tests compare the two texts). No semantics live here.
// GIL: not needed.
#include "ast.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------------------
// arena
// ---------------------------------------------------------------------------

#define ARENA_CHUNK 32768
#define ARENA_ALIGN 16

typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t size, used;
    // data follows, aligned
} ArenaChunk;

struct WfArena {
    ArenaChunk *head;
};

#define CHUNK_HDR ((sizeof(ArenaChunk) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))

WfArena *wf_arena_new(void)
{
    return calloc(1, sizeof(WfArena));
}

void *wf_arena_alloc(WfArena *arena, size_t size)
{
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size == 0)
        size = ARENA_ALIGN;
    ArenaChunk *c = arena->head;
    if (!c || c->size - c->used < size) {
        size_t cap = size > ARENA_CHUNK / 4 ? size : ARENA_CHUNK;
        ArenaChunk *nc = malloc(CHUNK_HDR + cap);
        if (!nc)
            return NULL;
        nc->size = cap;
        nc->used = 0;
        if (size > ARENA_CHUNK / 4 && c) {
            // big block: keep the current chunk at the head for small allocations
            nc->next = c->next;
            c->next = nc;
        } else {
            nc->next = c;
            arena->head = nc;
        }
        c = nc;
    }
    void *p = (char *)c + CHUNK_HDR + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *wf_arena_strndup(WfArena *arena, const char *s, size_t len)
{
    char *p = wf_arena_alloc(arena, len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = 0;
    }
    return p;
}

void wf_arena_free(WfArena *arena)
{
    if (!arena)
        return;
    ArenaChunk *c = arena->head;
    while (c) {
        ArenaChunk *n = c->next;
        free(c);
        c = n;
    }
    free(arena);
}

// ---------------------------------------------------------------------------
// nodes
// ---------------------------------------------------------------------------

WfAst *wf_ast_new(WfArena *arena, int kind, int line, int col, int end_line, int end_col)
{
    WfAst *n = wf_arena_alloc(arena, sizeof(WfAst));
    if (!n)
        return NULL;
    n->kind = kind;
    n->line = line;
    n->col = col;
    n->end_line = end_line;
    n->end_col = end_col;
    return n;
}

const char *wf_ast_kind_name(int kind)
{
    static const char *const names[] = {
        "INVALID",
#define WF_AST_NAME_(name) #name,
        WF_AST_KINDS(WF_AST_NAME_)
#undef WF_AST_NAME_
    };
    if (kind < 0 || kind >= WF_AST_KIND_COUNT)
        return "?";
    return names[kind];
}

// ---------------------------------------------------------------------------
// dump
// ---------------------------------------------------------------------------

// Python's repr() of a str (UTF-8, possibly with encoded surrogates) or bytes.
static void repr_str(FILE *f, const char *s, size_t len, int bytes)
{
    int has_sq = memchr(s, '\'', len) != NULL, has_dq = memchr(s, '"', len) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    if (bytes)
        fputc('b', f);
    fputc(q, f);
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\') {
            fputc('\\', f);
            fputc(c, f);
            i++;
        } else if (c == '\t') {
            fputs("\\t", f), i++;
        } else if (c == '\n') {
            fputs("\\n", f), i++;
        } else if (c == '\r') {
            fputs("\\r", f), i++;
        } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
            fprintf(f, "\\x%02x", c);
            i++;
        } else if (c < 0x80) {
            fputc(c, f);
            i++;
        } else {
            // decode one code point
            unsigned cp;
            int k;
            if (c < 0xE0 && i + 1 < len) { cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu); k = 2; }
            else if (c < 0xF0 && i + 2 < len) {
                cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu); k = 3;
            } else if (i + 3 < len) {
                cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
                     (s[i + 3] & 0x3Fu);
                k = 4;
            } else { cp = c; k = 1; }
            // approximation of str.isprintable() for non-ASCII
            int printable = !((cp >= 0x80 && cp <= 0xA0) || cp == 0xAD ||
                              (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
                              (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
                              (cp >= 0xD800 && cp <= 0xF8FF) || cp == 0x1680 ||
                              (cp >= 0xFFF0 && cp <= 0xFFFF) || cp >= 0xE0000);
            if (printable)
                fwrite(s + i, 1, (size_t)k, f);
            else if (cp < 0x100)
                fprintf(f, "\\x%02x", cp);
            else if (cp < 0x10000)
                fprintf(f, "\\u%04x", cp);
            else
                fprintf(f, "\\U%08x", cp);
            i += (size_t)k;
        }
    }
    fputc(q, f);
}

static void repr_id(FILE *f, const char *s)
{
    repr_str(f, s, strlen(s), 0);
}

// Python's repr() of a float; [complex_imag] drops the trailing ".0" as
// complex.__repr__ does.
static void repr_float(FILE *f, double v, int complex_imag)
{
    if (isnan(v)) {
        fputs("nan", f);
        return;
    }
    if (isinf(v)) {
        fputs(v < 0 ? "-inf" : "inf", f);
        return;
    }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    // buf: [-]d.ddde[+-]xx -> digits and exponent
    const char *p = buf;
    int neg = 0;
    if (*p == '-') {
        neg = 1;
        p++;
    }
    char digits[32];
    int nd = 0;
    while (*p && *p != 'e') {
        if (*p != '.')
            digits[nd++] = *p;
        p++;
    }
    int x = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = 0;
    int decpt = x + 1;
    if (neg)
        fputc('-', f);
    if (decpt <= -4 || decpt > 16) {
        fputc(digits[0], f);
        if (nd > 1)
            fprintf(f, ".%s", digits + 1);
        fprintf(f, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    } else if (decpt <= 0) {
        fputs("0.", f);
        for (int i = 0; i < -decpt; i++)
            fputc('0', f);
        fputs(digits, f);
    } else if (decpt >= nd) {
        fputs(digits, f);
        for (int i = nd; i < decpt; i++)
            fputc('0', f);
        if (!complex_imag)
            fputs(".0", f);
    } else {
        fwrite(digits, 1, (size_t)decpt, f);
        fprintf(f, ".%s", digits + decpt);
    }
}

// Prints an INT constant in decimal (base conversion by schoolbook).
static void repr_int(FILE *f, const WfConst *c)
{
    if (c->v.i.fits_i64) {
        fprintf(f, "%lld", (long long)c->v.i.value);
        return;
    }
    const char *dg = c->v.i.digits;
    if (c->v.i.base == 10) {
        fputs(dg, f);
        return;
    }
    size_t n = strlen(dg);
    unsigned char *d = calloc(n * 2 + 8, 1);
    if (!d) {
        fputs(dg, f);
        return;
    }
    int nd = 1;
    for (size_t i = 0; i < n; i++) {
        int ch = (unsigned char)dg[i];
        int dv = ch <= '9' ? ch - '0' : ((ch | 0x20) - 'a' + 10);
        int carry = dv;
        for (int j = 0; j < nd; j++) {
            int v = d[j] * c->v.i.base + carry;
            d[j] = (unsigned char)(v % 10);
            carry = v / 10;
        }
        while (carry) {
            d[nd++] = (unsigned char)(carry % 10);
            carry /= 10;
        }
    }
    while (nd > 1 && d[nd - 1] == 0)
        nd--;
    for (int j = nd - 1; j >= 0; j--)
        fputc('0' + d[j], f);
    free(d);
}

static void dump_const(FILE *f, const WfConst *c)
{
    switch (c->kind) {
    case WF_CONST_NONE: fputs("None", f); break;
    case WF_CONST_TRUE: fputs("True", f); break;
    case WF_CONST_FALSE: fputs("False", f); break;
    case WF_CONST_ELLIPSIS: fputs("Ellipsis", f); break;
    case WF_CONST_INT: repr_int(f, c); break;
    case WF_CONST_FLOAT: repr_float(f, c->v.f, 0); break;
    case WF_CONST_COMPLEX: repr_float(f, c->v.f, 1); fputc('j', f); break;
    case WF_CONST_STR: repr_str(f, c->v.s.data, c->v.s.len, 0); break;
    case WF_CONST_BYTES: repr_str(f, c->v.s.data, c->v.s.len, 1); break;
    default: fputs("?", f); break;
    }
}

static const char *op_name(int op)
{
    switch (op) {
    case WF_OP_Add: return "Add";
    case WF_OP_Sub: return "Sub";
    case WF_OP_Mult: return "Mult";
    case WF_OP_MatMult: return "MatMult";
    case WF_OP_Div: return "Div";
    case WF_OP_Mod: return "Mod";
    case WF_OP_Pow: return "Pow";
    case WF_OP_LShift: return "LShift";
    case WF_OP_RShift: return "RShift";
    case WF_OP_BitOr: return "BitOr";
    case WF_OP_BitXor: return "BitXor";
    case WF_OP_BitAnd: return "BitAnd";
    case WF_OP_FloorDiv: return "FloorDiv";
    case WF_OP_Invert: return "Invert";
    case WF_OP_Not: return "Not";
    case WF_OP_UAdd: return "UAdd";
    case WF_OP_USub: return "USub";
    case WF_OP_And: return "And";
    case WF_OP_Or: return "Or";
    case WF_OP_Eq: return "Eq";
    case WF_OP_NotEq: return "NotEq";
    case WF_OP_Lt: return "Lt";
    case WF_OP_LtE: return "LtE";
    case WF_OP_Gt: return "Gt";
    case WF_OP_GtE: return "GtE";
    case WF_OP_Is: return "Is";
    case WF_OP_IsNot: return "IsNot";
    case WF_OP_In: return "In";
    case WF_OP_NotIn: return "NotIn";
    default: return "?";
    }
}

// Field printer state: prints ", " between fields.
typedef struct Dumper {
    FILE *f;
    int first;
} Dumper;

static void dump_node(FILE *f, const WfAst *n);
static int dump_attrs;   // include_attributes=True (test driver only)

static void fname(Dumper *d, const char *name)
{
    if (!d->first)
        fputs(", ", d->f);
    d->first = 0;
    fprintf(d->f, "%s=", name);
}

static void f_node(Dumper *d, const char *name, const WfAst *n)
{
    fname(d, name);
    dump_node(d->f, n);
}

// Optional field: omitted when NULL (ast.dump skips None defaults).
static void f_opt(Dumper *d, const char *name, const WfAst *n)
{
    if (n)
        f_node(d, name, n);
}

static void f_list(Dumper *d, const char *name, const WfAstList *l)
{
    fname(d, name);
    fputc('[', d->f);
    for (int i = 0; i < l->n; i++) {
        if (i)
            fputs(", ", d->f);
        dump_node(d->f, l->items[i]);
    }
    fputc(']', d->f);
}

static void f_id(Dumper *d, const char *name, const char *s)
{
    fname(d, name);
    repr_id(d->f, s);
}

static void f_opt_id(Dumper *d, const char *name, const char *s)
{
    if (s)
        f_id(d, name, s);
}

static void f_idlist(Dumper *d, const char *name, const WfIdList *l)
{
    fname(d, name);
    fputc('[', d->f);
    for (int i = 0; i < l->n; i++) {
        if (i)
            fputs(", ", d->f);
        repr_id(d->f, l->items[i]);
    }
    fputc(']', d->f);
}

static void f_int(Dumper *d, const char *name, int v)
{
    fname(d, name);
    fprintf(d->f, "%d", v);
}

static void f_op(Dumper *d, const char *name, int op)
{
    fname(d, name);
    fprintf(d->f, "%s()", op_name(op));
}

static void f_ctx(Dumper *d, int ctx)
{
    fname(d, "ctx");
    fputs(ctx == WF_CTX_STORE ? "Store()" : ctx == WF_CTX_DEL ? "Del()" : "Load()", d->f);
}

static void dump_node(FILE *f, const WfAst *n)
{
    if (!n) {
        fputs("None", f);
        return;
    }
    const char *name = wf_ast_kind_name(n->kind);
    switch (n->kind) {
    case WF_AST_FunctionDef: if (n->v.FunctionDef.is_async) name = "AsyncFunctionDef"; break;
    case WF_AST_For: if (n->v.For.is_async) name = "AsyncFor"; break;
    case WF_AST_With: if (n->v.With.is_async) name = "AsyncWith"; break;
    case WF_AST_Try: if (n->v.Try.is_star) name = "TryStar"; break;
    default: break;
    }
    fprintf(f, "%s(", name);
    Dumper dd = {f, 1}, *d = &dd;
    switch (n->kind) {
    case WF_AST_Module:
        f_list(d, "body", &n->v.Module.body);
        fname(d, "type_ignores");
        fputs("[]", f);
        break;
    case WF_AST_Interactive: f_list(d, "body", &n->v.Interactive.body); break;
    case WF_AST_Expression: f_node(d, "body", n->v.Expression.body); break;
    case WF_AST_FunctionDef:
        f_id(d, "name", n->v.FunctionDef.name);
        f_node(d, "args", n->v.FunctionDef.args);
        f_list(d, "body", &n->v.FunctionDef.body);
        f_list(d, "decorator_list", &n->v.FunctionDef.decorator_list);
        f_opt(d, "returns", n->v.FunctionDef.returns);
        break;
    case WF_AST_ClassDef:
        f_id(d, "name", n->v.ClassDef.name);
        f_list(d, "bases", &n->v.ClassDef.bases);
        f_list(d, "keywords", &n->v.ClassDef.keywords);
        f_list(d, "body", &n->v.ClassDef.body);
        f_list(d, "decorator_list", &n->v.ClassDef.decorator_list);
        break;
    case WF_AST_Return: f_opt(d, "value", n->v.Return.value); break;
    case WF_AST_Delete: f_list(d, "targets", &n->v.Delete.targets); break;
    case WF_AST_Assign:
        f_list(d, "targets", &n->v.Assign.targets);
        f_node(d, "value", n->v.Assign.value);
        break;
    case WF_AST_AugAssign:
        f_node(d, "target", n->v.AugAssign.target);
        f_op(d, "op", n->v.AugAssign.op);
        f_node(d, "value", n->v.AugAssign.value);
        break;
    case WF_AST_AnnAssign:
        f_node(d, "target", n->v.AnnAssign.target);
        f_node(d, "annotation", n->v.AnnAssign.annotation);
        f_opt(d, "value", n->v.AnnAssign.value);
        f_int(d, "simple", n->v.AnnAssign.simple);
        break;
    case WF_AST_For:
        f_node(d, "target", n->v.For.target);
        f_node(d, "iter", n->v.For.iter);
        f_list(d, "body", &n->v.For.body);
        f_list(d, "orelse", &n->v.For.orelse);
        break;
    case WF_AST_While:
        f_node(d, "test", n->v.While.test);
        f_list(d, "body", &n->v.While.body);
        f_list(d, "orelse", &n->v.While.orelse);
        break;
    case WF_AST_If:
        f_node(d, "test", n->v.If.test);
        f_list(d, "body", &n->v.If.body);
        f_list(d, "orelse", &n->v.If.orelse);
        break;
    case WF_AST_With:
        f_list(d, "items", &n->v.With.items);
        f_list(d, "body", &n->v.With.body);
        break;
    case WF_AST_Raise:
        f_opt(d, "exc", n->v.Raise.exc);
        f_opt(d, "cause", n->v.Raise.cause);
        break;
    case WF_AST_Try:
        f_list(d, "body", &n->v.Try.body);
        f_list(d, "handlers", &n->v.Try.handlers);
        f_list(d, "orelse", &n->v.Try.orelse);
        f_list(d, "finalbody", &n->v.Try.finalbody);
        break;
    case WF_AST_Assert:
        f_node(d, "test", n->v.Assert.test);
        f_opt(d, "msg", n->v.Assert.msg);
        break;
    case WF_AST_Import: f_list(d, "names", &n->v.Import.names); break;
    case WF_AST_ImportFrom:
        f_opt_id(d, "module", n->v.ImportFrom.module);
        f_list(d, "names", &n->v.ImportFrom.names);
        f_int(d, "level", n->v.ImportFrom.level);
        break;
    case WF_AST_Global: f_idlist(d, "names", &n->v.Global.names); break;
    case WF_AST_Nonlocal: f_idlist(d, "names", &n->v.Nonlocal.names); break;
    case WF_AST_Expr: f_node(d, "value", n->v.Expr.value); break;
    case WF_AST_Pass: case WF_AST_Break: case WF_AST_Continue: break;
    case WF_AST_BoolOp:
        f_op(d, "op", n->v.BoolOp.op);
        f_list(d, "values", &n->v.BoolOp.values);
        break;
    case WF_AST_NamedExpr:
        f_node(d, "target", n->v.NamedExpr.target);
        f_node(d, "value", n->v.NamedExpr.value);
        break;
    case WF_AST_BinOp:
        f_node(d, "left", n->v.BinOp.left);
        f_op(d, "op", n->v.BinOp.op);
        f_node(d, "right", n->v.BinOp.right);
        break;
    case WF_AST_UnaryOp:
        f_op(d, "op", n->v.UnaryOp.op);
        f_node(d, "operand", n->v.UnaryOp.operand);
        break;
    case WF_AST_Lambda:
        f_node(d, "args", n->v.Lambda.args);
        f_node(d, "body", n->v.Lambda.body);
        break;
    case WF_AST_IfExp:
        f_node(d, "test", n->v.IfExp.test);
        f_node(d, "body", n->v.IfExp.body);
        f_node(d, "orelse", n->v.IfExp.orelse);
        break;
    case WF_AST_Dict:
        f_list(d, "keys", &n->v.Dict.keys);
        f_list(d, "values", &n->v.Dict.values);
        break;
    case WF_AST_Set: f_list(d, "elts", &n->v.Set.elts); break;
    case WF_AST_ListComp:
        f_node(d, "elt", n->v.ListComp.elt);
        f_list(d, "generators", &n->v.ListComp.generators);
        break;
    case WF_AST_SetComp:
        f_node(d, "elt", n->v.SetComp.elt);
        f_list(d, "generators", &n->v.SetComp.generators);
        break;
    case WF_AST_DictComp:
        f_node(d, "key", n->v.DictComp.key);
        f_node(d, "value", n->v.DictComp.value);
        f_list(d, "generators", &n->v.DictComp.generators);
        break;
    case WF_AST_GeneratorExp:
        f_node(d, "elt", n->v.GeneratorExp.elt);
        f_list(d, "generators", &n->v.GeneratorExp.generators);
        break;
    case WF_AST_Await: f_node(d, "value", n->v.Await.value); break;
    case WF_AST_Yield: f_opt(d, "value", n->v.Yield.value); break;
    case WF_AST_YieldFrom: f_node(d, "value", n->v.YieldFrom.value); break;
    case WF_AST_Compare:
        f_node(d, "left", n->v.Compare.left);
        fname(d, "ops");
        fputc('[', f);
        for (int i = 0; i < n->v.Compare.comparators.n; i++)
            fprintf(f, "%s%s()", i ? ", " : "", op_name(n->v.Compare.ops[i]));
        fputc(']', f);
        f_list(d, "comparators", &n->v.Compare.comparators);
        break;
    case WF_AST_Call:
        f_node(d, "func", n->v.Call.func);
        f_list(d, "args", &n->v.Call.args);
        f_list(d, "keywords", &n->v.Call.keywords);
        break;
    case WF_AST_FormattedValue:
        f_node(d, "value", n->v.FormattedValue.value);
        f_int(d, "conversion", n->v.FormattedValue.conversion);
        f_opt(d, "format_spec", n->v.FormattedValue.format_spec);
        break;
    case WF_AST_JoinedStr: f_list(d, "values", &n->v.JoinedStr.values); break;
    case WF_AST_Constant:
        fname(d, "value");
        dump_const(f, &n->v.Constant.value);
        if (n->v.Constant.kind_u)
            fputs(", kind='u'", f);
        break;
    case WF_AST_Attribute:
        f_node(d, "value", n->v.Attribute.value);
        f_id(d, "attr", n->v.Attribute.attr);
        f_ctx(d, n->v.Attribute.ctx);
        break;
    case WF_AST_Subscript:
        f_node(d, "value", n->v.Subscript.value);
        f_node(d, "slice", n->v.Subscript.slice);
        f_ctx(d, n->v.Subscript.ctx);
        break;
    case WF_AST_Starred:
        f_node(d, "value", n->v.Starred.value);
        f_ctx(d, n->v.Starred.ctx);
        break;
    case WF_AST_Name:
        f_id(d, "id", n->v.Name.id);
        f_ctx(d, n->v.Name.ctx);
        break;
    case WF_AST_List:
        f_list(d, "elts", &n->v.List.elts);
        f_ctx(d, n->v.List.ctx);
        break;
    case WF_AST_Tuple:
        f_list(d, "elts", &n->v.Tuple.elts);
        f_ctx(d, n->v.Tuple.ctx);
        break;
    case WF_AST_Slice:
        f_opt(d, "lower", n->v.Slice.lower);
        f_opt(d, "upper", n->v.Slice.upper);
        f_opt(d, "step", n->v.Slice.step);
        break;
    case WF_AST_arguments:
        f_list(d, "posonlyargs", &n->v.arguments.posonlyargs);
        f_list(d, "args", &n->v.arguments.args);
        f_opt(d, "vararg", n->v.arguments.vararg);
        f_list(d, "kwonlyargs", &n->v.arguments.kwonlyargs);
        f_list(d, "kw_defaults", &n->v.arguments.kw_defaults);
        f_opt(d, "kwarg", n->v.arguments.kwarg);
        f_list(d, "defaults", &n->v.arguments.defaults);
        break;
    case WF_AST_arg:
        f_id(d, "arg", n->v.arg.arg);
        f_opt(d, "annotation", n->v.arg.annotation);
        break;
    case WF_AST_keyword:
        f_opt_id(d, "arg", n->v.keyword.arg);
        f_node(d, "value", n->v.keyword.value);
        break;
    case WF_AST_alias:
        f_id(d, "name", n->v.alias.name);
        f_opt_id(d, "asname", n->v.alias.asname);
        break;
    case WF_AST_withitem:
        f_node(d, "context_expr", n->v.withitem.context_expr);
        f_opt(d, "optional_vars", n->v.withitem.optional_vars);
        break;
    case WF_AST_comprehension:
        f_node(d, "target", n->v.comprehension.target);
        f_node(d, "iter", n->v.comprehension.iter);
        f_list(d, "ifs", &n->v.comprehension.ifs);
        f_int(d, "is_async", n->v.comprehension.is_async);
        break;
    case WF_AST_ExceptHandler:
        f_opt(d, "type", n->v.ExceptHandler.type);
        f_opt_id(d, "name", n->v.ExceptHandler.name);
        f_list(d, "body", &n->v.ExceptHandler.body);
        break;
    default:
        break;
    }
    if (dump_attrs && (WF_AST_IS_STMT(n->kind) || WF_AST_IS_EXPR(n->kind) || n->kind == WF_AST_arg ||
                       n->kind == WF_AST_keyword || n->kind == WF_AST_alias || n->kind == WF_AST_ExceptHandler))
        fprintf(f, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", dd.first ? "" : ", ",
                n->line, n->col, n->end_line, n->end_col);
    fputc(')', f);
}

void wf_ast_dump(FILE *out, const WfAst *root)
{
    dump_node(out, root);
}

void wf_ast_dump_ex(FILE *out, const WfAst *root, int include_attributes)
{
    dump_attrs = include_attributes;
    dump_node(out, root);
    dump_attrs = 0;
}
