// mod_random.c — the `random` module: a Mersenne Twister (MT19937) seeded
// exactly as CPython seeds it (init_by_array over the 32-bit words of
// abs(seed)), so random.seed(42); random.random() == 0.6394267984578837, and
// CPython 3.11's algorithms for randbelow, randrange, choice, choices,
// shuffle, sample, uniform, gauss, normalvariate, expovariate, triangular.
// random.Random is the generator type; the module functions are bound
// methods of one hidden instance. str/bytes seeds go through hashlib.sha512
// as CPython's version-2 seeding does.
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/native_inits.h"
#include "vm/import.h"

#define MT_N 624
#define MT_M 397

typedef struct RandomObject {
    WfObject ob;
    uint32_t state[MT_N];
    int index;
    WfValue gauss_next;   // owned: float or NULL
    WfValue dict;         // owned: instance __dict__ (subclasses), or NULL
} RandomObject;

static WfType random_type;

// ---- the generator ------------------------------------------------------------------------------

static void init_genrand(RandomObject *r, uint32_t s) {
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(RandomObject *r, const uint32_t *key, size_t len) {
    uint32_t *mt = r->state;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    size_t k = MT_N > len ? MT_N : len;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
        if (j >= len) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000U;
    r->index = MT_N;
}

static uint32_t genrand(RandomObject *r) {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t *mt = r->state;
    uint32_t y;
    if (r->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1U];
        }
        y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1U];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static double random_double(RandomObject *r) {
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k) for k >= 0 as a Weft int.
static WfValue getrandbits(RandomObject *r, uint64_t k) {
    if (k == 0) return WF_FROM_SMALLINT(0);
    if (k <= 32) return wf_int_from_u64(genrand(r) >> (32 - k));
    if (k <= 62) {
        uint64_t lo = genrand(r);
        uint64_t hi = genrand(r) >> (64 - k);
        return wf_int_from_u64(lo | (hi << 32));
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = malloc(words * sizeof *w);
    if (!w) return wf_err_no_memory();
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t v = genrand(r);
        if (k < 32) v >>= (32 - k);
        w[i] = v;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    free(w);
    WfValue res = wf_int_from_mpz(z);
    mpz_clear(z);
    return res;
}

static int seed_from_int(RandomObject *r, WfValue n) {
    mpz_t z;
    mpz_init(z);
    wf_int_to_mpz(n, z);
    mpz_abs(z, z);
    size_t count = 0;
    size_t words = mpz_sizeinbase(z, 2) / 32 + 1;
    uint32_t *key = calloc(words, sizeof *key);
    if (!key) { mpz_clear(z); wf_err_no_memory(); return -1; }
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, z);
    mpz_clear(z);
    if (count == 0) count = 1;   // seed 0: key = [0]
    init_by_array(r, key, count);
    free(key);
    return 0;
}

// CPython's version-2 seeding of str/bytes/bytearray:
// int.from_bytes(data + sha512(data).digest(), 'big'). 0/-1.
static int seed_from_bytes(RandomObject *r, WfValue a) {
    const unsigned char *p;
    size_t n;
    if (wf_is_str(a)) {
        p = (const unsigned char *)WF_STR_DATA(a);
        n = WF_STR_LEN(a);
    } else if (wf_is_bytes(a)) {
        p = WF_BYTES_DATA(a);
        n = WF_BYTES_LEN(a);
    } else {
        p = ((WfByteArray *)a)->data;
        n = ((WfByteArray *)a)->len;
    }
    int rc = -1;
    WfValue data = wf_bytes_new(p, n), hl = WF_NULL, h = WF_NULL, dig = WF_NULL;
    unsigned char *buf = NULL;
    if (!data) goto done;
    hl = wf_import_cstr("hashlib");
    if (!hl) goto done;
    h = wf_call_method(hl, "sha512", &data, 1);
    if (!h) goto done;
    dig = wf_call_method(h, "digest", NULL, 0);
    if (!dig) goto done;
    if (!wf_is_bytes(dig)) {
        wf_err_set_str(wf_TypeError, "sha512().digest() did not return bytes");
        goto done;
    }
    size_t dn = WF_BYTES_LEN(dig);
    buf = malloc(n + dn + 1);
    if (!buf) {
        wf_err_no_memory();
        goto done;
    }
    memcpy(buf, p, n);
    memcpy(buf + n, WF_BYTES_DATA(dig), dn);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n + dn, 1, 1, 0, 0, buf);
    WfValue iv = wf_int_from_mpz(z);
    mpz_clear(z);
    if (!iv) goto done;
    rc = seed_from_int(r, iv);
    wf_decref(iv);
