// mod_signal.h — the `_signal` native module (stdlib/mod_signal.c); the
// `signal` module (stdlib/signal.wf) wraps it with enums.
#ifndef WF_STDLIB_MOD_SIGNAL_H
#define WF_STDLIB_MOD_SIGNAL_H

#include "runtime/object.h"

// The `_signal` module (cached). Returns a new reference.
// On error: returns NULL with an exception set.
WfValue wf_signal_module_init(void);

#endif
