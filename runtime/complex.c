// complex.c — the complex type: construction (numbers, __complex__, strings
// such as "1+2j" and "(-j)"), CPython 3.11's arithmetic (Smith's division,
// integral powers by repeated squaring), comparison (== and != only),
// hashing (hash(x + 0j) == hash(x)), repr and __format__.
// Invariant: a WfComplex is immutable once created.
// GIL rule: all functions run with the GIL held.
#include "runtime/complex.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/strimpl.h"
#include "runtime/tuple.h"

typedef struct { double real, imag; } Cx;

#define CX(v) (((WfComplex *)(v))->real), (((WfComplex *)(v))->imag)

WfValue wf_complex_new(double real, double imag) {
    WfComplex *c = (WfComplex *)wf_object_alloc(&wf_complex_type, sizeof(WfComplex));
    if (!c) return WF_NULL;
    c->real = real;
    c->imag = imag;
    return (WfValue)c;
}

static void complex_dealloc(WfValue self) { wf_object_free(self); }

static WfValue complex_from_cx(Cx z) { return wf_complex_new(z.real, z.imag); }

// ---- arithmetic on pairs ------------------------------------------------------------------

static Cx cx_sum(Cx a, Cx b) { return (Cx){a.real + b.real, a.imag + b.imag}; }
static Cx cx_diff(Cx a, Cx b) { return (Cx){a.real - b.real, a.imag - b.imag}; }
static Cx cx_prod(Cx a, Cx b) {
    return (Cx){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// a / b by Smith's method (scaling by the larger component of b). *zero is set
// when b is 0.
static Cx cx_quot(Cx a, Cx b, bool *zero) {
    double abs_br = fabs(b.real), abs_bi = fabs(b.imag);
    *zero = false;
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            *zero = true;
            return (Cx){0.0, 0.0};
        }
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        return (Cx){(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
    }
    if (abs_bi >= abs_br) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        return (Cx){(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
    }
    return (Cx){NAN, NAN};   // a component of b is a NaN
}

// errno-style result of a power: 0 ok, EDOM (0 to a negative/complex power), ERANGE.
static Cx cx_pow(Cx a, Cx b, int *err) {
    *err = 0;
    if (b.real == 0.0 && b.imag == 0.0) return (Cx){1.0, 0.0};
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) *err = EDOM;
        return (Cx){0.0, 0.0};
    }
    double vabs = hypot(a.real, a.imag);
    double len = pow(vabs, b.real);
    double at = atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
        len /= exp(at * b.imag);
        phase += b.imag * log(vabs);
    }
    return (Cx){len * cos(phase), len * sin(phase)};
}

static Cx cx_powu(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = cx_prod(r, p);
        mask <<= 1;
        p = cx_prod(p, p);
    }
    return r;
}

static Cx cx_powi(Cx x, long n, int *err) {
    *err = 0;
    if (n > 0) return cx_powu(x, n);
    bool zero;
    Cx r = cx_quot((Cx){1.0, 0.0}, cx_powu(x, -n), &zero);
    if (zero) *err = EDOM;
    return r;
}

WfValue wf_complex_pow_values(double ar, double ai, double br, double bi) {
    Cx a = {ar, ai}, b = {br, bi}, r;
    int err;
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0)
        r = cx_powi(a, (long)b.real, &err);
    else
        r = cx_pow(a, b, &err);
    if (!err && (isinf(r.real) || isinf(r.imag))) err = ERANGE;
    if (err == EDOM) {
        wf_err_set_str(wf_ZeroDivisionError, "0.0 to a negative or complex power");
        return WF_NULL;
    }
    if (err == ERANGE) {
        wf_err_set_str(wf_OverflowError, "complex exponentiation");
        return WF_NULL;
    }
    return complex_from_cx(r);
}

// ---- operands -----------------------------------------------------------------------------