done:
    free(buf);
    wf_xdecref(dig);
    wf_xdecref(h);
    wf_xdecref(hl);
    wf_xdecref(data);
    return rc;
}

static int do_seed(RandomObject *r, WfValue a) {
    wf_clear(&r->gauss_next);
    if (!a || a == WF_NONE) {
        uint32_t key[MT_N];
        if (getrandom(key, sizeof key, 0) != (ssize_t)sizeof key) {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            for (int i = 0; i < MT_N; i++) key[i] = (uint32_t)(ts.tv_nsec * (i + 1) ^ getpid() ^ ts.tv_sec);
        }
        init_by_array(r, key, MT_N);
        return 0;
    }
    if (wf_is_int(a)) return seed_from_int(r, a);
    if (wf_is_str(a) || wf_is_bytes(a) ||
        (!WF_IS_SMALLINT(a) && wf_type_is_subtype(a->type, &wf_bytearray_type)))
        return seed_from_bytes(r, a);
    if (wf_is_float(a)) {
        WfHash h = wf_hash(a);
        WfValue hv = wf_int_from_u64((uint64_t)h);   // CPython casts the hash to size_t
        if (!hv) return -1;
        int rc = seed_from_int(r, hv);
        wf_decref(hv);
        return rc;
    }
    wf_err_set_str(wf_TypeError,
                   "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    return -1;
}

// A uniform int in [0, n) for an int n > 0 (CPython's _randbelow_with_getrandbits).
static WfValue randbelow(RandomObject *r, WfValue n) {
    if (WF_IS_SMALLINT(n)) {
        uint64_t nn = (uint64_t)WF_SMALLINT_VAL(n);
        int k = 64 - __builtin_clzll(nn);
        for (;;) {
            WfValue v = getrandbits(r, (uint64_t)k);
            if (!v) return WF_NULL;
            if ((uint64_t)WF_SMALLINT_VAL(v) < nn) return v;
        }
    }
    mpz_t z;
    mpz_init(z);
    wf_int_to_mpz(n, z);
    uint64_t k = mpz_sizeinbase(z, 2);
    mpz_clear(z);
    for (;;) {
        WfValue v = getrandbits(r, k);
        if (!v) return WF_NULL;
        int lt = wf_richcompare_bool(v, n, WF_LT);
        if (lt < 0) { wf_decref(v); return WF_NULL; }
        if (lt) return v;
        wf_decref(v);
    }
}

static WfValue randbelow_size(RandomObject *r, size_t n) {
    return randbelow(r, wf_int_from_u64(n));   // small: no reference to drop
}

// ---- methods -----------------------------------------------------------------------------------

static WfValue random_random(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("random", nargs, 0, 0) < 0) return WF_NULL;
    return wf_float_new(random_double((RandomObject *)self));
}

static WfValue random_seed(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"a", "version"};
    WfValue a[2];
    if (wf_args_parse("seed", args, nargs, kwnames, names, 2, 0, 2, a) < 0) return WF_NULL;
    if (do_seed((RandomObject *)self, a[0]) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue random_getrandbits(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("getrandbits", nargs, 1, 1) < 0) return WF_NULL;
    int64_t k = wf_index_i64(args[0], NULL);
    if (k == -1 && wf_err_occurred()) return WF_NULL;
    if (k < 0) {
        wf_err_set_str(wf_ValueError, "number of bits must be non-negative");
        return WF_NULL;
    }
    return getrandbits((RandomObject *)self, (uint64_t)k);
}

// operator.index for randrange's arguments (ints only, as 3.12 will require).
static WfValue index_of(WfValue v) {
    if (wf_is_int(v)) {
        if (!WF_IS_SMALLINT(v) && v->type == &wf_bool_type) return WF_FROM_SMALLINT(((WfBool *)v)->value);
        return wf_newref(v);
    }
    if (wf_is_float(v)) {
        double d = WF_FLOAT_VAL(v);
        if (d == floor(d) && isfinite(d)) return wf_int_from_i64((int64_t)d);
        wf_err_set_str(wf_ValueError, "non-integer arg 1 for randrange()");
        return WF_NULL;
    }
    if (wf_type(v)->nb_index) return wf_type(v)->nb_index(v);
    wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(v));
    return WF_NULL;
}

