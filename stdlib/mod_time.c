// mod_time.c — the `time` module: clocks (time, perf_counter, monotonic,
// process_time and their _ns forms), sleep (releases the GIL; Ctrl-C
// interrupts it), struct_time, localtime/gmtime/mktime, strftime/strptime, ctime/asctime.
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/blocking.h"
#include "stdlib/native_inits.h"
#include "stdlib/structseq.h"
#include "vm/eval.h"

static const char *const struct_time_fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                                 "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};
static WF_STRUCTSEQ_TYPE(struct_time_type, "time.struct_time", struct_time_fields);

static double clock_secs(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static WfValue clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return wf_int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static WfValue time_time(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("time", nargs, 0, 0) < 0) return WF_NULL;
    return wf_float_new(clock_secs(CLOCK_REALTIME));
}
static WfValue time_time_ns(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("time_ns", nargs, 0, 0) < 0) return WF_NULL;
    return clock_ns(CLOCK_REALTIME);
}
static WfValue time_monotonic(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("monotonic", nargs, 0, 0) < 0) return WF_NULL;
    return wf_float_new(clock_secs(CLOCK_MONOTONIC));
}
static WfValue time_monotonic_ns(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("monotonic_ns", nargs, 0, 0) < 0) return WF_NULL;
    return clock_ns(CLOCK_MONOTONIC);
}
static WfValue time_process_time(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("process_time", nargs, 0, 0) < 0) return WF_NULL;
    return wf_float_new(clock_secs(CLOCK_PROCESS_CPUTIME_ID));
}
static WfValue time_process_time_ns(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("process_time_ns", nargs, 0, 0) < 0) return WF_NULL;
    return clock_ns(CLOCK_PROCESS_CPUTIME_ID);
}
static WfValue time_thread_time(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("thread_time", nargs, 0, 0) < 0) return WF_NULL;
    return wf_float_new(clock_secs(CLOCK_THREAD_CPUTIME_ID));
}
static WfValue time_thread_time_ns(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("thread_time_ns", nargs, 0, 0) < 0) return WF_NULL;
    return clock_ns(CLOCK_THREAD_CPUTIME_ID);
}

static WfValue time_sleep(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("sleep", kwnames) < 0) return WF_NULL;
    if (nargs != 1) {
        wf_err_format(wf_TypeError, "sleep() takes exactly one argument (%zu given)", nargs);
        return WF_NULL;
    }
    double secs;
    if (wf_is_float(args[0])) {
        secs = WF_FLOAT_VAL(args[0]);
    } else if (wf_is_int(args[0])) {
        if (wf_int_to_double(args[0], &secs) < 0) return WF_NULL;
    } else {
        wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer",
                      wf_type_name(args[0]));
        return WF_NULL;
    }
    if (isnan(secs)) {
        wf_err_set_str(wf_ValueError, "Invalid value NaN (not a number)");
        return WF_NULL;
    }
    if (secs < 0) {
        wf_err_set_str(wf_ValueError, "sleep length must be non-negative");
        return WF_NULL;
    }
    if (secs > 9.2e9) {
        wf_err_set_str(wf_OverflowError, "sleep length is too large");
        return WF_NULL;
    }
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = floor(secs);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    for (;;) {
        int r;
        WF_BLOCKING_BEGIN();
        r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        WF_BLOCKING_END();
        if (r == 0) break;
        if (r != EINTR) {
            errno = r;
            wf_err_from_errno(NULL);
            return WF_NULL;
        }
        if (wf_eval_handle_breaker() < 0) return WF_NULL;
    }
    return wf_newref(WF_NONE);
}

// ---- calendar time -------------------------------------------------------------------------

static WfValue tm_to_struct(const struct tm *tm) {
    WfValue items[9] = {
        wf_int_from_i64(tm->tm_year + 1900), wf_int_from_i64(tm->tm_mon + 1), wf_int_from_i64(tm->tm_mday),
        wf_int_from_i64(tm->tm_hour), wf_int_from_i64(tm->tm_min), wf_int_from_i64(tm->tm_sec),
        wf_int_from_i64((tm->tm_wday + 6) % 7), wf_int_from_i64(tm->tm_yday + 1),
        wf_int_from_i64(tm->tm_isdst),
    };
    return wf_structseq_new_steal(&struct_time_type, items);
}

