// structseq.c — C-level named tuples (see structseq.h). Instances are laid
// out exactly as tuples (WfTuple), so every tuple operation applies.
#include <string.h>

#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/structseq.h"

void wf_structseq_dealloc(WfValue self) {
    WfTuple *t = (WfTuple *)self;
    WfStructSeqType *type = (WfStructSeqType *)wf_type(self);
    for (size_t i = 0; i < type->nfields; i++) wf_clear(&t->items[i]);
    wf_object_free(self);
}

WfValue wf_structseq_new_steal(WfStructSeqType *type, WfValue *items) {
    size_t n = type->nfields;
    WfTuple *t = (WfTuple *)wf_object_alloc(&type->type, sizeof(WfTuple) + n * sizeof(WfValue));
    if (!t) {
        for (size_t i = 0; i < n; i++) wf_xdecref(items[i]);
        return WF_NULL;
    }
    t->hash = -1;
    t->len = type->nvisible;
    bool failed = false;
    for (size_t i = 0; i < n; i++) {
        t->items[i] = items[i] ? items[i] : wf_newref(WF_NONE);
        if (!items[i]) failed = true;
    }
    if (failed) {
        wf_decref((WfValue)t);
        if (!wf_err_occurred()) wf_err_no_memory();
        return WF_NULL;
    }
    return (WfValue)t;
}

WfValue wf_structseq_repr(WfValue self) {
    WfStructSeqType *type = (WfStructSeqType *)wf_type(self);
    WfTuple *t = (WfTuple *)self;
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append_cstr(&b, type->type.name);
    wf_strbuf_append_char(&b, '(');
    for (size_t i = 0; i < t->len && i < type->nfields; i++) {
        if (i) wf_strbuf_append_cstr(&b, ", ");
        wf_strbuf_append_cstr(&b, type->fields[i]);
        wf_strbuf_append_char(&b, '=');
        if (wf_strbuf_append_repr_of(&b, t->items[i]) < 0) {
            wf_strbuf_free(&b);
            return WF_NULL;
        }
    }
    wf_strbuf_append_char(&b, ')');
    return wf_strbuf_finish(&b);
}

WfValue wf_structseq_getattr(WfValue self, WfValue name) {
    WfStructSeqType *type = (WfStructSeqType *)wf_type(self);
    WfTuple *t = (WfTuple *)self;
    if (wf_is_str(name)) {
        for (size_t i = type->nfields; i-- > 0;)
            if (wf_str_eq_cstr(name, type->fields[i])) return wf_newref(t->items[i]);
    }
    return wf_generic_getattr(self, name);
}

WfValue wf_structseq_new_slot(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    WfStructSeqType *st = (WfStructSeqType *)type;
    if (nargs != 1 || (kwnames && WF_TUPLE_LEN(kwnames))) {
        wf_err_format(wf_TypeError, "%s() takes exactly 1 argument (%zu given)",
                      wf_type_name_of(type), nargs);
        return WF_NULL;
    }
    WfValue tup = wf_tuple_from_iterable(args[0]);
    if (!tup) return WF_NULL;
    if (WF_TUPLE_LEN(tup) < st->nvisible || WF_TUPLE_LEN(tup) > st->nfields) {
        wf_err_format(wf_TypeError, "%s() takes a %zu-sequence (%zu-sequence given)",
                      type->name, st->nvisible, WF_TUPLE_LEN(tup));
        wf_decref(tup);
        return WF_NULL;
    }
    WfValue items[64];
    size_t n = st->nfields < 64 ? st->nfields : 64;
    for (size_t i = 0; i < n; i++)
        items[i] = wf_newref(i < WF_TUPLE_LEN(tup) ? WF_TUPLE_GET(tup, i) : WF_NONE);
    wf_decref(tup);
    return wf_structseq_new_steal(st, items);
}
