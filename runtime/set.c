// set.c — set and frozenset: open-addressing hash tables of keys that
// follow CPython's probing, resizing and merge rules step for step, so that
// iteration order (and therefore repr and pop) matches CPython for the same
// operations on ints.
// Invariants: an entry is unused (key NULL, hash 0), a dummy (key DUMMY,
// hash -1) or active; fill = active + dummies < mask + 1; tables start with
// 8 slots inline. A lookup that runs __eq__ restarts if the table changed.
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

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct SetEntry {
    WfValue key;      // owned when active; NULL unused; DUMMY deleted
    WfHash hash;
} SetEntry;

typedef struct WfSet {
    WfObject ob;
    size_t fill;          // active + dummy entries
    size_t used;          // active entries
    size_t mask;          // table size - 1
    SetEntry *table;      // owned (malloc) unless it points at smalltable
    WfHash hash;          // frozenset: cached hash or -1
    size_t finger;        // where pop() resumes its search
    SetEntry smalltable[SET_MINSIZE];
} WfSet;

#define S(v) ((WfSet *)(v))

static WfObject dummy_obj;   // only its address is used
#define DUMMY ((WfValue)&dummy_obj)

static inline bool is_active(const SetEntry *e) { return e->key != WF_NULL && e->key != DUMMY; }

static inline bool is_set_exact_or_sub(WfValue v) {
    return !WF_IS_SMALLINT(v) && wf_type_is_subtype(v->type, &wf_set_type);
}

static inline WfHash key_hash(WfValue key) {
    if (WF_IS_SMALLINT(key)) return wf_smallint_hash(WF_SMALLINT_VAL(key));
    if (key->type == &wf_str_type) {
        WfHash h = ((WfStr *)key)->hash;
        return h != -1 ? h : wf_str_hash(key);
    }
    return wf_hash(key);
}

static inline int fast_key_eq(WfValue a, WfValue b) {
    bool sa = WF_IS_SMALLINT(a), sb = WF_IS_SMALLINT(b);
    if (sa && sb) return 0;
    bool stra = !sa && a->type == &wf_str_type, strb = !sb && b->type == &wf_str_type;
    if (stra && strb)
        return WF_STR_LEN(a) == WF_STR_LEN(b) && memcmp(WF_STR_DATA(a), WF_STR_DATA(b), WF_STR_LEN(a)) == 0;
    if ((stra && sb) || (sa && strb)) return 0;
    return -1;
}

static void set_init_empty(WfSet *so) {
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->table = so->smalltable;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    so->finger = 0;
}

// ---- probing ---------------------------------------------------------------------------

