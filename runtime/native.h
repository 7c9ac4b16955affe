// native.h — callables and descriptors implemented in C: builtin functions
// (and methods bound to a module or object), method descriptors for native
// types, getset descriptors, and property / staticmethod / classmethod.
#ifndef WF_RUNTIME_NATIVE_H
#define WF_RUNTIME_NATIVE_H

#include "object.h"

typedef struct WfNativeFunc {
    WfObject ob;
    const WfMethodDef *def;   // borrowed: static table
    WfValue self;             // owned: bound receiver/module, or NULL
} WfNativeFunc;

// An unbound native method found in a native type's dict.
typedef struct WfMethodDescr {
    WfObject ob;
    const WfMethodDef *def;
    WfType *owner;            // borrowed: the type whose dict holds it
} WfMethodDescr;

typedef struct WfGetSetDescr {
    WfObject ob;
    const WfGetSetDef *def;
    WfType *owner;
} WfGetSetDescr;

typedef struct WfProperty {
    WfObject ob;
    WfValue fget, fset, fdel, doc;   // owned, NULL when absent
} WfProperty;

typedef struct WfStaticMethod {      // also used for classmethod
    WfObject ob;
    WfValue callable;                // owned
    WfValue dict;                    // owned or NULL
} WfStaticMethod;

extern WfType wf_native_func_type, wf_method_descr_type, wf_classmethod_descr_type,
    wf_getset_descr_type, wf_property_type, wf_staticmethod_type, wf_classmethod_type;

// A builtin function object bound to [self] (a module, or NULL). New reference.
WfValue wf_native_func_new(const WfMethodDef *def, WfValue self);
WfValue wf_method_descr_new(const WfMethodDef *def, WfType *owner);
WfValue wf_getset_descr_new(const WfGetSetDef *def, WfType *owner);

#endif
