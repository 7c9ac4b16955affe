// int.c — int and bool. Small ints are unboxed (value.h) and every operation
// on two of them stays in C arithmetic (__builtin_*_overflow), reaching for
// GMP only on overflow. A WfBigInt holds an mpz_t; results are always
// normalized: a value that fits the small-int range comes back unboxed.
// Instances of int subclasses are WfBigInt-shaped whatever their value.
// bool is an int subclass with the two immortal instances True and False.
// GIL: callers hold it (it also guards the big-int free list).
#include "runtime/int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/list.h"
#include "runtime/numimpl.h"
#include "runtime/strimpl.h"
#include "runtime/tuple.h"
#include "runtime/unicode.h"

int64_t wf_int_max_str_digits = 4300;

// Results larger than this many bits raise MemoryError instead of letting
// GMP abort the process on a failed allocation.
#define MAX_BITS ((uint64_t)1 << 32)

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

// ---- representation helpers -------------------------------------------------------

// The value of a small int or bool in *out (true), or false for heap ints.
static inline bool int_small(WfValue v, int64_t *out) {
    if (WF_IS_SMALLINT(v)) {
        *out = WF_SMALLINT_VAL(v);
        return true;
    }
    if (v->type == &wf_bool_type) {
        *out = ((WfBool *)v)->value;
        return true;
    }
    return false;
}

// A read-only mpz view of any int value (no allocation): [tmp] and [limb]
// are storage for small values.
static inline mpz_srcptr zview(WfValue v, mpz_t tmp, mp_limb_t *limb) {
    int64_t n;
    if (int_small(v, &n)) {
        *limb = n < 0 ? (mp_limb_t)0 - (mp_limb_t)n : (mp_limb_t)n;
        // what mpz_roinit_n does, inline: a read-only mpz over [limb]
        tmp->_mp_alloc = 0;
        tmp->_mp_size = n < 0 ? -1 : n > 0 ? 1 : 0;
        tmp->_mp_d = limb;
        return tmp;
    }
    return ((WfBigInt *)v)->z;
}
#define ZVIEW(name, v) mpz_t name##_tmp; mp_limb_t name##_limb; mpz_srcptr name = zview(v, name##_tmp, &name##_limb)

// Dead exact big ints keep their object and their limbs on a small free
// list, so a loop like "total += i * i" past 2**62 allocates nothing.
// Guarded by the GIL like every object.
#define BIG_FREELIST_MAX 128
#define BIG_FREELIST_MAX_LIMBS 64
static WfBigInt *big_freelist[BIG_FREELIST_MAX];
static int big_nfree;

static WfValue bigint_alloc(void) {
    if (big_nfree > 0) {
        WfBigInt *b = big_freelist[--big_nfree];
        b->ob.refcnt = 1;
        return (WfValue)b;
    }
    WfValue v = wf_object_alloc(&wf_int_type, sizeof(WfBigInt));
    if (!v) return WF_NULL;
    mpz_init(((WfBigInt *)v)->z);
    return v;
}

// Frees an unreferenced exact big int (or keeps it for reuse).
static void bigint_release(WfBigInt *b) {
    if (big_nfree < BIG_FREELIST_MAX && b->z[0]._mp_alloc <= BIG_FREELIST_MAX_LIMBS) {
        big_freelist[big_nfree++] = b;
        return;
    }
    mpz_clear(b->z);
    wf_object_free((WfValue)b);
}

// Normalizes a fresh result object: a small int when the value fits (the
// object is released), else the object itself. Returns a new reference.
static WfValue bigint_finish(WfValue v) {
    mpz_srcptr z = ((WfBigInt *)v)->z;
    if (z->_mp_size >= -1 && z->_mp_size <= 1 && mpz_fits_slong_p(z)) {
        long n = mpz_get_si(z);
        if (WF_SMALLINT_FITS(n)) {
            bigint_release((WfBigInt *)v);
            return WF_FROM_SMALLINT(n);
        }
    }
    return v;
}

#define BIG_RESULT(r) WfValue r##_obj = bigint_alloc(); if (!r##_obj) return WF_NULL; mpz_ptr r = ((WfBigInt *)r##_obj)->z

// Normalizes [z] into a value and clears [z]. Returns a new reference.
static WfValue int_from_mpz_steal(mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long n = mpz_get_si(z);
        if (WF_SMALLINT_FITS(n)) {
            mpz_clear(z);
            return WF_FROM_SMALLINT(n);
        }
    }
    WfValue v = bigint_alloc();
    if (!v) {
        mpz_clear(z);
        return WF_NULL;
    }
    mpz_swap(((WfBigInt *)v)->z, z);
    mpz_clear(z);
    return v;
}

WfValue wf_int_from_i64(int64_t n) {
    if (WF_SMALLINT_FITS(n)) return WF_FROM_SMALLINT(n);
    WfValue v = bigint_alloc();
    if (!v) return WF_NULL;
    mpz_set_si(((WfBigInt *)v)->z, (long)n);
    return v;
}

WfValue wf_int_from_u64(uint64_t n) {
    if (n <= (uint64_t)WF_SMALLINT_MAX) return WF_FROM_SMALLINT((int64_t)n);
    WfValue v = bigint_alloc();
    if (!v) return WF_NULL;
    mpz_set_ui(((WfBigInt *)v)->z, (unsigned long)n);
    return v;
}

WfValue wf_int_from_mpz(const mpz_t z) {
    mpz_t c;
    mpz_init_set(c, z);
    return int_from_mpz_steal(c);
}

int wf_int_to_i64(WfValue v, int64_t *out) {
    if (int_small(v, out)) return 0;
    mpz_srcptr z = ((WfBigInt *)v)->z;
    if (mpz_fits_slong_p(z)) {
        *out = mpz_get_si(z);
        return 0;
    }
    wf_err_set_str(wf_OverflowError, "Python int too large to convert to C long");
    return -1;
}

void wf_int_to_mpz(WfValue v, mpz_t z) {
    ZVIEW(src, v);
    mpz_set(z, src);
}

int wf_int_sign(WfValue v) {
    int64_t n;
    if (int_small(v, &n)) return n < 0 ? -1 : n > 0;
    return mpz_sgn(((WfBigInt *)v)->z);
}

// An exact int with the value of [v] (itself for exact ints). New reference.
static WfValue int_exact(WfValue v) {
    int64_t n;
    if (int_small(v, &n)) return WF_FROM_SMALLINT(n);
    if (v->type == &wf_int_type) return wf_newref(v);
    return wf_int_from_mpz(((WfBigInt *)v)->z);
}