static WfValue randrange_impl(RandomObject *r, WfValue start, WfValue stop, WfValue step) {
    WfValue istart = index_of(start), istop = WF_NULL, istep = WF_NULL, width = WF_NULL, n = WF_NULL;
    WfValue result = WF_NULL, tmp = WF_NULL;
    if (!istart) return WF_NULL;
    if (!stop || stop == WF_NONE) {
        if (step && !(WF_IS_SMALLINT(step) && WF_SMALLINT_VAL(step) == 1)) {
            wf_err_set_str(wf_TypeError, "Missing a non-None stop argument");
            goto done;
        }
        if (wf_int_sign(istart) > 0) { result = randbelow(r, istart); goto done; }
        wf_err_set_str(wf_ValueError, "empty range for randrange()");
        goto done;
    }
    istop = index_of(stop);
    if (!istop) goto done;
    width = wf_binary_op(istop, istart, WF_BINOP_SUB);
    if (!width) goto done;
    istep = step ? index_of(step) : WF_FROM_SMALLINT(1);
    if (!istep) goto done;
    if (WF_IS_SMALLINT(istep) && WF_SMALLINT_VAL(istep) == 1) {
        if (wf_int_sign(width) > 0) {
            tmp = randbelow(r, width);
            if (tmp) result = wf_binary_op(istart, tmp, WF_BINOP_ADD);
            goto done;
        }
        WfValue a = wf_repr(istart), b = wf_repr(istop), c = wf_repr(width);
        if (a && b && c)
            wf_err_format(wf_ValueError, "empty range for randrange() (%s, %s, %s)", WF_STR_DATA(a),
                          WF_STR_DATA(b), WF_STR_DATA(c));
        wf_xdecref(a);
        wf_xdecref(b);
        wf_xdecref(c);
        goto done;
    }
    int sign = wf_int_sign(istep);
    if (sign == 0) {
        wf_err_set_str(wf_ValueError, "zero step for randrange()");
        goto done;
    }
    // n = (width + istep -+ 1) // istep
    WfValue adj = wf_binary_op(width, istep, WF_BINOP_ADD);
    if (!adj) goto done;
    WfValue adj2 = wf_binary_op(adj, WF_FROM_SMALLINT(sign > 0 ? -1 : 1), WF_BINOP_ADD);
    wf_decref(adj);
    if (!adj2) goto done;
    n = wf_binary_op(adj2, istep, WF_BINOP_FLOORDIV);
    wf_decref(adj2);
    if (!n) goto done;
    if (wf_int_sign(n) <= 0) {
        wf_err_set_str(wf_ValueError, "empty range for randrange()");
        goto done;
    }
    tmp = randbelow(r, n);
    if (!tmp) goto done;
    WfValue off = wf_binary_op(istep, tmp, WF_BINOP_MUL);
    if (!off) goto done;
    result = wf_binary_op(istart, off, WF_BINOP_ADD);
    wf_decref(off);
done:
    wf_xdecref(istart);
    wf_xdecref(istop);
    wf_xdecref(istep);
    wf_xdecref(width);
    wf_xdecref(n);
    wf_xdecref(tmp);
    return result;
}

static WfValue random_randrange(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"start", "stop", "step"};
    WfValue a[3];
    if (wf_args_parse("randrange", args, nargs, kwnames, names, 3, 1, 3, a) < 0) return WF_NULL;
    return randrange_impl((RandomObject *)self, a[0], a[1], a[2]);
}

static WfValue random_randint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"a", "b"};
    WfValue a[2];
    if (wf_args_parse("randint", args, nargs, kwnames, names, 2, 2, 2, a) < 0) return WF_NULL;
    WfValue b = index_of(a[1]);
    if (!b) return WF_NULL;
    WfValue stop = wf_binary_op(b, WF_FROM_SMALLINT(1), WF_BINOP_ADD);
    wf_decref(b);
    if (!stop) return WF_NULL;
    WfValue r = randrange_impl((RandomObject *)self, a[0], stop, WF_NULL);
    wf_decref(stop);
    return r;
}

static WfValue random_choice(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("choice", nargs, 1, 1) < 0) return WF_NULL;
    intptr_t n = wf_len(args[0]);
    if (n < 0) return WF_NULL;
    if (n == 0) {
        wf_err_set_str(wf_IndexError, "Cannot choose from an empty sequence");
        return WF_NULL;
    }
    WfValue i = randbelow_size((RandomObject *)self, (size_t)n);
    if (!i) return WF_NULL;
    WfValue r = wf_getitem(args[0], i);
    wf_decref(i);
    return r;
}

