// ast.h - Weft's abstract syntax tree: node kinds, fields, and their arena.
// Node kinds and field names follow CPython 3.11's Python.asdl so the compiler
// reads like the reference grammar. Every node, list and string of one tree
// lives in one WfArena and dies with it; nodes hold no runtime objects (pure C).
// GIL: none needed; a tree and its arena belong to one thread at a time.
#ifndef WF_VM_AST_H
#define WF_VM_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

// ---------------------------------------------------------------------------
// Arena: bump allocator. Memory is zeroed. Freed all at once.
// ---------------------------------------------------------------------------
typedef struct WfArena WfArena;

// Returns a new empty arena, or NULL when out of memory.
WfArena *wf_arena_new(void);
// Returns [size] zeroed bytes aligned for any type, or NULL when out of memory.
void *wf_arena_alloc(WfArena *arena, size_t size);
// Copies [len] bytes of [s] and appends a NUL. Returns NULL when out of memory.
char *wf_arena_strndup(WfArena *arena, const char *s, size_t len);
// Frees the arena and everything allocated in it. NULL is allowed.
void wf_arena_free(WfArena *arena);

// ---------------------------------------------------------------------------
// Operators (one enum, distinct values; CPython's operator/unaryop/boolop/cmpop)
// ---------------------------------------------------------------------------
typedef enum WfOp {
    // binary operators (BinOp.op, AugAssign.op)
    WF_OP_Add = 1, WF_OP_Sub, WF_OP_Mult, WF_OP_MatMult, WF_OP_Div, WF_OP_Mod,
    WF_OP_Pow, WF_OP_LShift, WF_OP_RShift, WF_OP_BitOr, WF_OP_BitXor,
    WF_OP_BitAnd, WF_OP_FloorDiv,
    // unary operators (UnaryOp.op)
    WF_OP_Invert = 20, WF_OP_Not, WF_OP_UAdd, WF_OP_USub,
    // boolean operators (BoolOp.op)
    WF_OP_And = 30, WF_OP_Or,
    // comparison operators (Compare.ops[i])
    WF_OP_Eq = 40, WF_OP_NotEq, WF_OP_Lt, WF_OP_LtE, WF_OP_Gt, WF_OP_GtE,
    WF_OP_Is, WF_OP_IsNot, WF_OP_In, WF_OP_NotIn,
} WfOp;

// Expression context of Name/Attribute/Subscript/Starred/List/Tuple.
typedef enum WfExprContext {
    WF_CTX_LOAD = 0, WF_CTX_STORE, WF_CTX_DEL,
} WfExprContext;

// ---------------------------------------------------------------------------
// Constants: plain C data; the compiler turns them into runtime objects.
// ---------------------------------------------------------------------------
typedef enum WfConstKind {
    WF_CONST_NONE = 0, WF_CONST_TRUE, WF_CONST_FALSE, WF_CONST_ELLIPSIS,
    WF_CONST_INT,       // v.i
    WF_CONST_FLOAT,     // v.f
    WF_CONST_COMPLEX,   // v.f holds the imaginary part of `1.5j` (real part 0)
    WF_CONST_STR,       // v.s: UTF-8 after escape processing
    WF_CONST_BYTES,     // v.s: raw bytes after escape processing
} WfConstKind;

typedef struct WfConst {
    int kind;                   // WfConstKind
    union {
        struct {
            // Digits WITHOUT the 0x/0o/0b prefix and without underscores,
            // NUL-terminated, in [base] (2, 8, 10 or 16): "ff" base 16 for
            // 0xff; "0" for 0 and 0_0. Suitable for mpz_set_str(digits, base).
            const char *digits;
            int base;
            int fits_i64;       // 1 when the value fits in int64_t (then see value)
            int64_t value;      // the value when fits_i64 (always >= 0)
        } i;
        double f;               // FLOAT value, or COMPLEX imaginary part
        struct {
            const char *data;   // arena-owned, also NUL-terminated (may hold NULs)
            size_t len;         // length in bytes, excluding the trailing NUL
        } s;
    } v;
} WfConst;

// ---------------------------------------------------------------------------
// Nodes
// ---------------------------------------------------------------------------
typedef struct WfAst WfAst;

// Arena-allocated sequence of nodes. An empty list is {0, NULL}.
typedef struct WfAstList {
    int n;
    WfAst **items;
} WfAstList;

// Arena-allocated sequence of identifiers (Global.names, Nonlocal.names).
typedef struct WfIdList {
    int n;
    const char **items;
} WfIdList;

