// evalops.c — the cold halves of opcodes, kept out of the dispatch loop:
// unpacking, imports, raise/except/except*, with and async with, async
// iteration, f-string formatting, REPL echo and f(*args, **kwargs) flattening.
// Every message matches CPython 3.11 word for word.
// GIL rule: called from eval.c with the GIL held; most may run Weft code.
#include "vm/evalops.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/exc_ext.h"
#include "runtime/func.h"
#include "runtime/gen.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/import.h"
#include "vm/import_ext.h"
#include "vm/tstate.h"

// ---- names ------------------------------------------------------------------------------

WfValue wf_evalops_cell_name(WfCode *co, int i) {
    if (i < co->ncells) return WF_TUPLE_GET(co->cellnames, i);
    return WF_TUPLE_GET(co->freenames, i - co->ncells);
}

void wf_evalops_unbound_local(WfCode *co, int i) {
    WfValue name = WF_TUPLE_GET(co->localnames, i);
    wf_err_name_format(wf_UnboundLocalError, name,
                       "cannot access local variable '%s' where it is not associated with a value",
                       wf_str_cstr(name));
}

void wf_evalops_unbound_deref(WfCode *co, int i) {
    WfValue name = wf_evalops_cell_name(co, i);
    if (i < co->ncells)
        wf_err_name_format(wf_UnboundLocalError, name,
                           "cannot access local variable '%s' where it is not associated with a value",
                           wf_str_cstr(name));
    else
        wf_err_name_format(wf_NameError, name,
                           "cannot access free variable '%s' where it is not associated with a value in "
                           "enclosing scope",
                           wf_str_cstr(name));
}

void wf_evalops_name_error(WfValue name) {
    wf_err_name_format(wf_NameError, name, "name '%s' is not defined", wf_str_cstr(name));
}

void wf_evalops_func_desc(WfValue func, char *buf, size_t size) {
    // CPython's _PyObject_FunctionStr: "module.qualname()" unless the module is
    // builtins (or missing), else "qualname()", else "type object".
    WfValue saved = wf_err_fetch();
    WfValue qual = WF_NULL, mod = WF_NULL;
    if (wf_getattr_opt(func, WF_ID(__qualname__), &qual) < 0) wf_err_clear();
    if (qual && wf_is_str(qual)) {
        if (wf_getattr_opt(func, WF_ID(__module__), &mod) < 0) wf_err_clear();
        if (mod && wf_is_str(mod) && !wf_str_eq_cstr(mod, "builtins"))
            snprintf(buf, size, "%s.%s()", wf_str_cstr(mod), wf_str_cstr(qual));
        else
            snprintf(buf, size, "%s()", wf_str_cstr(qual));
    } else {
        snprintf(buf, size, "%s object", wf_type_name(func));
    }
    wf_xdecref(qual);
    wf_xdecref(mod);
    wf_err_restore_steal(saved);
}

// ---- unpacking ----------------------------------------------------------------------------

static bool looks_iterable(WfValue v) {
    WfType *t = wf_type(v);
    return t->iter || t->getitem || wf_type_lookup(t, WF_ID(__iter__)) || wf_type_lookup(t, WF_ID(__getitem__));
}

static WfValue unpack_iter(WfValue seq) {
    if (!looks_iterable(seq)) {
        wf_err_format(wf_TypeError, "cannot unpack non-iterable %s object", wf_type_name(seq));
        return WF_NULL;
    }
    return wf_iter(seq);
}

int wf_evalops_unpack(WfValue seq, size_t n, WfValue *out) {
    WfValue it = unpack_iter(seq);
    if (!it) return -1;
    size_t got = 0;
    for (; got < n; got++) {
        WfValue item;
        int r = wf_iter_next_ref(it, &item);
        if (r < 0) goto error;
        if (r == 0) {
            wf_err_format(wf_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, got);
            goto error;
        }
        out[n - 1 - got] = item;
    }
    WfValue extra;
    int r = wf_iter_next_ref(it, &extra);
    if (r < 0) goto error;
    if (r > 0) {
        wf_decref(extra);
        wf_err_format(wf_ValueError, "too many values to unpack (expected %zu)", n);
        goto error;
    }
    wf_decref(it);
    return 0;
error:
    for (size_t i = 0; i < got; i++) wf_decref(out[n - 1 - i]);
    wf_decref(it);
    return -1;
}