// Seconds argument: None/absent = now. 0 ok, -1 error.
static int secs_arg(WfValue *args, size_t nargs, time_t *out) {
    if (nargs == 0 || args[0] == WF_NONE) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (!wf_is_int(args[0]) && !wf_is_float(args[0])) {
        wf_err_format(wf_TypeError, "'%s' object cannot be interpreted as an integer",
                      wf_type_name(args[0]));
        return -1;
    }
    if (wf_to_double(args[0], &d) < 0) return -1;
    if (!isfinite(d)) {
        wf_err_set_str(wf_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    *out = (time_t)floor(d);
    return 0;
}

static WfValue time_localtime(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("localtime", nargs, 0, 1) < 0) return WF_NULL;
    time_t t;
    if (secs_arg(args, nargs, &t) < 0) return WF_NULL;
    struct tm tm;
    if (!localtime_r(&t, &tm)) {
        wf_err_set_str(wf_OverflowError, "timestamp out of range for platform time_t");
        return WF_NULL;
    }
    return tm_to_struct(&tm);
}

static WfValue time_gmtime(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("gmtime", nargs, 0, 1) < 0) return WF_NULL;
    time_t t;
    if (secs_arg(args, nargs, &t) < 0) return WF_NULL;
    struct tm tm;
    if (!gmtime_r(&t, &tm)) {
        wf_err_set_str(wf_OverflowError, "timestamp out of range for platform time_t");
        return WF_NULL;
    }
    return tm_to_struct(&tm);
}

// A struct_time or 9-tuple to struct tm. 0 ok, -1 error.
static int tuple_to_tm(const char *fname, WfValue t, struct tm *tm) {
    if (!wf_is_tuple(t) || WF_TUPLE_LEN(t) != 9) {
        if (wf_is_tuple(t))
            wf_err_format(wf_TypeError, "%s(): illegal time tuple argument", fname);
        else
            wf_err_format(wf_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    int64_t v[9];
    for (int i = 0; i < 9; i++) {
        v[i] = wf_index_i64(WF_TUPLE_GET(t, i), NULL);
        if (v[i] == -1 && wf_err_occurred()) return -1;
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)(v[1] - 1);
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)(v[7] - 1);
    tm->tm_isdst = (int)v[8];
    return 0;
}

static WfValue time_mktime(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("mktime", nargs, 1, 1) < 0) return WF_NULL;
    struct tm tm;
    if (tuple_to_tm("mktime", args[0], &tm) < 0) return WF_NULL;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        wf_err_set_str(wf_OverflowError, "mktime argument out of range");
        return WF_NULL;
    }
    return wf_float_new((double)t);
}

static WfValue time_strftime(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("strftime", nargs, 1, 2) < 0) return WF_NULL;
    if (!wf_is_str(args[0])) {
        wf_err_format(wf_TypeError, "strftime() argument 1 must be str, not %s", wf_type_name(args[0]));
        return WF_NULL;
    }
    struct tm tm;
    if (nargs == 2) {
        if (tuple_to_tm("strftime", args[1], &tm) < 0) return WF_NULL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    const char *fmt = WF_STR_DATA(args[0]);
    if (!*fmt) return wf_str_from_cstr("");
    size_t cap = 256 + 4 * WF_STR_LEN(args[0]);
    for (int tries = 0; tries < 8; tries++, cap *= 4) {
        char *buf = malloc(cap);
        if (!buf) return wf_err_no_memory();
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0 || tries == 7) {
            WfValue r = wf_str_from_utf8(buf, n);
            free(buf);
            return r;
        }
        free(buf);
    }
    return wf_str_from_cstr("");
}

// strptime(string, format="%a %b %d %H:%M:%S %Y") on the C library's parser,
// with CPython's defaults (1900-01-01), computed weekday/yearday, isdst -1.
static WfValue time_strptime(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("strptime", kwnames) < 0 || wf_args_count("strptime", nargs, 1, 2) < 0)
        return WF_NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (!wf_is_str(args[i])) {
            wf_err_format(wf_TypeError, "strptime() argument %zu must be str, not %s", i + 1,
                          wf_type_name(args[i]));
            return WF_NULL;
        }
    }
    const char *data = WF_STR_DATA(args[0]);
    const char *fmt = nargs > 1 ? WF_STR_DATA(args[1]) : "%a %b %d %H:%M:%S %Y";
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_year = INT_MIN;
    tm.tm_mon = -1;
    tm.tm_mday = 0;
    const char *end = strptime(data, fmt, &tm);
    if (!end) {
        WfValue fs = nargs > 1 ? wf_newref(args[1]) : wf_str_from_cstr(fmt);
        WfValue r1 = wf_repr(args[0]), r2 = fs ? wf_repr(fs) : WF_NULL;
        if (r1 && r2)
            wf_err_format(wf_ValueError, "time data %s does not match format %s", wf_str_cstr(r1),
                          wf_str_cstr(r2));
        wf_xdecref(r1);
        wf_xdecref(r2);
        wf_xdecref(fs);
        return WF_NULL;
    }
    if (*end) {
        wf_err_format(wf_ValueError, "unconverted data remains: %s", end);
        return WF_NULL;
    }
    if (tm.tm_year == INT_MIN) tm.tm_year = 0;
    if (tm.tm_mon < 0) tm.tm_mon = 0;
    if (tm.tm_mday == 0) tm.tm_mday = 1;
    struct tm day;
    memset(&day, 0, sizeof day);
    day.tm_year = tm.tm_year;
    day.tm_mon = tm.tm_mon;
    day.tm_mday = tm.tm_mday;
    day.tm_hour = 12;
    time_t t = timegm(&day);
    struct tm norm;
    if (gmtime_r(&t, &norm)) {
        tm.tm_wday = norm.tm_wday;
        tm.tm_yday = norm.tm_yday;
    }
    tm.tm_isdst = -1;
    return tm_to_struct(&tm);
}

