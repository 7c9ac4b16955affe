// mod_io.c — the `io` module: file objects returned by open() (text:
// _io.TextIOWrapper; binary: _io.BufferedReader/Writer/Random), the standard
// streams behind sys.stdin/stdout/stderr, and the in-memory StringIO/BytesIO.
// Invariants: text files hold UTF-8 (validated on read; \r\n and \r read as
// \n); pending writes sit in wbuf until flush (line-buffered on a tty or with
// buffering=1; 8 KiB otherwise; stderr line-buffered); a read buffer and a
// write buffer are never both non-empty. Every writable file still open is
// flushed at exit. GIL: released around read()/write() system calls.
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "stdlib/blocking.h"
#include "stdlib/io.h"
#include "vm/eval.h"

#define WBUF_LIMIT 8192
#define READ_CHUNK 65536

typedef struct WfFile {
    WfObject ob;
    int fd;
    bool text, readable, writable, appending, closefd, closed;
    bool line_buffering, seekable_known, seekable;
    bool flushing;           // a thread is writing the buffer out with the GIL released
    WfValue name;            // owned: str path or int fd
    WfValue mode;            // owned: str as given to open()
    WfValue encoding;        // owned: str (text files) or NULL
    char *wbuf;              // owned (malloc): pending writes
    size_t wlen, wcap;
    char *rbuf;              // owned (malloc): bytes read ahead, [rpos, rlen) unread
    size_t rpos, rlen, rcap;
    struct WfFile *next_open, *prev_open;   // borrowed: the list of open writable files
    struct WfFile *bufobj;   // owned (text files): the binary .buffer view of the same fd, or NULL
    struct WfFile *textobj;  // borrowed (a .buffer view): its text file, cleared when that dies
} WfFile;

static WfType textio_type, bufreader_type, bufwriter_type, bufrandom_type;
static WfValue unsupported_op;    // owned: io.UnsupportedOperation
static WfValue std_streams[3];    // owned: stdin, stdout, stderr once created
static WfFile *open_files;        // borrowed: writable files not yet closed
static bool atexit_registered;

static bool is_file_type(const WfType *t) {
    return t == &textio_type || t == &bufreader_type || t == &bufwriter_type || t == &bufrandom_type;
}

bool wf_io_is_file(WfValue v) { return !WF_IS_SMALLINT(v) && is_file_type(v->type); }
bool wf_io_is_text_file(WfValue v) { return !WF_IS_SMALLINT(v) && v->type == &textio_type; }

// ---- errors -----------------------------------------------------------------------------------

static int ensure_unsupported(void) {
    if (unsupported_op) return 0;
    WfValue bases = wf_tuple_pack(2, WF_TYPE_VALUE(wf_OSError), WF_TYPE_VALUE(wf_ValueError));
    WfValue ns = wf_dict_new();
    WfValue name = wf_str_from_cstr("UnsupportedOperation");
    WfValue mod = wf_str_from_cstr("io");
    if (bases && ns && name && mod && wf_dict_set_cstr(ns, "__module__", mod) == 0)
        unsupported_op = wf_type_new_class(name, bases, ns, WF_NULL);
    wf_xdecref(bases);
    wf_xdecref(ns);
    wf_xdecref(name);
    wf_xdecref(mod);
    return unsupported_op ? 0 : -1;
}

static void raise_unsupported(const char *msg) {
    if (ensure_unsupported() < 0) return;
    wf_err_set_str((WfType *)unsupported_op, msg);
}

static int check_open(WfFile *f) {
    if (!f->closed) return 0;
    wf_err_set_str(wf_ValueError, "I/O operation on closed file.");
    return -1;
}

static int check_readable(WfFile *f) {
    if (check_open(f) < 0) return -1;
    if (f->readable) return 0;
    raise_unsupported("not readable");
    return -1;
}

static int check_writable(WfFile *f) {
    if (check_open(f) < 0) return -1;
    if (f->writable) return 0;
    raise_unsupported("not writable");
    return -1;
}

// ---- the open-files registry (flushed at exit) ---------------------------------------------------

static void register_open(WfFile *f) {
    f->prev_open = NULL;
    f->next_open = open_files;
    if (open_files) open_files->prev_open = f;
    open_files = f;
}

static void unregister_open(WfFile *f) {
    if (f->prev_open) f->prev_open->next_open = f->next_open;
    else if (open_files == f) open_files = f->next_open;
    if (f->next_open) f->next_open->prev_open = f->prev_open;
    f->next_open = f->prev_open = NULL;
}

// ---- raw I/O ---------------------------------------------------------------------------------

// Writes all of [data] to [fd] without touching Weft state. 0 ok, else errno.
static int write_all_raw(int fd, const char *data, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, data, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        data += w;
        n -= (size_t)w;
    }
    return 0;
}

// Flushes without raising and without the GIL dance (exit, dealloc).
static void flush_raw(WfFile *f) {
    if (f->wlen && f->fd >= 0) write_all_raw(f->fd, f->wbuf, f->wlen);
    f->wlen = 0;
}

// Waits (GIL released) until no other thread is writing [f]'s data out, so
// that buffers reach the file in the order they were filled.
static void wait_not_flushing(WfFile *f) {
    while (f->flushing) {
        WF_BLOCKING_BEGIN();
        sched_yield();
        WF_BLOCKING_END();
    }
}

static int file_flush(WfFile *f) {
    wait_not_flushing(f);
    if (!f->wlen) return 0;
    char *data = f->wbuf;
    size_t n = f->wlen, cap = f->wcap;
    f->wbuf = NULL;
    f->wlen = f->wcap = 0;
    int err;
    f->flushing = true;
    WF_BLOCKING_BEGIN();
    err = write_all_raw(f->fd, data, n);
    WF_BLOCKING_END();
    f->flushing = false;
    if (!f->wbuf) {
        f->wbuf = data;
        f->wcap = cap;
    } else {
        free(data);
    }
    if (err) {
        errno = err;
        wf_err_from_errno(NULL);
        return -1;
    }
    return 0;
}

int wf_io_flush(WfValue file) {
    WfFile *f = (WfFile *)file;
    if (check_open(f) < 0) return -1;
    return file_flush(f);
}

void wf_io_flush_std(void) {
    for (int i = 1; i < 3; i++)
        if (std_streams[i] && !((WfFile *)std_streams[i])->closed) flush_raw((WfFile *)std_streams[i]);
    for (WfFile *f = open_files; f; f = f->next_open)
        if (!f->closed) flush_raw(f);
}

static void atexit_flush(void) { wf_io_flush_std(); }

// Drops the read-ahead buffer, moving the OS position back to the logical one.
static void drop_read_buffer(WfFile *f) {
    if (f->rlen > f->rpos) lseek(f->fd, -(off_t)(f->rlen - f->rpos), SEEK_CUR);
    f->rpos = f->rlen = 0;
}

