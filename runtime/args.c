// args.c — argument checking and binding for native functions, with the
// messages CPython 3.11's argument clinic and METH_O/METH_NOARGS produce.
//
// Invariant: out[] only ever receives borrowed references into the caller's
// argument array; on error nothing is retained. Never runs Weft code.
#include <string.h>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// "f" -> "f()" unless the name already ends with ')'.
static const char *parens(const char *fname) {
    size_t n = strlen(fname);
    return n && fname[n - 1] == ')' ? "" : "()";
}

int wf_args_no_kw(const char *fname, WfValue kwnames) {
    if (!kwnames || WF_TUPLE_LEN(kwnames) == 0) return 0;
    wf_err_format(wf_TypeError, "%s%s takes no keyword arguments", fname, parens(fname));
    return -1;
}

int wf_args_count(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    if (min == 0 && max == 0) {
        wf_err_format(wf_TypeError, "%s%s takes no arguments (%zu given)", fname, parens(fname),
                      nargs);
    } else if (min == 1 && max == 1) {
        wf_err_format(wf_TypeError, "%s%s takes exactly one argument (%zu given)", fname,
                      parens(fname), nargs);
    } else if (nargs < min) {
        wf_err_format(wf_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                      min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    } else {
        wf_err_format(wf_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    }
    return -1;
}

int wf_args_parse(const char *fname, WfValue *args, size_t nargs, WfValue kwnames,
                  const char *const *names, size_t nparams, size_t min, size_t max_pos,
                  WfValue *out) {
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    const char *p = parens(fname);
    for (size_t i = 0; i < nparams; i++) out[i] = WF_NULL;
    if (max_pos > nparams) max_pos = nparams;
    size_t posonly = 0;
    while (posonly < nparams && !names[posonly]) posonly++;

    if (nargs + nkw > nparams) {
        wf_err_format(wf_TypeError, "%s%s takes at most %zu %sargument%s (%zu given)", fname, p,
                      nparams, nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s",
                      nargs + nkw);
        return -1;
    }
    if (nargs > max_pos) {
        if (max_pos == 0)
            wf_err_format(wf_TypeError, "%s%s takes no positional arguments", fname, p);
        else
            wf_err_format(wf_TypeError, "%s%s takes %s %zu positional argument%s (%zu given)",
                          fname, p, min < max_pos ? "at most" : "exactly", max_pos,
                          max_pos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (size_t k = 0; k < nkw; k++) {
        WfValue key = WF_TUPLE_GET(kwnames, k);
        size_t j = nparams;
        if (wf_is_str(key))
            for (size_t i = posonly; i < nparams; i++)
                if (names[i] && wf_str_eq_cstr(key, names[i])) {
                    j = i;
                    break;
                }
        if (j == nparams) {
            if (wf_is_str(key))
                wf_err_format(wf_TypeError, "'%s' is an invalid keyword argument for %s%s",
                              wf_str_cstr(key), fname, p);
            else
                wf_err_format(wf_TypeError, "keywords must be strings");
            return -1;
        }
        if (out[j]) {
            wf_err_format(wf_TypeError, "argument for %s%s given by name ('%s') and position (%zu)",
                          fname, p, names[j], j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    for (size_t i = 0; i < min && i < nparams; i++) {
        if (out[i]) continue;
        if (i < posonly) {
            size_t minposonly = posonly < min ? posonly : min;
            wf_err_format(wf_TypeError, "%s%s takes %s %zu positional argument%s (%zu given)",
                          fname, p, minposonly < max_pos ? "at least" : "exactly", minposonly,
                          minposonly == 1 ? "" : "s", nargs);
        } else {
            wf_err_format(wf_TypeError, "%s%s missing required argument '%s' (pos %zu)", fname, p,
                          names[i], i + 1);
        }
        return -1;
    }
    return 0;
}
