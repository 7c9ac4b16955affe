// modules.h — the table of native (C) modules, looked up by the importer
// before the module path. Each init function returns a new module reference
// (NULL with an exception set on failure).
#ifndef WF_STDLIB_MODULES_H
#define WF_STDLIB_MODULES_H

#include "../runtime/object.h"

typedef WfValue (*WfModuleInit)(void);

typedef struct WfNativeModule {
    const char *name;
    WfModuleInit init;
} WfNativeModule;

// Terminated by an entry with name NULL.
extern const WfNativeModule wf_native_modules[];

// The builtins module (runtime/builtins.c). Returns a new reference.
WfValue wf_builtins_module_init(void);

// Creates sys (called by main before running anything). New reference.
WfValue wf_sys_module_init(void);
// Sets sys.argv from the command line tail ([argv][0] is the script path or "-c"). 0/-1.
int wf_sys_set_argv(int argc, char **argv);

#endif