static WfValue random_shuffle(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("shuffle", nargs, 1, 1) < 0) return WF_NULL;
    WfValue x = args[0];
    intptr_t n = wf_len(x);
    if (n < 0) return WF_NULL;
    RandomObject *r = (RandomObject *)self;
    for (intptr_t i = n - 1; i >= 1; i--) {
        WfValue jv = randbelow_size(r, (size_t)i + 1);
        if (!jv) return WF_NULL;
        intptr_t j = WF_SMALLINT_VAL(jv);
        if (wf_is_list(x) && (intptr_t)WF_LIST_LEN(x) == n) {
            WfValue *items = WF_LIST_ITEMS(x);
            WfValue t = items[i];
            items[i] = items[j];
            items[j] = t;
            continue;
        }
        WfValue iv = WF_FROM_SMALLINT(i);
        WfValue a = wf_getitem(x, iv);
        if (!a) return WF_NULL;
        WfValue b = wf_getitem(x, jv);
        if (!b) { wf_decref(a); return WF_NULL; }
        int rc = wf_setitem(x, iv, b) < 0 || wf_setitem(x, jv, a) < 0;
        wf_decref(a);
        wf_decref(b);
        if (rc) return WF_NULL;
    }
    return wf_newref(WF_NONE);
}

static WfValue random_sample(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"population", "k", "counts"};
    WfValue a[3];
    if (wf_args_parse("sample", args, nargs, kwnames, names, 3, 2, 2, a) < 0) return WF_NULL;
    RandomObject *r = (RandomObject *)self;
    WfValue pop = a[0];
    if (a[2] && a[2] != WF_NONE) {
        wf_err_set_str(wf_NotImplementedError, "sample(counts=...) is not supported by Weft");
        return WF_NULL;
    }
    if (wf_is_anyset(pop) || wf_is_dict(pop) || !wf_type(pop)->getitem || !wf_type(pop)->len) {
        wf_err_set_str(wf_TypeError,
                       "Population must be a sequence.  For dicts or sets, use sorted(d).");
        return WF_NULL;
    }
    intptr_t n = wf_len(pop);
    if (n < 0) return WF_NULL;
    int64_t k = wf_index_i64(a[1], NULL);
    if (k == -1 && wf_err_occurred()) return WF_NULL;
    if (k < 0 || k > n) {
        wf_err_set_str(wf_ValueError, "Sample larger than population or is negative");
        return WF_NULL;
    }
    WfValue result = wf_list_new((size_t)k);
    if (!result) return WF_NULL;
    int64_t setsize = 21;
    if (k > 5) setsize += (int64_t)pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    if (n <= setsize) {
        WfValue pool = wf_list_from_iterable(pop);
        if (!pool) { wf_decref(result); return WF_NULL; }
        for (int64_t i = 0; i < k; i++) {
            WfValue jv = randbelow_size(r, (size_t)(n - i));
            if (!jv) { wf_decref(pool); wf_decref(result); return WF_NULL; }
            intptr_t j = WF_SMALLINT_VAL(jv);
            WfValue *items = WF_LIST_ITEMS(pool);
            wf_list_set_steal(result, (size_t)i, wf_newref(items[j]));
            wf_list_set_steal(pool, (size_t)j, wf_newref(items[n - i - 1]));
        }
        wf_decref(pool);
    } else {
        WfValue selected = wf_set_new(WF_NULL);
        if (!selected) { wf_decref(result); return WF_NULL; }
        for (int64_t i = 0; i < k; i++) {
            WfValue jv;
            for (;;) {
                jv = randbelow_size(r, (size_t)n);
                if (!jv) { wf_decref(selected); wf_decref(result); return WF_NULL; }
                int c = wf_set_contains(selected, jv);
                if (c < 0) { wf_decref(selected); wf_decref(result); return WF_NULL; }
                if (!c) break;
            }
            if (wf_set_add(selected, jv) < 0) { wf_decref(selected); wf_decref(result); return WF_NULL; }
            WfValue item = wf_getitem(pop, jv);
            if (!item) { wf_decref(selected); wf_decref(result); return WF_NULL; }
            wf_list_set_steal(result, (size_t)i, item);
        }
        wf_decref(selected);
    }
    return result;
}

