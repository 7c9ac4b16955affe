// int.h — int and bool: unboxed small ints (value.h) with automatic
// promotion to GMP-backed big ints on overflow, and demotion back when a
// result fits. bool is an int subclass with two immortal instances.
#ifndef WF_RUNTIME_INT_H
#define WF_RUNTIME_INT_H

#include <gmp.h>

#include "object.h"

// A heap int: only for values outside the small-int range (always normalized).
typedef struct WfBigInt {
    WfObject ob;
    mpz_t z;
} WfBigInt;

typedef struct WfBool {
    WfObject ob;
    int value;   // 0 or 1
} WfBool;

extern WfType wf_bool_type;
extern WfBool wf_true_obj, wf_false_obj;
#define WF_TRUE ((WfValue)&wf_true_obj)
#define WF_FALSE ((WfValue)&wf_false_obj)
static inline WfValue wf_bool(bool b) { return b ? WF_TRUE : WF_FALSE; }   // immortal: no incref needed

// int, big int or bool (an exact-or-subclass check; never runs code).
static inline bool wf_is_int(WfValue v) {
    return WF_IS_SMALLINT(v) || (v->type->flags & WF_TPFLAGS_INT_SUBCLASS);
}

// Returns a new reference: a small int when it fits, else a big int.
WfValue wf_int_from_i64(int64_t n);
WfValue wf_int_from_u64(uint64_t n);
WfValue wf_int_from_mpz(const mpz_t z);
// Parses [s] (digits with optional sign, surrounding whitespace and underscores,
// optional 0x/0o/0b prefix when base is 0 or matches) as int(s, base) does.
// On error: returns NULL with ValueError "invalid literal for int() with base 10: 'x'".
WfValue wf_int_from_cstr(const char *s, size_t len, int base);
// [v] must be an int or bool. 0 ok; -1 with OverflowError
// "Python int too large to convert to C long" if it does not fit.
int wf_int_to_i64(WfValue v, int64_t *out);
// Copies any int/bool value into [z] (initialized by the caller).
void wf_int_to_mpz(WfValue v, mpz_t z);
// Converts to double; -1 with OverflowError "int too large to convert to float".
int wf_int_to_double(WfValue v, double *out);
// Sign: -1, 0, 1. Never fails for ints.
int wf_int_sign(WfValue v);
// str(int) in [base] 2/8/10/16 without prefix. Returns a new reference.
WfValue wf_int_to_str_base(WfValue v, int base);
// CPython's int/float hash for an int value.
WfHash wf_int_hash(WfValue v);

// sys.set_int_max_str_digits limit (0 = unlimited). CPython default 4300.
extern int64_t wf_int_max_str_digits;

#endif
