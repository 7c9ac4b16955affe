// args.h — argument parsing for native functions, with CPython's messages.
#ifndef WF_RUNTIME_ARGS_H
#define WF_RUNTIME_ARGS_H

#include "object.h"

// Binds vectorcall arguments to [nparams] parameters named [names]
// (a name of NULL marks a positional-only parameter). Positional arguments
// fill parameters 0.. up to [max_pos]; the first [min] parameters are required.
// out[i] receives a borrowed reference, or NULL when not given.
// [fname] is used in messages: "sorted expected 1 argument, got 0",
// "'x' is an invalid keyword argument for print()", "f() missing required
// argument 'x' (pos 1)", "f() takes at most 2 arguments (3 given)".
// 0 ok, -1 error.
int wf_args_parse(const char *fname, WfValue *args, size_t nargs, WfValue kwnames,
                  const char *const *names, size_t nparams, size_t min, size_t max_pos,
                  WfValue *out);
// TypeError "f() takes no keyword arguments" if [kwnames] is non-empty. 0/-1.
int wf_args_no_kw(const char *fname, WfValue kwnames);
// Checks min <= nargs <= max with CPython's messages ("len() takes exactly one
// argument (2 given)", "f expected at most 2 arguments, got 3"). 0/-1.
int wf_args_count(const char *fname, size_t nargs, size_t min, size_t max);

#endif
