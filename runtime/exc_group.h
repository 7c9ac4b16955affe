// exc_group.h — what the VM needs from BaseExceptionGroup for except*
// (the CHECK_EG_MATCH and PREP_RERAISE_STAR opcodes, vm/opcodes.h).
// Implemented in runtime/exc.c. GIL rule: call with the GIL held.
#ifndef WF_RUNTIME_EXC_GROUP_H
#define WF_RUNTIME_EXC_GROUP_H

#include "object.h"

// True for instances of BaseExceptionGroup (and subclasses). Never runs code.
bool wf_is_exc_group(WfValue v);

// CHECK_EG_MATCH: splits [eg] (an exception, or None) by the except* clause
// type [match_type] (a class or tuple of classes). Stores new references in
// *match and *rest, either of which may be None:
//   - eg matches as a whole: a group -> (eg, None); a naked exception is
//     wrapped in ExceptionGroup("", [eg]) -> (wrapped, None);
//   - eg is a group that partly matches: eg.split(match_type);
//   - no match: (None, eg).
// Checks the clause type first: TypeError "catching classes that do not
// inherit from BaseException is not allowed" / "catching ExceptionGroup with
// except* is not allowed. Use except instead.".
// On error: returns -1 with an exception set (*match, *rest untouched). May run Weft code.
int wf_exc_group_split(WfValue eg, WfValue match_type, WfValue *match, WfValue *rest);

// PREP_RERAISE_STAR: [orig] is the exception that entered the try/except*,
// [raised_list] the list of what each except* clause raised or re-raised
// (None entries for clauses that finished normally). Returns a new reference
// to what must propagate: None when nothing, a re-raised subgroup of orig
// (keeping orig's traceback and metadata), or ExceptionGroup("", [...])
// combining new exceptions with the re-raised part.
// On error: returns NULL with an exception set. May run Weft code.
WfValue wf_exc_prep_reraise_star(WfValue orig, WfValue raised_list);

#endif