static bool too_big(uint64_t bits) {
    if (bits > MAX_BITS) {
        wf_err_no_memory();
        return true;
    }
    return false;
}

// ---- conversions to double ------------------------------------------------------------

int wf_mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, double *out) {
    int sa = mpz_sgn(a), sb = mpz_sgn(b);
    bool neg = (sa < 0) != (sb < 0);
    if (sa == 0) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    mpz_t na, nb, q, r;
    mpz_init(na);
    mpz_init(nb);
    mpz_abs(na, a);
    mpz_abs(nb, b);
    int64_t la = (int64_t)mpz_sizeinbase(na, 2), lb = (int64_t)mpz_sizeinbase(nb, 2);
    int64_t diff = la - lb;
    int rc = 0;
    if (diff > 1025) {
        rc = -1;
        goto done;
    }
    if (diff < -1100) {
        *out = neg ? -0.0 : 0.0;
        goto done;
    }
    {
        int64_t shift = diff - 55;
        if (shift < 0) mpz_mul_2exp(na, na, (mp_bitcnt_t)-shift);
        else mpz_mul_2exp(nb, nb, (mp_bitcnt_t)shift);
        mpz_init(q);
        mpz_init(r);
        mpz_tdiv_qr(q, r, na, nb);
        bool sticky = mpz_sgn(r) != 0;
        int64_t qbits = (int64_t)mpz_sizeinbase(q, 2);
        uint64_t qv = mpz_get_ui(q);
        mpz_clear(q);
        mpz_clear(r);
        int64_t e = qbits + shift;
        int64_t p = e - 1 >= -1022 ? 53 : e + 1074;
        if (p < 0) {
            *out = neg ? -0.0 : 0.0;
            goto done;
        }
        int64_t drop = qbits - p;
        uint64_t m = qv >> drop, rem = qv & (((uint64_t)1 << drop) - 1);
        uint64_t half = (uint64_t)1 << (drop - 1);
        if (rem > half || (rem == half && (sticky || (m & 1)))) m++;
        double d = ldexp((double)m, (int)(shift + drop));
        if (isinf(d)) {
            rc = -1;
            goto done;
        }
        *out = neg ? -d : d;
    }
done:
    mpz_clear(na);
    mpz_clear(nb);
    return rc;
}

int wf_int_to_double(WfValue v, double *out) {
    int64_t n;
    if (int_small(v, &n)) {
        *out = (double)n;
        return 0;
    }
    mpz_srcptr z = ((WfBigInt *)v)->z;
    if (mpz_sizeinbase(z, 2) <= 53) {
        *out = mpz_get_d(z);
        return 0;
    }
    mpz_t one;
    mpz_init_set_ui(one, 1);
    int rc = wf_mpz_ratio_to_double(z, one, out);
    mpz_clear(one);
    if (rc < 0) {
        wf_err_set_str(wf_OverflowError, "int too large to convert to float");
        return -1;
    }
    return 0;
}

void wf_double_to_mpz_exp(double d, mpz_t m, int *exp) {
    int e;
    double f = frexp(d, &e);   // d = f * 2^e, 0.5 <= |f| < 1
    double mant = ldexp(f, 53);  // integral
    mpz_set_d(m, mant);
    *exp = e - 53;
}

WfValue wf_int_from_double(double d) {
    if (isinf(d)) {
        wf_err_set_str(wf_OverflowError, "cannot convert float infinity to integer");
        return WF_NULL;
    }
    if (isnan(d)) {
        wf_err_set_str(wf_ValueError, "cannot convert float NaN to integer");
        return WF_NULL;
    }
    double t = trunc(d);
    if (t > -4.6e18 && t < 4.6e18) return WF_FROM_SMALLINT((int64_t)t);
    mpz_t z;
    mpz_init_set_d(z, t);
    return int_from_mpz_steal(z);
}

int wf_int_compare_double(WfValue i, double d) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    int64_t n;
    if (int_small(i, &n) && n > -((int64_t)1 << 53) && n < ((int64_t)1 << 53)) {
        double x = (double)n;
        return x < d ? -1 : x > d ? 1 : 0;
    }
    ZVIEW(z, i);
    double t = trunc(d);
    mpz_t td;
    mpz_init_set_d(td, t);
    int c = mpz_cmp(z, td);
    mpz_clear(td);
    if (c != 0) return c < 0 ? -1 : 1;
    double frac = d - t;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

// ---- hashing and text -----------------------------------------------------------------

WfHash wf_int_hash(WfValue v) {
    int64_t n;
    if (int_small(v, &n)) {
        uint64_t a = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
        int64_t h = (int64_t)(a % HASH_MODULUS);
        if (n < 0) h = -h;
        return h == -1 ? -2 : h;
    }
    mpz_srcptr z = ((WfBigInt *)v)->z;
    int64_t h = (int64_t)mpz_tdiv_ui(z, (unsigned long)HASH_MODULUS);   // of |z|
    if (mpz_sgn(z) < 0) h = -h;
    return h == -1 ? -2 : h;
}

static void limit_error(void) {
    wf_err_format(wf_ValueError,
                  "Exceeds the limit (%lld digits) for integer string conversion; "
                  "use sys.set_int_max_str_digits() to increase the limit",
                  (long long)wf_int_max_str_digits);
}

WfValue wf_int_to_str_base(WfValue v, int base) {
    int64_t n;
    if (int_small(v, &n)) {
        char buf[72];
        uint64_t u = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
        int k = 71;
        buf[k] = 0;
        if (base == 10) {
            do {
                buf[--k] = (char)('0' + u % 10);   // constant divisor: no division instruction
                u /= 10;
            } while (u);
        } else {
            do {
                unsigned d = (unsigned)(u % (unsigned)base);
                buf[--k] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
                u /= (unsigned)base;
            } while (u);
        }
        if (n < 0) buf[--k] = '-';
        return wf_str_from_ascii(buf + k, (size_t)(71 - k));
    }
    mpz_srcptr z = ((WfBigInt *)v)->z;
    size_t est = mpz_sizeinbase(z, base);
    if (base == 10 && wf_int_max_str_digits > 0 && est > (size_t)wf_int_max_str_digits + 1) {
        limit_error();
        return WF_NULL;
    }
    WfValue s = wf_str_alloc(est + 2);
    if (!s) return WF_NULL;
    mpz_get_str(WF_STR_DATA(s), base, z);
    size_t len = strlen(WF_STR_DATA(s));
    size_t ndig = len - (WF_STR_DATA(s)[0] == '-');
    if (base == 10 && wf_int_max_str_digits > 0 && ndig > (size_t)wf_int_max_str_digits) {
        wf_decref(s);
        limit_error();
        return WF_NULL;
    }
    ((WfStr *)s)->len = len;
    return wf_str_finalize_known(s, len);
}

