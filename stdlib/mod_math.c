// mod_math.c — the `math` module: libm wrappers with CPython's domain/range
// errors ("math domain error", "math range error"), exact integer functions
// on GMP (isqrt, gcd, lcm, factorial, comb, perm), floor/ceil/trunc that
// return ints of any size, fsum (Shewchuk's exact partials), isclose, prod, dist.
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/native_inits.h"

// ---- helpers ----------------------------------------------------------------------------------

static int one_arg(const char *name, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw(name, kwnames) < 0) return -1;
    if (nargs != 1) {
        wf_err_format(wf_TypeError, "math.%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

static int two_args(const char *name, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw(name, kwnames) < 0) return -1;
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "%s expected 2 arguments, got %zu", name, nargs);
        return -1;
    }
    return 0;
}

static WfValue domain_error(void) {
    wf_err_set_str(wf_ValueError, "math domain error");
    return WF_NULL;
}

static WfValue range_error(void) {
    wf_err_set_str(wf_OverflowError, "math range error");
    return WF_NULL;
}

// CPython's math_1: NaN from non-NaN is a domain error; inf from finite is a
// range error (or a domain error when [can_overflow] is false).
static WfValue checked_result(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return wf_float_new(r);
}

// An int value of [v] (int, bool, or __index__) as a new reference; TypeError otherwise.
static WfValue as_int(WfValue v) {
    if (wf_is_int(v)) {
        if (WF_IS_SMALLINT(v)) return v;
        if (v->type == &wf_bool_type) return WF_FROM_SMALLINT(((WfBool *)v)->value);
        return wf_newref(v);
    }
    if (wf_type(v)->nb_index && !wf_is_float(v)) {
        WfValue r = wf_type(v)->nb_index(v);
        if (r && !wf_is_int(r)) {
            wf_err_format(wf_TypeError, "__index__ returned non-int (type %s)", wf_type_name(r));
            wf_decref(r);
            return WF_NULL;
        }
        return r;
    }
    wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(v));
    return WF_NULL;
}

static WfValue int_from_double(double d) {
    if (isnan(d)) {
        wf_err_set_str(wf_ValueError, "cannot convert float NaN to integer");
        return WF_NULL;
    }
    if (isinf(d)) {
        wf_err_set_str(wf_OverflowError, "cannot convert float infinity to integer");
        return WF_NULL;
    }
    if (d > -9.2e18 && d < 9.2e18) return wf_int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    WfValue r = wf_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

// ---- one-argument float functions --------------------------------------------------------------

#define MATH_FUNC1(pyname, cfn, can_overflow)                                                   \
    static WfValue math_##pyname(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) { \
        if (one_arg(#pyname, nargs, kwnames) < 0) return WF_NULL;                              \
        double x;                                                                               \
        if (wf_to_double(args[0], &x) < 0) return WF_NULL;                                      \
        errno = 0;                                                                              \
        double r = cfn(x);                                                                      \
        return checked_result(x, r, can_overflow);                                              \
    }

static double c_sqrt(double x) { return x < 0 ? NAN : sqrt(x); }
static double c_log1p(double x) { return x <= -1 ? (x == -1 ? -INFINITY : NAN) : log1p(x); }
static double c_acosh(double x) { return x < 1 ? NAN : acosh(x); }
static double c_atanh(double x) { return fabs(x) >= 1 ? (fabs(x) == 1 ? INFINITY : NAN) : atanh(x); }
static double c_gamma(double x) {
    if (x == floor(x) && x <= 0) return NAN;
    return tgamma(x);
}
static double c_lgamma(double x) {
    if (x == floor(x) && x <= 0) return INFINITY;
    return lgamma(x);
}

MATH_FUNC1(sqrt, c_sqrt, false)
MATH_FUNC1(exp, exp, true)
MATH_FUNC1(exp2, exp2, true)
MATH_FUNC1(expm1, expm1, true)
MATH_FUNC1(log1p, c_log1p, false)
MATH_FUNC1(sin, sin, false)
MATH_FUNC1(cos, cos, false)
MATH_FUNC1(tan, tan, false)
MATH_FUNC1(asin, asin, false)
MATH_FUNC1(acos, acos, false)
MATH_FUNC1(atan, atan, false)
MATH_FUNC1(sinh, sinh, true)
MATH_FUNC1(cosh, cosh, true)
MATH_FUNC1(tanh, tanh, false)
MATH_FUNC1(asinh, asinh, false)
MATH_FUNC1(acosh, c_acosh, false)
MATH_FUNC1(atanh, c_atanh, false)
MATH_FUNC1(fabs, fabs, false)
MATH_FUNC1(erf, erf, false)
MATH_FUNC1(erfc, erfc, false)
MATH_FUNC1(gamma, c_gamma, true)
MATH_FUNC1(lgamma, c_lgamma, true)
MATH_FUNC1(cbrt, cbrt, false)

static WfValue math_degrees(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("degrees", nargs, kwnames) < 0) return WF_NULL;
    double x;
    if (wf_to_double(args[0], &x) < 0) return WF_NULL;
    return wf_float_new(x * (180.0 / M_PI));
}

static WfValue math_radians(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("radians", nargs, kwnames) < 0) return WF_NULL;
    double x;
    if (wf_to_double(args[0], &x) < 0) return WF_NULL;
    return wf_float_new(x * (M_PI / 180.0));
}

