// mod_thread.c — `_thread`: real POSIX threads running Weft code, locks
// whose blocking waits release the GIL, reentrant locks, and thread-local
// storage. stdlib/threading.wf builds the `threading` API on top.
//
// GIL rules: a new thread takes the GIL before touching any object and drops
// it when its function returns. Lock waits release the GIL around sem_wait /
// sem_timedwait; a signal interrupts the wait (EINTR) so Ctrl-C raises
// KeyboardInterrupt in a main thread blocked on a lock.
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/mod_thread.h"
#include "vm/eval.h"
#include "vm/eval_ext.h"
#include "vm/gil.h"
#include "vm/signals.h"
#include "vm/traceback.h"
#include "vm/tstate.h"

#define THREAD_STACK_SIZE (64u * 1024 * 1024)   // virtual; touched pages only
#define TIMEOUT_MAX 9223372036.0                 // seconds, as CPython's _thread on Linux

static int running_threads;   // threads started and not finished (GIL-protected)
// The last ident handed to a new thread (GIL-protected). Idents are serial
// numbers rather than pthread_self() values, which glibc recycles as soon as a
// detached thread ends: a recycled ident would let a new thread see a dead
// one's thread-local data or "own" an RLock the dead thread held.
static unsigned long last_ident;

// ---- waiting on a semaphore with the GIL released --------------------------------

#define MAIN_WAIT_SLICE_NS 100000000L   // 0.1 s

static void timespec_add_ns(struct timespec *t, long long ns) {
    t->tv_sec += (time_t)(ns / 1000000000LL);
    t->tv_nsec += (long)(ns % 1000000000LL);
    if (t->tv_nsec >= 1000000000L) { t->tv_sec++; t->tv_nsec -= 1000000000L; }
}

