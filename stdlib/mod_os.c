// mod_os.c — the `os` module (process facts, environ snapshot, files and
// folders, stat, low-level fd I/O, urandom, system) and `os.path` (a native
// posixpath: join, split, splitext, normpath, abspath, realpath, exists...).
// Paths are str (or bytes / os.PathLike via __fspath__); failures raise the
// OSError subclass for errno with the filename, as CPython does.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/blocking.h"
#include "stdlib/io.h"
#include "stdlib/native_inits.h"
#include "stdlib/structseq.h"
#include "vm/eval.h"
#include "vm/import.h"

extern char **environ;

static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    "st_atime", "st_mtime", "st_ctime",                       // ints in the tuple
    "st_atime", "st_mtime", "st_ctime",                       // floats as attributes
    "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks"};
static WF_STRUCTSEQ_TYPE_HIDDEN(stat_result_type, "os.stat_result", stat_fields, 10);

static WfValue posixpath_module;   // owned: os.path, shared by "os.path" and "posixpath"

// ---- path arguments ---------------------------------------------------------------------------

// The path in [v] (str, bytes or os.PathLike) as a new str/bytes reference.
static WfValue fspath(WfValue v) {
    if (wf_is_str(v) || wf_is_bytes(v)) return wf_newref(v);
    WfValue meth = wf_type_lookup(wf_type(v), WF_ID(__fspath__));
    if (meth) {
        wf_incref(meth);
        WfValue r = wf_call1(meth, v);
        wf_decref(meth);
        if (r && !wf_is_str(r) && !wf_is_bytes(r)) {
            wf_err_format(wf_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                          wf_type_name(v), wf_type_name(r));
            wf_decref(r);
            return WF_NULL;
        }
        return r;
    }
    wf_err_format(wf_TypeError, "expected str, bytes or os.PathLike object, not %s", wf_type_name(v));
    return WF_NULL;
}

// Borrowed C path of [p] (from fspath()).
static const char *cpath(WfValue p) {
    return wf_is_str(p) ? WF_STR_DATA(p) : (const char *)WF_BYTES_DATA(p);
}

static WfValue path_result(WfValue like, const char *s, size_t n) {
    if (like && wf_is_bytes(like)) return wf_bytes_new(s, n);
    return wf_str_from_utf8(s, n);
}

static WfValue none(void) { return wf_newref(WF_NONE); }

// ---- process facts -------------------------------------------------------------------------------

static WfValue os_getpid(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_int_from_i64(getpid());
}
static WfValue os_getppid(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_int_from_i64(getppid());
}
static WfValue os_getuid(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_int_from_i64(getuid());
}
static WfValue os_cpu_count(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) return none();
    return wf_int_from_i64(n);
}

static WfValue os_getenv(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"key", "default"};
    WfValue a[2];
    if (wf_args_parse("getenv", args, nargs, kwnames, names, 2, 1, 2, a) < 0) return WF_NULL;
    if (!wf_is_str(a[0])) {
        wf_err_format(wf_TypeError, "str expected, not %s", wf_type_name(a[0]));
        return WF_NULL;
    }
    // Read the module's environ mapping so assignments to os.environ are seen.
    if (self && !WF_IS_SMALLINT(self) && self->type == &wf_module_type) {
        WfValue env;
        if (wf_dict_get_cstr_ref(wf_module_dict(self), "environ", &env) > 0) {
            WfValue v;
            int r = wf_is_dict(env) ? wf_dict_get_ref(env, a[0], &v) : 0;
            wf_decref(env);
            if (r < 0) return WF_NULL;
            if (r > 0) return v;
            return wf_newref(a[1] ? a[1] : WF_NONE);
        }
    }
    const char *v = getenv(WF_STR_DATA(a[0]));
    if (!v) return wf_newref(a[1] ? a[1] : WF_NONE);
    return wf_str_from_cstr(v);
}

static WfValue os_putenv(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("putenv", nargs, 2, 2) < 0) return WF_NULL;
    if (!wf_is_str(args[0]) || !wf_is_str(args[1])) {
        wf_err_set_str(wf_TypeError, "str expected");
        return WF_NULL;
    }
    if (WF_STR_LEN(args[0]) == 0 || strchr(WF_STR_DATA(args[0]), '=')) {
        wf_err_set_str(wf_ValueError, "illegal environment variable name");
        return WF_NULL;
    }
    if (setenv(WF_STR_DATA(args[0]), WF_STR_DATA(args[1]), 1) < 0) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return none();
}

static WfValue os_unsetenv(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("unsetenv", nargs, 1, 1) < 0) return WF_NULL;
    if (!wf_is_str(args[0])) {
        wf_err_set_str(wf_TypeError, "str expected");
        return WF_NULL;
    }
    unsetenv(WF_STR_DATA(args[0]));
    return none();
}

// ---- folders and files ------------------------------------------------------------------------

static WfValue os_getcwd(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return wf_str_from_cstr(buf);
}

