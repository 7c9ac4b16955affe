// import.c — the module system: sys.modules cache, native modules
// (stdlib/modules.c) first, then the path (sys.path: script folder, WEFTPATH,
// installed stdlib/) with NAME.wf, NAME.py, NAME/__init__.wf, NAME/__init__.py
// and namespace folders; packages, relative imports, circular imports.
// Invariant: a source module is in sys.modules before its body runs and is
// removed again if the body raises. GIL: every function runs with it held.
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"
#include "vm/code.h"
#include "vm/compiler.h"
#include "vm/eval.h"
#include "vm/import.h"
#include "vm/import_ext.h"
#include "vm/tstate.h"

static WfValue initializing;   // owned: dict of module names whose body is running

// ---- helpers -------------------------------------------------------------------------------

static WfValue modules(void) {
    if (!wf_interp.modules) {
        WfValue sys = wf_sys_module_init();
        if (!sys) return WF_NULL;
        wf_decref(sys);
        if (!wf_interp.modules) {
            wf_err_set_str(wf_RuntimeError, "sys.modules is not initialised");
            return WF_NULL;
        }
    }
    return wf_interp.modules;
}

// sys.path as a new reference (the attribute of sys, which scripts may replace).
static WfValue search_path(void) {
    WfValue p = WF_NULL;
    if (wf_interp.sys) {
        int r = wf_dict_get_cstr_ref(wf_module_dict(wf_interp.sys), "path", &p);
        if (r < 0) return WF_NULL;
        if (r > 0) return p;
    }
    if (wf_interp.path) return wf_newref(wf_interp.path);
    return wf_list_new(0);
}

// ModuleNotFoundError(msg) with .name = [name].
static void raise_not_found(const char *name, const char *fmt_extra) {
    WfValue exc = fmt_extra
        ? wf_exc_new_format(wf_ModuleNotFoundError, "No module named '%s'; %s", name, fmt_extra)
        : wf_exc_new_format(wf_ModuleNotFoundError, "No module named '%s'", name);
    if (!exc) return;
    WfValue n = wf_str_from_cstr(name);
    if (n) {
        wf_setattr_cstr(exc, "name", n);
        wf_decref(n);
    }
    if (wf_err_occurred()) wf_err_clear();
    wf_err_set_obj(exc);
    wf_decref(exc);
}

// Reads a whole file into a malloc'd NUL-terminated buffer. NULL with OSError set.
static char *read_file(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        wf_err_from_errno(path);
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    if (!buf) { close(fd); wf_err_no_memory(); return NULL; }
    for (;;) {
        if (n + 1 >= cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) { free(buf); close(fd); wf_err_no_memory(); return NULL; }
            buf = nb;
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            free(buf);
            close(fd);
            errno = e;
            wf_err_from_errno(path);
            return NULL;
        }
        if (r == 0) break;
        n += (size_t)r;
    }
    close(fd);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

// "dir/leaf" made absolute when dir is "" (the current folder). malloc'd.
static char *join_path(const char *dir, const char *leaf, const char *suffix) {
    char cwd[4096];
    const char *base = dir;
    if (!*dir) {
        if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, ".");
        base = cwd;
    }
    size_t n = strlen(base) + strlen(leaf) + strlen(suffix) + 2;
    char *p = malloc(n);
    if (!p) return NULL;
    snprintf(p, n, "%s%s%s%s", base, (*base && base[strlen(base) - 1] == '/') ? "" : "/", leaf, suffix);
    return p;
}

typedef struct Found {
    char *file;      // malloc'd: the source file, or NULL for a namespace package
    char *pkgdir;    // malloc'd: the package folder (packages only)
} Found;

static void found_free(Found *f) {
    free(f->file);
    free(f->pkgdir);
    f->file = f->pkgdir = NULL;
}

