// float.c — the float type: a boxed C double with CPython's arithmetic
// (floor division and modulo sign rules, pow special cases and errors),
// shortest round-trip repr, int-compatible hashing, exact comparison with
// ints, parsing float("1_000.5"), round() with exact decimal rounding, and
// hex()/fromhex(). Mixed int/float operations land here: int's slots return
// NotImplemented when the other operand is a float. GIL: callers hold it
// (it also guards the float free list).
#include "runtime/float.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/numimpl.h"
#include "runtime/strimpl.h"
#include "runtime/tuple.h"
#include "runtime/unicode.h"

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

// Dead exact floats are kept for reuse (arithmetic loops then allocate
// nothing). Guarded by the GIL.
#define FLOAT_FREELIST_MAX 256
static WfFloat *float_freelist[FLOAT_FREELIST_MAX];
static int float_nfree;

WfValue wf_float_new(double d) {
    WfValue v;
    if (float_nfree > 0) {
        v = (WfValue)float_freelist[--float_nfree];
        v->refcnt = 1;
    } else {
        v = wf_object_alloc(&wf_float_type, sizeof(WfFloat));
        if (!v) return WF_NULL;
    }
    ((WfFloat *)v)->value = d;
    return v;
}

int wf_to_double(WfValue v, double *out) {
    if (wf_is_float(v)) {
        *out = WF_FLOAT_VAL(v);
        return 0;
    }
    if (wf_is_int(v)) return wf_int_to_double(v, out);
    WfType *t = wf_type(v);
    if (t->nb_float) {
        WfValue f = t->nb_float(v);
        if (!f) return -1;
        if (!wf_is_float(f)) {
            wf_err_format(wf_TypeError, "%s.__float__ returned non-float (type %s)", wf_type_name(v),
                          wf_type_name(f));
            wf_decref(f);
            return -1;
        }
        *out = WF_FLOAT_VAL(f);
        wf_decref(f);
        return 0;
    }
    if (t->nb_index) {
        WfValue i = t->nb_index(v);
        if (!i) return -1;
        int r = wf_is_int(i) ? wf_int_to_double(i, out) : -1;
        if (r < 0 && !wf_err_occurred())
            wf_err_format(wf_TypeError, "__index__ returned non-int (type %s)", wf_type_name(i));
        wf_decref(i);
        return r;
    }
    wf_err_format(wf_TypeError, "must be real number, not %s", wf_type_name(v));
    return -1;
}

int wf_float_repr_buf(double d, char *buf, size_t size) {
    WfStrBuf b;
    wf_strbuf_init(&b);
    if (signbit(d) && !isnan(d)) wf_strbuf_append_char(&b, '-');
    wf_format_double_abs(&b, d, 'r', -1, false);
    size_t n = b.failed ? 0 : b.len;
    if (n >= size) n = size - 1;
    if (n) memcpy(buf, b.data, n);
    buf[n] = 0;
    wf_strbuf_free(&b);
    return (int)n;
}

