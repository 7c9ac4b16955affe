// signals.h — POSIX signals to the eval breaker: a handler records the
// signal and sets WF_BREAK_SIGNALS; the main thread, at its next instruction,
// runs the Weft-level handler or raises KeyboardInterrupt for SIGINT.
#ifndef WF_VM_SIGNALS_H
#define WF_VM_SIGNALS_H

#include <stdbool.h>

#include "runtime/object.h"

// Installs the SIGINT handler (default action: KeyboardInterrupt) and ignores
// SIGPIPE and SIGXFSZ, as CPython does. 0 ok, -1 errno.
int wf_signals_init(void);
// Runs what the tripped signals ask for; call from the main thread only.
// 0 ok; -1 with an exception set (KeyboardInterrupt, or a handler's error).
// May run Weft code (Weft-level handlers).
int wf_signals_handle_pending(void);
// True when a signal is recorded and not yet handled.
bool wf_signals_pending(void);

// For the signal module: [handler] is a callable run as handler(signum, frame)
// in the main thread, or NULL/None to restore the VM's default (SIGINT:
// KeyboardInterrupt; others: SIG_DFL). Borrows [handler]. 0 ok, -1 with an
// exception set (ValueError "signal number out of range").
int wf_signals_set_handler(int signum, WfValue handler);
// The Weft-level handler of [signum], or NULL when none is set.
// Returns a borrowed reference (valid until the handler is replaced).
WfValue wf_signals_get_handler(int signum);
// Records [signum] as if it had been delivered (signal.raise_signal-like).
void wf_signals_trip(int signum);

#endif
