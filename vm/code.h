// code.h — code objects: a function body compiled to bytecode, with its
// constants, names, per-instruction source positions and exception table.
// Immutable once built by the compiler (the inline caches are the exception).
#ifndef WF_VM_CODE_H
#define WF_VM_CODE_H

#include "../runtime/object.h"

// Code flags.
#define WF_CO_VARARGS          0x0004   // has *args
#define WF_CO_VARKEYWORDS      0x0008   // has **kwargs
#define WF_CO_NESTED           0x0010
#define WF_CO_GENERATOR        0x0020
#define WF_CO_COROUTINE        0x0100
#define WF_CO_ASYNC_GENERATOR  0x0200
#define WF_CO_MODULE           0x1000   // module body: locals dict is globals
#define WF_CO_CLASSBODY        0x2000   // class body: locals dict is the namespace
#define WF_CO_HAS_DOCSTRING    0x4000   // consts[0] is the function's docstring (__doc__)

// Source position of one instruction (lines 1-based, columns 0-based UTF-8 bytes).
typedef struct WfPos {
    int32_t line, end_line;
    int32_t col, end_col;
} WfPos;

// One exception-table entry; see the protocol note in opcodes.h.
typedef struct WfExcEntry {
    uint32_t start, end, handler, depth;
} WfExcEntry;

typedef struct WfCode {
    WfObject ob;
    uint32_t *instrs;          // owned (malloc): ninstrs instruction words
    size_t ninstrs;
    WfPos *positions;          // owned (malloc): one per instruction
    WfExcEntry *exctable;      // owned (malloc): innermost first
    size_t nexc;
    WfValue consts;            // owned: tuple
    WfValue names;             // owned: tuple of str (globals, attributes, imports)
    WfValue localnames;        // owned: tuple of str, arguments first (nlocals entries)
    WfValue cellnames;         // owned: tuple of str (ncells)
    WfValue freenames;         // owned: tuple of str (nfrees)
    WfValue name;              // owned: str (co_name)
    WfValue qualname;          // owned: str
    WfValue filename;          // owned: str
    int argcount;              // positional parameters incl. positional-only
    int posonlyargcount;
    int kwonlyargcount;
    int nlocals, ncells, nfrees;
    int stacksize;             // maximum value-stack depth
    int flags;                 // WF_CO_*
    int firstlineno;
    void *caches;              // owned (malloc) by eval.c: inline caches, may be NULL
} WfCode;

extern WfType wf_code_type;

static inline bool wf_is_code(WfValue v) {
    return !WF_IS_SMALLINT(v) && v->type == &wf_code_type;
}
// Allocates an empty code object; the compiler fills every field. New reference.
WfValue wf_code_new(void);
// Source line of instruction [index] (0 when unknown). Never runs code.
int wf_code_line(const WfCode *code, size_t index);

#endif