// Runs [fn] on one path argument; errors carry the filename.
#define PATH_FUNC1(pyname, call)                                                                \
    static WfValue os_##pyname(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {   \
        if (wf_args_count(#pyname, nargs, 1, 1) < 0) return WF_NULL;                           \
        WfValue p = fspath(args[0]);                                                            \
        if (!p) return WF_NULL;                                                                 \
        const char *path = cpath(p);                                                            \
        if ((call) < 0) {                                                                       \
            wf_err_from_errno(path);                                                            \
            wf_decref(p);                                                                       \
            return WF_NULL;                                                                     \
        }                                                                                       \
        wf_decref(p);                                                                           \
        return none();                                                                          \
    }

PATH_FUNC1(chdir, chdir(path))
PATH_FUNC1(remove, unlink(path))
PATH_FUNC1(unlink, unlink(path))
PATH_FUNC1(rmdir, rmdir(path))

static WfValue os_mkdir(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"path", "mode", "dir_fd"};
    WfValue a[3];
    if (wf_args_parse("mkdir", args, nargs, kwnames, names, 3, 1, 2, a) < 0) return WF_NULL;
    int64_t mode = 0777;
    if (a[1]) {
        mode = wf_index_i64(a[1], NULL);
        if (mode == -1 && wf_err_occurred()) return WF_NULL;
    }
    WfValue p = fspath(a[0]);
    if (!p) return WF_NULL;
    if (mkdir(cpath(p), (mode_t)mode) < 0) {
        wf_err_from_errno(cpath(p));
        wf_decref(p);
        return WF_NULL;
    }
    wf_decref(p);
    return none();
}

static WfValue os_makedirs(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"name", "mode", "exist_ok"};
    WfValue a[3];
    if (wf_args_parse("makedirs", args, nargs, kwnames, names, 3, 1, 3, a) < 0) return WF_NULL;
    int64_t mode = 0777;
    if (a[1]) {
        mode = wf_index_i64(a[1], NULL);
        if (mode == -1 && wf_err_occurred()) return WF_NULL;
    }
    int exist_ok = 0;
    if (a[2]) {
        exist_ok = wf_is_true(a[2]);
        if (exist_ok < 0) return WF_NULL;
    }
    WfValue p = fspath(a[0]);
    if (!p) return WF_NULL;
    char *path = strdup(cpath(p));
    wf_decref(p);
    if (!path) return wf_err_no_memory();
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/') path[--n] = '\0';
    // Create every missing ancestor, then the leaf.
    for (char *s = path + 1; *s; s++) {
        if (*s != '/') continue;
        *s = '\0';
        struct stat st;
        if (stat(path, &st) < 0) {
            if (mkdir(path, (mode_t)mode) < 0 && errno != EEXIST) {
                wf_err_from_errno(path);
                free(path);
                return WF_NULL;
            }
        }
        *s = '/';
    }
    if (mkdir(path, (mode_t)mode) < 0) {
        struct stat st;
        if (!(errno == EEXIST && exist_ok && stat(path, &st) == 0 && S_ISDIR(st.st_mode))) {
            wf_err_from_errno(path);
            free(path);
            return WF_NULL;
        }
    }
    free(path);
    return none();
}

static WfValue rename_impl(WfValue *args, size_t nargs, const char *name) {
    if (wf_args_count(name, nargs, 2, 2) < 0) return WF_NULL;
    WfValue a = fspath(args[0]);
    if (!a) return WF_NULL;
    WfValue b = fspath(args[1]);
    if (!b) { wf_decref(a); return WF_NULL; }
    WfValue r = WF_NULL;
    if (rename(cpath(a), cpath(b)) < 0) wf_err_from_errno(cpath(a));
    else r = none();
    wf_decref(a);
    wf_decref(b);
    return r;
}

static WfValue os_rename(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return rename_impl(args, nargs, "rename");
}

static WfValue os_replace(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return rename_impl(args, nargs, "replace");
}

static WfValue os_listdir(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("listdir", nargs, 0, 1) < 0) return WF_NULL;
    WfValue p = nargs && args[0] != WF_NONE ? fspath(args[0]) : wf_str_from_cstr(".");
    if (!p) return WF_NULL;
    DIR *d = opendir(cpath(p));
    if (!d) {
        wf_err_from_errno(cpath(p));
        wf_decref(p);
        return WF_NULL;
    }
    WfValue list = wf_list_new(0);
    struct dirent *e;
    while (list && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        WfValue s = path_result(p, e->d_name, strlen(e->d_name));
        if (!s || wf_list_append_steal(list, s) < 0) {
            wf_decref(list);
            list = WF_NULL;
        }
    }
    closedir(d);
    wf_decref(p);
    return list;
}