// bisect_right(a, x, 0, hi) over doubles.
static size_t bisect_right(const double *a, double x, size_t hi) {
    size_t lo = 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x < a[mid]) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

static WfValue random_choices(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"population", "weights", "cum_weights", "k"};
    WfValue a[4];
    if (wf_args_parse("choices", args, nargs, kwnames, names, 4, 1, 2, a) < 0) return WF_NULL;
    RandomObject *r = (RandomObject *)self;
    intptr_t n = wf_len(a[0]);
    if (n < 0) return WF_NULL;
    int64_t k = 1;
    if (a[3]) {
        k = wf_index_i64(a[3], NULL);
        if (k == -1 && wf_err_occurred()) return WF_NULL;
    }
    WfValue weights = a[1] == WF_NONE ? WF_NULL : a[1];
    WfValue cum = a[2] == WF_NONE ? WF_NULL : a[2];
    WfValue result = wf_list_new(0);
    if (!result) return WF_NULL;
    if (!cum && !weights) {
        double dn = (double)n;
        for (int64_t i = 0; i < k; i++) {
            WfValue idx = wf_int_from_i64((int64_t)floor(random_double(r) * dn));
            WfValue item = wf_getitem(a[0], idx);
            wf_decref(idx);
            if (!item || wf_list_append_steal(result, item) < 0) { wf_decref(result); return WF_NULL; }
        }
        return result;
    }
    if (cum && weights) {
        wf_decref(result);
        wf_err_set_str(wf_TypeError, "Cannot specify both weights and cumulative weights");
        return WF_NULL;
    }
    WfValue src = wf_list_from_iterable(cum ? cum : weights);
    if (!src) { wf_decref(result); return WF_NULL; }
    size_t m = WF_LIST_LEN(src);
    double *cw = malloc((m ? m : 1) * sizeof *cw);
    if (!cw) { wf_decref(src); wf_decref(result); return wf_err_no_memory(); }
    double acc = 0.0;
    for (size_t i = 0; i < m; i++) {
        double w;
        if (wf_to_double(WF_LIST_ITEMS(src)[i], &w) < 0) goto fail;
        acc = cum ? w : acc + w;
        cw[i] = acc;
    }
    if ((intptr_t)m != n) {
        wf_err_set_str(wf_ValueError, "The number of weights does not match the population");
        goto fail;
    }
    double total = m ? cw[m - 1] : 0.0;
    if (total <= 0.0) {
        wf_err_set_str(wf_ValueError, "Total of weights must be greater than zero");
        goto fail;
    }
    if (!isfinite(total)) {
        wf_err_set_str(wf_ValueError, "Total of weights must be finite");
        goto fail;
    }
    for (int64_t i = 0; i < k; i++) {
        size_t idx = bisect_right(cw, random_double(r) * total, m - 1);
        WfValue item = wf_getitem(a[0], WF_FROM_SMALLINT(idx));
        if (!item || wf_list_append_steal(result, item) < 0) goto fail;
    }
    free(cw);
    wf_decref(src);
    return result;
fail:
    free(cw);
    wf_decref(src);
    wf_decref(result);
    return WF_NULL;
}

static int two_doubles(const char *name, WfValue *args, size_t nargs, WfValue kwnames,
                       const char *const *names, double *x, double *y, double dx, double dy, size_t min) {
    WfValue a[2];
    if (wf_args_parse(name, args, nargs, kwnames, names, 2, min, 2, a) < 0) return -1;
    *x = dx;
    *y = dy;
    if (a[0] && wf_to_double(a[0], x) < 0) return -1;
    if (a[1] && wf_to_double(a[1], y) < 0) return -1;
    return 0;
}

static WfValue random_uniform(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"a", "b"};
    double a, b;
    if (two_doubles("uniform", args, nargs, kwnames, names, &a, &b, 0, 0, 2) < 0) return WF_NULL;
    return wf_float_new(a + (b - a) * random_double((RandomObject *)self));
}

static WfValue random_gauss(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"mu", "sigma"};
    double mu, sigma;
    if (two_doubles("gauss", args, nargs, kwnames, names, &mu, &sigma, 0.0, 1.0, 0) < 0) return WF_NULL;
    RandomObject *r = (RandomObject *)self;
    double z;
    if (r->gauss_next) {
        z = WF_FLOAT_VAL(r->gauss_next);
        wf_clear(&r->gauss_next);
    } else {
        double x2pi = random_double(r) * 2.0 * M_PI;
        double g2rad = sqrt(-2.0 * log(1.0 - random_double(r)));
        z = cos(x2pi) * g2rad;
        r->gauss_next = wf_float_new(sin(x2pi) * g2rad);
        if (!r->gauss_next) return WF_NULL;
    }
    return wf_float_new(mu + z * sigma);
}

