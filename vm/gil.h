// gil.h — the Global Interpreter Lock (DESIGN §6).
//
// One thread at a time runs Weft code and touches refcounts. Two policies:
//   interval (default, CPython 3.2+): a waiter times out after the switch
//     interval, sets the drop request in the eval breaker; the holder drops
//     at its next instruction boundary and waits until another thread has
//     taken the GIL (forced switching).
//   ticks (pre-3.2): the holder releases every N instructions and may take
//     it straight back; no forced switching (the convoy effect shows).
// Blocking calls bracket themselves with WF_GIL_RELEASE()/WF_GIL_ACQUIRE().
#ifndef WF_VM_GIL_H
#define WF_VM_GIL_H

#include <stdbool.h>
#include <stdint.h>

#include <stdio.h>

#include "vm/tstate.h"

enum { WF_GIL_POLICY_INTERVAL, WF_GIL_POLICY_TICKS };

// Eval-breaker bit kept set under the ticks policy while threads compete,
// so the holder counts instructions in wf_gil_breaker.
#define WF_BREAK_GIL_TICKS 8u
enum { WF_GIL_CHECKS_EVERY_INSTRUCTION, WF_GIL_CHECKS_BRANCHES };

// Per-thread instrumentation, kept in WfThreadState.gil_stats (owned by gil.c).
typedef struct WfGilStats {
    uint64_t acquisitions;     // times this thread took the GIL
    uint64_t forced_drops;     // times it dropped because another thread asked
    uint64_t requests;         // times it asked the holder to drop (wait timed out)
    uint64_t held_ns;          // total time holding the GIL
    uint64_t waited_ns;        // total time waiting for it
    uint64_t taken_at_ns;      // when the current hold began (0 when not holding)
    int trace_tid;             // track number in the Chrome trace
    char name[64];             // thread name for reports
} WfGilStats;

// Creates the GIL; the calling (main) thread holds it afterwards.
void wf_gil_init(void);
// Takes / drops the GIL for [ts] (never nest: a thread holds it at most once).
void wf_gil_take(WfThreadState *ts);
void wf_gil_drop(WfThreadState *ts);
// Drops the GIL for a thread whose state is already deleted (its exit path);
// [stats] is the record that was in its gil_stats (kept by gil.c).
void wf_gil_drop_detached(WfGilStats *stats);
// The eval breaker's GIL part: drops and re-takes the GIL when a drop was
// requested (or the tick budget ran out). [at_branch] tells whether the
// current instruction is a backward jump or call (for --gil-checks=branches).
void wf_gil_breaker(WfThreadState *ts, bool at_branch);
// Re-initialises the GIL in a child after fork(): the child's only thread holds it.
void wf_gil_after_fork(WfThreadState *ts);
// The process is exiting (after threading._shutdown and atexit): from now on
// only [ts] takes the GIL; any other thread that tries (a daemon thread
// coming back from a blocking call or waiting for its turn) sleeps until the
// process ends, so no Weft code runs after the main program's last line.
void wf_gil_set_finalizing(WfThreadState *ts);
// True when more than one thread has ever run (the breaker stays quiet until then).
bool wf_gil_is_contended(void);

// Settings.
double wf_gil_get_switch_interval(void);           // seconds
int wf_gil_set_switch_interval(double seconds);    // 0 ok; -1 when <= 0 is refused by the caller
void wf_gil_set_policy(int policy);
int wf_gil_get_policy(void);
void wf_gil_set_check_interval(long ticks);        // ticks policy: instructions per release
long wf_gil_get_check_interval(void);
void wf_gil_set_checks(int where);                 // WF_GIL_CHECKS_*
int wf_gil_get_checks(void);
// Stress mode (--switch-interval 0): a drop request at every instruction.
void wf_gil_set_stress(bool on);

// Instrumentation.
uint64_t wf_gil_switch_count(void);
void wf_gil_stats_register(WfThreadState *ts, const char *name);   // names a thread's row
void wf_gil_stats_print(FILE *out);                // the --gil-stats table
// A malloc'd copy of every thread's record (held time includes the current
// hold); *n gets the count. The caller frees it.
WfGilStats *wf_gil_stats_snapshot(size_t *n);
int wf_gil_trace_start(const char *path);          // --gil-trace FILE.json; 0 ok, -1 errno
void wf_gil_trace_finish(void);                    // writes the file (at exit)

// Blocking-call brackets: release the GIL around a call that may block.
// Never nest; the code between them must not touch Weft objects.
#define WF_GIL_RELEASE() do { WfThreadState *wf_gil_saved_ts_ = wf_ts(); wf_gil_drop(wf_gil_saved_ts_)
#define WF_GIL_ACQUIRE() wf_gil_take(wf_gil_saved_ts_); } while (0)

#endif
