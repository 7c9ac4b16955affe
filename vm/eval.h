// eval.h — running code: the dispatch loop, calls of Weft functions from C,
// and generator resumption. Bytecode-to-bytecode calls never recurse on the
// C stack; a C function calling back into Weft (e.g. a __repr__) starts a
// nested run of the loop, bounded by the recursion limit.
#ifndef WF_VM_EVAL_H
#define WF_VM_EVAL_H

#include "../runtime/object.h"

// Runs a module or class-body code object with the given [globals] and
// [locals] dicts (locals may equal globals). Returns a new reference (the
// body's return value), NULL on error.
WfValue wf_eval_code(WfValue code, WfValue globals, WfValue locals);
// Like wf_eval_code for a class body function (closure from [func]).
WfValue wf_eval_class_body(WfValue func, WfValue locals);
// Calls a Weft function object (what wf_call does for WfFunction). New reference.
WfValue wf_eval_call_function(WfValue func, WfValue *args, size_t nargs, WfValue kwnames);

// Tests the pending eval-breaker reasons now (signals, async exceptions, GIL
// drop). For blocking native loops. 0 ok, -1 error (e.g. KeyboardInterrupt).
int wf_eval_handle_breaker(void);

#endif