WfHash wf_float_hash(double d) {
    if (!isfinite(d)) {
        if (isinf(d)) return d > 0 ? HASH_INF : -HASH_INF;
        return 0;
    }
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    // Accumulate the mantissa 28 bits at a time, reducing mod 2**61 - 1
    // (a rotation by 28 bits is multiplication by 2**28 modulo the Mersenne prime).
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;   // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    // multiply by 2**e: a rotation by e mod 61
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

// ---- arithmetic -------------------------------------------------------------------

// Converts an operand; 1 ok, 0 not a number we handle, -1 error.
static inline int operand(WfValue v, double *out) {
    if (!WF_IS_SMALLINT(v) && v->type == &wf_float_type) {
        *out = WF_FLOAT_VAL(v);
        return 1;
    }
    if (WF_IS_SMALLINT(v)) {
        *out = (double)WF_SMALLINT_VAL(v);
        return 1;
    }
    if (wf_is_float(v)) {
        *out = WF_FLOAT_VAL(v);
        return 1;
    }
    if (wf_is_int(v)) return wf_int_to_double(v, out) < 0 ? -1 : 1;
    return 0;
}

#define OPERANDS(a, b, x, y)                                           \
    double x, y;                                                       \
    do {                                                               \
        int ra_ = operand(a, &x);                                      \
        if (ra_ <= 0) return ra_ < 0 ? WF_NULL : wf_newref(WF_NOTIMPLEMENTED); \
        int rb_ = operand(b, &y);                                      \
        if (rb_ <= 0) return rb_ < 0 ? WF_NULL : wf_newref(WF_NOTIMPLEMENTED); \
    } while (0)

static WfValue float_add(WfValue a, WfValue b) {
    OPERANDS(a, b, x, y);
    return wf_float_new(x + y);
}

static WfValue float_sub(WfValue a, WfValue b) {
    OPERANDS(a, b, x, y);
    return wf_float_new(x - y);
}

static WfValue float_mul(WfValue a, WfValue b) {
    OPERANDS(a, b, x, y);
    return wf_float_new(x * y);
}

static WfValue float_truediv(WfValue a, WfValue b) {
    OPERANDS(a, b, x, y);
    if (y == 0) {
        wf_err_set_str(wf_ZeroDivisionError, "float division by zero");
        return WF_NULL;
    }
    return wf_float_new(x / y);
}

// Python's floor division and modulo of doubles (y != 0).
static void float_divmod_dd(double x, double y, double *div, double *mod) {
    double m = fmod(x, y);
    double d = (x - m) / y;
    if (m) {
        if ((y < 0) != (m < 0)) {
            m += y;
            d -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double fd;
    if (d) {
        fd = floor(d);
        if (d - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, x / y);
    }
    *div = fd;
    *mod = m;
}

static WfValue float_floordiv(WfValue a, WfValue b) {
    OPERANDS(a, b, x, y);
    if (y == 0) {
        wf_err_set_str(wf_ZeroDivisionError, "float floor division by zero");
        return WF_NULL;
    }
    double d, m;
    float_divmod_dd(x, y, &d, &m);
    return wf_float_new(d);
}

static WfValue float_mod(WfValue a, WfValue b) {
    OPERANDS(a, b, x, y);
    if (y == 0) {
        wf_err_set_str(wf_ZeroDivisionError, "float modulo");
        return WF_NULL;
    }
    double d, m;
    float_divmod_dd(x, y, &d, &m);
    return wf_float_new(m);
}

static WfValue float_divmod_values(double x, double y) {
    if (y == 0) {
        wf_err_set_str(wf_ZeroDivisionError, "float divmod()");
        return WF_NULL;
    }
    double d, m;
    float_divmod_dd(x, y, &d, &m);
    WfValue fd = wf_float_new(d), fm = wf_float_new(m);
    WfValue t = (fd && fm) ? wf_tuple_pack(2, fd, fm) : WF_NULL;
    wf_xdecref(fd);
    wf_xdecref(fm);
    return t;
}

WfValue wf_float_pow_dd(double x, double y) {
    if (y == 0) return wf_float_new(1.0);
    if (isnan(x)) return wf_float_new(x);
    if (isnan(y)) return wf_float_new(x == 1.0 ? 1.0 : y);
    if (x == 0 && y < 0 && !isinf(y)) {
        wf_err_set_str(wf_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return WF_NULL;
    }
    if (x < 0 && isfinite(x) && isfinite(y) && floor(y) != y) {
        // As CPython 3: the result is complex.
        return wf_complex_pow_values(x, 0.0, y, 0.0);
    }
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        wf_err_set_str(wf_OverflowError, "(34, 'Numerical result out of range')");
        return WF_NULL;
    }
    return wf_float_new(r);
}

static WfValue float_pow(WfValue a, WfValue b) {
    OPERANDS(a, b, x, y);
    return wf_float_pow_dd(x, y);
}

static WfValue float_pow3(WfValue a, WfValue b, WfValue m) {
    if (m == WF_NONE) return float_pow(a, b);
    bool num = (wf_is_int(a) || wf_is_float(a)) && (wf_is_int(b) || wf_is_float(b)) &&
               (wf_is_int(m) || wf_is_float(m));
    if (!num) return wf_newref(WF_NOTIMPLEMENTED);
    wf_err_set_str(wf_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return WF_NULL;
}

static WfValue float_neg(WfValue a) { return wf_float_new(-WF_FLOAT_VAL(a)); }
static WfValue float_pos(WfValue a) {
    if (a->type == &wf_float_type) return wf_newref(a);
    return wf_float_new(WF_FLOAT_VAL(a));
}
static WfValue float_abs(WfValue a) { return wf_float_new(fabs(WF_FLOAT_VAL(a))); }
static int float_bool(WfValue a) { return WF_FLOAT_VAL(a) != 0; }
static WfValue float_int(WfValue a) { return wf_int_from_double(WF_FLOAT_VAL(a)); }

static WfValue float_richcompare(WfValue a, WfValue b, int op) {
    if (!wf_is_float(a)) return wf_newref(WF_NOTIMPLEMENTED);
    double x = WF_FLOAT_VAL(a);
    int c;
    if (wf_is_float(b)) {
        double y = WF_FLOAT_VAL(b);
        if (isnan(x) || isnan(y)) return wf_bool(op == WF_NE);
        c = x < y ? -1 : x > y;
    } else if (wf_is_int(b)) {
        c = wf_int_compare_double(b, x);
        if (c == 2) return wf_bool(op == WF_NE);
        c = -c;
    } else {
        return wf_newref(WF_NOTIMPLEMENTED);
    }
    bool r;
    switch (op) {
    case WF_LT: r = c < 0; break;
    case WF_LE: r = c <= 0; break;
    case WF_EQ: r = c == 0; break;
    case WF_NE: r = c != 0; break;
    case WF_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return wf_bool(r);
}

static WfHash float_hash(WfValue self) {
    double d = WF_FLOAT_VAL(self);
    if (isnan(d)) {
        // CPython 3.10+: NaNs hash by identity
        uint64_t p = (uint64_t)(uintptr_t)self;
        WfHash h = (WfHash)((p >> 4) | (p << 60));
        return h == -1 ? -2 : h;
    }
    return wf_float_hash(d);
}

static WfValue float_repr(WfValue self) {
    char buf[40];
    int n = wf_float_repr_buf(WF_FLOAT_VAL(self), buf, sizeof buf);
    return wf_str_from_ascii(buf, (size_t)n);
}

static void float_dealloc(WfValue self) {
    if (self->type == &wf_float_type && float_nfree < FLOAT_FREELIST_MAX) {
        float_freelist[float_nfree++] = (WfFloat *)self;
        return;
    }
    wf_object_free(self);
}

// ---- parsing ------------------------------------------------------------------------

static bool ieq(const char *a, size_t n, const char *lit) {
    size_t m = strlen(lit);
    if (n != m) return false;
    for (size_t i = 0; i < n; i++)
        if ((a[i] | 0x20) != lit[i]) return false;
    return true;
}

// Parses the text of float(s); [orig] is quoted in the error. 0 ok, -1 error.
static int parse_float(const char *s, size_t len, WfValue orig, double *out) {
    char *buf = malloc(len + 2);
    if (!buf) {
        wf_err_no_memory();
        return -1;
    }
    // ASCII-fy: Unicode decimal digits to '0'-'9', Unicode spaces to ' '.
    size_t n = 0, i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            buf[n++] = (char)c;
            i++;
            continue;
        }
        uint32_t cp;
        i += (size_t)wf_utf8_decode(s + i, &cp);
        int dv = wf_unicode_decimal_value(cp);
        buf[n++] = dv >= 0 ? (char)('0' + dv) : wf_unicode_isspace(cp) ? ' ' : '?';
    }
    size_t a = 0, b = n;
    while (a < b && wf_unicode_isspace((unsigned char)buf[a])) a++;
    while (b > a && wf_unicode_isspace((unsigned char)buf[b - 1])) b--;
    // Validate: [sign] (digits [. [digits]] | . digits) [e [sign] digits], '_' between digits.
    char *clean = malloc(b - a + 2);
    if (!clean) {
        free(buf);
        wf_err_no_memory();
        return -1;
    }
    size_t k = 0, p = a;
    bool neg = false;
    if (p < b && (buf[p] == '+' || buf[p] == '-')) neg = buf[p++] == '-';
    const char *body = buf + p;
    size_t blen = b - p;
    if (ieq(body, blen, "inf") || ieq(body, blen, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        goto ok;
    }
    if (ieq(body, blen, "nan")) {
        *out = neg ? -NAN : NAN;
        goto ok;
    }
    if (neg) clean[k++] = '-';
    int ndig = 0;
    // integer part
    bool prev_digit = false;
    while (p < b) {
        char c = buf[p];
        if (c >= '0' && c <= '9') {
            clean[k++] = c;
            ndig++;
            prev_digit = true;
        } else if (c == '_' && prev_digit && p + 1 < b && buf[p + 1] >= '0' && buf[p + 1] <= '9') {
            prev_digit = false;
        } else {
            break;
        }
        p++;
    }
    if (p < b && buf[p] == '.') {
        clean[k++] = '.';
        p++;
        prev_digit = false;
        while (p < b) {
            char c = buf[p];
            if (c >= '0' && c <= '9') {
                clean[k++] = c;
                ndig++;
                prev_digit = true;
            } else if (c == '_' && prev_digit && p + 1 < b && buf[p + 1] >= '0' && buf[p + 1] <= '9') {
                prev_digit = false;
            } else {
                break;
            }
            p++;
        }
    }
    if (ndig == 0) goto bad;
    if (p < b && (buf[p] == 'e' || buf[p] == 'E')) {
        clean[k++] = 'e';
        p++;
        if (p < b && (buf[p] == '+' || buf[p] == '-')) clean[k++] = buf[p++];
        int edig = 0;
        prev_digit = false;
        while (p < b) {
            char c = buf[p];
            if (c >= '0' && c <= '9') {
                clean[k++] = c;
                edig++;
                prev_digit = true;
            } else if (c == '_' && prev_digit && p + 1 < b && buf[p + 1] >= '0' && buf[p + 1] <= '9') {
                prev_digit = false;
            } else {
                break;
            }
            p++;
        }
        if (edig == 0) goto bad;
    }
    if (p != b) goto bad;
    clean[k] = 0;
    *out = strtod(clean, NULL);
ok:
    free(buf);
    free(clean);
    return 0;
bad:
    free(buf);
    free(clean);
    {
        WfValue r = wf_repr(orig);
        if (!r) return -1;
        wf_err_format(wf_ValueError, "could not convert string to float: %s", WF_STR_DATA(r));
        wf_decref(r);
    }
    return -1;
}

static WfValue float_from_object(WfValue x) {
    double d;
    if (wf_is_float(x)) {
        if (x->type == &wf_float_type) return wf_newref(x);
        return wf_float_new(WF_FLOAT_VAL(x));
    }
    if (wf_is_str(x)) {
        if (parse_float(WF_STR_DATA(x), WF_STR_LEN(x), x, &d) < 0) return WF_NULL;
        return wf_float_new(d);
    }
    if (wf_is_bytes(x)) {
        if (parse_float((const char *)WF_BYTES_DATA(x), WF_BYTES_LEN(x), x, &d) < 0) return WF_NULL;
        return wf_float_new(d);
    }
    if (!WF_IS_SMALLINT(x) && wf_type_is_subtype(x->type, &wf_bytearray_type)) {
        WfByteArray *ba = (WfByteArray *)x;
        if (parse_float(ba->data ? (const char *)ba->data : "", ba->len, x, &d) < 0) return WF_NULL;
        return wf_float_new(d);
    }
    WfType *t = wf_type(x);
    if (!wf_is_int(x) && !t->nb_float && !t->nb_index) {
        wf_err_format(wf_TypeError, "float() argument must be a string or a real number, not '%s'",
                      wf_type_name(x));
        return WF_NULL;
    }
    if (wf_to_double(x, &d) < 0) return WF_NULL;
    return wf_float_new(d);
}

static WfValue float_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("float", kwnames) < 0) return WF_NULL;
    if (wf_args_count("float", nargs, 0, 1) < 0) return WF_NULL;
    WfValue v = nargs ? float_from_object(args[0]) : wf_float_new(0.0);
    if (!v || type == &wf_float_type) return v;
    WfValue o = wf_object_alloc(type, type->basicsize);
    if (o) ((WfFloat *)o)->value = WF_FLOAT_VAL(v);
    wf_decref(v);
    return o;
}

// ---- methods -----------------------------------------------------------------------

#define NOARG(name) do { if (wf_args_count(name, nargs, 0, 0) < 0 || wf_args_no_kw(name, kwnames) < 0) return WF_NULL; } while (0)

static WfValue float_is_integer(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARG("is_integer");
    double d = WF_FLOAT_VAL(self);
    return wf_bool(isfinite(d) && floor(d) == d);
}

static WfValue float_as_integer_ratio(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARG("as_integer_ratio");
    double d = WF_FLOAT_VAL(self);
    if (isinf(d)) {
        wf_err_set_str(wf_OverflowError, "cannot convert Infinity to integer ratio");
        return WF_NULL;
    }
    if (isnan(d)) {
        wf_err_set_str(wf_ValueError, "cannot convert NaN to integer ratio");
        return WF_NULL;
    }
    mpz_t num, den;
    mpz_init(num);
    mpz_init_set_ui(den, 1);
    int e;
    if (d != 0) {
        wf_double_to_mpz_exp(d, num, &e);
        // strip common powers of two
        mp_bitcnt_t tz = mpz_scan1(num, 0);
        mpz_tdiv_q_2exp(num, num, tz);
        e += (int)tz;
        if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
        else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    }
    WfValue n = wf_int_from_mpz(num), dn = wf_int_from_mpz(den);
    mpz_clear(num);
    mpz_clear(den);
    WfValue t = (n && dn) ? wf_tuple_pack(2, n, dn) : WF_NULL;
    wf_xdecref(n);
    wf_xdecref(dn);
    return t;
}

// round(x, nd): the double nearest to x rounded exactly (half-even) at 10**-nd.
static WfValue round_digits(double x, int64_t nd) {
    if (!isfinite(x) || x == 0) return wf_float_new(x);
    if (nd > 400) return wf_float_new(x);
    if (nd < -400) return wf_float_new(copysign(0.0, x));
    mpz_t m, num, den, q, r, p;
    int e;
    mpz_init(m);
    wf_double_to_mpz_exp(x, m, &e);   // x = m * 2**e
    mpz_init(num);
    mpz_init_set_ui(den, 1);
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)(nd >= 0 ? nd : -nd));
    // scaled = x * 10**nd = num / den
    mpz_set(num, m);
    if (e >= 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    if (nd >= 0) mpz_mul(num, num, p);
    else mpz_mul(den, den, p);
    // q = round_half_even(num / den)
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    // result = q / 10**nd, correctly rounded
    double res;
    int rc;
    if (nd >= 0) {
        rc = wf_mpz_ratio_to_double(q, p, &res);
    } else {
        mpz_mul(q, q, p);
        mpz_set_ui(den, 1);
        rc = wf_mpz_ratio_to_double(q, den, &res);
    }
    mpz_clear(m);
    mpz_clear(num);
    mpz_clear(den);
    mpz_clear(q);
    mpz_clear(r);
    mpz_clear(p);
    if (rc < 0) {
        wf_err_set_str(wf_OverflowError, "rounded value too large to represent");
        return WF_NULL;
    }
    if (res == 0) res = copysign(0.0, x);
    return wf_float_new(res);
}

static WfValue float_round(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {NULL};
    WfValue a[1];
    if (wf_args_parse("__round__", args, nargs, kwnames, names, 1, 0, 1, a) < 0) return WF_NULL;
    double x = WF_FLOAT_VAL(self);
    if (!a[0] || a[0] == WF_NONE) {
        double r = nearbyint(x);   // default rounding mode: half to even
        return wf_int_from_double(r);
    }
    int64_t nd;
    int rr = wf_seq_index(a[0], &nd);
    if (rr == 0) {
        wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(a[0]));
        return WF_NULL;
    }
    if (rr < 0) {
        if (!wf_err_matches(wf_IndexError)) return WF_NULL;
        wf_err_clear();
        nd = wf_int_sign(a[0]) < 0 ? INT64_MIN : INT64_MAX;
    }
    return round_digits(x, nd);
}