// ---- logarithms (exact for huge ints) ----------------------------------------------------------

// log of [v] in base e. 0 ok with *out, -1 error.
static int log_of(WfValue v, double (*fn)(double), double *out) {
    if (wf_is_int(v) && !WF_IS_SMALLINT(v) && v->type != &wf_bool_type) {
        if (wf_int_sign(v) <= 0) { domain_error(); return -1; }
        double x;
        if (wf_int_to_double(v, &x) == 0) {   // as CPython: exact double when it fits
            *out = fn(x);
            return 0;
        }
        wf_err_clear();
        long e;
        double d = mpz_get_d_2exp(&e, ((WfBigInt *)v)->z);
        // fn(d * 2**e) = fn(d) + e * fn(2) for the logs (fn(2)/ln(2) scales).
        *out = fn(d) + (double)e * fn(2.0);
        return 0;
    }
    double x;
    if (wf_to_double(v, &x) < 0) return -1;
    if (isnan(x)) { *out = x; return 0; }
    if (x <= 0) { domain_error(); return -1; }
    *out = fn(x);
    return 0;
}

static WfValue math_log(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("log", kwnames) < 0 || wf_args_count("log", nargs, 1, 2) < 0) return WF_NULL;
    double num;
    if (log_of(args[0], log, &num) < 0) return WF_NULL;
    if (nargs == 1) return wf_float_new(num);
    double den;
    if (log_of(args[1], log, &den) < 0) return WF_NULL;
    if (den == 0) {
        wf_err_set_str(wf_ZeroDivisionError, "float division by zero");
        return WF_NULL;
    }
    return wf_float_new(num / den);
}

static WfValue math_log2(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("log2", nargs, kwnames) < 0) return WF_NULL;
    double r;
    if (log_of(args[0], log2, &r) < 0) return WF_NULL;
    return wf_float_new(r);
}

static WfValue math_log10(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("log10", nargs, kwnames) < 0) return WF_NULL;
    double r;
    if (log_of(args[0], log10, &r) < 0) return WF_NULL;
    return wf_float_new(r);
}

// ---- two-argument float functions -------------------------------------------------------------

static WfValue math_pow(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (two_args("pow", nargs, kwnames) < 0) return WF_NULL;
    double x, y;
    if (wf_to_double(args[0], &x) < 0 || wf_to_double(args[1], &y) < 0) return WF_NULL;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) return wf_float_new(y == 0.0 ? 1.0 : x);
        if (isnan(y)) return wf_float_new(x == 1.0 ? 1.0 : y);
        return wf_float_new(pow(x, y));
    }
    if (x == 0.0 && y < 0) return domain_error();
    if (x < 0 && y != floor(y)) return domain_error();
    double r = pow(x, y);
    if (isinf(r)) return range_error();
    return wf_float_new(r);
}

static WfValue math_atan2(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (two_args("atan2", nargs, kwnames) < 0) return WF_NULL;
    double y, x;
    if (wf_to_double(args[0], &y) < 0 || wf_to_double(args[1], &x) < 0) return WF_NULL;
    return wf_float_new(atan2(y, x));
}

