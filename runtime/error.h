// error.h — the pending-exception API (DESIGN §4, STYLE c.5).
//
// A failing C function returns NULL or -1 and leaves exactly one exception
// pending in the current thread's state (vm/tstate.h). Setting an exception
// while another is being handled records it as the new one's __context__.
#ifndef WF_RUNTIME_ERROR_H
#define WF_RUNTIME_ERROR_H

#include "object.h"

// Raise [type] with a message built printf-style. Always "returns" by setting state.
void wf_err_format(WfType *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void wf_err_set_str(WfType *type, const char *msg);
// Raise [type]() with no arguments, or type(value) when [value] is not NULL.
void wf_err_set(WfType *type, WfValue value);
// Raise an exception instance (or a type, which is instantiated). Borrows [exc].
void wf_err_set_obj(WfValue exc);
// MemoryError. Returns NULL so callers may "return wf_err_no_memory();".
WfValue wf_err_no_memory(void);
// OSError subclass from errno (FileNotFoundError etc.), with [filename] (may be NULL).
void wf_err_from_errno(const char *filename);

// Is an exception pending? (Cheap; never runs code.)
bool wf_err_occurred(void);
// Borrowed reference to the pending exception instance, or NULL.
WfValue wf_err_peek(void);
// Is the pending exception an instance of [type]? (false if none pending)
bool wf_err_matches(WfType *type);
// Takes the pending exception out of the thread state. Returns a new reference (NULL if none).
WfValue wf_err_fetch(void);
// Makes [exc] pending again. Steals [exc] (NULL clears).
void wf_err_restore_steal(WfValue exc);
void wf_err_clear(void);

// Prints the pending exception with its traceback to stderr (as an uncaught
// exception) and clears it.
void wf_err_print(void);

// Reports a broken internal invariant and aborts. Nothing a script does may reach it.
_Noreturn void wf_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
