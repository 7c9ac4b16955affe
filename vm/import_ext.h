// import_ext.h — importer entry points beyond vm/import.h (owned by the
// builtins/import engineer): IMPORT_FROM and IMPORT_STAR helpers for the
// eval loop, `weft -m`, and the module search used by both.
#ifndef WF_VM_IMPORT_EXT_H
#define WF_VM_IMPORT_EXT_H

#include "../runtime/object.h"

// from [module] import [name]: the attribute, else the submodule
// sys.modules["<module>.<name>"], else ImportError
// "cannot import name 'x' from 'm' (/path/m.py)" (with .name and .path).
// Returns a new reference. On error: returns NULL with an exception set.
// May run Weft code.
WfValue wf_import_from(WfValue module, WfValue name);
// from [module] import *: copies __all__ (or every name not starting with
// '_') into [locals] (a dict or mapping). On error: returns -1 with an
// exception set. May run Weft code.
int wf_import_star(WfValue module, WfValue locals);
// weft -m NAME: imports the parent packages, finds NAME's file (a package
// runs its __main__), sets sys.argv[0] to that path and runs it as __main__.
// Returns the __main__ module (new reference). On error: returns NULL with
// an exception set (ModuleNotFoundError "No module named 'x'" if absent).
WfValue wf_run_module_as_main(const char *name);

#endif