static WfValue math_copysign(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (two_args("copysign", nargs, kwnames) < 0) return WF_NULL;
    double x, y;
    if (wf_to_double(args[0], &x) < 0 || wf_to_double(args[1], &y) < 0) return WF_NULL;
    return wf_float_new(copysign(x, y));
}

static WfValue math_fmod(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (two_args("fmod", nargs, kwnames) < 0) return WF_NULL;
    double x, y;
    if (wf_to_double(args[0], &x) < 0 || wf_to_double(args[1], &y) < 0) return WF_NULL;
    if (isinf(y) && isfinite(x)) return wf_float_new(x);
    if ((y == 0.0 || isinf(x)) && !isnan(x) && !isnan(y)) return domain_error();
    return wf_float_new(fmod(x, y));
}

static WfValue math_remainder(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (two_args("remainder", nargs, kwnames) < 0) return WF_NULL;
    double x, y;
    if (wf_to_double(args[0], &x) < 0 || wf_to_double(args[1], &y) < 0) return WF_NULL;
    if ((y == 0.0 || isinf(x)) && !isnan(x) && !isnan(y)) return domain_error();
    return wf_float_new(remainder(x, y));
}

static WfValue math_ldexp(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (two_args("ldexp", nargs, kwnames) < 0) return WF_NULL;
    double x;
    if (wf_to_double(args[0], &x) < 0) return WF_NULL;
    if (!wf_is_int(args[1])) {
        wf_err_set_str(wf_TypeError, "Expected an int as second argument to ldexp.");
        return WF_NULL;
    }
    int64_t e;
    if (wf_int_to_i64(args[1], &e) < 0) {
        wf_err_clear();
        e = wf_int_sign(args[1]) > 0 ? INT32_MAX : INT32_MIN;
    }
    if (e > INT32_MAX) e = INT32_MAX;
    if (e < INT32_MIN) e = INT32_MIN;
    if (x == 0.0 || !isfinite(x)) return wf_float_new(x);
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error();
    return wf_float_new(r);
}

static WfValue math_frexp(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("frexp", nargs, kwnames) < 0) return WF_NULL;
    double x;
    if (wf_to_double(args[0], &x) < 0) return WF_NULL;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
    WfValue mf = wf_float_new(m);
    if (!mf) return WF_NULL;
    WfValue r = wf_tuple_pack(2, mf, WF_FROM_SMALLINT(e));
    wf_decref(mf);
    return r;
}

static WfValue math_modf(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("modf", nargs, kwnames) < 0) return WF_NULL;
    double x, ip;
    if (wf_to_double(args[0], &x) < 0) return WF_NULL;
    double fp;
    if (isinf(x)) { ip = x; fp = copysign(0.0, x); }
    else fp = modf(x, &ip);
    WfValue a = wf_float_new(fp), b = wf_float_new(ip);
    WfValue r = (a && b) ? wf_tuple_pack(2, a, b) : WF_NULL;
    wf_xdecref(a);
    wf_xdecref(b);
    return r;
}

static WfValue math_nextafter(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (two_args("nextafter", nargs, kwnames) < 0) return WF_NULL;
    double x, y;
    if (wf_to_double(args[0], &x) < 0 || wf_to_double(args[1], &y) < 0) return WF_NULL;
    return wf_float_new(nextafter(x, y));
}

static WfValue math_ulp(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("ulp", nargs, kwnames) < 0) return WF_NULL;
    double x;
    if (wf_to_double(args[0], &x) < 0) return WF_NULL;
    if (isnan(x)) return wf_float_new(x);
    x = fabs(x);
    if (isinf(x)) return wf_float_new(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return wf_float_new(x - x2);
    }
    return wf_float_new(x2 - x);
}

// ---- predicates --------------------------------------------------------------------------------