// Looks [leaf] up along [dirs] (a list of str). 1 found, 0 not found, -1 error.
static int find_module(WfValue dirs, const char *leaf, Found *out) {
    static const char *const suffixes[] = {".wf", ".py"};
    static const char *const inits[] = {"/__init__.wf", "/__init__.py"};
    out->file = out->pkgdir = NULL;
    char *namespace_dir = NULL;
    if (!wf_is_list(dirs) && !wf_is_tuple(dirs)) return 0;
    size_t n = wf_is_list(dirs) ? WF_LIST_LEN(dirs) : WF_TUPLE_LEN(dirs);
    for (size_t i = 0; i < n; i++) {
        WfValue e = wf_is_list(dirs) ? WF_LIST_ITEMS(dirs)[i] : WF_TUPLE_GET(dirs, i);
        if (!wf_is_str(e)) continue;
        const char *dir = WF_STR_DATA(e);
        char *pkg = join_path(dir, leaf, "");
        if (!pkg) goto nomem;
        if (is_dir(pkg)) {
            for (int k = 0; k < 2; k++) {
                char *init = join_path(dir, leaf, inits[k]);
                if (!init) { free(pkg); goto nomem; }
                if (is_file(init)) {
                    out->file = init;
                    out->pkgdir = pkg;
                    free(namespace_dir);
                    return 1;
                }
                free(init);
            }
        }
        for (int k = 0; k < 2; k++) {
            char *file = join_path(dir, leaf, suffixes[k]);
            if (!file) { free(pkg); goto nomem; }
            if (is_file(file)) {
                out->file = file;
                free(pkg);
                free(namespace_dir);
                return 1;
            }
            free(file);
        }
        if (!namespace_dir && is_dir(pkg)) namespace_dir = pkg;
        else free(pkg);
    }
    if (namespace_dir) {
        out->pkgdir = namespace_dir;
        return 1;
    }
    return 0;
nomem:
    free(namespace_dir);
    wf_err_no_memory();
    return -1;
}

static int set_str_attr(WfValue dict, const char *name, const char *value) {
    WfValue v = value ? wf_str_from_cstr(value) : wf_newref(WF_NONE);
    if (!v) return -1;
    int r = wf_dict_set_cstr(dict, name, v);
    wf_decref(v);
    return r;
}

// The parent package name of [fullname] ("" for a top-level module), malloc'd.
static char *parent_name(const char *fullname) {
    const char *dot = strrchr(fullname, '.');
    size_t n = dot ? (size_t)(dot - fullname) : 0;
    char *p = malloc(n + 1);
    if (!p) return NULL;
    memcpy(p, fullname, n);
    p[n] = '\0';
    return p;
}

// Sets the attributes every module gets. 0 ok, -1 error.
static int init_module_dict(WfValue d, const char *file, const char *package, const char *pkgdir) {
    if (set_str_attr(d, "__file__", file) < 0) return -1;
    if (set_str_attr(d, "__package__", package) < 0) return -1;
    if (wf_dict_set_cstr(d, "__spec__", WF_NONE) < 0) return -1;
    if (wf_dict_set_cstr(d, "__loader__", WF_NONE) < 0) return -1;
    if (wf_dict_set_cstr(d, "__cached__", WF_NONE) < 0) return -1;
    if (wf_interp.builtins && wf_dict_set_cstr(d, "__builtins__", wf_interp.builtins) < 0) return -1;
    if (pkgdir) {
        WfValue p = wf_list_new(0), s = wf_str_from_cstr(pkgdir);
        if (!p || !s || wf_list_append(p, s) < 0 || wf_dict_set_cstr(d, "__path__", p) < 0) {
            wf_xdecref(p);
            wf_xdecref(s);
            return -1;
        }
        wf_decref(p);
        wf_decref(s);
    }
    return 0;
}

// Compiles [src] from [file] and runs it in [module]'s dict; a top-level
// await makes the body a coroutine, which asyncio.run drives. New ref or NULL.
static WfValue exec_source(WfValue module, const char *src, size_t len, const char *file, int flags) {
    WfValue code = wf_compile_source(src, len, file, WF_COMPILE_FILE, flags, NULL);
    if (!code) return WF_NULL;
    WfValue d = wf_module_dict(module);
    WfValue r = wf_eval_code(code, d, d);
    if (r && (((WfCode *)code)->flags & WF_CO_COROUTINE)) {
        WfValue asyncio = wf_import_cstr("asyncio");
        WfValue run = asyncio ? wf_getattr_cstr(asyncio, "run") : WF_NULL;
        WfValue v = run ? wf_call1(run, r) : WF_NULL;
        wf_xdecref(run);
        wf_xdecref(asyncio);
        wf_decref(r);
        r = v;
    }
    wf_decref(code);
    return r;
}