static WfValue int_repr(WfValue self) { return wf_int_to_str_base(self, 10); }

// ---- parsing -----------------------------------------------------------------------

// Raises "invalid literal for int() with base B: <repr>" (repr cut at 200 chars).
static void invalid_literal(int base, WfValue orig) {
    WfValue r = wf_repr(orig);
    if (!r) return;
    size_t nb = WF_STR_LEN(r);
    if (wf_str_nchars(r) > 200) nb = wf_str_offset(r, 200);
    wf_err_format(wf_ValueError, "invalid literal for int() with base %d: %.*s", base, (int)nb,
                  WF_STR_DATA(r));
    wf_decref(r);
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

// Parses UTF-8 [s, s+len) as int(s, base); [orig] (str or bytes) is quoted in errors.
static WfValue parse_int(const char *s, size_t len, int base, WfValue orig) {
    // Transform: Unicode decimal digits to ASCII, whitespace trimmed.
    char *buf = malloc(len + 1);
    if (!buf) return wf_err_no_memory();
    size_t n = 0, i = 0;
    WfValue result = WF_NULL;
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
        if (dv >= 0) buf[n++] = (char)('0' + dv);
        else if (wf_unicode_isspace(cp)) buf[n++] = ' ';
        else buf[n++] = '?';
    }
    size_t a = 0, b = n;
    while (a < b && (buf[a] == ' ' || (buf[a] >= 9 && buf[a] <= 13) || (buf[a] >= 0x1c && buf[a] <= 0x1f))) a++;
    while (b > a && (buf[b - 1] == ' ' || (buf[b - 1] >= 9 && buf[b - 1] <= 13) ||
                     (buf[b - 1] >= 0x1c && buf[b - 1] <= 0x1f)))
        b--;
    bool neg = false;
    if (a < b && (buf[a] == '+' || buf[a] == '-')) neg = buf[a++] == '-';
    int eff = base;
    bool prefixed = false;
    if (b - a >= 2 && buf[a] == '0') {
        char p = (char)(buf[a + 1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            eff = pb;
            a += 2;
            prefixed = true;
        }
    }
    bool base0_decimal = false;
    if (eff == 0) {
        eff = 10;
        base0_decimal = true;
    }
    // digits with single underscores between them (one may follow a prefix)
    size_t ndig = 0;
    bool last_us = prefixed, leading_zero_only = true;
    char *digits = buf;   // compacted in place
    if (a >= b) goto invalid;
    if (buf[a] == '_' && !prefixed) goto invalid;
    for (size_t k = a; k < b; k++) {
        char c = buf[k];
        if (c == '_') {
            if (last_us && !(prefixed && k == a)) goto invalid;
            if (k == a && !prefixed) goto invalid;
            last_us = true;
            continue;
        }
        int dv = digit_value(c);
        if (dv >= eff) goto invalid;
        if (dv != 0) leading_zero_only = false;
        digits[ndig++] = c;
        last_us = false;
    }
    if (last_us || ndig == 0) goto invalid;
    if (base0_decimal && digits[0] == '0' && !leading_zero_only) goto invalid;
    digits[ndig] = 0;
    if ((eff & (eff - 1)) != 0 && wf_int_max_str_digits > 0 && ndig > (size_t)wf_int_max_str_digits) {
        wf_err_format(wf_ValueError,
                      "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      (long long)wf_int_max_str_digits, ndig);
        goto done;
    }
    if (ndig <= 12 || (eff == 16 && ndig <= 15) || (eff == 2 && ndig <= 62)) {
        int64_t v = 0;
        for (size_t k = 0; k < ndig; k++) v = v * eff + digit_value(digits[k]);
        result = WF_FROM_SMALLINT(neg ? -v : v);
        goto done;
    }
    {
        mpz_t z;
        mpz_init(z);
        if (mpz_set_str(z, digits, eff) != 0) {
            mpz_clear(z);
            goto invalid;
        }
        if (neg) mpz_neg(z, z);
        result = int_from_mpz_steal(z);
    }
    goto done;
invalid:
    invalid_literal(base, orig);
done:
    free(buf);
    return result;
}

WfValue wf_int_from_cstr(const char *s, size_t len, int base) {
    if (base != 0 && (base < 2 || base > 36)) {
        wf_err_set_str(wf_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return WF_NULL;
    }
    size_t bad = wf_utf8_check((const unsigned char *)s, len, NULL, NULL);
    WfValue orig = bad == len ? wf_str_from_utf8(s, len) : wf_bytes_new(s, len);
    if (!orig) return WF_NULL;
    WfValue r = parse_int(s, len, base, orig);
    wf_decref(orig);
    return r;
}

// ---- arithmetic ------------------------------------------------------------------------

#define BOTH_INTS(a, b) do { if (!wf_is_int(a) || !wf_is_int(b)) return wf_newref(WF_NOTIMPLEMENTED); } while (0)

static WfValue int_add(WfValue a, WfValue b) {
    int64_t x, y;
    if (WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b)) return wf_int_from_i64(WF_SMALLINT_VAL(a) + WF_SMALLINT_VAL(b));
    BOTH_INTS(a, b);
    if (int_small(a, &x) && int_small(b, &y)) return wf_int_from_i64(x + y);
    ZVIEW(za, a);
    ZVIEW(zb, b);
    BIG_RESULT(r);
    mpz_add(r, za, zb);
    return bigint_finish(r_obj);
}

static WfValue int_sub(WfValue a, WfValue b) {
    int64_t x, y;
    if (WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b)) return wf_int_from_i64(WF_SMALLINT_VAL(a) - WF_SMALLINT_VAL(b));
    BOTH_INTS(a, b);
    if (int_small(a, &x) && int_small(b, &y)) return wf_int_from_i64(x - y);
    ZVIEW(za, a);
    ZVIEW(zb, b);
    BIG_RESULT(r);
    mpz_sub(r, za, zb);
    return bigint_finish(r_obj);
}

static WfValue int_mul(WfValue a, WfValue b) {
    int64_t x, y, r;
    BOTH_INTS(a, b);
    if (int_small(a, &x) && int_small(b, &y) && !__builtin_mul_overflow(x, y, &r)) return wf_int_from_i64(r);
    ZVIEW(za, a);
    ZVIEW(zb, b);
    if (mpz_sgn(za) && mpz_sgn(zb) && too_big(mpz_sizeinbase(za, 2) + mpz_sizeinbase(zb, 2))) return WF_NULL;
    BIG_RESULT(res);
    mpz_mul(res, za, zb);
    return bigint_finish(res_obj);
}

static WfValue int_truediv(WfValue a, WfValue b) {
    BOTH_INTS(a, b);
    int64_t x, y;
    if (wf_int_sign(b) == 0) {
        wf_err_set_str(wf_ZeroDivisionError, "division by zero");
        return WF_NULL;
    }
    const int64_t lim = (int64_t)1 << 53;
    if (int_small(a, &x) && int_small(b, &y) && x > -lim && x < lim && y > -lim && y < lim)
        return wf_float_new((double)x / (double)y);
    ZVIEW(za, a);
    ZVIEW(zb, b);
    double d;
    if (wf_mpz_ratio_to_double(za, zb, &d) < 0) {
        wf_err_set_str(wf_OverflowError, "integer division result too large for a float");
        return WF_NULL;
    }
    return wf_float_new(d);
}

static WfValue int_floordiv(WfValue a, WfValue b) {
    BOTH_INTS(a, b);
    int64_t x, y;
    if (int_small(a, &x) && int_small(b, &y)) {
        if (y == 0) goto zero;
        int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return wf_int_from_i64(q);
    }
    ZVIEW(za, a);
    ZVIEW(zb, b);
    if (mpz_sgn(zb) == 0) goto zero;
    {
        BIG_RESULT(q);
        mpz_fdiv_q(q, za, zb);
        return bigint_finish(q_obj);
    }
zero:
    wf_err_set_str(wf_ZeroDivisionError, "integer division or modulo by zero");
    return WF_NULL;
}

static WfValue int_mod(WfValue a, WfValue b) {
    BOTH_INTS(a, b);
    int64_t x, y;
    if (int_small(a, &x) && int_small(b, &y)) {
        if (y == 0) goto zero;
        int64_t r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return WF_FROM_SMALLINT(r);
    }
    ZVIEW(za, a);
    ZVIEW(zb, b);
    if (mpz_sgn(zb) == 0) goto zero;
    {
        BIG_RESULT(r);
        mpz_fdiv_r(r, za, zb);
        return bigint_finish(r_obj);
    }
zero:
    wf_err_set_str(wf_ZeroDivisionError, "integer modulo by zero");
    return WF_NULL;
}

// divmod(a, b) for ints: a tuple (a // b, a % b).
static WfValue int_divmod_values(WfValue a, WfValue b) {
    int64_t x, y;
    WfValue q, r;
    if (int_small(a, &x) && int_small(b, &y)) {
        if (y == 0) goto zero;
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            qq--;
            rr += y;
        }
        q = wf_int_from_i64(qq);
        r = WF_FROM_SMALLINT(rr);
    } else {
        ZVIEW(za, a);
        ZVIEW(zb, b);
        if (mpz_sgn(zb) == 0) goto zero;
        mpz_t zq, zr;
        mpz_init(zq);
        mpz_init(zr);
        mpz_fdiv_qr(zq, zr, za, zb);
        q = int_from_mpz_steal(zq);
        r = int_from_mpz_steal(zr);
    }
    if (!q || !r) {
        wf_xdecref(q);
        wf_xdecref(r);
        return WF_NULL;
    }
    WfValue t = wf_tuple_pack(2, q, r);
    wf_decref(q);
    wf_decref(r);
    return t;
zero:
    wf_err_set_str(wf_ZeroDivisionError, "integer division or modulo by zero");
    return WF_NULL;
}