#define MATH_PRED(pyname, expr)                                                                 \
    static WfValue math_##pyname(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) { \
        if (one_arg(#pyname, nargs, kwnames) < 0) return WF_NULL;                              \
        double x;                                                                               \
        if (wf_to_double(args[0], &x) < 0) return WF_NULL;                                      \
        return wf_bool(expr);                                                                   \
    }
MATH_PRED(isfinite, isfinite(x))
MATH_PRED(isinf, isinf(x))
MATH_PRED(isnan, isnan(x))

static WfValue math_isclose(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {NULL, NULL, "rel_tol", "abs_tol"};
    WfValue a[4];
    if (wf_args_parse("isclose", args, nargs, kwnames, names, 4, 2, 2, a) < 0) return WF_NULL;
    double x, y, rel = 1e-9, abs_tol = 0.0;
    if (wf_to_double(a[0], &x) < 0 || wf_to_double(a[1], &y) < 0) return WF_NULL;
    if (a[2] && wf_to_double(a[2], &rel) < 0) return WF_NULL;
    if (a[3] && wf_to_double(a[3], &abs_tol) < 0) return WF_NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        wf_err_set_str(wf_ValueError, "tolerances must be non-negative");
        return WF_NULL;
    }
    if (x == y) return wf_bool(true);
    if (isinf(x) || isinf(y)) return wf_bool(false);
    double diff = fabs(y - x);
    return wf_bool((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || diff <= abs_tol);
}

// ---- integer rounding -----------------------------------------------------------------------------

static WfValue round_via(WfValue v, WfValue dunder, double (*fn)(double)) {
    if (wf_is_int(v)) return as_int(v);
    if (!WF_IS_SMALLINT(v) && v->type == &wf_float_type) return int_from_double(fn(WF_FLOAT_VAL(v)));
    WfValue meth = wf_type_lookup(wf_type(v), dunder);
    if (meth) {
        wf_incref(meth);
        WfValue r = wf_call1(meth, v);
        wf_decref(meth);
        return r;
    }
    if (fn == trunc) {
        wf_err_format(wf_TypeError, "type %s doesn't define __trunc__ method", wf_type_name(v));
        return WF_NULL;
    }
    double x;
    if (wf_to_double(v, &x) < 0) return WF_NULL;
    return int_from_double(fn(x));
}

static WfValue math_floor(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("floor", nargs, kwnames) < 0) return WF_NULL;
    return round_via(args[0], WF_ID(__floor__), floor);
}

static WfValue math_ceil(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("ceil", nargs, kwnames) < 0) return WF_NULL;
    return round_via(args[0], WF_ID(__ceil__), ceil);
}

static WfValue math_trunc(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("trunc", nargs, kwnames) < 0) return WF_NULL;
    return round_via(args[0], WF_ID(__trunc__), trunc);
}

// ---- exact integer functions (GMP) ------------------------------------------------------------

static WfValue math_isqrt(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("isqrt", nargs, kwnames) < 0) return WF_NULL;
    WfValue n = as_int(args[0]);
    if (!n) return WF_NULL;
    if (wf_int_sign(n) < 0) {
        wf_decref(n);
        wf_err_set_str(wf_ValueError, "isqrt() argument must be nonnegative");
        return WF_NULL;
    }
    if (WF_IS_SMALLINT(n)) {
        uint64_t x = (uint64_t)WF_SMALLINT_VAL(n);
        uint64_t r = (uint64_t)sqrt((double)x);
        while (r * r > x) r--;
        while ((r + 1) * (r + 1) <= x) r++;
        return wf_int_from_u64(r);
    }
    mpz_t z;
    mpz_init(z);
    wf_int_to_mpz(n, z);
    wf_decref(n);
    mpz_sqrt(z, z);
    WfValue r = wf_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static WfValue gcd_lcm(WfValue *args, size_t nargs, WfValue kwnames, bool lcm) {
    if (wf_args_no_kw(lcm ? "lcm" : "gcd", kwnames) < 0) return WF_NULL;
    mpz_t acc, z;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(z);
    for (size_t i = 0; i < nargs; i++) {
        WfValue n = as_int(args[i]);
        if (!n) { mpz_clear(acc); mpz_clear(z); return WF_NULL; }
        wf_int_to_mpz(n, z);
        wf_decref(n);
        if (lcm) mpz_lcm(acc, acc, z);
        else mpz_gcd(acc, acc, z);
    }
    WfValue r = wf_int_from_mpz(acc);
    mpz_clear(acc);
    mpz_clear(z);
    return r;
}

static WfValue math_gcd(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return gcd_lcm(args, nargs, kwnames, false);
}

static WfValue math_lcm(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return gcd_lcm(args, nargs, kwnames, true);
}