// Loads the module [fullname] found at [found]. Returns a new reference.
static WfValue load_found(const char *fullname, Found *found) {
    WfValue mods = modules();
    if (!mods) return WF_NULL;
    WfValue m = wf_module_new(fullname), key = WF_NULL, result = WF_NULL;
    char *src = NULL, *pkg = NULL;
    if (!m) return WF_NULL;
    WfValue d = wf_module_dict(m);
    pkg = found->pkgdir ? strdup(fullname) : parent_name(fullname);
    if (!pkg) { wf_err_no_memory(); goto done; }
    if (init_module_dict(d, found->file, pkg, found->pkgdir) < 0) goto done;
    key = wf_str_from_cstr(fullname);
    if (!key) goto done;
    if (!found->file) {   // namespace package: nothing to run
        if (wf_dict_set(mods, key, m) < 0) goto done;
        result = wf_newref(m);
        goto done;
    }
    size_t len;
    src = read_file(found->file, &len);
    if (!src) goto done;
    if (!initializing && !(initializing = wf_dict_new())) goto done;
    if (wf_dict_set(mods, key, m) < 0) goto done;
    if (wf_dict_set(initializing, key, WF_TRUE) < 0) goto done;
    WfValue r = exec_source(m, src, len, found->file, 0);
    if (!r) {
        WfValue exc = wf_err_fetch();
        wf_dict_pop_opt(mods, key);
        wf_dict_pop_opt(initializing, key);
        if (wf_err_occurred()) wf_err_clear();
        wf_err_restore_steal(exc);
        goto done;
    }
    wf_decref(r);
    wf_dict_pop_opt(initializing, key);
    int got = wf_dict_get_ref(mods, key, &result);
    if (got < 0) goto done;
    if (got == 0) {
        wf_err_format(wf_ImportError, "Loaded module %s not found in sys.modules", fullname);
        goto done;
    }
done:
    free(src);
    free(pkg);
    wf_xdecref(key);
    wf_decref(m);
    return result;
}

// Imports one module whose parent (if any) is already imported as [parent].
static WfValue import_one(const char *fullname, WfValue parent) {
    WfValue mods = modules();
    if (!mods) return WF_NULL;
    WfValue m;
    const char *leaf = strrchr(fullname, '.');
    leaf = leaf ? leaf + 1 : fullname;
    int r = wf_dict_get_cstr_ref(mods, fullname, &m);
    if (r < 0) return WF_NULL;
    if (r > 0) {
        if (m == WF_NONE) {
            wf_decref(m);
            WfValue exc = wf_exc_new_format(wf_ModuleNotFoundError,
                                            "import of %s halted; None in sys.modules", fullname);
            if (exc) { wf_err_set_obj(exc); wf_decref(exc); }
            return WF_NULL;
        }
        return m;
    }
    for (const WfNativeModule *nm = wf_native_modules; nm->name; nm++) {
        if (strcmp(nm->name, fullname) == 0) {
            m = nm->init();
            if (!m) return WF_NULL;
            WfValue cached;
            r = wf_dict_get_cstr_ref(mods, fullname, &cached);
            if (r < 0) { wf_decref(m); return WF_NULL; }
            if (r > 0) { wf_decref(m); m = cached; }
            else if (wf_dict_set_cstr(mods, fullname, m) < 0) { wf_decref(m); return WF_NULL; }
            goto bind;
        }
    }
    WfValue dirs;
    if (parent) {
        r = wf_getattr_opt(parent, WF_ID(__path__), &dirs);
        if (r < 0) return WF_NULL;
        if (r == 0) {
            char *pn = parent_name(fullname);
            char extra[600];
            snprintf(extra, sizeof extra, "'%s' is not a package", pn ? pn : "");
            free(pn);
            raise_not_found(fullname, extra);
            return WF_NULL;
        }
    } else {
        dirs = search_path();
        if (!dirs) return WF_NULL;
    }
    Found found;
    r = find_module(dirs, leaf, &found);
    wf_decref(dirs);
    if (r < 0) return WF_NULL;
    if (r == 0) {
        raise_not_found(fullname, NULL);
        return WF_NULL;
    }
    m = load_found(fullname, &found);
    found_free(&found);
    if (!m) return WF_NULL;
bind:
    if (parent) {
        if (wf_setattr_cstr(parent, leaf, m) < 0) {
            wf_decref(m);
            return WF_NULL;
        }
    }
    return m;
}

