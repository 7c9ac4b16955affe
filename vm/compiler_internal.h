// compiler_internal.h — state shared by the compiler's files: compiler.c
// (driver, units, emission, labels, handlers, constants, assembly),
// compiler_expr.c (expressions) and compiler_stmt.c (statements).
// Not part of any public interface. GIL: held while compiling (constants
// are runtime objects).
#ifndef WF_VM_COMPILER_INTERNAL_H
#define WF_VM_COMPILER_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/object.h"
#include "vm/ast.h"
#include "vm/code.h"
#include "vm/opcodes.h"
#include "vm/symtable.h"

// Kind of the code object being built (CPython's COMPILER_SCOPE_*).
enum {
    CU_MODULE,
    CU_CLASS,
    CU_FUNCTION,
    CU_ASYNC_FUNCTION,
    CU_LAMBDA,
    CU_COMPREHENSION,
};

// Frame blocks: the statically nested constructs that break / continue /
// return must unwind (CPython's fblockinfo).
enum {
    FB_WHILE_LOOP,
    FB_FOR_LOOP,              // the iterator is on the stack
    FB_TRY_EXCEPT,            // try body with except clauses
    FB_FINALLY_TRY,           // try body of a try/finally: run the finally body inline
    FB_FINALLY_END,           // inside the finally handler: prev exc on the stack
    FB_WITH,                  // with body: bound __exit__ on the stack
    FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP,       // except clause body: prev on the stack (+ name to clear)
    FB_POP_VALUE,             // a preserved return value sits under the finally body
    FB_EXCEPTION_GROUP_HANDLER, // except* clause body: no break/continue/return
};

#define CU_MAX_FBLOCKS 20

typedef struct FBlock {
    int kind;
    int block_label;          // loops: continue target
    int exit_label;           // loops: break target
    int outer_handler;        // handler record active outside the whole statement
    const WfAstList *finalbody; // FB_FINALLY_TRY
    const char *name;         // FB_HANDLER_CLEANUP: `except E as name`
    WfPos pos;                // for the instructions of the unwinding code
} FBlock;

// An exception-table region being emitted: the instructions emitted while it
// is current jump to [label] with the stack cut to [depth] (+ the exception).
typedef struct HandlerRec {
    int label;
    int depth;
    int parent;               // handler record active outside this one, or -1
} HandlerRec;

typedef struct CUnit {
    struct CUnit *parent;
    WfSymScope *ste;
    int scope_type;           // CU_*
    const char *private_name; // class name for mangling, or NULL
    WfValue name, qualname;   // owned str

    // instructions (parallel arrays)
    uint32_t *code;
    WfPos *pos;
    int *hidx;                // handler record of each instruction, -1 for none
    size_t n, cap;

    // labels: position (-1 unbound) and stack depth on entry (-1 unknown)
    int *label_pos, *label_depth;
    int nlabels, caplabels;

    HandlerRec *handlers;
    int nhandlers, caphandlers;
    int cur_handler;          // -1: no handler

    int depth;                // running stack depth during emission

    // constants: a list plus an index keyed on value+type
    WfValue consts;           // owned list
    int *cidx;                // open addressing: index into consts, -1 empty
    uint64_t *chash;
    int ccap;

    // name tables: list + dict (str -> index)
    WfValue names, names_map;
    WfValue varnames, varnames_map;
    WfValue cellvars, cellvars_map;
    WfValue freevars, freevars_map;

    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    bool has_docstring;
    bool coroutine;           // module with top-level await

    FBlock fblocks[CU_MAX_FBLOCKS];
    int nfblocks;

    WfPos cur_pos;
} CUnit;

typedef struct WfCompiler {
    const char *filename;
    WfValue filename_obj;     // owned str
    const char *src;
    size_t srclen;
    int mode;                 // WF_COMPILE_*
    int flags;                // WF_COMPILE_TOPLEVEL_AWAIT
    bool interactive;
    WfArena *arena;
    WfSymtable st;
    CUnit *u;                 // innermost unit
    int nestlevel;            // units open
    int recursion;            // expression nesting guard
    bool future_annotations;
    // `from __future__` statements are allowed only as body[0..future_prefix)
    const WfAstList *future_body;
    int future_prefix;

    // a compile-time SyntaxError (raised by the driver when a function fails)
    bool syntax_failed;
    char errmsg[256];
    int err_line, err_col, err_end_line, err_end_col;   // cols 0-based bytes
} WfCompiler;

// ---- compiler.c -----------------------------------------------------------

// Net stack effect of [op] with [arg]; [jump] selects the branch-taken
// effect for conditional jumps and FOR_ITER.
int wf_op_stack_effect(int op, int arg, int jump);

