// gil.c — the Global Interpreter Lock, its two scheduling policies, and its
// instrumentation (per-thread counters, --gil-stats table, Chrome trace).
//
// Notes on the implementation (the "new GIL" of CPython 3.2, re-derived):
// - `locked` says whether some thread holds the GIL; `mutex` guards every
//   field of `gil`; `cond` is signalled when the GIL is released and
//   `switch_cond` when it is taken.
// - A thread that wants the GIL waits on `cond` for one switch interval. If
//   the wait times out and no switch happened meanwhile (switch_number is
//   unchanged), it sets WF_BREAK_GIL_DROP in the eval breaker. The holder
//   sees the bit at its next instruction boundary (wf_gil_breaker), drops,
//   and — forced switching — waits on `switch_cond` until another thread has
//   actually taken the GIL, so it cannot grab it straight back.
// - The ticks policy instead releases every `check_interval` instructions
//   and retakes at once, letting the OS pick the next holder (often the same
//   thread: the pathology the pre-3.2 GIL was known for).
// - Only the GIL holder touches refcounts; the instrumentation counters are
//   updated while `mutex` is held.
#include "vm/gil.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define DEFAULT_INTERVAL_NS 5000000ull   // 5 ms, as CPython
#define DEFAULT_CHECK_INTERVAL 100       // instructions, as CPython 2's sys.setcheckinterval
#define MAX_TRACE_EVENTS 2000000

typedef struct TraceEvent {
    char kind;            // 'X' a hold (complete event), 'i' a drop request
    int tid;
    uint64_t start_ns, dur_ns;
} TraceEvent;

static struct {
    pthread_mutex_t mutex;
    pthread_cond_t cond;           // the GIL was released
    pthread_cond_t switch_cond;    // the GIL was taken (forced switching)
    bool locked;
    WfThreadState *holder;         // last thread to take it
    uint64_t switch_number;        // times the holder changed
    int waiters;                   // threads blocked in wf_gil_take
    bool ever_contended;
    WfThreadState *finalizer;      // non-NULL once the process is exiting: only it may take the GIL

    _Atomic uint64_t interval_ns;
    _Atomic int policy;
    _Atomic long check_interval;
    _Atomic int checks;
    _Atomic bool stress;

    WfGilStats **stats;            // every thread's record, kept until exit
    size_t nstats, capstats;

    FILE *trace_file;              // non-NULL while tracing
    TraceEvent *trace;
    size_t ntrace, captrace;
    bool trace_truncated;
    uint64_t t0_ns;                // process start, the trace's time origin
} gil = {
    .mutex = PTHREAD_MUTEX_INITIALIZER,
    .interval_ns = DEFAULT_INTERVAL_NS,
    .policy = WF_GIL_POLICY_INTERVAL,
    .check_interval = DEFAULT_CHECK_INTERVAL,
    .checks = WF_GIL_CHECKS_EVERY_INSTRUCTION,
};

// Ticks left before the holder releases (ticks policy). Only the holder touches it.
static long ticks_left = DEFAULT_CHECK_INTERVAL;

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

static void set_breaker(unsigned bit) { atomic_fetch_or(&wf_eval_breaker, bit); }
static void clear_breaker(unsigned bit) { atomic_fetch_and(&wf_eval_breaker, ~bit); }

// The stats record of [ts], created on first use. Caller holds gil.mutex.
static WfGilStats *stats_of(WfThreadState *ts) {
    if (ts->gil_stats) return ts->gil_stats;
    WfGilStats *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    if (gil.nstats == gil.capstats) {
        size_t cap = gil.capstats ? gil.capstats * 2 : 16;
        WfGilStats **grown = realloc(gil.stats, cap * sizeof *grown);
        if (!grown) { free(s); return NULL; }
        gil.stats = grown;
        gil.capstats = cap;
    }
    s->trace_tid = (int)gil.nstats + 1;
    snprintf(s->name, sizeof s->name, "%s", gil.nstats == 0 ? "MainThread" : "Thread");
    gil.stats[gil.nstats++] = s;
    ts->gil_stats = s;
    return s;
}