static WfValue stat_result(const struct stat *st) {
    WfValue items[18] = {
        wf_int_from_i64(st->st_mode), wf_int_from_u64(st->st_ino), wf_int_from_u64(st->st_dev),
        wf_int_from_u64(st->st_nlink), wf_int_from_i64(st->st_uid), wf_int_from_i64(st->st_gid),
        wf_int_from_i64(st->st_size),
        wf_int_from_i64(st->st_atim.tv_sec), wf_int_from_i64(st->st_mtim.tv_sec),
        wf_int_from_i64(st->st_ctim.tv_sec),
        wf_float_new((double)st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9),
        wf_float_new((double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9),
        wf_float_new((double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9),
        wf_int_from_i64((int64_t)st->st_atim.tv_sec * 1000000000 + st->st_atim.tv_nsec),
        wf_int_from_i64((int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec),
        wf_int_from_i64((int64_t)st->st_ctim.tv_sec * 1000000000 + st->st_ctim.tv_nsec),
        wf_int_from_i64(st->st_blksize), wf_int_from_i64(st->st_blocks),
    };
    return wf_structseq_new_steal(&stat_result_type, items);
}

static WfValue do_stat(WfValue *args, size_t nargs, WfValue kwnames, const char *name, bool follow) {
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks"};
    WfValue a[3];
    if (wf_args_parse(name, args, nargs, kwnames, names, 3, 1, 1, a) < 0) return WF_NULL;
    if (a[2]) {
        int t = wf_is_true(a[2]);
        if (t < 0) return WF_NULL;
        follow = follow && t;
    }
    struct stat st;
    if (wf_is_int(a[0])) {
        int64_t fd = wf_index_i64(a[0], NULL);
        if (fstat((int)fd, &st) < 0) { wf_err_from_errno(NULL); return WF_NULL; }
        return stat_result(&st);
    }
    WfValue p = fspath(a[0]);
    if (!p) return WF_NULL;
    int r = follow ? stat(cpath(p), &st) : lstat(cpath(p), &st);
    if (r < 0) {
        wf_err_from_errno(cpath(p));
        wf_decref(p);
        return WF_NULL;
    }
    wf_decref(p);
    return stat_result(&st);
}

static WfValue os_stat(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return do_stat(args, nargs, kwnames, "stat", true);
}

static WfValue os_lstat(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return do_stat(args, nargs, kwnames, "lstat", false);
}

static WfValue os_access(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("access", nargs, 2, 2) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    int64_t mode = wf_index_i64(args[1], NULL);
    if (mode == -1 && wf_err_occurred()) { wf_decref(p); return WF_NULL; }
    int r = access(cpath(p), (int)mode);
    wf_decref(p);
    return wf_bool(r == 0);
}

static WfValue os_fspath(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("fspath", nargs, 1, 1) < 0) return WF_NULL;
    return fspath(args[0]);
}

static WfValue os_strerror(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("strerror", nargs, 1, 1) < 0) return WF_NULL;
    int64_t code = wf_index_i64(args[0], NULL);
    if (code == -1 && wf_err_occurred()) return WF_NULL;
    return wf_str_from_cstr(strerror((int)code));
}

static WfValue os_urandom(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("urandom", nargs, 1, 1) < 0) return WF_NULL;
    int64_t n = wf_index_i64(args[0], NULL);
    if (n == -1 && wf_err_occurred()) return WF_NULL;
    if (n < 0) {
        wf_err_set_str(wf_ValueError, "negative argument not allowed");
        return WF_NULL;
    }
    unsigned char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return wf_err_no_memory();
    size_t got = 0;
    while (got < (size_t)n) {
        ssize_t r = getrandom(buf + got, (size_t)n - got, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            free(buf);
            wf_err_from_errno(NULL);
            return WF_NULL;
        }
        got += (size_t)r;
    }
    WfValue b = wf_bytes_new(buf, (size_t)n);
    free(buf);
    return b;
}

static WfValue os_system(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("system", nargs, 1, 1) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    wf_io_flush_std();
    int r;
    const char *cmd = cpath(p);
    WF_BLOCKING_BEGIN();
    r = system(cmd);
    WF_BLOCKING_END();
    wf_decref(p);
    return wf_int_from_i64(r);
}

static WfValue os_exit_now(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("_exit", nargs, 1, 1) < 0) return WF_NULL;
    int64_t code = wf_index_i64(args[0], NULL);
    if (code == -1 && wf_err_occurred()) return WF_NULL;
    _exit((int)code);
}

static WfValue os_kill(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("kill", nargs, 2, 2) < 0) return WF_NULL;
    int64_t pid = wf_index_i64(args[0], NULL);
    if (pid == -1 && wf_err_occurred()) return WF_NULL;
    int64_t sig = wf_index_i64(args[1], NULL);
    if (sig == -1 && wf_err_occurred()) return WF_NULL;
    if (kill((pid_t)pid, (int)sig) < 0) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return none();
}

// ---- low-level file descriptors --------------------------------------------------------------

static int fd_arg(WfValue v, int *fd) {
    int64_t n = wf_index_i64(v, NULL);
    if (n == -1 && wf_err_occurred()) return -1;
    *fd = (int)n;
    return 0;
}

static WfValue os_open(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"path", "flags", "mode", "dir_fd"};
    WfValue a[4];
    if (wf_args_parse("open", args, nargs, kwnames, names, 4, 2, 3, a) < 0) return WF_NULL;
    int flags, mode = 0777;
    if (fd_arg(a[1], &flags) < 0 || (a[2] && fd_arg(a[2], &mode) < 0)) return WF_NULL;
    WfValue p = fspath(a[0]);
    if (!p) return WF_NULL;
    int fd = open(cpath(p), flags | O_CLOEXEC, mode);
    if (fd < 0) {
        wf_err_from_errno(cpath(p));
        wf_decref(p);
        return WF_NULL;
    }
    wf_decref(p);
    return wf_int_from_i64(fd);
}