// All kinds. The helper records of Python.asdl (arguments, arg, keyword,
// alias, withitem, comprehension, excepthandler) are kinds of WfAst too, so
// every list is a WfAstList. Their positions: arg, keyword, alias and
// ExceptHandler carry real positions (as in CPython); arguments, withitem and
// comprehension carry the span of their text but CPython has none for them.
#define WF_AST_KINDS(X) \
    /* roots */ \
    X(Module) X(Interactive) X(Expression) \
    /* statements */ \
    X(FunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign) \
    X(AnnAssign) X(For) X(While) X(If) X(With) X(Raise) X(Try) X(Assert) \
    X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(Expr) X(Pass) X(Break) \
    X(Continue) \
    /* expressions */ \
    X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) \
    X(Set) X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await) \
    X(Yield) X(YieldFrom) X(Compare) X(Call) X(FormattedValue) X(JoinedStr) \
    X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List) \
    X(Tuple) X(Slice) \
    /* helper records */ \
    X(arguments) X(arg) X(keyword) X(alias) X(withitem) X(comprehension) \
    X(ExceptHandler)

typedef enum WfAstKind {
    WF_AST_INVALID = 0,
#define WF_AST_ENUM_(name) WF_AST_##name,
    WF_AST_KINDS(WF_AST_ENUM_)
#undef WF_AST_ENUM_
    WF_AST_KIND_COUNT
} WfAstKind;

// Range checks, in enum order above.
#define WF_AST_IS_STMT(k) ((k) >= WF_AST_FunctionDef && (k) <= WF_AST_Continue)
#define WF_AST_IS_EXPR(k) ((k) >= WF_AST_BoolOp && (k) <= WF_AST_Slice)

// Optional children are NULL when absent. Lists are never NULL (may be empty).
struct WfAst {
    int kind;                       // WfAstKind
    int line, col;                  // start: 1-based line, 0-based UTF-8 byte column
    int end_line, end_col;          // end (exclusive column), same conventions
    union {
        // ---- roots ----
        struct { WfAstList body; } Module;
        struct { WfAstList body; } Interactive;   // mode "single"
        struct { WfAst *body; } Expression;       // mode "eval"

        // ---- statements ----
        struct {
            const char *name;
            WfAst *args;            // WF_AST_arguments (never NULL)
            WfAstList body;
            WfAstList decorator_list;
            WfAst *returns;         // annotation or NULL
            int is_async;           // `async def` (CPython's AsyncFunctionDef)
        } FunctionDef;
        struct {
            const char *name;
            WfAstList bases;
            WfAstList keywords;     // WF_AST_keyword
            WfAstList body;
            WfAstList decorator_list;
        } ClassDef;
        struct { WfAst *value; } Return;          // value may be NULL
        struct { WfAstList targets; } Delete;     // ctx DEL
        struct { WfAstList targets; WfAst *value; } Assign;  // a = b = value
        struct { WfAst *target; int op; WfAst *value; } AugAssign;  // op: binary WfOp
        struct {
            WfAst *target;
            WfAst *annotation;
            WfAst *value;           // may be NULL
            int simple;             // 1 when target is a bare Name, not in parens
        } AnnAssign;
        struct {
            WfAst *target; WfAst *iter;
            WfAstList body; WfAstList orelse;
            int is_async;           // `async for` (CPython's AsyncFor)
        } For;
        struct { WfAst *test; WfAstList body; WfAstList orelse; } While;
        struct { WfAst *test; WfAstList body; WfAstList orelse; } If;  // elif = nested If in orelse
        struct {
            WfAstList items;        // WF_AST_withitem
            WfAstList body;
            int is_async;           // `async with` (CPython's AsyncWith)
        } With;
        struct { WfAst *exc; WfAst *cause; } Raise;   // both may be NULL
        struct {
            WfAstList body;
            WfAstList handlers;     // WF_AST_ExceptHandler
            WfAstList orelse;
            WfAstList finalbody;
            int is_star;            // `except*` (CPython's TryStar)
        } Try;
        struct { WfAst *test; WfAst *msg; } Assert;   // msg may be NULL
        struct { WfAstList names; } Import;           // WF_AST_alias
        struct {
            const char *module;     // NULL for `from . import x`
            WfAstList names;        // WF_AST_alias; `*` is alias name "*"
            int level;              // number of leading dots
        } ImportFrom;
        struct { WfIdList names; } Global;
        struct { WfIdList names; } Nonlocal;
        struct { WfAst *value; } Expr;
        // Pass, Break, Continue: no fields

