// exc.c — the built-in exception classes (CPython 3.11's hierarchy, name for
// name), exception instances (args, __traceback__, __cause__, __context__,
// notes, the per-class attributes of OSError, SyntaxError, ImportError,
// UnicodeError..., their str/repr), BaseExceptionGroup/ExceptionGroup with
// split/subgroup/derive, the except* helpers of exc_group.h and the
// "Did you mean" suggestions of exc_ext.h.
// Invariant: the classes are static-like immortal types created once by
// wf_exc_init; every instance is a WfException whose args is a tuple.
// GIL rule: everything here runs with the GIL held.
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/exc_ext.h"
#include "runtime/exc_group.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/traceback.h"
#include "vm/tstate.h"

#define EXC(v) ((WfException *)(v))

// ---- the class pointers ---------------------------------------------------------------

#define WF_EXC_DEFINE(name) WfType *wf_##name;
WF_EXC_LIST(WF_EXC_DEFINE)
#undef WF_EXC_DEFINE

enum {
#define WF_EXC_ENUM(name) EXC_IDX_##name,
    WF_EXC_LIST(WF_EXC_ENUM)
#undef WF_EXC_ENUM
    EXC_COUNT
};

// Storage of the classes themselves (immortal, never freed).
static WfType exc_storage[EXC_COUNT];
static bool exc_initialized;

// ---- small helpers ----------------------------------------------------------------------

static size_t kw_count(WfValue kwnames) { return kwnames ? WF_TUPLE_LEN(kwnames) : 0; }

static WfValue none_if_null(WfValue v) { return wf_newref(v ? v : WF_NONE); }

// Is [exc] an instance of [cls] (a class or a tuple of classes, nested tuples
// allowed)? Pure C: never runs code.
static bool exc_matches_class(WfValue exc, WfValue cls) {
    if (wf_is_tuple(cls)) {
        for (size_t i = 0; i < WF_TUPLE_LEN(cls); i++)
            if (exc_matches_class(exc, WF_TUPLE_GET(cls, i))) return true;
        return false;
    }
    if (!wf_is_type(cls)) return false;
    return wf_type_is_subtype(wf_type(exc), (WfType *)cls);
}

static bool is_exc_class(WfValue v) {
    return wf_is_type(v) && (((WfType *)v)->flags & WF_TPFLAGS_EXC_SUBCLASS);
}

// METH_O-style check: "BaseException.add_note() takes exactly one argument (2 given)".
static int one_arg(const char *qualname, size_t nargs, WfValue kwnames) {
    if (kw_count(kwnames)) {
        wf_err_format(wf_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    if (nargs == 1) return 0;
    wf_err_format(wf_TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
    return -1;
}

// PyArg_UnpackTuple-style check: "subgroup expected 1 argument, got 2".
static int unpack_one(const char *name, size_t nargs, WfValue kwnames) {
    if (kw_count(kwnames)) {
        wf_err_format(wf_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs == 1) return 0;
    if (nargs == 0)
        wf_err_format(wf_TypeError, "%s expected 1 argument, got 0", name);
    else
        wf_err_format(wf_TypeError, "%s expected 1 argument, got %zu", name, nargs);
    return -1;
}

static int bad_self(const char *meth, WfValue self) {
    wf_err_format(wf_TypeError, "descriptor '%s' requires a 'BaseException' object but received a '%s'",
                  meth, wf_type_name(self));
    return -1;
}
#define CHECK_SELF(meth)                                          \
    do {                                                          \
        if (!wf_is_exception(self)) {                             \
            bad_self(meth, self);                                 \
            return WF_NULL;                                       \
        }                                                         \
    } while (0)

// A list of [n] None values (the side storage of SyntaxError / UnicodeError
// attributes). Returns a new reference.
static WfValue none_list(size_t n) { return wf_list_new(n); }

// ---- allocation, dealloc -----------------------------------------------------------------

// A fresh instance of [type] with args = tuple(args[0..nargs)). Returns a new reference.
static WfValue exc_alloc(WfType *type, WfValue *args, size_t nargs) {
    size_t size = type->basicsize < sizeof(WfException) ? sizeof(WfException) : type->basicsize;
    WfValue self = wf_object_alloc(type, size);
    if (!self) return WF_NULL;
    EXC(self)->args = wf_tuple_from_array(args, nargs);
    if (!EXC(self)->args) {
        wf_decref(self);
        return WF_NULL;
    }
    return self;
}

static void exc_dealloc(WfValue self) {
    WfException *e = EXC(self);
    wf_clear(&e->dict);
    wf_clear(&e->args);
    wf_clear(&e->traceback);
    wf_clear(&e->cause);
    wf_clear(&e->context);
    wf_clear(&e->notes);
    wf_clear(&e->value);
    wf_clear(&e->msg);
    wf_clear(&e->extra);
    wf_clear(&e->filename);
    wf_object_free(self);
}

// BaseException.__new__: accepts (and ignores) keyword arguments, as CPython does.
static WfValue exc_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    return exc_alloc(type, args, nargs);
}

static int no_keywords(WfValue self, WfValue kwnames) {
    if (kw_count(kwnames) == 0) return 0;
    wf_err_format(wf_TypeError, "%s() takes no keyword arguments", wf_type_name(self));
    return -1;
}

static int set_args(WfValue self, WfValue *args, size_t nargs) {
    WfValue t = wf_tuple_from_array(args, nargs);
    if (!t) return -1;
    WfValue old = EXC(self)->args;
    EXC(self)->args = t;
    wf_xdecref(old);
    return 0;
}

// BaseException.__init__(*args).
static int base_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (no_keywords(self, kwnames) < 0) return -1;
    return set_args(self, args, nargs);
}

// ---- str / repr --------------------------------------------------------------------------

static size_t args_len(WfValue self) {
    WfValue a = EXC(self)->args;
    return a ? WF_TUPLE_LEN(a) : 0;
}

static WfValue base_str(WfValue self) {
    size_t n = args_len(self);
    if (n == 0) return wf_str_from_cstr("");
    if (n == 1) return wf_str(WF_TUPLE_GET(EXC(self)->args, 0));
    return wf_str(EXC(self)->args);
}

static WfValue exc_repr(WfValue self) {
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append_cstr(&b, wf_type_name(self));
    size_t n = args_len(self);
    int r;
    if (n == 1) {
        wf_strbuf_append_char(&b, '(');
        r = wf_strbuf_append_repr_of(&b, WF_TUPLE_GET(EXC(self)->args, 0));
        wf_strbuf_append_char(&b, ')');
    } else if (n == 0) {
        wf_strbuf_append_cstr(&b, "()");
        r = 0;
    } else {
        r = wf_strbuf_append_repr_of(&b, EXC(self)->args);
    }
    if (r < 0) {
        wf_strbuf_free(&b);
        return WF_NULL;
    }
    return wf_strbuf_finish(&b);
}

// KeyError: the repr of a lone key, so that KeyError('') shows as ''.
static WfValue keyerror_str(WfValue self) {
    if (args_len(self) == 1) return wf_repr(WF_TUPLE_GET(EXC(self)->args, 0));
    return base_str(self);
}

// ---- BaseException methods and attributes -----------------------------------------------------

static WfValue exc_init_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CHECK_SELF("__init__");
    if (base_init(self, args, nargs, kwnames) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue exc_str_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CHECK_SELF("__str__");
    return base_str(self);
}

static WfValue exc_repr_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CHECK_SELF("__repr__");
    return exc_repr(self);
}

static WfValue exc_reduce(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CHECK_SELF("__reduce__");
    WfValue a = EXC(self)->args ? EXC(self)->args : wf_tuple_new(0);
    WfValue r;
    if (EXC(self)->dict)
        r = wf_tuple_pack(3, WF_TYPE_VALUE(wf_type(self)), a, EXC(self)->dict);
    else
        r = wf_tuple_pack(2, WF_TYPE_VALUE(wf_type(self)), a);
    if (!EXC(self)->args) wf_decref(a);
    return r;
}

static WfValue exc_setstate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CHECK_SELF("__setstate__");
    if (one_arg("BaseException.__setstate__", nargs, kwnames) < 0) return WF_NULL;
    WfValue state = args[0];
    if (state != WF_NONE) {
        if (!wf_is_dict(state)) {
            wf_err_set_str(wf_TypeError, "state is not a dictionary");
            return WF_NULL;
        }
        size_t pos = 0;
        WfValue k, v;
        // Snapshot: setattr may run code that mutates the dict.
        WfValue items = wf_list_new(0);
        if (!items) return WF_NULL;
        while (wf_dict_next(state, &pos, &k, &v)) {
            WfValue pair = wf_tuple_pack(2, k, v);
            if (!pair || wf_list_append_steal(items, pair) < 0) {
                wf_decref(items);
                return WF_NULL;
            }
        }
        for (size_t i = 0; i < WF_LIST_LEN(items); i++) {
            WfValue pair = WF_LIST_ITEMS(items)[i];
            if (wf_setattr(self, WF_TUPLE_GET(pair, 0), WF_TUPLE_GET(pair, 1)) < 0) {
                wf_decref(items);
                return WF_NULL;
            }
        }
        wf_decref(items);
    }
    return wf_newref(WF_NONE);
}

static int check_traceback_value(WfValue tb) {
    if (tb == WF_NONE || (!WF_IS_SMALLINT(tb) && wf_type(tb) == &wf_traceback_type)) return 0;
    wf_err_set_str(wf_TypeError, "__traceback__ must be a traceback or None");
    return -1;
}

static WfValue exc_with_traceback(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CHECK_SELF("with_traceback");
    if (one_arg("BaseException.with_traceback", nargs, kwnames) < 0) return WF_NULL;
    if (check_traceback_value(args[0]) < 0) return WF_NULL;
    wf_setref(&EXC(self)->traceback, args[0] == WF_NONE ? WF_NULL : args[0]);
    return wf_newref(self);
}