static WfValue math_factorial(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("factorial", nargs, kwnames) < 0) return WF_NULL;
    WfValue n = as_int(args[0]);
    if (!n) return WF_NULL;
    if (wf_int_sign(n) < 0) {
        wf_decref(n);
        wf_err_set_str(wf_ValueError, "factorial() not defined for negative values");
        return WF_NULL;
    }
    int64_t k;
    if (wf_int_to_i64(n, &k) < 0 || k > 100000000) {
        wf_decref(n);
        wf_err_clear();
        wf_err_set_str(wf_OverflowError, "factorial() argument should not exceed 9223372036854775807");
        return WF_NULL;
    }
    wf_decref(n);
    if (k <= 20) {
        uint64_t f = 1;
        for (int64_t i = 2; i <= k; i++) f *= (uint64_t)i;
        return wf_int_from_u64(f);
    }
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)k);
    WfValue r = wf_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

// n and k for comb/perm as mpz plus k as unsigned long. 0 ok, -1 error.
static int comb_args(WfValue nv, WfValue kv, mpz_t n, unsigned long *k, bool *k_big) {
    WfValue ni = as_int(nv);
    if (!ni) return -1;
    WfValue ki = as_int(kv);
    if (!ki) { wf_decref(ni); return -1; }
    int rc = -1;
    if (wf_int_sign(ni) < 0) {
        wf_err_set_str(wf_ValueError, "n must be a non-negative integer");
        goto done;
    }
    if (wf_int_sign(ki) < 0) {
        wf_err_set_str(wf_ValueError, "k must be a non-negative integer");
        goto done;
    }
    wf_int_to_mpz(ni, n);
    int64_t kk;
    *k_big = false;
    if (wf_int_to_i64(ki, &kk) < 0) {
        wf_err_clear();
        *k_big = true;
        kk = 0;
    }
    *k = (unsigned long)kk;
    rc = 0;
done:
    wf_decref(ni);
    wf_decref(ki);
    return rc;
}

static WfValue math_comb(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (two_args("comb", nargs, kwnames) < 0) return WF_NULL;
    mpz_t n;
    mpz_init(n);
    unsigned long k;
    bool big;
    if (comb_args(args[0], args[1], n, &k, &big) < 0) { mpz_clear(n); return WF_NULL; }
    WfValue r;
    if (big || mpz_cmp_ui(n, k) < 0) {
        if (big && mpz_sizeinbase(n, 2) > 63) {
            mpz_clear(n);
            wf_err_set_str(wf_OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
            return WF_NULL;
        }
        r = wf_int_from_i64(0);
    } else {
        mpz_t nk;
        mpz_init(nk);
        mpz_sub_ui(nk, n, k);
        if (mpz_cmp_ui(nk, k) < 0) k = mpz_get_ui(nk);
        mpz_clear(nk);
        mpz_bin_ui(n, n, k);
        r = wf_int_from_mpz(n);
    }
    mpz_clear(n);
    return r;
}

static WfValue math_perm(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("perm", kwnames) < 0 || wf_args_count("perm", nargs, 1, 2) < 0) return WF_NULL;
    if (nargs == 1 || args[1] == WF_NONE) return math_factorial(self, args, 1, WF_NULL);
    mpz_t n;
    mpz_init(n);
    unsigned long k;
    bool big;
    if (comb_args(args[0], args[1], n, &k, &big) < 0) { mpz_clear(n); return WF_NULL; }
    WfValue r;
    if (big || mpz_cmp_ui(n, k) < 0) {
        r = wf_int_from_i64(0);
    } else {
        mpz_t acc;
        mpz_init_set_ui(acc, 1);
        for (unsigned long i = 0; i < k; i++) {
            mpz_mul(acc, acc, n);
            mpz_sub_ui(n, n, 1);
        }
        r = wf_int_from_mpz(acc);
        mpz_clear(acc);
    }
    mpz_clear(n);
    return r;
}

// ---- sums and products ----------------------------------------------------------------------------

