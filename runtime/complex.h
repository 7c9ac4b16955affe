// complex.h — the complex type (two C doubles), CPython 3.11's arithmetic,
// repr ("(1+2j)", "-0j", "(nan+infj)"), hashing (equal to int/float hashes
// for real values), parsing ("1+2j", "(-j)") and format specs.
#ifndef WF_RUNTIME_COMPLEX_H
#define WF_RUNTIME_COMPLEX_H

#include "object.h"

typedef struct WfComplex {
    WfObject ob;
    double real, imag;
} WfComplex;

extern WfType wf_complex_type;

static inline bool wf_is_complex(WfValue v) {
    return !WF_IS_SMALLINT(v) && wf_type_is_subtype(v->type, &wf_complex_type);
}

// Returns a new reference.
WfValue wf_complex_new(double real, double imag);

// (ar + ai j) ** (br + bi j) with CPython's rules (integral exponents up to 100
// by repeated multiplication). float.c uses it for a negative float raised to
// a fractional power. Returns a new reference. On error: returns NULL with
// ZeroDivisionError "0.0 to a negative or complex power" or OverflowError
// "complex exponentiation".
WfValue wf_complex_pow_values(double ar, double ai, double br, double bi);

// format(complex, spec): CPython's complex __format__ (defined in format.c,
// which owns the spec parser). [spec] is a str. Returns a new reference.
// On error: returns NULL with an exception set.
WfValue wf_format_complex(double real, double imag, WfValue spec);

#endif
