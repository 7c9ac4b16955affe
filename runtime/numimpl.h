// numimpl.h — helpers shared by int.c, float.c and format.c only: exact
// int/float comparison, correctly rounded big-int ratios, float-to-int
// conversion, the float power function. Not a public contract.
// GIL rule: called with the GIL held; none of these runs Weft code.
#ifndef WF_RUNTIME_NUMIMPL_H
#define WF_RUNTIME_NUMIMPL_H

#include <gmp.h>

#include "object.h"

// Compares int [i] with double [d] exactly: -1, 0, 1; 2 when d is NaN.
int wf_int_compare_double(WfValue i, double d);
// Correctly rounded (round-half-even) a / b as a double; b != 0.
// 0 ok; -1 when the magnitude overflows a double (no exception set).
int wf_mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, double *out);
// int(d): truncates toward zero. Returns a new reference. On error: returns
// NULL with OverflowError "cannot convert float infinity to integer" or
// ValueError "cannot convert float NaN to integer".
WfValue wf_int_from_double(double d);
// a ** b for doubles with CPython's special cases and errors.
// Returns a new reference (a float; a complex for a negative base and a
// fractional exponent, as CPython 3). On error: returns NULL with an exception set.
WfValue wf_float_pow_dd(double a, double b);
// The exact value of a finite double as mantissa * 2**exp with an integer
// mantissa (set into [m], initialized by the caller).
void wf_double_to_mpz_exp(double d, mpz_t m, int *exp);

#endif