static WfValue math_prod(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {NULL, "start"};
    WfValue a[2];
    if (wf_args_parse("prod", args, nargs, kwnames, names, 2, 1, 1, a) < 0) return WF_NULL;
    WfValue acc = a[1] ? wf_newref(a[1]) : WF_FROM_SMALLINT(1);
    WfValue it = wf_iter(a[0]), item;
    if (!it) { wf_decref(acc); return WF_NULL; }
    int r;
    while ((r = wf_iter_next_ref(it, &item)) > 0) {
        if (WF_IS_SMALLINT(acc) && WF_IS_SMALLINT(item)) {
            int64_t p;
            if (!__builtin_mul_overflow((int64_t)WF_SMALLINT_VAL(acc), (int64_t)WF_SMALLINT_VAL(item), &p) &&
                WF_SMALLINT_FITS(p)) {
                acc = WF_FROM_SMALLINT(p);
                continue;
            }
        }
        WfValue next = wf_binary_op(acc, item, WF_BINOP_MUL);
        wf_decref(item);
        wf_decref(acc);
        acc = next;
        if (!acc) { wf_decref(it); return WF_NULL; }
    }
    wf_decref(it);
    if (r < 0) { wf_decref(acc); return WF_NULL; }
    return acc;
}

// Shewchuk / Hettinger exact summation with a final correctly-rounded result.
static WfValue math_fsum(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("fsum", nargs, kwnames) < 0) return WF_NULL;
    WfValue it = wf_iter(args[0]), item;
    if (!it) return WF_NULL;
    size_t n = 0, cap = 32;
    double *p = malloc(cap * sizeof *p);
    if (!p) { wf_decref(it); return wf_err_no_memory(); }
    double special = 0.0, inf_sum = 0.0;
    int r;
    while ((r = wf_iter_next_ref(it, &item)) > 0) {
        double x;
        int c = wf_to_double(item, &x);
        wf_decref(item);
        if (c < 0) { r = -1; break; }
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    wf_err_set_str(wf_OverflowError, "intermediate overflow in fsum");
                    r = -1;
                    break;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    cap *= 2;
                    double *np = realloc(p, cap * sizeof *p);
                    if (!np) { wf_err_no_memory(); r = -1; break; }
                    p = np;
                }
                p[n++] = x;
            }
        }
    }
    wf_decref(it);
    if (r < 0) { free(p); return WF_NULL; }
    if (special != 0.0) {
        free(p);
        if (isnan(inf_sum)) {
            wf_err_set_str(wf_ValueError, "-inf + inf in fsum");
            return WF_NULL;
        }
        return wf_float_new(special);
    }
    double hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    free(p);
    return wf_float_new(hi);
}

// sqrt of a sum of squares of [v] (n values), scaled to avoid overflow.
static double vector_norm(const double *v, size_t n, bool *nan_seen) {
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x = fabs(v[i]);
        if (isnan(x)) found_nan = true;
        if (x > max) max = x;
    }
    *nan_seen = found_nan;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    double sum = 0.0, comp = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] / max;
        double sq = x * x;
        double t = sum + sq;
        if (fabs(sum) >= fabs(sq)) comp += (sum - t) + sq;
        else comp += (sq - t) + sum;
        sum = t;
    }
    return max * sqrt(sum + comp);
}

static WfValue math_hypot(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("hypot", kwnames) < 0) return WF_NULL;
    if (nargs == 2) {
        double x, y;
        if (wf_to_double(args[0], &x) < 0 || wf_to_double(args[1], &y) < 0) return WF_NULL;
        return wf_float_new(hypot(x, y));
    }
    double *v = malloc((nargs ? nargs : 1) * sizeof *v);
    if (!v) return wf_err_no_memory();
    for (size_t i = 0; i < nargs; i++)
        if (wf_to_double(args[i], &v[i]) < 0) { free(v); return WF_NULL; }
    bool nan_seen;
    double r = vector_norm(v, nargs, &nan_seen);
    free(v);
    return wf_float_new(r);
}