static bool timespec_before(const struct timespec *a, const struct timespec *b) {
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

// Waits for [sem] for [timeout] seconds (< 0: forever). Returns 1 acquired,
// 0 timed out, -1 with an exception set (KeyboardInterrupt from a signal).
// The main thread, which receives the signals, also waits in slices of 0.1 s
// and checks for tripped signals before blocking: a signal that lands just
// before the wait starts (no EINTR then) is still handled.
static int sem_acquire_released(sem_t *sem, double timeout) {
    if (sem_trywait(sem) == 0) return 1;      // fast path: no blocking, keep the GIL
    if (timeout == 0) return 0;
    bool is_main = wf_ts() == wf_tstate_main;
    struct timespec deadline;
    if (timeout > 0) {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        double whole = floor(timeout);
        deadline.tv_sec += (time_t)whole;
        timespec_add_ns(&deadline, (long long)((timeout - whole) * 1e9));
    }
    for (;;) {
        int r, err = 0;
        struct timespec until = deadline;
        bool sliced = false;
        if (is_main) {
            clock_gettime(CLOCK_MONOTONIC, &until);
            timespec_add_ns(&until, MAIN_WAIT_SLICE_NS);
            if (timeout > 0 && !timespec_before(&until, &deadline)) until = deadline;
            else sliced = true;
        }
        WF_GIL_RELEASE();
        if (is_main && wf_signals_pending()) {
            r = -1;
            err = EINTR;
        } else {
            r = (timeout > 0 || sliced) ? sem_clockwait(sem, CLOCK_MONOTONIC, &until) : sem_wait(sem);
            if (r < 0) err = errno;
        }
        WF_GIL_ACQUIRE();
        if (r == 0) return 1;
        if (err == ETIMEDOUT && !sliced) return 0;
        if (err != EINTR && err != ETIMEDOUT) { errno = err; wf_err_from_errno(NULL); return -1; }
        // Interrupted by a signal (or a slice ended): run the handlers
        // (KeyboardInterrupt), then wait again.
        if (wf_eval_handle_breaker() < 0) return -1;
    }
}

// Parses acquire(blocking=True, timeout=-1) into a timeout in seconds (< 0 forever).
static int parse_acquire_args(const char *fname, WfValue *args, size_t nargs, WfValue kwnames,
                              double *timeout) {
    static const char *const names[] = {"blocking", "timeout"};
    WfValue a[2];
    if (wf_args_parse(fname, args, nargs, kwnames, names, 2, 0, 2, a) < 0) return -1;
    int blocking = 1;
    if (a[0] && (blocking = wf_is_true(a[0])) < 0) return -1;
    *timeout = -1;
    if (a[1] && a[1] != WF_NONE && wf_to_double(a[1], timeout) < 0) return -1;
    if (!blocking && *timeout != -1) {
        wf_err_set_str(wf_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (*timeout < 0 && *timeout != -1) {
        wf_err_set_str(wf_ValueError, "timeout value must be positive");
        return -1;
    }
    if (isnan(*timeout)) {
        wf_err_set_str(wf_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (*timeout > TIMEOUT_MAX) {
        // As CPython: seconds that overflow its nanosecond clock, else too large.
        wf_err_set_str(wf_OverflowError, *timeout > 9223372036.854775807 ? "timestamp out of range for platform time_t"
                                                                          : "timeout value is too large");
        return -1;
    }
    if (!blocking) *timeout = 0;
    return 0;
}

// ---- Lock ------------------------------------------------------------------------

typedef struct WfLock {
    WfObject ob;
    sem_t sem;          // value 1: unlocked, 0: locked
} WfLock;

static WfValue lock_new_instance(void);

static void lock_dealloc(WfValue self) {
    sem_destroy(&((WfLock *)self)->sem);
    wf_object_free(self);
}

static bool lock_is_locked(WfLock *lock) {
    int value = 0;
    sem_getvalue(&lock->sem, &value);
    return value == 0;
}

static WfValue lock_acquire(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    double timeout;
    if (parse_acquire_args("acquire", args, nargs, kwnames, &timeout) < 0) return WF_NULL;
    int r = sem_acquire_released(&((WfLock *)self)->sem, timeout);
    if (r < 0) return WF_NULL;
    return wf_bool(r);
}

static WfValue lock_release(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfLock *lock = (WfLock *)self;
    if (!lock_is_locked(lock)) {
        wf_err_set_str(wf_RuntimeError, "release unlocked lock");
        return WF_NULL;
    }
    sem_post(&lock->sem);
    return WF_NONE;
}

static WfValue lock_exit(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return lock_release(self, NULL, 0, WF_NULL);
}

static WfValue lock_locked(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_bool(lock_is_locked((WfLock *)self));
}

static WfValue lock_repr(WfValue self) {
    return wf_str_from_format("<%s _thread.lock object at %p>",
                              lock_is_locked((WfLock *)self) ? "locked" : "unlocked", (void *)self);
}

static const WfMethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0, "acquire(blocking=True, timeout=-1) -> bool"},
    {"acquire_lock", lock_acquire, 0, NULL},
    {"__enter__", lock_acquire, 0, NULL},
    {"release", lock_release, 0, "release the lock; RuntimeError if it is unlocked"},
    {"release_lock", lock_release, 0, NULL},
    {"__exit__", lock_exit, 0, NULL},
    {"locked", lock_locked, 0, "whether the lock is held"},
    {"locked_lock", lock_locked, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfValue lock_type_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_count("lock", nargs, 0, 0) < 0 || wf_args_no_kw("lock", kwnames) < 0) return WF_NULL;
    return lock_new_instance();
}

WfType wf_lock_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "_thread.lock",
    .basicsize = sizeof(WfLock),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .new_ = lock_type_new,
    .methods = lock_methods,
};

static WfValue lock_new_instance(void) {
    WfLock *lock = (WfLock *)wf_object_alloc(&wf_lock_type, sizeof(WfLock));
    if (!lock) return WF_NULL;
    sem_init(&lock->sem, 0, 1);
    return (WfValue)lock;
}

WfValue wf_lock_new(void) { return lock_new_instance(); }

// ---- RLock -----------------------------------------------------------------------

typedef struct WfRLock {
    WfObject ob;
    sem_t sem;
    unsigned long owner;     // thread ident of the owner, 0 when free (GIL-protected)
    uint64_t count;          // recursion level
} WfRLock;

static void rlock_dealloc(WfValue self) {
    sem_destroy(&((WfRLock *)self)->sem);
    wf_object_free(self);
}

static WfValue rlock_acquire(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfRLock *r = (WfRLock *)self;
    double timeout;
    if (parse_acquire_args("acquire", args, nargs, kwnames, &timeout) < 0) return WF_NULL;
    unsigned long me = wf_ts()->thread_id;
    if (r->count > 0 && r->owner == me) {
        r->count++;
        return WF_TRUE;
    }
    int got = sem_acquire_released(&r->sem, timeout);
    if (got < 0) return WF_NULL;
    if (got) { r->owner = me; r->count = 1; }
    return wf_bool(got);
}

static WfValue rlock_release(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfRLock *r = (WfRLock *)self;
    if (r->count == 0 || r->owner != wf_ts()->thread_id) {
        wf_err_set_str(wf_RuntimeError, "cannot release un-acquired lock");
        return WF_NULL;
    }
    if (--r->count == 0) {
        r->owner = 0;
        sem_post(&r->sem);
    }
    return WF_NONE;
}

static WfValue rlock_exit(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return rlock_release(self, NULL, 0, WF_NULL);
}

static WfValue rlock_is_owned(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfRLock *r = (WfRLock *)self;
    return wf_bool(r->count > 0 && r->owner == wf_ts()->thread_id);
}

// Condition support: release completely, returning (count, owner) state.
static WfValue rlock_release_save(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfRLock *r = (WfRLock *)self;
    if (r->count == 0) {
        wf_err_set_str(wf_RuntimeError, "cannot release un-acquired lock");
        return WF_NULL;
    }
    WfValue count = wf_int_from_u64(r->count);
    WfValue owner = wf_int_from_u64(r->owner);
    WfValue state = (count && owner) ? wf_tuple_pack(2, count, owner) : WF_NULL;
    wf_xdecref(count);
    wf_xdecref(owner);
    if (!state) return WF_NULL;
    r->count = 0;
    r->owner = 0;
    sem_post(&r->sem);
    return state;
}

static WfValue rlock_acquire_restore(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    WfRLock *r = (WfRLock *)self;
    if (wf_args_count("_acquire_restore", nargs, 1, 1) < 0) return WF_NULL;
    if (!wf_is_tuple(args[0]) || WF_TUPLE_LEN(args[0]) != 2) {
        wf_err_set_str(wf_TypeError, "_acquire_restore() argument must be a 2-tuple");
        return WF_NULL;
    }
    int64_t count, owner;
    if (wf_int_to_i64(WF_TUPLE_GET(args[0], 0), &count) < 0 ||
        wf_int_to_i64(WF_TUPLE_GET(args[0], 1), &owner) < 0)
        return WF_NULL;
    if (sem_acquire_released(&r->sem, -1) < 0) return WF_NULL;
    r->owner = (unsigned long)owner;
    r->count = (uint64_t)count;
    return WF_NONE;
}

static WfValue rlock_repr(WfValue self) {
    WfRLock *r = (WfRLock *)self;
    return wf_str_from_format("<%s _thread.RLock object owner=%lu count=%llu at %p>",
                              r->count ? "locked" : "unlocked", r->owner,
                              (unsigned long long)r->count, (void *)self);
}

static const WfMethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, 0, NULL},
    {"__enter__", rlock_acquire, 0, NULL},
    {"release", rlock_release, 0, NULL},
    {"__exit__", rlock_exit, 0, NULL},
    {"_is_owned", rlock_is_owned, 0, NULL},
    {"_release_save", rlock_release_save, 0, NULL},
    {"_acquire_restore", rlock_acquire_restore, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static WfValue rlock_type_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    WfRLock *r = (WfRLock *)wf_object_alloc(type, type->basicsize);
    if (!r) return WF_NULL;
    sem_init(&r->sem, 0, 1);
    return (WfValue)r;
}

WfType wf_rlock_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "_thread.RLock",
    .basicsize = sizeof(WfRLock),
    .flags = WF_TPFLAGS_BASETYPE,
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .new_ = rlock_type_new,
    .methods = rlock_methods,
};