// Imports every prefix of the absolute dotted [name]. Returns the leaf (new
// reference) and, if [top] is not NULL, the first component (new reference).
static WfValue import_dotted(const char *name, WfValue *top) {
    size_t n = strlen(name);
    char *buf = malloc(n + 1);
    if (!buf) return wf_err_no_memory();
    WfValue parent = WF_NULL, first = WF_NULL;
    size_t i = 0;
    for (;;) {
        const char *dot = strchr(name + i, '.');
        size_t end = dot ? (size_t)(dot - name) : n;
        memcpy(buf, name, end);
        buf[end] = '\0';
        if (end == i) {   // empty component: "a..b"
            wf_err_format(wf_ModuleNotFoundError, "No module named '%s'", name);
            goto error;
        }
        WfValue m = import_one(buf, parent);
        if (!m) goto error;
        if (!first) first = wf_newref(m);
        wf_xdecref(parent);
        parent = m;
        if (!dot) break;
        i = end + 1;
    }
    free(buf);
    if (top) *top = first;
    else wf_decref(first);
    return parent;
error:
    free(buf);
    wf_xdecref(parent);
    wf_xdecref(first);
    return WF_NULL;
}

WfValue wf_import_cstr(const char *name) {
    return import_dotted(name, NULL);
}

// The absolute name for a relative import of [name] at [level] from [globals].
// Returns a malloc'd string or NULL with ImportError set.
static char *resolve_name(WfValue name, WfValue globals, int level) {
    WfValue package = WF_NULL, modname = WF_NULL;
    char *result = NULL;
    if (!globals || !wf_is_dict(globals)) {
        wf_err_set_str(wf_KeyError, "'__name__' not in globals");
        return NULL;
    }
    int r = wf_dict_get_cstr_ref(globals, "__package__", &package);
    if (r < 0) return NULL;
    const char *pkg = NULL;
    char *pkg_owned = NULL;
    if (r > 0 && package != WF_NONE) {
        if (!wf_is_str(package)) {
            wf_err_set_str(wf_TypeError, "package must be a string");
            goto done;
        }
        pkg = WF_STR_DATA(package);
    } else {
        r = wf_dict_get_cstr_ref(globals, "__name__", &modname);
        if (r < 0) goto done;
        if (r == 0 || !wf_is_str(modname)) {
            wf_err_set_str(wf_KeyError, "'__name__' not in globals");
            goto done;
        }
        WfValue p;
        r = wf_dict_get_cstr_ref(globals, "__path__", &p);
        if (r < 0) goto done;
        if (r > 0) {
            wf_decref(p);
            pkg = WF_STR_DATA(modname);
        } else {
            pkg = pkg_owned = parent_name(WF_STR_DATA(modname));
            if (!pkg) { wf_err_no_memory(); goto done; }
        }
    }
    if (!*pkg) {
        wf_err_set_str(wf_ImportError, "attempted relative import with no known parent package");
        goto done;
    }
    size_t len = strlen(pkg);
    for (int k = 1; k < level; k++) {
        while (len > 0 && pkg[len - 1] != '.') len--;
        if (len == 0) {
            wf_err_set_str(wf_ImportError, "attempted relative import beyond top-level package");
            goto done;
        }
        len--;
    }
    size_t nlen = WF_STR_LEN(name);
    result = malloc(len + nlen + 2);
    if (!result) { wf_err_no_memory(); goto done; }
    memcpy(result, pkg, len);
    if (nlen) {
        result[len] = '.';
        memcpy(result + len + 1, WF_STR_DATA(name), nlen);
        result[len + 1 + nlen] = '\0';
    } else {
        result[len] = '\0';
    }
done:
    free(pkg_owned);
    wf_xdecref(package);
    wf_xdecref(modname);
    return result;
}

