// builtins.c — the `builtins` module: print, len, sorted, min/max, sum,
// isinstance, getattr, iter/next, exec/eval/compile, the builtin types and
// the exception classes (wf_exc_init). Every function follows CPython 3.11's
// argument rules and error messages word for word.
// Invariant: the module is created once (wf_builtins_module_init caches it)
// and its dict is wf_interp.builtins. GIL: called with the GIL held.
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/func.h"
#include "runtime/int.h"
#include "runtime/iterobjects.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/native.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "stdlib/io.h"
#include "stdlib/modules.h"
#include "vm/code.h"
#include "vm/compiler.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/tstate.h"


static WfValue builtins_module;   // owned: the one builtins module

// ---- small helpers -----------------------------------------------------------------

// Finds keyword [name] among [kwnames]; returns the borrowed value or NULL.
static WfValue kwarg(WfValue *args, size_t nargs, WfValue kwnames, const char *name) {
    if (!kwnames) return WF_NULL;
    size_t n = WF_TUPLE_LEN(kwnames);
    for (size_t i = 0; i < n; i++)
        if (wf_str_eq_cstr(WF_TUPLE_GET(kwnames, i), name)) return args[nargs + i];
    return WF_NULL;
}

// TypeError for any keyword of [kwnames] not in [allowed] (NULL-terminated).
static int check_kwnames(const char *fname, WfValue kwnames, const char *const *allowed) {
    if (!kwnames) return 0;
    size_t n = WF_TUPLE_LEN(kwnames);
    for (size_t i = 0; i < n; i++) {
        WfValue k = WF_TUPLE_GET(kwnames, i);
        bool ok = false;
        for (const char *const *a = allowed; *a; a++)
            if (wf_str_eq_cstr(k, *a)) { ok = true; break; }
        if (!ok) {
            wf_err_format(wf_TypeError, "'%s' is an invalid keyword argument for %s()",
                          wf_str_cstr(k), fname);
            return -1;
        }
    }
    return 0;
}

static WfValue sys_attr(const char *name) {
    if (!wf_interp.sys) return WF_NULL;
    WfValue out = WF_NULL;
    if (wf_dict_get_cstr_ref(wf_module_dict(wf_interp.sys), name, &out) <= 0) return WF_NULL;
    return out;
}

// ---- print / input -------------------------------------------------------------

static WfValue builtin_print(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const allowed[] = {"sep", "end", "file", "flush", NULL};
    if (check_kwnames("print", kwnames, allowed) < 0) return WF_NULL;
    WfValue sep = kwarg(args, nargs, kwnames, "sep");
    WfValue end = kwarg(args, nargs, kwnames, "end");
    WfValue file = kwarg(args, nargs, kwnames, "file");
    WfValue flush = kwarg(args, nargs, kwnames, "flush");
    WfValue owned_file = WF_NULL, result = WF_NULL;
    if (sep == WF_NONE) sep = WF_NULL;
    if (end == WF_NONE) end = WF_NULL;
    if (sep && !wf_is_str(sep)) {
        wf_err_format(wf_TypeError, "sep must be None or a string, not %s", wf_type_name(sep));
        return WF_NULL;
    }
    if (end && !wf_is_str(end)) {
        wf_err_format(wf_TypeError, "end must be None or a string, not %s", wf_type_name(end));
        return WF_NULL;
    }
    if (!file || file == WF_NONE) {
        owned_file = sys_attr("stdout");
        if (!owned_file) {
            if (wf_err_occurred()) return WF_NULL;
            wf_err_set_str(wf_RuntimeError, "lost sys.stdout");
            return WF_NULL;
        }
        file = owned_file;
        if (file == WF_NONE) { result = wf_newref(WF_NONE); goto done; }
    }
    if (wf_io_is_text_file(file)) {
        // Fast path: one buffer, one write into the file's buffer.
        WfStrBuf b;
        wf_strbuf_init(&b);
        for (size_t i = 0; i < nargs; i++) {
            if (i > 0) {
                if (sep) wf_strbuf_append(&b, WF_STR_DATA(sep), WF_STR_LEN(sep));
                else wf_strbuf_append_char(&b, ' ');
            }
            if (wf_is_str(args[i]) && wf_type(args[i]) == &wf_str_type)
                wf_strbuf_append(&b, WF_STR_DATA(args[i]), WF_STR_LEN(args[i]));
            else if (wf_strbuf_append_str_of(&b, args[i]) < 0) { wf_strbuf_free(&b); goto done; }
        }
        if (end) wf_strbuf_append(&b, WF_STR_DATA(end), WF_STR_LEN(end));
        else wf_strbuf_append_char(&b, '\n');
        if (b.failed) { wf_strbuf_free(&b); wf_err_no_memory(); goto done; }
        int r = wf_io_write_utf8(file, b.data ? b.data : "", b.len);
        wf_strbuf_free(&b);
        if (r < 0) goto done;
    } else {
        WfValue write = wf_getattr_cstr(file, "write");
        if (!write) goto done;
        for (size_t i = 0; i < nargs; i++) {
            WfValue r;
            if (i > 0) {
                WfValue s = sep ? wf_newref(sep) : wf_str_from_cstr(" ");
                if (!s) { wf_decref(write); goto done; }
                r = wf_call1(write, s);
                wf_decref(s);
                if (!r) { wf_decref(write); goto done; }
                wf_decref(r);
            }
            WfValue s = wf_str(args[i]);
            if (!s) { wf_decref(write); goto done; }
            r = wf_call1(write, s);
            wf_decref(s);
            if (!r) { wf_decref(write); goto done; }
            wf_decref(r);
        }
        WfValue s = end ? wf_newref(end) : wf_str_from_cstr("\n");
        if (!s) { wf_decref(write); goto done; }
        WfValue r = wf_call1(write, s);
        wf_decref(s);
        wf_decref(write);
        if (!r) goto done;
        wf_decref(r);
    }
    if (flush) {
        int t = wf_is_true(flush);
        if (t < 0) goto done;
        if (t) {
            if (wf_io_is_file(file)) {
                if (wf_io_flush(file) < 0) goto done;
            } else {
                WfValue r = wf_call_method(file, "flush", NULL, 0);
                if (!r) goto done;
                wf_decref(r);
            }
        }
    }
    result = wf_newref(WF_NONE);
done:
    wf_xdecref(owned_file);
    return result;
}