static WfValue os_close(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("close", nargs, 1, 1) < 0) return WF_NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return WF_NULL;
    if (close(fd) < 0) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return none();
}

static WfValue os_read(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("read", nargs, 2, 2) < 0) return WF_NULL;
    int fd, n;
    if (fd_arg(args[0], &fd) < 0 || fd_arg(args[1], &n) < 0) return WF_NULL;
    if (n < 0) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return wf_err_no_memory();
    ssize_t r;
    int err = 0;
    for (;;) {
        WF_BLOCKING_BEGIN();
        r = read(fd, buf, (size_t)n);
        err = r < 0 ? errno : 0;
        WF_BLOCKING_END();
        if (r >= 0 || err != EINTR) break;
        if (wf_eval_handle_breaker() < 0) { free(buf); return WF_NULL; }
    }
    if (r < 0) {
        free(buf);
        errno = err;
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    WfValue b = wf_bytes_new(buf, (size_t)r);
    free(buf);
    return b;
}

static WfValue os_write(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("write", nargs, 2, 2) < 0) return WF_NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return WF_NULL;
    const char *data;
    size_t n;
    if (wf_is_bytes(args[1])) {
        data = (const char *)WF_BYTES_DATA(args[1]);
        n = WF_BYTES_LEN(args[1]);
    } else if (!WF_IS_SMALLINT(args[1]) && wf_type_is_subtype(args[1]->type, &wf_bytearray_type)) {
        data = (const char *)((WfByteArray *)args[1])->data;
        n = ((WfByteArray *)args[1])->len;
    } else {
        wf_err_format(wf_TypeError, "a bytes-like object is required, not '%s'", wf_type_name(args[1]));
        return WF_NULL;
    }
    char *copy = malloc(n ? n : 1);
    if (!copy) return wf_err_no_memory();
    memcpy(copy, data, n);
    ssize_t r;
    int err = 0;
    WF_BLOCKING_BEGIN();
    do {
        r = write(fd, copy, n);
    } while (r < 0 && errno == EINTR);
    if (r < 0) err = errno;
    WF_BLOCKING_END();
    free(copy);
    if (r < 0) {
        errno = err;
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return wf_int_from_i64(r);
}

static WfValue os_pipe(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) {
        wf_err_from_errno(NULL);
        return WF_NULL;
    }
    return wf_tuple_pack(2, WF_FROM_SMALLINT(fds[0]), WF_FROM_SMALLINT(fds[1]));
}

static WfValue os_dup(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("dup", nargs, 1, 1) < 0) return WF_NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return WF_NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) { wf_err_from_errno(NULL); return WF_NULL; }
    return wf_int_from_i64(r);
}

static WfValue os_dup2(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("dup2", nargs, 2, 3) < 0) return WF_NULL;
    int a, b;
    if (fd_arg(args[0], &a) < 0 || fd_arg(args[1], &b) < 0) return WF_NULL;
    if (dup2(a, b) < 0) { wf_err_from_errno(NULL); return WF_NULL; }
    return wf_int_from_i64(b);
}

static WfValue os_isatty(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("isatty", nargs, 1, 1) < 0) return WF_NULL;
    int fd;
    if (fd_arg(args[0], &fd) < 0) return WF_NULL;
    return wf_bool(isatty(fd));
}

static WfValue os_lseek(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("lseek", nargs, 3, 3) < 0) return WF_NULL;
    int fd, how;
    if (fd_arg(args[0], &fd) < 0 || fd_arg(args[2], &how) < 0) return WF_NULL;
    int64_t pos = wf_index_i64(args[1], NULL);
    if (pos == -1 && wf_err_occurred()) return WF_NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0) { wf_err_from_errno(NULL); return WF_NULL; }
    return wf_int_from_i64(r);
}

static const WfMethodDef os_functions[] = {
    {"getpid", os_getpid, 0, NULL}, {"getppid", os_getppid, 0, NULL}, {"getuid", os_getuid, 0, NULL},
    {"cpu_count", os_cpu_count, 0, NULL}, {"getenv", os_getenv, 0, NULL},
    {"putenv", os_putenv, 0, NULL}, {"unsetenv", os_unsetenv, 0, NULL},
    {"getcwd", os_getcwd, 0, NULL}, {"chdir", os_chdir, 0, NULL}, {"listdir", os_listdir, 0, NULL},
    {"mkdir", os_mkdir, 0, NULL}, {"makedirs", os_makedirs, 0, NULL}, {"remove", os_remove, 0, NULL},
    {"unlink", os_unlink, 0, NULL}, {"rmdir", os_rmdir, 0, NULL}, {"rename", os_rename, 0, NULL},
    {"replace", os_replace, 0, NULL}, {"stat", os_stat, 0, NULL}, {"lstat", os_lstat, 0, NULL},
    {"access", os_access, 0, NULL}, {"fspath", os_fspath, 0, NULL}, {"strerror", os_strerror, 0, NULL},
    {"urandom", os_urandom, 0, NULL}, {"system", os_system, 0, NULL}, {"_exit", os_exit_now, 0, NULL},
    {"kill", os_kill, 0, NULL}, {"open", os_open, 0, NULL}, {"close", os_close, 0, NULL},
    {"read", os_read, 0, NULL}, {"write", os_write, 0, NULL}, {"pipe", os_pipe, 0, NULL},
    {"dup", os_dup, 0, NULL}, {"dup2", os_dup2, 0, NULL}, {"isatty", os_isatty, 0, NULL},
    {"lseek", os_lseek, 0, NULL},
    {NULL, NULL, 0, NULL},
};