// An operand as a pair: 1 ok, 0 not a number complex handles, -1 error.
static int operand(WfValue v, Cx *out) {
    if (WF_IS_SMALLINT(v)) {
        *out = (Cx){(double)WF_SMALLINT_VAL(v), 0.0};
        return 1;
    }
    if (wf_is_complex(v)) {
        *out = (Cx){CX(v)};
        return 1;
    }
    if (wf_is_float(v)) {
        *out = (Cx){WF_FLOAT_VAL(v), 0.0};
        return 1;
    }
    if (wf_is_int(v)) {
        double d;
        if (wf_int_to_double(v, &d) < 0) return -1;
        *out = (Cx){d, 0.0};
        return 1;
    }
    return 0;
}

#define OPERANDS(a, b, x, y)                                                    \
    Cx x, y;                                                                    \
    do {                                                                        \
        int ra_ = operand(a, &x);                                               \
        if (ra_ <= 0) return ra_ < 0 ? WF_NULL : wf_newref(WF_NOTIMPLEMENTED);  \
        int rb_ = operand(b, &y);                                               \
        if (rb_ <= 0) return rb_ < 0 ? WF_NULL : wf_newref(WF_NOTIMPLEMENTED);  \
    } while (0)

static WfValue complex_add(WfValue a, WfValue b) {
    OPERANDS(a, b, x, y);
    return complex_from_cx(cx_sum(x, y));
}

static WfValue complex_sub(WfValue a, WfValue b) {
    OPERANDS(a, b, x, y);
    return complex_from_cx(cx_diff(x, y));
}

static WfValue complex_mul(WfValue a, WfValue b) {
    OPERANDS(a, b, x, y);
    return complex_from_cx(cx_prod(x, y));
}

static WfValue complex_truediv(WfValue a, WfValue b) {
    OPERANDS(a, b, x, y);
    bool zero;
    Cx r = cx_quot(x, y, &zero);
    if (zero) {
        wf_err_set_str(wf_ZeroDivisionError, "complex division by zero");
        return WF_NULL;
    }
    return complex_from_cx(r);
}

static WfValue complex_pow(WfValue a, WfValue b) {
    OPERANDS(a, b, x, y);
    return wf_complex_pow_values(x.real, x.imag, y.real, y.imag);
}

static WfValue complex_pow3(WfValue a, WfValue b, WfValue m) {
    if (m == WF_NONE) return complex_pow(a, b);
    Cx x, y;
    if (operand(a, &x) <= 0 || operand(b, &y) <= 0) {
        if (wf_err_occurred()) return WF_NULL;
        return wf_newref(WF_NOTIMPLEMENTED);
    }
    wf_err_set_str(wf_ValueError, "complex modulo");
    return WF_NULL;
}

static WfValue complex_neg(WfValue a) { return wf_complex_new(-((WfComplex *)a)->real, -((WfComplex *)a)->imag); }

static WfValue complex_pos(WfValue a) {
    if (a->type == &wf_complex_type) return wf_newref(a);
    return wf_complex_new(CX(a));
}

static WfValue complex_abs(WfValue a) {
    double re = ((WfComplex *)a)->real, im = ((WfComplex *)a)->imag;
    double r = hypot(re, im);
    if (isinf(r) && isfinite(re) && isfinite(im)) {
        wf_err_set_str(wf_OverflowError, "absolute value too large");
        return WF_NULL;
    }
    return wf_float_new(r);
}

static int complex_bool(WfValue a) { return ((WfComplex *)a)->real != 0.0 || ((WfComplex *)a)->imag != 0.0; }

// ---- comparison and hashing ---------------------------------------------------------------

static WfValue complex_richcompare(WfValue a, WfValue b, int op) {
    if (op != WF_EQ && op != WF_NE) return wf_newref(WF_NOTIMPLEMENTED);
    if (!wf_is_complex(a)) {
        WfValue t = a;
        a = b;
        b = t;
    }
    double re = ((WfComplex *)a)->real, im = ((WfComplex *)a)->imag;
    bool eq;
    if (wf_is_complex(b)) {
        eq = re == ((WfComplex *)b)->real && im == ((WfComplex *)b)->imag;
    } else if (wf_is_int(b)) {
        // Exactly, as the float comparison does: 2**53 + 1 != 2.0**53.
        if (im != 0.0) {
            eq = false;
        } else {
            WfValue f = wf_float_new(re);
            if (!f) return WF_NULL;
            int r = wf_richcompare_bool(f, b, WF_EQ);
            wf_decref(f);
            if (r < 0) return WF_NULL;
            eq = r;
        }
    } else if (wf_is_float(b)) {
        eq = im == 0.0 && re == WF_FLOAT_VAL(b);
    } else {
        return wf_newref(WF_NOTIMPLEMENTED);
    }
    return wf_bool(op == WF_EQ ? eq : !eq);
}

