// compiler.h — AST to code objects (with the symbol table in symtable.c).
#ifndef WF_VM_COMPILER_H
#define WF_VM_COMPILER_H

#include "../runtime/object.h"

// Compile modes.
#define WF_COMPILE_FILE   0   // a module: statements
#define WF_COMPILE_EVAL   1   // one expression; the code returns its value
#define WF_COMPILE_SINGLE 2   // one REPL statement: expression values are printed (PRINT_EXPR)

// Flags.
#define WF_COMPILE_TOPLEVEL_AWAIT 1   // allow 'await' at module level (notebook semantics)

// Parses and compiles [src] (UTF-8, [len] bytes) from [filename]. Returns a
// new reference to a code object, or NULL with SyntaxError (IndentationError,
// TabError) set, carrying filename, lineno, offset, text, end_lineno, end_offset.
// If [incomplete] is not NULL, *incomplete is set to 1 when the error is
// only that the input ended early (for REPL continuation lines).
WfValue wf_compile_source(const char *src, size_t len, const char *filename, int mode,
                          int flags, int *incomplete);

#endif