// ---- thread-local storage ----------------------------------------------------------

// A `_thread._local`: one attribute dict per thread. Before each attribute
// access the instance's visible __dict__ slot is pointed at the calling
// thread's dict, so the generic lookup does the rest. Only the GIL holder
// runs, and the slot is re-pointed on every access, so a switch in the middle
// of a property getter cannot leak another thread's view.
// A subclass with its own __init__ gets it called again, with the creation
// arguments, in every other thread that first touches the object (as CPython).
typedef struct WfLocal {
    WfObject ob;
    WfValue dict;         // owned: the current thread's dict (what generic lookup sees)
    WfValue per_thread;   // owned: {thread ident: dict}
    WfValue init_args;    // owned: positional + keyword values given at creation, or NULL
    WfValue init_kwnames; // owned: their keyword names, or NULL
    struct WfLocal *prev_local, *next_local;   // all live locals (GIL-protected)
} WfLocal;

// Every live _local, so that a finishing thread can drop its dicts.
static WfLocal *all_locals;

// Drops the dicts the thread [ident] had in every live _local (its exit path).
// The dicts are only released after the walk, since their values' __del__ may
// run Weft code that creates or frees locals.
static void local_forget_thread(unsigned long ident) {
    WfValue key = wf_int_from_u64(ident);
    if (!key) { wf_err_clear(); return; }
    WfValue *dropped = NULL;
    size_t n = 0, cap = 0;
    for (WfLocal *l = all_locals; l; l = l->next_local) {
        WfValue d = WF_NULL;
        int found = wf_dict_get_ref(l->per_thread, key, &d);
        if (found <= 0) { if (found < 0) wf_err_clear(); continue; }
        if (n + 2 > cap) {
            size_t ncap = cap ? cap * 2 : 8;
            WfValue *grown = realloc(dropped, ncap * sizeof *grown);
            if (!grown) { wf_decref(d); break; }
            dropped = grown;
            cap = ncap;
        }
        dropped[n++] = d;
        if (wf_dict_pop_opt(l->per_thread, key) < 0) wf_err_clear();
        if (l->dict == d) { dropped[n++] = l->dict; l->dict = WF_NULL; }
    }
    wf_decref(key);
    for (size_t i = 0; i < n; i++) wf_decref(dropped[i]);
    free(dropped);
    if (wf_err_occurred()) wf_err_clear();
}

