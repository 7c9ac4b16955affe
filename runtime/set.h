// set.h — set and frozenset (hash tables of keys).
#ifndef WF_RUNTIME_SET_H
#define WF_RUNTIME_SET_H

#include "object.h"

extern WfType wf_set_type, wf_frozenset_type;

static inline bool wf_is_anyset(WfValue v) {
    return !WF_IS_SMALLINT(v) && (wf_type_is_subtype(v->type, &wf_set_type) ||
                                  wf_type_is_subtype(v->type, &wf_frozenset_type));
}
// New empty set / frozenset from an iterable (NULL: empty). New reference.
WfValue wf_set_new(WfValue iterable);
WfValue wf_frozenset_new(WfValue iterable);
// 0 ok / -1 error. May run Weft code (__hash__, __eq__).
int wf_set_add(WfValue set, WfValue key);
// 1/0/-1.
int wf_set_contains(WfValue set, WfValue key);
int wf_set_discard(WfValue set, WfValue key);   // 1 removed, 0 absent, -1 error
size_t wf_set_len(WfValue set);
// Iteration like wf_dict_next (borrowed *key).
int wf_set_next(WfValue set, size_t *pos, WfValue *key);

#endif