int wf_evalops_unpack_ex(WfValue seq, size_t before, size_t after, WfValue *out) {
    size_t total = before + 1 + after;
    WfValue it = unpack_iter(seq);
    if (!it) return -1;
    size_t got = 0;
    WfValue rest = WF_NULL;
    for (; got < before; got++) {
        WfValue item;
        int r = wf_iter_next_ref(it, &item);
        if (r < 0) goto error;
        if (r == 0) {
            wf_err_format(wf_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                          before + after, got);
            goto error;
        }
        out[total - 1 - got] = item;
    }
    rest = wf_list_from_iterable(it);
    if (!rest) goto error;
    size_t nrest = WF_LIST_LEN(rest);
    if (nrest < after) {
        wf_err_format(wf_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                      before + after, before + nrest);
        goto error;
    }
    // The last [after] items of the list become their own targets.
    for (size_t i = 0; i < after; i++) {
        WfValue item = WF_LIST_ITEMS(rest)[nrest - after + i];
        out[after - 1 - i] = wf_newref(item);
    }
    if (after) {
        WfValue head = wf_list_new(0);
        if (!head) {
            for (size_t i = 0; i < after; i++) wf_decref(out[i]);
            goto error;
        }
        for (size_t i = 0; i < nrest - after; i++) {
            if (wf_list_append(head, WF_LIST_ITEMS(rest)[i]) < 0) {
                wf_decref(head);
                for (size_t k = 0; k < after; k++) wf_decref(out[k]);
                goto error;
            }
        }
        wf_decref(rest);
        rest = head;
    }
    out[after] = rest;
    wf_decref(it);
    return 0;
error:
    for (size_t i = 0; i < got; i++) wf_decref(out[total - 1 - i]);
    wf_xdecref(rest);
    wf_decref(it);
    return -1;
}

// ---- imports ------------------------------------------------------------------------------

WfValue wf_evalops_import_name(WfValue name, WfValue globals, WfValue fromlist, WfValue level) {
    int64_t lv = 0;
    if (level && level != WF_NONE) {
        if (!wf_is_int(level) || wf_int_to_i64(level, &lv) < 0) {
            if (!wf_err_occurred()) wf_err_set_str(wf_TypeError, "import level must be an int");
            return WF_NULL;
        }
    }
    return wf_import(name, globals, fromlist, (int)lv);
}

WfValue wf_evalops_import_from(WfValue module, WfValue name) { return wf_import_from(module, name); }

int wf_evalops_import_star(WfValue module, WfValue locals) { return wf_import_star(module, locals); }

// ---- raise and except -----------------------------------------------------------------------

static bool is_exc_class(WfValue v) {
    return wf_is_type(v) && wf_type_is_subtype((WfType *)v, wf_BaseException);
}

// Instantiates an exception class; checks that the result is an exception.
static WfValue instantiate_exc(WfValue cls) {
    WfValue inst = wf_call0(cls);
    if (!inst) return WF_NULL;
    if (!wf_is_exception(inst)) {
        WfValue r1 = wf_repr(cls);
        WfValue r2 = r1 ? wf_repr((WfValue)wf_type(inst)) : WF_NULL;
        if (r2)
            wf_err_format(wf_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                          wf_str_cstr(r1), wf_str_cstr(r2));
        wf_xdecref(r1);
        wf_xdecref(r2);
        wf_decref(inst);
        return WF_NULL;
    }
    return inst;
}

