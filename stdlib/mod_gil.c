// mod_gil.c — the `gil` module: the GIL's knobs and counters, readable from
// Weft code (what `weft --gil-stats` prints, as data).
//
//   gil.stats()            -> list of dicts, one per thread that ever ran:
//                             name, acquisitions, forced_drops, requests,
//                             held_s, waited_s
//   gil.switches()         -> total number of GIL hand-overs (takes)
//   gil.get_policy()       -> "interval" or "ticks"; gil.set_policy(name)
//   gil.get_switch_interval() / gil.set_switch_interval(s)   (as sys.*)
//   gil.get_check_interval() / gil.set_check_interval(n)     (ticks policy)
//   gil.get_checks()       -> "instruction" or "branches"; gil.set_checks(name)
//   gil.name_thread(name)  -> label the calling thread's row
// All functions run with the GIL held; the counters are read under its mutex.
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "stdlib/mod_gil.h"
#include "vm/gil.h"

static WfValue gil_stats(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("stats", nargs, 0, 0) < 0) return WF_NULL;
    size_t n = 0;
    WfGilStats *rows = wf_gil_stats_snapshot(&n);
    if (!rows && n) return wf_err_no_memory();
    WfValue list = wf_list_new(0);
    for (size_t i = 0; list && i < n; i++) {
        WfGilStats *s = &rows[i];
        WfValue d = wf_dict_new();
        int ok = d != WF_NULL;
        WfValue v;
#define SET(key, expr) \
        if (ok) { v = (expr); ok = v && wf_dict_set_cstr(d, key, v) == 0; wf_xdecref(v); }
        SET("name", wf_str_from_cstr(s->name));
        SET("acquisitions", wf_int_from_u64(s->acquisitions));
        SET("forced_drops", wf_int_from_u64(s->forced_drops));
        SET("requests", wf_int_from_u64(s->requests));
        SET("held_s", wf_float_new((double)s->held_ns / 1e9));
        SET("waited_s", wf_float_new((double)s->waited_ns / 1e9));
#undef SET
        if (!ok || wf_list_append_steal(list, d) < 0) {
            if (!ok) wf_xdecref(d);
            wf_clear(&list);
        }
    }
    free(rows);
    return list;
}

static WfValue gil_switches(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_int_from_u64(wf_gil_switch_count());
}

static WfValue gil_get_policy(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_str_from_cstr(wf_gil_get_policy() == WF_GIL_POLICY_TICKS ? "ticks" : "interval");
}

static WfValue gil_set_policy(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("set_policy", nargs, 1, 1) < 0) return WF_NULL;
    if (!wf_is_str(args[0])) {
        wf_err_format(wf_TypeError, "set_policy() argument must be str, not %s", wf_type_name(args[0]));
        return WF_NULL;
    }
    const char *name = wf_str_cstr(args[0]);
    if (strcmp(name, "interval") == 0) wf_gil_set_policy(WF_GIL_POLICY_INTERVAL);
    else if (strcmp(name, "ticks") == 0) wf_gil_set_policy(WF_GIL_POLICY_TICKS);
    else {
        wf_err_format(wf_ValueError, "unknown GIL policy '%s' (expected 'interval' or 'ticks')", name);
        return WF_NULL;
    }
    return WF_NONE;
}

WfValue wf_gil_py_getswitchinterval(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_float_new(wf_gil_get_switch_interval());
}

WfValue wf_gil_py_setswitchinterval(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("setswitchinterval", nargs, 1, 1) < 0) return WF_NULL;
    double s;
    if (wf_to_double(args[0], &s) < 0) return WF_NULL;
    if (!(s > 0)) {
        wf_err_set_str(wf_ValueError, "switch interval must be strictly positive");
        return WF_NULL;
    }
    wf_gil_set_switch_interval(s);
    return WF_NONE;
}

WfValue wf_gil_py_getcheckinterval(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_int_from_i64(wf_gil_get_check_interval());
}

WfValue wf_gil_py_setcheckinterval(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("setcheckinterval", nargs, 1, 1) < 0) return WF_NULL;
    int64_t n;
    if (!wf_is_int(args[0])) {
        wf_err_format(wf_TypeError, "an integer is required (got type %s)", wf_type_name(args[0]));
        return WF_NULL;
    }
    if (wf_int_to_i64(args[0], &n) < 0) return WF_NULL;
    wf_gil_set_check_interval((long)n);
    return WF_NONE;
}

static WfValue gil_get_checks(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_str_from_cstr(wf_gil_get_checks() == WF_GIL_CHECKS_BRANCHES ? "branches" : "instruction");
}

static WfValue gil_set_checks(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("set_checks", nargs, 1, 1) < 0) return WF_NULL;
    const char *name = wf_is_str(args[0]) ? wf_str_cstr(args[0]) : "";
    if (strcmp(name, "instruction") == 0) wf_gil_set_checks(WF_GIL_CHECKS_EVERY_INSTRUCTION);
    else if (strcmp(name, "branches") == 0) wf_gil_set_checks(WF_GIL_CHECKS_BRANCHES);
    else {
        wf_err_set_str(wf_ValueError, "expected 'instruction' or 'branches'");
        return WF_NULL;
    }
    return WF_NONE;
}

static WfValue gil_name_thread(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("name_thread", nargs, 1, 1) < 0) return WF_NULL;
    if (!wf_is_str(args[0])) {
        wf_err_set_str(wf_TypeError, "name_thread() argument must be str");
        return WF_NULL;
    }
    wf_gil_stats_register(wf_ts(), wf_str_cstr(args[0]));
    return WF_NONE;
}

static const WfMethodDef gil_functions[] = {
    {"stats", gil_stats, 0, "per-thread GIL counters as a list of dicts"},
    {"switches", gil_switches, 0, "total number of times the GIL was taken"},
    {"get_policy", gil_get_policy, 0, "'interval' (default) or 'ticks'"},
    {"set_policy", gil_set_policy, 0, "choose the scheduling policy"},
    {"get_switch_interval", wf_gil_py_getswitchinterval, 0, "seconds"},
    {"set_switch_interval", wf_gil_py_setswitchinterval, 0, "seconds, > 0"},
    {"get_check_interval", wf_gil_py_getcheckinterval, 0, "instructions per release (ticks policy)"},
    {"set_check_interval", wf_gil_py_setcheckinterval, 0, "instructions per release (ticks policy)"},
    {"get_checks", gil_get_checks, 0, "where drop requests are honoured"},
    {"set_checks", gil_set_checks, 0, "'instruction' or 'branches'"},
    {"name_thread", gil_name_thread, 0, "label the calling thread in the statistics"},
    {NULL, NULL, 0, NULL},
};

WfValue wf_gil_module_init(void) {
    WfValue m = wf_module_new("gil");
    if (!m) return WF_NULL;
    if (wf_module_add_functions(m, gil_functions) < 0) {
        wf_decref(m);
        return WF_NULL;
    }
    return m;
}