// ---- os.path ---------------------------------------------------------------------------------

// normpath on a C string; returns a malloc'd string.
static char *norm(const char *path) {
    size_t n = strlen(path);
    if (n == 0) return strdup(".");
    int initial = 0;
    if (path[0] == '/') {
        initial = 1;
        if (path[1] == '/' && path[2] != '/') initial = 2;
    }
    char *out = malloc(n + 3);
    if (!out) return NULL;
    // Components stack as offsets into out.
    size_t *starts = malloc((n / 2 + 2) * sizeof *starts);
    if (!starts) { free(out); return NULL; }
    size_t ncomp = 0, len = 0;
    for (int i = 0; i < initial; i++) out[len++] = '/';
    size_t base = len;
    const char *p = path;
    while (*p) {
        while (*p == '/') p++;
        if (!*p) break;
        const char *e = p;
        while (*e && *e != '/') e++;
        size_t cl = (size_t)(e - p);
        if (cl == 1 && p[0] == '.') {
            // skip
        } else if (cl == 2 && p[0] == '.' && p[1] == '.' &&
                   (ncomp > 0 && !(out[starts[ncomp - 1]] == '.' && out[starts[ncomp - 1] + 1] == '.' &&
                                   (starts[ncomp - 1] + 2 == len)))) {
            len = starts[--ncomp];
            if (len > base) len--;   // drop the separator before it
        } else if (cl == 2 && p[0] == '.' && p[1] == '.' && initial) {
            // ".." at the root stays at the root
        } else {
            if (len > base) out[len++] = '/';
            starts[ncomp++] = len;
            memcpy(out + len, p, cl);
            len += cl;
        }
        p = e;
    }
    if (len == 0) out[len++] = '.';
    out[len] = '\0';
    free(starts);
    return out;
}

static WfValue path_normpath(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("normpath", nargs, 1, 1) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    char *r = norm(cpath(p));
    WfValue res = r ? path_result(p, r, strlen(r)) : wf_err_no_memory();
    free(r);
    wf_decref(p);
    return res;
}

static WfValue path_join(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("join", kwnames) < 0) return WF_NULL;
    if (nargs == 0) {
        wf_err_set_str(wf_TypeError, "join() missing 1 required positional argument: 'a'");
        return WF_NULL;
    }
    WfStrBuf b;
    wf_strbuf_init(&b);
    WfValue first = WF_NULL;
    for (size_t i = 0; i < nargs; i++) {
        WfValue p = fspath(args[i]);
        if (!p) { wf_strbuf_free(&b); wf_xdecref(first); return WF_NULL; }
        if (!first) first = wf_newref(p);
        else if (wf_is_str(p) != wf_is_str(first)) {
            wf_err_set_str(wf_TypeError, "Can't mix strings and bytes in path components");
            wf_decref(p);
            wf_decref(first);
            wf_strbuf_free(&b);
            return WF_NULL;
        }
        const char *s = cpath(p);
        if (s[0] == '/') b.len = 0;
        else if (b.len > 0 && b.data[b.len - 1] != '/') wf_strbuf_append_char(&b, '/');
        wf_strbuf_append_cstr(&b, s);
        wf_decref(p);
    }
    WfValue r;
    if (wf_is_bytes(first)) {
        r = wf_bytes_new(b.data ? b.data : "", b.len);
        wf_strbuf_free(&b);
    } else {
        r = wf_strbuf_finish(&b);
    }
    wf_decref(first);
    return r;
}

// Index just past the last '/' of [s] (0 if none).
static size_t split_point(const char *s) {
    const char *slash = strrchr(s, '/');
    return slash ? (size_t)(slash - s) + 1 : 0;
}

// The head of a split: [s, i) with trailing slashes removed unless all slashes.
static size_t head_len(const char *s, size_t i) {
    size_t h = i;
    while (h > 0 && s[h - 1] == '/') h--;
    if (h == 0) return i;   // all slashes: keep them
    return h;
}

static WfValue path_split(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("split", nargs, 1, 1) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    const char *s = cpath(p);
    size_t i = split_point(s);
    WfValue head = path_result(p, s, head_len(s, i));
    WfValue tail = path_result(p, s + i, strlen(s + i));
    WfValue r = head && tail ? wf_tuple_pack(2, head, tail) : WF_NULL;
    wf_xdecref(head);
    wf_xdecref(tail);
    wf_decref(p);
    return r;
}