static WfValue builtin_input(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("input", kwnames) < 0 || wf_args_count("input", nargs, 0, 1) < 0)
        return WF_NULL;
    WfValue out = sys_attr("stdout"), in = WF_NULL, line = WF_NULL, result = WF_NULL;
    if (!out && wf_err_occurred()) return WF_NULL;
    if (nargs == 1 && out && out != WF_NONE) {
        WfValue s = wf_str(args[0]);
        if (!s) goto done;
        WfValue r = wf_call_method(out, "write", &s, 1);
        wf_decref(s);
        if (!r) goto done;
        wf_decref(r);
    }
    if (out && out != WF_NONE) {
        if (wf_io_is_file(out)) {
            if (wf_io_flush(out) < 0) goto done;
        } else {
            WfValue r = wf_call_method(out, "flush", NULL, 0);
            if (!r) wf_err_clear(); else wf_decref(r);
        }
    }
    in = sys_attr("stdin");
    if (!in || in == WF_NONE) {
        if (!wf_err_occurred()) wf_err_set_str(wf_RuntimeError, "input(): lost sys.stdin");
        goto done;
    }
    line = wf_io_readline(in);
    if (!line) goto done;
    if (!wf_is_str(line)) {
        wf_err_format(wf_TypeError, "object.readline() returned non-string");
        goto done;
    }
    size_t n = WF_STR_LEN(line);
    if (n == 0) { wf_err_set_str(wf_EOFError, "EOF when reading a line"); goto done; }
    if (WF_STR_DATA(line)[n - 1] == '\n') n--;
    result = wf_str_from_utf8(WF_STR_DATA(line), n);
done:
    wf_xdecref(out);
    wf_xdecref(in);
    wf_xdecref(line);
    return result;
}

// ---- len, repr, hash, id, callable ---------------------------------------------------

static WfValue builtin_len(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("len", kwnames) < 0) return WF_NULL;
    if (nargs != 1) {
        wf_err_format(wf_TypeError, "len() takes exactly one argument (%zu given)", nargs);
        return WF_NULL;
    }
    intptr_t n = wf_len(args[0]);
    if (n < 0) return WF_NULL;
    return wf_int_from_i64(n);
}

#define ONE_ARG(fname)                                                                      \
    if (wf_args_no_kw(fname, kwnames) < 0) return WF_NULL;                                 \
    if (nargs != 1) {                                                                       \
        wf_err_format(wf_TypeError, fname "() takes exactly one argument (%zu given)", nargs); \
        return WF_NULL;                                                                     \
    }

static WfValue builtin_repr(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("repr");
    return wf_repr(args[0]);
}

static WfValue builtin_ascii(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("ascii");
    return wf_ascii(args[0]);
}

static WfValue builtin_hash(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("hash");
    WfHash h = wf_hash(args[0]);
    if (h == -1 && wf_err_occurred()) return WF_NULL;
    return wf_int_from_i64(h);
}

static WfValue builtin_id(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("id");
    return wf_int_from_u64((uint64_t)(uintptr_t)args[0]);
}

static WfValue builtin_callable(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("callable");
    return wf_bool(wf_callable(args[0]));
}

// ---- iteration -------------------------------------------------------------------------

static WfValue builtin_iter(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("iter", kwnames) < 0 || wf_args_count("iter", nargs, 1, 2) < 0)
        return WF_NULL;
    if (nargs == 1) return wf_iter(args[0]);
    if (!wf_callable(args[0])) {
        wf_err_set_str(wf_TypeError, "iter(v, w): v must be callable");
        return WF_NULL;
    }
    return wf_callable_iter_new(args[0], args[1]);
}

static WfValue builtin_next(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("next", kwnames) < 0 || wf_args_count("next", nargs, 1, 2) < 0)
        return WF_NULL;
    WfValue it = args[0];
    if (!wf_type(it)->iternext) {
        wf_err_format(wf_TypeError, "'%s' object is not an iterator", wf_type_name(it));
        return WF_NULL;
    }
    WfValue r = wf_type(it)->iternext(it);
    if (r) return r;
    if (wf_err_occurred()) {
        if (nargs == 2 && wf_err_matches(wf_StopIteration)) {
            wf_err_clear();
            return wf_newref(args[1]);
        }
        return WF_NULL;
    }
    if (nargs == 2) return wf_newref(args[1]);
    wf_err_set(wf_StopIteration, WF_NULL);
    return WF_NULL;
}

static WfValue builtin_aiter(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("aiter");
    return wf_call_method(args[0], "__aiter__", NULL, 0);
}

static WfValue builtin_anext(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("anext", kwnames) < 0 || wf_args_count("anext", nargs, 1, 1) < 0)
        return WF_NULL;
    return wf_call_method(args[0], "__anext__", NULL, 0);
}

static WfValue all_any(WfValue iterable, bool want_all) {
    WfValue it = wf_iter(iterable), item;
    if (!it) return WF_NULL;
    int r;
    while ((r = wf_iter_next_ref(it, &item)) > 0) {
        int t = wf_is_true(item);
        wf_decref(item);
        if (t < 0) { wf_decref(it); return WF_NULL; }
        if (want_all ? !t : t) { wf_decref(it); return wf_bool(!want_all); }
    }
    wf_decref(it);
    if (r < 0) return WF_NULL;
    return wf_bool(want_all);
}

static WfValue builtin_all(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("all");
    return all_any(args[0], true);
}

static WfValue builtin_any(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("any");
    return all_any(args[0], false);
}

// ---- sorted, sum, min, max -------------------------------------------------------------

