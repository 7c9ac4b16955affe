// traceback.h — traceback objects and CPython-format printing:
//   Traceback (most recent call last):
//     File "x.wf", line 3, in f
//       source line
//   ValueError: msg
// with the __cause__ / __context__ chain printed first.
#ifndef WF_VM_TRACEBACK_H
#define WF_VM_TRACEBACK_H

#include "../runtime/object.h"

typedef struct WfTraceback {
    WfObject ob;
    WfValue next;       // owned: the next (deeper) entry, or NULL
    WfValue code;       // owned: code object of the frame
    int line;           // tb_lineno
    int instr;          // tb_lasti (instruction index)
} WfTraceback;

extern WfType wf_traceback_type;

// Prepends an entry for ([code], [line], [instr]) to [exc]'s __traceback__
// (the new entry becomes the head: the walk goes outermost to innermost, as the
// unwinding proceeds outward). 0 ok, -1 MemoryError.
int wf_traceback_add(WfValue exc, WfValue code, int line, int instr);
// Prints [exc] with its chain and traceback to [out], CPython style.
// May run Weft code (str() of the exception).
void wf_traceback_print(WfValue exc, FILE *out);
// The text lines of a traceback as format_exception would give them (a list of str).
WfValue wf_traceback_format(WfValue exc);

#endif