static WfValue int_pow(WfValue a, WfValue b) {
    BOTH_INTS(a, b);
    if (wf_int_sign(b) < 0) {
        double x, y;
        if (wf_int_to_double(a, &x) < 0 || wf_int_to_double(b, &y) < 0) return WF_NULL;
        return wf_float_pow_dd(x, y);
    }
    int64_t x, y;
    if (int_small(a, &x) && int_small(b, &y)) {
        int64_t result = 1, base = x, e = y;
        bool ok = true;
        while (e > 0) {
            if (e & 1) {
                if (__builtin_mul_overflow(result, base, &result)) {
                    ok = false;
                    break;
                }
            }
            e >>= 1;
            if (e && __builtin_mul_overflow(base, base, &base)) {
                ok = false;
                break;
            }
        }
        if (ok) return wf_int_from_i64(result);
    }
    ZVIEW(za, a);
    // trivial bases never grow
    if (mpz_cmpabs_ui(za, 1) <= 0) {
        if (mpz_sgn(za) == 0) return WF_FROM_SMALLINT(wf_int_sign(b) == 0 ? 1 : 0);
        if (mpz_sgn(za) > 0) return WF_FROM_SMALLINT(1);
        ZVIEW(zb, b);
        return WF_FROM_SMALLINT(mpz_odd_p(zb) ? -1 : 1);
    }
    int64_t e;
    if (wf_int_to_i64(b, &e) < 0) {
        wf_err_clear();
        return wf_err_no_memory();
    }
    uint64_t bits = mpz_sizeinbase(za, 2);
    if ((uint64_t)e > MAX_BITS || too_big(bits * (uint64_t)e)) {
        if (!wf_err_occurred()) wf_err_no_memory();
        return WF_NULL;
    }
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, (unsigned long)e);
    return int_from_mpz_steal(r);
}