static WfValue exc_add_note(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CHECK_SELF("add_note");
    if (one_arg("BaseException.add_note", nargs, kwnames) < 0) return WF_NULL;
    WfValue note = args[0];
    if (!wf_is_str(note)) {
        wf_err_format(wf_TypeError, "note must be a str, not '%s'", wf_type_name(note));
        return WF_NULL;
    }
    WfValue notes;
    int r = wf_getattr_opt(self, WF_ID(__notes__), &notes);
    if (r < 0) return WF_NULL;
    if (r == 0) {
        notes = wf_list_new(0);
        if (!notes) return WF_NULL;
        if (wf_setattr(self, WF_ID(__notes__), notes) < 0) {
            wf_decref(notes);
            return WF_NULL;
        }
    } else if (!wf_is_list(notes)) {
        wf_decref(notes);
        wf_err_set_str(wf_TypeError, "Cannot add note: __notes__ is not a list");
        return WF_NULL;
    }
    r = wf_list_append(notes, note);
    wf_decref(notes);
    if (r < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue get_dict(WfValue self) {
    if (!EXC(self)->dict) {
        EXC(self)->dict = wf_dict_new();
        if (!EXC(self)->dict) return WF_NULL;
    }
    return wf_newref(EXC(self)->dict);
}
static int set_dict(WfValue self, WfValue v) {
    if (!v) {
        wf_err_set_str(wf_TypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!wf_is_dict(v)) {
        wf_err_set_str(wf_TypeError, "__dict__ must be a dictionary");
        return -1;
    }
    wf_setref(&EXC(self)->dict, v);
    return 0;
}

static WfValue get_args(WfValue self) {
    return EXC(self)->args ? wf_newref(EXC(self)->args) : wf_tuple_new(0);
}
static int set_args_attr(WfValue self, WfValue v) {
    if (!v) {
        wf_err_set_str(wf_TypeError, "args may not be deleted");
        return -1;
    }
    WfValue t = wf_tuple_from_iterable(v);
    if (!t) return -1;
    WfValue old = EXC(self)->args;
    EXC(self)->args = t;
    wf_xdecref(old);
    return 0;
}

static WfValue get_traceback(WfValue self) { return none_if_null(EXC(self)->traceback); }
static int set_traceback(WfValue self, WfValue v) {
    if (!v) {
        wf_err_set_str(wf_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (check_traceback_value(v) < 0) return -1;
    wf_setref(&EXC(self)->traceback, v == WF_NONE ? WF_NULL : v);
    return 0;
}

static WfValue get_cause(WfValue self) { return none_if_null(EXC(self)->cause); }
static int set_cause(WfValue self, WfValue v) {
    if (!v) {
        wf_err_set_str(wf_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v != WF_NONE && !wf_is_exception(v)) {
        wf_err_set_str(wf_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    wf_exc_set_cause(self, v == WF_NONE ? WF_NULL : v);
    return 0;
}

static WfValue get_context(WfValue self) { return none_if_null(EXC(self)->context); }
static int set_context(WfValue self, WfValue v) {
    if (!v) {
        wf_err_set_str(wf_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v != WF_NONE && !wf_is_exception(v)) {
        wf_err_set_str(wf_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    wf_setref(&EXC(self)->context, v == WF_NONE ? WF_NULL : v);
    return 0;
}

static WfValue get_suppress(WfValue self) { return wf_bool(EXC(self)->suppress_context); }
static int set_suppress(WfValue self, WfValue v) {
    if (!v) {
        wf_err_set_str(wf_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (v != WF_TRUE && v != WF_FALSE) {
        wf_err_set_str(wf_TypeError, "attribute value type must be bool");
        return -1;
    }
    EXC(self)->suppress_context = (v == WF_TRUE);
    return 0;
}

static const WfMethodDef base_methods[] = {
    {"__init__", exc_init_method, 0, "Initialize self."},
    {"__str__", exc_str_method, 0, "Return str(self)."},
    {"__repr__", exc_repr_method, 0, "Return repr(self)."},
    {"__reduce__", exc_reduce, 0, NULL},
    {"__setstate__", exc_setstate, 0, NULL},
    {"with_traceback", exc_with_traceback, 0,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, 0,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {NULL, NULL, 0, NULL},
};

static const WfGetSetDef base_getsets[] = {
    {"__dict__", get_dict, set_dict, NULL},
    {"args", get_args, set_args_attr, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL},
    {"__cause__", get_cause, set_cause, "exception cause"},
    {"__context__", get_context, set_context, "exception context"},
    {"__suppress_context__", get_suppress, set_suppress, NULL},
    {NULL, NULL, NULL, NULL},
};

// ---- per-class attributes ------------------------------------------------------------------

// An attribute kept in one of WfException's extra fields (NULL reads as None).
#define FIELD_ATTR(fname, field)                                                  \
    static WfValue get_##fname(WfValue self) { return none_if_null(EXC(self)->field); } \
    static int set_##fname(WfValue self, WfValue v) {                             \
        wf_setref(&EXC(self)->field, v);                                          \
        return 0;                                                                 \
    }

// An attribute kept in slot [idx] of the list in WfException.extra.
#define LIST_ATTR(fname, idx, nslots)                                             \
    static WfValue get_##fname(WfValue self) {                                    \
        WfValue l = EXC(self)->extra;                                             \
        if (!l || !wf_is_list(l) || WF_LIST_LEN(l) <= (idx)) return wf_newref(WF_NONE); \
        return wf_newref(WF_LIST_ITEMS(l)[idx]);                                  \
    }                                                                             \
    static int set_##fname(WfValue self, WfValue v) {                             \
        return list_attr_set(self, idx, nslots, v);                              \
    }

static int list_attr_set(WfValue self, size_t idx, size_t nslots, WfValue v) {
    WfValue l = EXC(self)->extra;
    if (!l || !wf_is_list(l) || WF_LIST_LEN(l) < nslots) {
        WfValue nl = none_list(nslots);
        if (!nl) return -1;
        wf_setref(&EXC(self)->extra, WF_NULL);
        EXC(self)->extra = nl;
        l = nl;
    }
    wf_list_set_steal(l, idx, wf_newref(v ? v : WF_NONE));
    return 0;
}

FIELD_ATTR(stopiter_value, value)
FIELD_ATTR(sysexit_code, value)
FIELD_ATTR(import_msg, msg)
FIELD_ATTR(import_name, value)
FIELD_ATTR(import_path, filename)
FIELD_ATTR(attr_name, value)
FIELD_ATTR(attr_obj, extra)
FIELD_ATTR(os_errno, extra)
FIELD_ATTR(os_strerror, msg)
FIELD_ATTR(os_filename, filename)
FIELD_ATTR(os_filename2, value)
FIELD_ATTR(syntax_msg, msg)
FIELD_ATTR(syntax_filename, filename)
FIELD_ATTR(syntax_print_file_and_line, value)

// SyntaxError.extra = [lineno, offset, text, end_lineno, end_offset]
enum { SX_LINENO, SX_OFFSET, SX_TEXT, SX_END_LINENO, SX_END_OFFSET, SX_COUNT };
LIST_ATTR(syntax_lineno, SX_LINENO, SX_COUNT)
LIST_ATTR(syntax_offset, SX_OFFSET, SX_COUNT)
LIST_ATTR(syntax_text, SX_TEXT, SX_COUNT)
LIST_ATTR(syntax_end_lineno, SX_END_LINENO, SX_COUNT)
LIST_ATTR(syntax_end_offset, SX_END_OFFSET, SX_COUNT)

// UnicodeError subclasses: extra = [encoding, object, start, end, reason]
enum { UX_ENCODING, UX_OBJECT, UX_START, UX_END, UX_REASON, UX_COUNT };
LIST_ATTR(uni_encoding, UX_ENCODING, UX_COUNT)
LIST_ATTR(uni_object, UX_OBJECT, UX_COUNT)
LIST_ATTR(uni_start, UX_START, UX_COUNT)
LIST_ATTR(uni_end, UX_END, UX_COUNT)
LIST_ATTR(uni_reason, UX_REASON, UX_COUNT)

static WfValue get_group_message(WfValue self) { return none_if_null(EXC(self)->msg); }
static WfValue get_group_exceptions(WfValue self) { return none_if_null(EXC(self)->extra); }

static WfValue name_from_message(WfValue exc);

// NameError.name: as given, else read back from the interpreter's message.
static WfValue get_name_name(WfValue self) {
    if (EXC(self)->value) return wf_newref(EXC(self)->value);
    WfValue n = name_from_message(self);
    return n ? n : wf_newref(WF_NONE);
}
static int set_name_name(WfValue self, WfValue v) {
    wf_setref(&EXC(self)->value, v);
    return 0;
}

static const WfGetSetDef stopiter_getsets[] = {
    {"value", get_stopiter_value, set_stopiter_value, "generator return value"},
    {NULL, NULL, NULL, NULL},
};
static const WfGetSetDef sysexit_getsets[] = {
    {"code", get_sysexit_code, set_sysexit_code, "exception code"},
    {NULL, NULL, NULL, NULL},
};
static const WfGetSetDef import_getsets[] = {
    {"msg", get_import_msg, set_import_msg, "exception message"},
    {"name", get_import_name, set_import_name, "module name"},
    {"path", get_import_path, set_import_path, "module path"},
    {NULL, NULL, NULL, NULL},
};
static const WfGetSetDef attr_getsets[] = {
    {"name", get_attr_name, set_attr_name, "attribute name"},
    {"obj", get_attr_obj, set_attr_obj, "object"},
    {NULL, NULL, NULL, NULL},
};
static const WfGetSetDef name_getsets[] = {
    {"name", get_name_name, set_name_name, "name"},
    {NULL, NULL, NULL, NULL},
};
static const WfGetSetDef os_getsets[] = {
    {"errno", get_os_errno, set_os_errno, "POSIX exception code"},
    {"strerror", get_os_strerror, set_os_strerror, "exception strerror"},
    {"filename", get_os_filename, set_os_filename, "exception filename"},
    {"filename2", get_os_filename2, set_os_filename2, "second exception filename"},
    {NULL, NULL, NULL, NULL},
};
// BlockingIOError.characters_written (kept in .value, which filename2 uses
// for the other OSErrors: a BlockingIOError never has both).
static WfValue get_chars_written(WfValue self) {
    WfValue v = EXC(self)->value;
    if (v && wf_is_int(v)) return wf_newref(v);
    wf_err_set_str(wf_AttributeError, "characters_written");
    return WF_NULL;
}
static int set_chars_written(WfValue self, WfValue v) {
    if (!v) {
        if (!EXC(self)->value) {
            wf_err_set_str(wf_AttributeError, "characters_written");
            return -1;
        }
        wf_clear(&EXC(self)->value);
        return 0;
    }
    if (!wf_is_int(v)) {
        wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(v));
        return -1;
    }
    wf_setref(&EXC(self)->value, v);
    return 0;
}
static const WfGetSetDef blocking_getsets[] = {
    {"characters_written", get_chars_written, set_chars_written, NULL},
    {NULL, NULL, NULL, NULL},
};

static const WfGetSetDef syntax_getsets[] = {
    {"msg", get_syntax_msg, set_syntax_msg, "exception msg"},
    {"filename", get_syntax_filename, set_syntax_filename, "exception filename"},
    {"lineno", get_syntax_lineno, set_syntax_lineno, "exception lineno"},
    {"offset", get_syntax_offset, set_syntax_offset, "exception offset"},
    {"text", get_syntax_text, set_syntax_text, "exception text"},
    {"end_lineno", get_syntax_end_lineno, set_syntax_end_lineno, "exception end lineno"},
    {"end_offset", get_syntax_end_offset, set_syntax_end_offset, "exception end offset"},
    {"print_file_and_line", get_syntax_print_file_and_line, set_syntax_print_file_and_line,
     "exception print_file_and_line"},
    {NULL, NULL, NULL, NULL},
};
static const WfGetSetDef unicode_getsets[] = {
    {"encoding", get_uni_encoding, set_uni_encoding, "exception encoding"},
    {"object", get_uni_object, set_uni_object, "exception object"},
    {"start", get_uni_start, set_uni_start, "exception start"},
    {"end", get_uni_end, set_uni_end, "exception end"},
    {"reason", get_uni_reason, set_uni_reason, "exception reason"},
    {NULL, NULL, NULL, NULL},
};
static const WfGetSetDef group_getsets[] = {
    {"message", get_group_message, NULL, "exception message"},
    {"exceptions", get_group_exceptions, NULL, "nested exceptions"},
    {NULL, NULL, NULL, NULL},
};

// ---- StopIteration, SystemExit --------------------------------------------------------------

static int stopiter_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    wf_setref(&EXC(self)->value, nargs > 0 ? args[0] : WF_NULL);
    return 0;
}

static int sysexit_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    if (nargs == 0) wf_setref(&EXC(self)->value, WF_NULL);
    else if (nargs == 1) wf_setref(&EXC(self)->value, args[0]);
    else wf_setref(&EXC(self)->value, EXC(self)->args);
    return 0;
}

// ---- keyword parsing for ImportError / AttributeError / NameError ---------------------------

// Binds the keyword arguments of [kwnames] to the allowed [names]; out[i]
// receives a borrowed value or stays NULL.
static int parse_kw_only(WfValue self, WfValue *args, size_t nargs, WfValue kwnames,
                         const char *const *names, size_t nnames, WfValue *out) {
    size_t nkw = kw_count(kwnames);
    for (size_t i = 0; i < nnames; i++) out[i] = WF_NULL;
    if (nkw > nnames) {
        wf_err_format(wf_TypeError, "%s() takes at most %zu keyword argument%s (%zu given)",
                      wf_type_name(self), nnames, nnames == 1 ? "" : "s", nkw);
        return -1;
    }
    for (size_t k = 0; k < nkw; k++) {
        WfValue key = WF_TUPLE_GET(kwnames, k);
        size_t i;
        for (i = 0; i < nnames; i++)
            if (wf_str_eq_cstr(key, names[i])) break;
        if (i == nnames) {
            wf_err_format(wf_TypeError, "'%s' is an invalid keyword argument for %s()",
                          wf_str_cstr(key), wf_type_name(self));
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

static int import_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"name", "path"};
    WfValue kw[2];
    if (parse_kw_only(self, args, nargs, kwnames, names, 2, kw) < 0) return -1;
    if (set_args(self, args, nargs) < 0) return -1;
    wf_setref(&EXC(self)->value, kw[0]);
    wf_setref(&EXC(self)->filename, kw[1]);
    wf_setref(&EXC(self)->msg, nargs == 1 ? args[0] : WF_NULL);
    return 0;
}

static WfValue import_str(WfValue self) {
    WfValue m = EXC(self)->msg;
    if (m && !WF_IS_SMALLINT(m) && wf_type(m) == &wf_str_type) return wf_newref(m);
    return base_str(self);
}

static int attr_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"name", "obj"};
    WfValue kw[2];
    if (parse_kw_only(self, args, nargs, kwnames, names, 2, kw) < 0) return -1;
    if (set_args(self, args, nargs) < 0) return -1;
    wf_setref(&EXC(self)->value, kw[0]);
    wf_setref(&EXC(self)->extra, kw[1]);
    return 0;
}

static int name_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"name"};
    WfValue kw[1];
    if (parse_kw_only(self, args, nargs, kwnames, names, 1, kw) < 0) return -1;
    if (set_args(self, args, nargs) < 0) return -1;
    wf_setref(&EXC(self)->value, kw[0]);
    return 0;
}

// ---- OSError ----------------------------------------------------------------------------------

static WfValue oserror_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames);
static int oserror_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames);

// The OSError subclass CPython picks for an errno value, or NULL.
static WfType *errno_subclass(int64_t e) {
    switch (e) {
    case EAGAIN:
#if defined(EWOULDBLOCK) && EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS: return wf_BlockingIOError;
    case ECHILD: return wf_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return wf_BrokenPipeError;
    case ECONNABORTED: return wf_ConnectionAbortedError;
    case ECONNREFUSED: return wf_ConnectionRefusedError;
    case ECONNRESET: return wf_ConnectionResetError;
    case EEXIST: return wf_FileExistsError;
    case ENOENT: return wf_FileNotFoundError;
    case EISDIR: return wf_IsADirectoryError;
    case ENOTDIR: return wf_NotADirectoryError;
    case EINTR: return wf_InterruptedError;
    case EACCES:
    case EPERM: return wf_PermissionError;
    case ESRCH: return wf_ProcessLookupError;
    case ETIMEDOUT: return wf_TimeoutError;
    default: return NULL;
    }
}

// Parsing happens in __init__ when a subclass overrides __init__ but not
// __new__ (so that its __init__ sees the raw arguments), else in __new__.
static bool oserror_use_init(WfType *type) {
    return type->init != oserror_init && type->new_ == oserror_new;
}

// (errno, strerror[, filename[, winerror[, filename2]]]).
static int oserror_parse(WfValue self, WfValue *args, size_t nargs) {
    WfException *e = EXC(self);
    if (nargs < 2 || nargs > 5) return 0;
    wf_setref(&e->extra, args[0]);
    wf_setref(&e->msg, args[1]);
    WfValue filename = nargs >= 3 ? args[2] : WF_NULL;
    WfValue filename2 = nargs == 5 ? args[4] : WF_NULL;
    if (filename && filename != WF_NONE && wf_type(self) == wf_BlockingIOError && wf_is_int(filename)) {
        // BlockingIOError(errno, strerror, characters_written)
        wf_setref(&e->value, filename);
        return 0;
    }
    if (filename && filename != WF_NONE) {
        wf_setref(&e->filename, filename);
        if (filename2 && filename2 != WF_NONE) wf_setref(&e->value, filename2);
        WfValue sub = wf_tuple_from_array(args, 2);
        if (!sub) return -1;
        WfValue old = e->args;
        e->args = sub;
        wf_xdecref(old);
    }
    return 0;
}

static WfValue oserror_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (type == wf_OSError && nargs >= 2 && wf_is_int(args[0])) {
        int64_t code;
        if (wf_int_to_i64(args[0], &code) == 0) {
            WfType *sub = errno_subclass(code);
            if (sub) type = sub;
        } else {
            wf_err_clear();
        }
    }
    bool parse_here = !oserror_use_init(type);
    if (parse_here && kw_count(kwnames)) {
        wf_err_format(wf_TypeError, "%s() takes no keyword arguments", wf_type_name_of(type));
        return WF_NULL;
    }
    WfValue self = exc_alloc(type, args, nargs);
    if (!self) return WF_NULL;
    if (parse_here && oserror_parse(self, args, nargs) < 0) {
        wf_decref(self);
        return WF_NULL;
    }
    return self;
}

static int oserror_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (!oserror_use_init(wf_type(self))) return 0;   // __new__ did it
    if (no_keywords(self, kwnames) < 0) return -1;
    if (set_args(self, args, nargs) < 0) return -1;
    return oserror_parse(self, args, nargs);
}

// OSError.__init__ called explicitly (super().__init__(...) in a subclass).
static WfValue oserror_init_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CHECK_SELF("__init__");
    if (!oserror_use_init(wf_type(self))) return wf_newref(WF_NONE);
    if (no_keywords(self, kwnames) < 0) return WF_NULL;
    if (set_args(self, args, nargs) < 0 || oserror_parse(self, args, nargs) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue oserror_str(WfValue self) {
    WfException *e = EXC(self);
    WfStrBuf b;
    if (e->filename || (e->extra && e->msg)) {
        wf_strbuf_init(&b);
        wf_strbuf_append_cstr(&b, "[Errno ");
        if (wf_strbuf_append_str_of(&b, e->extra ? e->extra : WF_NONE) < 0) goto error;
        wf_strbuf_append_cstr(&b, "] ");
        if (wf_strbuf_append_str_of(&b, e->msg ? e->msg : WF_NONE) < 0) goto error;
        if (e->filename) {
            wf_strbuf_append_cstr(&b, ": ");
            if (wf_strbuf_append_repr_of(&b, e->filename) < 0) goto error;
            if (e->value) {
                wf_strbuf_append_cstr(&b, " -> ");
                if (wf_strbuf_append_repr_of(&b, e->value) < 0) goto error;
            }
        }
        return wf_strbuf_finish(&b);
    }
    return base_str(self);
error:
    wf_strbuf_free(&b);
    return WF_NULL;
}

static WfValue oserror_reduce(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CHECK_SELF("__reduce__");
    WfException *e = EXC(self);
    WfValue a = e->args ? wf_newref(e->args) : wf_tuple_new(0);
    if (!a) return WF_NULL;
    if (e->filename && WF_TUPLE_LEN(a) == 2) {
        WfValue na = e->value
            ? wf_tuple_pack(5, WF_TUPLE_GET(a, 0), WF_TUPLE_GET(a, 1), e->filename, WF_NONE, e->value)
            : wf_tuple_pack(3, WF_TUPLE_GET(a, 0), WF_TUPLE_GET(a, 1), e->filename);
        wf_decref(a);
        if (!na) return WF_NULL;
        a = na;
    }
    WfValue r = e->dict ? wf_tuple_pack(3, WF_TYPE_VALUE(wf_type(self)), a, e->dict)
                        : wf_tuple_pack(2, WF_TYPE_VALUE(wf_type(self)), a);
    wf_decref(a);
    return r;
}

// ---- SyntaxError ------------------------------------------------------------------------------

static int syntax_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    WfException *e = EXC(self);
    if (nargs >= 1) wf_setref(&e->msg, args[0]);
    if (nargs == 2) {
        WfValue info = wf_tuple_from_iterable(args[1]);
        if (!info) return -1;
        size_t n = WF_TUPLE_LEN(info);
        if (n < 4 || n > 6) {
            if (n < 4)
                wf_err_format(wf_TypeError, "function takes at least 4 arguments (%zu given)", n);
            else
                wf_err_format(wf_TypeError, "function takes at most 6 arguments (%zu given)", n);
            wf_decref(info);
            return -1;
        }
        if (n == 5) {
            wf_err_set_str(wf_ValueError, "end_offset must be provided when end_lineno is provided");
            wf_decref(info);
            return -1;
        }
        WfValue l = none_list(SX_COUNT);
        if (!l) {
            wf_decref(info);
            return -1;
        }
        wf_setref(&e->filename, WF_TUPLE_GET(info, 0));
        wf_list_set_steal(l, SX_LINENO, wf_newref(WF_TUPLE_GET(info, 1)));
        wf_list_set_steal(l, SX_OFFSET, wf_newref(WF_TUPLE_GET(info, 2)));
        wf_list_set_steal(l, SX_TEXT, wf_newref(WF_TUPLE_GET(info, 3)));
        if (n == 6) {
            wf_list_set_steal(l, SX_END_LINENO, wf_newref(WF_TUPLE_GET(info, 4)));
            wf_list_set_steal(l, SX_END_OFFSET, wf_newref(WF_TUPLE_GET(info, 5)));
        }
        wf_setref(&e->extra, WF_NULL);
        e->extra = l;
        wf_decref(info);
    }
    return 0;
}

// str(SyntaxError): "msg (file.py, line 3)" with the file's base name.
static WfValue syntax_str(WfValue self) {
    WfException *e = EXC(self);
    const char *filename = NULL;
    if (e->filename && wf_is_str(e->filename)) {
        filename = wf_str_cstr(e->filename);
        const char *slash = strrchr(filename, '/');
        if (slash) filename = slash + 1;
    }
    WfValue lineno = (e->extra && wf_is_list(e->extra)) ? WF_LIST_ITEMS(e->extra)[SX_LINENO] : WF_NULL;
    bool have_lineno = lineno && wf_is_int(lineno) && wf_type(lineno) != &wf_bool_type;
    WfValue msg = e->msg ? e->msg : WF_NONE;
    if (!filename && !have_lineno) return wf_str(msg);
    WfStrBuf b;
    wf_strbuf_init(&b);
    if (wf_strbuf_append_str_of(&b, msg) < 0) goto error;
    if (filename) {
        wf_strbuf_printf(&b, " (%s", filename);
        if (have_lineno) {
            wf_strbuf_append_cstr(&b, ", line ");
            if (wf_strbuf_append_str_of(&b, lineno) < 0) goto error;
        }
        wf_strbuf_append_char(&b, ')');
    } else {
        wf_strbuf_append_cstr(&b, " (line ");
        if (wf_strbuf_append_str_of(&b, lineno) < 0) goto error;
        wf_strbuf_append_char(&b, ')');
    }
    return wf_strbuf_finish(&b);
error:
    wf_strbuf_free(&b);
    return WF_NULL;
}

// ---- UnicodeError subclasses -------------------------------------------------------------------

static int want_str(WfValue v, int argno) {
    if (wf_is_str(v)) return 0;
    wf_err_format(wf_TypeError, "argument %d must be str, not %s", argno, wf_type_name(v));
    return -1;
}

static int want_index(WfValue v) {
    if (wf_is_int(v)) return 0;
    wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer", wf_type_name(v));
    return -1;
}

// UnicodeDecodeError(encoding, object, start, end, reason) and friends; [kind]
// is 'd' (decode: object is bytes-like), 'e' (encode: object is a str) or
// 't' (translate: no encoding, 4 arguments).
static int unicode_init_kind(WfValue self, WfValue *args, size_t nargs, WfValue kwnames, char kind) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    size_t want = kind == 't' ? 4 : 5;
    if (nargs != want) {
        wf_err_format(wf_TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
        return -1;
    }
    WfValue *a = args;
    WfValue encoding = WF_NONE;
    if (kind != 't') {
        if (want_str(a[0], 1) < 0) return -1;
        encoding = a[0];
        a++;
    }
    WfValue object = a[0];
    WfValue owned_object = WF_NULL;
    if (kind == 'd') {
        if (wf_is_bytes(object)) {
            // keep it
        } else if (!WF_IS_SMALLINT(object) && wf_type(object) == &wf_bytearray_type) {
            WfByteArray *ba = (WfByteArray *)object;
            owned_object = wf_bytes_new(ba->data, ba->len);
            if (!owned_object) return -1;
            object = owned_object;
        } else {
            wf_err_format(wf_TypeError, "a bytes-like object is required, not '%s'", wf_type_name(object));
            return -1;
        }
    } else if (want_str(object, kind == 't' ? 1 : 2) < 0) {
        return -1;
    }
    if (want_index(a[1]) < 0 || want_index(a[2]) < 0 || want_str(a[3], kind == 't' ? 4 : 5) < 0) {
        wf_xdecref(owned_object);
        return -1;
    }
    WfValue l = none_list(UX_COUNT);
    if (!l) {
        wf_xdecref(owned_object);
        return -1;
    }
    wf_list_set_steal(l, UX_ENCODING, wf_newref(encoding));
    wf_list_set_steal(l, UX_OBJECT, wf_newref(object));
    wf_list_set_steal(l, UX_START, wf_newref(a[1]));
    wf_list_set_steal(l, UX_END, wf_newref(a[2]));
    wf_list_set_steal(l, UX_REASON, wf_newref(a[3]));
    wf_xdecref(owned_object);
    wf_setref(&EXC(self)->extra, WF_NULL);
    EXC(self)->extra = l;
    return 0;
}

static int udecode_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return unicode_init_kind(self, args, nargs, kwnames, 'd');
}
static int uencode_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return unicode_init_kind(self, args, nargs, kwnames, 'e');
}
static int utranslate_init(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return unicode_init_kind(self, args, nargs, kwnames, 't');
}