int wf_evalops_do_raise(WfValue exc, WfValue cause) {
    WfValue inst;
    if (is_exc_class(exc)) {
        inst = instantiate_exc(exc);
        if (!inst) return -1;
    } else if (wf_is_exception(exc)) {
        inst = wf_newref(exc);
    } else {
        wf_err_set_str(wf_TypeError, "exceptions must derive from BaseException");
        return -1;
    }
    if (cause) {
        if (cause == WF_NONE) {
            wf_exc_set_cause(inst, WF_NULL);
        } else if (is_exc_class(cause)) {
            WfValue c = instantiate_exc(cause);
            if (!c) {
                wf_decref(inst);
                return -1;
            }
            wf_exc_set_cause(inst, c);
            wf_decref(c);
        } else if (wf_is_exception(cause)) {
            wf_exc_set_cause(inst, cause);
        } else {
            wf_decref(inst);
            wf_err_set_str(wf_TypeError, "exception causes must derive from BaseException");
            return -1;
        }
    }
    wf_err_set_obj(inst);
    wf_decref(inst);
    return -1;
}

static int check_except_type(WfValue type, bool star) {
    if (wf_is_tuple(type)) {
        for (size_t i = 0; i < WF_TUPLE_LEN(type); i++)
            if (check_except_type(WF_TUPLE_GET(type, i), star) < 0) return -1;
        return 0;
    }
    if (!is_exc_class(type)) {
        wf_err_set_str(wf_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    if (star && wf_type_is_subtype((WfType *)type, wf_BaseExceptionGroup)) {
        wf_err_set_str(wf_TypeError,
                       "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

static bool exc_matches(WfValue exc, WfValue type) {
    if (wf_is_tuple(type)) {
        for (size_t i = 0; i < WF_TUPLE_LEN(type); i++)
            if (exc_matches(exc, WF_TUPLE_GET(type, i))) return true;
        return false;
    }
    WfType *et = wf_is_type(exc) ? (WfType *)exc : wf_type(exc);
    return wf_type_is_subtype(et, (WfType *)type);
}

int wf_evalops_exc_match(WfValue exc, WfValue type) {
    if (check_except_type(type, false) < 0) return -1;
    return exc_matches(exc, type);
}

// ---- with / async with ----------------------------------------------------------------------

// Binds [descr] (found on type(obj)) to [obj] as attribute access would. New reference.
static WfValue bind_special(WfValue descr, WfValue obj) {
    WfType *dt = wf_type(descr);
    if (dt == &wf_function_type) return wf_method_new(descr, obj);
    if (dt->descr_get) return dt->descr_get(descr, obj, (WfValue)wf_type(obj));
    return wf_newref(descr);
}

// Calls special method [descr] of [obj] with no arguments. New reference.
static WfValue call_special(WfValue descr, WfValue obj) {
    if (wf_type(descr) == &wf_function_type || wf_type(descr) == &wf_method_descr_type)
        return wf_call(descr, &obj, 1, WF_NULL);
    WfValue bound = bind_special(descr, obj);
    if (!bound) return WF_NULL;
    WfValue r = wf_call0(bound);
    wf_decref(bound);
    return r;
}

int wf_evalops_before_with(WfValue mgr, WfValue *exit, WfValue *res) {
    WfType *t = wf_type(mgr);
    WfValue enter = wf_type_lookup(t, WF_ID(__enter__));
    if (!enter) {
        wf_err_format(wf_TypeError, "'%s' object does not support the context manager protocol",
                      wf_type_name_of(t));
        return -1;
    }
    WfValue ex = wf_type_lookup(t, WF_ID(__exit__));
    if (!ex) {
        wf_err_format(wf_TypeError,
                      "'%s' object does not support the context manager protocol (missed __exit__ method)",
                      wf_type_name_of(t));
        return -1;
    }
    wf_incref(enter);
    *exit = bind_special(ex, mgr);
    if (!*exit) {
        wf_decref(enter);
        return -1;
    }
    *res = call_special(enter, mgr);
    wf_decref(enter);
    if (!*res) {
        wf_decref(*exit);
        return -1;
    }
    return 0;
}

int wf_evalops_before_async_with(WfValue mgr, WfValue *exit, WfValue *res) {
    WfType *t = wf_type(mgr);
    WfValue enter = wf_type_lookup(t, WF_ID(__aenter__));
    if (!enter) {
        wf_err_format(wf_TypeError, "'%s' object does not support the asynchronous context manager protocol",
                      wf_type_name_of(t));
        return -1;
    }
    WfValue ex = wf_type_lookup(t, WF_ID(__aexit__));
    if (!ex) {
        wf_err_format(wf_TypeError,
                      "'%s' object does not support the asynchronous context manager protocol "
                      "(missed __aexit__ method)",
                      wf_type_name_of(t));
        return -1;
    }
    wf_incref(enter);
    *exit = bind_special(ex, mgr);
    if (!*exit) {
        wf_decref(enter);
        return -1;
    }
    WfValue r = call_special(enter, mgr);
    wf_decref(enter);
    if (!r) {
        wf_decref(*exit);
        return -1;
    }
    *res = wf_coro_get_awaitable_iter(r, 1);
    wf_decref(r);
    if (!*res) {
        wf_decref(*exit);
        return -1;
    }
    return 0;
}

// ---- async iteration ------------------------------------------------------------------------

WfValue wf_evalops_get_aiter(WfValue v) {
    WfType *t = wf_type(v);
    WfValue m = wf_type_lookup(t, WF_ID(__aiter__));
    if (!m) {
        wf_err_format(wf_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                      wf_type_name_of(t));
        return WF_NULL;
    }
    wf_incref(m);
    WfValue it = call_special(m, v);
    wf_decref(m);
    if (!it) return WF_NULL;
    if (!wf_type_lookup(wf_type(it), WF_ID(__anext__)) && wf_type(it) != &wf_async_gen_type) {
        wf_err_format(wf_TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                      wf_type_name(it));
        wf_decref(it);
        return WF_NULL;
    }
    return it;
}

WfValue wf_evalops_get_anext(WfValue aiter) {
    WfType *t = wf_type(aiter);
    if (t == &wf_async_gen_type) return wf_async_gen_anext(aiter);
    WfValue m = wf_type_lookup(t, WF_ID(__anext__));
    if (!m) {
        wf_err_format(wf_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                      wf_type_name_of(t));
        return WF_NULL;
    }
    wf_incref(m);
    WfValue r = call_special(m, aiter);
    wf_decref(m);
    if (!r) return WF_NULL;
    WfValue aw = wf_coro_get_awaitable_iter(r, 0);
    if (!aw && wf_err_matches(wf_TypeError)) {
        wf_err_clear();
        wf_err_format(wf_TypeError, "'async for' received an invalid object from __anext__: %s", wf_type_name(r));
    }
    wf_decref(r);
    return aw;
}

WfValue wf_evalops_yield_from_iter(WfValue v, int co_flags) {
    if (wf_is_coro(v)) {
        if (!(co_flags & (WF_CO_COROUTINE))) {
            wf_err_set_str(wf_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            return WF_NULL;
        }
        return wf_newref(v);
    }
    if (!WF_IS_SMALLINT(v) && v->type == &wf_gen_type) return wf_newref(v);
    return wf_iter(v);
}

// ---- f-strings --------------------------------------------------------------------------

WfValue wf_evalops_format_value(WfValue v, int conv, WfValue spec) {
    WfValue conv_v = WF_NULL;
    switch (conv) {
    case 1: conv_v = wf_str(v); break;
    case 2: conv_v = wf_repr(v); break;
    case 3: conv_v = wf_ascii(v); break;
    default: conv_v = wf_newref(v); break;
    }
    if (!conv_v) return WF_NULL;
    bool empty_spec = !spec || (wf_is_str(spec) && WF_STR_LEN(spec) == 0);
    if (empty_spec) {
        if (!WF_IS_SMALLINT(conv_v) && conv_v->type == &wf_str_type) return conv_v;
        if (WF_IS_SMALLINT(conv_v)) {
            WfValue s = wf_str(conv_v);
            wf_decref(conv_v);
            return s;
        }
    }
    WfValue sp = spec ? wf_newref(spec) : wf_str_from_cstr("");
    if (!sp) {
        wf_decref(conv_v);
        return WF_NULL;
    }
    WfValue res = WF_NULL;
    WfValue meth = wf_type_lookup(wf_type(conv_v), WF_ID(__format__));
    if (!meth) {
        wf_err_format(wf_TypeError, "Type %s doesn't define __format__", wf_type_name(conv_v));
    } else {
        wf_incref(meth);
        if (wf_type(meth) == &wf_function_type || wf_type(meth) == &wf_method_descr_type) {
            WfValue argv[2] = {conv_v, sp};
            res = wf_call(meth, argv, 2, WF_NULL);
        } else {
            WfValue bound = bind_special(meth, conv_v);
            res = bound ? wf_call1(bound, sp) : WF_NULL;
            wf_xdecref(bound);
        }
        wf_decref(meth);
    }
    if (res && !wf_is_str(res)) {
        wf_err_format(wf_TypeError, "__format__ must return a str, not %s", wf_type_name(res));
        wf_decref(res);
        res = WF_NULL;
    }
    wf_decref(sp);
    wf_decref(conv_v);
    return res;
}

WfValue wf_evalops_build_string(WfValue *items, size_t n) {
    if (n == 1 && wf_is_str(items[0])) return wf_newref(items[0]);
    WfStrBuf b;
    wf_strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (!wf_is_str(items[i])) {
            wf_strbuf_free(&b);
            wf_err_set_str(wf_SystemError, "BUILD_STRING expects str values");
            return WF_NULL;
        }
        wf_strbuf_append(&b, WF_STR_DATA(items[i]), WF_STR_LEN(items[i]));
    }
    return wf_strbuf_finish(&b);
}

// ---- REPL echo ----------------------------------------------------------------------------

int wf_evalops_print_expr(WfValue v) {
    WfValue builtins = wf_interp.builtins;
    WfValue hook = WF_NULL;
    if (wf_interp.sys && wf_getattr_opt(wf_interp.sys, WF_ID(displayhook), &hook) < 0) return -1;
    if (hook) {
        WfValue r = wf_call1(hook, v);
        wf_decref(hook);
        if (!r) return -1;
        wf_decref(r);
        return 0;
    }
    if (v == WF_NONE) return 0;
    if (builtins && wf_dict_set(builtins, WF_ID(_), WF_NONE) < 0) return -1;
    WfValue r = wf_repr(v);
    if (!r) return -1;
    WfValue out = WF_NULL;
    int rc = 0;
    if (wf_interp.sys && wf_getattr_opt(wf_interp.sys, WF_ID(stdout), &out) < 0) rc = -1;
    if (rc == 0 && out && out != WF_NONE) {
        WfValue line = wf_str_from_format("%s\n", wf_str_cstr(r));
        WfValue w = line ? wf_call_method(out, "write", &line, 1) : WF_NULL;
        if (!w) rc = -1;
        wf_xdecref(w);
        wf_xdecref(line);
    } else if (rc == 0) {
        fputs(wf_str_cstr(r), stdout);
        fputc('\n', stdout);
    }
    wf_xdecref(out);
    wf_decref(r);
    if (rc == 0 && builtins && wf_dict_set(builtins, WF_ID(_), v) < 0) rc = -1;
    return rc;
}

// ---- calls with *args / **kwargs ------------------------------------------------------------

static bool is_mapping(WfValue v) {
    return wf_is_dict(v) || wf_type_lookup(wf_type(v), WF_ID(keys));
}

int wf_evalops_dict_merge(WfValue dict, WfValue update, WfValue func) {
    char desc[200];
    if (!is_mapping(update)) {
        if (func) wf_evalops_func_desc(func, desc, sizeof desc);
        else snprintf(desc, sizeof desc, "function");
        wf_err_format(wf_TypeError, "%s argument after ** must be a mapping, not %s", desc, wf_type_name(update));
        return -1;
    }
    WfValue src = update;
    bool owned = false;
    if (!wf_is_dict(update)) {
        src = wf_dict_new();
        if (!src) return -1;
        owned = true;
        if (wf_dict_update(src, update) < 0) {
            wf_decref(src);
            return -1;
        }
    }
    size_t pos = 0;
    WfValue key, value;
    int r = 0;
    while (wf_dict_next(src, &pos, &key, &value)) {
        WfValue present = WF_NULL;
        int k = wf_dict_get_ref(dict, key, &present);
        if (k < 0) { r = -1; break; }
        if (k > 0) {
            wf_decref(present);
            if (func) wf_evalops_func_desc(func, desc, sizeof desc);
            else snprintf(desc, sizeof desc, "function");
            if (wf_is_str(key)) {
                wf_err_format(wf_TypeError, "%s got multiple values for keyword argument '%s'", desc,
                              wf_str_cstr(key));
            } else {
                wf_err_set_str(wf_TypeError, "keywords must be strings");
            }
            r = -1;
            break;
        }
        wf_incref(key);
        wf_incref(value);
        k = wf_dict_set(dict, key, value);
        wf_decref(key);
        wf_decref(value);
        if (k < 0) { r = -1; break; }
    }
    if (owned) wf_decref(src);
    return r;
}

int wf_evalops_flatten_call(WfValue func, WfValue args, WfValue kwargs, WfValue **vec, size_t *nargs,
                            WfValue *kwnames) {
    char desc[200];
    WfValue tuple;
    *vec = NULL;
    *nargs = 0;
    *kwnames = WF_NULL;
    if (wf_is_tuple(args)) {
        tuple = wf_newref(args);
    } else {
        if (!looks_iterable(args)) {
            wf_evalops_func_desc(func, desc, sizeof desc);
            wf_err_format(wf_TypeError, "%s argument after * must be an iterable, not %s", desc, wf_type_name(args));
            return -1;
        }
        tuple = wf_tuple_from_iterable(args);
        if (!tuple) return -1;
    }
    WfValue kwd = WF_NULL;
    if (kwargs && kwargs != WF_NONE) {
        if (wf_is_dict(kwargs)) {
            kwd = wf_newref(kwargs);
        } else if (is_mapping(kwargs)) {
            kwd = wf_dict_new();
            if (!kwd || wf_dict_update(kwd, kwargs) < 0) {
                wf_xdecref(kwd);
                wf_decref(tuple);
                return -1;
            }
        } else {
            wf_evalops_func_desc(func, desc, sizeof desc);
            wf_err_format(wf_TypeError, "%s argument after ** must be a mapping, not %s", desc,
                          wf_type_name(kwargs));
            wf_decref(tuple);
            return -1;
        }
    }
    size_t npos = WF_TUPLE_LEN(tuple);
    size_t nkw = kwd ? wf_dict_len(kwd) : 0;
    WfValue *v = malloc((1 + npos + nkw) * sizeof(WfValue));
    WfValue names = nkw ? wf_tuple_new(nkw) : WF_NULL;
    if (!v || (nkw && !names)) {
        free(v);
        wf_xdecref(names);
        wf_xdecref(kwd);
        wf_decref(tuple);
        wf_err_no_memory();
        return -1;
    }
    v[0] = WF_NULL;
    for (size_t i = 0; i < npos; i++) v[1 + i] = wf_newref(WF_TUPLE_GET(tuple, i));
    size_t pos = 0, k = 0;
    WfValue key, value;
    while (kwd && k < nkw && wf_dict_next(kwd, &pos, &key, &value)) {
        if (!wf_is_str(key)) {
            for (size_t i = 0; i < npos + k; i++) wf_decref(v[1 + i]);
            free(v);
            // Fill the rest so the tuple can be freed safely.
            for (size_t i = k; i < nkw; i++) WF_TUPLE_SET_STEAL(names, i, wf_newref(WF_NONE));
            wf_decref(names);
            wf_decref(kwd);
            wf_decref(tuple);
            wf_err_set_str(wf_TypeError, "keywords must be strings");
            return -1;
        }
        WF_TUPLE_SET_STEAL(names, k, wf_newref(key));
        v[1 + npos + k] = wf_newref(value);
        k++;
    }
    wf_xdecref(kwd);
    wf_decref(tuple);
    *vec = v;
    *nargs = npos;
    *kwnames = names;
    return 0;
}

void wf_evalops_flatten_free(WfValue *vec, size_t nargs, WfValue kwnames) {
    if (!vec) return;
    size_t n = nargs + (kwnames ? WF_TUPLE_LEN(kwnames) : 0);
    for (size_t i = 0; i < n; i++) wf_decref(vec[1 + i]);
    free(vec);
    wf_xdecref(kwnames);
}
