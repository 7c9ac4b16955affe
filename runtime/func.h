// func.h — Weft function objects, cells (closure variables) and bound methods.
// Calling a function pushes a frame on the VM (vm/eval.c); nothing here
// recurses on the C stack.
#ifndef WF_RUNTIME_FUNC_H
#define WF_RUNTIME_FUNC_H

#include "object.h"

typedef struct WfFunction {
    WfObject ob;
    WfValue code;          // owned: a WfCode (vm/code.h)
    WfValue globals;       // owned: the module's dict
    WfValue builtins;      // owned: the builtins dict it resolves against
    WfValue name;          // owned: __name__ (str)
    WfValue qualname;      // owned: __qualname__ (str)
    WfValue module;        // owned: __module__ or None
    WfValue defaults;      // owned: tuple or NULL
    WfValue kwdefaults;    // owned: dict or NULL
    WfValue closure;       // owned: tuple of cells or NULL
    WfValue annotations;   // owned: dict or NULL
    WfValue doc;           // owned: __doc__ or NULL
    WfValue dict;          // owned: function attributes, or NULL
} WfFunction;

typedef struct WfCell {
    WfObject ob;
    WfValue ref;           // owned: contents, NULL when empty
} WfCell;

typedef struct WfMethod {
    WfObject ob;
    WfValue func;          // owned: the function
    WfValue self;          // owned: the receiver
} WfMethod;

extern WfType wf_function_type, wf_cell_type, wf_method_type;

// Returns a new reference.
WfValue wf_function_new(WfValue code, WfValue globals, WfValue qualname);
WfValue wf_cell_new(WfValue contents);     // contents may be NULL
WfValue wf_method_new(WfValue func, WfValue self);

#endif
