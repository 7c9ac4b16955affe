// dict.c — dict: a compact, insertion-ordered hash table (an index array of
// int8/16/32/64 slots pointing into a dense entry array of {hash, key,
// value}), plus the keys/values/items views and the dict iterators.
// Invariants: index slots hold EMPTY (-1), DUMMY (-2, a deleted entry) or
// the position of a live entry; entries[0..nentries) are live or deleted
// (key NULL); nentries <= usable (2/3 of the index size). A lookup that runs
// __eq__ restarts if the table changed underneath it. Every mutation stores
// a fresh value of a global counter in `version` (wf_dict_version).
// GIL rule: all functions run with the GIL held.
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/iterobjects.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/tstate.h"

typedef struct DictEntry {
    WfHash hash;
    WfValue key;      // owned; NULL for a deleted entry
    WfValue value;    // owned; NULL for a deleted entry
} DictEntry;

typedef struct WfDict {
    WfObject ob;
    size_t used;          // live items
    size_t nentries;      // entries[0..nentries) are live or deleted
    size_t usable;        // capacity of entries
    size_t mask;          // index size - 1 (meaningless while indices is NULL)
    uint64_t version;
    void *indices;        // owned (malloc), shared block with entries; NULL: no table yet
    DictEntry *entries;   // borrowed: points into the indices block
    uint8_t ixshift;      // log2 of the index slot width in bytes
} WfDict;

#define D(v) ((WfDict *)(v))
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define DICT_MINSIZE 8
#define PERTURB_SHIFT 5

static uint64_t dict_global_version;
#define BUMP_VERSION(d) ((d)->version = ++dict_global_version)

// ---- the index array ------------------------------------------------------------------

static inline int64_t ix_get(const WfDict *d, size_t i) {
    switch (d->ixshift) {
    case 0: return ((const int8_t *)d->indices)[i];
    case 1: return ((const int16_t *)d->indices)[i];
    case 2: return ((const int32_t *)d->indices)[i];
    default: return ((const int64_t *)d->indices)[i];
    }
}

static inline void ix_set(WfDict *d, size_t i, int64_t ix) {
    switch (d->ixshift) {
    case 0: ((int8_t *)d->indices)[i] = (int8_t)ix; break;
    case 1: ((int16_t *)d->indices)[i] = (int16_t)ix; break;
    case 2: ((int32_t *)d->indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)d->indices)[i] = ix; break;
    }
}

static inline size_t usable_for(size_t size) { return (size << 1) / 3; }

// Allocates a table of [size] slots (a power of two >= 8) into [d], whose
// previous table the caller has saved. 0 ok, -1 MemoryError.
static int table_alloc(WfDict *d, size_t size) {
    uint8_t shift = size <= 128 ? 0 : size <= ((size_t)1 << 15) ? 1 : size <= ((size_t)1 << 31) ? 2 : 3;
    size_t usable = usable_for(size);
    if (size > ((size_t)1 << 56)) {
        wf_err_no_memory();
        return -1;
    }
    size_t ixbytes = size << shift;
    void *block = malloc(ixbytes + usable * sizeof(DictEntry));
    if (!block) {
        wf_err_no_memory();
        return -1;
    }
    memset(block, 0xff, ixbytes);
    d->indices = block;
    d->entries = (DictEntry *)((char *)block + ixbytes);
    d->ixshift = shift;
    d->mask = size - 1;
    d->usable = usable;
    d->nentries = 0;
    return 0;
}