// Records a SyntaxError at [node] (or the current position when NULL).
// Always returns false.
bool cc_error(WfCompiler *c, const WfAst *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// A runtime error (MemoryError) is set: returns false.
bool cc_nomem(WfCompiler *c);
// Issues a compile-time SyntaxWarning at [node]'s line through
// warnings.warn_explicit, like CPython's compiler_warn. Returns false only
// when a warnings filter turned it into an error (then a SyntaxError is
// recorded); failures of the warnings machinery itself are ignored.
// May run Weft code.
bool cc_warn(WfCompiler *c, const WfAst *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

bool cc_emit(WfCompiler *c, int op, int arg);
bool cc_emit_jump(WfCompiler *c, int op, int label);
int cc_new_label(WfCompiler *c);           // -1 on MemoryError
void cc_bind(WfCompiler *c, int label);
// Pushes a new handler region (made current) to [label] with stack [depth].
// Returns its record index or -1 on MemoryError.
int cc_push_handler(WfCompiler *c, int label, int depth);
void cc_pop_handler(WfCompiler *c);

// Adds a constant (borrowed) and returns its index, -1 on error.
int cc_add_const(WfCompiler *c, WfValue v);
// Same, stealing [v] (NULL means an error is already set).
int cc_add_const_steal(WfCompiler *c, WfValue v);
bool cc_load_const(WfCompiler *c, WfValue v);          // LOAD_CONST v (borrowed)
bool cc_load_const_steal(WfCompiler *c, WfValue v);    // steals v
// Index of [name] in co_names (added if missing), -1 on error.
int cc_add_name(WfCompiler *c, const char *name);
bool cc_emit_name(WfCompiler *c, int op, const char *name);   // op with names[] arg
// Index of a cell (cellvars then freevars) named [name], -1 if absent.
int cc_cell_index(WfCompiler *c, const char *name);
// Mangles [name] with the unit's private class name (NULL on MemoryError).
const char *cc_mangle(WfCompiler *c, const char *name);

// Loads / stores / deletes a variable by name with the right opcode family.
enum { NAME_LOAD, NAME_STORE, NAME_DEL };
bool cc_nameop(WfCompiler *c, const char *name, int ctx, const WfAst *node);

// Units.
bool cc_enter_unit(WfCompiler *c, WfSymScope *ste, int scope_type, const char *name,
                   const WfAst *node, int firstlineno);
// Assembles the current unit into a code object and leaves it. Returns a new
// reference or NULL.
WfValue cc_exit_unit(WfCompiler *c);
// Drops the current unit without assembling (error path).
void cc_drop_unit(WfCompiler *c);
// MAKE_FUNCTION for [code] (borrowed) with [flags] for defaults etc. already
// on the stack; adds the closure tuple when the code has free variables.
bool cc_make_closure(WfCompiler *c, WfValue code, int flags);

// Frame blocks.
bool cc_push_fblock(WfCompiler *c, int kind, int block_label, int exit_label,
                    int outer_handler);
void cc_pop_fblock(WfCompiler *c);

// Positions.
void cc_set_pos(WfCompiler *c, const WfAst *node);

// The AST constant as a runtime object. Returns a new reference or NULL.
WfValue cc_const_value(WfCompiler *c, const WfConst *k);

// ---- compiler_expr.c -------------------------------------------------------

bool cc_expr(WfCompiler *c, const WfAst *e);
// Jumps to [label] when bool(e) == [cond]; falls through otherwise.
bool cc_jump_if(WfCompiler *c, const WfAst *e, int label, bool cond);
// Stores TOS into the target expression [t] (Name, Attribute, Subscript,
// Tuple, List).
bool cc_store(WfCompiler *c, const WfAst *t);
bool cc_delete(WfCompiler *c, const WfAst *t);
// A call of the value on the stack below [npushed] positional arguments
// already pushed, with [args]/[keywords] (class statements use it too).
bool cc_call_helper(WfCompiler *c, int npushed, const WfAstList *args,
                    const WfAstList *keywords);
// Evaluates the default values of [a] (an `arguments` node) and returns the
// MAKE_FUNCTION flags for them (1 defaults, 2 kwdefaults), or -1 on error.
int cc_defaults(WfCompiler *c, const WfAst *a);
// A constant-folded value of [e] (new reference), or NULL (no error) when
// [e] is not a foldable constant expression.
WfValue cc_fold(WfCompiler *c, const WfAst *e);
// The SyntaxWarning CPython gives `assert (x, "msg")` (a non-empty tuple).
bool cc_check_assert(WfCompiler *c, const WfAst *s);
// The await sequence: GET_AWAITABLE [where]; LOAD_CONST None; YIELD_FROM.
bool cc_await_tail(WfCompiler *c, int where);

// ---- compiler_stmt.c -------------------------------------------------------

bool cc_stmt(WfCompiler *c, const WfAst *s);
bool cc_stmts(WfCompiler *c, const WfAstList *l);
// Module/class body: SETUP_ANNOTATIONS when needed, docstring as __doc__,
// then the statements.
bool cc_body(WfCompiler *c, const WfAstList *body);
// The docstring of [body] (a str Constant statement first), or NULL.
const WfAst *cc_docstring(const WfAstList *body);

#endif