// Reads one chunk into the read buffer. Returns bytes read, 0 at EOF, -1 error.
static ssize_t fill(WfFile *f, size_t want) {
    if (f->fd == 0 && std_streams[1] && !((WfFile *)std_streams[1])->closed) {
        if (file_flush((WfFile *)std_streams[1]) < 0) return -1;
    }
    if (f->wlen && file_flush(f) < 0) return -1;
    if (f->rpos > 0 && f->rpos == f->rlen) f->rpos = f->rlen = 0;
    if (f->rpos > 0 && f->rcap - f->rlen < want) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    size_t chunk = want < READ_CHUNK ? READ_CHUNK : want;
    if (f->rcap - f->rlen < chunk) {
        size_t ncap = f->rlen + chunk;
        char *nb = realloc(f->rbuf, ncap);
        if (!nb) { wf_err_no_memory(); return -1; }
        f->rbuf = nb;
        f->rcap = ncap;
    }
    char *tmp = malloc(chunk);
    if (!tmp) { wf_err_no_memory(); return -1; }
    ssize_t r;
    int err = 0;
    for (;;) {
        WF_BLOCKING_BEGIN();
        r = read(f->fd, tmp, chunk);
        err = r < 0 ? errno : 0;
        WF_BLOCKING_END();
        if (r >= 0 || err != EINTR) break;
        // Interrupted by a signal: Ctrl-C becomes KeyboardInterrupt here.
        if (wf_eval_handle_breaker() < 0) { free(tmp); return -1; }
    }
    if (r < 0) {
        free(tmp);
        errno = err;
        wf_err_from_errno(NULL);
        return -1;
    }
    // The buffer may have been used by another thread meanwhile; re-check room.
    if (f->rcap - f->rlen < (size_t)r) {
        char *nb = realloc(f->rbuf, f->rlen + (size_t)r);
        if (!nb) { free(tmp); wf_err_no_memory(); return -1; }
        f->rbuf = nb;
        f->rcap = f->rlen + (size_t)r;
    }
    memcpy(f->rbuf + f->rlen, tmp, (size_t)r);
    f->rlen += (size_t)r;
    free(tmp);
    return r;
}

// ---- text decoding -----------------------------------------------------------------------------

// Validates UTF-8 in [s, s+n). Returns -1 if valid, else the offset of the bad
// byte with *why set. When [final] is false a truncated sequence at the end is
// reported as *incomplete instead (offset returned).
static ssize_t utf8_check(const unsigned char *s, size_t n, const char **why) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) { i++; continue; }
        size_t len;
        uint32_t min;
        if (c >= 0xc2 && c <= 0xdf) { len = 2; min = 0x80; }
        else if (c >= 0xe0 && c <= 0xef) { len = 3; min = 0x800; }
        else if (c >= 0xf0 && c <= 0xf4) { len = 4; min = 0x10000; }
        else { *why = "invalid start byte"; return (ssize_t)i; }
        uint32_t cp = c & (0xff >> (len + 1));
        for (size_t k = 1; k < len; k++) {
            if (i + k >= n) { *why = "unexpected end of data"; return (ssize_t)i; }
            unsigned char cc = s[i + k];
            if ((cc & 0xc0) != 0x80) { *why = "invalid continuation byte"; return (ssize_t)i; }
            cp = (cp << 6) | (cc & 0x3f);
            if (k == 1 && ((len == 3 && cp < 0x20 && c == 0xe0) || (len == 4 && c == 0xf0 && cp < 0x10)
                           || (len == 4 && c == 0xf4 && cp > 0x10f) || (len == 3 && c == 0xed && cp >= 0x360))) {
                *why = "invalid continuation byte";
                return (ssize_t)i;
            }
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            *why = "invalid continuation byte";
            return (ssize_t)i;
        }
        i += len;
    }
    return -1;
}

// Makes a str from UTF-8 bytes, translating \r\n and \r to \n when [translate].
static WfValue decode_text(const char *s, size_t n, bool translate) {
    const char *why;
    ssize_t bad = utf8_check((const unsigned char *)s, n, &why);
    if (bad >= 0) {
        wf_err_format(wf_UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %zd: %s",
                      (unsigned char)s[bad], bad, why);
        return WF_NULL;
    }
    if (!translate || !memchr(s, '\r', n)) return wf_str_from_utf8(s, n);
    char *t = malloc(n ? n : 1);
    if (!t) return wf_err_no_memory();
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r') {
            t[j++] = '\n';
            if (i + 1 < n && s[i + 1] == '\n') i++;
        } else {
            t[j++] = s[i];
        }
    }
    WfValue r = wf_str_from_utf8(t, j);
    free(t);
    return r;
}

static WfValue make_result(WfFile *f, const char *s, size_t n) {
    if (f->text) return decode_text(s, n, true);
    return wf_bytes_new(s, n);
}

// ---- reading -------------------------------------------------------------------------------------

static WfValue file_read_all(WfFile *f) {
    struct stat st;
    size_t hint = 0;
    if (fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode)) {
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        if (pos >= 0 && st.st_size > pos) hint = (size_t)(st.st_size - pos) + 1;
    }
    for (;;) {
        ssize_t r = fill(f, hint);
        if (r < 0) return WF_NULL;
        if (r == 0) break;
        hint = 0;
    }
    WfValue res = make_result(f, f->rbuf ? f->rbuf + f->rpos : "", f->rlen - f->rpos);
    if (res) f->rpos = f->rlen = 0;
    return res;
}

// Bytes needed from [s] to cover [nchars] code points (or all of [n]).
static size_t bytes_for_chars(const char *s, size_t n, size_t nchars, size_t *got) {
    size_t i = 0, c = 0;
    while (i < n && c < nchars) {
        unsigned char b = (unsigned char)s[i];
        size_t len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        if (i + len > n) break;
        i += len;
        c++;
    }
    *got = c;
    return i;
}

static WfValue file_read_n(WfFile *f, int64_t n) {
    if (n < 0) return file_read_all(f);
    if (!f->text) {
        while (f->rlen - f->rpos < (size_t)n) {
            ssize_t r = fill(f, (size_t)n - (f->rlen - f->rpos));
            if (r < 0) return WF_NULL;
            if (r == 0) break;
        }
        size_t take = f->rlen - f->rpos < (size_t)n ? f->rlen - f->rpos : (size_t)n;
        WfValue res = wf_bytes_new(f->rbuf ? f->rbuf + f->rpos : "", take);
        if (res) f->rpos += take;
        return res;
    }
    for (;;) {
        size_t got;
        size_t nb = bytes_for_chars(f->rbuf ? f->rbuf + f->rpos : "", f->rlen - f->rpos, (size_t)n, &got);
        if (got >= (size_t)n) {
            WfValue res = decode_text(f->rbuf + f->rpos, nb, true);
            if (res) f->rpos += nb;
            return res;
        }
        ssize_t r = fill(f, (size_t)n - got);
        if (r < 0) return WF_NULL;
        if (r == 0) {
            size_t avail = f->rlen - f->rpos;
            WfValue res = decode_text(f->rbuf ? f->rbuf + f->rpos : "", avail, true);
            if (res) f->rpos += avail;
            return res;
        }
    }
}