static WfHash part_hash(double d, WfValue self) {
    if (isnan(d)) {
        uint64_t p = (uint64_t)(uintptr_t)self;
        return (WfHash)((p >> 4) | (p << 60));
    }
    return wf_float_hash(d);
}

static WfHash complex_hash(WfValue self) {
    uint64_t hr = (uint64_t)part_hash(((WfComplex *)self)->real, self);
    uint64_t hi = (uint64_t)part_hash(((WfComplex *)self)->imag, self);
    uint64_t combined = hr + 1000003ULL * hi;
    WfHash h = (WfHash)combined;
    return h == -1 ? -2 : h;
}

// ---- repr ---------------------------------------------------------------------------------

// repr of one part without a trailing ".0": "1", "-0", "1.5", "1e+16", "inf".
static size_t part_repr(double d, char *buf, size_t size, bool force_sign) {
    size_t n = 0;
    if (force_sign && (!signbit(d) || isnan(d))) buf[n++] = '+';
    int k = wf_float_repr_buf(isnan(d) ? fabs(d) : d, buf + n, size - n);
    n += (size_t)k;
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;
    buf[n] = '\0';
    return n;
}

static WfValue complex_repr(WfValue self) {
    double re = ((WfComplex *)self)->real, im = ((WfComplex *)self)->imag;
    char rb[48], ib[48], out[112];
    if (re == 0.0 && !signbit(re)) {
        part_repr(im, ib, sizeof ib, false);
        int n = snprintf(out, sizeof out, "%sj", ib);
        return wf_str_from_ascii(out, (size_t)n);
    }
    part_repr(re, rb, sizeof rb, false);
    part_repr(im, ib, sizeof ib, true);
    int n = snprintf(out, sizeof out, "(%s%sj)", rb, ib);
    return wf_str_from_ascii(out, (size_t)n);
}

// ---- construction -------------------------------------------------------------------------

