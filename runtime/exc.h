// exc.h — the exception hierarchy (CPython's, name for name), exception
// objects, chaining and ExceptionGroup.
#ifndef WF_RUNTIME_EXC_H
#define WF_RUNTIME_EXC_H

#include "object.h"

// Layout of every BaseException instance (and of instances of its subclasses,
// which add a __dict__ slot after it: dictoffset = offsetof(WfException, dict)).
typedef struct WfException {
    WfObject ob;
    WfValue dict;          // owned: instance __dict__ (lazily created), or NULL
    WfValue args;          // owned: tuple
    WfValue traceback;     // owned: traceback object (vm/traceback.h) or NULL
    WfValue cause;         // owned: __cause__ or NULL
    WfValue context;       // owned: __context__ or NULL
    WfValue notes;         // owned: __notes__ list or NULL
    bool suppress_context;
    // Extra state used by some subclasses (all owned, NULL when unused):
    WfValue value;         // StopIteration.value / SystemExit.code / KeyError... unused
    WfValue msg;           // ExceptionGroup.message / SyntaxError.msg / OSError.strerror
    WfValue extra;         // ExceptionGroup.exceptions (tuple) / OSError.errno / SyntaxError details tuple
    WfValue filename;      // OSError.filename / SyntaxError.filename
} WfException;

// The built-in exception classes (created by wf_exc_init; borrowed references).
#define WF_EXC_LIST(X) \
    X(BaseException) X(BaseExceptionGroup) X(GeneratorExit) X(KeyboardInterrupt) X(SystemExit) \
    X(Exception) X(ArithmeticError) X(FloatingPointError) X(OverflowError) X(ZeroDivisionError) \
    X(AssertionError) X(AttributeError) X(BufferError) X(EOFError) X(ExceptionGroup) \
    X(ImportError) X(ModuleNotFoundError) X(LookupError) X(IndexError) X(KeyError) \
    X(MemoryError) X(NameError) X(UnboundLocalError) X(OSError) X(BlockingIOError) \
    X(ChildProcessError) X(ConnectionError) X(BrokenPipeError) X(ConnectionAbortedError) \
    X(ConnectionRefusedError) X(ConnectionResetError) X(FileExistsError) X(FileNotFoundError) \
    X(InterruptedError) X(IsADirectoryError) X(NotADirectoryError) X(PermissionError) \
    X(ProcessLookupError) X(TimeoutError) X(ReferenceError) X(RuntimeError) \
    X(NotImplementedError) X(RecursionError) X(StopAsyncIteration) X(StopIteration) \
    X(SyntaxError) X(IndentationError) X(TabError) X(SystemError) X(TypeError) X(ValueError) \
    X(UnicodeError) X(UnicodeDecodeError) X(UnicodeEncodeError) X(UnicodeTranslateError) \
    X(Warning) X(BytesWarning) X(DeprecationWarning) X(EncodingWarning) X(FutureWarning) \
    X(ImportWarning) X(PendingDeprecationWarning) X(ResourceWarning) X(RuntimeWarning) \
    X(SyntaxWarning) X(UnicodeWarning) X(UserWarning)

#define WF_EXC_DECLARE(name) extern WfType *wf_##name;
WF_EXC_LIST(WF_EXC_DECLARE)
#undef WF_EXC_DECLARE

// Creates the classes above and registers them as builtins. 0 ok, -1 error.
int wf_exc_init(WfValue builtins_dict);

static inline bool wf_is_exception(WfValue v) {
    return !WF_IS_SMALLINT(v) && (v->type->flags & WF_TPFLAGS_EXC_SUBCLASS);
}
// type(args...) for an exception class. Returns a new reference.
WfValue wf_exc_new(WfType *type, WfValue *args, size_t nargs);
// Same with one str message built printf-style.
WfValue wf_exc_new_format(WfType *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// Accessors (borrowed results, may be NULL). Never run code.
WfValue wf_exc_traceback(WfValue exc);
WfValue wf_exc_cause(WfValue exc);
WfValue wf_exc_context(WfValue exc);
// Setters; borrow [v] (NULL clears). wf_exc_set_cause also sets suppress_context.
void wf_exc_set_traceback(WfValue exc, WfValue tb);
void wf_exc_set_cause(WfValue exc, WfValue cause);
void wf_exc_set_context(WfValue exc, WfValue context);
// StopIteration(value).value; value may be NULL meaning None. Returns a new reference.
WfValue wf_exc_stopiteration_value(WfValue exc);
// "msg" as str(exc) would print it after "Type: ". Returns a new reference.
WfValue wf_exc_message(WfValue exc);

#endif
