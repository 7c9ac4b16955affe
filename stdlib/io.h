// io.h — file objects (stdlib/mod_io.c): open() in text and binary modes,
// the standard streams behind sys.stdin/stdout/stderr, StringIO/BytesIO.
// Text files hold UTF-8; writes are buffered (line-buffered on a tty) and
// flushed at exit, before reading stdin, on flush()/close() and when full.
#ifndef WF_STDLIB_IO_H
#define WF_STDLIB_IO_H

#include "runtime/object.h"

// True when [v] is a file object of mod_io (text or binary, not StringIO).
bool wf_io_is_file(WfValue v);
// True when [v] is a text-mode file object of mod_io (print's fast path).
bool wf_io_is_text_file(WfValue v);
// Writes [n] bytes of UTF-8 to the text file [file] (no conversion).
// On error: returns -1 with an exception set (closed file, not writable, I/O error).
int wf_io_write_utf8(WfValue file, const char *s, size_t n);
// file.flush() for a mod_io file. On error: returns -1 with an exception set.
int wf_io_flush(WfValue file);
// Flushes the buffers of the standard streams ever created (at exit, before
// fork). Never runs Weft code; ignores errors.
void wf_io_flush_std(void);
// The standard stream object for fd 0/1/2, created on first use.
// Returns a new reference. On error: returns NULL with an exception set.
WfValue wf_io_std_stream(int fd);
// builtins.open (vectorcall). Returns a new reference.
// On error: returns NULL with an exception set.
WfValue wf_io_open(WfValue self, WfValue *args, size_t nargs, WfValue kwnames);
// A line from [file] (any object with readline; fast path for mod_io files),
// "" at EOF. Returns a new reference. May run Weft code.
WfValue wf_io_readline(WfValue file);
// The `io` module. Returns a new reference.
WfValue wf_io_module_init(void);

#endif