        // ---- expressions ----
        struct { int op; WfAstList values; } BoolOp;          // op: And/Or; >= 2 values
        struct { WfAst *target; WfAst *value; } NamedExpr;    // target: Name (STORE)
        struct { WfAst *left; int op; WfAst *right; } BinOp;
        struct { int op; WfAst *operand; } UnaryOp;
        struct { WfAst *args; WfAst *body; } Lambda;          // args: WF_AST_arguments
        struct { WfAst *test; WfAst *body; WfAst *orelse; } IfExp;
        // keys.items[i] == NULL means values.items[i] is a `**mapping` entry.
        struct { WfAstList keys; WfAstList values; } Dict;
        struct { WfAstList elts; } Set;
        struct { WfAst *elt; WfAstList generators; } ListComp;   // WF_AST_comprehension
        struct { WfAst *elt; WfAstList generators; } SetComp;
        struct { WfAst *key; WfAst *value; WfAstList generators; } DictComp;
        struct { WfAst *elt; WfAstList generators; } GeneratorExp;
        struct { WfAst *value; } Await;
        struct { WfAst *value; } Yield;                       // value may be NULL
        struct { WfAst *value; } YieldFrom;
        // ops[i] (a comparison WfOp) sits between operand i and comparators.items[i];
        // ops has comparators.n entries.
        struct { WfAst *left; int *ops; WfAstList comparators; } Compare;
        struct {
            WfAst *func;
            WfAstList args;         // may contain Starred for *args
            WfAstList keywords;     // WF_AST_keyword (arg NULL for **kwargs)
        } Call;
        struct {
            WfAst *value;
            int conversion;         // -1, 's', 'r' or 'a'
            WfAst *format_spec;     // JoinedStr or NULL
        } FormattedValue;
        struct { WfAstList values; } JoinedStr;   // Constant(STR) and FormattedValue
        struct {
            WfConst value;
            int kind_u;             // 1 for a u"..." string (CPython's kind='u')
        } Constant;
        struct { WfAst *value; const char *attr; int ctx; } Attribute;
        struct { WfAst *value; WfAst *slice; int ctx; } Subscript;  // slice: expr, Slice or Tuple
        struct { WfAst *value; int ctx; } Starred;
        struct { const char *id; int ctx; } Name;
        struct { WfAstList elts; int ctx; } List;
        struct { WfAstList elts; int ctx; } Tuple;
        struct { WfAst *lower; WfAst *upper; WfAst *step; } Slice;  // each may be NULL

        // ---- helper records ----
        struct {
            WfAstList posonlyargs;  // WF_AST_arg
            WfAstList args;         // WF_AST_arg
            WfAst *vararg;          // WF_AST_arg or NULL
            WfAstList kwonlyargs;   // WF_AST_arg
            WfAstList kw_defaults;  // one per kwonlyarg; an item is NULL when no default
            WfAst *kwarg;           // WF_AST_arg or NULL
            WfAstList defaults;     // for the LAST defaults.n of posonlyargs+args
        } arguments;
        struct { const char *arg; WfAst *annotation; } arg;   // CPython's field name `arg`
        struct { const char *arg; WfAst *value; } keyword;    // arg NULL for `**value`
        struct { const char *name; const char *asname; } alias;  // name may be dotted; asname may be NULL
        struct { WfAst *context_expr; WfAst *optional_vars; } withitem;
        struct {
            WfAst *target; WfAst *iter;
            WfAstList ifs;
            int is_async;
        } comprehension;
        struct {
            WfAst *type;            // may be NULL (bare except)
            const char *name;       // may be NULL
            WfAstList body;
        } ExceptHandler;
    } v;
};

// Returns a new zeroed node of [kind] with the given positions, or NULL when
// out of memory.
WfAst *wf_ast_new(WfArena *arena, int kind, int line, int col, int end_line, int end_col);

// Returns CPython's name for [kind] ("FunctionDef", "arg", ...), with the
// async/star variants resolved by wf_ast_dump, not here.
const char *wf_ast_kind_name(int kind);

// Prints [root] as CPython 3.11's ast.dump(tree) does with default arguments
// (no attributes, no indent), followed by nothing (no newline).
void wf_ast_dump(FILE *out, const WfAst *root);
// Same, with include_attributes=True when [include_attributes] (positions of
// statements, expressions, arg, keyword, alias and ExceptHandler). Not
// thread-safe; meant for tests.
void wf_ast_dump_ex(FILE *out, const WfAst *root, int include_attributes);

#endif // WF_VM_AST_H
// AST-CONTRACT-READY
