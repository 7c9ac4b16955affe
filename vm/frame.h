// frame.h — a frame: one activation of a code object. Frames of ordinary
// calls live in a per-thread stack; a generator's frame lives inside the
// generator. The full layout is private to eval.c/frame.c; other files use
// the accessors below.
#ifndef WF_VM_FRAME_H
#define WF_VM_FRAME_H

#include "../runtime/object.h"

typedef struct WfFrame WfFrame;

// The innermost running Weft frame of this thread (borrowed), or NULL.
WfFrame *wf_frame_current(void);
// The frame's caller (borrowed), or NULL.
WfFrame *wf_frame_back(WfFrame *f);
// Borrowed: the frame's code object, globals dict, and locals dict (the
// latter NULL for function frames).
WfValue wf_frame_code(WfFrame *f);
WfValue wf_frame_globals(WfFrame *f);
WfValue wf_frame_locals_dict(WfFrame *f);
// The line being executed. Never runs code.
int wf_frame_line(WfFrame *f);
// Borrowed: the value of local slot 0 (the first argument), or NULL if unset.
WfValue wf_frame_first_local(WfFrame *f);
// Borrowed: the contents of the cell/free variable named [name], or NULL.
WfValue wf_frame_deref_by_name(WfFrame *f, const char *name);
// locals() of the frame as a new dict (function frames) or the locals dict (new reference).
WfValue wf_frame_locals(WfFrame *f);

#endif
