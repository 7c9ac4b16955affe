// module.h — module objects: a name and a namespace dict.
#ifndef WF_RUNTIME_MODULE_H
#define WF_RUNTIME_MODULE_H

#include "object.h"

typedef struct WfModule {
    WfObject ob;
    WfValue dict;        // owned: the module's globals (has __name__)
} WfModule;

extern WfType wf_module_type;

// New module named [name] with __name__ and __doc__ set. New reference.
WfValue wf_module_new(const char *name);
// Borrowed reference to the module's dict.
WfValue wf_module_dict(WfValue module);
// module.name = value (borrowed). 0 ok, -1 error.
int wf_module_set(WfValue module, const char *name, WfValue value);
// Sets module.name = value and drops the caller's reference to [value]
// (steals even on failure; a NULL value means "already failed": returns -1).
int wf_module_set_steal(WfValue module, const char *name, WfValue value);
// Adds native functions bound to the module. 0 ok, -1 error.
int wf_module_add_functions(WfValue module, const WfMethodDef *defs);

#endif