// The entry holding [key], or the unused entry ending its probe path.
// NULL on error. May run Weft code (__eq__).
static SetEntry *set_lookkey(WfSet *so, WfValue key, WfHash hash) {
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == WF_NULL) return entry;
            if (entry->hash == hash) {
                WfValue sk = entry->key;
                if (sk == key) return entry;
                int eq = fast_key_eq(sk, key);
                if (eq > 0) return entry;
                if (eq < 0) {
                    SetEntry *table = so->table;
                    wf_incref(sk);
                    eq = wf_richcompare_bool(sk, key, WF_EQ);
                    wf_decref(sk);
                    if (eq < 0) return NULL;
                    if (table != so->table || entry->key != sk) goto restart;
                    if (eq > 0) return entry;
                    mask = so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Places [key] (already owned by the table) in the first unused slot of its
// path. The table has no dummies on that path's consideration. Never runs code.
static void set_insert_clean(SetEntry *table, size_t mask, WfValue key, WfHash hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == WF_NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == WF_NULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

// Rebuilds the table with more than [minused] slots. 0 ok, -1 MemoryError.
static int set_table_resize(WfSet *so, size_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        newsize <<= 1;
        if (newsize > ((size_t)1 << 58)) {
            wf_err_no_memory();
            return -1;
        }
    }
    SetEntry *oldtable = so->table;
    size_t oldmask = so->mask;
    bool old_malloced = oldtable != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = malloc(newsize * sizeof(SetEntry));
        if (!newtable) {
            wf_err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->table = newtable;
    so->mask = newsize - 1;
    for (size_t i = 0; i <= oldmask; i++)
        if (is_active(&oldtable[i])) set_insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
    so->fill = so->used;
    if (old_malloced) free(oldtable);
    return 0;
}

// Adds [key] with [hash] (increfs it when stored). 0 ok, -1 error.
// May run Weft code (__eq__).
static int set_add_entry(WfSet *so, WfValue key, WfHash hash) {
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL;
    SetEntry *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == WF_NULL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                WfValue sk = entry->key;
                if (sk == key) return 0;
                int eq = fast_key_eq(sk, key);
                if (eq > 0) return 0;
                if (eq < 0) {
                    SetEntry *table = so->table;
                    wf_incref(sk);
                    eq = wf_richcompare_bool(sk, key, WF_EQ);
                    wf_decref(sk);
                    if (eq < 0) return -1;
                    if (table != so->table || entry->key != sk) goto restart;
                    if (eq > 0) return 0;
                    mask = so->mask;
                }
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    wf_incref(key);
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (so->fill * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static int set_add_key(WfSet *so, WfValue key) {
    WfHash h = key_hash(key);
    if (h == -1) return -1;
    return set_add_entry(so, key, h);
}

// 1 found, 0 absent, -1 error.
static int set_contains_entry(WfSet *so, WfValue key, WfHash hash) {
    SetEntry *e = set_lookkey(so, key, hash);
    if (!e) return -1;
    return e->key != WF_NULL;
}

static int set_contains_key(WfSet *so, WfValue key) {
    WfHash h = key_hash(key);
    if (h == -1) return -1;
    return set_contains_entry(so, key, h);
}

// 1 removed, 0 absent, -1 error.
static int set_discard_entry(WfSet *so, WfValue key, WfHash hash) {
    SetEntry *e = set_lookkey(so, key, hash);
    if (!e) return -1;
    if (e->key == WF_NULL) return 0;
    WfValue old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    wf_decref(old);
    return 1;
}

static int set_discard_key(WfSet *so, WfValue key) {
    WfHash h = key_hash(key);
    if (h == -1) return -1;
    return set_discard_entry(so, key, h);
}

// Empties the set; decrefs after the set is consistent.
static void set_clear_internal(WfSet *so) {
    SetEntry *table = so->table;
    size_t n = so->mask + 1;
    bool malloced = table != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (!malloced) {
        if (so->fill == 0) return;
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    set_init_empty(so);
    for (size_t i = 0; i < n; i++)
        if (is_active(&table[i])) wf_decref(table[i].key);
    if (malloced) free(table);
}

// Iteration helper over the table: next active entry at or after *pos.
static SetEntry *set_next_entry(WfSet *so, size_t *pos) {
    for (size_t i = *pos; i <= so->mask; i++) {
        if (is_active(&so->table[i])) {
            *pos = i + 1;
            return &so->table[i];
        }
    }
    *pos = so->mask + 1;
    return NULL;
}

// ---- bulk operations ----------------------------------------------------------------------

static int set_merge(WfSet *so, WfSet *other) {
    if (so == other || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        set_table_resize(so, (so->used + other->used) * 2) < 0)
        return -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            WfValue k = other->table[i].key;
            if (k) {
                wf_incref(k);
                so->table[i] = other->table[i];
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++) {
            SetEntry *e = &other->table[i];
            if (!is_active(e)) continue;
            wf_incref(e->key);
            set_insert_clean(so->table, so->mask, e->key, e->hash);
        }
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        SetEntry *e = &other->table[i];
        if (!is_active(e)) continue;
        WfValue k = wf_newref(e->key);
        int r = set_add_entry(so, k, e->hash);
        wf_decref(k);
        if (r < 0) return -1;
    }
    return 0;
}

static int set_update_internal(WfSet *so, WfValue other) {
    if (wf_is_anyset(other)) return set_merge(so, S(other));
    if (!WF_IS_SMALLINT(other) && other->type == &wf_dict_type) {
        size_t dictsize = wf_dict_len(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3 && set_table_resize(so, (so->used + dictsize) * 2) < 0)
            return -1;
        size_t pos = 0;
        WfValue k;
        WfHash h;
        while (wf_dict_next_hash(other, &pos, &k, NULL, &h)) {
            wf_incref(k);
            int r = set_add_entry(so, k, h);
            wf_decref(k);
            if (r < 0) return -1;
        }
        return 0;
    }
    WfValue it = wf_iter(other);
    if (!it) return -1;
    for (;;) {
        WfValue k;
        int r = wf_iter_next_ref(it, &k);
        if (r < 0) goto error;
        if (r == 0) break;
        r = set_add_key(so, k);
        wf_decref(k);
        if (r < 0) goto error;
    }
    wf_decref(it);
    return 0;
error:
    wf_decref(it);
    return -1;
}

// A new set of [type] filled from [iterable] (NULL: empty). Returns a new reference.
static WfValue make_new_set(WfType *type, WfValue iterable) {
    WfValue v = wf_object_alloc(type, type->basicsize < sizeof(WfSet) ? sizeof(WfSet) : type->basicsize);
    if (!v) return WF_NULL;
    set_init_empty(S(v));
    if (iterable && set_update_internal(S(v), iterable) < 0) {
        wf_decref(v);
        return WF_NULL;
    }
    return v;
}

// Results of operations are plain set or frozenset, never a subclass.
static WfValue make_new_set_basetype(WfType *type, WfValue iterable) {
    if (type != &wf_set_type && type != &wf_frozenset_type)
        type = wf_type_is_subtype(type, &wf_set_type) ? &wf_set_type : &wf_frozenset_type;
    return make_new_set(type, iterable);
}

static WfValue set_copy(WfValue so) { return make_new_set_basetype(so->type, so); }

// Moves [src]'s contents into [dst] (whose old contents are dropped), leaving src empty.
static void set_take_body(WfSet *dst, WfSet *src) {
    SetEntry *old = dst->table;
    size_t oldn = dst->mask + 1;
    bool old_malloced = old != dst->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (!old_malloced) {
        memcpy(small_copy, old, sizeof(small_copy));
        old = small_copy;
    }
    if (src->table == src->smalltable) {
        memcpy(dst->smalltable, src->smalltable, sizeof(dst->smalltable));
        dst->table = dst->smalltable;
    } else {
        dst->table = src->table;
    }
    dst->mask = src->mask;
    dst->fill = src->fill;
    dst->used = src->used;
    dst->hash = -1;
    set_init_empty(src);
    for (size_t i = 0; i < oldn; i++)
        if (is_active(&old[i])) wf_decref(old[i].key);
    if (old_malloced) free(old);
}

static WfValue set_intersection(WfValue so_v, WfValue other) {
    if (so_v == other) return set_copy(so_v);
    WfValue result = make_new_set_basetype(so_v->type, WF_NULL);
    if (!result) return WF_NULL;
    WfSet *so = S(so_v);
    if (wf_is_anyset(other)) {
        WfSet *o = S(other);
        if (o->used > so->used) {
            WfSet *t = so;
            so = o;
            o = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while ((e = set_next_entry(o, &pos))) {
            WfValue k = wf_newref(e->key);
            WfHash h = e->hash;
            int r = set_contains_entry(so, k, h);
            if (r > 0) r = set_add_entry(S(result), k, h);
            wf_decref(k);
            if (r < 0) goto error;
        }
        return result;
    }
    WfValue it = wf_iter(other);
    if (!it) goto error;
    for (;;) {
        WfValue k;
        int r = wf_iter_next_ref(it, &k);
        if (r < 0) break;
        if (r == 0) {
            wf_decref(it);
            return result;
        }
        WfHash h = key_hash(k);
        r = h == -1 ? -1 : set_contains_entry(so, k, h);
        if (r > 0) r = set_add_entry(S(result), k, h);
        wf_decref(k);
        if (r < 0) break;
    }
    wf_decref(it);
error:
    wf_decref(result);
    return WF_NULL;
}

static int set_difference_update_internal(WfSet *so, WfValue other) {
    if ((WfValue)so == other) {
        set_clear_internal(so);
        return 0;
    }
    if (wf_is_anyset(other)) {
        size_t pos = 0;
        SetEntry *e;
        while ((e = set_next_entry(S(other), &pos))) {
            WfValue k = wf_newref(e->key);
            int r = set_discard_entry(so, k, e->hash);
            wf_decref(k);
            if (r < 0) return -1;
        }
    } else {
        WfValue it = wf_iter(other);
        if (!it) return -1;
        for (;;) {
            WfValue k;
            int r = wf_iter_next_ref(it, &k);
            if (r < 0) {
                wf_decref(it);
                return -1;
            }
            if (r == 0) break;
            r = set_discard_key(so, k);
            wf_decref(k);
            if (r < 0) {
                wf_decref(it);
                return -1;
            }
        }
        wf_decref(it);
    }
    if (so->fill - so->used <= so->mask / 4) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static WfValue set_copy_and_difference(WfValue so, WfValue other) {
    WfValue r = set_copy(so);
    if (!r) return WF_NULL;
    if (set_difference_update_internal(S(r), other) < 0) {
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

static WfValue set_difference(WfValue so_v, WfValue other) {
    size_t other_size;
    bool is_dict = !WF_IS_SMALLINT(other) && other->type == &wf_dict_type;
    if (wf_is_anyset(other)) other_size = S(other)->used;
    else if (is_dict) other_size = wf_dict_len(other);
    else return set_copy_and_difference(so_v, other);
    WfSet *so = S(so_v);
    if ((so->used >> 2) > other_size) return set_copy_and_difference(so_v, other);
    WfValue result = make_new_set_basetype(so_v->type, WF_NULL);
    if (!result) return WF_NULL;
    size_t pos = 0;
    SetEntry *e;
    while ((e = set_next_entry(so, &pos))) {
        WfValue k = wf_newref(e->key);
        WfHash h = e->hash;
        int r;
        if (is_dict) {
            WfValue v;
            r = wf_dict_get_known_hash_ref(other, k, h, &v);
            if (r > 0) wf_decref(v);
        } else {
            r = set_contains_entry(S(other), k, h);
        }
        if (r == 0) r = set_add_entry(S(result), k, h);
        wf_decref(k);
        if (r < 0) {
            wf_decref(result);
            return WF_NULL;
        }
    }
    return result;
}

// Toggles each key of [other] (given with hashes) in [so].
static int toggle_from_set(WfSet *so, WfSet *other) {
    size_t pos = 0;
    SetEntry *e;
    while ((e = set_next_entry(other, &pos))) {
        WfValue k = wf_newref(e->key);
        WfHash h = e->hash;
        int r = set_discard_entry(so, k, h);
        if (r == 0) r = set_add_entry(so, k, h);
        wf_decref(k);
        if (r < 0) return -1;
    }
    return 0;
}

static int set_symmetric_difference_update_internal(WfSet *so, WfValue other) {
    if ((WfValue)so == other) {
        set_clear_internal(so);
        return 0;
    }
    if (!WF_IS_SMALLINT(other) && other->type == &wf_dict_type) {
        size_t pos = 0;
        WfValue k;
        WfHash h;
        while (wf_dict_next_hash(other, &pos, &k, NULL, &h)) {
            wf_incref(k);
            int r = set_discard_entry(so, k, h);
            if (r == 0) r = set_add_entry(so, k, h);
            wf_decref(k);
            if (r < 0) return -1;
        }
        return 0;
    }
    if (wf_is_anyset(other)) return toggle_from_set(so, S(other));
    WfValue tmp = make_new_set_basetype(((WfValue)so)->type, other);
    if (!tmp) return -1;
    int r = toggle_from_set(so, S(tmp));
    wf_decref(tmp);
    return r;
}

static WfValue set_symmetric_difference(WfValue so, WfValue other) {
    WfValue r = make_new_set_basetype(so->type, other);
    if (!r) return WF_NULL;
    if (set_symmetric_difference_update_internal(S(r), so) < 0) {
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

// so <= other (other any iterable). 1/0/-1.
static int set_issubset(WfValue so, WfValue other) {
    if (!wf_is_anyset(other)) {
        WfValue tmp = make_new_set(&wf_set_type, other);
        if (!tmp) return -1;
        int r = set_issubset(so, tmp);
        wf_decref(tmp);
        return r;
    }
    if (S(so)->used > S(other)->used) return 0;
    size_t pos = 0;
    SetEntry *e;
    while ((e = set_next_entry(S(so), &pos))) {
        WfValue k = wf_newref(e->key);
        int r = set_contains_entry(S(other), k, e->hash);
        wf_decref(k);
        if (r <= 0) return r;
    }
    return 1;
}

static int set_issuperset(WfValue so, WfValue other) {
    if (wf_is_anyset(other)) return set_issubset(other, so);
    WfValue it = wf_iter(other);
    if (!it) return -1;
    for (;;) {
        WfValue k;
        int r = wf_iter_next_ref(it, &k);
        if (r < 0) break;
        if (r == 0) {
            wf_decref(it);
            return 1;
        }
        r = set_contains_key(S(so), k);
        wf_decref(k);
        if (r <= 0) {
            wf_decref(it);
            return r;
        }
    }
    wf_decref(it);
    return -1;
}

static int set_isdisjoint(WfValue so, WfValue other) {
    if (so == other) return S(so)->used == 0;
    if (wf_is_anyset(other)) {
        WfValue a = so, b = other;
        if (S(b)->used > S(a)->used) {
            WfValue t = a;
            a = b;
            b = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while ((e = set_next_entry(S(b), &pos))) {
            WfValue k = wf_newref(e->key);
            int r = set_contains_entry(S(a), k, e->hash);
            wf_decref(k);
            if (r != 0) return r < 0 ? -1 : 0;
        }
        return 1;
    }
    WfValue it = wf_iter(other);
    if (!it) return -1;
    for (;;) {
        WfValue k;
        int r = wf_iter_next_ref(it, &k);
        if (r < 0) break;
        if (r == 0) {
            wf_decref(it);
            return 1;
        }
        r = set_contains_key(S(so), k);
        wf_decref(k);
        if (r != 0) {
            wf_decref(it);
            return r < 0 ? -1 : 0;
        }
    }
    wf_decref(it);
    return -1;
}

// ---- public API ----------------------------------------------------------------------------

WfValue wf_set_new(WfValue iterable) { return make_new_set(&wf_set_type, iterable); }
WfValue wf_frozenset_new(WfValue iterable) { return make_new_set(&wf_frozenset_type, iterable); }
int wf_set_add(WfValue set, WfValue key) { return set_add_key(S(set), key); }
int wf_set_contains(WfValue set, WfValue key) { return set_contains_key(S(set), key); }
int wf_set_discard(WfValue set, WfValue key) { return set_discard_key(S(set), key); }
size_t wf_set_len(WfValue set) { return S(set)->used; }

int wf_set_next(WfValue set, size_t *pos, WfValue *key) {
    SetEntry *e = set_next_entry(S(set), pos);
    if (!e) return 0;
    if (key) *key = e->key;
    return 1;
}

int wf_set_update_internal(WfValue set, WfValue other) { return set_update_internal(S(set), other); }
int wf_set_difference_update_internal(WfValue set, WfValue other) {
    return set_difference_update_internal(S(set), other);
}
int wf_set_symmetric_difference_update_internal(WfValue set, WfValue other) {
    return set_symmetric_difference_update_internal(S(set), other);
}

// ---- type slots --------------------------------------------------------------------------

static void set_dealloc(WfValue self) {
    set_clear_internal(S(self));
    wf_object_free(self);
}

static WfValue set_repr(WfValue self) {
    const char *tname = wf_type_name_of(self->type);
    int r = wf_repr_enter(self);
    if (r < 0) return WF_NULL;
    if (r > 0) return wf_str_from_format("%s(...)", tname);
    WfValue res = WF_NULL;
    if (S(self)->used == 0) {
        res = wf_str_from_format("%s()", tname);
        goto done;
    }
    WfValue keys = wf_list_from_iterable(self);
    if (!keys) goto done;
    WfValue lr = wf_repr(keys);
    wf_decref(keys);
    if (!lr) goto done;
    const char *s = wf_str_cstr(lr);
    int inner = (int)WF_STR_LEN(lr) - 2;
    if (self->type == &wf_set_type) res = wf_str_from_format("{%.*s}", inner, s + 1);
    else res = wf_str_from_format("%s({%.*s})", tname, inner, s + 1);
    wf_decref(lr);
done:
    wf_repr_leave(self);
    return res;
}

static inline uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

static WfHash frozenset_hash(WfValue self) {
    WfSet *so = S(self);
    if (so->hash != -1) return so->hash;
    uint64_t h = 0;
    for (size_t i = 0; i <= so->mask; i++)
        if (is_active(&so->table[i])) h ^= shuffle_bits((uint64_t)so->table[i].hash);
    h ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == (uint64_t)-1) h = 590923713ULL;
    so->hash = (WfHash)h;
    return so->hash;
}

static WfValue set_richcompare(WfValue a, WfValue b, int op) {
    if (!wf_is_anyset(a) || !wf_is_anyset(b)) return wf_newref(WF_NOTIMPLEMENTED);
    WfSet *v = S(a), *w = S(b);
    int r;
    switch (op) {
    case WF_EQ:
    case WF_NE:
        if (v->used != w->used) r = 0;
        else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) r = 0;
        else r = set_issubset(a, b);
        if (r >= 0 && op == WF_NE) r = !r;
        break;
    case WF_LE: r = set_issubset(a, b); break;
    case WF_GE: r = set_issuperset(a, b); break;
    case WF_LT: r = v->used < w->used ? set_issubset(a, b) : 0; break;
    default: r = v->used > w->used ? set_issuperset(a, b) : 0; break;
    }
    if (r < 0) return WF_NULL;
    return wf_bool(r);
}

static intptr_t set_len(WfValue self) { return (intptr_t)S(self)->used; }

// Runs [op] on [key]; if that fails because a set key is unhashable, retries
// with frozenset(key), as CPython does for "s in x" / remove / discard.
static int with_frozen_retry(WfSet *so, WfValue key, int (*op)(WfSet *, WfValue)) {
    int r = op(so, key);
    if (r >= 0 || !is_set_exact_or_sub(key) || !wf_err_matches(wf_TypeError)) return r;
    wf_err_clear();
    WfValue tmp = make_new_set(&wf_frozenset_type, key);
    if (!tmp) return -1;
    r = op(so, tmp);
    wf_decref(tmp);
    return r;
}

static int set_contains(WfValue self, WfValue key) { return with_frozen_retry(S(self), key, set_contains_key); }

// ---- iterator -----------------------------------------------------------------------------

typedef struct SetIter {
    WfObject ob;
    WfValue set;         // owned; NULL once exhausted
    size_t pos;
    size_t used;         // size when iteration began (SIZE_MAX after an error)
    size_t remaining;
} SetIter;

static WfValue set_iter(WfValue self) {
    SetIter *it = (SetIter *)wf_object_alloc(&wf_set_iter_type, sizeof(SetIter));
    if (!it) return WF_NULL;
    it->set = wf_newref(self);
    it->pos = 0;
    it->used = S(self)->used;
    it->remaining = S(self)->used;
    return (WfValue)it;
}

static void setiter_dealloc(WfValue self) {
    wf_clear(&((SetIter *)self)->set);
    wf_object_free(self);
}

static WfValue setiter_next(WfValue self) {
    SetIter *it = (SetIter *)self;
    if (!it->set) return WF_NULL;
    WfSet *so = S(it->set);
    if (so->used != it->used) {
        wf_err_set_str(wf_RuntimeError, "Set changed size during iteration");
        it->used = SIZE_MAX;
        return WF_NULL;
    }
    SetEntry *e = set_next_entry(so, &it->pos);
    if (!e) {
        wf_clear(&it->set);
        return WF_NULL;
    }
    if (it->remaining) it->remaining--;
    return wf_newref(e->key);
}

static WfValue setiter_length_hint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    SetIter *it = (SetIter *)self;
    size_t n = it->set && S(it->set)->used == it->used ? it->remaining : 0;
    return wf_int_from_u64(n);
}

static WfValue iter_self(WfValue self) { return wf_newref(self); }

static const WfMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_set_iter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "set_iterator",
    .basicsize = sizeof(SetIter),
    .dealloc = setiter_dealloc,
    .iter = iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};

// ---- operators --------------------------------------------------------------------------------

static WfValue set_or(WfValue a, WfValue b) {
    if (!wf_is_anyset(a) || !wf_is_anyset(b)) return wf_newref(WF_NOTIMPLEMENTED);
    WfValue r = set_copy(a);
    if (!r || a == b) return r;
    if (set_update_internal(S(r), b) < 0) {
        wf_decref(r);
        return WF_NULL;
    }
    return r;
}

static WfValue set_and(WfValue a, WfValue b) {
    if (!wf_is_anyset(a) || !wf_is_anyset(b)) return wf_newref(WF_NOTIMPLEMENTED);
    return set_intersection(a, b);
}

static WfValue set_sub(WfValue a, WfValue b) {
    if (!wf_is_anyset(a) || !wf_is_anyset(b)) return wf_newref(WF_NOTIMPLEMENTED);
    return set_difference(a, b);
}

static WfValue set_xor(WfValue a, WfValue b) {
    if (!wf_is_anyset(a) || !wf_is_anyset(b)) return wf_newref(WF_NOTIMPLEMENTED);
    return set_symmetric_difference(a, b);
}

static WfValue set_ior(WfValue a, WfValue b) {
    if (!is_set_exact_or_sub(a) || !wf_is_anyset(b)) return wf_newref(WF_NOTIMPLEMENTED);
    if (set_update_internal(S(a), b) < 0) return WF_NULL;
    return wf_newref(a);
}

static WfValue set_iand(WfValue a, WfValue b) {
    if (!is_set_exact_or_sub(a) || !wf_is_anyset(b)) return wf_newref(WF_NOTIMPLEMENTED);
    WfValue tmp = set_intersection(a, b);
    if (!tmp) return WF_NULL;
    set_take_body(S(a), S(tmp));
    wf_decref(tmp);
    return wf_newref(a);
}

static WfValue set_isub(WfValue a, WfValue b) {
    if (!is_set_exact_or_sub(a) || !wf_is_anyset(b)) return wf_newref(WF_NOTIMPLEMENTED);
    if (set_difference_update_internal(S(a), b) < 0) return WF_NULL;
    return wf_newref(a);
}

static WfValue set_ixor(WfValue a, WfValue b) {
    if (!is_set_exact_or_sub(a) || !wf_is_anyset(b)) return wf_newref(WF_NOTIMPLEMENTED);
    if (set_symmetric_difference_update_internal(S(a), b) < 0) return WF_NULL;
    return wf_newref(a);
}

// ---- methods ------------------------------------------------------------------------------------

static int no_kw(const char *fname, WfValue kwnames) {
    if (kwnames && WF_TUPLE_LEN(kwnames) > 0) {
        wf_err_format(wf_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

static int one_arg(const char *fname, size_t nargs, WfValue kwnames) {
    if (no_kw(fname, kwnames) < 0) return -1;
    if (nargs != 1) {
        wf_err_format(wf_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

static int no_args(const char *fname, size_t nargs, WfValue kwnames) {
    if (no_kw(fname, kwnames) < 0) return -1;
    if (nargs != 0) {
        wf_err_format(wf_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

static void raise_key_error(WfValue key) {
    WfValue exc = wf_exc_new(wf_KeyError, &key, 1);
    if (!exc) return;
    wf_err_set_obj(exc);
    wf_decref(exc);
}

static WfValue set_m_add(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("set.add", nargs, kwnames) < 0) return WF_NULL;
    if (set_add_key(S(self), args[0]) < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue set_m_discard(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("set.discard", nargs, kwnames) < 0) return WF_NULL;
    if (with_frozen_retry(S(self), args[0], set_discard_key) < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue set_m_remove(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("set.remove", nargs, kwnames) < 0) return WF_NULL;
    int r = with_frozen_retry(S(self), args[0], set_discard_key);
    if (r < 0) return WF_NULL;
    if (r == 0) {
        raise_key_error(args[0]);
        return WF_NULL;
    }
    return WF_NONE;
}

static WfValue set_m_pop(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("set.pop", nargs, kwnames) < 0) return WF_NULL;
    WfSet *so = S(self);
    if (so->used == 0) {
        wf_err_set_str(wf_KeyError, "pop from an empty set");
        return WF_NULL;
    }
    SetEntry *entry = so->table + (so->finger & so->mask);
    SetEntry *limit = so->table + so->mask;
    while (!is_active(entry)) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    WfValue key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = (size_t)(entry - so->table) + 1;
    return key;
}

static WfValue set_m_clear(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("set.clear", nargs, kwnames) < 0) return WF_NULL;
    set_clear_internal(S(self));
    return WF_NONE;
}

static WfValue set_m_copy(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("set.copy", nargs, kwnames) < 0) return WF_NULL;
    return set_copy(self);
}

static WfValue frozenset_m_copy(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_args("frozenset.copy", nargs, kwnames) < 0) return WF_NULL;
    if (self->type == &wf_frozenset_type) return wf_newref(self);
    return set_copy(self);
}

static WfValue set_m_update(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("set.update", kwnames) < 0) return WF_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(S(self), args[i]) < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue set_m_union(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("set.union", kwnames) < 0) return WF_NULL;
    WfValue r = set_copy(self);
    if (!r) return WF_NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (set_update_internal(S(r), args[i]) < 0) {
            wf_decref(r);
            return WF_NULL;
        }
    }
    return r;
}

static WfValue intersection_multi(WfValue self, WfValue *args, size_t nargs) {
    if (nargs == 0) return set_copy(self);
    WfValue result = wf_newref(self);
    for (size_t i = 0; i < nargs; i++) {
        WfValue nr = set_intersection(result, args[i]);
        wf_decref(result);
        if (!nr) return WF_NULL;
        result = nr;
    }
    return result;
}

static WfValue set_m_intersection(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("set.intersection", kwnames) < 0) return WF_NULL;
    return intersection_multi(self, args, nargs);
}

static WfValue set_m_intersection_update(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("set.intersection_update", kwnames) < 0) return WF_NULL;
    WfValue tmp = intersection_multi(self, args, nargs);
    if (!tmp) return WF_NULL;
    if (tmp != self) set_take_body(S(self), S(tmp));
    wf_decref(tmp);
    return WF_NONE;
}

static WfValue set_m_difference(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("set.difference", kwnames) < 0) return WF_NULL;
    if (nargs == 0) return set_copy(self);
    WfValue r = set_difference(self, args[0]);
    if (!r) return WF_NULL;
    for (size_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal(S(r), args[i]) < 0) {
            wf_decref(r);
            return WF_NULL;
        }
    }
    return r;
}

static WfValue set_m_difference_update(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("set.difference_update", kwnames) < 0) return WF_NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(S(self), args[i]) < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue set_m_symmetric_difference(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("set.symmetric_difference", nargs, kwnames) < 0) return WF_NULL;
    return set_symmetric_difference(self, args[0]);
}

static WfValue set_m_symmetric_difference_update(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("set.symmetric_difference_update", nargs, kwnames) < 0) return WF_NULL;
    if (set_symmetric_difference_update_internal(S(self), args[0]) < 0) return WF_NULL;
    return WF_NONE;
}

static WfValue set_m_issubset(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("set.issubset", nargs, kwnames) < 0) return WF_NULL;
    int r = set_issubset(self, args[0]);
    return r < 0 ? WF_NULL : wf_bool(r);
}

static WfValue set_m_issuperset(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("set.issuperset", nargs, kwnames) < 0) return WF_NULL;
    int r = set_issuperset(self, args[0]);
    return r < 0 ? WF_NULL : wf_bool(r);
}

static WfValue set_m_isdisjoint(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (one_arg("set.isdisjoint", nargs, kwnames) < 0) return WF_NULL;
    int r = set_isdisjoint(self, args[0]);
    return r < 0 ? WF_NULL : wf_bool(r);
}




static WfValue set_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (type == &wf_set_type && no_kw("set", kwnames) < 0) return WF_NULL;
    return make_new_set(type, WF_NULL);
}

static int set_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_kw("set", kwnames) < 0) return -1;
    if (nargs > 1) {
        wf_err_format(wf_TypeError, "%s expected at most 1 argument, got %zu", wf_type_name(self), nargs);
        return -1;
    }
    WfSet *so = S(self);
    if (so->fill) set_clear_internal(so);
    so->hash = -1;
    if (nargs == 0) return 0;
    return set_update_internal(so, args[0]);
}


static WfValue frozenset_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (type == &wf_frozenset_type && no_kw("frozenset", kwnames) < 0) return WF_NULL;
    if (nargs > 1) {
        wf_err_format(wf_TypeError, "%s expected at most 1 argument, got %zu", wf_type_name_of(type), nargs);
        return WF_NULL;
    }
    WfValue iterable = nargs ? args[0] : WF_NULL;
    if (type == &wf_frozenset_type && iterable && !WF_IS_SMALLINT(iterable) &&
        iterable->type == &wf_frozenset_type)
        return wf_newref(iterable);
    return make_new_set(type, iterable);
}