static WfValue path_basename(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("basename", nargs, 1, 1) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    const char *s = cpath(p);
    size_t i = split_point(s);
    WfValue r = path_result(p, s + i, strlen(s + i));
    wf_decref(p);
    return r;
}

static WfValue path_dirname(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("dirname", nargs, 1, 1) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    const char *s = cpath(p);
    WfValue r = path_result(p, s, head_len(s, split_point(s)));
    wf_decref(p);
    return r;
}

static WfValue path_splitext(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("splitext", nargs, 1, 1) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    const char *s = cpath(p);
    size_t n = strlen(s), base = split_point(s);
    const char *dot = strrchr(s + base, '.');
    size_t cut = n;
    if (dot) {
        // The dot must follow at least one non-dot character of the base name.
        for (const char *q = s + base; q < dot; q++)
            if (*q != '.') { cut = (size_t)(dot - s); break; }
    }
    WfValue a = path_result(p, s, cut), b = path_result(p, s + cut, n - cut);
    WfValue r = a && b ? wf_tuple_pack(2, a, b) : WF_NULL;
    wf_xdecref(a);
    wf_xdecref(b);
    wf_decref(p);
    return r;
}

static char *absolute(const char *s) {
    if (s[0] == '/') return norm(s);
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) return NULL;
    size_t n = strlen(cwd) + strlen(s) + 2;
    char *joined = malloc(n);
    if (!joined) return NULL;
    snprintf(joined, n, "%s/%s", cwd, s);
    char *r = norm(joined);
    free(joined);
    return r;
}

static WfValue path_abspath(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("abspath", nargs, 1, 1) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    char *r = absolute(cpath(p));
    WfValue res = r ? path_result(p, r, strlen(r)) : (wf_err_from_errno(NULL), WF_NULL);
    free(r);
    wf_decref(p);
    return res;
}

static WfValue path_realpath(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("realpath", nargs, 1, 2) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    char *r = realpath(cpath(p), NULL);
    if (!r) {
        // A missing tail: resolve the longest existing prefix, keep the rest.
        char *abs = absolute(cpath(p));
        if (abs) {
            size_t n = strlen(abs);
            for (size_t i = n; i > 0; i--) {
                if (abs[i - 1] != '/' && i != n) continue;
                char save = abs[i];
                abs[i] = '\0';
                char *head = realpath(abs, NULL);
                abs[i] = save;
                if (head) {
                    size_t m = strlen(head) + strlen(abs + i) + 2;
                    r = malloc(m);
                    if (r) snprintf(r, m, "%s%s%s", head, (abs[i] && head[strlen(head) - 1] != '/' && abs[i] != '/') ? "/" : "", abs + i);
                    free(head);
                    break;
                }
            }
            if (!r) r = abs;
            else free(abs);
        }
    }
    WfValue res = r ? path_result(p, r, strlen(r)) : wf_err_no_memory();
    free(r);
    wf_decref(p);
    return res;
}

static WfValue path_relpath(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("relpath", nargs, 1, 2) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    if (WF_STR_LEN(p) == 0) {
        wf_decref(p);
        wf_err_set_str(wf_ValueError, "no path specified");
        return WF_NULL;
    }
    WfValue start = nargs == 2 && args[1] != WF_NONE ? fspath(args[1]) : wf_str_from_cstr(".");
    if (!start) { wf_decref(p); return WF_NULL; }
    char *a = absolute(cpath(p)), *b = absolute(cpath(start));
    WfValue res = WF_NULL;
    if (!a || !b) { wf_err_no_memory(); goto done; }
    // Common prefix by components.
    size_t i = 0, last = 0;
    while (a[i] && b[i] && a[i] == b[i]) {
        i++;
        if (a[i - 1] == '/') last = i;
    }
    if ((!a[i] && (b[i] == '/' || !b[i])) || (!b[i] && a[i] == '/')) last = i;
    WfStrBuf buf;
    wf_strbuf_init(&buf);
    // One ".." per remaining component of b.
    const char *rest_b = b + last;
    while (*rest_b == '/') rest_b++;
    while (*rest_b) {
        if (buf.len) wf_strbuf_append_char(&buf, '/');
        wf_strbuf_append_cstr(&buf, "..");
        const char *s = strchr(rest_b, '/');
        if (!s) break;
        rest_b = s + 1;
    }
    const char *rest_a = a + last;
    while (*rest_a == '/') rest_a++;
    if (*rest_a) {
        if (buf.len) wf_strbuf_append_char(&buf, '/');
        wf_strbuf_append_cstr(&buf, rest_a);
    }
    if (!buf.len) wf_strbuf_append_char(&buf, '.');
    res = wf_strbuf_finish(&buf);
done:
    free(a);
    free(b);
    wf_decref(p);
    wf_decref(start);
    return res;
}

