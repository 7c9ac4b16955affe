// native_inits.h — init functions of the native modules listed in
// stdlib/modules.c (each returns a new module reference, NULL with an
// exception set on failure), and the atexit hook main() must call.
#ifndef WF_STDLIB_NATIVE_INITS_H
#define WF_STDLIB_NATIVE_INITS_H

#include "runtime/object.h"

// Each returns a new reference to its module.
// On error: returns NULL with an exception set.
WfValue wf_time_module_init(void);
WfValue wf_math_module_init(void);
WfValue wf_os_module_init(void);        // also installs os.walk & co. from _os_extras.wf
WfValue wf_posixpath_module_init(void); // os.path (cached: one module for both names)
WfValue wf_random_module_init(void);
WfValue wf_itertools_module_init(void);
WfValue wf_functools_module_init(void); // _functools
WfValue wf_operator_module_init(void);
WfValue wf_hashlib_module_init(void);
WfValue wf_collections_module_init(void); // _collections (mod_collections.c)

// Runs the functions registered with atexit.register (last first), printing
// their exceptions as CPython does, then flushes the standard streams.
// main() calls it once before the process exits (also after SystemExit).
void wf_atexit_run(void);

#endif