static WfValue builtin_sorted(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const allowed[] = {"key", "reverse", NULL};
    if (nargs != 1) {
        wf_err_format(wf_TypeError, "sorted expected 1 argument, got %zu", nargs);
        return WF_NULL;
    }
    if (check_kwnames("sort", kwnames, allowed) < 0) return WF_NULL;
    WfValue key = kwarg(args, nargs, kwnames, "key");
    WfValue rev = kwarg(args, nargs, kwnames, "reverse");
    int reverse = 0;
    if (rev) {
        if (wf_is_float(rev)) {
            wf_err_set_str(wf_TypeError, "'float' object cannot be interpreted as an integer");
            return WF_NULL;
        }
        reverse = wf_is_true(rev);
        if (reverse < 0) return WF_NULL;
    }
    if (key == WF_NONE) key = WF_NULL;
    WfValue list = wf_list_from_iterable(args[0]);
    if (!list) return WF_NULL;
    if (wf_list_sort(list, key, reverse) < 0) { wf_decref(list); return WF_NULL; }
    return list;
}

static WfValue builtin_sum(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {NULL, "start"};
    WfValue a[2];
    if (nargs == 0 && !kwnames) {
        wf_err_set_str(wf_TypeError, "sum() takes at least 1 positional argument (0 given)");
        return WF_NULL;
    }
    if (wf_args_parse("sum", args, nargs, kwnames, names, 2, 1, 2, a) < 0) return WF_NULL;
    WfValue start = a[1] ? a[1] : WF_FROM_SMALLINT(0);
    if (wf_is_str(start)) {
        wf_err_set_str(wf_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        return WF_NULL;
    }
    if (wf_is_bytes(start)) {
        wf_err_set_str(wf_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        return WF_NULL;
    }
    if (!WF_IS_SMALLINT(start) && wf_type_is_subtype(wf_type(start), &wf_bytearray_type)) {
        wf_err_set_str(wf_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
        return WF_NULL;
    }
    WfValue it = wf_iter(a[0]);
    if (!it) return WF_NULL;
    WfValue acc = wf_newref(start), item;
    int r;
    while ((r = wf_iter_next_ref(it, &item)) > 0) {
        WfValue next;
        if (WF_IS_SMALLINT(acc) && WF_IS_SMALLINT(item)) {
            int64_t s;
            if (!__builtin_add_overflow(WF_SMALLINT_VAL(acc), WF_SMALLINT_VAL(item), &s) &&
                WF_SMALLINT_FITS(s)) {
                acc = WF_FROM_SMALLINT(s);
                continue;
            }
        }
        if (!WF_IS_SMALLINT(acc) && acc->type == &wf_float_type && acc->refcnt == 1) {
            // Accumulate in place: [acc] is ours alone.
            if (!WF_IS_SMALLINT(item) && item->type == &wf_float_type) {
                WF_FLOAT_VAL(acc) += WF_FLOAT_VAL(item);
                wf_decref(item);
                continue;
            }
            if (WF_IS_SMALLINT(item)) {
                WF_FLOAT_VAL(acc) += (double)WF_SMALLINT_VAL(item);
                continue;
            }
        }
        next = wf_binary_op(acc, item, WF_BINOP_ADD);
        wf_decref(item);
        wf_decref(acc);
        acc = next;
        if (!acc) { wf_decref(it); return WF_NULL; }
    }
    wf_decref(it);
    if (r < 0) { wf_decref(acc); return WF_NULL; }
    return acc;
}

static WfValue minmax(const char *name, WfValue *args, size_t nargs, WfValue kwnames, int op) {
    static const char *const allowed[] = {"key", "default", NULL};
    if (check_kwnames(name, kwnames, allowed) < 0) return WF_NULL;
    WfValue key = kwarg(args, nargs, kwnames, "key");
    WfValue dflt = kwarg(args, nargs, kwnames, "default");
    if (key == WF_NONE) key = WF_NULL;
    if (nargs == 0) {
        wf_err_format(wf_TypeError, "%s expected at least 1 argument, got 0", name);
        return WF_NULL;
    }
    if (nargs > 1 && dflt) {
        wf_err_format(wf_TypeError,
                      "Cannot specify a default for %s() with multiple positional arguments", name);
        return WF_NULL;
    }
    WfValue it = WF_NULL, best = WF_NULL, bestkey = WF_NULL, item = WF_NULL, k = WF_NULL;
    size_t idx = 0;
    if (nargs == 1) {
        it = wf_iter(args[0]);
        if (!it) return WF_NULL;
    }
    for (;;) {
        if (it) {
            int r = wf_iter_next_ref(it, &item);
            if (r < 0) goto error;
            if (r == 0) break;
        } else {
            if (idx >= nargs) break;
            item = wf_newref(args[idx++]);
        }
        if (key) {
            k = wf_call1(key, item);
            if (!k) goto error;
        } else {
            k = wf_newref(item);
        }
        if (!best) {
            best = item;
            bestkey = k;
        } else {
            int c = wf_richcompare_bool(k, bestkey, op);
            if (c < 0) goto error;
            if (c) {
                wf_decref(best);
                wf_decref(bestkey);
                best = item;
                bestkey = k;
            } else {
                wf_decref(item);
                wf_decref(k);
            }
        }
        item = k = WF_NULL;
    }
    wf_xdecref(it);
    wf_xdecref(bestkey);
    if (!best) {
        if (dflt) return wf_newref(dflt);
        wf_err_format(wf_ValueError, "%s() arg is an empty sequence", name);
        return WF_NULL;
    }
    return best;
error:
    wf_xdecref(it);
    wf_xdecref(best);
    wf_xdecref(bestkey);
    wf_xdecref(item);
    wf_xdecref(k);
    return WF_NULL;
}

static WfValue builtin_min(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return minmax("min", args, nargs, kwnames, WF_LT);
}

static WfValue builtin_max(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return minmax("max", args, nargs, kwnames, WF_GT);
}

// ---- numbers -------------------------------------------------------------------------

static WfValue builtin_abs(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("abs");
    WfValue v = args[0];
    if (WF_IS_SMALLINT(v)) {
        intptr_t n = WF_SMALLINT_VAL(v);
        if (n >= 0) return v;
        if (n != WF_SMALLINT_MIN) return WF_FROM_SMALLINT(-n);
    }
    WfType *t = wf_type(v);
    if (!t->nb_abs) {
        wf_err_format(wf_TypeError, "bad operand type for abs(): '%s'", wf_type_name(v));
        return WF_NULL;
    }
    return t->nb_abs(v);
}

static WfValue builtin_round(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"number", "ndigits"};
    WfValue a[2];
    if (wf_args_parse("round", args, nargs, kwnames, names, 2, 1, 2, a) < 0) return WF_NULL;
    WfValue meth = wf_type_lookup(wf_type(a[0]), WF_ID(__round__));
    if (!meth) {
        wf_err_format(wf_TypeError, "type %s doesn't define __round__ method", wf_type_name(a[0]));
        return WF_NULL;
    }
    wf_incref(meth);
    WfValue argv[2] = {a[0], a[1]};
    WfValue r = wf_call(meth, argv, (a[1] && a[1] != WF_NONE) ? 2 : 1, WF_NULL);
    wf_decref(meth);
    return r;
}

static bool is_real(WfValue v) { return wf_is_int(v) || wf_is_float(v); }

static WfValue builtin_divmod(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("divmod", kwnames) < 0) return WF_NULL;
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "divmod expected 2 arguments, got %zu", nargs);
        return WF_NULL;
    }
    WfValue a = args[0], b = args[1];
    if (WF_IS_SMALLINT(a) && WF_IS_SMALLINT(b) && WF_SMALLINT_VAL(b) != 0) {
        intptr_t x = WF_SMALLINT_VAL(a), y = WF_SMALLINT_VAL(b);
        intptr_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) { m += y; q--; }
        return wf_tuple_pack(2, wf_int_from_i64(q), WF_FROM_SMALLINT(m));
    }
    if ((wf_type(a)->flags & WF_TPFLAGS_HEAPTYPE) == 0 && (wf_type(b)->flags & WF_TPFLAGS_HEAPTYPE) == 0 &&
        is_real(a) && is_real(b)) {
        if (wf_is_float(a) || wf_is_float(b)) {
            double y;
            if (wf_to_double(b, &y) < 0) return WF_NULL;
            if (y == 0.0) {
                wf_err_set_str(wf_ZeroDivisionError, "float divmod()");
                return WF_NULL;
            }
        }
        WfValue q = wf_binary_op(a, b, WF_BINOP_FLOORDIV);
        if (!q) return WF_NULL;
        WfValue m = wf_binary_op(a, b, WF_BINOP_MOD);
        if (!m) { wf_decref(q); return WF_NULL; }
        WfValue t = wf_tuple_pack(2, q, m);
        wf_decref(q);
        wf_decref(m);
        return t;
    }
    WfValue f = wf_type_lookup(wf_type(a), WF_ID(__divmod__));
    if (f) {
        WfValue r = wf_call2(f, a, b);
        if (!r || r != WF_NOTIMPLEMENTED) return r;
        wf_decref(r);
    }
    if (wf_type(b) != wf_type(a)) {
        f = wf_type_lookup(wf_type(b), WF_ID(__rdivmod__));
        if (f) {
            WfValue r = wf_call2(f, b, a);
            if (!r || r != WF_NOTIMPLEMENTED) return r;
            wf_decref(r);
        }
    }
    if (is_real(a) && is_real(b)) {
        WfValue q = wf_binary_op(a, b, WF_BINOP_FLOORDIV);
        if (!q) return WF_NULL;
        WfValue m = wf_binary_op(a, b, WF_BINOP_MOD);
        if (!m) { wf_decref(q); return WF_NULL; }
        WfValue t = wf_tuple_pack(2, q, m);
        wf_decref(q);
        wf_decref(m);
        return t;
    }
    wf_err_format(wf_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                  wf_type_name(a), wf_type_name(b));
    return WF_NULL;
}

