// mod_gil.h — the `gil` module, and the sys functions that share its code
// (sys.getswitchinterval/setswitchinterval/getcheckinterval/setcheckinterval).
#ifndef WF_STDLIB_MOD_GIL_H
#define WF_STDLIB_MOD_GIL_H

#include "runtime/object.h"

// Returns a new reference to the `gil` module.
WfValue wf_gil_module_init(void);
// Native functions for sys (WfNativeFn signature).
WfValue wf_gil_py_getswitchinterval(WfValue self, WfValue *args, size_t nargs, WfValue kwnames);
WfValue wf_gil_py_setswitchinterval(WfValue self, WfValue *args, size_t nargs, WfValue kwnames);
WfValue wf_gil_py_getcheckinterval(WfValue self, WfValue *args, size_t nargs, WfValue kwnames);
WfValue wf_gil_py_setcheckinterval(WfValue self, WfValue *args, size_t nargs, WfValue kwnames);

#endif
