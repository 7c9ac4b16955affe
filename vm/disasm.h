// disasm.h — readable listings of code objects (`weft --dis`, debugging).
// The opcode name table wf_opcode_names[] (declared in vm/opcodes.h) lives
// in disasm.c.
#ifndef WF_VM_DISASM_H
#define WF_VM_DISASM_H

#include <stdio.h>

#include "../runtime/object.h"

// Prints [code] (a code object) to [out]: one line per instruction with its
// source line, index, opcode name, argument and the argument's meaning
// (constant repr, name, jump target, operator), the exception table, then
// every nested code object found in its constants, recursively.
// May run Weft code (repr of constants); errors in a repr are printed as
// "<repr failed>" and cleared.
void wf_disasm(FILE *out, WfValue code);

#endif