static WfValue int_pow3(WfValue a, WfValue b, WfValue m) {
    if (!wf_is_int(a) || !wf_is_int(b) || !wf_is_int(m)) {
        if ((wf_is_int(a) || wf_is_float(a)) && (wf_is_int(b) || wf_is_float(b)) &&
            (wf_is_int(m) || wf_is_float(m))) {
            wf_err_set_str(wf_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
            return WF_NULL;
        }
        return wf_newref(WF_NOTIMPLEMENTED);
    }
    ZVIEW(za, a);
    ZVIEW(zb, b);
    ZVIEW(zm, m);
    if (mpz_sgn(zm) == 0) {
        wf_err_set_str(wf_ValueError, "pow() 3rd argument cannot be 0");
        return WF_NULL;
    }
    mpz_t mod, base, r;
    mpz_init(mod);
    mpz_abs(mod, zm);
    mpz_init_set(base, za);
    mpz_init(r);
    mpz_t exp;
    mpz_init_set(exp, zb);
    if (mpz_sgn(exp) < 0) {
        if (!mpz_invert(base, base, mod)) {
            mpz_clear(mod);
            mpz_clear(base);
            mpz_clear(r);
            mpz_clear(exp);
            wf_err_set_str(wf_ValueError, "base is not invertible for the given modulus");
            return WF_NULL;
        }
        mpz_neg(exp, exp);
    }
    if (mpz_cmp_ui(mod, 1) == 0) mpz_set_ui(r, 0);
    else mpz_powm(r, base, exp, mod);
    if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, zm);
    mpz_clear(mod);
    mpz_clear(base);
    mpz_clear(exp);
    return int_from_mpz_steal(r);
}

static WfValue int_lshift(WfValue a, WfValue b) {
    BOTH_INTS(a, b);
    if (wf_int_sign(b) < 0) {
        wf_err_set_str(wf_ValueError, "negative shift count");
        return WF_NULL;
    }
    if (wf_int_sign(a) == 0) return WF_FROM_SMALLINT(0);
    int64_t x, s;
    if (wf_int_to_i64(b, &s) < 0) {
        wf_err_clear();
        wf_err_set_str(wf_OverflowError, "too many digits in integer");
        return WF_NULL;
    }
    if (int_small(a, &x) && s < 62) {
        int64_t lim = (int64_t)1 << (62 - s);
        if (x > -lim && x < lim) return wf_int_from_i64(x * ((int64_t)1 << s));
    }
    ZVIEW(za, a);
    if ((uint64_t)s > MAX_BITS || too_big(mpz_sizeinbase(za, 2) + (uint64_t)s)) {
        if (!wf_err_occurred()) wf_err_no_memory();
        return WF_NULL;
    }
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, za, (mp_bitcnt_t)s);
    return int_from_mpz_steal(r);
}

static WfValue int_rshift(WfValue a, WfValue b) {
    BOTH_INTS(a, b);
    if (wf_int_sign(b) < 0) {
        wf_err_set_str(wf_ValueError, "negative shift count");
        return WF_NULL;
    }
    int64_t x, s;
    if (wf_int_to_i64(b, &s) < 0) {
        wf_err_clear();
        return WF_FROM_SMALLINT(wf_int_sign(a) < 0 ? -1 : 0);
    }
    if (int_small(a, &x)) {
        if (s >= 63) return WF_FROM_SMALLINT(x < 0 ? -1 : 0);
        return WF_FROM_SMALLINT(x >> s);   // arithmetic shift floors
    }
    ZVIEW(za, a);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, za, (mp_bitcnt_t)s);
    return int_from_mpz_steal(r);
}

#define BITWISE(fname, op, mpzop)                                     \
    static WfValue fname(WfValue a, WfValue b) {                      \
        BOTH_INTS(a, b);                                              \
        int64_t x, y;                                                 \
        if (int_small(a, &x) && int_small(b, &y)) return WF_FROM_SMALLINT(x op y); \
        ZVIEW(za, a);                                                 \
        ZVIEW(zb, b);                                                 \
        BIG_RESULT(r);                                                \
        mpzop(r, za, zb);                                             \
        return bigint_finish(r_obj);                                  \
    }
BITWISE(int_and, &, mpz_and)
BITWISE(int_or, |, mpz_ior)
BITWISE(int_xor, ^, mpz_xor)

static WfValue int_neg(WfValue a) {
    int64_t x;
    if (int_small(a, &x)) return wf_int_from_i64(-x);
    BIG_RESULT(r);
    mpz_neg(r, ((WfBigInt *)a)->z);
    return bigint_finish(r_obj);
}

static WfValue int_pos(WfValue a) { return int_exact(a); }

static WfValue int_invert(WfValue a) {
    int64_t x;
    if (int_small(a, &x)) return wf_int_from_i64(-x - 1);
    BIG_RESULT(r);
    mpz_com(r, ((WfBigInt *)a)->z);
    return bigint_finish(r_obj);
}

static WfValue int_abs(WfValue a) {
    int64_t x;
    if (int_small(a, &x)) return wf_int_from_i64(x < 0 ? -x : x);
    BIG_RESULT(r);
    mpz_abs(r, ((WfBigInt *)a)->z);
    return bigint_finish(r_obj);
}

static int int_bool(WfValue a) { return wf_int_sign(a) != 0; }

static WfValue int_float(WfValue a) {
    double d;
    if (wf_int_to_double(a, &d) < 0) return WF_NULL;
    return wf_float_new(d);
}