static WfValue builtin_pow(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"base", "exp", "mod"};
    WfValue a[3];
    if (wf_args_parse("pow", args, nargs, kwnames, names, 3, 2, 3, a) < 0) return WF_NULL;
    if (!a[2] || a[2] == WF_NONE) return wf_binary_op(a[0], a[1], WF_BINOP_POW);
    return wf_pow3(a[0], a[1], a[2]);
}

// hex/oct/bin: [v] through __index__, then "-0x..." style.
static WfValue int_with_prefix(WfValue v, int base, const char *prefix) {
    WfValue iv;
    if (wf_is_int(v)) {
        iv = wf_newref(v);
    } else if (wf_type(v)->nb_index) {
        iv = wf_type(v)->nb_index(v);
        if (!iv) return WF_NULL;
        if (!wf_is_int(iv)) {
            wf_err_format(wf_TypeError, "__index__ returned non-int (type %s)", wf_type_name(iv));
            wf_decref(iv);
            return WF_NULL;
        }
    } else {
        wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer",
                      wf_type_name(v));
        return WF_NULL;
    }
    bool neg = wf_int_sign(iv) < 0;
    if (neg) {
        WfValue p = wf_unary_op(iv, WF_UNOP_NEG);
        wf_decref(iv);
        if (!p) return WF_NULL;
        iv = p;
    }
    WfValue digits = wf_int_to_str_base(iv, base);
    wf_decref(iv);
    if (!digits) return WF_NULL;
    WfValue r = wf_str_from_format("%s%s%s", neg ? "-" : "", prefix, WF_STR_DATA(digits));
    wf_decref(digits);
    return r;
}

static WfValue builtin_hex(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("hex");
    return int_with_prefix(args[0], 16, "0x");
}

static WfValue builtin_oct(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("oct");
    return int_with_prefix(args[0], 8, "0o");
}

static WfValue builtin_bin(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("bin");
    return int_with_prefix(args[0], 2, "0b");
}

