// list.h — list: a growable array of owned values.
#ifndef WF_RUNTIME_LIST_H
#define WF_RUNTIME_LIST_H

#include "object.h"

typedef struct WfList {
    WfObject ob;
    size_t len, cap;
    WfValue *items;     // owned: items[0..len) are owned references
} WfList;

extern WfType wf_list_type;

static inline bool wf_is_list(WfValue v) {
    return !WF_IS_SMALLINT(v) && (v->type->flags & WF_TPFLAGS_LIST_SUBCLASS);
}
#define WF_LIST_LEN(v) (((WfList *)(v))->len)
#define WF_LIST_ITEMS(v) (((WfList *)(v))->items)

// A list of [len] items all set to None (fill with wf_list_set_steal). New reference.
WfValue wf_list_new(size_t len);
// Replaces item [i] (< len), stealing [item] and dropping the old one.
void wf_list_set_steal(WfValue list, size_t i, WfValue item);
// Appends [item] (borrowed). 0 ok, -1 error.
int wf_list_append(WfValue list, WfValue item);
// Appends [item], stealing it even on failure.
int wf_list_append_steal(WfValue list, WfValue item);
// list.extend(iterable). May run Weft code.
int wf_list_extend(WfValue list, WfValue iterable);
// list(iterable). New reference. May run Weft code.
WfValue wf_list_from_iterable(WfValue iterable);
// list.sort(key=None, reverse=False) in place; stable. May run Weft code.
int wf_list_sort(WfValue list, WfValue key, bool reverse);
// tuple(list). New reference.
WfValue wf_list_as_tuple(WfValue list);

#endif