// from-list handling for a package: imports submodules named in [fromlist]
// that are not attributes yet. 0 ok, -1 error.
static int handle_fromlist(WfValue module, const char *absname, WfValue fromlist, bool recursive) {
    WfValue path;
    int r = wf_getattr_opt(module, WF_ID(__path__), &path);
    if (r <= 0) return r;
    wf_decref(path);
    WfValue it = wf_iter(fromlist), item;
    if (!it) return -1;
    while ((r = wf_iter_next_ref(it, &item)) > 0) {
        if (!wf_is_str(item)) {
            wf_err_format(wf_TypeError, "Item in %s.__all__ must be str, not %s", absname,
                          wf_type_name(item));
            wf_decref(item);
            r = -1;
            break;
        }
        if (wf_str_eq_cstr(item, "*")) {
            if (!recursive) {
                WfValue all;
                int a = wf_getattr_opt(module, WF_ID(__all__), &all);
                if (a < 0) { wf_decref(item); r = -1; break; }
                if (a > 0) {
                    a = handle_fromlist(module, absname, all, true);
                    wf_decref(all);
                    if (a < 0) { wf_decref(item); r = -1; break; }
                }
            }
            wf_decref(item);
            continue;
        }
        WfValue attr;
        int h = wf_getattr_opt(module, item, &attr);
        if (h < 0) { wf_decref(item); r = -1; break; }
        if (h > 0) { wf_decref(attr); wf_decref(item); continue; }
        size_t n = strlen(absname) + WF_STR_LEN(item) + 2;
        char *sub = malloc(n);
        if (!sub) { wf_decref(item); wf_err_no_memory(); r = -1; break; }
        snprintf(sub, n, "%s.%s", absname, WF_STR_DATA(item));
        wf_decref(item);
        WfValue m = import_dotted(sub, NULL);
        if (m) {
            wf_decref(m);
        } else if (wf_err_matches(wf_ModuleNotFoundError)) {
            // Only "this very submodule does not exist" is ignored.
            WfValue exc = wf_err_fetch(), nm = WF_NULL;
            bool same = false;
            if (wf_getattr_opt(exc, WF_ID(name), &nm) > 0) {
                same = wf_is_str(nm) && strcmp(WF_STR_DATA(nm), sub) == 0;
                wf_decref(nm);
            }
            if (wf_err_occurred()) wf_err_clear();
            if (same) wf_decref(exc);
            else { wf_err_restore_steal(exc); free(sub); r = -1; break; }
        } else {
            free(sub);
            r = -1;
            break;
        }
        free(sub);
    }
    wf_decref(it);
    return r < 0 ? -1 : 0;
}

static bool fromlist_empty(WfValue fromlist) {
    if (!fromlist || fromlist == WF_NONE) return true;
    if (wf_is_tuple(fromlist)) return WF_TUPLE_LEN(fromlist) == 0;
    if (wf_is_list(fromlist)) return WF_LIST_LEN(fromlist) == 0;
    int t = wf_is_true(fromlist);
    if (t < 0) { wf_err_clear(); return true; }
    return !t;
}

WfValue wf_import(WfValue name, WfValue globals, WfValue fromlist, int level) {
    if (!wf_is_str(name)) {
        wf_err_format(wf_TypeError, "module name must be str, not %s", wf_type_name(name));
        return WF_NULL;
    }
    bool empty = fromlist_empty(fromlist);
    if (level == 0) {
        if (WF_STR_LEN(name) == 0) {
            wf_err_set_str(wf_ValueError, "Empty module name");
            return WF_NULL;
        }
        WfValue mods = modules();
        if (!mods) return WF_NULL;
        // Fast path: an already-imported module, "import a" / "import a.b".
        if (empty) {
            wf_str_hash(name);
            WfValue m = wf_dict_get_str_borrowed(mods, name);
            if (m && m != WF_NONE) {
                const char *dot = strchr(WF_STR_DATA(name), '.');
                if (!dot) return wf_newref(m);
                WfValue topname = wf_str_from_utf8(WF_STR_DATA(name), (size_t)(dot - WF_STR_DATA(name)));
                if (!topname) return WF_NULL;
                WfValue t;
                int r = wf_dict_get_ref(mods, topname, &t);
                wf_decref(topname);
                if (r < 0) return WF_NULL;
                if (r > 0) return t;
            }
        }
    }
    char *absname;
    if (level > 0) {
        absname = resolve_name(name, globals, level);
        if (!absname) return WF_NULL;
    } else {
        absname = strdup(WF_STR_DATA(name));
        if (!absname) return wf_err_no_memory();
    }
    WfValue top = WF_NULL, result = WF_NULL;
    WfValue leaf = import_dotted(absname, &top);
    if (!leaf) goto done;
    if (!empty) {
        if (handle_fromlist(leaf, absname, fromlist, false) < 0) goto done;
        result = wf_newref(leaf);
    } else if (level == 0) {
        result = wf_newref(top);
    } else {
        // __import__('a.b', level=1) without fromlist: the package of the first
        // component of [name] below the resolved base.
        size_t cut = 0;
        const char *dot = strchr(WF_STR_DATA(name), '.');
        if (dot) cut = WF_STR_LEN(name) - (size_t)(dot - WF_STR_DATA(name));
        size_t alen = strlen(absname);
        absname[alen - cut] = '\0';
        WfValue mods = modules();
        if (mods) {
            int r = wf_dict_get_cstr_ref(mods, absname, &result);
            if (r == 0) wf_err_format(wf_KeyError, "'%s'", absname);
        }
    }
done:
    free(absname);
    wf_xdecref(leaf);
    wf_xdecref(top);
    return result;
}