static WfValue int_richcompare(WfValue a, WfValue b, int op) {
    int c;
    if (!wf_is_int(a)) return wf_newref(WF_NOTIMPLEMENTED);
    if (wf_is_int(b)) {
        int64_t x, y;
        if (int_small(a, &x) && int_small(b, &y)) {
            c = x < y ? -1 : x > y;
        } else {
            ZVIEW(za, a);
            ZVIEW(zb, b);
            c = mpz_cmp(za, zb);
            c = c < 0 ? -1 : c > 0;
        }
    } else if (wf_is_float(b)) {
        c = wf_int_compare_double(a, WF_FLOAT_VAL(b));
        if (c == 2) return wf_bool(op == WF_NE);
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

static WfHash int_hash(WfValue self) { return wf_int_hash(self); }

static void int_dealloc(WfValue self) {
    if (self->type == &wf_int_type) {
        bigint_release((WfBigInt *)self);
        return;
    }
    mpz_clear(((WfBigInt *)self)->z);
    wf_object_free(self);
}

// ---- construction ------------------------------------------------------------------

// An instance of int subclass [type] with the value of int [v].
static WfValue int_subtype_new(WfType *type, WfValue v) {
    WfValue o = wf_object_alloc(type, type->basicsize);
    if (!o) return WF_NULL;
    mpz_init(((WfBigInt *)o)->z);
    wf_int_to_mpz(v, ((WfBigInt *)o)->z);
    return o;
}

// int(x) for one argument (no base). Returns a new reference.
static WfValue int_from_object(WfValue x) {
    if (wf_is_int(x)) return int_exact(x);
    if (wf_is_float(x)) return wf_int_from_double(WF_FLOAT_VAL(x));
    if (wf_is_str(x)) return parse_int(WF_STR_DATA(x), WF_STR_LEN(x), 10, x);
    if (wf_is_bytes(x)) return parse_int((const char *)WF_BYTES_DATA(x), WF_BYTES_LEN(x), 10, x);
    WfType *t = wf_type(x);
    if (wf_type_is_subtype(t, &wf_bytearray_type)) {
        WfByteArray *ba = (WfByteArray *)x;
        return parse_int(ba->data ? (const char *)ba->data : "", ba->len, 10, x);
    }
    WfValue r = WF_NULL;
    const char *which = NULL;
    if (t->nb_int) {
        r = t->nb_int(x);
        which = "__int__";
    } else if (t->nb_index) {
        r = t->nb_index(x);
        which = "__index__";
    } else {
        WfValue trunc_m = wf_type_lookup(t, WF_ID(__trunc__));
        if (trunc_m) {
            wf_incref(trunc_m);
            r = wf_call1(trunc_m, x);
            wf_decref(trunc_m);
            if (r && !wf_is_int(r)) {
                WfValue r2 = wf_type(r)->nb_index ? wf_type(r)->nb_index(r) : WF_NULL;
                if (!r2 && !wf_err_occurred())
                    wf_err_format(wf_TypeError, "__trunc__ returned non-Integral (type %s)", wf_type_name(r));
                wf_decref(r);
                r = r2;
            }
            return r;
        }
        wf_err_format(wf_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      wf_type_name(x));
        return WF_NULL;
    }
    if (r && !wf_is_int(r)) {
        wf_err_format(wf_TypeError, "%s returned non-int (type %s)", which, wf_type_name(r));
        wf_decref(r);
        return WF_NULL;
    }
    if (r && !WF_IS_SMALLINT(r) && r->type != &wf_int_type) {
        WfValue e = int_exact(r);
        wf_decref(r);
        r = e;
    }
    return r;
}

static WfValue int_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {NULL, "base"};
    WfValue a[2];
    if (wf_args_parse("int", args, nargs, kwnames, names, 2, 0, 2, a) < 0) return WF_NULL;
    WfValue v;
    if (!a[0]) {
        if (a[1]) {
            wf_err_set_str(wf_TypeError, "int() missing string argument");
            return WF_NULL;
        }
        v = WF_FROM_SMALLINT(0);
    } else if (!a[1]) {
        v = int_from_object(a[0]);
    } else {
        int64_t base;
        int r = wf_seq_index(a[1], &base);
        if (r == 0) {
            wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(a[1]));
            return WF_NULL;
        }
        if (r < 0) {
            wf_err_clear();
            base = -1;
        }
        if (base != 0 && (base < 2 || base > 36)) {
            wf_err_set_str(wf_ValueError, "int() base must be >= 2 and <= 36, or 0");
            return WF_NULL;
        }
        WfValue x = a[0];
        if (wf_is_str(x)) v = parse_int(WF_STR_DATA(x), WF_STR_LEN(x), (int)base, x);
        else if (wf_is_bytes(x)) v = parse_int((const char *)WF_BYTES_DATA(x), WF_BYTES_LEN(x), (int)base, x);
        else if (!WF_IS_SMALLINT(x) && wf_type_is_subtype(x->type, &wf_bytearray_type)) {
            WfByteArray *ba = (WfByteArray *)x;
            v = parse_int(ba->data ? (const char *)ba->data : "", ba->len, (int)base, x);
        } else {
            wf_err_set_str(wf_TypeError, "int() can't convert non-string with explicit base");
            return WF_NULL;
        }
    }
    if (!v || type == &wf_int_type) return v;
    WfValue o = int_subtype_new(type, v);
    wf_decref(v);
    return o;
}

// ---- methods --------------------------------------------------------------------------

static WfValue int_bit_length(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("bit_length", nargs, 0, 0) < 0 || wf_args_no_kw("bit_length", kwnames) < 0) return WF_NULL;
    int64_t x;
    if (int_small(self, &x)) {
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        return WF_FROM_SMALLINT(u ? 64 - __builtin_clzll(u) : 0);
    }
    return wf_int_from_u64(mpz_sizeinbase(((WfBigInt *)self)->z, 2));
}

static WfValue int_bit_count(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("bit_count", nargs, 0, 0) < 0 || wf_args_no_kw("bit_count", kwnames) < 0) return WF_NULL;
    int64_t x;
    if (int_small(self, &x)) {
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        return WF_FROM_SMALLINT(__builtin_popcountll(u));
    }
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, ((WfBigInt *)self)->z);
    uint64_t c = mpz_popcount(t);
    mpz_clear(t);
    return wf_int_from_u64(c);
}

