// dict.h — dict: an insertion-ordered hash table (compact index array +
// entry array, as CPython 3.6+), and the keys/values/items views.
#ifndef WF_RUNTIME_DICT_H
#define WF_RUNTIME_DICT_H

#include "object.h"

extern WfType wf_dict_type;

static inline bool wf_is_dict(WfValue v) {
    return !WF_IS_SMALLINT(v) && (v->type->flags & WF_TPFLAGS_DICT_SUBCLASS);
}

// New empty dict. New reference.
WfValue wf_dict_new(void);
// Lookup: 1 and *out = new reference; 0 absent; -1 error (from __hash__/__eq__).
// May run Weft code (__hash__, __eq__) unless the key is a str/int.
int wf_dict_get_ref(WfValue dict, WfValue key, WfValue *out);
int wf_dict_get_cstr_ref(WfValue dict, const char *key, WfValue *out);
// Fast lookup for str keys whose hash is cached: returns a borrowed reference
// or NULL (absent; no exception). Never runs code. For globals/attribute caches.
WfValue wf_dict_get_str_borrowed(WfValue dict, WfValue str_key);
// dict[key] = value (both borrowed). 0 ok, -1 error.
int wf_dict_set(WfValue dict, WfValue key, WfValue value);
int wf_dict_set_cstr(WfValue dict, const char *key, WfValue value);
// del dict[key]: 0 ok, -1 error (KeyError if absent).
int wf_dict_del(WfValue dict, WfValue key);
// Like del but 1 removed / 0 absent (no KeyError) / -1 error.
int wf_dict_pop_opt(WfValue dict, WfValue key);
size_t wf_dict_len(WfValue dict);
// Iteration in insertion order: start with *pos = 0; returns 1 with borrowed
// *key / *value (either pointer may be NULL), 0 at the end. Never runs code;
// the dict must not be resized while iterating.
int wf_dict_next(WfValue dict, size_t *pos, WfValue *key, WfValue *value);
// dict.copy(). New reference.
WfValue wf_dict_copy(WfValue dict);
// dict.update(other) for a dict or mapping or iterable of pairs. May run Weft code.
int wf_dict_update(WfValue dict, WfValue other);
// A version tag bumped on every mutation (for inline caches). Never runs code.
uint64_t wf_dict_version(WfValue dict);

#endif