WfValue wf_import_from(WfValue module, WfValue name) {
    WfValue out, modname = WF_NULL, file = WF_NULL, result = WF_NULL;
    int r = wf_getattr_opt(module, name, &out);
    if (r < 0) return WF_NULL;
    if (r > 0) return out;
    r = wf_getattr_opt(module, WF_ID(__name__), &modname);
    if (r < 0) return WF_NULL;
    if (r > 0 && wf_is_str(modname) && wf_is_str(name)) {
        WfValue full = wf_str_from_format("%s.%s", WF_STR_DATA(modname), WF_STR_DATA(name));
        if (!full) goto done;
        WfValue mods = modules();
        if (!mods) { wf_decref(full); goto done; }
        r = wf_dict_get_ref(mods, full, &out);
        wf_decref(full);
        if (r < 0) goto done;
        if (r > 0) { result = out; goto done; }
    }
    const char *mn = (modname && wf_is_str(modname)) ? WF_STR_DATA(modname) : "<unknown module name>";
    const char *nm = wf_is_str(name) ? WF_STR_DATA(name) : "?";
    r = wf_getattr_opt(module, WF_ID(__file__), &file);
    if (r < 0) goto done;
    const char *fn = (file && wf_is_str(file)) ? WF_STR_DATA(file) : "unknown location";
    bool partial = false;
    if (initializing && modname && wf_is_str(modname)) {
        WfValue v;
        if (wf_dict_get_ref(initializing, modname, &v) > 0) { partial = true; wf_decref(v); }
    }
    WfValue exc = partial
        ? wf_exc_new_format(wf_ImportError,
                            "cannot import name '%s' from partially initialized module '%s' "
                            "(most likely due to a circular import) (%s)", nm, mn, fn)
        : wf_exc_new_format(wf_ImportError, "cannot import name '%s' from '%s' (%s)", nm, mn, fn);
    if (!exc) goto done;
    if (modname) wf_setattr_cstr(exc, "name", modname);
    if (file && wf_is_str(file)) wf_setattr_cstr(exc, "path", file);
    if (wf_err_occurred()) wf_err_clear();
    wf_err_set_obj(exc);
    wf_decref(exc);
done:
    wf_xdecref(modname);
    wf_xdecref(file);
    return result;
}