static int64_t int_or_zero(WfValue v) {
    int64_t n = 0;
    if (v && wf_is_int(v) && wf_int_to_i64(v, &n) < 0) {
        wf_err_clear();
        n = 0;
    }
    return n;
}

// The code point at index [idx] of str [s], or -1 when out of range.
static int64_t str_codepoint_at(WfValue s, int64_t idx) {
    if (idx < 0) return -1;
    const char *p = wf_str_cstr(s), *end = p + WF_STR_LEN(s);
    for (int64_t i = 0; p < end; i++) {
        uint32_t cp;
        int n = wf_utf8_decode(p, &cp);
        if (i == idx) return cp;
        p += n;
    }
    return -1;
}

static WfValue unicode_str_kind(WfValue self, char kind) {
    WfValue l = EXC(self)->extra;
    if (!l || !wf_is_list(l) || WF_LIST_LEN(l) < UX_COUNT) return base_str(self);
    WfValue *f = WF_LIST_ITEMS(l);
    WfValue reason = wf_str(f[UX_REASON]);
    if (!reason) return WF_NULL;
    WfValue encoding = wf_str(f[UX_ENCODING]);
    if (!encoding) {
        wf_decref(reason);
        return WF_NULL;
    }
    int64_t start = int_or_zero(f[UX_START]), end = int_or_zero(f[UX_END]);
    WfValue obj = f[UX_OBJECT];
    WfValue r;
    const char *enc = wf_str_cstr(encoding), *why = wf_str_cstr(reason);
    if (kind == 'd') {
        bool one = wf_is_bytes(obj) && start >= 0 && start < (int64_t)WF_BYTES_LEN(obj) && end == start + 1;
        if (one)
            r = wf_str_from_format("'%s' codec can't decode byte 0x%02x in position %lld: %s", enc,
                                   WF_BYTES_DATA(obj)[start], (long long)start, why);
        else
            r = wf_str_from_format("'%s' codec can't decode bytes in position %lld-%lld: %s", enc,
                                   (long long)start, (long long)(end - 1), why);
    } else {
        int64_t cp = (wf_is_str(obj) && end == start + 1) ? str_codepoint_at(obj, start) : -1;
        char ch[16];
        if (cp >= 0) {
            if (cp <= 0xff) snprintf(ch, sizeof ch, "\\x%02x", (unsigned)cp);
            else if (cp <= 0xffff) snprintf(ch, sizeof ch, "\\u%04x", (unsigned)cp);
            else snprintf(ch, sizeof ch, "\\U%08x", (unsigned)cp);
        }
        if (kind == 'e') {
            if (cp >= 0)
                r = wf_str_from_format("'%s' codec can't encode character '%s' in position %lld: %s", enc,
                                       ch, (long long)start, why);
            else
                r = wf_str_from_format("'%s' codec can't encode characters in position %lld-%lld: %s", enc,
                                       (long long)start, (long long)(end - 1), why);
        } else {
            if (cp >= 0)
                r = wf_str_from_format("can't translate character '%s' in position %lld: %s", ch,
                                       (long long)start, why);
            else
                r = wf_str_from_format("can't translate characters in position %lld-%lld: %s",
                                       (long long)start, (long long)(end - 1), why);
        }
    }
    wf_decref(reason);
    wf_decref(encoding);
    return r;
}