static WfValue random_normalvariate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"mu", "sigma"};
    double mu, sigma;
    if (two_doubles("normalvariate", args, nargs, kwnames, names, &mu, &sigma, 0.0, 1.0, 0) < 0)
        return WF_NULL;
    RandomObject *r = (RandomObject *)self;
    const double magic = 4 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = random_double(r);
        double u2 = 1.0 - random_double(r);
        z = magic * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2)) break;
    }
    return wf_float_new(mu + z * sigma);
}

static WfValue random_expovariate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("expovariate", nargs, 1, 1) < 0) return WF_NULL;
    double lambd;
    if (wf_to_double(args[0], &lambd) < 0) return WF_NULL;
    if (lambd == 0.0) {
        wf_err_set_str(wf_ZeroDivisionError, "float division by zero");
        return WF_NULL;
    }
    return wf_float_new(-log(1.0 - random_double((RandomObject *)self)) / lambd);
}

static WfValue random_triangular(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"low", "high", "mode"};
    WfValue a[3];
    if (wf_args_parse("triangular", args, nargs, kwnames, names, 3, 0, 3, a) < 0) return WF_NULL;
    double low = 0.0, high = 1.0;
    if (a[0] && wf_to_double(a[0], &low) < 0) return WF_NULL;
    if (a[1] && wf_to_double(a[1], &high) < 0) return WF_NULL;
    double u = random_double((RandomObject *)self), c;
    if (high == low) return wf_float_new(low);
    if (!a[2] || a[2] == WF_NONE) c = 0.5;
    else {
        double mode;
        if (wf_to_double(a[2], &mode) < 0) return WF_NULL;
        c = (mode - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return wf_float_new(low + (high - low) * sqrt(u * c));
}

// One float argument of a variate (as CPython: any real number). 0/-1.
static int float_args(const char *name, WfValue *args, size_t nargs, WfValue kwnames,
                      const char *const *names, size_t n, double *out) {
    WfValue a[2];
    if (wf_args_parse(name, args, nargs, kwnames, names, n, n, n, a) < 0) return -1;
    for (size_t i = 0; i < n; i++)
        if (wf_to_double(a[i], &out[i]) < 0) return -1;
    return 0;
}

// The standard normal deviate of normalvariate (Kinderman and Monahan).
static double normal_sample(RandomObject *r) {
    const double magic = 4 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = random_double(r);
        double u2 = 1.0 - random_double(r);
        z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) break;
    }
    return z;
}

static WfValue random_lognormvariate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"mu", "sigma"};
    double a[2];
    if (float_args("lognormvariate", args, nargs, kwnames, names, 2, a) < 0) return WF_NULL;
    return wf_float_new(exp(a[0] + normal_sample((RandomObject *)self) * a[1]));
}

// Python's float % for a positive modulus.
static double py_fmod_pos(double x, double m) {
    double v = fmod(x, m);
    if (v != 0.0 && v < 0) v += m;
    else if (v == 0.0) v = copysign(0.0, m);
    return v;
}

static WfValue random_vonmisesvariate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"mu", "kappa"};
    double a[2];
    if (float_args("vonmisesvariate", args, nargs, kwnames, names, 2, a) < 0) return WF_NULL;
    RandomObject *r = (RandomObject *)self;
    double mu = a[0], kappa = a[1];
    if (kappa <= 1e-6) return wf_float_new(2.0 * M_PI * random_double(r));
    double s = 0.5 / kappa;
    double rr = s + sqrt(1.0 + s * s);
    double z;
    for (;;) {
        double u1 = random_double(r);
        z = cos(M_PI * u1);
        double d = z / (rr + z);
        double u2 = random_double(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
    }
    double q = 1.0 / rr;
    double f = (q + z) / (1.0 + q * z);
    double u3 = random_double(r);
    double theta = u3 > 0.5 ? py_fmod_pos(mu + acos(f), 2.0 * M_PI) : py_fmod_pos(mu - acos(f), 2.0 * M_PI);
    return wf_float_new(theta);
}