int wf_import_star(WfValue module, WfValue locals) {
    WfValue all, names = WF_NULL;
    bool public_only = false;
    int r = wf_getattr_opt(module, WF_ID(__all__), &all);
    if (r < 0) return -1;
    if (r > 0) {
        names = all;
    } else {
        WfValue d;
        r = wf_getattr_opt(module, WF_ID(__dict__), &d);
        if (r < 0) return -1;
        if (r == 0) {
            wf_err_set_str(wf_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        names = wf_list_from_iterable(d);
        wf_decref(d);
        if (!names) return -1;
        public_only = true;
    }
    WfValue it = wf_iter(names), item;
    wf_decref(names);
    if (!it) return -1;
    while ((r = wf_iter_next_ref(it, &item)) > 0) {
        if (!wf_is_str(item)) {
            wf_err_format(wf_TypeError, "Item in %s must be str, not %s",
                          public_only ? "__dict__" : "__all__", wf_type_name(item));
            wf_decref(item);
            r = -1;
            break;
        }
        if (public_only && WF_STR_DATA(item)[0] == '_') { wf_decref(item); continue; }
        WfValue v = wf_getattr(module, item);
        if (!v) { wf_decref(item); r = -1; break; }
        int s = wf_is_dict(locals) ? wf_dict_set(locals, item, v) : wf_setitem(locals, item, v);
        wf_decref(v);
        wf_decref(item);
        if (s < 0) { r = -1; break; }
    }
    wf_decref(it);
    return r < 0 ? -1 : 0;
}

// Runs [path] as module [modname] with __package__ = [package].
static WfValue run_file(const char *path, const char *modname, const char *package) {
    WfValue mods = modules();
    if (!mods) return WF_NULL;
    size_t len;
    char *src = read_file(path, &len);
    if (!src) return WF_NULL;
    WfValue m = wf_module_new(modname);
    if (!m) { free(src); return WF_NULL; }
    WfValue d = wf_module_dict(m);
    WfValue ann = wf_dict_new();   // __main__ starts with an empty __annotations__, as in CPython
    int bad = !ann || wf_dict_set_cstr(d, "__annotations__", ann) < 0;
    wf_xdecref(ann);
    if (bad || init_module_dict(d, path, package, NULL) < 0 || wf_dict_set_cstr(mods, modname, m) < 0) {
        free(src);
        wf_decref(m);
        return WF_NULL;
    }
    if (strcmp(modname, "__main__") == 0) {
        WfValue old = wf_interp.main_module;
        wf_interp.main_module = wf_newref(m);
        wf_xdecref(old);
    }
    WfValue r = exec_source(m, src, len, path, WF_COMPILE_TOPLEVEL_AWAIT);
    free(src);
    if (!r) {
        wf_decref(m);
        return WF_NULL;
    }
    wf_decref(r);
    return m;
}

WfValue wf_run_file_as_module(const char *path, const char *modname) {
    return run_file(path, modname, NULL);
}

WfValue wf_run_module_as_main(const char *name) {
    char *pkg = parent_name(name);
    if (!pkg) return wf_err_no_memory();
    WfValue parent = WF_NULL, dirs = WF_NULL, result = WF_NULL;
    Found found = {NULL, NULL};
    char *mainfile = NULL;
    if (*pkg) {
        parent = import_dotted(pkg, NULL);
        if (!parent) goto done;
        int r = wf_getattr_opt(parent, WF_ID(__path__), &dirs);
        if (r < 0) goto done;
        if (r == 0) {
            char extra[600];
            snprintf(extra, sizeof extra, "'%s' is not a package", pkg);
            raise_not_found(name, extra);
            goto done;
        }
    } else {
        for (const WfNativeModule *nm = wf_native_modules; nm->name; nm++) {
            if (strcmp(nm->name, name) == 0) {
                wf_err_format(wf_ImportError, "No code object available for %s", name);
                goto done;
            }
        }
        dirs = search_path();
        if (!dirs) goto done;
    }
    const char *leaf = strrchr(name, '.');
    leaf = leaf ? leaf + 1 : name;
    int r = find_module(dirs, leaf, &found);
    if (r < 0) goto done;
    if (r == 0) {
        raise_not_found(name, NULL);
        goto done;
    }
    const char *file = found.file;
    const char *package = pkg;
    if (found.pkgdir) {
        // A package: import it, then run its __main__.
        WfValue p = import_dotted(name, NULL);
        if (!p) goto done;
        wf_decref(p);
        mainfile = join_path(found.pkgdir, "__main__", ".wf");
        if (mainfile && !is_file(mainfile)) {
            free(mainfile);
            mainfile = join_path(found.pkgdir, "__main__", ".py");
        }
        if (!mainfile) { wf_err_no_memory(); goto done; }
        if (!is_file(mainfile)) {
            wf_err_format(wf_ImportError,
                          "No module named %s.__main__; '%s' is a package and cannot be directly executed",
                          name, name);
            goto done;
        }
        file = mainfile;
        package = name;
    }
    if (wf_interp.sys) {
        WfValue argv;
        if (wf_dict_get_cstr_ref(wf_module_dict(wf_interp.sys), "argv", &argv) > 0) {
            if (wf_is_list(argv) && WF_LIST_LEN(argv) > 0) {
                WfValue s = wf_str_from_cstr(file);
                if (s) wf_list_set_steal(argv, 0, s);
            }
            wf_decref(argv);
        }
        if (wf_err_occurred()) goto done;
    }
    result = run_file(file, "__main__", package);
done:
    free(pkg);
    free(mainfile);
    found_free(&found);
    wf_xdecref(parent);
    wf_xdecref(dirs);
    return result;
}