// Parses byteorder / signed arguments shared by to_bytes and from_bytes.
static int byteorder_arg(WfValue v, bool *little) {
    *little = false;
    if (!v) return 0;
    if (!wf_is_str(v)) {
        wf_err_format(wf_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", wf_type_name(v));
        return -1;
    }
    if (wf_str_eq_cstr(v, "little")) *little = true;
    else if (!wf_str_eq_cstr(v, "big")) {
        wf_err_set_str(wf_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static WfValue int_to_bytes(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed"};
    WfValue a[3];
    if (wf_args_parse("to_bytes", args, nargs, kwnames, names, 3, 0, 2, a) < 0) return WF_NULL;
    int64_t length = 1;
    if (a[0]) {
        int r = wf_seq_index(a[0], &length);
        if (r <= 0) {
            if (r == 0)
                wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(a[0]));
            return WF_NULL;
        }
    }
    if (length < 0) {
        wf_err_set_str(wf_ValueError, "length argument must be non-negative");
        return WF_NULL;
    }
    bool little, is_signed = false;
    if (byteorder_arg(a[1], &little) < 0) return WF_NULL;
    if (a[2]) {
        int t = wf_is_true(a[2]);
        if (t < 0) return WF_NULL;
        is_signed = t;
    }
    ZVIEW(z, self);
    if (mpz_sgn(z) < 0 && !is_signed) {
        wf_err_set_str(wf_OverflowError, "can't convert negative int to unsigned");
        return WF_NULL;
    }
    if (length > (int64_t)WF_TEXT_MAX) return wf_err_no_memory();
    // Two's complement: value mod 256**length, with a range check.
    mpz_t v, lim;
    mpz_init_set(v, z);
    mpz_init(lim);
    size_t bits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
    bool fits;
    if (!is_signed) {
        fits = bits <= (size_t)length * 8;
    } else {
        // -2**(8n-1) <= v < 2**(8n-1)
        if (length == 0) fits = mpz_sgn(z) == 0;
        else {
            mpz_set_ui(lim, 1);
            mpz_mul_2exp(lim, lim, (mp_bitcnt_t)(length * 8 - 1));
            mpz_t nlim;
            mpz_init(nlim);
            mpz_neg(nlim, lim);
            fits = mpz_cmp(z, lim) < 0 && mpz_cmp(z, nlim) >= 0;
            mpz_clear(nlim);
        }
    }
    if (!fits) {
        mpz_clear(v);
        mpz_clear(lim);
        wf_err_set_str(wf_OverflowError, "int too big to convert");
        return WF_NULL;
    }
    if (mpz_sgn(v) < 0) {
        mpz_set_ui(lim, 1);
        mpz_mul_2exp(lim, lim, (mp_bitcnt_t)(length * 8));
        mpz_add(v, v, lim);
    }
    unsigned char *buf = calloc((size_t)length + 1, 1);
    if (!buf) {
        mpz_clear(v);
        mpz_clear(lim);
        return wf_err_no_memory();
    }
    size_t count = 0;
    if (mpz_sgn(v) != 0) mpz_export(buf, &count, -1, 1, 0, 0, v);   // little-endian bytes
    if (!little) {
        for (size_t i = 0; i < (size_t)length / 2; i++) {
            unsigned char t = buf[i];
            buf[i] = buf[length - 1 - i];
            buf[length - 1 - i] = t;
        }
    }
    WfValue res = wf_bytes_new(buf, (size_t)length);
    free(buf);
    mpz_clear(v);
    mpz_clear(lim);
    return res;
}

static WfValue int_from_bytes(WfValue cls, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    WfValue a[3];
    if (wf_args_parse("from_bytes", args, nargs, kwnames, names, 3, 1, 2, a) < 0) return WF_NULL;
    bool little, is_signed = false;
    if (byteorder_arg(a[1], &little) < 0) return WF_NULL;
    if (a[2]) {
        int t = wf_is_true(a[2]);
        if (t < 0) return WF_NULL;
        is_signed = t;
    }
    WfValue data = WF_NULL;
    if (wf_is_bytes(a[0])) {
        data = wf_newref(a[0]);
    } else {
        WfValue bt = WF_TYPE_VALUE(&wf_bytes_type);
        data = wf_call1(bt, a[0]);
        if (!data) return WF_NULL;
    }
    size_t n = WF_BYTES_LEN(data);
    const unsigned char *p = WF_BYTES_DATA(data);
    mpz_t z;
    mpz_init(z);
    if (n) mpz_import(z, n, little ? -1 : 1, 1, 0, 0, p);
    if (is_signed && n && (p[little ? n - 1 : 0] & 0x80)) {
        mpz_t lim;
        mpz_init_set_ui(lim, 1);
        mpz_mul_2exp(lim, lim, (mp_bitcnt_t)(n * 8));
        mpz_sub(z, z, lim);
        mpz_clear(lim);
    }
    wf_decref(data);
    WfValue v = int_from_mpz_steal(z);
    if (!v || cls == WF_TYPE_VALUE(&wf_int_type)) return v;
    WfValue r = wf_call1(cls, v);
    wf_decref(v);
    return r;
}

static WfValue int_as_integer_ratio(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("as_integer_ratio", nargs, 0, 0) < 0) return WF_NULL;
    WfValue v = int_exact(self);
    if (!v) return WF_NULL;
    WfValue t = wf_tuple_pack(2, v, WF_FROM_SMALLINT(1));
    wf_decref(v);
    return t;
}

static WfValue int_self_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("method", nargs, 0, 0) < 0) return WF_NULL;
    return int_exact(self);
}

static WfValue int_round(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue a[1];
    static const char *const names[] = {NULL};
    if (wf_args_parse("__round__", args, nargs, kwnames, names, 1, 0, 1, a) < 0) return WF_NULL;
    if (!a[0] || a[0] == WF_NONE) return int_exact(self);
    int64_t nd;
    int r = wf_seq_index(a[0], &nd);
    if (r == 0) {
        wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(a[0]));
        return WF_NULL;
    }
    if (r < 0) {
        if (!wf_err_matches(wf_IndexError)) return WF_NULL;
        wf_err_clear();
        nd = wf_int_sign(a[0]) < 0 ? INT64_MIN : INT64_MAX;
    }
    if (nd >= 0) return int_exact(self);
    ZVIEW(z, self);
    uint64_t k = nd == INT64_MIN ? UINT64_MAX : (uint64_t)(-nd);
    if (k > mpz_sizeinbase(z, 10) + 1) return WF_FROM_SMALLINT(0);
    mpz_t p, q, rem, twice;
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)k);
    mpz_init(q);
    mpz_init(rem);
    mpz_fdiv_qr(q, rem, z, p);   // rem in [0, p)
    mpz_init(twice);
    mpz_mul_2exp(twice, rem, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clear(p);
    mpz_clear(rem);
    mpz_clear(twice);
    return int_from_mpz_steal(q);
}

static WfValue int___format__(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__format__", nargs, 1, 1) < 0) return WF_NULL;
    if (!wf_is_str(args[0])) {
        wf_err_format(wf_TypeError, "__format__() argument must be str, not %s", wf_type_name(args[0]));
        return WF_NULL;
    }
    if (!WF_IS_SMALLINT(self) && self->type == &wf_bool_type && WF_STR_LEN(args[0]) == 0) return wf_str(self);
    return wf_format_int(self, args[0]);
}

static WfValue int_divmod_m(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__divmod__", nargs, 1, 1) < 0) return WF_NULL;
    if (!wf_is_int(args[0])) return wf_newref(WF_NOTIMPLEMENTED);
    return int_divmod_values(self, args[0]);
}

static WfValue int_rdivmod_m(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("__rdivmod__", nargs, 1, 1) < 0) return WF_NULL;
    if (!wf_is_int(args[0])) return wf_newref(WF_NOTIMPLEMENTED);
    return int_divmod_values(args[0], self);
}