// gammavariate(alpha, beta) for alpha, beta > 0 (checked by the caller).
static double gamma_sample(RandomObject *r, double alpha, double beta) {
    if (alpha > 1.0) {
        double ainv = sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - log(4.0);
        double ccc = alpha + ainv;
        const double sg_magic = 1.0 + log(4.5);
        for (;;) {
            double u1 = random_double(r);
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - random_double(r);
            double v = log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * exp(v);
            double z = u1 * u1 * u2;
            double rr = bbb + ccc * v - x;
            if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= log(z)) return x * beta;
        }
    }
    if (alpha == 1.0) return -log(1.0 - random_double(r)) * beta;
    double x;
    for (;;) {
        double u = random_double(r);
        double b = (M_E + alpha) / M_E;
        double p = b * u;
        if (p <= 1.0) x = pow(p, 1.0 / alpha);
        else x = -log((b - p) / alpha);
        double u1 = random_double(r);
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0)) break;
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    return x * beta;
}

static WfValue random_gammavariate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"alpha", "beta"};
    double a[2];
    if (float_args("gammavariate", args, nargs, kwnames, names, 2, a) < 0) return WF_NULL;
    if (a[0] <= 0.0 || a[1] <= 0.0) {
        wf_err_set_str(wf_ValueError, "gammavariate: alpha and beta must be > 0.0");
        return WF_NULL;
    }
    return wf_float_new(gamma_sample((RandomObject *)self, a[0], a[1]));
}

static WfValue random_betavariate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"alpha", "beta"};
    double a[2];
    if (float_args("betavariate", args, nargs, kwnames, names, 2, a) < 0) return WF_NULL;
    if (a[0] <= 0.0 || a[1] <= 0.0) {
        wf_err_set_str(wf_ValueError, "gammavariate: alpha and beta must be > 0.0");
        return WF_NULL;
    }
    RandomObject *r = (RandomObject *)self;
    double y = gamma_sample(r, a[0], 1.0);
    if (y == 0.0) return wf_float_new(0.0);
    return wf_float_new(y / (y + gamma_sample(r, a[1], 1.0)));
}

static WfValue random_paretovariate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"alpha"};
    double alpha;
    if (float_args("paretovariate", args, nargs, kwnames, names, 1, &alpha) < 0) return WF_NULL;
    if (alpha == 0.0) {
        wf_err_set_str(wf_ZeroDivisionError, "float division by zero");
        return WF_NULL;
    }
    double u = 1.0 - random_double((RandomObject *)self);
    return wf_float_new(pow(u, -1.0 / alpha));
}

static WfValue random_weibullvariate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"alpha", "beta"};
    double a[2];
    if (float_args("weibullvariate", args, nargs, kwnames, names, 2, a) < 0) return WF_NULL;
    if (a[1] == 0.0) {
        wf_err_set_str(wf_ZeroDivisionError, "float division by zero");
        return WF_NULL;
    }
    double u = 1.0 - random_double((RandomObject *)self);
    return wf_float_new(a[0] * pow(-log(u), 1.0 / a[1]));
}

static WfValue random_getstate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    RandomObject *r = (RandomObject *)self;
    WfValue st = wf_tuple_new(MT_N + 1);
    if (!st) return WF_NULL;
    for (int i = 0; i < MT_N; i++) WF_TUPLE_SET_STEAL(st, i, wf_int_from_u64(r->state[i]));
    WF_TUPLE_SET_STEAL(st, MT_N, wf_int_from_i64(r->index));
    WfValue res = wf_tuple_pack(3, WF_FROM_SMALLINT(3), st, r->gauss_next ? r->gauss_next : WF_NONE);
    wf_decref(st);
    return res;
}

static WfValue random_setstate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("setstate", nargs, 1, 1) < 0) return WF_NULL;
    RandomObject *r = (RandomObject *)self;
    WfValue s = args[0];
    if (!wf_is_tuple(s) || WF_TUPLE_LEN(s) != 3 || !wf_is_tuple(WF_TUPLE_GET(s, 1)) ||
        WF_TUPLE_LEN(WF_TUPLE_GET(s, 1)) != MT_N + 1) {
        wf_err_set_str(wf_ValueError, "state vector is the wrong size");
        return WF_NULL;
    }
    WfValue st = WF_TUPLE_GET(s, 1);
    for (int i = 0; i <= MT_N; i++) {
        int64_t v = wf_index_i64(WF_TUPLE_GET(st, i), NULL);
        if (v == -1 && wf_err_occurred()) return WF_NULL;
        if (i < MT_N) r->state[i] = (uint32_t)v;
        else r->index = (int)(v < 0 || v > MT_N ? MT_N : v);
    }
    WfValue g = WF_TUPLE_GET(s, 2);
    wf_clear(&r->gauss_next);
    if (g != WF_NONE) r->gauss_next = wf_newref(g);
    return wf_newref(WF_NONE);
}

