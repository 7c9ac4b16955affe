// symtable.h — scopes of a parsed module: which names are local, global
// (explicit or implicit), free or cell in every module, class, function,
// lambda and comprehension body, so that the compiler can pick FAST / DEREF /
// GLOBAL / NAME opcodes and the VM never looks a local up by name.
// Pure C over the AST (no runtime objects); everything is released by
// wf_symtable_free. GIL: not needed.
#ifndef WF_VM_SYMTABLE_H
#define WF_VM_SYMTABLE_H

#include <stdbool.h>

#include "ast.h"

// Kinds of blocks.
enum { WF_BLOCK_MODULE, WF_BLOCK_CLASS, WF_BLOCK_FUNCTION };

// Raw facts about a name in one block (pass 1).
#define WF_DEF_GLOBAL     0x001u   // named in a global statement
#define WF_DEF_LOCAL      0x002u   // assigned, deleted, or a def/class/for/with target here
#define WF_DEF_PARAM      0x004u   // a parameter
#define WF_DEF_NONLOCAL   0x008u   // named in a nonlocal statement
#define WF_DEF_USE        0x010u   // read
#define WF_DEF_FREE_CLASS 0x020u   // bound in a class body and free in a nested function
#define WF_DEF_IMPORT     0x040u   // bound by an import
#define WF_DEF_ANNOT      0x080u   // annotated (x: int)
#define WF_DEF_COMP_ITER  0x100u   // iteration variable of a comprehension
#define WF_DEF_BOUND (WF_DEF_LOCAL | WF_DEF_PARAM | WF_DEF_IMPORT)

// Resolved scope of a name (pass 2).
enum {
    WF_SCOPE_UNKNOWN = 0,
    WF_SCOPE_LOCAL,             // lives in the block (fast slot, or the locals dict)
    WF_SCOPE_GLOBAL_EXPLICIT,   // global statement (or a global seen in an enclosing function)
    WF_SCOPE_GLOBAL_IMPLICIT,   // not bound in any enclosing function: module globals/builtins
    WF_SCOPE_FREE,              // bound in an enclosing function: a closure cell
    WF_SCOPE_CELL,              // local, but captured by a nested block: a cell
};

typedef struct WfSymbol {
    const char *name;           // mangled name
    unsigned flags;             // WF_DEF_*
    int scope;                  // WF_SCOPE_*
    // Location of the global/nonlocal directive (or walrus) that declared it,
    // for the errors found in pass 2. 1-based line, 0-based byte columns.
    int dir_line, dir_col, dir_end_line, dir_end_col;
} WfSymbol;

typedef struct WfSymScope WfSymScope;
struct WfSymScope {
    int kind;                   // WF_BLOCK_*
    const char *name;           // def/class name, "lambda", "listcomp", "top"...
    const WfAst *node;          // the FunctionDef/ClassDef/Lambda/comprehension node, or the root
    WfSymScope *parent;
    WfSymScope **children;      // in source order
    int nchildren, capchildren;
    WfSymbol *syms;             // in order of first appearance
    int nsyms, capsyms;
    int *index;                 // open-addressing index into syms (-1 = empty)
    int indexcap;
    const char **params;        // parameter names (mangled) in co_varnames order
    int nparams, capparams;
    const char *private_name;   // enclosing class name for mangling, or NULL
    int comp_kind;              // WF_AST_ListComp/SetComp/DictComp/GeneratorExp, or 0
    int comp_iter_expr;         // >0 while visiting a comprehension's iterable (pass 1)
    int comp_iter_target;       // >0 while visiting a comprehension's target (pass 1)
    int line;                   // first line of the block
    bool is_function_like;      // function, lambda or comprehension
    bool is_lambda;
    bool is_async_def;          // `async def`
    bool is_generator;          // contains yield / yield from (or is a generator expression)
    bool is_coroutine;          // async def, or await/async comprehension inside
    bool returns_value;
    bool needs_class_closure;   // class body: methods use __class__ (cell "__class__")
    bool has_varargs, has_varkeywords;
    int child_cursor;           // the compiler's search hint in children[]
};

// A syntax error found while building the table (msg is CPython's wording).
typedef struct WfSymError {
    char msg[256];
    int line, col, end_line, end_col;   // 1-based lines, 0-based byte columns
    int oom;                            // 1: out of memory instead
} WfSymError;

typedef struct WfSymtable {
    WfSymScope *top;            // the module block
    WfSymScope *cur;            // pass 1: block being visited
    const char *private_name;   // pass 1: current class name for mangling
    WfArena *arena;             // for mangled names
    int future_annotations;     // `from __future__ import annotations`: annotations not visited
    int failed;
    WfSymError *err;
} WfSymtable;

// Builds the table for [root] (Module, Interactive or Expression).
// [future_annotations]: annotations are strings (not visited).
// Returns 0, or -1 with [*err] filled (a SyntaxError message or oom).
int wf_symtable_build(WfSymtable *st, WfArena *arena, const WfAst *root,
                      int future_annotations, WfSymError *err);
// Releases every block of [st] (mangled names live in the arena).
void wf_symtable_free(WfSymtable *st);

// The symbol [name] (already mangled) of [scope], or NULL.
WfSymbol *wf_symtable_lookup(const WfSymScope *scope, const char *name);
// Resolved scope (WF_SCOPE_*) of [name] in [scope]; WF_SCOPE_UNKNOWN if absent.
int wf_symtable_scope_of(const WfSymScope *scope, const char *name);
// The child block created for [node] (a FunctionDef, ClassDef, Lambda or
// comprehension), or NULL.
WfSymScope *wf_symtable_child(WfSymScope *scope, const WfAst *node);

// CPython's private-name mangling: "__x" inside class "C" becomes "_C__x".
// Returns [name] itself when no mangling applies, else an arena copy (NULL
// when out of memory).
const char *wf_symtable_mangle(WfArena *arena, const char *private_name, const char *name);

#endif