static WfValue builtin_chr(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("chr");
    WfValue v = args[0];
    if (!wf_is_int(v) && !wf_type(v)->nb_index) {
        wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer",
                      wf_type_name(v));
        return WF_NULL;
    }
    int64_t n = wf_index_i64(v, NULL);
    if (n == -1 && wf_err_occurred()) {
        if (wf_err_matches(wf_OverflowError)) {
            wf_err_clear();
            wf_err_set_str(wf_OverflowError, "Python int too large to convert to C int");
        }
        return WF_NULL;
    }
    if (n < 0 || n > 0x10ffff) {
        if (n > INT32_MAX || n < INT32_MIN) {
            wf_err_set_str(wf_OverflowError, "Python int too large to convert to C int");
            return WF_NULL;
        }
        wf_err_set_str(wf_ValueError, "chr() arg not in range(0x110000)");
        return WF_NULL;
    }
    char buf[4];
    int len = wf_utf8_encode((uint32_t)n, buf);
    return wf_str_from_utf8(buf, (size_t)len);
}

static WfValue builtin_ord(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    ONE_ARG("ord");
    WfValue v = args[0];
    if (wf_is_str(v)) {
        WfStr *s = (WfStr *)v;
        if (s->nchars != 1) {
            wf_err_format(wf_TypeError, "ord() expected a character, but string of length %zu found",
                          s->nchars);
            return WF_NULL;
        }
        uint32_t cp;
        wf_utf8_decode(s->data, &cp);
        return WF_FROM_SMALLINT(cp);
    }
    if (wf_is_bytes(v)) {
        if (WF_BYTES_LEN(v) != 1) {
            wf_err_format(wf_TypeError, "ord() expected a character, but string of length %zu found",
                          WF_BYTES_LEN(v));
            return WF_NULL;
        }
        return WF_FROM_SMALLINT(WF_BYTES_DATA(v)[0]);
    }
    if (!WF_IS_SMALLINT(v) && wf_type_is_subtype(v->type, &wf_bytearray_type)) {
        WfByteArray *b = (WfByteArray *)v;
        if (b->len != 1) {
            wf_err_format(wf_TypeError, "ord() expected a character, but string of length %zu found",
                          b->len);
            return WF_NULL;
        }
        return WF_FROM_SMALLINT(b->data[0]);
    }
    wf_err_format(wf_TypeError, "ord() expected string of length 1, but %s found", wf_type_name(v));
    return WF_NULL;
}

static WfValue builtin_format(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {NULL, NULL};
    WfValue a[2];
    if (wf_args_parse("format", args, nargs, kwnames, names, 2, 1, 2, a) < 0) return WF_NULL;
    if (a[1] && !wf_is_str(a[1])) {
        wf_err_format(wf_TypeError, "format() argument 2 must be str, not %s", wf_type_name(a[1]));
        return WF_NULL;
    }
    return wf_format(a[0], a[1]);
}

// ---- isinstance / issubclass (metaclass __instancecheck__ is wf_isinstance's job) ----

static WfValue builtin_isinstance(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("isinstance", kwnames) < 0) return WF_NULL;
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "isinstance expected 2 arguments, got %zu", nargs);
        return WF_NULL;
    }
    int r = wf_isinstance(args[0], args[1]);
    if (r < 0) return WF_NULL;
    return wf_bool(r);
}

static WfValue builtin_issubclass(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("issubclass", kwnames) < 0) return WF_NULL;
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "issubclass expected 2 arguments, got %zu", nargs);
        return WF_NULL;
    }
    int r = wf_issubclass(args[0], args[1]);
    if (r < 0) return WF_NULL;
    return wf_bool(r);
}

// ---- attributes ------------------------------------------------------------------------

static int check_attr_name(WfValue name) {
    if (wf_is_str(name)) return 0;
    wf_err_format(wf_TypeError, "attribute name must be string, not '%s'", wf_type_name(name));
    return -1;
}

static WfValue builtin_getattr(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("getattr", kwnames) < 0) return WF_NULL;
    if (nargs < 2 || nargs > 3) {
        if (nargs < 2)
            wf_err_format(wf_TypeError, "getattr expected at least 2 arguments, got %zu", nargs);
        else
            wf_err_format(wf_TypeError, "getattr expected at most 3 arguments, got %zu", nargs);
        return WF_NULL;
    }
    if (check_attr_name(args[1]) < 0) return WF_NULL;
    if (nargs == 2) return wf_getattr(args[0], args[1]);
    WfValue out;
    int r = wf_getattr_opt(args[0], args[1], &out);
    if (r < 0) return WF_NULL;
    if (r == 0) return wf_newref(args[2]);
    return out;
}

static WfValue builtin_hasattr(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("hasattr", kwnames) < 0) return WF_NULL;
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "hasattr expected 2 arguments, got %zu", nargs);
        return WF_NULL;
    }
    if (check_attr_name(args[1]) < 0) return WF_NULL;
    WfValue out;
    int r = wf_getattr_opt(args[0], args[1], &out);
    if (r < 0) return WF_NULL;
    if (r > 0) wf_decref(out);
    return wf_bool(r > 0);
}

static WfValue builtin_setattr(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("setattr", kwnames) < 0) return WF_NULL;
    if (nargs != 3) {
        wf_err_format(wf_TypeError, "setattr expected 3 arguments, got %zu", nargs);
        return WF_NULL;
    }
    if (check_attr_name(args[1]) < 0) return WF_NULL;
    if (wf_setattr(args[0], args[1], args[2]) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue builtin_delattr(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("delattr", kwnames) < 0) return WF_NULL;
    if (nargs != 2) {
        wf_err_format(wf_TypeError, "delattr expected 2 arguments, got %zu", nargs);
        return WF_NULL;
    }
    if (check_attr_name(args[1]) < 0) return WF_NULL;
    if (wf_setattr(args[0], args[1], WF_NULL) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

// ---- namespaces: globals, locals, vars, dir ---------------------------------------------

static WfValue builtin_globals(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("globals", kwnames) < 0 || wf_args_count("globals", nargs, 0, 0) < 0)
        return WF_NULL;
    WfFrame *f = wf_frame_current();
    if (f) return wf_newref(wf_frame_globals(f));
    if (wf_interp.main_module) return wf_newref(wf_module_dict(wf_interp.main_module));
    return wf_dict_new();
}

static WfValue current_locals(void) {
    WfFrame *f = wf_frame_current();
    if (f) return wf_frame_locals(f);
    if (wf_interp.main_module) return wf_newref(wf_module_dict(wf_interp.main_module));
    return wf_dict_new();
}

static WfValue builtin_locals(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("locals", kwnames) < 0 || wf_args_count("locals", nargs, 0, 0) < 0)
        return WF_NULL;
    return current_locals();
}

