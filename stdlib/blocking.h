// blocking.h — brackets for native calls that may block (sleep, file and
// pipe I/O, waits): the GIL is released between WF_BLOCKING_BEGIN() and
// WF_BLOCKING_END(), so other threads run meanwhile (DESIGN §6).
// Rules: never nest; the code between the two must not touch Weft objects
// or refcounts. Safe to use before threads exist (no thread state: no-op).
#ifndef WF_STDLIB_BLOCKING_H
#define WF_STDLIB_BLOCKING_H

#include "vm/gil.h"
#include "vm/tstate.h"

#define WF_BLOCKING_BEGIN() do { WfThreadState *wf_blk_ts_ = wf_ts(); \
    if (wf_blk_ts_) wf_gil_drop(wf_blk_ts_)
#define WF_BLOCKING_END() if (wf_blk_ts_) wf_gil_take(wf_blk_ts_); } while (0)

#endif