// The longest prefix of [s] that is a float literal as float() reads it
// (digits with '.', exponent; inf, infinity, nan; an optional sign).
// Returns its length (0: none) and the value in *out.
static size_t scan_float(const char *s, double *out) {
    size_t i = 0;
    if (s[i] == '+' || s[i] == '-') i++;
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        size_t k = strlen(words[w]);
        if (strncasecmp(s + i, words[w], k) == 0) {
            double v = w == 2 ? NAN : INFINITY;
            *out = s[0] == '-' ? -v : v;
            return i + k;
        }
    }
    size_t digits = 0;
    while (isdigit((unsigned char)s[i])) { i++; digits++; }
    if (s[i] == '.') {
        i++;
        while (isdigit((unsigned char)s[i])) { i++; digits++; }
    }
    if (digits == 0) return 0;
    if (s[i] == 'e' || s[i] == 'E') {
        size_t j = i + 1;
        if (s[j] == '+' || s[j] == '-') j++;
        if (isdigit((unsigned char)s[j])) {
            while (isdigit((unsigned char)s[j])) j++;
            i = j;
        }
    }
    char small[64];
    char *buf = i < sizeof small ? small : malloc(i + 1);
    if (!buf) return 0;
    memcpy(buf, s, i);
    buf[i] = '\0';
    *out = strtod(buf, NULL);
    if (buf != small) free(buf);
    return i;
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Parses [s] (no underscores) as CPython's complex(str). 0 ok, -1 malformed.
static int parse_complex(const char *s, double *re, double *im) {
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (is_space(*s)) s++;
    if (*s == '(') {
        bracket = true;
        s++;
        while (is_space(*s)) s++;
    }
    size_t n = scan_float(s, &z);
    if (n) {
        s += n;
        if (*s == '+' || *s == '-') {
            x = z;
            size_t m = scan_float(s, &y);
            if (m) {
                s += m;
            } else {
                y = *s == '+' ? 1.0 : -1.0;
                s++;
            }
            if (*s != 'j' && *s != 'J') return -1;
            s++;
        } else if (*s == 'j' || *s == 'J') {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (*s == '+' || *s == '-') {
            y = *s == '+' ? 1.0 : -1.0;
            s++;
        } else {
            y = 1.0;
        }
        if (*s != 'j' && *s != 'J') return -1;
        s++;
    }
    while (is_space(*s)) s++;
    if (bracket) {
        if (*s != ')') return -1;
        s++;
        while (is_space(*s)) s++;
    }
    if (*s) return -1;
    *re = x;
    *im = y;
    return 0;
}

static WfValue complex_from_string(WfType *type, WfValue str) {
    const char *s = WF_STR_DATA(str);
    size_t len = WF_STR_LEN(str);
    if (strlen(s) != len) goto malformed;   // embedded NUL
    char *clean = malloc(len + 1);
    if (!clean) return wf_err_no_memory();
    // Underscores only between digits (PEP 515), then dropped.
    size_t k = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 >= len || !isdigit((unsigned char)s[i - 1]) ||
                !isdigit((unsigned char)s[i + 1])) {
                free(clean);
                WfValue r = wf_repr(str);
                if (r) {
                    wf_err_format(wf_ValueError, "could not convert string to complex: %s", wf_str_cstr(r));
                    wf_decref(r);
                }
                return WF_NULL;
            }
            continue;
        }
        if ((unsigned char)s[i] >= 0x80) {
            free(clean);
            goto malformed;
        }
        clean[k++] = s[i];
    }
    clean[k] = '\0';
    double re, im;
    int rc = parse_complex(clean, &re, &im);
    free(clean);
    if (rc < 0) goto malformed;
    if (type == &wf_complex_type) return wf_complex_new(re, im);
    WfComplex *c = (WfComplex *)wf_object_alloc(type, type->basicsize);
    if (!c) return WF_NULL;
    c->real = re;
    c->imag = im;
    return (WfValue)c;
malformed:
    wf_err_set_str(wf_ValueError, "complex() arg is a malformed string");
    return WF_NULL;
}

// Calls v.__complex__() when its type defines one: 1 with *out, 0 none, -1 error.
static int try_dunder_complex(WfValue v, Cx *out) {
    if (WF_IS_SMALLINT(v)) return 0;
    WfValue meth = wf_type_lookup(wf_type(v), WF_ID(__complex__));
    if (!meth) return 0;
    WfValue r = wf_call_method(v, "__complex__", NULL, 0);
    if (!r) return -1;
    if (!wf_is_complex(r)) {
        wf_err_format(wf_TypeError, "__complex__ returned non-complex (type %s)", wf_type_name(r));
        wf_decref(r);
        return -1;
    }
    *out = (Cx){CX(r)};
    wf_decref(r);
    return 1;
}

static bool is_real_number(WfValue v) {
    if (WF_IS_SMALLINT(v) || wf_is_int(v) || wf_is_float(v)) return true;
    WfType *t = wf_type(v);
    return t->nb_float || t->nb_index;
}