static WfValue float_trunc(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARG("__trunc__");
    return wf_int_from_double(WF_FLOAT_VAL(self));
}

static WfValue float_floor(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARG("__floor__");
    return wf_int_from_double(floor(WF_FLOAT_VAL(self)));
}

static WfValue float_ceil(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARG("__ceil__");
    return wf_int_from_double(ceil(WF_FLOAT_VAL(self)));
}

static WfValue float_conjugate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARG("conjugate");
    return float_pos(self);
}

static WfValue float___format__(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__format__", nargs, 1, 1) < 0) return WF_NULL;
    if (!wf_is_str(args[0])) {
        wf_err_format(wf_TypeError, "__format__() argument must be str, not %s", wf_type_name(args[0]));
        return WF_NULL;
    }
    if (WF_STR_LEN(args[0]) == 0) return wf_str(self);   // str(self): a subclass's __repr__ counts
    return wf_format_float_obj(self, args[0]);
}

static WfValue float_hex(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    NOARG("hex");
    double x = WF_FLOAT_VAL(self);
    if (isnan(x) || isinf(x)) {
        char buf[40];
        int n = wf_float_repr_buf(x, buf, sizeof buf);
        return wf_str_from_ascii(buf, (size_t)n);
    }
    char buf[64];
    const char *sign = signbit(x) ? "-" : "";
    if (x == 0) {
        int n = snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
        return wf_str_from_ascii(buf, (size_t)n);
    }
    int e;
    double m = frexp(fabs(x), &e);   // m in [0.5, 1)
    // normalise to a leading digit 1 (0 for subnormals), exponent >= -1022
    int shift = 1 - (e - 1 < -1022 ? -1022 - (e - 1) : 0) ;
    m = ldexp(m, shift);
    e -= shift;
    int lead = (int)m;
    m -= lead;
    char digs[16];
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int d = (int)m;
        m -= d;
        digs[i] = "0123456789abcdef"[d];
    }
    digs[13] = 0;
    int n = snprintf(buf, sizeof buf, "%s0x%d.%sp%c%d", sign, lead, digs, e < 0 ? '-' : '+', e < 0 ? -e : e);
    return wf_str_from_ascii(buf, (size_t)n);
}