static WfValue random_randbytes(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("randbytes", nargs, 1, 1) < 0) return WF_NULL;
    int64_t n = wf_index_i64(args[0], NULL);
    if (n == -1 && wf_err_occurred()) return WF_NULL;
    if (n < 0) {
        wf_err_set_str(wf_ValueError, "number of bits must be non-negative");
        return WF_NULL;
    }
    unsigned char *buf = malloc(n ? (size_t)n + 4 : 4);
    if (!buf) return wf_err_no_memory();
    RandomObject *r = (RandomObject *)self;
    for (int64_t i = 0; i < n; i += 4) {
        uint32_t v = genrand(r);
        if (n - i < 4) v >>= 8 * (4 - (n - i));
        memcpy(buf + i, &v, 4);
    }
    WfValue b = wf_bytes_new(buf, (size_t)n);
    free(buf);
    return b;
}

static const WfMethodDef random_methods[] = {
    {"random", random_random, 0, "random() -> x in the interval [0, 1)."},
    {"seed", random_seed, 0, NULL},
    {"getrandbits", random_getrandbits, 0, NULL},
    {"randrange", random_randrange, 0, NULL},
    {"randint", random_randint, 0, NULL},
    {"choice", random_choice, 0, NULL},
    {"choices", random_choices, 0, NULL},
    {"shuffle", random_shuffle, 0, NULL},
    {"sample", random_sample, 0, NULL},
    {"uniform", random_uniform, 0, NULL},
    {"gauss", random_gauss, 0, NULL},
    {"normalvariate", random_normalvariate, 0, NULL},
    {"expovariate", random_expovariate, 0, NULL},
    {"triangular", random_triangular, 0, NULL},
    {"lognormvariate", random_lognormvariate, 0, NULL},
    {"vonmisesvariate", random_vonmisesvariate, 0, NULL},
    {"gammavariate", random_gammavariate, 0, NULL},
    {"betavariate", random_betavariate, 0, NULL},
    {"paretovariate", random_paretovariate, 0, NULL},
    {"weibullvariate", random_weibullvariate, 0, NULL},
    {"getstate", random_getstate, 0, NULL},
    {"setstate", random_setstate, 0, NULL},
    {"randbytes", random_randbytes, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfValue random_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("Random", nargs, 0, 1) < 0) return WF_NULL;
    size_t size = type->basicsize > sizeof(RandomObject) ? type->basicsize : sizeof(RandomObject);
    RandomObject *r = (RandomObject *)wf_object_alloc(type, size);
    if (!r) return WF_NULL;
    if (do_seed(r, nargs ? args[0] : WF_NULL) < 0) {
        wf_decref((WfValue)r);
        return WF_NULL;
    }
    return (WfValue)r;
}

static int random_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) { return 0; }

static void random_dealloc(WfValue self) {
    RandomObject *r = (RandomObject *)self;
    wf_clear(&r->gauss_next);
    wf_clear(&r->dict);
    wf_object_free(self);
}

static WfType random_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "random.Random",
    .basicsize = sizeof(RandomObject),
    .flags = WF_TPFLAGS_BASETYPE,
    .dictoffset = offsetof(RandomObject, dict),
    .dealloc = random_dealloc,
    .new_ = random_new,
    .init = random_init,
    .methods = random_methods,
};

WfValue wf_random_module_init(void) {
    if (wf_type_ready(&random_type) < 0) return WF_NULL;
    WfValue m = wf_module_new("random");
    if (!m) return WF_NULL;
    WfValue inst = random_new(&random_type, NULL, 0, WF_NULL);
    if (!inst) { wf_decref(m); return WF_NULL; }
    for (const WfMethodDef *d = random_methods; d->name; d++) {
        WfValue bound = wf_getattr_cstr(inst, d->name);
        if (wf_module_set_steal(m, d->name, bound) < 0) goto error;
    }
    if (wf_module_set(m, "Random", WF_TYPE_VALUE(&random_type)) < 0 ||
        wf_module_set(m, "_inst", inst) < 0)
        goto error;
    wf_decref(inst);
    return m;
error:
    wf_decref(inst);
    wf_decref(m);
    return WF_NULL;
}
