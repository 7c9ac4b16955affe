// evalops.h — PRIVATE to the VM: the cold halves of opcodes (unpacking,
// imports, raise/except, with/async with, awaitables, f-string pieces,
// argument flattening for f(*a, **k)). eval.c keeps the hot paths inline and
// calls these. Every message matches CPython 3.11. GIL rule: call with the GIL held.
#ifndef WF_VM_EVALOPS_H
#define WF_VM_EVALOPS_H

#include "runtime/object.h"
#include "vm/code.h"

// UNPACK_SEQUENCE: writes the [n] items of [seq] to out[0..n) in stack order
// (out[n-1] is the first item, the new top), as new references.
// On error: returns -1 with an exception set (nothing written). May run Weft code.
int wf_evalops_unpack(WfValue seq, size_t n, WfValue *out);
// UNPACK_EX with [before] and [after] targets around the starred list:
// writes before + 1 + after new references to out[] in stack order.
// On error: returns -1 with an exception set. May run Weft code.
int wf_evalops_unpack_ex(WfValue seq, size_t before, size_t after, WfValue *out);

// IMPORT_NAME: [level] is an int (or None). Returns a new reference.
// On error: returns NULL with an exception set. May run Weft code.
WfValue wf_evalops_import_name(WfValue name, WfValue globals, WfValue fromlist, WfValue level);
// IMPORT_FROM: module.name, or sys.modules["pkg.name"], else ImportError.
// Returns a new reference. On error: returns NULL with an exception set. May run Weft code.
WfValue wf_evalops_import_from(WfValue module, WfValue name);
// IMPORT_STAR into [locals] (a dict or mapping).
// On error: returns -1 with an exception set. May run Weft code.
int wf_evalops_import_star(WfValue module, WfValue locals);

// RAISE_VARARGS 1/2: sets the exception to raise ([cause] may be NULL).
// Always returns -1 with an exception set. May run Weft code (instantiation).
int wf_evalops_do_raise(WfValue exc, WfValue cause);
// CHECK_EXC_MATCH: 1/0. On error: returns -1 with TypeError set (bad except clause).
int wf_evalops_exc_match(WfValue exc, WfValue type);

// BEFORE_WITH / BEFORE_ASYNC_WITH: stores new references to the bound
// __exit__/__aexit__ in *exit and to the __enter__() result (or the awaitable
// of __aenter__()) in *res. On error: returns -1 with an exception set.
// May run Weft code.
int wf_evalops_before_with(WfValue mgr, WfValue *exit, WfValue *res);
int wf_evalops_before_async_with(WfValue mgr, WfValue *exit, WfValue *res);
// GET_AITER / GET_ANEXT. Return a new reference.
// On error: return NULL with an exception set. May run Weft code.
WfValue wf_evalops_get_aiter(WfValue v);
WfValue wf_evalops_get_anext(WfValue aiter);
// GET_YIELD_FROM_ITER inside code with flags [co_flags]. Returns a new reference.
// On error: returns NULL with an exception set. May run Weft code.
WfValue wf_evalops_yield_from_iter(WfValue v, int co_flags);

// FORMAT_VALUE: conversion [conv] (0 none, 1 str, 2 repr, 3 ascii) then
// format(v, spec) ([spec] may be NULL). Returns a new reference.
// On error: returns NULL with an exception set. May run Weft code.
WfValue wf_evalops_format_value(WfValue v, int conv, WfValue spec);
// BUILD_STRING of [n] str values. Returns a new reference.
// On error: returns NULL with an exception set.
WfValue wf_evalops_build_string(WfValue *items, size_t n);
// PRINT_EXPR (sys.displayhook, or repr to sys.stdout and builtins._).
// On error: returns -1 with an exception set. May run Weft code.
int wf_evalops_print_expr(WfValue v);
// DICT_MERGE (for **kwargs of a call to [func], which may be NULL).
// On error: returns -1 with an exception set. May run Weft code.
int wf_evalops_dict_merge(WfValue dict, WfValue update, WfValue func);

// Flattens f(*args, **kwargs) into a vectorcall array: *vec (malloc'd) holds one
// free slot at index 0 (for a bound method's self) then the positional values
// and the keyword values, all new references; *nargs counts the positional
// ones, *kwnames is a tuple of str or NULL (new reference). [kwargs] may be NULL.
// On error: returns -1 with an exception set (nothing to free). May run Weft code.
int wf_evalops_flatten_call(WfValue func, WfValue args, WfValue kwargs, WfValue **vec,
                            size_t *nargs, WfValue *kwnames);
// Releases what wf_evalops_flatten_call produced (slot 0 is not touched).
void wf_evalops_flatten_free(WfValue *vec, size_t nargs, WfValue kwnames);

// "__main__.f()" / "list.append()" / "print()" / "int object" for messages
// about a callable (CPython's _PyObject_FunctionStr). Writes into [buf].
// May run Weft code (__qualname__ / __module__ lookups); errors are dropped.
void wf_evalops_func_desc(WfValue func, char *buf, size_t size);

// Name errors (they set the exception, with .name for the suggestions):
// UnboundLocalError for local slot [i], UnboundLocalError / NameError for
// cell-or-free slot [i], NameError "name 'x' is not defined".
void wf_evalops_unbound_local(WfCode *co, int i);
void wf_evalops_unbound_deref(WfCode *co, int i);
void wf_evalops_name_error(WfValue name);
// The name of cell-or-free slot [i].
// Returns a borrowed reference (valid while [co] is unchanged).
WfValue wf_evalops_cell_name(WfCode *co, int i);

#endif
