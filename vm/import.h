// import.h — the module system: sys.modules, the module path (script folder,
// WEFTPATH, installed stdlib/), .wf and .py source modules, packages
// (folder with __init__.wf/__init__.py), and native modules (stdlib/modules.c).
#ifndef WF_VM_IMPORT_H
#define WF_VM_IMPORT_H

#include "../runtime/object.h"

// import name (dotted) as IMPORT_NAME does: returns the top package when
// [fromlist] is empty/None, else the named module. [globals] gives the
// importing module (for relative imports at [level] > 0). New reference.
WfValue wf_import(WfValue name, WfValue globals, WfValue fromlist, int level);
// Imports a module by absolute dotted name and returns it (the leaf). New reference.
WfValue wf_import_cstr(const char *name);
// Runs the file at [path] as module [modname] (e.g. "__main__"). Returns the module, new reference.
WfValue wf_run_file_as_module(const char *path, const char *modname);

#endif