static WfValue builtin_vars(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("vars", kwnames) < 0 || wf_args_count("vars", nargs, 0, 1) < 0)
        return WF_NULL;
    if (nargs == 0) return current_locals();
    WfValue d;
    int r = wf_getattr_opt(args[0], WF_ID(__dict__), &d);
    if (r < 0) return WF_NULL;
    if (r == 0) {
        wf_err_set_str(wf_TypeError, "vars() argument must have __dict__ attribute");
        return WF_NULL;
    }
    return d;
}

// Adds the keys of [dict] (if it is a dict) to [set].
static int add_keys(WfValue set, WfValue dict) {
    if (!dict || !wf_is_dict(dict)) return 0;
    size_t pos = 0;
    WfValue k;
    while (wf_dict_next(dict, &pos, &k, NULL))
        if (wf_set_add(set, k) < 0) return -1;
    return 0;
}

// dir(obj) when obj has no usable __dir__: instance dict + the names along the MRO.
static WfValue dir_fallback(WfValue obj) {
    WfValue set = wf_set_new(WF_NULL), d = WF_NULL;
    if (!set) return WF_NULL;
    if (!WF_IS_SMALLINT(obj) && obj->type == &wf_module_type) {
        if (add_keys(set, wf_module_dict(obj)) < 0) goto error;
        return set;
    }
    int r = wf_getattr_opt(obj, WF_ID(__dict__), &d);
    if (r < 0) { wf_err_clear(); r = 0; }
    if (r > 0) {
        if (add_keys(set, d) < 0) goto error;
        wf_clear(&d);
    }
    WfType *t = wf_is_type(obj) ? (WfType *)obj : wf_type(obj);
    WfValue mro = t->mro;
    if (mro && wf_is_tuple(mro)) {
        for (size_t i = 0; i < WF_TUPLE_LEN(mro); i++) {
            WfType *b = (WfType *)WF_TUPLE_GET(mro, i);
            if (add_keys(set, b->dict) < 0) goto error;
        }
    } else if (add_keys(set, t->dict) < 0) {
        goto error;
    }
    return set;
error:
    wf_xdecref(d);
    wf_decref(set);
    return WF_NULL;
}

static WfValue builtin_dir(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("dir", kwnames) < 0 || wf_args_count("dir", nargs, 0, 1) < 0)
        return WF_NULL;
    WfValue src, list;
    if (nargs == 0) {
        WfValue loc = current_locals();
        if (!loc) return WF_NULL;
        list = wf_list_from_iterable(loc);
        wf_decref(loc);
    } else {
        WfValue meth = wf_type_lookup(wf_type(args[0]), WF_ID(__dir__));
        if (meth && !(wf_is_type(args[0]) && wf_type(args[0]) == &wf_type_type &&
                      meth == wf_type_lookup(&wf_object_type, WF_ID(__dir__)))) {
            wf_incref(meth);
            src = wf_call1(meth, args[0]);
            wf_decref(meth);
        } else {
            src = dir_fallback(args[0]);
        }
        if (!src) return WF_NULL;
        list = wf_list_from_iterable(src);
        wf_decref(src);
    }
    if (!list) return WF_NULL;
    if (wf_list_sort(list, WF_NULL, false) < 0) { wf_decref(list); return WF_NULL; }
    return list;
}

// ---- compile / exec / eval -----------------------------------------------------------

