// object.c — the generic object protocol of object.h (repr, hash, compare,
// attribute access, calls, iteration, containers, arithmetic dispatch),
// object allocation, and wf_runtime_init.
//
// Invariant: every function here dispatches through the WfType slots and
// reproduces CPython 3.11's fallbacks and messages; none of them keeps a
// borrowed reference across a call that may run Weft code. GIL: callers hold it.
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/object.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/exc_ext.h"
#include "runtime/int.h"
#include "runtime/float.h"
#include "runtime/str.h"
#include "runtime/bytes.h"
#include "runtime/tuple.h"
#include "runtime/list.h"
#include "runtime/dict.h"
#include "runtime/set.h"
#include "runtime/range.h"
#include "runtime/iterobjects.h"
#include "runtime/func.h"
#include "runtime/native.h"
#include "runtime/native_ext.h"
#include "runtime/module.h"
#include "runtime/type.h"
#include "runtime/typecache.h"
#include "runtime/type_internal.h"
#include "vm/tstate.h"
#include "vm/eval.h"
#include "vm/code.h"
#include "vm/traceback.h"


// ---- names, allocation ------------------------------------------------------------

const char *wf_type_name_of(const WfType *t) {
    if (t->flags & WF_TPFLAGS_HEAPTYPE) return t->name;
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

const char *wf_type_name(WfValue v) {
    return wf_type(v)->name;
}

// Small objects are recycled through per-size free lists instead of going
// back to malloc (instance creation is hot: an object and its dict per call).
// The blocks stay ordinary malloc blocks, so free()/realloc() on them remain
// valid; a block sits in class k when its usable size is at least 16k + 8,
// and a request of n bytes takes class ceil((n - 8) / 16). Guarded by the
// GIL (objects are only allocated and freed by the GIL holder). Debug builds
// (ASan) bypass the lists so use-after-free stays detectable.
#define FL_CLASSES 32                     // usable sizes up to 16 * 31 + 8 = 504 bytes
#define FL_BYTES_PER_CLASS (64 * 1024)    // cap on what each list keeps

#ifndef WF_DEBUG
static void *fl_head[FL_CLASSES];
static uint32_t fl_count[FL_CLASSES];

static inline size_t fl_alloc_class(size_t n) {
    return n <= 24 ? 1 : (n - 8 + 15) / 16;
}
#endif

WfValue wf_object_alloc(WfType *type, size_t size) {
    if (!(type->flags & WF_TPFLAGS_SLOTS_READY)) wf_type_ready_slots(type);
    if (size < sizeof(WfObject)) size = sizeof(WfObject);
    WfObject *o = NULL;
#ifndef WF_DEBUG
    size_t c = fl_alloc_class(size);
    if (c < FL_CLASSES && fl_head[c]) {
        o = fl_head[c];
        fl_head[c] = *(void **)o;
        fl_count[c]--;
        memset(o, 0, size);
    }
#endif
    if (!o) {
        o = calloc(1, size);
        if (!o) return wf_err_no_memory();
    }
    o->refcnt = 1;
    o->type = type;
    if (type->flags & WF_TPFLAGS_HEAPTYPE) wf_incref((WfValue)type);
    return o;
}

void wf_object_free(WfValue v) {
    WfType *t = v->type;
#ifndef WF_DEBUG
    size_t u = malloc_usable_size(v);
    size_t c = u >= 24 ? (u - 8) / 16 : 0;
    if (c > 0 && c < FL_CLASSES && fl_count[c] < FL_BYTES_PER_CLASS / u) {
        *(void **)v = fl_head[c];
        fl_head[c] = v;
        fl_count[c]++;
    } else {
        free(v);
    }
#else
    free(v);
#endif
    if (t->flags & WF_TPFLAGS_HEAPTYPE) wf_decref((WfValue)t);
}

// Deallocation of a deeply nested structure (a list of a list of ... a
// million deep) recurses once per level. Past DEALLOC_MAX_DEPTH nested
// deallocs, objects are parked on a per-thread stack instead, and the
// outermost wf_dealloc frees them after its own object, so the C stack stays
// bounded (CPython's "trashcan"). A parked object has refcount 0 and no
// referrer, so nothing can see it while it waits.
#define DEALLOC_MAX_DEPTH 1000

static _Thread_local int dealloc_depth;
static _Thread_local WfValue *dealloc_parked;
static _Thread_local size_t dealloc_nparked, dealloc_capparked;

// Parks [v] for later. False when out of memory (the caller frees it now).
static bool dealloc_park(WfValue v) {
    if (dealloc_nparked == dealloc_capparked) {
        size_t cap = dealloc_capparked ? dealloc_capparked * 2 : 256;
        WfValue *grown = realloc(dealloc_parked, cap * sizeof *grown);
        if (!grown) return false;
        dealloc_parked = grown;
        dealloc_capparked = cap;
    }
    dealloc_parked[dealloc_nparked++] = v;
    return true;
}

static inline void dealloc_now(WfValue v) {
    WfType *t = v->type;
    if (t->dealloc) t->dealloc(v);
    else wf_object_free(v);
}

// Not inlined: decrefs of statics in this file would otherwise show the
// compiler a free() of a static object on a path that never runs.
__attribute__((noinline)) void wf_dealloc(WfValue v) {
    if (dealloc_depth >= DEALLOC_MAX_DEPTH && dealloc_park(v)) return;
    dealloc_depth++;
    dealloc_now(v);
    if (dealloc_depth == 1 && dealloc_nparked) {
        // The outermost dealloc: free what deeper levels parked (which may park more).
        while (dealloc_nparked) dealloc_now(dealloc_parked[--dealloc_nparked]);
        free(dealloc_parked);
        dealloc_parked = NULL;
        dealloc_capparked = 0;
    }
    dealloc_depth--;
}

WfHash wf_hash_pointer(const void *p) {
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    WfHash h = (WfHash)y;
    return h == -1 ? -2 : h;
}

// ---- out-of-line instance dicts ---------------------------------------------------
// Instances of Weft subclasses of variable-size types (tuple, str, bytes) have
// no room for a __dict__ slot at a fixed offset; theirs live in this table,
// keyed by object address, and are dropped by the instance's dealloc.

static struct {
    WfValue *keys;       // borrowed: the instances; (WfValue)1 marks a tombstone
    WfValue *dicts;      // owned
    size_t cap, used, live;
} ext_dicts;

#define EXT_TOMB ((WfValue)(uintptr_t)1)

static size_t ext_hash(WfValue o) {
    return (size_t)(((uintptr_t)o >> 3) * 0x9E3779B97F4A7C15ull);
}

static int ext_grow(void) {
    size_t ncap = ext_dicts.cap ? ext_dicts.cap * 2 : 64;
    WfValue *nk = calloc(ncap, sizeof(WfValue)), *nd = calloc(ncap, sizeof(WfValue));
    if (!nk || !nd) {
        free(nk);
        free(nd);
        wf_err_no_memory();
        return -1;
    }
    for (size_t i = 0; i < ext_dicts.cap; i++) {
        WfValue k = ext_dicts.keys[i];
        if (!k || k == EXT_TOMB) continue;
        size_t j = ext_hash(k) & (ncap - 1);
        while (nk[j]) j = (j + 1) & (ncap - 1);
        nk[j] = k;
        nd[j] = ext_dicts.dicts[i];
    }
    free(ext_dicts.keys);
    free(ext_dicts.dicts);
    ext_dicts.keys = nk;
    ext_dicts.dicts = nd;
    ext_dicts.cap = ncap;
    ext_dicts.used = ext_dicts.live;
    return 0;
}

static WfValue *ext_slot(WfValue obj, bool create) {
    if (ext_dicts.cap) {
        size_t mask = ext_dicts.cap - 1, i = ext_hash(obj) & mask;
        while (ext_dicts.keys[i]) {
            if (ext_dicts.keys[i] == obj) return &ext_dicts.dicts[i];
            i = (i + 1) & mask;
        }
    }
    if (!create) return NULL;
    if ((ext_dicts.used + 1) * 2 > ext_dicts.cap && ext_grow() < 0) return NULL;
    size_t mask = ext_dicts.cap - 1, i = ext_hash(obj) & mask;
    while (ext_dicts.keys[i] && ext_dicts.keys[i] != EXT_TOMB) i = (i + 1) & mask;
    if (!ext_dicts.keys[i]) ext_dicts.used++;
    ext_dicts.keys[i] = obj;
    ext_dicts.dicts[i] = WF_NULL;
    ext_dicts.live++;
    return &ext_dicts.dicts[i];
}

void wf_object_ext_dict_drop(WfValue obj) {
    WfValue *slot = ext_slot(obj, false);
    if (!slot) return;
    size_t i = (size_t)(slot - ext_dicts.dicts);
    WfValue d = ext_dicts.dicts[i];
    ext_dicts.keys[i] = EXT_TOMB;
    ext_dicts.dicts[i] = WF_NULL;
    ext_dicts.live--;
    wf_xdecref(d);
}

WfValue *wf_object_dict_ptr(WfValue obj, bool create) {
    WfType *tp = wf_type(obj);
    if (tp->dictoffset) return (WfValue *)((char *)obj + tp->dictoffset);
    if (tp->flags & WF_TPFLAGS_EXT_DICT) return ext_slot(obj, create);
    return NULL;
}

WfValue wf_object_get_dict(WfValue obj) {
    WfValue *dp = wf_object_dict_ptr(obj, false);
    return dp ? *dp : WF_NULL;
}

// ---- repr / str / hash -------------------------------------------------------------

WfValue wf_repr(WfValue v) {
    WfType *t = wf_type(v);
    if (!t->repr) return wf_str_from_format("<%s object at %p>", t->name, (void *)v);
    if (wf_enter_recursive_call(" while getting the repr of an object") < 0) return WF_NULL;
    WfValue r = t->repr(v);
    wf_leave_recursive_call();
    if (r && !wf_is_str(r)) {
        wf_err_format(wf_TypeError, "__repr__ returned non-string (type %s)", wf_type_name(r));
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

WfValue wf_str(WfValue v) {
    if (!WF_IS_SMALLINT(v) && v->type == &wf_str_type) return wf_newref(v);
    WfType *t = wf_type(v);
    if (!t->str) return wf_repr(v);
    if (wf_enter_recursive_call(" while getting the str of an object") < 0) return WF_NULL;
    WfValue r = t->str(v);
    wf_leave_recursive_call();
    if (r && !wf_is_str(r)) {
        wf_err_format(wf_TypeError, "__str__ returned non-string (type %s)", wf_type_name(r));
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

WfValue wf_ascii(WfValue v) {
    WfValue r = wf_repr(v);
    if (!r) return WF_NULL;
    const char *s = WF_STR_DATA(r);
    size_t n = WF_STR_LEN(r), i;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) break;
    if (i == n) return r;
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append(&b, s, i);
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            wf_strbuf_append_char(&b, (char)c);
            i++;
            continue;
        }
        uint32_t cp;
        i += (size_t)wf_utf8_decode(s + i, &cp);
        if (cp <= 0xff) wf_strbuf_printf(&b, "\\x%02x", cp);
        else if (cp <= 0xffff) wf_strbuf_printf(&b, "\\u%04x", cp);
        else wf_strbuf_printf(&b, "\\U%08x", cp);
    }
    wf_decref(r);
    return wf_strbuf_finish(&b);
}

WfHash wf_hash(WfValue v) {
    if (WF_IS_SMALLINT(v)) {
        intptr_t n = WF_SMALLINT_VAL(v);
        if (n > -((intptr_t)1 << 60) && n < ((intptr_t)1 << 60)) return n == -1 ? -2 : n;
        return wf_int_hash(v);
    }
    WfType *t = v->type;
    if (!t->hash) {
        wf_err_format(wf_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(v);
}

// ---- comparison --------------------------------------------------------------------

static const char *const cmp_opstr[] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[] = {WF_GT, WF_GE, WF_EQ, WF_NE, WF_LT, WF_LE};

static WfValue do_richcompare(WfValue a, WfValue b, int op) {
    WfType *ta = wf_type(a), *tb = wf_type(b);
    bool checked_reverse = false;
    WfValue r;
    if (ta != tb && tb->richcompare && wf_type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != WF_NOTIMPLEMENTED) return r;
        wf_decref(r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != WF_NOTIMPLEMENTED) return r;
        wf_decref(r);
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != WF_NOTIMPLEMENTED) return r;
        wf_decref(r);
    }
    switch (op) {
    case WF_EQ: return wf_bool(a == b);
    case WF_NE: return wf_bool(a != b);
    default:
        wf_err_format(wf_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                      cmp_opstr[op], ta->name, tb->name);
        return WF_NULL;
    }
}

WfValue wf_richcompare(WfValue a, WfValue b, int op) {
    if (WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b)) {
        intptr_t x = WF_SMALLINT_VAL(a), y = WF_SMALLINT_VAL(b);
        switch (op) {
        case WF_LT: return wf_bool(x < y);
        case WF_LE: return wf_bool(x <= y);
        case WF_EQ: return wf_bool(x == y);
        case WF_NE: return wf_bool(x != y);
        case WF_GT: return wf_bool(x > y);
        default: return wf_bool(x >= y);
        }
    }
    if (wf_enter_recursive_call(" in comparison") < 0) return WF_NULL;
    WfValue r = do_richcompare(a, b, op);
    wf_leave_recursive_call();
    return r;
}

int wf_richcompare_bool(WfValue a, WfValue b, int op) {
    if (a == b) {
        if (op == WF_EQ) return 1;
        if (op == WF_NE) return 0;
    }
    WfValue r = wf_richcompare(a, b, op);
    if (!r) return -1;
    int t;
    if (r == WF_TRUE) t = 1;
    else if (r == WF_FALSE) t = 0;
    else t = wf_is_true(r);
    wf_decref(r);
    return t;
}

int wf_is_true(WfValue v) {
    if (v == WF_TRUE) return 1;
    if (v == WF_FALSE || v == WF_NONE) return 0;
    if (WF_IS_SMALLINT(v)) return WF_SMALLINT_VAL(v) != 0;
    WfType *t = v->type;
    if (t->nb_bool) return t->nb_bool(v);
    if (t->len) {
        intptr_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

// ---- attributes ----------------------------------------------------------------------

void wf_err_no_attribute(WfValue obj, WfValue name) {
    wf_err_attribute_format(obj, name, "'%s' object has no attribute '%s'", wf_type_name(obj),
                            wf_str_cstr(name));
}

static int check_attr_name(WfValue name) {
    if (wf_is_str(name)) return 0;
    wf_err_format(wf_TypeError, "attribute name must be string, not '%s'", wf_type_name(name));
    return -1;
}

WfValue wf_generic_getattr_impl(WfValue obj, WfValue name, bool suppress) {
    if (check_attr_name(name) < 0) return WF_NULL;
    WfType *tp = wf_type(obj);
    WfValue descr = wf_type_lookup(tp, name);
    WfDescrGetFn get = NULL;
    WfValue r;
    if (descr) {
        WfType *dt = wf_type(descr);
        get = dt->descr_get;
        if (get && dt->descr_set) {
            wf_incref(descr);
            r = get(descr, obj, (WfValue)tp);
            wf_decref(descr);
            goto got;
        }
    }
    WfValue *dp = wf_object_dict_ptr(obj, false);
    if (dp && *dp) {
        WfValue d = *dp;
        if (d->type == &wf_dict_type && name->type == &wf_str_type) {
            (void)wf_str_hash(name);
            r = wf_dict_get_str_borrowed(d, name);
            if (r) return wf_newref(r);
        } else {
            wf_incref(d);
            int found = wf_dict_get_ref(d, name, &r);
            wf_decref(d);
            if (found < 0) return WF_NULL;
            if (found) return r;
        }
    }
    if (get) {
        wf_incref(descr);
        r = get(descr, obj, (WfValue)tp);
        wf_decref(descr);
        goto got;
    }
    if (descr) return wf_newref(descr);
    if (!suppress) wf_err_no_attribute(obj, name);
    return WF_NULL;
got:
    if (!r && suppress && wf_err_matches(wf_AttributeError)) wf_err_clear();
    return r;
}

WfValue wf_generic_getattr(WfValue obj, WfValue name) {
    return wf_generic_getattr_impl(obj, name, false);
}

int wf_generic_setattr(WfValue obj, WfValue name, WfValue value) {
    if (check_attr_name(name) < 0) return -1;
    WfType *tp = wf_type(obj);
    WfValue descr = wf_type_lookup(tp, name);
    if (descr) {
        WfDescrSetFn set = wf_type(descr)->descr_set;
        if (set) {
            wf_incref(descr);
            int r = set(descr, obj, value);
            wf_decref(descr);
            return r;
        }
    }
    WfValue *dp = wf_object_dict_ptr(obj, value != WF_NULL);
    if (!dp) {
        if (wf_err_occurred()) return -1;
        if (descr)
            wf_err_format(wf_AttributeError, "'%s' object attribute '%s' is read-only", tp->name,
                          wf_str_cstr(name));
        else
            wf_err_no_attribute(obj, name);
        return -1;
    }
    if (value) {
        if (!*dp) {
            WfValue d = wf_dict_new();
            if (!d) return -1;
            // The side table may have moved while allocating: look the slot up again.
            dp = wf_object_dict_ptr(obj, true);
            if (!dp) {
                wf_decref(d);
                return -1;
            }
            *dp = d;
        }
        WfValue d = *dp;
        wf_incref(d);
        int r = wf_dict_set(d, name, value);
        wf_decref(d);
        return r;
    }
    if (!*dp) {
        wf_err_no_attribute(obj, name);
        return -1;
    }
    WfValue d = *dp;
    wf_incref(d);
    int r = wf_dict_pop_opt(d, name);
    wf_decref(d);
    if (r == 0) {
        wf_err_no_attribute(obj, name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

WfValue wf_getattr(WfValue obj, WfValue name) {
    WfType *tp = wf_type(obj);
    if (tp->getattr) return tp->getattr(obj, name);
    return wf_generic_getattr_impl(obj, name, false);
}

WfValue wf_getattr_cstr(WfValue obj, const char *name) {
    WfValue n = wf_str_intern(name);
    if (!n) return WF_NULL;
    WfValue r = wf_getattr(obj, n);
    wf_decref(n);
    return r;
}

int wf_getattr_opt(WfValue obj, WfValue name, WfValue *out) {
    WfType *tp = wf_type(obj);
    WfValue r;
    if (!tp->getattr || tp->getattr == wf_generic_getattr) {
        r = wf_generic_getattr_impl(obj, name, true);
    } else if (tp->getattr == wf_type_getattro) {
        r = wf_type_getattr_impl(obj, name, true);
    } else {
        r = tp->getattr(obj, name);
        if (!r && wf_err_matches(wf_AttributeError)) wf_err_clear();
    }
    *out = r;
    if (r) return 1;
    return wf_err_occurred() ? -1 : 0;
}

int wf_setattr(WfValue obj, WfValue name, WfValue value) {
    WfType *tp = wf_type(obj);
    if (tp->setattr) return tp->setattr(obj, name, value);
    return wf_generic_setattr(obj, name, value);
}

int wf_setattr_cstr(WfValue obj, const char *name, WfValue value) {
    WfValue n = wf_str_intern(name);
    if (!n) return -1;
    int r = wf_setattr(obj, n, value);
    wf_decref(n);
    return r;
}

int wf_object_get_method(WfValue obj, WfValue name, WfValue *out) {
    WfType *tp = wf_type(obj);
    *out = WF_NULL;
    if (tp->getattr && tp->getattr != wf_generic_getattr) {
        *out = tp->getattr(obj, name);
        return *out ? 0 : -1;
    }
    if (check_attr_name(name) < 0) return -1;
    WfValue descr = wf_type_lookup(tp, name);
    WfDescrGetFn get = NULL;
    bool meth = false;
    if (descr) {
        WfType *dt = wf_type(descr);
        if (dt == &wf_function_type || dt == &wf_method_descr_type ||
            dt == &wf_slot_wrapper_type) {
            meth = true;
        } else {
            get = dt->descr_get;
            if (get && dt->descr_set) {
                wf_incref(descr);
                *out = get(descr, obj, (WfValue)tp);
                wf_decref(descr);
                return *out ? 0 : -1;
            }
        }
    }
    WfValue *dp = wf_object_dict_ptr(obj, false);
    if (dp && *dp) {
        WfValue d = *dp, r;
        if (d->type == &wf_dict_type && name->type == &wf_str_type) {
            (void)wf_str_hash(name);
            r = wf_dict_get_str_borrowed(d, name);
            if (r) {
                *out = wf_newref(r);
                return 0;
            }
        } else {
            wf_incref(d);
            int found = wf_dict_get_ref(d, name, &r);
            wf_decref(d);
            if (found < 0) return -1;
            if (found) {
                *out = r;
                return 0;
            }
        }
    }
    if (meth) {
        *out = wf_newref(descr);
        return 1;
    }
    if (get) {
        wf_incref(descr);
        *out = get(descr, obj, (WfValue)tp);
        wf_decref(descr);
        return *out ? 0 : -1;
    }
    if (descr) {
        *out = wf_newref(descr);
        return 0;
    }
    wf_err_no_attribute(obj, name);
    return -1;
}

// ---- calls -----------------------------------------------------------------------------

WfValue wf_call(WfValue callable, WfValue *args, size_t nargs, WfValue kwnames) {
    WfType *t = wf_type(callable);
    if (t->call) return t->call(callable, args, nargs, kwnames);
    wf_err_format(wf_TypeError, "'%s' object is not callable", t->name);
    return WF_NULL;
}

WfValue wf_call0(WfValue callable) {
    return wf_call(callable, NULL, 0, WF_NULL);
}

WfValue wf_call1(WfValue callable, WfValue a) {
    WfValue args[1] = {a};
    return wf_call(callable, args, 1, WF_NULL);
}

WfValue wf_call2(WfValue callable, WfValue a, WfValue b) {
    WfValue args[2] = {a, b};
    return wf_call(callable, args, 2, WF_NULL);
}

WfValue wf_call_tuple_dict(WfValue callable, WfValue args_tuple, WfValue kwargs) {
    size_t n = args_tuple ? WF_TUPLE_LEN(args_tuple) : 0;
    WfValue *items = args_tuple ? WF_TUPLE_ITEMS(args_tuple) : NULL;
    size_t nk = kwargs ? wf_dict_len(kwargs) : 0;
    if (nk == 0) return wf_call(callable, items, n, WF_NULL);
    WfValue result = WF_NULL, kwnames = WF_NULL;
    WfValue *buf = malloc((n + nk) * sizeof(WfValue));
    if (!buf) return wf_err_no_memory();
    kwnames = wf_tuple_new(nk);
    if (!kwnames) goto done;
    for (size_t i = 0; i < n; i++) buf[i] = items[i];
    size_t pos = 0, k = 0;
    WfValue key, value;
    while (k < nk && wf_dict_next(kwargs, &pos, &key, &value)) {
        if (!wf_is_str(key)) {
            wf_err_set_str(wf_TypeError, "keywords must be strings");
            goto done;
        }
        wf_incref(key);
        WF_TUPLE_SET_STEAL(kwnames, k, key);
        wf_incref(value);
        buf[n + k] = value;
        k++;
    }
    if (k < nk) {   // the dict shrank meanwhile (cannot happen without running code)
        wf_err_set_str(wf_RuntimeError, "dictionary changed size during iteration");
        goto done;
    }
    result = wf_call(callable, buf, n, kwnames);
done:
    if (kwnames) {
        for (size_t i = 0; i < nk; i++)
            if (WF_TUPLE_GET(kwnames, i)) wf_decref(buf[n + i]);
        wf_decref(kwnames);
    }
    free(buf);
    return result;
}

WfValue wf_call_method(WfValue obj, const char *name, WfValue *args, size_t nargs) {
    WfValue n = wf_str_intern(name);
    if (!n) return WF_NULL;
    WfValue f;
    int r = wf_object_get_method(obj, n, &f);
    wf_decref(n);
    if (r < 0) return WF_NULL;
    WfValue result = r ? wf_call_unbound(f, obj, args, nargs, WF_NULL)
                       : wf_call(f, args, nargs, WF_NULL);
    wf_decref(f);
    return result;
}

int wf_callable(WfValue v) {
    return wf_type(v)->call != NULL;
}

// ---- iteration ---------------------------------------------------------------------------

WfValue wf_iter(WfValue v) {
    WfType *t = wf_type(v);
    if (t->iter) {
        WfValue it = t->iter(v);
        if (it && !wf_type(it)->iternext) {
            wf_err_format(wf_TypeError, "iter() returned non-iterator of type '%s'",
                          wf_type_name(it));
            wf_decref(it);
            return WF_NULL;
        }
        return it;
    }
    if (t->getitem && !(t->flags & WF_TPFLAGS_DICT_SUBCLASS)) return wf_seq_iter_new(v);
    wf_err_format(wf_TypeError, "'%s' object is not iterable", t->name);
    return WF_NULL;
}

int wf_iter_next_ref(WfValue it, WfValue *out) {
    WfType *t = wf_type(it);
    if (!t->iternext) {
        wf_err_format(wf_TypeError, "'%s' object is not an iterator", t->name);
        return -1;
    }
    WfValue v = t->iternext(it);
    if (v) {
        *out = v;
        return 1;
    }
    if (wf_err_occurred()) {
        if (!wf_err_matches(wf_StopIteration)) return -1;
        wf_err_clear();
    }
    return 0;
}

// ---- containers ------------------------------------------------------------------------

intptr_t wf_len(WfValue v) {
    WfType *t = wf_type(v);
    if (t->len) return t->len(v);
    wf_err_format(wf_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

WfValue wf_getitem(WfValue obj, WfValue key) {
    WfType *t = wf_type(obj);
    if (t->getitem) return t->getitem(obj, key);
    if (wf_is_type(obj)) {
        WfValue meth;
        int r = wf_getattr_opt(obj, WF_ID(__class_getitem__), &meth);
        if (r < 0) return WF_NULL;
        if (r) {
            WfValue res = wf_call1(meth, key);
            wf_decref(meth);
            return res;
        }
        wf_err_format(wf_TypeError, "type '%s' is not subscriptable",
                      wf_type_qualname_cstr((WfType *)obj));
        return WF_NULL;
    }
    wf_err_format(wf_TypeError, "'%s' object is not subscriptable", t->name);
    return WF_NULL;
}

int wf_setitem(WfValue obj, WfValue key, WfValue value) {
    WfType *t = wf_type(obj);
    if (t->setitem) return t->setitem(obj, key, value);
    wf_err_format(wf_TypeError, "'%s' object does not support item assignment", t->name);
    return -1;
}

int wf_delitem(WfValue obj, WfValue key) {
    WfType *t = wf_type(obj);
    if (t->setitem) return t->setitem(obj, key, WF_NULL);
    wf_err_format(wf_TypeError, "'%s' object doesn't support item deletion", t->name);
    return -1;
}

int wf_contains(WfValue container, WfValue item) {
    WfType *t = wf_type(container);
    if (t->contains) return t->contains(container, item);
    if (!t->iter && !t->getitem) {
        wf_err_format(wf_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    WfValue it = wf_iter(container);
    if (!it) return -1;
    int found = 0;
    for (;;) {
        WfValue x;
        int r = wf_iter_next_ref(it, &x);
        if (r <= 0) {
            found = r;
            break;
        }
        int eq = wf_richcompare_bool(x, item, WF_EQ);
        wf_decref(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    wf_decref(it);
    return found;
}

// ---- arithmetic ----------------------------------------------------------------------

static const char *const binop_str[WF_BINOP_COUNT] = {
    "+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@",
};
static const char *const inplace_str[WF_BINOP_COUNT] = {
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=",
};

// a op b with the subclass-first rule; NotImplemented (new ref) when neither side handles it.
static WfValue binary_op1(WfValue a, WfValue b, int op) {
    WfType *ta = wf_type(a), *tb = wf_type(b);
    WfBinaryFn sa = ta->nb[op];
    WfBinaryFn sb = tb != ta ? tb->nb[op] : NULL;
    WfValue r;
    if (sb == sa) sb = NULL;
    if (sa) {
        if (sb && wf_type_is_subtype(tb, ta)) {
            r = sb(a, b);
            if (r != WF_NOTIMPLEMENTED) return r;
            wf_decref(r);
            sb = NULL;
        }
        r = sa(a, b);
        if (r != WF_NOTIMPLEMENTED) return r;
        wf_decref(r);
    }
    if (sb) return sb(a, b);
    return wf_newref(WF_NOTIMPLEMENTED);
}

WfValue wf_binary_op(WfValue a, WfValue b, int op) {
    int base = op >= WF_BINOP_INPLACE ? op - WF_BINOP_INPLACE : op;
    if (WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b)) {
        intptr_t x = WF_SMALLINT_VAL(a), y = WF_SMALLINT_VAL(b), z;
        switch (base) {
        case WF_BINOP_ADD:
            z = x + y;   // cannot overflow intptr_t: both are 63-bit
            if (WF_SMALLINT_FITS(z)) return WF_FROM_SMALLINT(z);
            break;
        case WF_BINOP_SUB:
            z = x - y;
            if (WF_SMALLINT_FITS(z)) return WF_FROM_SMALLINT(z);
            break;
        case WF_BINOP_AND: return WF_FROM_SMALLINT(x & y);
        case WF_BINOP_OR: return WF_FROM_SMALLINT(x | y);
        case WF_BINOP_XOR: return WF_FROM_SMALLINT(x ^ y);
        default: break;
        }
    }
    WfValue r;
    if (op >= WF_BINOP_INPLACE) {
        WfBinaryFn f = wf_type(a)->nb[op];
        if (f) {
            r = f(a, b);
            if (r != WF_NOTIMPLEMENTED) return r;
            wf_decref(r);
        }
    }
    r = binary_op1(a, b, base);
    if (r != WF_NOTIMPLEMENTED) return r;
    wf_decref(r);
    wf_err_format(wf_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                  op >= WF_BINOP_INPLACE ? inplace_str[base] : binop_str[base], wf_type_name(a),
                  wf_type_name(b));
    return WF_NULL;
}

WfValue wf_unary_op(WfValue v, int op) {
    WfType *t = wf_type(v);
    WfUnaryFn f = NULL;
    const char *sym = "-";
    switch (op) {
    case WF_UNOP_NEG:
        if (WF_IS_SMALLINT(v) && WF_SMALLINT_VAL(v) != WF_SMALLINT_MIN)
            return WF_FROM_SMALLINT(-WF_SMALLINT_VAL(v));
        f = t->nb_neg;
        break;
    case WF_UNOP_POS:
        if (WF_IS_SMALLINT(v)) return v;
        f = t->nb_pos;
        sym = "+";
        break;
    case WF_UNOP_INVERT:
        if (WF_IS_SMALLINT(v)) return WF_FROM_SMALLINT(~WF_SMALLINT_VAL(v));
        f = t->nb_invert;
        sym = "~";
        break;
    case WF_UNOP_NOT: {
        int b = wf_is_true(v);
        if (b < 0) return WF_NULL;
        return wf_bool(!b);
    }
    default:
        wf_err_format(wf_SystemError, "bad unary operator %d", op);
        return WF_NULL;
    }
    if (f) return f(v);
    wf_err_format(wf_TypeError, "bad operand type for unary %s: '%s'", sym, t->name);
    return WF_NULL;
}

WfValue wf_pow3(WfValue a, WfValue b, WfValue mod) {
    if (mod == WF_NONE || mod == WF_NULL) return wf_binary_op(a, b, WF_BINOP_POW);
    WfType *ta = wf_type(a), *tb = wf_type(b), *tm = wf_type(mod);
    WfTernaryFn sa = ta->nb_pow3;
    WfTernaryFn sb = tb != ta ? tb->nb_pow3 : NULL;
    WfValue r;
    if (sb == sa) sb = NULL;
    if (sa) {
        if (sb && wf_type_is_subtype(tb, ta)) {
            r = sb(a, b, mod);
            if (r != WF_NOTIMPLEMENTED) return r;
            wf_decref(r);
            sb = NULL;
        }
        r = sa(a, b, mod);
        if (r != WF_NOTIMPLEMENTED) return r;
        wf_decref(r);
    }
    if (sb) {
        r = sb(a, b, mod);
        if (r != WF_NOTIMPLEMENTED) return r;
        wf_decref(r);
    }
    WfTernaryFn sm = tm->nb_pow3;
    if (sm && sm != sa && sm != sb) {
        r = sm(a, b, mod);
        if (r != WF_NOTIMPLEMENTED) return r;
        wf_decref(r);
    }
    wf_err_format(wf_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                  ta->name, tb->name, tm->name);
    return WF_NULL;
}

int64_t wf_index_i64(WfValue v, const char *what) {
    if (WF_IS_SMALLINT(v)) return WF_SMALLINT_VAL(v);
    WfValue owned = WF_NULL;
    if (!wf_is_int(v)) {
        WfType *t = v->type;
        if (!t->nb_index) {
            if (what)
                wf_err_format(wf_TypeError, "%s must be integers or slices, not %s", what,
                              t->name);
            else
                wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer",
                              t->name);
            return -1;
        }
        owned = t->nb_index(v);
        if (!owned) return -1;
        if (!wf_is_int(owned)) {
            wf_err_format(wf_TypeError, "__index__ returned non-int (type %s)",
                          wf_type_name(owned));
            wf_decref(owned);
            return -1;
        }
        v = owned;
        if (WF_IS_SMALLINT(v)) return WF_SMALLINT_VAL(v);
    }
    int64_t out;
    int r = wf_int_to_i64(v, &out);
    wf_xdecref(owned);
    if (r < 0) {
        wf_err_clear();
        if (what)
            wf_err_set_str(wf_IndexError, "cannot fit 'int' into an index-sized integer");
        else
            wf_err_set_str(wf_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return out;
}

// ---- isinstance / issubclass ------------------------------------------------------------

static bool is_union(WfValue v) {
    return !WF_IS_SMALLINT(v) && v->type == &wf_union_type;
}

// Calls a metaclass's __instancecheck__/__subclasscheck__ when it is not type's own.
// 1/0/-1, or 2 when there is no custom hook.
static int custom_check(WfValue cls, WfValue name, WfValue arg) {
    WfType *meta = wf_type(cls);
    if (meta == &wf_type_type) return 2;
    WfValue f = wf_type_lookup(meta, name);
    if (!f) return 2;
    if (wf_type(f) == &wf_method_descr_type && ((WfMethodDescr *)f)->owner == &wf_type_type)
        return 2;
    wf_incref(f);
    WfValue r = wf_call_unbound(f, cls, &arg, 1, WF_NULL);
    wf_decref(f);
    if (!r) return -1;
    int t = wf_is_true(r);
    wf_decref(r);
    return t;
}

int wf_isinstance(WfValue obj, WfValue cls) {
    WfType *ot = wf_type(obj);
    if ((WfValue)ot == cls) return 1;
    if (wf_is_type(cls)) {
        int r = custom_check(cls, WF_ID(__instancecheck__), obj);
        if (r != 2) return r;
        return wf_type_is_subtype(ot, (WfType *)cls);
    }
    if (wf_is_tuple(cls) || is_union(cls)) {
        WfValue items = wf_is_tuple(cls) ? cls : wf_union_args(cls);
        if (wf_enter_recursive_call(" in __instancecheck__") < 0) return -1;
        int r = 0;
        for (size_t i = 0; i < WF_TUPLE_LEN(items) && r == 0; i++)
            r = wf_isinstance(obj, WF_TUPLE_GET(items, i));
        wf_leave_recursive_call();
        return r;
    }
    if (!WF_IS_SMALLINT(cls) && cls->type != &wf_int_type) {
        WfValue f = wf_type_lookup(wf_type(cls), WF_ID(__instancecheck__));
        if (f) {
            wf_incref(f);
            WfValue r = wf_call_unbound(f, cls, &obj, 1, WF_NULL);
            wf_decref(f);
            if (!r) return -1;
            int t = wf_is_true(r);
            wf_decref(r);
            return t;
        }
    }
    wf_err_set_str(wf_TypeError,
                   "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int wf_issubclass(WfValue cls, WfValue classinfo) {
    if (wf_is_type(classinfo)) {
        int r = custom_check(classinfo, WF_ID(__subclasscheck__), cls);
        if (r != 2) return r;
        if (!wf_is_type(cls)) {
            wf_err_set_str(wf_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return wf_type_is_subtype((WfType *)cls, (WfType *)classinfo);
    }
    if (wf_is_tuple(classinfo) || is_union(classinfo)) {
        WfValue items = wf_is_tuple(classinfo) ? classinfo : wf_union_args(classinfo);
        if (wf_enter_recursive_call(" in __subclasscheck__") < 0) return -1;
        int r = 0;
        for (size_t i = 0; i < WF_TUPLE_LEN(items) && r == 0; i++)
            r = wf_issubclass(cls, WF_TUPLE_GET(items, i));
        wf_leave_recursive_call();
        if (r == 0 && !wf_is_type(cls)) {
            wf_err_set_str(wf_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return r;
    }
    WfValue f = wf_type_lookup(wf_type(classinfo), WF_ID(__subclasscheck__));
    if (f && wf_type(classinfo) != &wf_int_type) {
        wf_incref(f);
        WfValue r = wf_call_unbound(f, classinfo, &cls, 1, WF_NULL);
        wf_decref(f);
        if (!r) return -1;
        int t = wf_is_true(r);
        wf_decref(r);
        return t;
    }
    if (!wf_is_type(cls)) {
        wf_err_set_str(wf_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    wf_err_set_str(wf_TypeError,
                   "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

// ---- start-up -----------------------------------------------------------------------------

int wf_runtime_init(void) {
    static WfType *const types[] = {
        &wf_object_type, &wf_type_type, &wf_dict_type, &wf_str_type, &wf_tuple_type,
        &wf_int_type, &wf_bool_type, &wf_float_type, &wf_bytes_type, &wf_bytearray_type,
        &wf_list_type, &wf_set_type, &wf_frozenset_type, &wf_range_type, &wf_slice_type,
        &wf_none_type, &wf_notimplemented_type, &wf_ellipsis_type, &wf_function_type,
        &wf_cell_type, &wf_method_type, &wf_native_func_type, &wf_method_descr_type,
        &wf_classmethod_descr_type, &wf_getset_descr_type, &wf_member_descr_type,
        &wf_slot_wrapper_type, &wf_method_wrapper_type, &wf_property_type,
        &wf_staticmethod_type, &wf_classmethod_type, &wf_super_type, &wf_module_type,
        &wf_code_type, &wf_traceback_type, &wf_union_type, &wf_mappingproxy_type,
    };
    size_t n = sizeof(types) / sizeof(types[0]);
    for (size_t i = 0; i < n; i++) wf_type_ready_slots(types[i]);
    for (size_t i = 0; i < n; i++)
        if (wf_type_ready(types[i]) < 0) return -1;
    return wf_exc_init(WF_NULL);
}
