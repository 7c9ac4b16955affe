// evalops.h — PRIVATE to the VM: the cold halves of opcodes (unpacking,
// imports, except/except*, with/async with, awaitables, f-string pieces,
// argument flattening for f(*a, **k)). eval.c keeps the hot paths inline and
// calls these. All may run Weft code unless stated otherwise.
#ifndef WF_VM_EVALOPS_H
#define WF_VM_EVALOPS_H

#include "runtime/object.h"
#include "vm/code.h"

// UNPACK_SEQUENCE: writes the [n] items of [seq] to out[0..n) in stack order
// (out[n-1] is the first item, the new top). New references. 0 ok, -1 error.
int wf_evalops_unpack(WfValue seq, size_t n, WfValue *out);
// UNPACK_EX with [before] and [after] targets around the starred list:
// writes before + 1 + after values to out[] in stack order. 0 ok, -1 error.
int wf_evalops_unpack_ex(WfValue seq, size_t before, size_t after, WfValue *out);

// IMPORT_FROM: module.name, or sys.modules["pkg.name"], else ImportError. New reference.
WfValue wf_evalops_import_from(WfValue module, WfValue name);
// IMPORT_STAR into [locals] (a dict or mapping). 0 ok, -1 error.
int wf_evalops_import_star(WfValue module, WfValue locals);

// RAISE_VARARGS 1/2: sets the exception to raise ([cause] may be NULL). Always returns -1.
int wf_evalops_do_raise(WfValue exc, WfValue cause);
// CHECK_EXC_MATCH: 1/0, -1 with TypeError for a bad except clause type.
int wf_evalops_exc_match(WfValue exc, WfValue type);

// BEFORE_WITH / BEFORE_ASYNC_WITH: the bound __exit__/__aexit__ in *exit and
// the __enter__() result (or the awaitable of __aenter__()) in *res. 0/-1.
int wf_evalops_before_with(WfValue mgr, WfValue *exit, WfValue *res);
int wf_evalops_before_async_with(WfValue mgr, WfValue *exit, WfValue *res);
// GET_AITER / GET_ANEXT. New references.
WfValue wf_evalops_get_aiter(WfValue v);
WfValue wf_evalops_get_anext(WfValue aiter);
// GET_YIELD_FROM_ITER inside code with flags [co_flags]. New reference.
WfValue wf_evalops_yield_from_iter(WfValue v, int co_flags);

// FORMAT_VALUE: conversion [conv] (0 none, 1 str, 2 repr, 3 ascii) then
// format(v, spec) ([spec] may be NULL). New reference.
WfValue wf_evalops_format_value(WfValue v, int conv, WfValue spec);
// BUILD_STRING of [n] str values. New reference.
WfValue wf_evalops_build_string(WfValue *items, size_t n);
// PRINT_EXPR. 0/-1.
int wf_evalops_print_expr(WfValue v);
// DICT_MERGE (for **kwargs of a call to [func], which may be NULL). 0/-1.
int wf_evalops_dict_merge(WfValue dict, WfValue update, WfValue func);
// IMPORT_NAME. New reference.
WfValue wf_evalops_import_name(WfValue name, WfValue globals, WfValue fromlist, WfValue level);

// Flattens f(*args, **kwargs) into a vectorcall array: *vec (malloc'd) holds one
// free slot at index 0 (for a bound method's self) then the positional values
// and the keyword values, all new references; *nargs counts the positional
// ones, *kwnames is a tuple of str or NULL. [kwargs] may be NULL.
// On error: returns -1 with an exception set (nothing to free).
int wf_evalops_flatten_call(WfValue func, WfValue args, WfValue kwargs, WfValue **vec,
                            size_t *nargs, WfValue *kwnames);
// Releases what wf_evalops_flatten_call produced (slot 0 is not touched).
void wf_evalops_flatten_free(WfValue *vec, size_t nargs, WfValue kwnames);

// "f()" / "A.m()" / "print()" / "'int' object" for messages about a callable.
// Writes into [buf]. Never runs code.
void wf_evalops_func_desc(WfValue func, char *buf, size_t size);

// Name errors (they set the exception): names of a code's cell/free slot [i].
void wf_evalops_unbound_local(WfCode *co, int i);
void wf_evalops_unbound_deref(WfCode *co, int i);
void wf_evalops_name_error(WfValue name);
WfValue wf_evalops_cell_name(WfCode *co, int i);   // borrowed

#endif