static WfValue int_getnewargs(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfValue v = int_exact(self);
    if (!v) return WF_NULL;
    WfValue t = wf_tuple_pack(1, v);
    wf_decref(v);
    return t;
}

static WfValue int_sizeof(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    int64_t x;
    if (int_small(self, &x)) return WF_FROM_SMALLINT(28);
    return wf_int_from_u64(sizeof(WfBigInt) + mpz_size(((WfBigInt *)self)->z) * sizeof(mp_limb_t));
}

static const WfMethodDef int_methods[] = {
    {"bit_length", int_bit_length, 0, NULL},
    {"bit_count", int_bit_count, 0, NULL},
    {"to_bytes", int_to_bytes, 0, NULL},
    {"from_bytes", int_from_bytes, WF_METH_CLASS, NULL},
    {"as_integer_ratio", int_as_integer_ratio, 0, NULL},
    {"conjugate", int_self_method, 0, NULL},
    {"__round__", int_round, 0, NULL},
    {"__trunc__", int_self_method, 0, NULL},
    {"__floor__", int_self_method, 0, NULL},
    {"__ceil__", int_self_method, 0, NULL},
    {"__index__", int_self_method, 0, NULL},
    {"__int__", int_self_method, 0, NULL},
    {"__format__", int___format__, 0, NULL},
    {"__divmod__", int_divmod_m, 0, NULL},
    {"__rdivmod__", int_rdivmod_m, 0, NULL},
    {"__getnewargs__", int_getnewargs, 0, NULL},
    {"__sizeof__", int_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfValue int_get_self(WfValue self) { return int_exact(self); }
static WfValue int_get_zero(WfValue self) { return WF_FROM_SMALLINT(0); }
static WfValue int_get_one(WfValue self) { return WF_FROM_SMALLINT(1); }

static const WfGetSetDef int_getsets[] = {
    {"real", int_get_self, NULL, NULL},
    {"imag", int_get_zero, NULL, NULL},
    {"numerator", int_get_self, NULL, NULL},
    {"denominator", int_get_one, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

WfType wf_int_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "int",
    .basicsize = sizeof(WfBigInt),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_INT_SUBCLASS,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .new_ = int_new,
    .nb = {
        [WF_BINOP_ADD] = int_add,
        [WF_BINOP_SUB] = int_sub,
        [WF_BINOP_MUL] = int_mul,
        [WF_BINOP_TRUEDIV] = int_truediv,
        [WF_BINOP_FLOORDIV] = int_floordiv,
        [WF_BINOP_MOD] = int_mod,
        [WF_BINOP_POW] = int_pow,
        [WF_BINOP_LSHIFT] = int_lshift,
        [WF_BINOP_RSHIFT] = int_rshift,
        [WF_BINOP_AND] = int_and,
        [WF_BINOP_OR] = int_or,
        [WF_BINOP_XOR] = int_xor,
    },
    .nb_pow3 = int_pow3,
    .nb_neg = int_neg,
    .nb_pos = int_pos,
    .nb_invert = int_invert,
    .nb_abs = int_abs,
    .nb_bool = int_bool,
    .nb_int = int_pos,
    .nb_float = int_float,
    .nb_index = int_pos,
    .methods = int_methods,
    .getsets = int_getsets,
};

// ---- bool -------------------------------------------------------------------------------

WfBool wf_true_obj = {.ob = {.refcnt = WF_IMMORTAL_REFCNT, .type = &wf_bool_type}, .value = 1};
WfBool wf_false_obj = {.ob = {.refcnt = WF_IMMORTAL_REFCNT, .type = &wf_bool_type}, .value = 0};

static WfValue bool_repr(WfValue self) {
    static WfValue t, f;
    WfValue *slot = ((WfBool *)self)->value ? &t : &f;
    if (!*slot) {
        *slot = wf_str_intern(((WfBool *)self)->value ? "True" : "False");
        if (!*slot) return WF_NULL;
    }
    return wf_newref(*slot);
}

static WfValue bool_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("bool", kwnames) < 0) return WF_NULL;
    if (wf_args_count("bool", nargs, 0, 1) < 0) return WF_NULL;
    if (nargs == 0) return WF_FALSE;
    int t = wf_is_true(args[0]);
    if (t < 0) return WF_NULL;
    return wf_bool(t);
}

static bool is_bool(WfValue v) { return !WF_IS_SMALLINT(v) && v->type == &wf_bool_type; }

static WfValue bool_and(WfValue a, WfValue b) {
    if (is_bool(a) && is_bool(b)) return wf_bool(((WfBool *)a)->value & ((WfBool *)b)->value);
    return int_and(a, b);
}
static WfValue bool_or(WfValue a, WfValue b) {
    if (is_bool(a) && is_bool(b)) return wf_bool(((WfBool *)a)->value | ((WfBool *)b)->value);
    return int_or(a, b);
}
static WfValue bool_xor(WfValue a, WfValue b) {
    if (is_bool(a) && is_bool(b)) return wf_bool(((WfBool *)a)->value ^ ((WfBool *)b)->value);
    return int_xor(a, b);
}

static void bool_dealloc(WfValue self) {
    // True and False are immortal; nothing to free.
}

WfType wf_bool_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "bool",
    .basicsize = sizeof(WfBool),
    .flags = WF_TPFLAGS_INT_SUBCLASS,
    .base = &wf_int_type,
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .str = bool_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .new_ = bool_new,
    .nb = {
        [WF_BINOP_ADD] = int_add,
        [WF_BINOP_SUB] = int_sub,
        [WF_BINOP_MUL] = int_mul,
        [WF_BINOP_TRUEDIV] = int_truediv,
        [WF_BINOP_FLOORDIV] = int_floordiv,
        [WF_BINOP_MOD] = int_mod,
        [WF_BINOP_POW] = int_pow,
        [WF_BINOP_LSHIFT] = int_lshift,
        [WF_BINOP_RSHIFT] = int_rshift,
        [WF_BINOP_AND] = bool_and,
        [WF_BINOP_OR] = bool_or,
        [WF_BINOP_XOR] = bool_xor,
    },
    .nb_pow3 = int_pow3,
    .nb_neg = int_neg,
    .nb_pos = int_pos,
    .nb_invert = int_invert,
    .nb_abs = int_abs,
    .nb_bool = int_bool,
    .nb_int = int_pos,
    .nb_float = int_float,
    .nb_index = int_pos,
};