// Points the visible dict slot at the calling thread's dict, creating it
// (and running a subclass's __init__ in it) on the thread's first access.
// 0 ok, -1 with an exception set. May run Weft code (__init__).
static int local_select(WfValue self) {
    WfLocal *l = (WfLocal *)self;
    WfValue key = wf_int_from_u64(wf_ts()->thread_id);
    if (!key) return -1;
    WfValue d = WF_NULL;
    int found = wf_dict_get_ref(l->per_thread, key, &d);
    if (found == 0) {
        d = wf_dict_new();
        if (!d || wf_dict_set(l->per_thread, key, d) < 0) found = -1;
    }
    wf_decref(key);
    if (found < 0) { wf_xdecref(d); return -1; }
    WfValue old = l->dict;
    l->dict = d;          // the reference from the lookup/new moves into the slot
    wf_xdecref(old);
    if (found == 0 && l->init_args) {
        WfType *t = wf_type(self);
        size_t nkw = l->init_kwnames ? WF_TUPLE_LEN(l->init_kwnames) : 0;
        WfValue args = wf_newref(l->init_args);      // init may replace nothing, but keep them alive
        WfValue kwnames = l->init_kwnames ? wf_newref(l->init_kwnames) : WF_NULL;
        int r = t->init(self, WF_TUPLE_ITEMS(args), WF_TUPLE_LEN(args) - nkw, kwnames);
        wf_decref(args);
        wf_xdecref(kwnames);
        if (r < 0) return -1;
        // __init__ may have let another thread run and re-point the slot.
        return local_select(self);
    }
    return 0;
}

static WfValue local_get_dict(WfValue self) {
    if (local_select(self) < 0) return WF_NULL;
    return wf_newref(((WfLocal *)self)->dict);
}

static const WfGetSetDef local_getsets[] = {
    {"__dict__", local_get_dict, NULL, "the calling thread's attributes"},
    {NULL, NULL, NULL, NULL},
};

static WfValue local_getattr(WfValue self, WfValue name) {
    if (local_select(self) < 0) return WF_NULL;
    return wf_generic_getattr(self, name);
}

static int local_setattr(WfValue self, WfValue name, WfValue value) {
    if (local_select(self) < 0) return -1;
    return wf_generic_setattr(self, name, value);
}

static void local_dealloc(WfValue self) {
    WfLocal *l = (WfLocal *)self;
    if (l->prev_local) l->prev_local->next_local = l->next_local;
    else if (all_locals == l) all_locals = l->next_local;
    if (l->next_local) l->next_local->prev_local = l->prev_local;
    wf_clear(&l->dict);
    wf_clear(&l->per_thread);
    wf_clear(&l->init_args);
    wf_clear(&l->init_kwnames);
    wf_object_free(self);
}