// The first EMPTY or DUMMY slot on [hash]'s probe path. Never runs code.
static size_t find_empty_slot(const WfDict *d, WfHash hash) {
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (ix_get(d, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// The index slot that points at entry [ix]. Never runs code.
static size_t find_slot_of(const WfDict *d, WfHash hash, int64_t ix) {
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (ix_get(d, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Rebuilds the table with room for [minused] items, compacting out deleted
// entries (order is kept). 0 ok, -1 MemoryError (table unchanged).
static int dict_resize(WfDict *d, size_t minused) {
    size_t size = DICT_MINSIZE;
    while (usable_for(size) < minused) size <<= 1;
    void *old_block = d->indices;
    DictEntry *old = d->entries;
    size_t old_n = d->nentries, old_mask = d->mask, old_usable = d->usable;
    uint8_t old_shift = d->ixshift;
    if (table_alloc(d, size) < 0) {
        d->indices = old_block;
        d->entries = old;
        d->nentries = old_n;
        d->mask = old_mask;
        d->usable = old_usable;
        d->ixshift = old_shift;
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < old_n; i++) {
        if (!old[i].key) continue;
        d->entries[k] = old[i];
        ix_set(d, find_empty_slot(d, old[i].hash), (int64_t)k);
        k++;
    }
    d->nentries = k;
    BUMP_VERSION(d);   // entry positions moved: invalidate anything keyed on them
    free(old_block);
    return 0;
}

// ---- hashing and lookup ------------------------------------------------------------------

static inline WfHash key_hash(WfValue key) {
    if (WF_IS_SMALLINT(key)) return wf_smallint_hash(WF_SMALLINT_VAL(key));
    if (key->type == &wf_str_type) {
        WfHash h = ((WfStr *)key)->hash;
        return h != -1 ? h : wf_str_hash(key);
    }
    return wf_hash(key);
}

// Equality of two distinct keys with equal hashes when it can be decided
// without running code: 1 equal, 0 different, -1 undecided.
static inline int fast_key_eq(WfValue a, WfValue b) {
    bool sa = WF_IS_SMALLINT(a), sb = WF_IS_SMALLINT(b);
    if (sa && sb) return 0;
    bool stra = !sa && a->type == &wf_str_type, strb = !sb && b->type == &wf_str_type;
    if (stra && strb)
        return WF_STR_LEN(a) == WF_STR_LEN(b) && memcmp(WF_STR_DATA(a), WF_STR_DATA(b), WF_STR_LEN(a)) == 0;
    if ((stra && sb) || (sa && strb)) return 0;
    return -1;
}

// Finds [key] (with [hash]). Returns the entry index, -1 if absent, -2 on
// error. May run Weft code (__eq__); restarts if that changed the table.
static int64_t dict_lookup(WfDict *d, WfValue key, WfHash hash) {
restart:
    if (!d->indices) return -1;
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    DictEntry *entries = d->entries;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            DictEntry *ep = &entries[ix];
            if (ep->key == key) return ix;
            if (ep->hash == hash) {
                WfValue sk = ep->key;
                int eq = fast_key_eq(sk, key);
                if (eq > 0) return ix;
                if (eq < 0) {
                    wf_incref(sk);
                    eq = wf_richcompare_bool(sk, key, WF_EQ);
                    wf_decref(sk);
                    if (eq < 0) return -2;
                    if (d->entries != entries || d->mask != mask || ep->key != sk) goto restart;
                    if (eq > 0) return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// ---- core mutation ------------------------------------------------------------------------

// Appends a new entry known to be absent. Steals [value]; increfs [key].
// 0 ok, -1 MemoryError (value dropped). Never runs code except the decref on failure.
static int insert_new(WfDict *d, WfValue key, WfHash hash, WfValue value) {
    if (!d->indices || d->nentries >= d->usable) {
        if (dict_resize(d, d->used * 2) < 0) {
            wf_decref(value);
            return -1;
        }
    }
    size_t slot = find_empty_slot(d, hash);
    DictEntry *ep = &d->entries[d->nentries];
    wf_incref(key);
    ep->hash = hash;
    ep->key = key;
    ep->value = value;
    ix_set(d, slot, (int64_t)d->nentries);
    d->nentries++;
    d->used++;
    BUMP_VERSION(d);
    return 0;
}

// d[key] = value with a known hash. Steals [value] (even on failure). 0/-1.
static int insert_hashed(WfDict *d, WfValue key, WfHash hash, WfValue value) {
    int64_t ix = dict_lookup(d, key, hash);
    if (ix == -2) {
        wf_decref(value);
        return -1;
    }
    if (ix >= 0) {
        DictEntry *ep = &d->entries[ix];
        WfValue old = ep->value;
        ep->value = value;
        BUMP_VERSION(d);
        wf_decref(old);
        return 0;
    }
    return insert_new(d, key, hash, value);
}

// Removes entry [ix] (live). Decrefs key and value last. Never fails.
static void delete_entry(WfDict *d, int64_t ix) {
    DictEntry *ep = &d->entries[ix];
    ix_set(d, find_slot_of(d, ep->hash, ix), IX_DUMMY);
    WfValue k = ep->key, v = ep->value;
    ep->key = WF_NULL;
    ep->value = WF_NULL;
    d->used--;
    BUMP_VERSION(d);
    wf_decref(k);
    wf_decref(v);
}

// Empties [d] (freeing the table after the dict is consistent).
static void dict_clear_all(WfDict *d) {
    void *block = d->indices;
    DictEntry *entries = d->entries;
    size_t n = d->nentries;
    d->indices = NULL;
    d->entries = NULL;
    d->nentries = d->used = d->usable = 0;
    d->mask = 0;
    d->ixshift = 0;
    BUMP_VERSION(d);
    if (!block) return;
    for (size_t i = 0; i < n; i++) {
        if (entries[i].key) {
            wf_decref(entries[i].key);
            wf_decref(entries[i].value);
        }
    }
    free(block);
}

static void raise_key_error(WfValue key) {
    WfValue exc = wf_exc_new(wf_KeyError, &key, 1);
    if (!exc) return;
    wf_err_set_obj(exc);
    wf_decref(exc);
}

// ---- public API ----------------------------------------------------------------------------

static WfValue dict_alloc(WfType *type) {
    WfValue v = wf_object_alloc(type, type->basicsize < sizeof(WfDict) ? sizeof(WfDict) : type->basicsize);
    if (v) BUMP_VERSION(D(v));
    return v;
}

WfValue wf_dict_new(void) { return dict_alloc(&wf_dict_type); }

WfValue wf_dict_new_presized(size_t n) {
    WfValue v = dict_alloc(&wf_dict_type);
    if (!v || n <= 5) return v;
    if (dict_resize(D(v), n) < 0) {
        wf_decref(v);
        return WF_NULL;
    }
    return v;
}

int wf_dict_get_known_hash_ref(WfValue dict, WfValue key, WfHash hash, WfValue *out) {
    WfDict *d = D(dict);
    int64_t ix = dict_lookup(d, key, hash);
    if (ix < 0) {
        *out = WF_NULL;
        return ix == -1 ? 0 : -1;
    }
    *out = wf_newref(d->entries[ix].value);
    return 1;
}

int wf_dict_get_ref(WfValue dict, WfValue key, WfValue *out) {
    WfHash h = key_hash(key);
    if (h == -1) {
        *out = WF_NULL;
        return -1;
    }
    return wf_dict_get_known_hash_ref(dict, key, h, out);
}

int wf_dict_get_cstr_ref(WfValue dict, const char *key, WfValue *out) {
    WfValue k = wf_str_from_cstr(key);
    if (!k) {
        *out = WF_NULL;
        return -1;
    }
    int r = wf_dict_get_ref(dict, k, out);
    wf_decref(k);
    return r;
}

WfValue wf_dict_get_str_borrowed(WfValue dict, WfValue str_key) {
    WfDict *d = D(dict);
    if (!d->indices) return WF_NULL;
    WfHash hash = ((WfStr *)str_key)->hash;
    if (hash == -1) hash = wf_str_hash(str_key);
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    size_t len = WF_STR_LEN(str_key);
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return WF_NULL;
        if (ix >= 0) {
            DictEntry *ep = &d->entries[ix];
            if (ep->key == str_key) return ep->value;
            if (ep->hash == hash && !WF_IS_SMALLINT(ep->key) && wf_is_str(ep->key) &&
                WF_STR_LEN(ep->key) == len && memcmp(WF_STR_DATA(ep->key), WF_STR_DATA(str_key), len) == 0)
                return ep->value;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int wf_dict_set_steal(WfValue dict, WfValue key, WfValue value) {
    WfHash h = key_hash(key);
    if (h == -1) {
        wf_decref(value);
        return -1;
    }
    return insert_hashed(D(dict), key, h, value);
}

int wf_dict_set(WfValue dict, WfValue key, WfValue value) {
    wf_incref(value);
    return wf_dict_set_steal(dict, key, value);
}

int wf_dict_set_cstr(WfValue dict, const char *key, WfValue value) {
    WfValue k = wf_str_intern(key);
    if (!k) return -1;
    int r = wf_dict_set(dict, k, value);
    wf_decref(k);
    return r;
}

int wf_dict_pop_opt(WfValue dict, WfValue key) {
    WfHash h = key_hash(key);
    if (h == -1) return -1;
    int64_t ix = dict_lookup(D(dict), key, h);
    if (ix == -2) return -1;
    if (ix == -1) return 0;
    delete_entry(D(dict), ix);
    return 1;
}

int wf_dict_del(WfValue dict, WfValue key) {
    int r = wf_dict_pop_opt(dict, key);
    if (r == 0) {
        raise_key_error(key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

size_t wf_dict_len(WfValue dict) { return D(dict)->used; }

uint64_t wf_dict_version(WfValue dict) { return D(dict)->version; }

int wf_dict_next(WfValue dict, size_t *pos, WfValue *key, WfValue *value) {
    WfDict *d = D(dict);
    for (size_t i = *pos; i < d->nentries; i++) {
        DictEntry *ep = &d->entries[i];
        if (!ep->key) continue;
        if (key) *key = ep->key;
        if (value) *value = ep->value;
        *pos = i + 1;
        return 1;
    }
    *pos = d->nentries;
    return 0;
}

int wf_dict_next_hash(WfValue dict, size_t *pos, WfValue *key, WfValue *value, WfHash *hash) {
    WfDict *d = D(dict);
    for (size_t i = *pos; i < d->nentries; i++) {
        DictEntry *ep = &d->entries[i];
        if (!ep->key) continue;
        if (key) *key = ep->key;
        if (value) *value = ep->value;
        if (hash) *hash = ep->hash;
        *pos = i + 1;
        return 1;
    }
    *pos = d->nentries;
    return 0;
}

// Makes the empty [dst] an exact copy of [src]'s table (src has no deleted
// entries). Never runs code. 0/-1.
static int clone_table(WfDict *dst, WfDict *src) {
    size_t size = src->mask + 1;
    size_t ixbytes = size << src->ixshift;
    void *block = malloc(ixbytes + src->usable * sizeof(DictEntry));
    if (!block) {
        wf_err_no_memory();
        return -1;
    }
    memcpy(block, src->indices, ixbytes + src->nentries * sizeof(DictEntry));
    dst->indices = block;
    dst->entries = (DictEntry *)((char *)block + ixbytes);
    dst->ixshift = src->ixshift;
    dst->mask = src->mask;
    dst->usable = src->usable;
    dst->nentries = src->nentries;
    dst->used = src->used;
    for (size_t i = 0; i < dst->nentries; i++) {
        wf_incref(dst->entries[i].key);
        wf_incref(dst->entries[i].value);
    }
    BUMP_VERSION(dst);
    return 0;
}

// Merges the dict [other] into [d]. override: 0 keep, 1 replace, 2 KeyError on
// duplicates. May run Weft code (__eq__). 0/-1.
static int merge_from_dict(WfDict *d, WfDict *other, int override) {
    if ((WfDict *)d == other || other->used == 0) return 0;
    if (d->used == 0 && other->nentries == other->used && other->indices) {
        if (d->indices) {
            void *block = d->indices;
            d->indices = NULL;
            free(block);
        }
        return clone_table(d, other);
    }
    if (d->nentries + other->used > d->usable && dict_resize(d, d->used + other->used) < 0) return -1;
    DictEntry *const entries0 = other->entries;
    const size_t n0 = other->nentries;
    for (size_t i = 0; i < other->nentries; i++) {
        DictEntry *ep = &other->entries[i];
        if (!ep->key) continue;
        WfValue k = ep->key, v = ep->value;
        WfHash h = ep->hash;
        wf_incref(k);
        wf_incref(v);
        int rc;
        if (override == 1) {
            rc = insert_hashed(d, k, h, v);
            v = WF_NULL;
        } else {
            int64_t ix = dict_lookup(d, k, h);
            if (ix == -2) {
                rc = -1;
            } else if (ix >= 0) {
                if (override == 2) raise_key_error(k);
                rc = override == 2 ? -1 : 0;
            } else {
                rc = insert_new(d, k, h, v);
                v = WF_NULL;
            }
        }
        wf_decref(k);
        wf_xdecref(v);
        if (rc < 0) return -1;
        if (other->entries != entries0 || other->nentries != n0) {
            wf_err_set_str(wf_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

// Merges a mapping with keys() and __getitem__. May run Weft code. 0/-1.
static int merge_from_mapping(WfValue dict, WfValue other, int override) {
    WfValue keys = wf_call_method(other, "keys", NULL, 0);
    if (!keys) return -1;
    WfValue it = wf_iter(keys);
    wf_decref(keys);
    if (!it) return -1;
    for (;;) {
        WfValue k;
        int r = wf_iter_next_ref(it, &k);
        if (r < 0) goto error;
        if (r == 0) break;
        if (override != 1) {
            WfValue existing;
            int found = wf_dict_get_ref(dict, k, &existing);
            if (found < 0) {
                wf_decref(k);
                goto error;
            }
            if (found) {
                wf_decref(existing);
                if (override == 2) {
                    raise_key_error(k);
                    wf_decref(k);
                    goto error;
                }
                wf_decref(k);
                continue;
            }
        }
        WfValue v = wf_getitem(other, k);
        if (!v) {
            wf_decref(k);
            goto error;
        }
        r = wf_dict_set_steal(dict, k, v);
        wf_decref(k);
        if (r < 0) goto error;
    }
    wf_decref(it);
    return 0;
error:
    wf_decref(it);
    return -1;
}

int wf_dict_merge(WfValue dict, WfValue other, int override) {
    if (wf_is_dict(other) && wf_type(other)->iter == wf_dict_type.iter)
        return merge_from_dict(D(dict), D(other), override);
    return merge_from_mapping(dict, other, override);
}

// dict.update from an iterable of pairs (CPython's PyDict_MergeFromSeq2).
static int merge_from_pairs(WfValue dict, WfValue seq) {
    WfValue it = wf_iter(seq);
    if (!it) return -1;
    for (size_t n = 0;; n++) {
        WfValue item;
        int r = wf_iter_next_ref(it, &item);
        if (r < 0) goto error;
        if (r == 0) break;
        WfValue pair;
        if (wf_is_tuple(item) || wf_is_list(item)) {
            pair = wf_newref(item);
        } else {
            pair = wf_list_from_iterable(item);
            if (!pair) {
                if (wf_err_matches(wf_TypeError)) {
                    wf_err_clear();
                    wf_err_format(wf_TypeError,
                                  "cannot convert dictionary update sequence element #%zu to a sequence", n);
                }
                wf_decref(item);
                goto error;
            }
        }
        wf_decref(item);
        size_t len = wf_is_tuple(pair) ? WF_TUPLE_LEN(pair) : WF_LIST_LEN(pair);
        if (len != 2) {
            wf_err_format(wf_ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required",
                          n, len);
            wf_decref(pair);
            goto error;
        }
        WfValue *kv = wf_is_tuple(pair) ? WF_TUPLE_ITEMS(pair) : WF_LIST_ITEMS(pair);
        WfValue k = wf_newref(kv[0]), v = wf_newref(kv[1]);
        wf_decref(pair);
        r = wf_dict_set_steal(dict, k, v);
        wf_decref(k);
        if (r < 0) goto error;
    }
    wf_decref(it);
    return 0;
error:
    wf_decref(it);
    return -1;
}

// The positional argument of dict()/update()/|=: a dict, a mapping, or pairs.
static int update_from_arg(WfValue dict, WfValue arg) {
    if (wf_is_dict(arg)) return wf_dict_merge(dict, arg, 1);
    WfValue keys;
    int r = wf_getattr_opt(arg, WF_ID(keys), &keys);
    if (r < 0) return -1;
    if (r > 0) {
        wf_decref(keys);
        return merge_from_mapping(dict, arg, 1);
    }
    return merge_from_pairs(dict, arg);
}

int wf_dict_update(WfValue dict, WfValue other) { return update_from_arg(dict, other); }

WfValue wf_dict_copy(WfValue dict) {
    WfValue r = wf_dict_new();
    if (!r) return WF_NULL;
    WfDict *src = D(dict);
    if (src->used == 0) return r;
    if (src->nentries == src->used) {
        if (clone_table(D(r), src) < 0) goto error;
        return r;
    }
    if (dict_resize(D(r), src->used) < 0) goto error;
    for (size_t i = 0; i < src->nentries; i++) {
        DictEntry *ep = &src->entries[i];
        if (!ep->key) continue;
        wf_incref(ep->value);
        if (insert_new(D(r), ep->key, ep->hash, ep->value) < 0) goto error;
    }
    return r;
error:
    wf_decref(r);
    return WF_NULL;
}

// Handles dict(...)/update(...) arguments: at most one positional, then keywords.
static int update_common(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, const char *fname) {
    if (nargs > 1) {
        wf_err_format(wf_TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
        return -1;
    }
    if (nargs == 1 && update_from_arg(self, args[0]) < 0) return -1;
    size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++)
        if (wf_dict_set(self, WF_TUPLE_GET(kwnames, k), args[nargs + k]) < 0) return -1;
    return 0;
}

// ---- type slots -------------------------------------------------------------------------------

static void dict_dealloc(WfValue self) {
    dict_clear_all(D(self));
    wf_object_free(self);
}

static WfValue dict_repr(WfValue self) {
    WfDict *d = D(self);
    if (d->used == 0) return wf_str_from_cstr("{}");
    int r = wf_repr_enter(self);
    if (r < 0) return WF_NULL;
    if (r > 0) return wf_str_from_cstr("{...}");
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append_char(&b, '{');
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry *ep = &d->entries[i];
        if (!ep->key) continue;
        WfValue k = wf_newref(ep->key), v = wf_newref(ep->value);
        if (!first) wf_strbuf_append(&b, ", ", 2);
        first = false;
        int rc = wf_strbuf_append_repr_of(&b, k);
        if (rc == 0) {
            wf_strbuf_append(&b, ": ", 2);
            rc = wf_strbuf_append_repr_of(&b, v);
        }
        wf_decref(k);
        wf_decref(v);
        if (rc < 0) goto error;
    }
    wf_strbuf_append_char(&b, '}');
    wf_repr_leave(self);
    return wf_strbuf_finish(&b);
error:
    wf_strbuf_free(&b);
    wf_repr_leave(self);
    return WF_NULL;
}

// a == b for two dicts: 1/0/-1.
static int dict_equal(WfDict *a, WfDict *b) {
    if (a->used != b->used) return 0;
    for (size_t i = 0; i < a->nentries; i++) {
        DictEntry *ep = &a->entries[i];
        if (!ep->key) continue;
        WfValue k = wf_newref(ep->key), av = wf_newref(ep->value);
        WfHash h = ep->hash;
        int64_t ix = dict_lookup(b, k, h);
        int r;
        if (ix < 0) {
            r = ix == -1 ? 0 : -1;
        } else {
            WfValue bv = wf_newref(b->entries[ix].value);
            r = av == bv ? 1 : wf_richcompare_bool(av, bv, WF_EQ);
            wf_decref(bv);
        }
        wf_decref(k);
        wf_decref(av);
        if (r <= 0) return r;
    }
    return 1;
}

static WfValue dict_richcompare(WfValue a, WfValue b, int op) {
    if (!wf_is_dict(a) || !wf_is_dict(b) || (op != WF_EQ && op != WF_NE))
        return wf_newref(WF_NOTIMPLEMENTED);
    int r = dict_equal(D(a), D(b));
    if (r < 0) return WF_NULL;
    return wf_bool(op == WF_EQ ? r : !r);
}

static intptr_t dict_len(WfValue self) { return (intptr_t)D(self)->used; }

static WfValue dict_getitem(WfValue self, WfValue key) {
    WfDict *d = D(self);
    WfHash h = key_hash(key);
    if (h == -1) return WF_NULL;
    int64_t ix = dict_lookup(d, key, h);
    if (ix >= 0) return wf_newref(d->entries[ix].value);
    if (ix == -2) return WF_NULL;
    if (self->type != &wf_dict_type) {
        WfValue missing = wf_type_lookup(self->type, WF_ID(__missing__));
        if (missing) {
            wf_incref(missing);
            WfValue r = wf_call2(missing, self, key);
            wf_decref(missing);
            return r;
        }
    }
    raise_key_error(key);
    return WF_NULL;
}

static int dict_setitem(WfValue self, WfValue key, WfValue value) {
    if (value) return wf_dict_set(self, key, value);
    return wf_dict_del(self, key);
}

static int dict_contains(WfValue self, WfValue key) {
    WfHash h = key_hash(key);
    if (h == -1) return -1;
    int64_t ix = dict_lookup(D(self), key, h);
    return ix == -2 ? -1 : ix >= 0;
}

static WfValue dict_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    return dict_alloc(type);
}

static int dict_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return update_common(self, args, nargs, kwnames, "dict");
}

static WfValue dict_or(WfValue a, WfValue b) {
    if (!wf_is_dict(a) || !wf_is_dict(b)) return wf_newref(WF_NOTIMPLEMENTED);
    WfValue r = wf_dict_copy(a);
    if (!r) return WF_NULL;
    if (wf_dict_merge(r, b, 1) < 0) {
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

static WfValue dict_ior(WfValue a, WfValue b) {
    if (!wf_is_dict(a)) return wf_newref(WF_NOTIMPLEMENTED);
    if (update_from_arg(a, b) < 0) return WF_NULL;
    return wf_newref(a);
}

// ---- iterators ------------------------------------------------------------------------------

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

typedef struct DictIter {
    WfObject ob;
    WfValue dict;        // owned; NULL once exhausted
    size_t pos;          // forward: next entry to look at; reverse: that index + 1
    size_t used;         // the dict's size when iteration began (SIZE_MAX after an error)
    size_t remaining;    // items still expected
    WfValue result;      // owned: a reusable 2-tuple for items, or NULL
} DictIter;

static WfType *const iter_types[2][3] = {
    {&wf_dict_keyiter_type, &wf_dict_valueiter_type, &wf_dict_itemiter_type},
    {&wf_dict_revkeyiter_type, &wf_dict_revvalueiter_type, &wf_dict_revitemiter_type},
};

static WfValue dictiter_new(WfValue dict, int kind, bool reverse) {
    DictIter *it = (DictIter *)wf_object_alloc(iter_types[reverse][kind], sizeof(DictIter));
    if (!it) return WF_NULL;
    it->dict = wf_newref(dict);
    it->pos = reverse ? D(dict)->nentries : 0;
    it->used = D(dict)->used;
    it->remaining = D(dict)->used;
    return (WfValue)it;
}

static void dictiter_dealloc(WfValue self) {
    DictIter *it = (DictIter *)self;
    wf_clear(&it->dict);
    wf_clear(&it->result);
    wf_object_free(self);
}

// Produces the (key, value) pair, reusing the cached tuple when nobody else holds it.
static WfValue make_item(DictIter *it, WfValue k, WfValue v) {
    WfValue t = it->result;
    if (t && t->refcnt == 1) {
        WfValue ok = WF_TUPLE_GET(t, 0), ov = WF_TUPLE_GET(t, 1);
        WF_TUPLE_SET_STEAL(t, 0, wf_newref(k));
        WF_TUPLE_SET_STEAL(t, 1, wf_newref(v));
        ((WfTuple *)t)->hash = -1;
        wf_decref(ok);
        wf_decref(ov);
        return wf_newref(t);
    }
    t = wf_tuple_pack(2, k, v);
    if (!t) return WF_NULL;
    wf_setref(&it->result, t);
    return t;
}

static WfValue dictiter_step(WfValue self, int kind, bool reverse) {
    DictIter *it = (DictIter *)self;
    WfDict *d = (WfDict *)it->dict;
    if (!d) return WF_NULL;
    if (d->used != it->used) {
        wf_err_set_str(wf_RuntimeError, "dictionary changed size during iteration");
        it->used = SIZE_MAX;
        return WF_NULL;
    }
    DictEntry *ep = NULL;
    if (reverse) {
        size_t i = it->pos < d->nentries ? it->pos : d->nentries;
        while (i > 0 && !d->entries[i - 1].key) i--;
        if (i > 0) {
            ep = &d->entries[i - 1];
            it->pos = i - 1;
        }
    } else {
        size_t i = it->pos;
        while (i < d->nentries && !d->entries[i].key) i++;
        if (i < d->nentries) {
            ep = &d->entries[i];
            it->pos = i + 1;
        }
    }
    if (!ep) {
        wf_clear(&it->dict);
        return WF_NULL;
    }
    if (it->remaining == 0) {
        wf_err_set_str(wf_RuntimeError, "dictionary keys changed during iteration");
        wf_clear(&it->dict);
        return WF_NULL;
    }
    it->remaining--;
    if (kind == KIND_KEYS) return wf_newref(ep->key);
    if (kind == KIND_VALUES) return wf_newref(ep->value);
    return make_item(it, ep->key, ep->value);
}

static WfValue keyiter_next(WfValue self) { return dictiter_step(self, KIND_KEYS, false); }
static WfValue valueiter_next(WfValue self) { return dictiter_step(self, KIND_VALUES, false); }
static WfValue itemiter_next(WfValue self) { return dictiter_step(self, KIND_ITEMS, false); }
static WfValue revkeyiter_next(WfValue self) { return dictiter_step(self, KIND_KEYS, true); }
static WfValue revvalueiter_next(WfValue self) { return dictiter_step(self, KIND_VALUES, true); }
static WfValue revitemiter_next(WfValue self) { return dictiter_step(self, KIND_ITEMS, true); }

static WfValue dictiter_length_hint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    DictIter *it = (DictIter *)self;
    size_t n = it->dict && D(it->dict)->used == it->used ? it->remaining : 0;
    return wf_int_from_u64(n);
}

static WfValue iter_self(WfValue self) { return wf_newref(self); }

static const WfMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(cname, pyname, nextfn)                                       \
    WfType cname = {                                                                \
        .ob = WF_STATIC_TYPE_HEAD,                                                  \
        .name = pyname,                                                             \
        .basicsize = sizeof(DictIter),                                              \
        .dealloc = dictiter_dealloc,                                                \
        .iter = iter_self,                                                          \
        .iternext = nextfn,                                                         \
        .methods = dictiter_methods,                                                \
    };
DICT_ITER_TYPE(wf_dict_keyiter_type, "dict_keyiterator", keyiter_next)
DICT_ITER_TYPE(wf_dict_valueiter_type, "dict_valueiterator", valueiter_next)
DICT_ITER_TYPE(wf_dict_itemiter_type, "dict_itemiterator", itemiter_next)
DICT_ITER_TYPE(wf_dict_revkeyiter_type, "dict_reversekeyiterator", revkeyiter_next)
DICT_ITER_TYPE(wf_dict_revvalueiter_type, "dict_reversevalueiterator", revvalueiter_next)
DICT_ITER_TYPE(wf_dict_revitemiter_type, "dict_reverseitemiterator", revitemiter_next)

static WfValue dict_iter(WfValue self) { return dictiter_new(self, KIND_KEYS, false); }

// ---- views ------------------------------------------------------------------------------------

typedef struct DictView {
    WfObject ob;
    WfValue dict;   // owned
} DictView;

static WfValue view_new(WfValue dict, WfType *type) {
    DictView *v = (DictView *)wf_object_alloc(type, sizeof(DictView));
    if (!v) return WF_NULL;
    v->dict = wf_newref(dict);
    return (WfValue)v;
}

WfValue wf_dict_keys(WfValue dict) { return view_new(dict, &wf_dict_keys_type); }
WfValue wf_dict_values(WfValue dict) { return view_new(dict, &wf_dict_values_type); }
WfValue wf_dict_items(WfValue dict) { return view_new(dict, &wf_dict_items_type); }

static void view_dealloc(WfValue self) {
    wf_clear(&((DictView *)self)->dict);
    wf_object_free(self);
}

#define VDICT(v) (((DictView *)(v))->dict)

static intptr_t view_len(WfValue self) { return (intptr_t)D(VDICT(self))->used; }

static bool is_setview(WfValue v) {
    return !WF_IS_SMALLINT(v) && (v->type == &wf_dict_keys_type || v->type == &wf_dict_items_type);
}

static WfValue view_repr(WfValue self) {
    int r = wf_repr_enter(self);
    if (r < 0) return WF_NULL;
    if (r > 0) return wf_str_from_cstr("...");
    WfValue seq = wf_list_from_iterable(self);
    WfValue res = WF_NULL;
    if (seq) {
        WfValue inner = wf_repr(seq);
        if (inner) {
            res = wf_str_from_format("%s(%s)", self->type->name, wf_str_cstr(inner));
            wf_decref(inner);
        }
        wf_decref(seq);
    }
    wf_repr_leave(self);
    return res;
}

static WfValue keys_iter(WfValue self) { return dictiter_new(VDICT(self), KIND_KEYS, false); }
static WfValue values_iter(WfValue self) { return dictiter_new(VDICT(self), KIND_VALUES, false); }
static WfValue items_iter(WfValue self) { return dictiter_new(VDICT(self), KIND_ITEMS, false); }

static int keys_contains(WfValue self, WfValue key) { return dict_contains(VDICT(self), key); }

static int items_contains(WfValue self, WfValue item) {
    if (!wf_is_tuple(item) || WF_TUPLE_LEN(item) != 2) return 0;
    WfValue found;
    int r = wf_dict_get_ref(VDICT(self), WF_TUPLE_GET(item, 0), &found);
    if (r <= 0) return r;
    WfValue want = WF_TUPLE_GET(item, 1);
    r = found == want ? 1 : wf_richcompare_bool(found, want, WF_EQ);
    wf_decref(found);
    return r;
}

// Every element of [a] is in [b]: 1/0/-1.
static int all_contained_in(WfValue a, WfValue b) {
    WfValue it = wf_iter(a);
    if (!it) return -1;
    int ok = 1;
    for (;;) {
        WfValue x;
        int r = wf_iter_next_ref(it, &x);
        if (r < 0) {
            ok = -1;
            break;
        }
        if (r == 0) break;
        ok = wf_contains(b, x);
        wf_decref(x);
        if (ok <= 0) break;
    }
    wf_decref(it);
    return ok;
}

static WfValue view_richcompare(WfValue a, WfValue b, int op) {
    if (!is_setview(a) || (!wf_is_anyset(b) && !is_setview(b))) return wf_newref(WF_NOTIMPLEMENTED);
    intptr_t la = view_len(a), lb = wf_len(b);
    if (lb < 0) return WF_NULL;
    int ok;
    switch (op) {
    case WF_EQ:
    case WF_NE:
        ok = la == lb ? all_contained_in(a, b) : 0;
        if (ok >= 0 && op == WF_NE) ok = !ok;
        break;
    case WF_LT: ok = la < lb ? all_contained_in(a, b) : 0; break;
    case WF_LE: ok = la <= lb ? all_contained_in(a, b) : 0; break;
    case WF_GT: ok = la > lb ? all_contained_in(b, a) : 0; break;
    default: ok = la >= lb ? all_contained_in(b, a) : 0; break;
    }
    if (ok < 0) return WF_NULL;
    return wf_bool(ok);
}

// set(view) with the fast path for keys views of exact dicts.
static WfValue view_to_set(WfValue v) {
    if (!WF_IS_SMALLINT(v) && v->type == &wf_dict_keys_type && VDICT(v)->type == &wf_dict_type)
        return wf_set_new(VDICT(v));
    return wf_set_new(v);
}

static WfValue view_sub(WfValue a, WfValue b) {
    WfValue r = view_to_set(a);
    if (!r) return WF_NULL;
    if (wf_set_difference_update_internal(r, b) < 0) {
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

static WfValue view_or(WfValue a, WfValue b) {
    WfValue r = view_to_set(a);
    if (!r) return WF_NULL;
    if (wf_set_update_internal(r, b) < 0) {
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

// dict_items ^ dict_items keeps only pairs whose values differ.
static WfValue items_xor(WfValue a, WfValue b) {
    WfValue tmp = wf_dict_copy(VDICT(a));
    WfValue result = wf_set_new(WF_NULL);
    WfValue it = WF_NULL;
    if (!tmp || !result) goto error;
    it = wf_iter(b);
    if (!it) goto error;
    for (;;) {
        WfValue item;
        int r = wf_iter_next_ref(it, &item);
        if (r < 0) goto error;
        if (r == 0) break;
        WfValue key = WF_TUPLE_GET(item, 0), v2 = WF_TUPLE_GET(item, 1);
        WfValue v1;
        r = wf_dict_get_ref(tmp, key, &v1);
        int del = 0;
        if (r > 0) {
            del = wf_richcompare_bool(v1, v2, WF_EQ);
            wf_decref(v1);
        }
        if (r < 0 || del < 0) {
            wf_decref(item);
            goto error;
        }
        r = del ? wf_dict_del(tmp, key) : wf_set_add(result, item);
        wf_decref(item);
        if (r < 0) goto error;
    }
    wf_clear(&it);
    for (size_t i = 0; i < D(tmp)->nentries; i++) {
        DictEntry *ep = &D(tmp)->entries[i];
        if (!ep->key) continue;
        WfValue pair = wf_tuple_pack(2, ep->key, ep->value);
        if (!pair) goto error;
        int r = wf_set_add(result, pair);
        wf_decref(pair);
        if (r < 0) goto error;
    }
    wf_decref(tmp);
    return result;
error:
    wf_xdecref(it);
    wf_xdecref(tmp);
    wf_xdecref(result);
    return WF_NULL;
}

static WfValue view_xor(WfValue a, WfValue b) {
    if (!WF_IS_SMALLINT(a) && !WF_IS_SMALLINT(b) && a->type == &wf_dict_items_type &&
        b->type == &wf_dict_items_type)
        return items_xor(a, b);
    WfValue r = view_to_set(a);
    if (!r) return WF_NULL;
    if (wf_set_symmetric_difference_update_internal(r, b) < 0) {
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

static WfValue view_and(WfValue a, WfValue b) {
    if (!is_setview(a)) {
        WfValue t = a;
        a = b;
        b = t;
    }
    intptr_t la = view_len(a);
    if (!WF_IS_SMALLINT(b) && b->type == &wf_set_type && (size_t)la <= wf_set_len(b))
        return wf_call_method(b, "intersection", &a, 1);
    if (is_setview(b) && view_len(b) > la) {
        WfValue t = a;
        a = b;
        b = t;
    }
    WfValue result = wf_set_new(WF_NULL);
    if (!result) return WF_NULL;
    WfValue it = wf_iter(b);
    if (!it) goto error;
    int (*contains)(WfValue, WfValue) = a->type == &wf_dict_keys_type ? keys_contains : items_contains;
    for (;;) {
        WfValue x;
        int r = wf_iter_next_ref(it, &x);
        if (r < 0) goto error;
        if (r == 0) break;
        r = contains(a, x);
        if (r > 0) r = wf_set_add(result, x);
        wf_decref(x);
        if (r < 0) goto error;
    }
    wf_decref(it);
    return result;
error:
    wf_xdecref(it);
    wf_decref(result);
    return WF_NULL;
}

static WfValue view_isdisjoint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("isdisjoint", kwnames) < 0 || wf_args_count(self->type == &wf_dict_keys_type ? "dict_keys.isdisjoint" : "dict_items.isdisjoint", nargs, 1, 1) < 0) return WF_NULL;
    WfValue a = self, b = args[0];
    if (a == b) return wf_bool(view_len(a) == 0);
    if (wf_is_anyset(b) || is_setview(b)) {
        intptr_t lb = wf_len(b);
        if (lb < 0) return WF_NULL;
        if (lb > view_len(a)) {
            WfValue t = a;
            a = b;
            b = t;
        }
    }
    WfValue it = wf_iter(b);
    if (!it) return WF_NULL;
    for (;;) {
        WfValue x;
        int r = wf_iter_next_ref(it, &x);
        if (r < 0) break;
        if (r == 0) {
            wf_decref(it);
            return WF_TRUE;
        }
        r = wf_contains(a, x);
        wf_decref(x);
        if (r < 0) break;
        if (r) {
            wf_decref(it);
            return WF_FALSE;
        }
    }
    wf_decref(it);
    return WF_NULL;
}

static WfValue keys_reversed(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return dictiter_new(VDICT(self), KIND_KEYS, true);
}
static WfValue values_reversed(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return dictiter_new(VDICT(self), KIND_VALUES, true);
}
static WfValue items_reversed(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return dictiter_new(VDICT(self), KIND_ITEMS, true);
}

static const WfMethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", keys_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const WfMethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", items_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const WfMethodDef values_methods[] = {
    {"__reversed__", values_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfValue view_mapping(WfValue self) { return wf_newref(VDICT(self)); }
static const WfGetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

WfType wf_dict_keys_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "dict_keys",
    .basicsize = sizeof(DictView),
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = keys_iter,
    .nb = {
        [WF_BINOP_SUB] = view_sub, [WF_BINOP_AND] = view_and,
        [WF_BINOP_OR] = view_or, [WF_BINOP_XOR] = view_xor,
    },
    .len = view_len,
    .contains = keys_contains,
    .methods = keys_methods,
    .getsets = view_getsets,
};

WfType wf_dict_items_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "dict_items",
    .basicsize = sizeof(DictView),
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = items_iter,
    .nb = {
        [WF_BINOP_SUB] = view_sub, [WF_BINOP_AND] = view_and,
        [WF_BINOP_OR] = view_or, [WF_BINOP_XOR] = view_xor,
    },
    .len = view_len,
    .contains = items_contains,
    .methods = items_methods,
    .getsets = view_getsets,
};

WfType wf_dict_values_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "dict_values",
    .basicsize = sizeof(DictView),
    .dealloc = view_dealloc,
    .repr = view_repr,
    .iter = values_iter,
    .len = view_len,
    .methods = values_methods,
    .getsets = view_getsets,
};

// ---- methods -----------------------------------------------------------------------------------

static int no_args(const char *fname, size_t nargs, WfValue kwnames) {
    if (kwnames && WF_TUPLE_LEN(kwnames) > 0) {
        wf_err_format(wf_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 0) {
        wf_err_format(wf_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

// "get expected at least 1 argument, got 0" / "... at most 2 arguments, got 3".
static int count_range(const char *fname, size_t nargs, WfValue kwnames, size_t min, size_t max) {
    if (kwnames && WF_TUPLE_LEN(kwnames) > 0) {
        wf_err_format(wf_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs < min) {
        wf_err_format(wf_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                      min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        wf_err_format(wf_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                      max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static WfValue dict_m_keys(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("dict.keys", nargs, kwnames) < 0) return WF_NULL;
    return wf_dict_keys(self);
}
static WfValue dict_m_values(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("dict.values", nargs, kwnames) < 0) return WF_NULL;
    return wf_dict_values(self);
}
static WfValue dict_m_items(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("dict.items", nargs, kwnames) < 0) return WF_NULL;
    return wf_dict_items(self);
}

static WfValue dict_m_get(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (count_range("get", nargs, kwnames, 1, 2) < 0) return WF_NULL;
    WfValue v;
    int r = wf_dict_get_ref(self, args[0], &v);
    if (r < 0) return WF_NULL;
    if (r) return v;
    return wf_newref(nargs > 1 ? args[1] : WF_NONE);
}

static WfValue dict_m_setdefault(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (count_range("setdefault", nargs, kwnames, 1, 2) < 0) return WF_NULL;
    WfDict *d = D(self);
    WfValue key = args[0], dflt = nargs > 1 ? args[1] : WF_NONE;
    WfHash h = key_hash(key);
    if (h == -1) return WF_NULL;
    int64_t ix = dict_lookup(d, key, h);
    if (ix == -2) return WF_NULL;
    if (ix >= 0) return wf_newref(d->entries[ix].value);
    wf_incref(dflt);
    if (insert_new(d, key, h, dflt) < 0) return WF_NULL;
    return wf_newref(dflt);
}

static WfValue dict_m_pop(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (count_range("pop", nargs, kwnames, 1, 2) < 0) return WF_NULL;
    WfDict *d = D(self);
    if (d->used == 0) goto absent;   // CPython answers before hashing the key
    WfHash h = key_hash(args[0]);
    if (h == -1) return WF_NULL;
    int64_t ix = dict_lookup(d, args[0], h);
    if (ix == -2) return WF_NULL;
    if (ix == -1) {
    absent:
        if (nargs > 1) return wf_newref(args[1]);
        raise_key_error(args[0]);
        return WF_NULL;
    }
    WfValue v = wf_newref(d->entries[ix].value);
    delete_entry(d, ix);
    return v;
}

static WfValue dict_m_popitem(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("dict.popitem", nargs, kwnames) < 0) return WF_NULL;
    WfDict *d = D(self);
    if (d->used == 0) {
        wf_err_set_str(wf_KeyError, "popitem(): dictionary is empty");
        return WF_NULL;
    }
    size_t i = d->nentries;
    while (i > 0 && !d->entries[i - 1].key) i--;
    DictEntry *ep = &d->entries[i - 1];
    WfValue pair = wf_tuple_pack(2, ep->key, ep->value);
    if (!pair) return WF_NULL;
    delete_entry(d, (int64_t)(i - 1));
    d->nentries = i - 1;
    return pair;
}

static WfValue dict_m_update(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (update_common(self, args, nargs, kwnames, "update") < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue dict_m_clear(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("dict.clear", nargs, kwnames) < 0) return WF_NULL;
    dict_clear_all(D(self));
    return WF_NONE;
}

static WfValue dict_m_copy(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("dict.copy", nargs, kwnames) < 0) return WF_NULL;
    return wf_dict_copy(self);
}

static WfValue dict_m_fromkeys(WfValue cls, WfValue *args, size_t nargs, WfValue kwnames) {
    if (count_range("fromkeys", nargs, kwnames, 1, 2) < 0) return WF_NULL;
    WfValue value = nargs > 1 ? args[1] : WF_NONE;
    WfValue d = wf_call0(cls);
    if (!d) return WF_NULL;
    bool exact = !WF_IS_SMALLINT(d) && d->type == &wf_dict_type;
    WfValue it = wf_iter(args[0]);
    if (!it) goto error;
    for (;;) {
        WfValue k;
        int r = wf_iter_next_ref(it, &k);
        if (r < 0) goto error;
        if (r == 0) break;
        r = exact ? wf_dict_set(d, k, value) : wf_setitem(d, k, value);
        wf_decref(k);
        if (r < 0) goto error;
    }
    wf_decref(it);
    return d;
error:
    wf_xdecref(it);
    wf_decref(d);
    return WF_NULL;
}

static WfValue dict_m_reversed(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("dict.__reversed__", nargs, kwnames) < 0) return WF_NULL;
    return dictiter_new(self, KIND_KEYS, true);
}




static const WfMethodDef dict_methods[] = {
    {"keys", dict_m_keys, 0, NULL},
    {"values", dict_m_values, 0, NULL},
    {"items", dict_m_items, 0, NULL},
    {"get", dict_m_get, 0, NULL},
    {"setdefault", dict_m_setdefault, 0, NULL},
    {"pop", dict_m_pop, 0, NULL},
    {"popitem", dict_m_popitem, 0, NULL},
    {"update", dict_m_update, 0, NULL},
    {"clear", dict_m_clear, 0, NULL},
    {"copy", dict_m_copy, 0, NULL},
    {"fromkeys", dict_m_fromkeys, WF_METH_CLASS, NULL},
    {"__reversed__", dict_m_reversed, 0, NULL},
    {"__class_getitem__", wf_generic_class_getitem, WF_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_dict_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "dict",
    .basicsize = sizeof(WfDict),
    .flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_DICT_SUBCLASS,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .new_ = dict_new,
    .init = dict_init,
    .nb = {
        [WF_BINOP_OR] = dict_or,
        [WF_BINOP_INPLACE + WF_BINOP_OR] = dict_ior,
    },
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .methods = dict_methods,
};