static WfValue math_dist(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (two_args("dist", nargs, kwnames) < 0) return WF_NULL;
    WfValue p = wf_tuple_from_iterable(args[0]);
    if (!p) return WF_NULL;
    WfValue q = wf_tuple_from_iterable(args[1]);
    if (!q) { wf_decref(p); return WF_NULL; }
    size_t n = WF_TUPLE_LEN(p);
    WfValue result = WF_NULL;
    if (n != WF_TUPLE_LEN(q)) {
        wf_err_set_str(wf_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    double *v = malloc((n ? n : 1) * sizeof *v);
    if (!v) { wf_err_no_memory(); goto done; }
    for (size_t i = 0; i < n; i++) {
        double a, b;
        if (wf_to_double(WF_TUPLE_GET(p, i), &a) < 0 || wf_to_double(WF_TUPLE_GET(q, i), &b) < 0) {
            free(v);
            goto done;
        }
        v[i] = a - b;
    }
    bool nan_seen;
    double r = n == 2 ? hypot(v[0], v[1]) : vector_norm(v, n, &nan_seen);
    free(v);
    result = wf_float_new(r);
done:
    wf_decref(p);
    wf_decref(q);
    return result;
}

static const WfMethodDef math_functions[] = {
    {"sqrt", math_sqrt, 0, NULL}, {"exp", math_exp, 0, NULL}, {"exp2", math_exp2, 0, NULL},
    {"expm1", math_expm1, 0, NULL}, {"log", math_log, 0, NULL}, {"log2", math_log2, 0, NULL},
    {"log10", math_log10, 0, NULL}, {"log1p", math_log1p, 0, NULL}, {"pow", math_pow, 0, NULL},
    {"sin", math_sin, 0, NULL}, {"cos", math_cos, 0, NULL}, {"tan", math_tan, 0, NULL},
    {"asin", math_asin, 0, NULL}, {"acos", math_acos, 0, NULL}, {"atan", math_atan, 0, NULL},
    {"atan2", math_atan2, 0, NULL}, {"sinh", math_sinh, 0, NULL}, {"cosh", math_cosh, 0, NULL},
    {"tanh", math_tanh, 0, NULL}, {"asinh", math_asinh, 0, NULL}, {"acosh", math_acosh, 0, NULL},
    {"atanh", math_atanh, 0, NULL}, {"fabs", math_fabs, 0, NULL}, {"erf", math_erf, 0, NULL},
    {"erfc", math_erfc, 0, NULL}, {"gamma", math_gamma, 0, NULL}, {"lgamma", math_lgamma, 0, NULL},
    {"cbrt", math_cbrt, 0, NULL}, {"degrees", math_degrees, 0, NULL}, {"radians", math_radians, 0, NULL},
    {"hypot", math_hypot, 0, NULL}, {"dist", math_dist, 0, NULL}, {"copysign", math_copysign, 0, NULL},
    {"fmod", math_fmod, 0, NULL}, {"remainder", math_remainder, 0, NULL}, {"ldexp", math_ldexp, 0, NULL},
    {"frexp", math_frexp, 0, NULL}, {"modf", math_modf, 0, NULL}, {"nextafter", math_nextafter, 0, NULL},
    {"ulp", math_ulp, 0, NULL}, {"isfinite", math_isfinite, 0, NULL}, {"isinf", math_isinf, 0, NULL},
    {"isnan", math_isnan, 0, NULL}, {"isclose", math_isclose, 0, NULL}, {"floor", math_floor, 0, NULL},
    {"ceil", math_ceil, 0, NULL}, {"trunc", math_trunc, 0, NULL}, {"isqrt", math_isqrt, 0, NULL},
    {"gcd", math_gcd, 0, NULL}, {"lcm", math_lcm, 0, NULL}, {"factorial", math_factorial, 0, NULL},
    {"comb", math_comb, 0, NULL}, {"perm", math_perm, 0, NULL}, {"prod", math_prod, 0, NULL},
    {"fsum", math_fsum, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfValue wf_math_module_init(void) {
    WfValue m = wf_module_new("math");
    if (!m) return WF_NULL;
    if (wf_module_add_functions(m, math_functions) < 0 ||
        wf_module_set_steal(m, "pi", wf_float_new(M_PI)) < 0 ||
        wf_module_set_steal(m, "e", wf_float_new(M_E)) < 0 ||
        wf_module_set_steal(m, "tau", wf_float_new(2 * M_PI)) < 0 ||
        wf_module_set_steal(m, "inf", wf_float_new(INFINITY)) < 0 ||
        wf_module_set_steal(m, "nan", wf_float_new(NAN)) < 0) {
        wf_decref(m);
        return WF_NULL;
    }
    return m;
}