static WfValue local_type_new(WfType *type, WfValue *args, size_t nargs, WfValue kwnames) {
    bool custom_init = type->init && type->init != wf_object_type.init;
    if ((nargs || (kwnames && WF_TUPLE_LEN(kwnames))) && !custom_init) {
        wf_err_set_str(wf_TypeError, "Initialization arguments are not supported");
        return WF_NULL;
    }
    WfLocal *l = (WfLocal *)wf_object_alloc(type, type->basicsize);
    if (!l) return WF_NULL;
    l->next_local = all_locals;
    if (all_locals) all_locals->prev_local = l;
    all_locals = l;
    l->per_thread = wf_dict_new();
    if (!l->per_thread) goto error;
    if (custom_init) {
        size_t nkw = kwnames ? WF_TUPLE_LEN(kwnames) : 0;
        l->init_args = wf_tuple_from_array(args, nargs + nkw);
        if (!l->init_args) goto error;
        if (nkw) l->init_kwnames = wf_newref(kwnames);
    }
    // The creating thread's dict exists from the start: the type call runs
    // __init__ in it once, as for any object.
    WfValue saved = l->init_args;
    l->init_args = WF_NULL;
    int r = local_select((WfValue)l);
    l->init_args = saved;
    if (r < 0) goto error;
    return (WfValue)l;
error:
    wf_decref((WfValue)l);
    return WF_NULL;
}

WfType wf_local_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "_thread._local",
    .basicsize = sizeof(WfLocal),
    .flags = WF_TPFLAGS_BASETYPE,
    .dictoffset = offsetof(WfLocal, dict),
    .dealloc = local_dealloc,
    .getattr = local_getattr,
    .setattr = local_setattr,
    .new_ = local_type_new,
    .getsets = local_getsets,
};

// ---- threads ---------------------------------------------------------------------

typedef struct Bootstrap {
    WfThreadState *ts;
    WfValue func, args, kwargs;    // owned (kwargs may be NULL)
} Bootstrap;

// The new thread's entry point: take the GIL, run func(*args, **kwargs),
// report an escaping exception the way _thread does, drop the GIL.
static void *thread_main(void *arg) {
    Bootstrap *boot = arg;
    WfThreadState *ts = boot->ts;
    wf_tstate_current = ts;     // ts->thread_id was set by the starter
    wf_gil_take(ts);
    WfValue result = wf_call_tuple_dict(boot->func, boot->args, boot->kwargs);
    if (result) {
        wf_decref(result);
    } else if (wf_err_matches(wf_SystemExit)) {
        wf_err_clear();
    } else {
        fprintf(stderr, "Unhandled exception in thread started by ");
        WfValue r = wf_repr(boot->func);
        fprintf(stderr, "%s\n", r ? wf_str_cstr(r) : "<function>");
        wf_xdecref(r);
        wf_err_print();
    }
    wf_decref(boot->func);
    wf_decref(boot->args);
    wf_xdecref(boot->kwargs);
    free(boot);
    local_forget_thread(ts->thread_id);
    running_threads--;
    WfGilStats *stats = ts->gil_stats;   // owned by gil.c, outlives the state
    wf_tstate_delete(ts);
    wf_tstate_current = NULL;
    wf_gil_drop_detached(stats);
    return NULL;
}

static WfValue thread_start_new_thread(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("start_new_thread", kwnames) < 0 ||
        wf_args_count("start_new_thread", nargs, 2, 3) < 0)
        return WF_NULL;
    if (!wf_callable(args[0])) {
        wf_err_set_str(wf_TypeError, "first arg must be callable");
        return WF_NULL;
    }
    if (!wf_is_tuple(args[1])) {
        wf_err_set_str(wf_TypeError, "2nd arg must be a tuple");
        return WF_NULL;
    }
    if (nargs == 3 && args[2] != WF_NONE && !wf_is_dict(args[2])) {
        wf_err_set_str(wf_TypeError, "optional 3rd arg must be a dictionary");
        return WF_NULL;
    }
    Bootstrap *boot = calloc(1, sizeof *boot);
    WfThreadState *ts = boot ? wf_tstate_new() : NULL;
    if (!ts) { free(boot); return wf_err_no_memory(); }
    boot->ts = ts;
    ts->thread_id = ++last_ident;   // never a pthread_self() value (those are addresses)
    boot->func = wf_newref(args[0]);
    boot->args = wf_newref(args[1]);
    boot->kwargs = (nargs == 3 && args[2] != WF_NONE) ? wf_newref(args[2]) : WF_NULL;

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, THREAD_STACK_SIZE);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t tid;
    running_threads++;
    // The new thread starts with the asynchronous signals blocked, so that
    // the kernel delivers them (Ctrl-C) to the main thread.
    sigset_t saved_mask;
    wf_signals_block_for_new_thread(&saved_mask);
    int err = pthread_create(&tid, &attr, thread_main, boot);
    wf_signals_restore_mask(&saved_mask);
    pthread_attr_destroy(&attr);
    if (err) {
        running_threads--;
        wf_decref(boot->func);
        wf_decref(boot->args);
        wf_xdecref(boot->kwargs);
        wf_tstate_delete(ts);
        free(boot);
        wf_err_set_str(wf_RuntimeError, "can't start new thread");
        return WF_NULL;
    }
    return wf_int_from_u64(ts->thread_id);
}

