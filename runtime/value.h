// value.h — the one-word value every part of Weft passes around.
//
// A WfValue is a pointer-sized word. Low bit 1: an unboxed small int
// (63-bit signed, value = word >> 1). Low bit 0: a pointer to a heap object
// that starts with WfObject (refcount + type). NULL (WF_NULL) is never a
// valid value; functions return it to signal "exception set" (DESIGN §4).
#ifndef WF_RUNTIME_VALUE_H
#define WF_RUNTIME_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct WfObject WfObject;
typedef struct WfType WfType;

// A value: either a tagged small int or a WfObject pointer.
typedef WfObject *WfValue;

#define WF_NULL ((WfValue)0)

// Small-int range: what fits in 63 bits.
#define WF_SMALLINT_MAX (INTPTR_MAX >> 1)
#define WF_SMALLINT_MIN (INTPTR_MIN >> 1)

#define WF_IS_SMALLINT(v) (((uintptr_t)(v)) & 1u)
// Unchecked: [v] must satisfy WF_IS_SMALLINT.
#define WF_SMALLINT_VAL(v) (((intptr_t)(v)) >> 1)
// Unchecked: [n] must lie in [WF_SMALLINT_MIN, WF_SMALLINT_MAX].
#define WF_FROM_SMALLINT(n) ((WfValue)((((uintptr_t)(intptr_t)(n)) << 1) | 1u))
#define WF_SMALLINT_FITS(n) ((n) >= WF_SMALLINT_MIN && (n) <= WF_SMALLINT_MAX)

#endif
