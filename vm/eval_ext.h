// eval_ext.h — VM entry points beyond vm/eval.h, vm/frame.h and vm/tstate.h
// that other files may use: the GIL hook of the eval breaker, the main
// thread's state, frame objects (sys._getframe, gi_frame), and running code
// objects with an explicit function context.
#ifndef WF_VM_EVAL_EXT_H
#define WF_VM_EVAL_EXT_H

#include "runtime/object.h"
#include "vm/frame.h"
#include "vm/tstate.h"

// Called by the eval breaker's slow path when a GIL bit (WF_BREAK_GIL_DROP or
// any bit other than signals/async exceptions) is set. Empty until the GIL
// issue fills it in (vm/eval.c). Runs with the GIL held.
void wf_gil_breaker_hook(void);

// The main thread's state (signals are handled there). Borrowed.
extern WfThreadState *wf_tstate_main;

// The type of frame objects (f_back, f_code, f_globals, f_locals, f_lineno, f_lasti).
extern WfType wf_frame_type;
// The Weft frame object for [f] (created on first use; it outlives the frame
// with a snapshot of code, globals, locals and line). Returns a new reference.
WfValue wf_frame_object(WfFrame *f);
// sys._getframe(depth): the frame object [depth] levels up (0 = current).
// Returns a new reference.
// On error: returns NULL with ValueError "call stack is not deep enough".
WfValue wf_frame_getframe(int depth);

// The instruction index the frame is executing (tb_lasti / f_lasti). Never runs code.
int wf_frame_lasti_of(WfFrame *f);

#endif