static WfValue complex_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"real", "imag"};
    WfValue a[2];
    if (wf_args_parse("complex", args, nargs, kwnames, names, 2, 0, 2, a) < 0) return WF_NULL;
    WfValue r = a[0], i = a[1];
    if (!r) r = WF_FROM_SMALLINT(0);
    if (wf_is_str(r)) {
        if (i) {
            wf_err_set_str(wf_TypeError, "complex() can't take second arg if first is a string");
            return WF_NULL;
        }
        return complex_from_string(type, r);
    }
    if (i && wf_is_str(i)) {
        wf_err_set_str(wf_TypeError, "complex() second arg can't be a string");
        return WF_NULL;
    }
    Cx cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_is_complex = false, ci_is_complex = false;
    int got = try_dunder_complex(r, &cr);
    if (got < 0) return WF_NULL;
    if (got) {
        cr_is_complex = true;
    } else if (wf_is_complex(r)) {
        if (!i && type == &wf_complex_type && r->type == &wf_complex_type) return wf_newref(r);
        cr = (Cx){CX(r)};
        cr_is_complex = true;
    } else if (is_real_number(r)) {
        if (wf_to_double(r, &cr.real) < 0) return WF_NULL;
    } else {
        wf_err_format(wf_TypeError, "complex() first argument must be a string or a number, not '%s'",
                      wf_type_name(r));
        return WF_NULL;
    }
    if (i) {
        if (wf_is_complex(i)) {
            ci = (Cx){CX(i)};
            ci_is_complex = true;
        } else if (is_real_number(i)) {
            if (wf_to_double(i, &ci.real) < 0) return WF_NULL;
        } else {
            wf_err_format(wf_TypeError, "complex() second argument must be a number, not '%s'",
                          wf_type_name(i));
            return WF_NULL;
        }
    }
    double re = cr.real, im;
    if (!i) {
        im = cr.imag;
    } else {
        if (ci_is_complex) re -= ci.imag;
        im = ci.real;
        if (cr_is_complex) im += cr.imag;
    }
    if (type == &wf_complex_type) return wf_complex_new(re, im);
    WfComplex *c = (WfComplex *)wf_object_alloc(type, type->basicsize);
    if (!c) return WF_NULL;
    c->real = re;
    c->imag = im;
    return (WfValue)c;
}

// ---- methods and attributes ---------------------------------------------------------------

static WfValue complex_conjugate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("conjugate", kwnames) < 0 || wf_args_count("conjugate", nargs, 0, 0) < 0) return WF_NULL;
    return wf_complex_new(((WfComplex *)self)->real, -((WfComplex *)self)->imag);
}

static WfValue complex_complex(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("__complex__", kwnames) < 0 || wf_args_count("__complex__", nargs, 0, 0) < 0)
        return WF_NULL;
    return complex_pos(self);
}

static WfValue complex_getnewargs(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue re = wf_float_new(((WfComplex *)self)->real), im = wf_float_new(((WfComplex *)self)->imag);
    WfValue t = re && im ? wf_tuple_pack(2, re, im) : WF_NULL;
    wf_xdecref(re);
    wf_xdecref(im);
    return t;
}

static WfValue complex_format(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("__format__", kwnames) < 0 || wf_args_count("__format__", nargs, 1, 1) < 0)
        return WF_NULL;
    if (!wf_is_str(args[0])) {
        wf_err_format(wf_TypeError, "__format__() argument must be str, not %s", wf_type_name(args[0]));
        return WF_NULL;
    }
    double re = ((WfComplex *)self)->real, im = ((WfComplex *)self)->imag;
    if (WF_STR_LEN(args[0]) == 0) {
        WfValue r = complex_repr(self);
        return r;
    }
    return wf_format_complex(re, im, args[0]);
}

static const WfMethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, 0, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complex_complex, 0, "Convert complex to a complex."},
    {"__getnewargs__", complex_getnewargs, 0, NULL},
    {"__format__", complex_format, 0, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static WfValue complex_get_real(WfValue self) { return wf_float_new(((WfComplex *)self)->real); }
static WfValue complex_get_imag(WfValue self) { return wf_float_new(((WfComplex *)self)->imag); }

static const WfGetSetDef complex_getsets[] = {
    {"real", complex_get_real, NULL, "the real part of a complex number"},
    {"imag", complex_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

WfType wf_complex_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "complex",
    .basicsize = sizeof(WfComplex),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .new_ = complex_new,
    .nb = {
        [WF_BINOP_ADD] = complex_add,
        [WF_BINOP_SUB] = complex_sub,
        [WF_BINOP_MUL] = complex_mul,
        [WF_BINOP_TRUEDIV] = complex_truediv,
        [WF_BINOP_POW] = complex_pow,
    },
    .nb_pow3 = complex_pow3,
    .nb_neg = complex_neg,
    .nb_pos = complex_pos,
    .nb_abs = complex_abs,
    .nb_bool = complex_bool,
    .methods = complex_methods,
    .getsets = complex_getsets,
};