static WfValue file_readline(WfFile *f, int64_t limit) {
    size_t scanned = 0;
    for (;;) {
        const char *start = f->rbuf ? f->rbuf + f->rpos : NULL;
        size_t avail = f->rlen - f->rpos;
        const char *nl = start && avail > scanned ? memchr(start + scanned, '\n', avail - scanned) : NULL;
        if (f->text && !nl && start && avail > scanned) {
            // A lone \r also ends a line (universal newlines) unless \n may follow.
            const char *cr = memchr(start + scanned, '\r', avail - scanned);
            if (cr && cr + 1 < start + avail) nl = cr;
        }
        size_t take = 0;
        bool done = false;
        if (nl) {
            take = (size_t)(nl - start) + 1;
            if (f->text && *nl == '\r' && take < avail && start[take] == '\n') take++;
            done = true;
        }
        if (limit >= 0 && (done ? take : avail) >= (size_t)limit) {
            take = (size_t)limit;
            if (f->text) {
                size_t got;
                take = bytes_for_chars(start ? start : "", avail, (size_t)limit, &got);
                if (got < (size_t)limit && !done) goto more;
            }
            done = true;
        }
        if (done) {
            WfValue res = make_result(f, start, take);
            if (res) f->rpos += take;
            return res;
        }
    more:
        scanned = avail;
        ssize_t r = fill(f, 0);
        if (r < 0) return WF_NULL;
        if (r == 0) {
            start = f->rbuf ? f->rbuf + f->rpos : "";
            avail = f->rlen - f->rpos;
            WfValue res = make_result(f, start, avail);
            if (res) f->rpos = f->rlen = 0;
            return res;
        }
    }
}

// ---- writing ------------------------------------------------------------------------------------

static int file_write_bytes(WfFile *f, const char *s, size_t n) {
    if (f->rlen) drop_read_buffer(f);
    // A text file and its .buffer share the fd: keep their writes in order.
    if (f->bufobj && f->bufobj->wlen && file_flush(f->bufobj) < 0) return -1;
    if (f->textobj && f->textobj->wlen && file_flush(f->textobj) < 0) return -1;
    if (n > WBUF_LIMIT && !f->line_buffering) {
        if (file_flush(f) < 0) return -1;
        char *copy = malloc(n);
        if (!copy) { wf_err_no_memory(); return -1; }
        memcpy(copy, s, n);
        int err;
        f->flushing = true;
        WF_BLOCKING_BEGIN();
        err = write_all_raw(f->fd, copy, n);
        WF_BLOCKING_END();
        f->flushing = false;
        free(copy);
        if (err) {
            errno = err;
            wf_err_from_errno(NULL);
            return -1;
        }
        return 0;
    }
    if (f->wcap - f->wlen < n) {
        size_t ncap = f->wcap ? f->wcap : 256;
        while (ncap - f->wlen < n) ncap *= 2;
        char *nb = realloc(f->wbuf, ncap);
        if (!nb) { wf_err_no_memory(); return -1; }
        f->wbuf = nb;
        f->wcap = ncap;
    }
    memcpy(f->wbuf + f->wlen, s, n);
    f->wlen += n;
    if (f->wlen >= WBUF_LIMIT || (f->line_buffering && memchr(s, '\n', n)))
        return file_flush(f);
    return 0;
}

int wf_io_write_utf8(WfValue file, const char *s, size_t n) {
    WfFile *f = (WfFile *)file;
    if (check_writable(f) < 0) return -1;
    return file_write_bytes(f, s, n);
}

// ---- methods -------------------------------------------------------------------------------------

static int64_t size_arg(const char *fname, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw(fname, kwnames) < 0 || wf_args_count(fname, nargs, 0, 1) < 0) return -2;
    if (nargs == 0 || args[0] == WF_NONE) return -1;
    if (!wf_is_int(args[0])) {
        wf_err_format(wf_TypeError, "argument should be integer or None, not '%s'",
                      wf_type_name(args[0]));
        return -2;
    }
    int64_t n = wf_index_i64(args[0], NULL);
    if (n == -1 && wf_err_occurred()) return -2;
    return n < 0 ? -1 : n;
}

static WfValue file_read(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    int64_t n = size_arg("read", args, nargs, kwnames);
    if (n == -2) return WF_NULL;
    if (check_readable(f) < 0) return WF_NULL;
    return file_read_n(f, n);
}

static WfValue file_readline_m(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    int64_t n = size_arg("readline", args, nargs, kwnames);
    if (n == -2) return WF_NULL;
    if (check_readable(f) < 0) return WF_NULL;
    return file_readline(f, n);
}

static WfValue file_readlines(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    int64_t hint = size_arg("readlines", args, nargs, kwnames);
    if (hint == -2) return WF_NULL;
    if (check_readable(f) < 0) return WF_NULL;
    WfValue list = wf_list_new(0);
    if (!list) return WF_NULL;
    int64_t total = 0;
    for (;;) {
        WfValue line = file_readline(f, -1);
        if (!line) { wf_decref(list); return WF_NULL; }
        size_t len = f->text ? WF_STR_LEN(line) : WF_BYTES_LEN(line);
        if (len == 0) { wf_decref(line); break; }
        if (wf_list_append_steal(list, line) < 0) { wf_decref(list); return WF_NULL; }
        total += (int64_t)len;
        if (hint > 0 && total >= hint) break;
    }
    return list;
}

// The bytes of [v] for a write to [f]. Sets *s, *n (borrowed) or raises.
static int write_arg(WfFile *f, WfValue v, const char **s, size_t *n) {
    if (f->text) {
        if (!wf_is_str(v)) {
            wf_err_format(wf_TypeError, "write() argument must be str, not %s", wf_type_name(v));
            return -1;
        }
        *s = WF_STR_DATA(v);
        *n = WF_STR_LEN(v);
        return 0;
    }
    if (wf_is_bytes(v)) {
        *s = (const char *)WF_BYTES_DATA(v);
        *n = WF_BYTES_LEN(v);
        return 0;
    }
    if (!WF_IS_SMALLINT(v) && wf_type_is_subtype(v->type, &wf_bytearray_type)) {
        *s = (const char *)((WfByteArray *)v)->data;
        *n = ((WfByteArray *)v)->len;
        if (!*s) *s = "";
        return 0;
    }
    wf_err_format(wf_TypeError, "a bytes-like object is required, not '%s'", wf_type_name(v));
    return -1;
}

static WfValue file_write(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    if (wf_args_no_kw("write", kwnames) < 0 || wf_args_count("write", nargs, 1, 1) < 0) return WF_NULL;
    if (check_writable(f) < 0) return WF_NULL;
    const char *s;
    size_t n;
    if (write_arg(f, args[0], &s, &n) < 0) return WF_NULL;
    size_t count = f->text ? ((WfStr *)args[0])->nchars : n;
    if (file_write_bytes(f, s, n) < 0) return WF_NULL;
    return wf_int_from_u64(count);
}