// Source text of [src] (str or bytes) as a borrowed C buffer. 0 ok, -1 error.
static int source_text(const char *fname, WfValue src, const char **text, size_t *len) {
    if (wf_is_str(src)) {
        *text = WF_STR_DATA(src);
        *len = WF_STR_LEN(src);
        return 0;
    }
    if (wf_is_bytes(src)) {
        *text = (const char *)WF_BYTES_DATA(src);
        *len = WF_BYTES_LEN(src);
        return 0;
    }
    wf_err_format(wf_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    return -1;
}

static WfValue builtin_compile(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "_feature_version"};
    WfValue a[7];
    if (wf_args_parse("compile", args, nargs, kwnames, names, 7, 3, 6, a) < 0) return WF_NULL;
    if (wf_is_code(a[0])) return wf_newref(a[0]);
    const char *text;
    size_t len;
    if (wf_is_str(a[0]) || wf_is_bytes(a[0])) {
        source_text("compile", a[0], &text, &len);
    } else {
        wf_err_set_str(wf_TypeError, "compile() arg 1 must be a string, bytes or AST object");
        return WF_NULL;
    }
    if (!wf_is_str(a[1])) {
        wf_err_format(wf_TypeError, "compile() argument 'filename' must be str, not %s",
                      wf_type_name(a[1]));
        return WF_NULL;
    }
    if (!wf_is_str(a[2])) {
        wf_err_format(wf_TypeError, "compile() argument 'mode' must be str, not %s",
                      wf_type_name(a[2]));
        return WF_NULL;
    }
    int mode;
    if (wf_str_eq_cstr(a[2], "exec")) mode = WF_COMPILE_FILE;
    else if (wf_str_eq_cstr(a[2], "eval")) mode = WF_COMPILE_EVAL;
    else if (wf_str_eq_cstr(a[2], "single")) mode = WF_COMPILE_SINGLE;
    else {
        wf_err_set_str(wf_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return WF_NULL;
    }
    int flags = 0;
    if (a[3]) {
        int64_t fl = wf_index_i64(a[3], NULL);
        if (fl == -1 && wf_err_occurred()) return WF_NULL;
        if (fl & 0x2000) flags |= WF_COMPILE_TOPLEVEL_AWAIT;
        if (fl & 0x400) {
            wf_err_set_str(wf_ValueError, "compile(): ast objects are not supported by Weft");
            return WF_NULL;
        }
    }
    return wf_compile_source(text, len, WF_STR_DATA(a[1]), mode, flags, NULL);
}

// Shared body of exec and eval.
static WfValue exec_eval(const char *fname, int mode, WfValue *args, size_t nargs,
                         WfValue kwnames) {
    static const char *const names[] = {NULL, NULL, NULL, "closure"};
    static const char *const enames[] = {NULL, "globals", "locals"};
    WfValue a[4] = {0, 0, 0, 0};
    if (mode == WF_COMPILE_FILE) {
        if (wf_args_parse(fname, args, nargs, kwnames, names, 4, 1, 3, a) < 0) return WF_NULL;
    } else {
        if (wf_args_parse(fname, args, nargs, kwnames, enames, 3, 1, 3, a) < 0) return WF_NULL;
    }
    WfValue globals = a[1] == WF_NONE ? WF_NULL : a[1];
    WfValue locals = a[2] == WF_NONE ? WF_NULL : a[2];
    WfValue code = WF_NULL, g = WF_NULL, l = WF_NULL, result = WF_NULL;
    if (globals && !wf_is_dict(globals)) {
        if (mode == WF_COMPILE_FILE)
            wf_err_format(wf_TypeError, "exec() globals must be a dict, not %s", wf_type_name(globals));
        else
            wf_err_format(wf_TypeError, "globals must be a dict");
        return WF_NULL;
    }
    if (locals && !wf_is_dict(locals) && !wf_type(locals)->getitem) {
        wf_err_format(wf_TypeError, "locals must be a mapping or None, not %s", wf_type_name(locals));
        return WF_NULL;
    }
    if (globals) {
        g = wf_newref(globals);
        l = wf_newref(locals ? locals : globals);
    } else {
        WfFrame *f = wf_frame_current();
        if (f) {
            g = wf_newref(wf_frame_globals(f));
            l = locals ? wf_newref(locals) : wf_frame_locals(f);
            if (!l) goto done;
        } else {
            g = builtin_globals(WF_NULL, NULL, 0, WF_NULL);
            if (!g) goto done;
            l = wf_newref(locals ? locals : g);
        }
    }
    WfValue has;
    int r = wf_dict_get_cstr_ref(g, "__builtins__", &has);
    if (r < 0) goto done;
    if (r > 0) wf_decref(has);
    else if (wf_dict_set_cstr(g, "__builtins__", wf_interp.builtins) < 0) goto done;
    if (wf_is_code(a[0])) {
        code = wf_newref(a[0]);
    } else {
        const char *text;
        size_t len;
        if (source_text(fname, a[0], &text, &len) < 0) goto done;
        if (mode == WF_COMPILE_EVAL) {
            while (len > 0 && (*text == ' ' || *text == '\t')) { text++; len--; }
            if (memchr(text, '\0', len)) {
                wf_err_set_str(wf_SyntaxError, "source code string cannot contain null bytes");
                goto done;
            }
        }
        code = wf_compile_source(text, len, "<string>", mode, 0, NULL);
        if (!code) goto done;
    }
    result = wf_eval_code(code, g, l);
    if (result && mode == WF_COMPILE_FILE) {
        wf_decref(result);
        result = wf_newref(WF_NONE);
    }
done:
    wf_xdecref(code);
    wf_xdecref(g);
    wf_xdecref(l);
    return result;
}

static WfValue builtin_exec(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return exec_eval("exec", WF_COMPILE_FILE, args, nargs, kwnames);
}

static WfValue builtin_eval(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return exec_eval("eval", WF_COMPILE_EVAL, args, nargs, kwnames);
}

// ---- import, exit ------------------------------------------------------------------------

static WfValue builtin_import(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    WfValue a[5];
    if (wf_args_parse("__import__", args, nargs, kwnames, names, 5, 1, 5, a) < 0) return WF_NULL;
    if (!wf_is_str(a[0])) {
        wf_err_set_str(wf_TypeError, "module name must be a string");
        return WF_NULL;
    }
    int64_t level = 0;
    if (a[4]) {
        level = wf_index_i64(a[4], NULL);
        if (level == -1 && wf_err_occurred()) return WF_NULL;
        if (level < 0) {
            wf_err_set_str(wf_ValueError, "level must be >= 0");
            return WF_NULL;
        }
    }
    if (WF_STR_LEN(a[0]) == 0 && level == 0) {
        wf_err_set_str(wf_ValueError, "Empty module name");
        return WF_NULL;
    }
    WfValue globals = (a[1] && a[1] != WF_NONE) ? a[1] : WF_NULL;
    return wf_import(a[0], globals, a[3] ? a[3] : WF_NONE, (int)level);
}

static WfValue builtin_exit(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"code"};
    WfValue a[1];
    if (wf_args_parse("exit", args, nargs, kwnames, names, 1, 0, 1, a) < 0) return WF_NULL;
    // Standard input is closed by CPython's Quitter; we flush our output instead.
    wf_err_set(wf_SystemExit, a[0]);
    return WF_NULL;
}

// ---- the module ---------------------------------------------------------------------------