// exists / isfile / isdir / islink / getsize / getmtime.
static int stat_path(WfValue v, struct stat *st, bool follow) {
    WfValue p = fspath(v);
    if (!p) return -1;
    int r = follow ? stat(cpath(p), st) : lstat(cpath(p), st);
    if (r < 0) errno = errno ? errno : ENOENT;
    int saved = errno;
    if (r < 0) {
        wf_decref(p);
        errno = saved;
        return 1;
    }
    wf_decref(p);
    return 0;
}

#define PATH_PRED(pyname, follow, expr)                                                         \
    static WfValue path_##pyname(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) { \
        if (wf_args_count(#pyname, nargs, 1, 1) < 0) return WF_NULL;                           \
        if (wf_is_int(args[0]) && !wf_is_str(args[0])) {                                        \
            struct stat st;                                                                     \
            int64_t fd = wf_index_i64(args[0], NULL);                                           \
            if (fstat((int)fd, &st) < 0) return wf_bool(false);                                 \
            return wf_bool(expr);                                                               \
        }                                                                                       \
        struct stat st;                                                                         \
        int r = stat_path(args[0], &st, follow);                                                \
        if (r < 0) {                                                                            \
            if (wf_err_matches(wf_TypeError)) return WF_NULL;                                   \
            wf_err_clear();                                                                     \
            return wf_bool(false);                                                              \
        }                                                                                       \
        if (r > 0) return wf_bool(false);                                                       \
        return wf_bool(expr);                                                                   \
    }

PATH_PRED(exists, true, true)
PATH_PRED(lexists, false, true)
PATH_PRED(isfile, true, S_ISREG(st.st_mode))
PATH_PRED(isdir, true, S_ISDIR(st.st_mode))
PATH_PRED(islink, false, S_ISLNK(st.st_mode))

static WfValue stat_attr(WfValue *args, size_t nargs, const char *name, int which) {
    if (wf_args_count(name, nargs, 1, 1) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    struct stat st;
    if (stat(cpath(p), &st) < 0) {
        wf_err_from_errno(cpath(p));
        wf_decref(p);
        return WF_NULL;
    }
    wf_decref(p);
    switch (which) {
    case 0: return wf_int_from_i64(st.st_size);
    case 1: return wf_float_new((double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9);
    case 2: return wf_float_new((double)st.st_atim.tv_sec + st.st_atim.tv_nsec * 1e-9);
    default: return wf_float_new((double)st.st_ctim.tv_sec + st.st_ctim.tv_nsec * 1e-9);
    }
}

static WfValue path_getsize(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return stat_attr(args, nargs, "getsize", 0);
}
static WfValue path_getmtime(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return stat_attr(args, nargs, "getmtime", 1);
}
static WfValue path_getatime(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return stat_attr(args, nargs, "getatime", 2);
}
static WfValue path_getctime(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return stat_attr(args, nargs, "getctime", 3);
}

static WfValue path_isabs(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("isabs", nargs, 1, 1) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    bool r = cpath(p)[0] == '/';
    wf_decref(p);
    return wf_bool(r);
}

static WfValue path_expanduser(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("expanduser", nargs, 1, 1) < 0) return WF_NULL;
    WfValue p = fspath(args[0]);
    if (!p) return WF_NULL;
    const char *s = cpath(p);
    if (s[0] != '~') return p;
    const char *rest = s + 1;
    const char *slash = strchr(rest, '/');
    size_t ulen = slash ? (size_t)(slash - rest) : strlen(rest);
    const char *home = NULL;
    if (ulen == 0) {
        home = getenv("HOME");
        if (!home) {
            struct passwd *pw = getpwuid(getuid());
            home = pw ? pw->pw_dir : NULL;
        }
    } else {
        char user[256];
        if (ulen < sizeof user) {
            memcpy(user, rest, ulen);
            user[ulen] = '\0';
            struct passwd *pw = getpwnam(user);
            home = pw ? pw->pw_dir : NULL;
        }
    }
    if (!home) return p;
    size_t hl = strlen(home);
    while (hl > 1 && home[hl - 1] == '/') hl--;
    WfStrBuf b;
    wf_strbuf_init(&b);
    wf_strbuf_append(&b, home, hl);
    wf_strbuf_append_cstr(&b, rest + ulen);
    if (b.len == 0) wf_strbuf_append_char(&b, '/');
    wf_decref(p);
    return wf_strbuf_finish(&b);
}

static WfValue path_commonprefix(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("commonprefix", nargs, 1, 1) < 0) return WF_NULL;
    WfValue list = wf_list_from_iterable(args[0]);
    if (!list) return WF_NULL;
    size_t n = WF_LIST_LEN(list);
    if (n == 0) { wf_decref(list); return wf_str_from_cstr(""); }
    WfValue first = WF_LIST_ITEMS(list)[0];
    if (!wf_is_str(first)) { wf_decref(list); wf_err_set_str(wf_TypeError, "expected str"); return WF_NULL; }
    size_t len = WF_STR_LEN(first);
    for (size_t i = 1; i < n; i++) {
        WfValue s = WF_LIST_ITEMS(list)[i];
        if (!wf_is_str(s)) { wf_decref(list); wf_err_set_str(wf_TypeError, "expected str"); return WF_NULL; }
        size_t k = 0;
        while (k < len && k < WF_STR_LEN(s) && WF_STR_DATA(s)[k] == WF_STR_DATA(first)[k]) k++;
        len = k;
    }
    while (len > 0 && (WF_STR_DATA(first)[len] & 0xc0) == 0x80) len--;
    WfValue r = wf_str_from_utf8(WF_STR_DATA(first), len);
    wf_decref(list);
    return r;
}

static const WfMethodDef path_functions[] = {
    {"join", path_join, 0, NULL}, {"split", path_split, 0, NULL}, {"splitext", path_splitext, 0, NULL},
    {"basename", path_basename, 0, NULL}, {"dirname", path_dirname, 0, NULL},
    {"normpath", path_normpath, 0, NULL}, {"abspath", path_abspath, 0, NULL},
    {"realpath", path_realpath, 0, NULL}, {"relpath", path_relpath, 0, NULL},
    {"exists", path_exists, 0, NULL}, {"lexists", path_lexists, 0, NULL},
    {"isfile", path_isfile, 0, NULL}, {"isdir", path_isdir, 0, NULL}, {"islink", path_islink, 0, NULL},
    {"isabs", path_isabs, 0, NULL}, {"getsize", path_getsize, 0, NULL},
    {"getmtime", path_getmtime, 0, NULL}, {"getatime", path_getatime, 0, NULL},
    {"getctime", path_getctime, 0, NULL}, {"expanduser", path_expanduser, 0, NULL},
    {"commonprefix", path_commonprefix, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int set_str(WfValue m, const char *name, const char *v) {
    return wf_module_set_steal(m, name, wf_str_from_cstr(v));
}

WfValue wf_posixpath_module_init(void) {
    if (posixpath_module) return wf_newref(posixpath_module);
    WfValue m = wf_module_new("posixpath");
    if (!m) return WF_NULL;
    if (wf_module_add_functions(m, path_functions) < 0 || set_str(m, "sep", "/") < 0 ||
        set_str(m, "altsep", "") < 0 || set_str(m, "extsep", ".") < 0 || set_str(m, "pathsep", ":") < 0 ||
        set_str(m, "curdir", ".") < 0 || set_str(m, "pardir", "..") < 0 ||
        set_str(m, "devnull", "/dev/null") < 0 || wf_module_set(m, "altsep", WF_NONE) < 0) {
        wf_decref(m);
        return WF_NULL;
    }
    posixpath_module = wf_newref(m);
    return m;
}

static WfValue environ_dict(void) {
    WfValue d = wf_dict_new();
    if (!d) return WF_NULL;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        WfValue k = wf_str_from_utf8(*e, (size_t)(eq - *e)), v = wf_str_from_cstr(eq + 1);
        if (!k || !v || wf_dict_set(d, k, v) < 0) {
            wf_xdecref(k);
            wf_xdecref(v);
            wf_decref(d);
            return WF_NULL;
        }
        wf_decref(k);
        wf_decref(v);
    }
    return d;
}

WfValue wf_os_module_init(void) {
    if (wf_type_ready(&stat_result_type.type) < 0) return WF_NULL;
    WfValue m = wf_module_new("os");
    if (!m) return WF_NULL;
    WfValue path = wf_posixpath_module_init();
    if (!path) { wf_decref(m); return WF_NULL; }
    static const struct { const char *name; int value; } ints[] = {
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
        {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
        {"O_CLOEXEC", O_CLOEXEC}, {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
        {"WNOHANG", WNOHANG},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (wf_module_set_steal(m, ints[i].name, wf_int_from_i64(ints[i].value)) < 0) goto error;
    if (wf_module_add_functions(m, os_functions) < 0 || wf_module_set(m, "path", path) < 0 ||
        set_str(m, "sep", "/") < 0 || set_str(m, "extsep", ".") < 0 || set_str(m, "pathsep", ":") < 0 ||
        set_str(m, "linesep", "\n") < 0 || set_str(m, "name", "posix") < 0 ||
        set_str(m, "curdir", ".") < 0 || set_str(m, "pardir", "..") < 0 ||
        set_str(m, "devnull", "/dev/null") < 0 || wf_module_set(m, "altsep", WF_NONE) < 0 ||
        wf_module_set(m, "error", WF_TYPE_VALUE(wf_OSError)) < 0 ||
        wf_module_set(m, "stat_result", WF_TYPE_VALUE(&stat_result_type.type)) < 0 ||
        wf_module_set_steal(m, "environ", environ_dict()) < 0)
        goto error;
    wf_decref(path);
    // os.walk and friends are written in Weft (stdlib/_os_extras.wf). Without
    // the stdlib folder they are simply absent.
    WfValue extras = wf_import_cstr("_os_extras");
    if (extras) {
        WfValue r = wf_call_method(extras, "install", &m, 1);
        wf_xdecref(r);
        wf_decref(extras);
    }
    if (wf_err_occurred()) wf_err_clear();
    return m;
error:
    wf_decref(path);
    wf_decref(m);
    return WF_NULL;
}