static WfValue udecode_str(WfValue self) { return unicode_str_kind(self, 'd'); }
static WfValue uencode_str(WfValue self) { return unicode_str_kind(self, 'e'); }
static WfValue utranslate_str(WfValue self) { return unicode_str_kind(self, 't'); }

// ---- per-class __init__ / __str__ methods ----------------------------------------------------------

#define INIT_METHOD(fn)                                                                    \
    static WfValue fn##_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) { \
        CHECK_SELF("__init__");                                                            \
        if (fn(self, args, nargs, kwnames) < 0) return WF_NULL;                            \
        return wf_newref(WF_NONE);                                                         \
    }
#define STR_METHOD(fn)                                                                     \
    static WfValue fn##_method(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) { \
        CHECK_SELF("__str__");                                                             \
        return fn(self);                                                                   \
    }

INIT_METHOD(stopiter_init)
INIT_METHOD(sysexit_init)
INIT_METHOD(import_init)
INIT_METHOD(attr_init)
INIT_METHOD(name_init)
INIT_METHOD(syntax_init)
INIT_METHOD(udecode_init)
INIT_METHOD(uencode_init)
INIT_METHOD(utranslate_init)
STR_METHOD(keyerror_str)
STR_METHOD(import_str)
STR_METHOD(oserror_str)
STR_METHOD(syntax_str)
STR_METHOD(udecode_str)
STR_METHOD(uencode_str)
STR_METHOD(utranslate_str)

static const WfMethodDef stopiter_methods[] = {
    {"__init__", stopiter_init_method, 0, NULL}, {NULL, NULL, 0, NULL}};
static const WfMethodDef sysexit_methods[] = {
    {"__init__", sysexit_init_method, 0, NULL}, {NULL, NULL, 0, NULL}};
static const WfMethodDef keyerror_methods[] = {
    {"__str__", keyerror_str_method, 0, NULL}, {NULL, NULL, 0, NULL}};
static const WfMethodDef import_methods[] = {
    {"__init__", import_init_method, 0, NULL}, {"__str__", import_str_method, 0, NULL},
    {NULL, NULL, 0, NULL}};
static const WfMethodDef attr_methods[] = {
    {"__init__", attr_init_method, 0, NULL}, {NULL, NULL, 0, NULL}};
static const WfMethodDef name_methods[] = {
    {"__init__", name_init_method, 0, NULL}, {NULL, NULL, 0, NULL}};
static const WfMethodDef os_methods[] = {
    {"__init__", oserror_init_method, 0, NULL}, {"__str__", oserror_str_method, 0, NULL},
    {"__reduce__", oserror_reduce, 0, NULL}, {NULL, NULL, 0, NULL}};