static void trace_add(char kind, int tid, uint64_t start, uint64_t dur) {
    if (!gil.trace_file) return;
    if (gil.ntrace == gil.captrace) {
        if (gil.captrace >= MAX_TRACE_EVENTS) { gil.trace_truncated = true; return; }
        size_t cap = gil.captrace ? gil.captrace * 2 : 4096;
        TraceEvent *grown = realloc(gil.trace, cap * sizeof *grown);
        if (!grown) { gil.trace_truncated = true; return; }
        gil.trace = grown;
        gil.captrace = cap;
    }
    gil.trace[gil.ntrace++] = (TraceEvent){kind, tid, start, dur};
}

void wf_gil_init(void) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&gil.cond, &attr);
    pthread_cond_init(&gil.switch_cond, &attr);
    pthread_condattr_destroy(&attr);
    gil.t0_ns = now_ns();
    gil.locked = false;
    wf_gil_take(wf_ts());
}

static void add_ns(struct timespec *t, uint64_t ns) {
    t->tv_sec += (time_t)(ns / 1000000000ull);
    t->tv_nsec += (long)(ns % 1000000000ull);
    if (t->tv_nsec >= 1000000000L) { t->tv_sec++; t->tv_nsec -= 1000000000L; }
}

// The exit path has begun (wf_gil_set_finalizing) and [ts] is another thread
// (a daemon): it must never run Weft code again, so it sleeps until the
// process ends. Caller holds gil.mutex; never returns.
static void park_forever(bool counted_as_waiter) {
    if (counted_as_waiter) gil.waiters--;
    pthread_cond_broadcast(&gil.switch_cond);   // a forced drop may be waiting for us
    pthread_mutex_unlock(&gil.mutex);
    for (;;) pause();
}

void wf_gil_take(WfThreadState *ts) {
    uint64_t start = now_ns();
    pthread_mutex_lock(&gil.mutex);
    if (gil.finalizer && ts != gil.finalizer) park_forever(false);
    WfGilStats *s = stats_of(ts);
    bool waiting = gil.locked;
    if (waiting) {
        gil.waiters++;
        gil.ever_contended = true;
    }
    while (gil.locked || (gil.finalizer && ts != gil.finalizer)) {
        if (gil.finalizer && ts != gil.finalizer) park_forever(waiting);
        if (atomic_load(&gil.policy) == WF_GIL_POLICY_TICKS) {
            // Pre-3.2: no timeout, no request; the holder releases on its own.
            set_breaker(WF_BREAK_GIL_TICKS);
            pthread_cond_wait(&gil.cond, &gil.mutex);
            continue;
        }
        uint64_t seen = gil.switch_number;
        struct timespec deadline;
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        add_ns(&deadline, atomic_load(&gil.interval_ns));
        int r = pthread_cond_timedwait(&gil.cond, &gil.mutex, &deadline);
        if (r == ETIMEDOUT && gil.locked && gil.switch_number == seen) {
            set_breaker(WF_BREAK_GIL_DROP);
            if (s) s->requests++;
            if (s) trace_add('i', s->trace_tid, now_ns(), 0);
        }
    }
    if (waiting) gil.waiters--;
    gil.locked = true;
    gil.holder = ts;
    gil.switch_number++;     // every take counts, so a waiter's "no switch" test is exact
    pthread_cond_broadcast(&gil.switch_cond);
    if (!atomic_load(&gil.stress)) clear_breaker(WF_BREAK_GIL_DROP);
    uint64_t now = now_ns();
    if (s) {
        s->acquisitions++;
        s->waited_ns += now - start;
        s->taken_at_ns = now;
    }
    pthread_mutex_unlock(&gil.mutex);
}

// Releases the GIL held by the thread whose stats record is [s]; with
// [forced], waits until another thread has taken it.
static void drop(WfGilStats *s, bool forced) {
    pthread_mutex_lock(&gil.mutex);
    uint64_t now = now_ns();
    if (s && s->taken_at_ns) {
        s->held_ns += now - s->taken_at_ns;
        trace_add('X', s->trace_tid, s->taken_at_ns, now - s->taken_at_ns);
        s->taken_at_ns = 0;
    }
    gil.locked = false;
    pthread_cond_signal(&gil.cond);
    if (forced && gil.waiters > 0) {
        if (s) s->forced_drops++;
        uint64_t seen = gil.switch_number;
        while (gil.switch_number == seen && gil.waiters > 0)
            pthread_cond_wait(&gil.switch_cond, &gil.mutex);
    }
    pthread_mutex_unlock(&gil.mutex);
}