static WfValue float_fromhex(WfValue cls, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("fromhex", nargs, 1, 1) < 0) return WF_NULL;
    if (!wf_is_str(args[0])) {
        wf_err_set_str(wf_TypeError, "bad argument type for built-in operation");
        return WF_NULL;
    }
    const char *s = WF_STR_DATA(args[0]);
    size_t len = WF_STR_LEN(args[0]), a = 0, b = len;
    while (a < b && wf_unicode_isspace((unsigned char)s[a])) a++;
    while (b > a && wf_unicode_isspace((unsigned char)s[b - 1])) b--;
    double d = 0;
    bool neg = false;
    size_t p = a;
    if (p < b && (s[p] == '+' || s[p] == '-')) neg = s[p++] == '-';
    if (ieq(s + p, b - p, "inf") || ieq(s + p, b - p, "infinity")) {
        d = INFINITY;
    } else if (ieq(s + p, b - p, "nan")) {
        d = NAN;
    } else {
        if (b - p >= 2 && s[p] == '0' && (s[p + 1] | 0x20) == 'x') p += 2;
        char *buf = malloc(b - p + 8);
        if (!buf) return wf_err_no_memory();
        size_t k = 0;
        buf[k++] = '0';
        buf[k++] = 'x';
        int nd = 0;
        while (p < b && isxdigit((unsigned char)s[p])) { buf[k++] = s[p++]; nd++; }
        if (p < b && s[p] == '.') {
            buf[k++] = s[p++];
            while (p < b && isxdigit((unsigned char)s[p])) { buf[k++] = s[p++]; nd++; }
        }
        bool ok = nd > 0;
        if (ok && p < b && (s[p] | 0x20) == 'p') {
            buf[k++] = 'p';
            p++;
            if (p < b && (s[p] == '+' || s[p] == '-')) buf[k++] = s[p++];
            int ed = 0;
            while (p < b && s[p] >= '0' && s[p] <= '9') { buf[k++] = s[p++]; ed++; }
            if (!ed) ok = false;
        }
        if (p != b) ok = false;
        buf[k] = 0;
        if (!ok) {
            free(buf);
            wf_err_set_str(wf_ValueError, "invalid hexadecimal floating-point string");
            return WF_NULL;
        }
        errno = 0;
        d = strtod(buf, NULL);
        free(buf);
        if (isinf(d)) {
            wf_err_set_str(wf_OverflowError, "hexadecimal value too large to represent as a float");
            return WF_NULL;
        }
    }
    WfValue v = wf_float_new(neg ? -d : d);
    if (!v || cls == WF_TYPE_VALUE(&wf_float_type)) return v;
    WfValue r = wf_call1(cls, v);
    wf_decref(v);
    return r;
}