static const WfMethodDef set_methods[] = {
    {"add", set_m_add, 0, NULL},
    {"discard", set_m_discard, 0, NULL},
    {"remove", set_m_remove, 0, NULL},
    {"pop", set_m_pop, 0, NULL},
    {"clear", set_m_clear, 0, NULL},
    {"copy", set_m_copy, 0, NULL},
    {"update", set_m_update, 0, NULL},
    {"union", set_m_union, 0, NULL},
    {"intersection", set_m_intersection, 0, NULL},
    {"intersection_update", set_m_intersection_update, 0, NULL},
    {"difference", set_m_difference, 0, NULL},
    {"difference_update", set_m_difference_update, 0, NULL},
    {"symmetric_difference", set_m_symmetric_difference, 0, NULL},
    {"symmetric_difference_update", set_m_symmetric_difference_update, 0, NULL},
    {"issubset", set_m_issubset, 0, NULL},
    {"issuperset", set_m_issuperset, 0, NULL},
    {"isdisjoint", set_m_isdisjoint, 0, NULL},
    {"__class_getitem__", wf_generic_class_getitem, WF_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const WfMethodDef frozenset_methods[] = {
    {"copy", frozenset_m_copy, 0, NULL},
    {"union", set_m_union, 0, NULL},
    {"intersection", set_m_intersection, 0, NULL},
    {"difference", set_m_difference, 0, NULL},
    {"symmetric_difference", set_m_symmetric_difference, 0, NULL},
    {"issubset", set_m_issubset, 0, NULL},
    {"issuperset", set_m_issuperset, 0, NULL},
    {"isdisjoint", set_m_isdisjoint, 0, NULL},
    {"__class_getitem__", wf_generic_class_getitem, WF_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

WfType wf_set_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "set",
    .basicsize = sizeof(WfSet),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = set_new,
    .init = set_init,
    .nb = {
        [WF_BINOP_OR] = set_or, [WF_BINOP_AND] = set_and,
        [WF_BINOP_SUB] = set_sub, [WF_BINOP_XOR] = set_xor,
        [WF_BINOP_INPLACE + WF_BINOP_OR] = set_ior, [WF_BINOP_INPLACE + WF_BINOP_AND] = set_iand,
        [WF_BINOP_INPLACE + WF_BINOP_SUB] = set_isub, [WF_BINOP_INPLACE + WF_BINOP_XOR] = set_ixor,
    },
    .len = set_len,
    .contains = set_contains,
    .methods = set_methods,
};

WfType wf_frozenset_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "frozenset",
    .basicsize = sizeof(WfSet),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = frozenset_new,
    .nb = {
        [WF_BINOP_OR] = set_or, [WF_BINOP_AND] = set_and,
        [WF_BINOP_SUB] = set_sub, [WF_BINOP_XOR] = set_xor,
    },
    .len = set_len,
    .contains = set_contains,
    .methods = frozenset_methods,
};