void wf_gil_drop(WfThreadState *ts) {
    drop(ts->gil_stats, false);
}

void wf_gil_drop_detached(WfGilStats *stats) {
    drop(stats, false);
}

void wf_gil_breaker(WfThreadState *ts, bool at_branch) {
    unsigned bits = atomic_load_explicit(&wf_eval_breaker, memory_order_relaxed);
    if (atomic_load(&gil.policy) == WF_GIL_POLICY_TICKS) {
        if (!(bits & WF_BREAK_GIL_TICKS)) return;
        if (--ticks_left > 0) return;
        ticks_left = atomic_load(&gil.check_interval);
        drop(ts->gil_stats, false);   // no forced switching: we may well win it back
        wf_gil_take(ts);
        return;
    }
    if (!(bits & WF_BREAK_GIL_DROP)) return;
    if (atomic_load(&gil.checks) == WF_GIL_CHECKS_BRANCHES && !at_branch) return;
    drop(ts->gil_stats, true);
    wf_gil_take(ts);
}

void wf_gil_after_fork(WfThreadState *ts) {
    pthread_mutex_init(&gil.mutex, NULL);
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&gil.cond, &attr);
    pthread_cond_init(&gil.switch_cond, &attr);
    pthread_condattr_destroy(&attr);
    gil.locked = true;
    gil.holder = ts;
    gil.waiters = 0;
    gil.trace_file = NULL;      // the parent writes the trace
    clear_breaker(WF_BREAK_GIL_DROP | WF_BREAK_GIL_TICKS);
}

void wf_gil_set_finalizing(WfThreadState *ts) {
    pthread_mutex_lock(&gil.mutex);
    gil.finalizer = ts;
    pthread_cond_broadcast(&gil.cond);   // waiters wake and park
    pthread_mutex_unlock(&gil.mutex);
}

bool wf_gil_is_contended(void) {
    pthread_mutex_lock(&gil.mutex);
    bool c = gil.ever_contended;
    pthread_mutex_unlock(&gil.mutex);
    return c;
}

// ---- settings --------------------------------------------------------------------

double wf_gil_get_switch_interval(void) {
    return (double)atomic_load(&gil.interval_ns) / 1e9;
}

int wf_gil_set_switch_interval(double seconds) {
    if (!(seconds > 0)) return -1;
    double ns = seconds * 1e9;
    if (ns < 1) ns = 1;
    if (ns > 1e15) ns = 1e15;
    atomic_store(&gil.interval_ns, (uint64_t)ns);
    return 0;
}

void wf_gil_set_policy(int policy) {
    atomic_store(&gil.policy, policy);
    if (policy != WF_GIL_POLICY_TICKS) clear_breaker(WF_BREAK_GIL_TICKS);
}
int wf_gil_get_policy(void) { return atomic_load(&gil.policy); }

void wf_gil_set_check_interval(long ticks) {
    atomic_store(&gil.check_interval, ticks < 1 ? 1 : ticks);
}
long wf_gil_get_check_interval(void) { return atomic_load(&gil.check_interval); }

void wf_gil_set_checks(int where) { atomic_store(&gil.checks, where); }
int wf_gil_get_checks(void) { return atomic_load(&gil.checks); }

void wf_gil_set_stress(bool on) {
    atomic_store(&gil.stress, on);
    if (on) set_breaker(WF_BREAK_GIL_DROP);
    else clear_breaker(WF_BREAK_GIL_DROP);
}

// ---- instrumentation -----------------------------------------------------------------

uint64_t wf_gil_switch_count(void) {
    pthread_mutex_lock(&gil.mutex);
    uint64_t n = gil.switch_number;
    pthread_mutex_unlock(&gil.mutex);
    return n;
}

void wf_gil_stats_register(WfThreadState *ts, const char *name) {
    pthread_mutex_lock(&gil.mutex);
    WfGilStats *s = stats_of(ts);
    if (s && name) snprintf(s->name, sizeof s->name, "%s", name);
    pthread_mutex_unlock(&gil.mutex);
}

