// mod_thread.h — the `_thread` module's types, for other native modules
// (queue and multiprocessing build on its locks).
#ifndef WF_STDLIB_MOD_THREAD_H
#define WF_STDLIB_MOD_THREAD_H

#include "runtime/object.h"

extern WfType wf_lock_type, wf_rlock_type, wf_local_type;

// A new unlocked _thread.lock. Returns a new reference.
WfValue wf_lock_new(void);
// The `_thread` module. Returns a new reference.
WfValue wf_thread_module_init(void);

#endif