static WfValue format_asctime(const struct tm *tm) {
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return wf_str_from_format("%s %s%3d %.2d:%.2d:%.2d %d", days[(tm->tm_wday % 7 + 7) % 7],
                              months[(tm->tm_mon % 12 + 12) % 12], tm->tm_mday, tm->tm_hour,
                              tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
}

static WfValue time_ctime(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("ctime", nargs, 0, 1) < 0) return WF_NULL;
    time_t t;
    if (secs_arg(args, nargs, &t) < 0) return WF_NULL;
    struct tm tm;
    localtime_r(&t, &tm);
    return format_asctime(&tm);
}

static WfValue time_asctime(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("asctime", nargs, 0, 1) < 0) return WF_NULL;
    struct tm tm;
    if (nargs == 1) {
        if (tuple_to_tm("asctime", args[0], &tm) < 0) return WF_NULL;
    } else {
        time_t t = time(NULL);
        localtime_r(&t, &tm);
    }
    return format_asctime(&tm);
}

static const WfMethodDef time_functions[] = {
    {"time", time_time, 0, "seconds since the Epoch as a float"},
    {"time_ns", time_time_ns, 0, NULL},
    {"perf_counter", time_monotonic, 0, NULL},
    {"perf_counter_ns", time_monotonic_ns, 0, NULL},
    {"monotonic", time_monotonic, 0, NULL},
    {"monotonic_ns", time_monotonic_ns, 0, NULL},
    {"process_time", time_process_time, 0, NULL},
    {"process_time_ns", time_process_time_ns, 0, NULL},
    {"thread_time", time_thread_time, 0, NULL},
    {"thread_time_ns", time_thread_time_ns, 0, NULL},
    {"sleep", time_sleep, 0, "sleep(seconds): delay; other threads run meanwhile"},
    {"localtime", time_localtime, 0, NULL},
    {"gmtime", time_gmtime, 0, NULL},
    {"mktime", time_mktime, 0, NULL},
    {"strftime", time_strftime, 0, NULL},
    {"strptime", time_strptime, 0, NULL},
    {"ctime", time_ctime, 0, NULL},
    {"asctime", time_asctime, 0, NULL},
    {NULL, NULL, 0, NULL},
};

WfValue wf_time_module_init(void) {
    if (wf_type_ready(&struct_time_type.type) < 0) return WF_NULL;
    WfValue m = wf_module_new("time");
    if (!m) return WF_NULL;
    tzset();
    WfValue tz0 = wf_str_from_cstr(tzname[0] ? tzname[0] : "UTC");
    WfValue tz1 = wf_str_from_cstr(tzname[1] ? tzname[1] : "UTC");
    WfValue tznames = (tz0 && tz1) ? wf_tuple_pack(2, tz0, tz1) : WF_NULL;
    wf_xdecref(tz0);
    wf_xdecref(tz1);
    if (wf_module_add_functions(m, time_functions) < 0 ||
        wf_module_set(m, "struct_time", WF_TYPE_VALUE(&struct_time_type.type)) < 0 ||
        wf_module_set_steal(m, "timezone", wf_int_from_i64(timezone)) < 0 ||
        wf_module_set_steal(m, "altzone", wf_int_from_i64(timezone - 3600 * (daylight ? 1 : 0))) < 0 ||
        wf_module_set_steal(m, "daylight", wf_int_from_i64(daylight)) < 0 ||
        wf_module_set_steal(m, "tzname", tznames) < 0) {
        wf_decref(m);
        return WF_NULL;
    }
    return m;
}
