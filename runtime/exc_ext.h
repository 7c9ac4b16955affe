// exc_ext.h — exception helpers beyond runtime/exc.h and runtime/error.h:
// raising AttributeError / NameError with the .name / .obj attributes that
// CPython 3.11's "Did you mean: 'x'?" suggestions need, and the suggestion
// itself (used by vm/traceback.c). Implemented in runtime/exc.c.
// GIL rule: call with the GIL held.
#ifndef WF_RUNTIME_EXC_EXT_H
#define WF_RUNTIME_EXC_EXT_H

#include "object.h"

// Raises AttributeError with the message built printf-style and with
// .name = [name] and .obj = [obj] (either may be NULL), so that an uncaught
// one prints "... Did you mean: 'value'?". Always "returns" by setting state.
void wf_err_attribute_format(WfValue obj, WfValue name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// Raises [type] (NameError or UnboundLocalError) with the message built
// printf-style and .name = [name].
void wf_err_name_format(WfType *type, WfValue name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

// UnicodeDecodeError(encoding, bytes(data[0..len)), start, end, reason):
// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
// with every attribute set. ([end] is exclusive, as in CPython.)
void wf_err_unicode_decode(const char *encoding, const void *data, size_t len, size_t start, size_t end,
                           const char *reason);
// UnicodeEncodeError(encoding, str, start, end, reason) (code point indices).
void wf_err_unicode_encode(const char *encoding, WfValue str, size_t start, size_t end, const char *reason);
// (Raising these classes with wf_err_format and a finished message also
// works; the attributes then read None.)

// Sets the .name (and, for AttributeError, .obj) of an existing exception;
// [name] / [obj] may be NULL (left unchanged). Never runs code.
void wf_exc_set_name_info(WfValue exc, WfValue name, WfValue obj);

// Called by vm/traceback.c when the first traceback entry is added to a
// NameError (the frame that raised it is still the current frame): records
// the closest local / global / builtin name for the suggestion. Never fails
// (errors are swallowed).
void wf_exc_note_name_error_frame(WfValue exc);

// The name CPython 3.11 would suggest after the message of an uncaught
// AttributeError or NameError ("Did you mean: 'x'?"), or NULL (no exception
// set) when there is none. Returns a new reference. May run Weft code (dir()).
WfValue wf_exc_suggestion(WfValue exc);

// The best match for [name] among the str items of [candidates] (a list or
// tuple) by CPython's weighted Levenshtein rule, or NULL. Returns a
// borrowed reference (an item of [candidates]). Never runs code.
WfValue wf_exc_closest_name(WfValue candidates, WfValue name);

#endif