static const WfMethodDef syntax_methods[] = {
    {"__init__", syntax_init_method, 0, NULL}, {"__str__", syntax_str_method, 0, NULL},
    {NULL, NULL, 0, NULL}};
static const WfMethodDef udecode_methods[] = {
    {"__init__", udecode_init_method, 0, NULL}, {"__str__", udecode_str_method, 0, NULL},
    {NULL, NULL, 0, NULL}};
static const WfMethodDef uencode_methods[] = {
    {"__init__", uencode_init_method, 0, NULL}, {"__str__", uencode_str_method, 0, NULL},
    {NULL, NULL, 0, NULL}};
static const WfMethodDef utranslate_methods[] = {
    {"__init__", utranslate_init_method, 0, NULL}, {"__str__", utranslate_str_method, 0, NULL},
    {NULL, NULL, 0, NULL}};

// ---- BaseExceptionGroup ---------------------------------------------------------------------------

bool wf_is_exc_group(WfValue v) {
    return wf_BaseExceptionGroup && wf_is_exception(v) &&
           wf_type_is_subtype(wf_type(v), wf_BaseExceptionGroup);
}

// PySequence_Check: indexable and not a mapping.
static bool is_sequence(WfValue v) {
    if (wf_is_list(v) || wf_is_tuple(v)) return true;
    if (wf_is_dict(v)) return false;
    return wf_type(v)->getitem != NULL;
}