static WfValue thread_allocate_lock(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return lock_new_instance();
}

static WfValue thread_get_ident(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_int_from_u64(wf_ts()->thread_id);
}

static WfValue thread_get_native_id(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_int_from_i64((int64_t)syscall(SYS_gettid));
}

static WfValue thread_count(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    return wf_int_from_i64(running_threads);
}

static WfValue thread_exit(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    wf_err_set(wf_SystemExit, WF_NULL);
    return WF_NULL;
}

// _print_exception(exc, file=None): the traceback part of threading.excepthook,
// written to [file] (anything with write()) or, when None, to the C stderr.
static WfValue thread_print_exception(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {NULL, "file"};
    WfValue a[2];
    if (wf_args_parse("_print_exception", args, nargs, kwnames, names, 2, 1, 2, a) < 0) return WF_NULL;
    if (a[1] && a[1] != WF_NONE) {
        WfValue lines = wf_traceback_format(a[0]);
        if (!lines) return WF_NULL;
        WfValue sep = wf_str_from_cstr("");
        WfValue text = sep ? wf_call_method(sep, "join", &lines, 1) : WF_NULL;
        wf_xdecref(sep);
        wf_decref(lines);
        if (!text) return WF_NULL;
        WfValue r = wf_call_method(a[1], "write", &text, 1);
        wf_decref(text);
        if (!r) return WF_NULL;
        wf_decref(r);
        return WF_NONE;
    }
    fflush(stdout);
    wf_traceback_print(a[0], stderr);
    fflush(stderr);
    return WF_NONE;
}

// _format_exception(exc) -> the lines of its traceback (a list of str).
static WfValue thread_format_exception(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("_format_exception", kwnames) < 0 ||
        wf_args_count("_format_exception", nargs, 1, 1) < 0)
        return WF_NULL;
    return wf_traceback_format(args[0]);
}

static const WfMethodDef thread_functions[] = {
    {"_print_exception", thread_print_exception, 0, "print an exception and its traceback to stderr"},
    {"_format_exception", thread_format_exception, 0, "the lines of an exception's traceback"},
    {"start_new_thread", thread_start_new_thread, 0, "start_new_thread(function, args[, kwargs]) -> ident"},
    {"start_new", thread_start_new_thread, 0, NULL},
    {"allocate_lock", thread_allocate_lock, 0, "allocate_lock() -> lock"},
    {"allocate", thread_allocate_lock, 0, NULL},
    {"get_ident", thread_get_ident, 0, "the current thread's identifier"},
    {"get_native_id", thread_get_native_id, 0, "the kernel's id of the current thread"},
    {"_count", thread_count, 0, "number of running threads started by start_new_thread"},
    {"exit", thread_exit, 0, "raise SystemExit to end the current thread"},
    {NULL, NULL, 0, NULL},
};

WfValue wf_thread_module_init(void) {
    if (wf_type_ready(&wf_lock_type) < 0 || wf_type_ready(&wf_rlock_type) < 0 ||
        wf_type_ready(&wf_local_type) < 0)
        return WF_NULL;
    WfValue m = wf_module_new("_thread");
    if (!m) return WF_NULL;
    if (wf_module_add_functions(m, thread_functions) < 0 ||
        wf_module_set(m, "LockType", WF_TYPE_VALUE(&wf_lock_type)) < 0 ||
        wf_module_set(m, "lock", WF_TYPE_VALUE(&wf_lock_type)) < 0 ||
        wf_module_set(m, "RLock", WF_TYPE_VALUE(&wf_rlock_type)) < 0 ||
        wf_module_set(m, "_local", WF_TYPE_VALUE(&wf_local_type)) < 0 ||
        wf_module_set(m, "error", WF_TYPE_VALUE(wf_RuntimeError)) < 0 ||
        wf_module_set_steal(m, "TIMEOUT_MAX", wf_float_new(TIMEOUT_MAX)) < 0) {
        wf_decref(m);
        return WF_NULL;
    }
    return m;
}