static const WfMethodDef builtin_functions[] = {
    {"__build_class__", wf_build_class, 0, "__build_class__(func, name, /, *bases, **kwds)"},
    {"__import__", builtin_import, 0, "__import__(name, globals=None, locals=None, fromlist=(), level=0)"},
    {"abs", builtin_abs, 0, "Return the absolute value of the argument."},
    {"aiter", builtin_aiter, 0, NULL},
    {"all", builtin_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"anext", builtin_anext, 0, NULL},
    {"any", builtin_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", builtin_ascii, 0, NULL},
    {"bin", builtin_bin, 0, "Return the binary representation of an integer."},
    {"callable", builtin_callable, 0, NULL},
    {"chr", builtin_chr, 0, "Return a Unicode string of one character with ordinal i."},
    {"compile", builtin_compile, 0, NULL},
    {"delattr", builtin_delattr, 0, NULL},
    {"dir", builtin_dir, 0, NULL},
    {"divmod", builtin_divmod, 0, "Return the tuple (x//y, x%y)."},
    {"eval", builtin_eval, 0, NULL},
    {"exec", builtin_exec, 0, NULL},
    {"format", builtin_format, 0, NULL},
    {"getattr", builtin_getattr, 0, NULL},
    {"globals", builtin_globals, 0, NULL},
    {"hasattr", builtin_hasattr, 0, NULL},
    {"hash", builtin_hash, 0, NULL},
    {"hex", builtin_hex, 0, NULL},
    {"id", builtin_id, 0, NULL},
    {"input", builtin_input, 0, NULL},
    {"isinstance", builtin_isinstance, 0, NULL},
    {"issubclass", builtin_issubclass, 0, NULL},
    {"iter", builtin_iter, 0, NULL},
    {"len", builtin_len, 0, "Return the number of items in a container."},
    {"locals", builtin_locals, 0, NULL},
    {"max", builtin_max, 0, NULL},
    {"min", builtin_min, 0, NULL},
    {"next", builtin_next, 0, NULL},
    {"oct", builtin_oct, 0, NULL},
    {"open", wf_io_open, 0, NULL},
    {"ord", builtin_ord, 0, NULL},
    {"pow", builtin_pow, 0, NULL},
    {"print", builtin_print, 0, "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)"},
    {"repr", builtin_repr, 0, NULL},
    {"round", builtin_round, 0, NULL},
    {"setattr", builtin_setattr, 0, NULL},
    {"sorted", builtin_sorted, 0, NULL},
    {"sum", builtin_sum, 0, NULL},
    {"vars", builtin_vars, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// exit and quit: functions whose repr is CPython's Quitter text.
typedef struct Quitter {
    WfObject ob;
    const char *name;
} Quitter;

static WfValue quitter_repr(WfValue self) {
    return wf_str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((Quitter *)self)->name);
}

static WfValue quitter_call(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (nargs > 1) {
        wf_err_format(wf_TypeError,
                      "Quitter.__call__() takes from 1 to 2 positional arguments but %zu were given",
                      nargs + 1);
        return WF_NULL;
    }
    return builtin_exit(self, args, nargs, kwnames);
}

static WfType quitter_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(Quitter),
    .repr = quitter_repr,
    .call = quitter_call,
};

static Quitter exit_obj = {{WF_IMMORTAL_REFCNT, &quitter_type}, "exit"};
static Quitter quit_obj = {{WF_IMMORTAL_REFCNT, &quitter_type}, "quit"};

WfValue wf_builtins_module_init(void) {
    if (builtins_module) return wf_newref(builtins_module);
    WfValue m = wf_module_new("builtins");
    if (!m) return WF_NULL;
    WfValue d = wf_module_dict(m);
    if (wf_module_add_functions(m, builtin_functions) < 0) goto error;
    if (wf_type_ready(&quitter_type) < 0 || wf_type_ready(&wf_complex_type) < 0) goto error;
    struct { const char *name; WfValue v; } values[] = {
        {"None", WF_NONE}, {"True", WF_TRUE}, {"False", WF_FALSE},
        {"NotImplemented", WF_NOTIMPLEMENTED}, {"Ellipsis", WF_ELLIPSIS},
        {"__debug__", WF_TRUE},
        {"exit", (WfValue)&exit_obj}, {"quit", (WfValue)&quit_obj},
        {"type", WF_TYPE_VALUE(&wf_type_type)}, {"object", WF_TYPE_VALUE(&wf_object_type)},
        {"int", WF_TYPE_VALUE(&wf_int_type)}, {"bool", WF_TYPE_VALUE(&wf_bool_type)},
        {"float", WF_TYPE_VALUE(&wf_float_type)}, {"str", WF_TYPE_VALUE(&wf_str_type)},
        {"complex", WF_TYPE_VALUE(&wf_complex_type)},
        {"bytes", WF_TYPE_VALUE(&wf_bytes_type)}, {"bytearray", WF_TYPE_VALUE(&wf_bytearray_type)},
        {"list", WF_TYPE_VALUE(&wf_list_type)}, {"tuple", WF_TYPE_VALUE(&wf_tuple_type)},
        {"dict", WF_TYPE_VALUE(&wf_dict_type)}, {"set", WF_TYPE_VALUE(&wf_set_type)},
        {"frozenset", WF_TYPE_VALUE(&wf_frozenset_type)},
        {"range", WF_TYPE_VALUE(&wf_range_type)}, {"slice", WF_TYPE_VALUE(&wf_slice_type)},
        {"enumerate", WF_TYPE_VALUE(&wf_enumerate_type)}, {"zip", WF_TYPE_VALUE(&wf_zip_type)},
        {"map", WF_TYPE_VALUE(&wf_map_type)}, {"filter", WF_TYPE_VALUE(&wf_filter_type)},
        {"reversed", WF_TYPE_VALUE(&wf_reversed_type)},
        {"property", WF_TYPE_VALUE(&wf_property_type)},
        {"staticmethod", WF_TYPE_VALUE(&wf_staticmethod_type)},
        {"classmethod", WF_TYPE_VALUE(&wf_classmethod_type)},
        {"super", WF_TYPE_VALUE(&wf_super_type)},
    };
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        if (wf_dict_set_cstr(d, values[i].name, values[i].v) < 0) goto error;
    if (wf_exc_init(d) < 0) goto error;
    builtins_module = wf_newref(m);
    if (!wf_interp.builtins) wf_interp.builtins = wf_newref(d);
    return m;
error:
    wf_decref(m);
    return WF_NULL;
}
