// signals.h — POSIX signals to the eval breaker: a handler records the
// signal and sets WF_BREAK_SIGNALS; the main thread, at its next instruction,
// runs the Weft-level handler or raises KeyboardInterrupt for SIGINT.
// Only the main (interpreter) thread receives asynchronous signals: threads
// started by `_thread` block them (wf_signals_block_for_new_thread), so a
// signal interrupts the main thread's blocking call (EINTR) wherever it waits.
#ifndef WF_VM_SIGNALS_H
#define WF_VM_SIGNALS_H

#include <signal.h>
#include <stdbool.h>

#include "runtime/object.h"

// Installs the SIGINT handler (default action: KeyboardInterrupt) and ignores
// SIGPIPE and SIGXFSZ, as CPython does. Call from the main thread, which is
// the one that receives the signals. 0 ok, -1 errno.
int wf_signals_init(void);
// Runs what the tripped signals ask for; call from the main thread only.
// 0 ok; -1 with an exception set (KeyboardInterrupt, or a handler's error).
// May run Weft code (Weft-level handlers).
int wf_signals_handle_pending(void);
// True when a signal is recorded and not yet handled.
bool wf_signals_pending(void);

// For the signal module. [handler] is one of:
//   a callable      run as handler(signum, frame) in the main thread;
//   the int 0 / 1   SIG_DFL / SIG_IGN (the OS action);
//   NULL or None    the VM's default (SIGINT: KeyboardInterrupt; others: SIG_DFL).
// Borrows [handler]. 0 ok, -1 with an exception set (ValueError "signal
// number out of range", OSError from sigaction, e.g. for SIGKILL).
int wf_signals_set_handler(int signum, WfValue handler);
// What was stored by wf_signals_set_handler (callable or int 0/1), or NULL
// when the signal was never set from Weft (the VM default / startup action).
// Returns a borrowed reference (valid until the handler is replaced).
WfValue wf_signals_get_handler(int signum);
// Records [signum] as if it had been delivered to a Weft handler.
void wf_signals_trip(int signum);
// signal.siginterrupt: whether [signum] interrupts system calls (true, the
// default) or restarts them (SA_RESTART). 0 ok, -1 with an exception set.
int wf_signals_set_interrupt(int signum, bool interrupt);
// signal.set_wakeup_fd: the fd the handler writes the signal number to (-1
// none). Returns the previous one.
int wf_signals_set_wakeup_fd(int fd, bool warn_on_full_buffer);

// The set of asynchronous signals (everything but the synchronous faults
// SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGABRT).
void wf_signals_async_set(sigset_t *set);
// Brackets pthread_create of a Weft thread: blocks the asynchronous signals
// in the caller (saving its mask in *saved) so the new thread inherits them
// blocked; wf_signals_restore_mask restores the caller's mask afterwards.
void wf_signals_block_for_new_thread(sigset_t *saved);
void wf_signals_restore_mask(const sigset_t *saved);
// For a child process forked from any thread (before exec): unblocks the
// asynchronous signals, which a non-main thread has blocked, so that the
// child (and the program it execs) can be interrupted and terminated.
void wf_signals_reset_mask_in_child(void);

#endif