static WfValue float_divmod_m(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__divmod__", nargs, 1, 1) < 0) return WF_NULL;
    double x = WF_FLOAT_VAL(self), y;
    int r = operand(args[0], &y);
    if (r <= 0) return r < 0 ? WF_NULL : wf_newref(WF_NOTIMPLEMENTED);
    return float_divmod_values(x, y);
}

static WfValue float_rdivmod_m(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__rdivmod__", nargs, 1, 1) < 0) return WF_NULL;
    double y = WF_FLOAT_VAL(self), x;
    int r = operand(args[0], &x);
    if (r <= 0) return r < 0 ? WF_NULL : wf_newref(WF_NOTIMPLEMENTED);
    return float_divmod_values(x, y);
}

static WfValue float_getnewargs(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue f = wf_float_new(WF_FLOAT_VAL(self));
    if (!f) return WF_NULL;
    WfValue t = wf_tuple_pack(1, f);
    wf_decref(f);
    return t;
}

static const WfMethodDef float_methods[] = {
    {"is_integer", float_is_integer, 0, NULL},
    {"as_integer_ratio", float_as_integer_ratio, 0, NULL},
    {"hex", float_hex, 0, NULL},
    {"fromhex", float_fromhex, WF_METH_CLASS, NULL},
    {"conjugate", float_conjugate, 0, NULL},
    {"__round__", float_round, 0, NULL},
    {"__trunc__", float_trunc, 0, NULL},
    {"__floor__", float_floor, 0, NULL},
    {"__ceil__", float_ceil, 0, NULL},
    {"__format__", float___format__, 0, NULL},
    {"__divmod__", float_divmod_m, 0, NULL},
    {"__rdivmod__", float_rdivmod_m, 0, NULL},
    {"__getnewargs__", float_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfValue float_get_real(WfValue self) { return float_pos(self); }
static WfValue float_get_imag(WfValue self) { return wf_float_new(0.0); }

static const WfGetSetDef float_getsets[] = {
    {"real", float_get_real, NULL, NULL},
    {"imag", float_get_imag, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

WfType wf_float_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "float",
    .basicsize = sizeof(WfFloat),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .new_ = float_new,
    .nb = {
        [WF_BINOP_ADD] = float_add,
        [WF_BINOP_SUB] = float_sub,
        [WF_BINOP_MUL] = float_mul,
        [WF_BINOP_TRUEDIV] = float_truediv,
        [WF_BINOP_FLOORDIV] = float_floordiv,
        [WF_BINOP_MOD] = float_mod,
        [WF_BINOP_POW] = float_pow,
    },
    .nb_pow3 = float_pow3,
    .nb_neg = float_neg,
    .nb_pos = float_pos,
    .nb_abs = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_pos,
    .methods = float_methods,
    .getsets = float_getsets,
};