static WfValue file_writelines(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    if (wf_args_no_kw("writelines", kwnames) < 0 || wf_args_count("writelines", nargs, 1, 1) < 0)
        return WF_NULL;
    if (check_writable(f) < 0) return WF_NULL;
    WfValue it = wf_iter(args[0]), item;
    if (!it) return WF_NULL;
    int r;
    while ((r = wf_iter_next_ref(it, &item)) > 0) {
        const char *s;
        size_t n;
        if (write_arg(f, item, &s, &n) < 0 || file_write_bytes(f, s, n) < 0) {
            wf_decref(item);
            r = -1;
            break;
        }
        wf_decref(item);
    }
    wf_decref(it);
    if (r < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue file_flush_m(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("flush", nargs, 0, 0) < 0) return WF_NULL;
    if (wf_io_flush(self) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static int file_close(WfFile *f) {
    if (f->closed) return 0;
    int r = file_flush(f);
    f->closed = true;
    unregister_open(f);
    if (f->closefd && f->fd >= 0) {
        if (close(f->fd) < 0 && r == 0) {
            wf_err_from_errno(NULL);
            r = -1;
        }
    }
    free(f->rbuf);
    f->rbuf = NULL;
    f->rpos = f->rlen = f->rcap = 0;
    return r;
}

static WfValue file_close_m(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("close", nargs, 0, 0) < 0) return WF_NULL;
    if (file_close((WfFile *)self) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue file_enter(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (check_open((WfFile *)self) < 0) return WF_NULL;
    return wf_newref(self);
}

static WfValue file_exit(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (file_close((WfFile *)self) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue file_seek(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    if (wf_args_no_kw("seek", kwnames) < 0 || wf_args_count("seek", nargs, 1, 2) < 0) return WF_NULL;
    if (check_open(f) < 0) return WF_NULL;
    int64_t off = wf_index_i64(args[0], NULL);
    if (off == -1 && wf_err_occurred()) return WF_NULL;
    int64_t whence = 0;
    if (nargs == 2) {
        whence = wf_index_i64(args[1], NULL);
        if (whence == -1 && wf_err_occurred()) return WF_NULL;
    }
    if (whence < 0 || whence > 2) {
        wf_err_format(wf_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        return WF_NULL;
    }
    if (f->text && whence == 1 && off != 0) {
        raise_unsupported("can't do nonzero cur-relative seeks");
        return WF_NULL;
    }
    if (f->text && whence == 2 && off != 0) {
        raise_unsupported("can't do nonzero end-relative seeks");
        return WF_NULL;
    }
    if (f->text && whence == 0 && off < 0) {
        wf_err_format(wf_ValueError, "negative seek position %lld", (long long)off);
        return WF_NULL;
    }
    if (file_flush(f) < 0) return WF_NULL;
    if (whence == 1) off -= (int64_t)(f->rlen - f->rpos);
    f->rpos = f->rlen = 0;
    off_t pos = lseek(f->fd, (off_t)off, (int)whence);
    if (pos < 0) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return wf_int_from_i64(pos);
}

static WfValue file_tell(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    if (wf_args_count("tell", nargs, 0, 0) < 0) return WF_NULL;
    if (check_open(f) < 0) return WF_NULL;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return wf_int_from_i64((int64_t)pos - (int64_t)(f->rlen - f->rpos) + (int64_t)f->wlen);
}

static WfValue file_truncate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    if (wf_args_count("truncate", nargs, 0, 1) < 0) return WF_NULL;
    if (check_writable(f) < 0) return WF_NULL;
    if (file_flush(f) < 0) return WF_NULL;
    if (f->rlen) drop_read_buffer(f);
    int64_t size;
    if (nargs == 0 || args[0] == WF_NONE) {
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        if (pos < 0) { wf_err_from_errno(NULL); return WF_NULL; }
        size = pos;
    } else {
        size = wf_index_i64(args[0], NULL);
        if (size == -1 && wf_err_occurred()) return WF_NULL;
    }
    if (ftruncate(f->fd, (off_t)size) < 0) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return wf_int_from_i64(size);
}

static WfValue file_fileno(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    if (check_open(f) < 0) return WF_NULL;
    return wf_int_from_i64(f->fd);
}

static WfValue file_isatty(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    if (check_open(f) < 0) return WF_NULL;
    return wf_bool(isatty(f->fd));
}

static WfValue file_readable(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    if (check_open(f) < 0) return WF_NULL;
    return wf_bool(f->readable);
}

static WfValue file_writable(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    if (check_open(f) < 0) return WF_NULL;
    return wf_bool(f->writable);
}

static WfValue file_seekable(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfFile *f = (WfFile *)self;
    if (check_open(f) < 0) return WF_NULL;
    return wf_bool(lseek(f->fd, 0, SEEK_CUR) >= 0);
}

static WfValue file_iter(WfValue self) {
    if (check_open((WfFile *)self) < 0) return WF_NULL;
    return wf_newref(self);
}

static WfValue file_iternext(WfValue self) {
    WfFile *f = (WfFile *)self;
    if (check_readable(f) < 0) return WF_NULL;
    WfValue line = file_readline(f, -1);
    if (!line) return WF_NULL;
    size_t len = f->text ? WF_STR_LEN(line) : WF_BYTES_LEN(line);
    if (len == 0) {
        wf_decref(line);
        return WF_NULL;
    }
    return line;
}

static WfValue file_repr(WfValue self) {
    WfFile *f = (WfFile *)self;
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_printf(&b, "<%s", f->ob.type->name);
    if (f->name) {
        wf_strbuf_append_cstr(&b, " name=");
        if (wf_strbuf_append_repr_of(&b, f->name) < 0) { wf_strbuf_free(&b); return WF_NULL; }
    }
    if (f->text) {
        wf_strbuf_append_cstr(&b, " mode=");
        if (wf_strbuf_append_repr_of(&b, f->mode) < 0) { wf_strbuf_free(&b); return WF_NULL; }
        wf_strbuf_append_cstr(&b, " encoding=");
        if (wf_strbuf_append_repr_of(&b, f->encoding) < 0) { wf_strbuf_free(&b); return WF_NULL; }
    }
    wf_strbuf_append_char(&b, '>');
    return wf_strbuf_finish(&b);
}

static void file_dealloc(WfValue self) {
    WfFile *f = (WfFile *)self;
    if (f->bufobj) {
        f->bufobj->textobj = NULL;
        WfValue b = (WfValue)f->bufobj;
        f->bufobj = NULL;
        wf_decref(b);
    }
    if (f->textobj && f->textobj->bufobj == f) f->textobj->bufobj = NULL;
    if (!f->closed) {
        flush_raw(f);
        unregister_open(f);
        if (f->closefd && f->fd >= 0) close(f->fd);
    }
    free(f->wbuf);
    free(f->rbuf);
    wf_clear(&f->name);
    wf_clear(&f->mode);
    wf_clear(&f->encoding);
    wf_object_free(self);
}

static WfValue file_get_name(WfValue self) {
    WfFile *f = (WfFile *)self;
    return wf_newref(f->name ? f->name : WF_NONE);
}
static WfValue file_get_mode(WfValue self) { return wf_newref(((WfFile *)self)->mode); }
static WfValue file_get_closed(WfValue self) { return wf_bool(((WfFile *)self)->closed); }
static WfValue file_get_encoding(WfValue self) {
    WfFile *f = (WfFile *)self;
    return wf_newref(f->encoding ? f->encoding : WF_NONE);
}
static WfFile *file_new(WfType *type, int fd);

// text_file.buffer: a binary file object on the same descriptor (created once).
static WfValue file_get_buffer(WfValue self) {
    WfFile *f = (WfFile *)self;
    if (!f->text) {
        wf_err_format(wf_AttributeError, "'%s' object has no attribute 'buffer'", wf_type_name(self));
        return WF_NULL;
    }
    if (!f->bufobj) {
        WfType *type = f->readable && f->writable ? &bufrandom_type : f->readable ? &bufreader_type : &bufwriter_type;
        WfFile *b = file_new(type, f->fd);
        if (!b) return WF_NULL;
        b->readable = f->readable;
        b->writable = f->writable;
        b->appending = f->appending;
        b->closefd = false;
        b->line_buffering = f->line_buffering;
        b->name = wf_newref(f->name ? f->name : WF_NONE);
        b->mode = wf_str_from_format("%sb", f->readable && !f->writable ? "r" : f->appending ? "a" : "w");
        if (!b->mode) { wf_decref((WfValue)b); return WF_NULL; }
        b->textobj = f;
        if (b->writable) register_open(b);
        f->bufobj = b;
    }
    return wf_newref((WfValue)f->bufobj);
}

static WfValue file_get_errors(WfValue self) { return wf_str_from_cstr("strict"); }
static WfValue file_get_newlines(WfValue self) { return wf_newref(WF_NONE); }
static WfValue file_get_line_buffering(WfValue self) { return wf_bool(((WfFile *)self)->line_buffering); }

static const WfMethodDef file_methods[] = {
    {"read", file_read, 0, NULL},
    {"readline", file_readline_m, 0, NULL},
    {"readlines", file_readlines, 0, NULL},
    {"write", file_write, 0, NULL},
    {"writelines", file_writelines, 0, NULL},
    {"flush", file_flush_m, 0, NULL},
    {"close", file_close_m, 0, NULL},
    {"seek", file_seek, 0, NULL},
    {"tell", file_tell, 0, NULL},
    {"truncate", file_truncate, 0, NULL},
    {"fileno", file_fileno, 0, NULL},
    {"isatty", file_isatty, 0, NULL},
    {"readable", file_readable, 0, NULL},
    {"writable", file_writable, 0, NULL},
    {"seekable", file_seekable, 0, NULL},
    {"__enter__", file_enter, 0, NULL},
    {"__exit__", file_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const WfGetSetDef file_getsets[] = {
    {"name", file_get_name, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL},
    {"closed", file_get_closed, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL},
    {"errors", file_get_errors, NULL, NULL},
    {"newlines", file_get_newlines, NULL, NULL},
    {"line_buffering", file_get_line_buffering, NULL, NULL},
    {"buffer", file_get_buffer, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

#define FILE_TYPE(cname, pyname)                                                              \
    static WfType cname = {.ob = WF_STATIC_TYPE_HEAD, .name = pyname, .basicsize = sizeof(WfFile), \
                           .dealloc = file_dealloc, .repr = file_repr, .iter = file_iter,         \
                           .iternext = file_iternext, .methods = file_methods, .getsets = file_getsets}
FILE_TYPE(textio_type, "_io.TextIOWrapper");
FILE_TYPE(bufreader_type, "_io.BufferedReader");
FILE_TYPE(bufwriter_type, "_io.BufferedWriter");
FILE_TYPE(bufrandom_type, "_io.BufferedRandom");

static WfFile *file_new(WfType *type, int fd) {
    WfFile *f = (WfFile *)wf_object_alloc(type, sizeof(WfFile));
    if (!f) return NULL;
    f->fd = fd;
    f->text = type == &textio_type;
    return f;
}

// ---- open() -------------------------------------------------------------------------------------

static bool known_encoding(const char *e) {
    char low[32];
    size_t n = 0;
    for (; e[n] && n < sizeof low - 1; n++) low[n] = (char)((e[n] >= 'A' && e[n] <= 'Z') ? e[n] + 32 : e[n]);
    low[n] = '\0';
    static const char *const ok[] = {"utf-8", "utf8", "u8", "utf_8", "ascii", "us-ascii",
                                     "latin-1", "latin1", "iso-8859-1", "utf-8-sig", "locale", NULL};
    for (const char *const *k = ok; *k; k++)
        if (strcmp(low, *k) == 0) return true;
    return false;
}

WfValue wf_io_open(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener"};
    WfValue a[8];
    if (wf_args_parse("open", args, nargs, kwnames, names, 8, 1, 8, a) < 0) return WF_NULL;
    WfValue file = a[0], path_owned = WF_NULL;
    const char *mode = "r";
    if (a[1]) {
        if (!wf_is_str(a[1])) {
            wf_err_format(wf_TypeError, "open() argument 'mode' must be str, not %s", wf_type_name(a[1]));
            return WF_NULL;
        }
        mode = WF_STR_DATA(a[1]);
    }
    int64_t buffering = -1;
    if (a[2]) {
        buffering = wf_index_i64(a[2], NULL);
        if (buffering == -1 && wf_err_occurred()) return WF_NULL;
    }
    const char *encoding = NULL;
    if (a[3] && a[3] != WF_NONE) {
        if (!wf_is_str(a[3])) {
            wf_err_format(wf_TypeError, "open() argument 'encoding' must be str or None, not %s",
                          wf_type_name(a[3]));
            return WF_NULL;
        }
        encoding = WF_STR_DATA(a[3]);
    }
    bool closefd = true;
    if (a[6]) {
        int t = wf_is_true(a[6]);
        if (t < 0) return WF_NULL;
        closefd = t;
    }
    // Parse the mode.
    int seen_r = 0, seen_w = 0, seen_a = 0, seen_x = 0, seen_plus = 0, seen_b = 0, seen_t = 0;
    for (const char *p = mode; *p; p++) {
        int *slot = NULL;
        switch (*p) {
        case 'r': slot = &seen_r; break;
        case 'w': slot = &seen_w; break;
        case 'a': slot = &seen_a; break;
        case 'x': slot = &seen_x; break;
        case '+': slot = &seen_plus; break;
        case 'b': slot = &seen_b; break;
        case 't': slot = &seen_t; break;
        default: break;
        }
        if (!slot || *slot) {
            wf_err_format(wf_ValueError, "invalid mode: '%s'", mode);
            return WF_NULL;
        }
        *slot = 1;
    }
    if (seen_b && seen_t) {
        wf_err_set_str(wf_ValueError, "can't have text and binary mode at once");
        return WF_NULL;
    }
    if (seen_r + seen_w + seen_a + seen_x != 1) {
        wf_err_set_str(wf_ValueError, "must have exactly one of create/read/write/append mode");
        return WF_NULL;
    }
    if (seen_b && encoding) {
        wf_err_set_str(wf_ValueError, "binary mode doesn't take an encoding argument");
        return WF_NULL;
    }
    if (seen_b && a[4] && a[4] != WF_NONE) {
        wf_err_set_str(wf_ValueError, "binary mode doesn't take an errors argument");
        return WF_NULL;
    }
    if (seen_b && a[5] && a[5] != WF_NONE) {
        wf_err_set_str(wf_ValueError, "binary mode doesn't take a newline argument");
        return WF_NULL;
    }
    // Resolve the file argument.
    const char *path = NULL;
    int fd = -1;
    if (!wf_is_str(file) && !wf_is_bytes(file) && !wf_is_int(file)) {
        WfValue fsp = wf_type_lookup(wf_type(file), WF_ID(__fspath__));
        if (fsp) {
            path_owned = wf_call1(fsp, file);
            if (!path_owned) return WF_NULL;
            file = path_owned;
        }
    }
    if (wf_is_str(file)) {
        path = WF_STR_DATA(file);
    } else if (wf_is_bytes(file)) {
        path = (const char *)WF_BYTES_DATA(file);
    } else if (wf_is_int(file) && !(wf_type(file) == &wf_bool_type)) {
        int64_t n = wf_index_i64(file, NULL);
        if (n == -1 && wf_err_occurred()) return WF_NULL;
        if (n < 0) {
            wf_err_set_str(wf_ValueError, "negative file descriptor");
            return WF_NULL;
        }
        fd = (int)n;
    } else {
        wf_err_format(wf_TypeError, "expected str, bytes or os.PathLike object, not %s",
                      wf_type_name(file));
        wf_xdecref(path_owned);
        return WF_NULL;
    }
    if (path && !closefd) {
        wf_err_set_str(wf_ValueError, "Cannot use closefd=False with file name");
        wf_xdecref(path_owned);
        return WF_NULL;
    }
    if (path) {
        int flags = O_CLOEXEC;
        if (seen_plus) flags |= O_RDWR;
        else if (seen_r) flags |= O_RDONLY;
        else flags |= O_WRONLY;
        if (seen_w) flags |= O_CREAT | O_TRUNC;
        if (seen_a) flags |= O_CREAT | O_APPEND;
        if (seen_x) flags |= O_CREAT | O_EXCL;
        do {
            fd = open(path, flags, 0666);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0) {
            wf_err_from_errno(path);
            wf_xdecref(path_owned);
            return WF_NULL;
        }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            wf_err_from_errno(path);
            wf_xdecref(path_owned);
            return WF_NULL;
        }
    }
    // As CPython: the file is opened first, then the text layer checks its options.
    if ((!seen_b && buffering == 0) || (encoding && !known_encoding(encoding))) {
        if (path) close(fd);
        if (!seen_b && buffering == 0) wf_err_set_str(wf_ValueError, "can't have unbuffered text I/O");
        else wf_err_format(wf_LookupError, "unknown encoding: %s", encoding);
        wf_xdecref(path_owned);
        return WF_NULL;
    }
    WfType *type = !seen_b ? &textio_type : seen_plus ? &bufrandom_type
                   : seen_r ? &bufreader_type : &bufwriter_type;
    WfFile *f = file_new(type, fd);
    if (!f) {
        if (path) close(fd);
        wf_xdecref(path_owned);
        return WF_NULL;
    }
    f->readable = seen_r || seen_plus;
    f->writable = seen_w || seen_a || seen_x || seen_plus;
    f->appending = seen_a;
    f->closefd = closefd;
    f->line_buffering = !seen_b && (buffering == 1 || (buffering < 0 && isatty(fd)));
    f->name = wf_newref(a[0]);
    f->mode = wf_str_from_cstr(mode);
    if (!seen_b) f->encoding = wf_str_from_cstr(encoding ? encoding : "UTF-8");
    wf_xdecref(path_owned);
    if (!f->mode || (!seen_b && !f->encoding)) {
        wf_decref((WfValue)f);
        return WF_NULL;
    }
    if (f->writable) register_open(f);
    if (!atexit_registered) {
        atexit_registered = true;
        atexit(atexit_flush);
    }
    if (seen_a) lseek(fd, 0, SEEK_END);
    return (WfValue)f;
}

// ---- standard streams -----------------------------------------------------------------------------

WfValue wf_io_std_stream(int fd) {
    if (fd < 0 || fd > 2) {
        wf_err_set_str(wf_ValueError, "bad standard stream");
        return WF_NULL;
    }
    if (std_streams[fd]) return wf_newref(std_streams[fd]);
    if (wf_type_ready(&textio_type) < 0) return WF_NULL;
    WfFile *f = file_new(&textio_type, fd);
    if (!f) return WF_NULL;
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    f->readable = fd == 0;
    f->writable = fd != 0;
    f->closefd = false;
    f->line_buffering = fd == 2 || isatty(fd);
    f->name = wf_str_from_cstr(names[fd]);
    f->mode = wf_str_from_cstr(fd == 0 ? "r" : "w");
    f->encoding = wf_str_from_cstr("utf-8");
    if (!f->name || !f->mode || !f->encoding) {
        wf_decref((WfValue)f);
        return WF_NULL;
    }
    std_streams[fd] = (WfValue)f;
    if (!atexit_registered) {
        atexit_registered = true;
        atexit(atexit_flush);
    }
    return wf_newref((WfValue)f);
}

WfValue wf_io_readline(WfValue file) {
    if (wf_io_is_file(file)) {
        WfFile *f = (WfFile *)file;
        if (check_readable(f) < 0) return WF_NULL;
        return file_readline(f, -1);
    }
    return wf_call_method(file, "readline", NULL, 0);
}

// ---- StringIO / BytesIO --------------------------------------------------------------------------

typedef struct MemIO {
    WfObject ob;
    bool binary, closed;
    char *buf;          // owned (malloc)
    size_t len, cap, pos;
    WfValue dict;       // owned: instance attributes (subclasses), or NULL
} MemIO;

static WfType stringio_type, bytesio_type;

static int mem_check(MemIO *m) {
    if (!m->closed) return 0;
    wf_err_set_str(wf_ValueError, "I/O operation on closed file.");
    return -1;
}

static int mem_reserve(MemIO *m, size_t need) {
    if (need <= m->cap) return 0;
    size_t ncap = m->cap ? m->cap : 64;
    while (ncap < need) ncap *= 2;
    char *nb = realloc(m->buf, ncap);
    if (!nb) { wf_err_no_memory(); return -1; }
    m->buf = nb;
    m->cap = ncap;
    return 0;
}

static int mem_write_bytes(MemIO *m, const char *s, size_t n) {
    if (mem_reserve(m, m->pos + n) < 0) return -1;
    if (m->pos > m->len) memset(m->buf + m->len, 0, m->pos - m->len);
    memcpy(m->buf + m->pos, s, n);
    m->pos += n;
    if (m->pos > m->len) m->len = m->pos;
    return 0;
}

static WfValue mem_value(MemIO *m, const char *s, size_t n) {
    if (m->binary) return wf_bytes_new(s, n);
    return wf_str_from_utf8(s, n);
}

static WfValue memio_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const snames[] = {"initial_value", "newline"};
    static const char *const bnames[] = {"initial_bytes"};
    bool binary = wf_type_is_subtype(type, &bytesio_type);
    WfValue a[2] = {0, 0};
    if (binary) {
        if (wf_args_parse("BytesIO", args, nargs, kwnames, bnames, 1, 0, 1, a) < 0) return WF_NULL;
    } else {
        if (wf_args_parse("StringIO", args, nargs, kwnames, snames, 2, 0, 2, a) < 0) return WF_NULL;
    }
    MemIO *m = (MemIO *)wf_object_alloc(type, type->basicsize > sizeof(MemIO) ? type->basicsize : sizeof(MemIO));
    if (!m) return WF_NULL;
    m->binary = binary;
    WfValue init = a[0];
    if (init && init != WF_NONE) {
        const char *s;
        size_t n;
        if (binary) {
            if (wf_is_bytes(init)) { s = (const char *)WF_BYTES_DATA(init); n = WF_BYTES_LEN(init); }
            else if (!WF_IS_SMALLINT(init) && wf_type_is_subtype(init->type, &wf_bytearray_type)) {
                s = (const char *)((WfByteArray *)init)->data;
                n = ((WfByteArray *)init)->len;
            } else {
                wf_err_format(wf_TypeError, "a bytes-like object is required, not '%s'", wf_type_name(init));
                wf_decref((WfValue)m);
                return WF_NULL;
            }
        } else {
            if (!wf_is_str(init)) {
                wf_err_format(wf_TypeError, "initial_value must be str or None, not %s", wf_type_name(init));
                wf_decref((WfValue)m);
                return WF_NULL;
            }
            s = WF_STR_DATA(init);
            n = WF_STR_LEN(init);
        }
        if (n && mem_write_bytes(m, s, n) < 0) { wf_decref((WfValue)m); return WF_NULL; }
        m->pos = 0;
    }
    return (WfValue)m;
}

static void memio_dealloc(WfValue self) {
    MemIO *m = (MemIO *)self;
    free(m->buf);
    wf_clear(&m->dict);
    wf_object_free(self);
}

static WfValue memio_getvalue(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    MemIO *m = (MemIO *)self;
    if (mem_check(m) < 0) return WF_NULL;
    return mem_value(m, m->buf ? m->buf : "", m->len);
}

static WfValue memio_write(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    MemIO *m = (MemIO *)self;
    if (wf_args_count("write", nargs, 1, 1) < 0) return WF_NULL;
    if (mem_check(m) < 0) return WF_NULL;
    WfValue v = args[0];
    if (m->binary) {
        const char *s;
        size_t n;
        if (wf_is_bytes(v)) { s = (const char *)WF_BYTES_DATA(v); n = WF_BYTES_LEN(v); }
        else if (!WF_IS_SMALLINT(v) && wf_type_is_subtype(v->type, &wf_bytearray_type)) {
            s = (const char *)((WfByteArray *)v)->data;
            n = ((WfByteArray *)v)->len;
        } else {
            wf_err_format(wf_TypeError, "a bytes-like object is required, not '%s'", wf_type_name(v));
            return WF_NULL;
        }
        if (n && mem_write_bytes(m, s, n) < 0) return WF_NULL;
        return wf_int_from_u64(n);
    }
    if (!wf_is_str(v)) {
        wf_err_format(wf_TypeError, "string argument expected, got '%s'", wf_type_name(v));
        return WF_NULL;
    }
    if (WF_STR_LEN(v) && mem_write_bytes(m, WF_STR_DATA(v), WF_STR_LEN(v)) < 0) return WF_NULL;
    return wf_int_from_u64(((WfStr *)v)->nchars);
}

static WfValue memio_writelines(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("writelines", nargs, 1, 1) < 0) return WF_NULL;
    WfValue it = wf_iter(args[0]), item;
    if (!it) return WF_NULL;
    int r;
    while ((r = wf_iter_next_ref(it, &item)) > 0) {
        WfValue w = memio_write(self, &item, 1, WF_NULL);
        wf_decref(item);
        if (!w) { r = -1; break; }
        wf_decref(w);
    }
    wf_decref(it);
    return r < 0 ? WF_NULL : wf_newref(WF_NONE);
}

static WfValue memio_read(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    MemIO *m = (MemIO *)self;
    int64_t n = size_arg("read", args, nargs, kwnames);
    if (n == -2) return WF_NULL;
    if (mem_check(m) < 0) return WF_NULL;
    size_t avail = m->pos < m->len ? m->len - m->pos : 0;
    size_t take = avail;
    if (n >= 0) {
        if (m->binary) take = (size_t)n < avail ? (size_t)n : avail;
        else { size_t got; take = bytes_for_chars(m->buf + m->pos, avail, (size_t)n, &got); }
    }
    WfValue r = mem_value(m, avail ? m->buf + m->pos : "", take);
    if (r) m->pos += take;
    return r;
}

static WfValue memio_readline(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    MemIO *m = (MemIO *)self;
    int64_t n = size_arg("readline", args, nargs, kwnames);
    if (n == -2) return WF_NULL;
    if (mem_check(m) < 0) return WF_NULL;
    size_t avail = m->pos < m->len ? m->len - m->pos : 0;
    const char *start = avail ? m->buf + m->pos : "";
    const char *nl = avail ? memchr(start, '\n', avail) : NULL;
    size_t take = nl ? (size_t)(nl - start) + 1 : avail;
    if (n >= 0 && (size_t)n < take) {
        if (m->binary) take = (size_t)n;
        else { size_t got; take = bytes_for_chars(start, take, (size_t)n, &got); }
    }
    WfValue r = mem_value(m, start, take);
    if (r) m->pos += take;
    return r;
}

static WfValue memio_readlines(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    MemIO *m = (MemIO *)self;
    if (mem_check(m) < 0) return WF_NULL;
    WfValue list = wf_list_new(0);
    if (!list) return WF_NULL;
    for (;;) {
        WfValue line = memio_readline(self, NULL, 0, WF_NULL);
        if (!line) { wf_decref(list); return WF_NULL; }
        size_t len = m->binary ? WF_BYTES_LEN(line) : WF_STR_LEN(line);
        if (!len) { wf_decref(line); break; }
        if (wf_list_append_steal(list, line) < 0) { wf_decref(list); return WF_NULL; }
    }
    return list;
}

static WfValue memio_seek(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    MemIO *m = (MemIO *)self;
    if (wf_args_count("seek", nargs, 1, 2) < 0) return WF_NULL;
    if (mem_check(m) < 0) return WF_NULL;
    int64_t off = wf_index_i64(args[0], NULL);
    if (off == -1 && wf_err_occurred()) return WF_NULL;
    int64_t whence = 0;
    if (nargs == 2) {
        whence = wf_index_i64(args[1], NULL);
        if (whence == -1 && wf_err_occurred()) return WF_NULL;
    }
    if (whence < 0 || whence > 2) {
        wf_err_format(wf_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        return WF_NULL;
    }
    if (!m->binary && whence != 0 && off != 0) {
        wf_err_set_str(wf_OSError, "Can't do nonzero cur-relative seeks");
        return WF_NULL;
    }
    int64_t base = whence == 0 ? 0 : whence == 1 ? (int64_t)m->pos : (int64_t)m->len;
    int64_t np = base + off;
    if (np < 0) {
        if (whence == 0) {
            wf_err_format(wf_ValueError, "negative seek value %lld", (long long)off);
            return WF_NULL;
        }
        np = 0;
    }
    m->pos = (size_t)np;
    return wf_int_from_i64(np);
}

static WfValue memio_tell(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    MemIO *m = (MemIO *)self;
    if (mem_check(m) < 0) return WF_NULL;
    return wf_int_from_u64(m->pos);
}

static WfValue memio_truncate(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    MemIO *m = (MemIO *)self;
    if (wf_args_count("truncate", nargs, 0, 1) < 0) return WF_NULL;
    if (mem_check(m) < 0) return WF_NULL;
    int64_t size = (int64_t)m->pos;
    if (nargs == 1 && args[0] != WF_NONE) {
        size = wf_index_i64(args[0], NULL);
        if (size == -1 && wf_err_occurred()) return WF_NULL;
        if (size < 0) {
            wf_err_format(wf_ValueError, "Negative size value %lld", (long long)size);
            return WF_NULL;
        }
    }
    if ((size_t)size < m->len) m->len = (size_t)size;
    return wf_int_from_i64(size);
}

static WfValue memio_close(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    MemIO *m = (MemIO *)self;
    m->closed = true;
    return wf_newref(WF_NONE);
}

static WfValue memio_true(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (mem_check((MemIO *)self) < 0) return WF_NULL;
    return wf_bool(true);
}

static WfValue memio_false(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (mem_check((MemIO *)self) < 0) return WF_NULL;
    return wf_bool(false);
}

static WfValue memio_flush(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (mem_check((MemIO *)self) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue memio_enter(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (mem_check((MemIO *)self) < 0) return WF_NULL;
    return wf_newref(self);
}

static WfValue memio_iter(WfValue self) {
    if (mem_check((MemIO *)self) < 0) return WF_NULL;
    return wf_newref(self);
}

static WfValue memio_iternext(WfValue self) {
    MemIO *m = (MemIO *)self;
    WfValue line = memio_readline(self, NULL, 0, WF_NULL);
    if (!line) return WF_NULL;
    size_t len = m->binary ? WF_BYTES_LEN(line) : WF_STR_LEN(line);
    if (!len) { wf_decref(line); return WF_NULL; }
    return line;
}

static WfValue memio_get_closed(WfValue self) { return wf_bool(((MemIO *)self)->closed); }

static const WfMethodDef memio_methods[] = {
    {"getvalue", memio_getvalue, 0, NULL},
    {"write", memio_write, 0, NULL},
    {"writelines", memio_writelines, 0, NULL},
    {"read", memio_read, 0, NULL},
    {"readline", memio_readline, 0, NULL},
    {"readlines", memio_readlines, 0, NULL},
    {"seek", memio_seek, 0, NULL},
    {"tell", memio_tell, 0, NULL},
    {"truncate", memio_truncate, 0, NULL},
    {"close", memio_close, 0, NULL},
    {"readable", memio_true, 0, NULL},
    {"writable", memio_true, 0, NULL},
    {"seekable", memio_true, 0, NULL},
    {"isatty", memio_false, 0, NULL},
    {"flush", memio_flush, 0, NULL},
    {"__enter__", memio_enter, 0, NULL},
    {"__exit__", memio_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const WfGetSetDef memio_getsets[] = {
    {"closed", memio_get_closed, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static WfType stringio_type = {
    .ob = WF_STATIC_TYPE_HEAD, .name = "_io.StringIO", .basicsize = sizeof(MemIO),
    .flags = WF_TPFLAGS_BASETYPE, .dictoffset = offsetof(MemIO, dict),
    .dealloc = memio_dealloc, .iter = memio_iter, .iternext = memio_iternext, .new_ = memio_new,
    .methods = memio_methods, .getsets = memio_getsets,
};

static WfType bytesio_type = {
    .ob = WF_STATIC_TYPE_HEAD, .name = "_io.BytesIO", .basicsize = sizeof(MemIO),
    .flags = WF_TPFLAGS_BASETYPE, .dictoffset = offsetof(MemIO, dict),
    .dealloc = memio_dealloc, .iter = memio_iter, .iternext = memio_iternext, .new_ = memio_new,
    .methods = memio_methods, .getsets = memio_getsets,
};

// ---- the module ------------------------------------------------------------------------------------

static const WfMethodDef io_functions[] = {
    {"open", wf_io_open, 0, "open(file, mode='r', buffering=-1, encoding=None, ...)"},
    {NULL, NULL, 0, NULL},
};

WfValue wf_io_module_init(void) {
    WfType *types[] = {&textio_type, &bufreader_type, &bufwriter_type, &bufrandom_type,
                       &stringio_type, &bytesio_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (wf_type_ready(types[i]) < 0) return WF_NULL;
    if (ensure_unsupported() < 0) return WF_NULL;
    WfValue m = wf_module_new("io");
    if (!m) return WF_NULL;
    if (wf_module_add_functions(m, io_functions) < 0 ||
        wf_module_set(m, "TextIOWrapper", WF_TYPE_VALUE(&textio_type)) < 0 ||
        wf_module_set(m, "BufferedReader", WF_TYPE_VALUE(&bufreader_type)) < 0 ||
        wf_module_set(m, "BufferedWriter", WF_TYPE_VALUE(&bufwriter_type)) < 0 ||
        wf_module_set(m, "BufferedRandom", WF_TYPE_VALUE(&bufrandom_type)) < 0 ||
        wf_module_set(m, "StringIO", WF_TYPE_VALUE(&stringio_type)) < 0 ||
        wf_module_set(m, "BytesIO", WF_TYPE_VALUE(&bytesio_type)) < 0 ||
        wf_module_set(m, "UnsupportedOperation", unsupported_op) < 0 ||
        wf_module_set_steal(m, "DEFAULT_BUFFER_SIZE", wf_int_from_i64(WBUF_LIMIT)) < 0 ||
        wf_module_set_steal(m, "SEEK_SET", wf_int_from_i64(0)) < 0 ||
        wf_module_set_steal(m, "SEEK_CUR", wf_int_from_i64(1)) < 0 ||
        wf_module_set_steal(m, "SEEK_END", wf_int_from_i64(2)) < 0 ||
        wf_module_set(m, "IOBase", WF_TYPE_VALUE(&textio_type)) < 0 ||
        wf_module_set(m, "TextIOBase", WF_TYPE_VALUE(&textio_type)) < 0) {
        wf_decref(m);
        return WF_NULL;
    }
    return m;
}