static WfValue group_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
        return WF_NULL;
    }
    WfValue message = args[0], excs = args[1];
    if (!wf_is_str(message)) {
        wf_err_format(wf_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                      wf_type_name(message));
        return WF_NULL;
    }
    if (!is_sequence(excs)) {
        wf_err_set_str(wf_TypeError, "second argument (exceptions) must be a sequence");
        return WF_NULL;
    }
    WfValue tuple = wf_tuple_from_iterable(excs);
    if (!tuple) return WF_NULL;
    size_t n = WF_TUPLE_LEN(tuple);
    if (n == 0) {
        wf_decref(tuple);
        wf_err_set_str(wf_ValueError, "second argument (exceptions) must be a non-empty sequence");
        return WF_NULL;
    }
    bool nested_base = false;
    for (size_t i = 0; i < n; i++) {
        WfValue e = WF_TUPLE_GET(tuple, i);
        if (!wf_is_exception(e)) {
            wf_decref(tuple);
            wf_err_format(wf_ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
            return WF_NULL;
        }
        if (!wf_type_is_subtype(wf_type(e), wf_Exception)) nested_base = true;
    }
    if (type == wf_BaseExceptionGroup) {
        if (!nested_base) type = wf_ExceptionGroup;
    } else if (type == wf_ExceptionGroup) {
        if (nested_base) {
            wf_decref(tuple);
            wf_err_set_str(wf_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            return WF_NULL;
        }
    } else if (nested_base && wf_type_is_subtype(type, wf_Exception)) {
        wf_decref(tuple);
        wf_err_format(wf_TypeError, "Cannot nest BaseExceptions in '%s'", wf_type_name_of(type));
        return WF_NULL;
    }
    WfValue self = exc_alloc(type, args, nargs);
    if (!self) {
        wf_decref(tuple);
        return WF_NULL;
    }
    wf_setref(&EXC(self)->msg, message);
    EXC(self)->extra = tuple;
    return self;
}

static WfValue group_str(WfValue self) {
    WfValue excs = EXC(self)->extra;
    size_t n = excs && wf_is_tuple(excs) ? WF_TUPLE_LEN(excs) : 0;
    WfStrBuf b;
    wf_strbuf_init(&b);
    if (wf_strbuf_append_str_of(&b, EXC(self)->msg ? EXC(self)->msg : WF_NONE) < 0) {
        wf_strbuf_free(&b);
        return WF_NULL;
    }
    wf_strbuf_printf(&b, " (%zu sub-exception%s)", n, n == 1 ? "" : "s");
    return wf_strbuf_finish(&b);
}
STR_METHOD(group_str)

// BaseExceptionGroup(self.message, excs): what derive() returns.
static WfValue group_derive_impl(WfValue self, WfValue excs) {
    WfValue a[2] = {EXC(self)->msg ? EXC(self)->msg : WF_NONE, excs};
    return wf_exc_new(wf_BaseExceptionGroup, a, 2);
}

static WfValue group_derive(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CHECK_SELF("derive");
    if (one_arg("BaseExceptionGroup.derive", nargs, kwnames) < 0) return WF_NULL;
    return group_derive_impl(self, args[0]);
}

enum { MATCH_BY_TYPE, MATCH_BY_PREDICATE, MATCH_BY_IDS };

typedef struct IdSet {
    WfValue *items;
    size_t len, cap;
} IdSet;

static int idset_add(IdSet *s, WfValue v) {
    if (s->len == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 8;
        WfValue *p = realloc(s->items, cap * sizeof *p);
        if (!p) {
            wf_err_no_memory();
            return -1;
        }
        s->items = p;
        s->cap = cap;
    }
    s->items[s->len++] = v;
    return 0;
}

static bool idset_has(const IdSet *s, WfValue v) {
    for (size_t i = 0; i < s->len; i++)
        if (s->items[i] == v) return true;
    return false;
}

// Adds the leaf exceptions of [exc] (borrowed pointers) to [s].
static int collect_leaf_ids(WfValue exc, IdSet *s) {
    if (exc == WF_NONE) return 0;
    if (!wf_is_exc_group(exc)) return idset_add(s, exc);
    WfValue excs = EXC(exc)->extra;
    if (!excs || !wf_is_tuple(excs)) return 0;
    if (wf_enter_recursive_call(" in collect_exception_group_leaf_ids") < 0) return -1;
    int r = 0;
    for (size_t i = 0; i < WF_TUPLE_LEN(excs) && r == 0; i++) r = collect_leaf_ids(WF_TUPLE_GET(excs, i), s);
    wf_leave_recursive_call();
    return r;
}

static int split_match(WfValue exc, int kind, WfValue cond, const IdSet *ids) {
    switch (kind) {
    case MATCH_BY_TYPE: return exc_matches_class(exc, cond);
    case MATCH_BY_PREDICATE: {
        WfValue r = wf_call1(cond, exc);
        if (!r) return -1;
        int t = wf_is_true(r);
        wf_decref(r);
        return t;
    }
    default: return idset_has(ids, exc);
    }
}

// The subgroup of [orig] made of [excs] (a list), carrying orig's metadata;
// *out = NULL when the list is empty.
static int group_subset(WfValue orig, WfValue excs, WfValue *out) {
    *out = WF_NULL;
    if (WF_LIST_LEN(excs) == 0) return 0;
    WfValue eg = wf_call_method(orig, "derive", &excs, 1);
    if (!eg) return -1;
    if (!wf_is_exc_group(eg)) {
        wf_decref(eg);
        wf_err_set_str(wf_TypeError, "derive must return an instance of BaseExceptionGroup");
        return -1;
    }
    if (EXC(orig)->traceback) wf_setref(&EXC(eg)->traceback, EXC(orig)->traceback);
    wf_setref(&EXC(eg)->context, EXC(orig)->context);
    wf_exc_set_cause(eg, EXC(orig)->cause);
    WfValue notes;
    int r = wf_getattr_opt(orig, WF_ID(__notes__), &notes);
    if (r < 0) {
        wf_decref(eg);
        return -1;
    }
    if (r > 0) {
        if (is_sequence(notes)) {
            WfValue copy = wf_list_from_iterable(notes);
            int sr = copy ? wf_setattr(eg, WF_ID(__notes__), copy) : -1;
            wf_xdecref(copy);
            if (sr < 0) {
                wf_decref(notes);
                wf_decref(eg);
                return -1;
            }
        }
        wf_decref(notes);
    }
    *out = eg;
    return 0;
}

// Splits [exc] by the matcher: *match / *rest receive new references or NULL.
static int split_recursive(WfValue exc, int kind, WfValue cond, const IdSet *ids, bool want_rest,
                           WfValue *match, WfValue *rest) {
    *match = *rest = WF_NULL;
    int m = split_match(exc, kind, cond, ids);
    if (m < 0) return -1;
    if (m) {
        *match = wf_newref(exc);
        return 0;
    }
    if (!wf_is_exc_group(exc)) {
        if (want_rest) *rest = wf_newref(exc);
        return 0;
    }
    WfValue excs = EXC(exc)->extra;
    WfValue match_list = wf_list_new(0);
    WfValue rest_list = want_rest ? wf_list_new(0) : WF_NULL;
    int result = -1;
    if (!match_list || (want_rest && !rest_list)) goto done;
    if (wf_enter_recursive_call(" in exceptiongroup_split_recursive") < 0) goto done;
    for (size_t i = 0; excs && i < WF_TUPLE_LEN(excs); i++) {
        WfValue m1, r1;
        if (split_recursive(WF_TUPLE_GET(excs, i), kind, cond, ids, want_rest, &m1, &r1) < 0) {
            wf_leave_recursive_call();
            goto done;
        }
        if (m1 && wf_list_append_steal(match_list, m1) < 0) {
            wf_xdecref(r1);
            wf_leave_recursive_call();
            goto done;
        }
        if (r1 && wf_list_append_steal(rest_list, r1) < 0) {
            wf_leave_recursive_call();
            goto done;
        }
    }
    wf_leave_recursive_call();
    if (group_subset(exc, match_list, match) < 0) goto done;
    if (want_rest && group_subset(exc, rest_list, rest) < 0) {
        wf_clear(match);
        goto done;
    }
    result = 0;
done:
    wf_xdecref(match_list);
    wf_xdecref(rest_list);
    return result;
}

static int matcher_kind(WfValue cond) {
    if (wf_callable(cond) && !wf_is_type(cond)) return MATCH_BY_PREDICATE;
    if (is_exc_class(cond)) return MATCH_BY_TYPE;
    if (wf_is_tuple(cond)) {
        bool ok = true;
        for (size_t i = 0; i < WF_TUPLE_LEN(cond); i++)
            if (!is_exc_class(WF_TUPLE_GET(cond, i))) ok = false;
        if (ok) return MATCH_BY_TYPE;
    }
    wf_err_set_str(wf_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static WfValue group_split(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CHECK_SELF("split");
    if (unpack_one("split", nargs, kwnames) < 0) return WF_NULL;
    int kind = matcher_kind(args[0]);
    if (kind < 0) return WF_NULL;
    WfValue m, r;
    if (split_recursive(self, kind, args[0], NULL, true, &m, &r) < 0) return WF_NULL;
    WfValue t = wf_tuple_pack(2, m ? m : WF_NONE, r ? r : WF_NONE);
    wf_xdecref(m);
    wf_xdecref(r);
    return t;
}

static WfValue group_subgroup(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    CHECK_SELF("subgroup");
    if (unpack_one("subgroup", nargs, kwnames) < 0) return WF_NULL;
    int kind = matcher_kind(args[0]);
    if (kind < 0) return WF_NULL;
    WfValue m, r;
    if (split_recursive(self, kind, args[0], NULL, false, &m, &r) < 0) return WF_NULL;
    wf_xdecref(r);
    return m ? m : wf_newref(WF_NONE);
}

static WfValue group_class_getitem(WfValue cls, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_newref(cls);
}

static const WfMethodDef group_methods[] = {
    {"__str__", group_str_method, 0, NULL},
    {"derive", group_derive, 0, NULL},
    {"split", group_split, 0, NULL},
    {"subgroup", group_subgroup, 0, NULL},
    {"__class_getitem__", group_class_getitem, WF_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

// ---- except* support (exc_group.h) ------------------------------------------------------------

static int check_except_star_type(WfValue t) {
    WfValue items = wf_is_tuple(t) ? t : WF_NULL;
    size_t n = items ? WF_TUPLE_LEN(items) : 1;
    for (size_t i = 0; i < n; i++) {
        WfValue c = items ? WF_TUPLE_GET(items, i) : t;
        if (!is_exc_class(c)) {
            wf_err_set_str(wf_TypeError,
                           "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
        if (wf_type_is_subtype((WfType *)c, wf_BaseExceptionGroup)) {
            wf_err_set_str(wf_TypeError,
                           "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    }
    return 0;
}

int wf_exc_group_split(WfValue eg, WfValue match_type, WfValue *match, WfValue *rest) {
    if (check_except_star_type(match_type) < 0) return -1;
    if (eg == WF_NONE) {
        *match = wf_newref(WF_NONE);
        *rest = wf_newref(WF_NONE);
        return 0;
    }
    if (exc_matches_class(eg, match_type)) {
        if (wf_is_exc_group(eg)) {
            *match = wf_newref(eg);
        } else {
            // A naked exception: wrap it (CPython's wrapper shows no frame of its own).
            WfValue excs = wf_tuple_pack(1, eg);
            if (!excs) return -1;
            WfValue msg = wf_str_from_cstr("");
            if (!msg) {
                wf_decref(excs);
                return -1;
            }
            WfValue a[2] = {msg, excs};
            WfValue wrapped = wf_exc_new(wf_BaseExceptionGroup, a, 2);
            wf_decref(msg);
            wf_decref(excs);
            if (!wrapped) return -1;
            *match = wrapped;
        }
        *rest = wf_newref(WF_NONE);
        return 0;
    }
    if (wf_is_exc_group(eg)) {
        WfValue m, r;
        if (split_recursive(eg, MATCH_BY_TYPE, match_type, NULL, true, &m, &r) < 0) return -1;
        *match = m ? m : wf_newref(WF_NONE);
        *rest = r ? r : wf_newref(WF_NONE);
        return 0;
    }
    *match = wf_newref(WF_NONE);
    *rest = wf_newref(eg);
    return 0;
}

static bool same_metadata(WfValue a, WfValue b) {
    if (EXC(a)->traceback != EXC(b)->traceback || EXC(a)->cause != EXC(b)->cause ||
        EXC(a)->context != EXC(b)->context)
        return false;
    WfValue na = EXC(a)->dict ? wf_dict_get_str_borrowed(EXC(a)->dict, WF_ID(__notes__)) : WF_NULL;
    WfValue nb = EXC(b)->dict ? wf_dict_get_str_borrowed(EXC(b)->dict, WF_ID(__notes__)) : WF_NULL;
    return na == nb;
}

// The part of [eg] whose leaves appear in the groups of [keep] (or None).
static WfValue group_projection(WfValue eg, WfValue keep) {
    IdSet ids = {0};
    WfValue result = WF_NULL;
    for (size_t i = 0; i < WF_LIST_LEN(keep); i++)
        if (collect_leaf_ids(WF_LIST_ITEMS(keep)[i], &ids) < 0) goto done;
    WfValue m, r;
    if (split_recursive(eg, MATCH_BY_IDS, WF_NULL, &ids, false, &m, &r) < 0) goto done;
    wf_xdecref(r);
    result = m ? m : wf_newref(WF_NONE);
done:
    free(ids.items);
    return result;
}

WfValue wf_exc_prep_reraise_star(WfValue orig, WfValue raised_list) {
    size_t n = WF_LIST_LEN(raised_list);
    if (n == 0) return wf_newref(WF_NONE);
    if (!wf_is_exc_group(orig)) {
        // A naked exception was caught and wrapped: at most one clause ran.
        for (size_t i = 0; i < n; i++) {
            WfValue e = WF_LIST_ITEMS(raised_list)[i];
            if (e != WF_NONE) return wf_newref(e);
        }
        return wf_newref(WF_NONE);
    }
    WfValue raised = wf_list_new(0), reraised = wf_list_new(0), reraised_eg = WF_NULL, result = WF_NULL;
    if (!raised || !reraised) goto done;
    for (size_t i = 0; i < n; i++) {
        WfValue e = WF_LIST_ITEMS(raised_list)[i];
        if (e == WF_NONE) continue;
        bool is_reraise = wf_is_exception(e) && same_metadata(e, orig);
        if (wf_list_append(is_reraise ? reraised : raised, e) < 0) goto done;
    }
    reraised_eg = group_projection(orig, reraised);
    if (!reraised_eg) goto done;
    if (WF_LIST_LEN(raised) == 0) {
        result = wf_newref(reraised_eg);
        goto done;
    }
    if (reraised_eg != WF_NONE && wf_list_append(raised, reraised_eg) < 0) goto done;
    if (WF_LIST_LEN(raised) > 1) {
        WfValue msg = wf_str_from_cstr("");
        if (!msg) goto done;
        WfValue a[2] = {msg, raised};
        result = wf_exc_new(wf_BaseExceptionGroup, a, 2);
        wf_decref(msg);
    } else {
        result = wf_newref(WF_LIST_ITEMS(raised)[0]);
    }
done:
    wf_xdecref(raised);
    wf_xdecref(reraised);
    wf_xdecref(reraised_eg);
    return result;
}

// ---- suggestions (exc_ext.h) ---------------------------------------------------------------------

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_LEN 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t subst_cost(char a, char b) {
    if (a == b) return 0;
    if ((a & 31) != (b & 31)) return MOVE_COST;
    char la = (a >= 'A' && a <= 'Z') ? (char)(a + 32) : a;
    char lb = (b >= 'A' && b <= 'Z') ? (char)(b + 32) : b;
    return la == lb ? CASE_COST : MOVE_COST;
}

// Weighted edit distance (substitution/insertion/deletion cost 2, case
// change 1), giving up (returning max_cost + 1) once it exceeds [max_cost].
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    while (na && nb && a[0] == b[0]) a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
    if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
    if (na > SUGGEST_MAX_LEN || nb > SUGGEST_MAX_LEN) return max_cost + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    size_t row[SUGGEST_MAX_LEN];
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * MOVE_COST;      // cost(b[:j], a[:0])
        result = diag + MOVE_COST;        // cost(b[:j+1], a[:0])
        size_t row_min = (size_t)-1;
        for (size_t i = 0; i < na; i++) {
            size_t sub = diag + subst_cost(b[j], a[i]);
            diag = row[i];
            size_t del = (result < diag ? result : diag) + MOVE_COST;
            result = sub < del ? sub : del;
            row[i] = result;
            if (result < row_min) row_min = result;
        }
        if (row_min > max_cost) return max_cost + 1;
    }
    return result;
}

WfValue wf_exc_closest_name(WfValue candidates, WfValue name) {
    if (!wf_is_str(name)) return WF_NULL;
    size_t n;
    WfValue *items;
    if (wf_is_list(candidates)) {
        n = WF_LIST_LEN(candidates);
        items = WF_LIST_ITEMS(candidates);
    } else if (wf_is_tuple(candidates)) {
        n = WF_TUPLE_LEN(candidates);
        items = WF_TUPLE_ITEMS(candidates);
    } else {
        return WF_NULL;
    }
    if (n >= SUGGEST_MAX_ITEMS) return WF_NULL;
    const char *ns = wf_str_cstr(name);
    size_t nlen = WF_STR_LEN(name);
    WfValue best = WF_NULL;
    size_t best_dist = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        WfValue item = items[i];
        if (!wf_is_str(item)) continue;
        if (wf_str_eq(item, name)) continue;
        size_t ilen = WF_STR_LEN(item);
        size_t max_dist = (nlen + ilen + 3) * MOVE_COST / 6;
        if (best && best_dist - 1 < max_dist) max_dist = best_dist - 1;
        size_t d = edit_distance(ns, nlen, wf_str_cstr(item), ilen, max_dist);
        if (d > max_dist) continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

static WfValue dict_keys_list(WfValue dict) {
    WfValue l = wf_list_new(0);
    if (!l) return WF_NULL;
    size_t pos = 0;
    WfValue k;
    while (wf_dict_next(dict, &pos, &k, NULL)) {
        if (wf_list_append(l, k) < 0) {
            wf_decref(l);
            return WF_NULL;
        }
    }
    return l;
}

// "name 'x' is not defined" and friends: the quoted name, for NameErrors
// raised without .name.
static WfValue name_from_message(WfValue exc) {
    if (args_len(exc) != 1) return WF_NULL;
    WfValue m = WF_TUPLE_GET(EXC(exc)->args, 0);
    if (!wf_is_str(m)) return WF_NULL;
    const char *s = wf_str_cstr(m);
    const char *prefixes[] = {"name '", "cannot access local variable '", "cannot access free variable '",
                              "free variable '", "local variable '"};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t pl = strlen(prefixes[i]);
        if (strncmp(s, prefixes[i], pl) == 0) {
            const char *q = strchr(s + pl, '\'');
            if (!q) return WF_NULL;
            return wf_str_from_utf8(s + pl, (size_t)(q - (s + pl)));
        }
    }
    return WF_NULL;
}

void wf_exc_note_name_error_frame(WfValue exc) {
    // Cheap on purpose (NameErrors may be raised and caught in loops): keep
    // the globals of the raising frame; wf_exc_suggestion does the work.
    if (!wf_NameError || !wf_is_exception(exc) || !wf_type_is_subtype(wf_type(exc), wf_NameError)) return;
    if (EXC(exc)->extra) return;
    WfFrame *f = wf_frame_current();
    WfValue globals = f ? wf_frame_globals(f) : WF_NULL;
    if (globals && wf_is_dict(globals)) EXC(exc)->extra = wf_newref(globals);
}

// The closest of the local names of the innermost traceback entry, the
// globals recorded when the NameError was raised, then the builtins.
static WfValue name_error_suggestion(WfValue exc) {
    WfValue name = EXC(exc)->value ? wf_newref(EXC(exc)->value) : name_from_message(exc);
    WfValue best = WF_NULL, keys = WF_NULL;
    WfValue tb = EXC(exc)->traceback;
    if (!name || !wf_is_str(name) || !tb) goto done;
    while (((WfTraceback *)tb)->next) tb = ((WfTraceback *)tb)->next;
    WfValue code = ((WfTraceback *)tb)->code;
    if (code && wf_is_code(code) && ((WfCode *)code)->localnames)
        best = wf_exc_closest_name(((WfCode *)code)->localnames, name);
    WfValue globals = EXC(exc)->extra;
    if (!best && globals && wf_is_dict(globals)) {
        keys = dict_keys_list(globals);
        if (keys) best = wf_exc_closest_name(keys, name);
    }
    if (!best && wf_interp.builtins && wf_is_dict(wf_interp.builtins)) {
        wf_xdecref(keys);
        keys = dict_keys_list(wf_interp.builtins);
        if (keys) best = wf_exc_closest_name(keys, name);
    }
    wf_xincref(best);
done:
    wf_xdecref(keys);
    wf_xdecref(name);
    if (wf_err_occurred()) wf_err_clear();
    return best;
}

WfValue wf_exc_suggestion(WfValue exc) {
    if (!wf_is_exception(exc)) return WF_NULL;
    WfType *t = wf_type(exc);
    if (wf_AttributeError && wf_type_is_subtype(t, wf_AttributeError)) {
        WfValue name = EXC(exc)->value, obj = EXC(exc)->extra;
        if (!name || !obj || WF_IS_SMALLINT(name) || wf_type(name) != &wf_str_type) return WF_NULL;
        if (!wf_interp.builtins) return WF_NULL;
        WfValue dir = wf_dict_get_str_borrowed(wf_interp.builtins, WF_ID(dir));
        if (!dir) return WF_NULL;
        wf_incref(name);
        wf_incref(obj);
        WfValue saved = wf_err_fetch();
        WfValue names = wf_call1(dir, obj);
        WfValue best = WF_NULL;
        if (names) {
            best = wf_exc_closest_name(names, name);
            wf_xincref(best);
            wf_decref(names);
        }
        if (wf_err_occurred()) wf_err_clear();
        wf_err_restore_steal(saved);
        wf_decref(name);
        wf_decref(obj);
        return best;
    }
    if (wf_NameError && wf_type_is_subtype(t, wf_NameError)) {
        WfValue saved = wf_err_fetch();
        WfValue best = name_error_suggestion(exc);
        wf_err_restore_steal(saved);
        return best;
    }
    return WF_NULL;
}

void wf_exc_set_name_info(WfValue exc, WfValue name, WfValue obj) {
    if (!wf_is_exception(exc)) return;
    WfType *t = wf_type(exc);
    bool is_attr = wf_AttributeError && wf_type_is_subtype(t, wf_AttributeError);
    bool is_name = wf_NameError && wf_type_is_subtype(t, wf_NameError);
    if (!is_attr && !is_name) return;
    if (name) wf_setref(&EXC(exc)->value, name);
    if (obj && is_attr) wf_setref(&EXC(exc)->extra, obj);
}

static void raise_with_name_info(WfType *type, WfValue obj, WfValue name, const char *fmt, va_list ap) {
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    char *buf = small;
    if (n >= (int)sizeof small) {
        buf = malloc((size_t)n + 1);
        if (!buf) {
            va_end(ap2);
            wf_err_no_memory();
            return;
        }
        vsnprintf(buf, (size_t)n + 1, fmt, ap2);
    }
    va_end(ap2);
    WfValue exc = wf_exc_new_format(type, "%s", n < 0 ? "" : buf);
    if (buf != small) free(buf);
    if (!exc) return;
    wf_exc_set_name_info(exc, name, obj);
    wf_err_set_obj(exc);
    wf_decref(exc);
}

void wf_err_attribute_format(WfValue obj, WfValue name, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_with_name_info(wf_AttributeError, obj, name, fmt, ap);
    va_end(ap);
}

void wf_err_name_format(WfType *type, WfValue name, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_with_name_info(type, WF_NULL, name, fmt, ap);
    va_end(ap);
}

static void raise_unicode_error(WfType *type, WfValue *args, size_t nargs) {
    WfValue exc = WF_NULL;
    bool ok = true;
    for (size_t i = 0; i < nargs; i++) ok = ok && args[i];
    if (ok) exc = wf_exc_new(type, args, nargs);
    for (size_t i = 0; i < nargs; i++) wf_xdecref(args[i]);
    if (!exc) {
        if (!wf_err_occurred()) wf_err_no_memory();
        return;
    }
    wf_err_set_obj(exc);
    wf_decref(exc);
}

void wf_err_unicode_decode(const char *encoding, const void *data, size_t len, size_t start, size_t end,
                           const char *reason) {
    WfValue a[5] = {wf_str_from_cstr(encoding), wf_bytes_new(data, len), wf_int_from_i64((int64_t)start),
                    wf_int_from_i64((int64_t)end), wf_str_from_cstr(reason)};
    raise_unicode_error(wf_UnicodeDecodeError, a, 5);
}

void wf_err_unicode_encode(const char *encoding, WfValue str, size_t start, size_t end, const char *reason) {
    WfValue a[5] = {wf_str_from_cstr(encoding), wf_newref(str), wf_int_from_i64((int64_t)start),
                    wf_int_from_i64((int64_t)end), wf_str_from_cstr(reason)};
    raise_unicode_error(wf_UnicodeEncodeError, a, 5);
}

// ---- the class table ------------------------------------------------------------------------------

typedef struct ExcSpec {
    int index;                 // EXC_IDX_*
    int base;                  // EXC_IDX_* of the base, -1 for BaseException (object)
    WfNewFn new_;
    WfInitFn init;
    WfUnaryFn str;             // NULL: the base's
    const WfMethodDef *methods;
    const WfGetSetDef *getsets;
    const char *doc;
} ExcSpec;

#define E(name) EXC_IDX_##name
static const ExcSpec exc_specs[] = {
    {E(BaseException), -1, exc_new, base_init, base_str, base_methods, base_getsets,
     "Common base class for all exceptions"},
    {E(BaseExceptionGroup), E(BaseException), group_new, base_init, group_str, group_methods, group_getsets,
     "A combination of multiple unrelated exceptions."},
    {E(GeneratorExit), E(BaseException), NULL, NULL, NULL, NULL, NULL, "Request that a generator exit."},
    {E(KeyboardInterrupt), E(BaseException), NULL, NULL, NULL, NULL, NULL, "Program interrupted by user."},
    {E(SystemExit), E(BaseException), NULL, sysexit_init, NULL, sysexit_methods, sysexit_getsets,
     "Request to exit from the interpreter."},
    {E(Exception), E(BaseException), NULL, NULL, NULL, NULL, NULL,
     "Common base class for all non-exit exceptions."},
    {E(ArithmeticError), E(Exception), NULL, NULL, NULL, NULL, NULL, "Base class for arithmetic errors."},
    {E(FloatingPointError), E(ArithmeticError), NULL, NULL, NULL, NULL, NULL, "Floating point operation failed."},
    {E(OverflowError), E(ArithmeticError), NULL, NULL, NULL, NULL, NULL, "Result too large to be represented."},
    {E(ZeroDivisionError), E(ArithmeticError), NULL, NULL, NULL, NULL, NULL,
     "Second argument to a division or modulo operation was zero."},
    {E(AssertionError), E(Exception), NULL, NULL, NULL, NULL, NULL, "Assertion failed."},
    {E(AttributeError), E(Exception), NULL, attr_init, NULL, attr_methods, attr_getsets, "Attribute not found."},
    {E(BufferError), E(Exception), NULL, NULL, NULL, NULL, NULL, "Buffer error."},
    {E(EOFError), E(Exception), NULL, NULL, NULL, NULL, NULL, "Read beyond end of file."},
    {E(ExceptionGroup), E(BaseExceptionGroup), NULL, NULL, NULL, NULL, NULL, NULL},
    {E(ImportError), E(Exception), NULL, import_init, import_str, import_methods, import_getsets,
     "Import can't find module, or can't find name in module."},
    {E(ModuleNotFoundError), E(ImportError), NULL, NULL, NULL, NULL, NULL, "Module not found."},
    {E(LookupError), E(Exception), NULL, NULL, NULL, NULL, NULL, "Base class for lookup errors."},
    {E(IndexError), E(LookupError), NULL, NULL, NULL, NULL, NULL, "Sequence index out of range."},
    {E(KeyError), E(LookupError), NULL, NULL, keyerror_str, keyerror_methods, NULL, "Mapping key not found."},
    {E(MemoryError), E(Exception), NULL, NULL, NULL, NULL, NULL, "Out of memory."},
    {E(NameError), E(Exception), NULL, name_init, NULL, name_methods, name_getsets, "Name not found globally."},
    {E(UnboundLocalError), E(NameError), NULL, NULL, NULL, NULL, NULL, "Local name referenced but not bound to a value."},
    {E(OSError), E(Exception), oserror_new, oserror_init, oserror_str, os_methods, os_getsets,
     "Base class for I/O related errors."},
    {E(BlockingIOError), E(OSError), NULL, NULL, NULL, NULL, blocking_getsets, "I/O operation would block."},
    {E(ChildProcessError), E(OSError), NULL, NULL, NULL, NULL, NULL, "Child process error."},
    {E(ConnectionError), E(OSError), NULL, NULL, NULL, NULL, NULL, "Connection error."},
    {E(BrokenPipeError), E(ConnectionError), NULL, NULL, NULL, NULL, NULL, "Broken pipe."},
    {E(ConnectionAbortedError), E(ConnectionError), NULL, NULL, NULL, NULL, NULL, "Connection aborted."},
    {E(ConnectionRefusedError), E(ConnectionError), NULL, NULL, NULL, NULL, NULL, "Connection refused."},
    {E(ConnectionResetError), E(ConnectionError), NULL, NULL, NULL, NULL, NULL, "Connection reset."},
    {E(FileExistsError), E(OSError), NULL, NULL, NULL, NULL, NULL, "File already exists."},
    {E(FileNotFoundError), E(OSError), NULL, NULL, NULL, NULL, NULL, "File not found."},
    {E(InterruptedError), E(OSError), NULL, NULL, NULL, NULL, NULL, "Interrupted by signal."},
    {E(IsADirectoryError), E(OSError), NULL, NULL, NULL, NULL, NULL, "Operation doesn't work on directories."},
    {E(NotADirectoryError), E(OSError), NULL, NULL, NULL, NULL, NULL, "Operation only works on directories."},
    {E(PermissionError), E(OSError), NULL, NULL, NULL, NULL, NULL, "Not enough permissions."},
    {E(ProcessLookupError), E(OSError), NULL, NULL, NULL, NULL, NULL, "Process not found."},
    {E(TimeoutError), E(OSError), NULL, NULL, NULL, NULL, NULL, "Timeout expired."},
    {E(ReferenceError), E(Exception), NULL, NULL, NULL, NULL, NULL, "Weak ref proxy used after referent went away."},
    {E(RuntimeError), E(Exception), NULL, NULL, NULL, NULL, NULL, "Unspecified run-time error."},
    {E(NotImplementedError), E(RuntimeError), NULL, NULL, NULL, NULL, NULL,
     "Method or function hasn't been implemented yet."},
    {E(RecursionError), E(RuntimeError), NULL, NULL, NULL, NULL, NULL, "Recursion limit exceeded."},
    {E(StopAsyncIteration), E(Exception), NULL, NULL, NULL, NULL, NULL, "Signal the end from iterator.__anext__()."},
    {E(StopIteration), E(Exception), NULL, stopiter_init, NULL, stopiter_methods, stopiter_getsets,
     "Signal the end from iterator.__next__()."},
    {E(SyntaxError), E(Exception), NULL, syntax_init, syntax_str, syntax_methods, syntax_getsets,
     "Invalid syntax."},
    {E(IndentationError), E(SyntaxError), NULL, NULL, NULL, NULL, NULL, "Improper indentation."},
    {E(TabError), E(IndentationError), NULL, NULL, NULL, NULL, NULL, "Improper mixture of spaces and tabs."},
    {E(SystemError), E(Exception), NULL, NULL, NULL, NULL, NULL,
     "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the "
     "traceback,\nthe Python version, and the hardware/OS platform and version."},
    {E(TypeError), E(Exception), NULL, NULL, NULL, NULL, NULL, "Inappropriate argument type."},
    {E(ValueError), E(Exception), NULL, NULL, NULL, NULL, NULL, "Inappropriate argument value (of correct type)."},
    {E(UnicodeError), E(ValueError), NULL, NULL, NULL, NULL, NULL, "Unicode related error."},
    {E(UnicodeDecodeError), E(UnicodeError), NULL, udecode_init, udecode_str, udecode_methods, unicode_getsets,
     "Unicode decoding error."},
    {E(UnicodeEncodeError), E(UnicodeError), NULL, uencode_init, uencode_str, uencode_methods, unicode_getsets,
     "Unicode encoding error."},
    {E(UnicodeTranslateError), E(UnicodeError), NULL, utranslate_init, utranslate_str, utranslate_methods,
     unicode_getsets, "Unicode translation error."},
    {E(Warning), E(Exception), NULL, NULL, NULL, NULL, NULL, "Base class for warning categories."},
    {E(BytesWarning), E(Warning), NULL, NULL, NULL, NULL, NULL,
     "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or "
     "comparing to str."},
    {E(DeprecationWarning), E(Warning), NULL, NULL, NULL, NULL, NULL,
     "Base class for warnings about deprecated features."},
    {E(EncodingWarning), E(Warning), NULL, NULL, NULL, NULL, NULL,
     "Base class for warnings about encodings."},
    {E(FutureWarning), E(Warning), NULL, NULL, NULL, NULL, NULL,
     "Base class for warnings about constructs that will change semantically\nin the future."},
    {E(ImportWarning), E(Warning), NULL, NULL, NULL, NULL, NULL,
     "Base class for warnings about probable mistakes in module imports"},
    {E(PendingDeprecationWarning), E(Warning), NULL, NULL, NULL, NULL, NULL,
     "Base class for warnings about features which will be deprecated\nin the future."},
    {E(ResourceWarning), E(Warning), NULL, NULL, NULL, NULL, NULL,
     "Base class for warnings about resource usage."},
    {E(RuntimeWarning), E(Warning), NULL, NULL, NULL, NULL, NULL,
     "Base class for warnings about dubious runtime behavior."},
    {E(SyntaxWarning), E(Warning), NULL, NULL, NULL, NULL, NULL, "Base class for warnings about dubious syntax."},
    {E(UnicodeWarning), E(Warning), NULL, NULL, NULL, NULL, NULL,
     "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems."},
    {E(UserWarning), E(Warning), NULL, NULL, NULL, NULL, NULL, "Base class for warnings generated by user code."},
};
#undef E

static const char *const exc_names[EXC_COUNT] = {
#define WF_EXC_NAME(name) #name,
    WF_EXC_LIST(WF_EXC_NAME)
#undef WF_EXC_NAME
};

static WfType **const exc_slots[EXC_COUNT] = {
#define WF_EXC_SLOT(name) &wf_##name,
    WF_EXC_LIST(WF_EXC_SLOT)
#undef WF_EXC_SLOT
};

static int create_classes(void) {
    size_t nspecs = sizeof exc_specs / sizeof exc_specs[0];
    if (nspecs != EXC_COUNT) wf_fatal("exc.c: %zu class specs for %d classes", nspecs, (int)EXC_COUNT);
    for (size_t i = 0; i < nspecs; i++) {
        const ExcSpec *s = &exc_specs[i];
        WfType *t = &exc_storage[s->index];
        WfType *base = s->base < 0 ? NULL : &exc_storage[s->base];
        if (base && !(base->flags & WF_TPFLAGS_READY))
            wf_fatal("exc.c: base of %s listed after it", exc_names[s->index]);
        t->ob.refcnt = WF_IMMORTAL_REFCNT;
        t->ob.type = &wf_type_type;
        t->name = exc_names[s->index];
        t->basicsize = sizeof(WfException);
        t->flags = WF_TPFLAGS_BASETYPE | WF_TPFLAGS_EXC_SUBCLASS;
        t->base = base ? base : &wf_object_type;
        t->dictoffset = offsetof(WfException, dict);
        t->dealloc = exc_dealloc;
        t->repr = exc_repr;
        t->str = s->str ? s->str : (base ? base->str : base_str);
        t->new_ = s->new_ ? s->new_ : (base ? base->new_ : exc_new);
        t->init = s->init ? s->init : (base ? base->init : base_init);
        t->methods = s->methods;
        t->getsets = s->getsets;
        if (s->index == EXC_IDX_ExceptionGroup) {
            // class ExceptionGroup(BaseExceptionGroup, Exception)
            WfType *exc = &exc_storage[EXC_IDX_Exception];
            t->bases = wf_tuple_pack(2, WF_TYPE_VALUE(base), WF_TYPE_VALUE(exc));
            if (!t->bases) return -1;
            t->mro = wf_tuple_pack(5, WF_TYPE_VALUE(t), WF_TYPE_VALUE(base), WF_TYPE_VALUE(exc),
                                   WF_TYPE_VALUE(&exc_storage[EXC_IDX_BaseException]),
                                   WF_TYPE_VALUE(&wf_object_type));
            if (!t->mro) return -1;
        }
        *exc_slots[s->index] = t;
        if (wf_type_ready(t) < 0) return -1;
        t->flags |= WF_TPFLAGS_READY;
        if (s->doc && t->dict) {
            WfValue doc = wf_str_from_cstr(s->doc);
            if (!doc) return -1;
            int r = wf_dict_set(t->dict, WF_ID(__doc__), doc);
            wf_decref(doc);
            if (r < 0) return -1;
        }
    }
    return 0;
}

int wf_exc_init(WfValue builtins_dict) {
    if (!exc_initialized) {
        if (create_classes() < 0) return -1;
        exc_initialized = true;
    }
    if (!builtins_dict) return 0;
    for (int i = 0; i < EXC_COUNT; i++)
        if (wf_dict_set_cstr(builtins_dict, exc_names[i], WF_TYPE_VALUE(*exc_slots[i])) < 0) return -1;
    if (wf_dict_set_cstr(builtins_dict, "EnvironmentError", WF_TYPE_VALUE(wf_OSError)) < 0) return -1;
    if (wf_dict_set_cstr(builtins_dict, "IOError", WF_TYPE_VALUE(wf_OSError)) < 0) return -1;
    return 0;
}

// ---- the public API (exc.h) --------------------------------------------------------------------

WfValue wf_exc_new(WfType *type, WfValue *args, size_t nargs) {
    if ((type->flags & WF_TPFLAGS_HEAPTYPE) || !(type->flags & WF_TPFLAGS_EXC_SUBCLASS) || !type->new_)
        return wf_call(WF_TYPE_VALUE(type), args, nargs, WF_NULL);
    if (nargs == 1 && wf_is_str(args[0]) &&
        (type == wf_UnicodeDecodeError || type == wf_UnicodeEncodeError || type == wf_UnicodeTranslateError)) {
        // wf_err_format(wf_UnicodeDecodeError, "...") from C: a message-only
        // instance (its str() is the message; the attributes read None).
        return exc_alloc(type, args, nargs);
    }
    WfValue self = type->new_(type, args, nargs, WF_NULL);
    if (!self) return WF_NULL;
    WfType *t = wf_type(self);
    if (t->init && wf_type_is_subtype(t, type) && t->init(self, args, nargs, WF_NULL) < 0) {
        wf_decref(self);
        return WF_NULL;
    }
    return self;
}

WfValue wf_exc_new_format(WfType *type, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0, small[0] = '\0';
    WfValue msg;
    if ((size_t)n < sizeof small) {
        msg = wf_str_from_utf8(small, (size_t)n);
    } else {
        char *buf = malloc((size_t)n + 1);
        if (!buf) return wf_err_no_memory();
        va_start(ap, fmt);
        vsnprintf(buf, (size_t)n + 1, fmt, ap);
        va_end(ap);
        msg = wf_str_from_utf8(buf, (size_t)n);
        free(buf);
    }
    if (!msg) return WF_NULL;
    WfValue exc = wf_exc_new(type, &msg, 1);
    wf_decref(msg);
    return exc;
}

WfValue wf_exc_traceback(WfValue exc) { return wf_is_exception(exc) ? EXC(exc)->traceback : WF_NULL; }
WfValue wf_exc_cause(WfValue exc) { return wf_is_exception(exc) ? EXC(exc)->cause : WF_NULL; }
WfValue wf_exc_context(WfValue exc) { return wf_is_exception(exc) ? EXC(exc)->context : WF_NULL; }

void wf_exc_set_traceback(WfValue exc, WfValue tb) {
    if (!wf_is_exception(exc)) return;
    wf_setref(&EXC(exc)->traceback, tb == WF_NONE ? WF_NULL : tb);
}

void wf_exc_set_cause(WfValue exc, WfValue cause) {
    if (!wf_is_exception(exc)) return;
    wf_setref(&EXC(exc)->cause, cause == WF_NONE ? WF_NULL : cause);
    EXC(exc)->suppress_context = true;
}

void wf_exc_set_context(WfValue exc, WfValue context) {
    if (!wf_is_exception(exc)) return;
    wf_setref(&EXC(exc)->context, context == WF_NONE ? WF_NULL : context);
}

WfValue wf_exc_stopiteration_value(WfValue exc) {
    if (wf_StopIteration && wf_is_exception(exc) && wf_type_is_subtype(wf_type(exc), wf_StopIteration))
        return none_if_null(EXC(exc)->value);
    return wf_newref(WF_NONE);
}

WfValue wf_exc_message(WfValue exc) { return wf_str(exc); }