WfGilStats *wf_gil_stats_snapshot(size_t *n) {
    pthread_mutex_lock(&gil.mutex);
    uint64_t now = now_ns();
    WfGilStats *rows = malloc((gil.nstats ? gil.nstats : 1) * sizeof *rows);
    *n = rows ? gil.nstats : 0;
    for (size_t i = 0; rows && i < gil.nstats; i++) {
        rows[i] = *gil.stats[i];
        if (rows[i].taken_at_ns) rows[i].held_ns += now - rows[i].taken_at_ns;
    }
    pthread_mutex_unlock(&gil.mutex);
    return rows;
}

void wf_gil_stats_print(FILE *out) {
    pthread_mutex_lock(&gil.mutex);
    uint64_t now = now_ns();
    fprintf(out, "\nGIL statistics (policy %s, switch interval %.6g s, %llu switches)\n",
            atomic_load(&gil.policy) == WF_GIL_POLICY_TICKS ? "ticks" : "interval",
            (double)atomic_load(&gil.interval_ns) / 1e9, (unsigned long long)gil.switch_number);
    fprintf(out, "%-20s %12s %12s %12s %12s %12s\n", "thread", "acquired", "forced", "requests",
            "held ms", "waited ms");
    for (size_t i = 0; i < gil.nstats; i++) {
        WfGilStats *s = gil.stats[i];
        uint64_t held = s->held_ns + (s->taken_at_ns ? now - s->taken_at_ns : 0);
        fprintf(out, "%-20.20s %12llu %12llu %12llu %12.3f %12.3f\n", s->name,
                (unsigned long long)s->acquisitions, (unsigned long long)s->forced_drops,
                (unsigned long long)s->requests, (double)held / 1e6, (double)s->waited_ns / 1e6);
    }
    pthread_mutex_unlock(&gil.mutex);
}

int wf_gil_trace_start(const char *path) {
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    pthread_mutex_lock(&gil.mutex);
    gil.trace_file = f;
    pthread_mutex_unlock(&gil.mutex);
    return 0;
}

// Writes [s] as a JSON string literal.
static void json_string(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

void wf_gil_trace_finish(void) {
    pthread_mutex_lock(&gil.mutex);
    FILE *f = gil.trace_file;
    gil.trace_file = NULL;
    if (!f) { pthread_mutex_unlock(&gil.mutex); return; }
    uint64_t now = now_ns();
    // Close the current holds so they show up.
    for (size_t i = 0; i < gil.nstats; i++) {
        WfGilStats *s = gil.stats[i];
        if (s->taken_at_ns) {
            gil.trace_file = f;
            trace_add('X', s->trace_tid, s->taken_at_ns, now - s->taken_at_ns);
            gil.trace_file = NULL;
        }
    }
    fputs("{\"displayTimeUnit\": \"ms\", \"traceEvents\": [\n", f);
    fputs("{\"name\": \"process_name\", \"ph\": \"M\", \"pid\": 1, \"tid\": 0, \"args\": {\"name\": \"weft\"}}", f);
    for (size_t i = 0; i < gil.nstats; i++) {
        fprintf(f, ",\n{\"name\": \"thread_name\", \"ph\": \"M\", \"pid\": 1, \"tid\": %d, \"args\": {\"name\": ",
                gil.stats[i]->trace_tid);
        json_string(f, gil.stats[i]->name);
        fputs("}}", f);
    }
    for (size_t i = 0; i < gil.ntrace; i++) {
        TraceEvent *e = &gil.trace[i];
        double ts = (double)(e->start_ns - gil.t0_ns) / 1e3;
        if (e->kind == 'X')
            fprintf(f, ",\n{\"name\": \"holds GIL\", \"cat\": \"gil\", \"ph\": \"X\", \"pid\": 1, "
                       "\"tid\": %d, \"ts\": %.3f, \"dur\": %.3f}",
                    e->tid, ts, (double)e->dur_ns / 1e3);
        else
            fprintf(f, ",\n{\"name\": \"drop request\", \"cat\": \"gil\", \"ph\": \"i\", \"s\": \"t\", "
                       "\"pid\": 1, \"tid\": %d, \"ts\": %.3f}",
                    e->tid, ts);
    }
    fprintf(f, "\n], \"otherData\": {\"truncated\": %s}}\n", gil.trace_truncated ? "true" : "false");
    fclose(f);
    free(gil.trace);
    gil.trace = NULL;
    gil.ntrace = gil.captrace = 0;
    pthread_mutex_unlock(&gil.mutex);
}
