// symtable.c — two passes over the AST that decide the scope of every name.
// Pass 1 (visit_*) records raw facts per block: bound here, used here,
// parameter, global/nonlocal declaration. Pass 2 (analyze_block) walks the
// block tree top-down with the set of names bound by enclosing functions and
// the set of known globals, marks names FREE/CELL/GLOBAL/LOCAL, and pushes
// free names of children up until a block that binds them (which makes
// them CELL there). Class bodies do not enclose their methods, except for
// the implicit __class__ cell used by super(). Error wording is CPython 3.11's.
// GIL: not needed (pure C).
#include "vm/symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

static void st_error_at(WfSymtable *st, int line, int col, int end_line, int end_col,
                        const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void st_error_at(WfSymtable *st, int line, int col, int end_line, int end_col,
                        const char *fmt, ...)
{
    if (st->failed)
        return;
    st->failed = 1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->err->msg, sizeof st->err->msg, fmt, ap);
    va_end(ap);
    st->err->line = line;
    st->err->col = col;
    st->err->end_line = end_line;
    st->err->end_col = end_col;
}

#define st_error_node(st, n, ...) \
    st_error_at((st), (n)->line, (n)->col, (n)->end_line, (n)->end_col, __VA_ARGS__)

static void st_nomem(WfSymtable *st)
{
    if (st->failed)
        return;
    st->failed = 1;
    st->err->oom = 1;
    snprintf(st->err->msg, sizeof st->err->msg, "out of memory");
}

// ---------------------------------------------------------------------------
// String hashing and name sets (pass 2)
// ---------------------------------------------------------------------------

static unsigned hash_str(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

typedef struct NameSet {
    const char **keys;   // NULL = empty slot, TOMB = deleted
    int cap, count, used;
} NameSet;

static const char tomb_marker = 0;
#define TOMB (&tomb_marker)

static void set_free(NameSet *s)
{
    free(s->keys);
    s->keys = NULL;
    s->cap = s->count = s->used = 0;
}

static int set_find(const NameSet *s, const char *name)
{
    if (!s->cap)
        return -1;
    unsigned mask = (unsigned)s->cap - 1;
    unsigned i = hash_str(name) & mask;
    for (;;) {
        const char *k = s->keys[i];
        if (!k)
            return -1;
        if (k != TOMB && strcmp(k, name) == 0)
            return (int)i;
        i = (i + 1) & mask;
    }
}

static bool set_has(const NameSet *s, const char *name)
{
    return set_find(s, name) >= 0;
}

static int set_grow(NameSet *s)
{
    int ncap = s->cap ? s->cap * 2 : 16;
    while (ncap < 2 * (s->count + 1))
        ncap *= 2;
    const char **nk = calloc((size_t)ncap, sizeof *nk);
    if (!nk)
        return -1;
    unsigned mask = (unsigned)ncap - 1;
    for (int j = 0; j < s->cap; j++) {
        const char *k = s->keys[j];
        if (!k || k == TOMB)
            continue;
        unsigned i = hash_str(k) & mask;
        while (nk[i])
            i = (i + 1) & mask;
        nk[i] = k;
    }
    free(s->keys);
    s->keys = nk;
    s->cap = ncap;
    s->used = s->count;
    return 0;
}

// 0 ok (added or present), -1 out of memory.
static int set_add(NameSet *s, const char *name)
{
    if (set_has(s, name))
        return 0;
    if (2 * (s->used + 1) > s->cap && set_grow(s) < 0)
        return -1;
    unsigned mask = (unsigned)s->cap - 1;
    unsigned i = hash_str(name) & mask;
    while (s->keys[i] && s->keys[i] != TOMB)
        i = (i + 1) & mask;
    if (!s->keys[i])
        s->used++;
    s->keys[i] = name;
    s->count++;
    return 0;
}

// Returns true if [name] was present.
static bool set_discard(NameSet *s, const char *name)
{
    int i = set_find(s, name);
    if (i < 0)
        return false;
    s->keys[i] = TOMB;
    s->count--;
    return true;
}

static int set_update(NameSet *dst, const NameSet *src)
{
    for (int j = 0; j < src->cap; j++) {
        const char *k = src->keys[j];
        if (k && k != TOMB && set_add(dst, k) < 0)
            return -1;
    }
    return 0;
}

// ---------------------------------------------------------------------------
// Blocks and symbols
// ---------------------------------------------------------------------------

const char *wf_symtable_mangle(WfArena *arena, const char *private_name, const char *name)
{
    if (!private_name || name[0] != '_' || name[1] != '_')
        return name;
    size_t n = strlen(name);
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || n == 2 || strchr(name, '.'))
        return name;
    if (n == 3 && name[2] == '_')   // "___" ends with "__"
        return name;
    while (*private_name == '_')
        private_name++;
    if (!*private_name)
        return name;
    size_t p = strlen(private_name);
    char *out = wf_arena_alloc(arena, p + n + 2);
    if (!out)
        return NULL;
    out[0] = '_';
    memcpy(out + 1, private_name, p);
    memcpy(out + 1 + p, name, n + 1);
    return out;
}

WfSymbol *wf_symtable_lookup(const WfSymScope *scope, const char *name)
{
    if (!scope->indexcap)
        return NULL;
    unsigned mask = (unsigned)scope->indexcap - 1;
    unsigned i = hash_str(name) & mask;
    for (;;) {
        int k = scope->index[i];
        if (k < 0)
            return NULL;
        if (strcmp(scope->syms[k].name, name) == 0)
            return &scope->syms[k];
        i = (i + 1) & mask;
    }
}

int wf_symtable_scope_of(const WfSymScope *scope, const char *name)
{
    WfSymbol *s = wf_symtable_lookup(scope, name);
    return s ? s->scope : WF_SCOPE_UNKNOWN;
}

WfSymScope *wf_symtable_child(WfSymScope *scope, const WfAst *node)
{
    int n = scope->nchildren;
    for (int k = 0; k < n; k++) {
        int i = (scope->child_cursor + k) % n;
        if (scope->children[i]->node == node) {
            scope->child_cursor = (i + 1) % n;
            return scope->children[i];
        }
    }
    return NULL;
}

static int reindex(WfSymScope *b, int cap)
{
    int *idx = malloc((size_t)cap * sizeof *idx);
    if (!idx)
        return -1;
    for (int i = 0; i < cap; i++)
        idx[i] = -1;
    unsigned mask = (unsigned)cap - 1;
    for (int k = 0; k < b->nsyms; k++) {
        unsigned i = hash_str(b->syms[k].name) & mask;
        while (idx[i] >= 0)
            i = (i + 1) & mask;
        idx[i] = k;
    }
    free(b->index);
    b->index = idx;
    b->indexcap = cap;
    return 0;
}

// Finds or creates the symbol [name] in [b]. NULL when out of memory.
static WfSymbol *block_symbol(WfSymtable *st, WfSymScope *b, const char *name)
{
    WfSymbol *s = wf_symtable_lookup(b, name);
    if (s)
        return s;
    if (b->nsyms == b->capsyms) {
        int ncap = b->capsyms ? b->capsyms * 2 : 8;
        WfSymbol *ns = realloc(b->syms, (size_t)ncap * sizeof *ns);
        if (!ns) {
            st_nomem(st);
            return NULL;
        }
        b->syms = ns;
        b->capsyms = ncap;
    }
    if (2 * (b->nsyms + 1) > b->indexcap) {
        int ncap = b->indexcap ? b->indexcap * 2 : 16;
        if (reindex(b, ncap) < 0) {
            st_nomem(st);
            return NULL;
        }
    }
    s = &b->syms[b->nsyms];
    memset(s, 0, sizeof *s);
    s->name = name;
    unsigned mask = (unsigned)b->indexcap - 1;
    unsigned i = hash_str(name) & mask;
    while (b->index[i] >= 0)
        i = (i + 1) & mask;
    b->index[i] = b->nsyms;
    b->nsyms++;
    return s;
}

static WfSymScope *new_block(WfSymtable *st, int kind, const char *name, const WfAst *node,
                             int line)
{
    WfSymScope *b = calloc(1, sizeof *b);
    if (!b) {
        st_nomem(st);
        return NULL;
    }
    b->kind = kind;
    b->name = name;
    b->node = node;
    b->line = line;
    b->parent = st->cur;
    b->is_function_like = kind == WF_BLOCK_FUNCTION;
    if (st->cur) {
        WfSymScope *p = st->cur;
        if (p->nchildren == p->capchildren) {
            int ncap = p->capchildren ? p->capchildren * 2 : 4;
            WfSymScope **nc = realloc(p->children, (size_t)ncap * sizeof *nc);
            if (!nc) {
                free(b);
                st_nomem(st);
                return NULL;
            }
            p->children = nc;
            p->capchildren = ncap;
        }
        p->children[p->nchildren++] = b;
    }
    return b;
}

static void free_block(WfSymScope *b)
{
    if (!b)
        return;
    for (int i = 0; i < b->nchildren; i++)
        free_block(b->children[i]);
    free(b->children);
    free(b->syms);
    free(b->index);
    free(b->params);
    free(b);
}

void wf_symtable_free(WfSymtable *st)
{
    free_block(st->top);
    st->top = NULL;
    st->cur = NULL;
}

static bool enter_block(WfSymtable *st, int kind, const char *name, const WfAst *node)
{
    WfSymScope *b = new_block(st, kind, name, node, node ? node->line : 1);
    if (!b)
        return false;
    b->private_name = st->private_name;
    st->cur = b;
    return true;
}

static void exit_block(WfSymtable *st)
{
    st->cur = st->cur->parent;
}

// Records [flag] for [name] in block [b]; [loc] gives the error location.
static bool add_def_in(WfSymtable *st, WfSymScope *b, const char *name, unsigned flag,
                       const WfAst *loc)
{
    const char *mangled = wf_symtable_mangle(st->arena, st->private_name, name);
    if (!mangled) {
        st_nomem(st);
        return false;
    }
    WfSymbol *s = block_symbol(st, b, mangled);
    if (!s)
        return false;
    if ((flag & WF_DEF_PARAM) && (s->flags & WF_DEF_PARAM)) {
        st_error_node(st, loc, "duplicate argument '%s' in function definition", mangled);
        return false;
    }
    if (b->comp_iter_target) {
        if (s->flags & (WF_DEF_GLOBAL | WF_DEF_NONLOCAL)) {
            st_error_at(st, s->dir_line, s->dir_col, s->dir_end_line, s->dir_end_col,
                        "comprehension inner loop cannot rebind assignment expression target '%s'",
                        mangled);
            return false;
        }
        flag |= WF_DEF_COMP_ITER;
    }
    s->flags |= flag;
    if (flag & WF_DEF_PARAM) {
        if (b->nparams == b->capparams) {
            int ncap = b->capparams ? b->capparams * 2 : 8;
            const char **np = realloc(b->params, (size_t)ncap * sizeof *np);
            if (!np) {
                st_nomem(st);
                return false;
            }
            b->params = np;
            b->capparams = ncap;
        }
        b->params[b->nparams++] = mangled;
    }
    return true;
}

static bool add_def(WfSymtable *st, const char *name, unsigned flag, const WfAst *loc)
{
    return add_def_in(st, st->cur, name, flag, loc);
}

static void record_directive(WfSymtable *st, WfSymScope *b, const char *name, const WfAst *loc)
{
    const char *mangled = wf_symtable_mangle(st->arena, st->private_name, name);
    if (!mangled)
        return;
    WfSymbol *s = wf_symtable_lookup(b, mangled);
    if (s && !s->dir_line) {
        s->dir_line = loc->line;
        s->dir_col = loc->col;
        s->dir_end_line = loc->end_line;
        s->dir_end_col = loc->end_col;
    }
}

static unsigned lookup_flags(WfSymtable *st, const char *name)
{
    const char *mangled = wf_symtable_mangle(st->arena, st->private_name, name);
    if (!mangled)
        return 0;
    WfSymbol *s = wf_symtable_lookup(st->cur, mangled);
    return s ? s->flags : 0;
}

// ---------------------------------------------------------------------------
// Pass 1: visiting the tree
// ---------------------------------------------------------------------------

static bool visit_stmt(WfSymtable *st, const WfAst *s);
static bool visit_expr(WfSymtable *st, const WfAst *e);

static bool visit_stmts(WfSymtable *st, const WfAstList *l)
{
    for (int i = 0; i < l->n; i++)
        if (!visit_stmt(st, l->items[i]))
            return false;
    return true;
}

static bool visit_exprs(WfSymtable *st, const WfAstList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->items[i] && !visit_expr(st, l->items[i]))
            return false;
    return true;
}

static bool visit_annotation(WfSymtable *st, const WfAst *ann)
{
    if (!ann || st->future_annotations)
        return true;
    return visit_expr(st, ann);
}

static bool visit_arg_annotations(WfSymtable *st, const WfAstList *l)
{
    for (int i = 0; i < l->n; i++)
        if (!visit_annotation(st, l->items[i]->v.arg.annotation))
            return false;
    return true;
}

// Annotations of a def are evaluated in the enclosing block.
static bool visit_annotations(WfSymtable *st, const WfAst *a, const WfAst *returns)
{
    if (!visit_arg_annotations(st, &a->v.arguments.posonlyargs) ||
        !visit_arg_annotations(st, &a->v.arguments.args))
        return false;
    if (a->v.arguments.vararg && !visit_annotation(st, a->v.arguments.vararg->v.arg.annotation))
        return false;
    if (a->v.arguments.kwarg && !visit_annotation(st, a->v.arguments.kwarg->v.arg.annotation))
        return false;
    if (!visit_arg_annotations(st, &a->v.arguments.kwonlyargs))
        return false;
    return visit_annotation(st, returns);
}

static bool visit_params(WfSymtable *st, const WfAstList *l)
{
    for (int i = 0; i < l->n; i++) {
        const WfAst *arg = l->items[i];
        if (!add_def(st, arg->v.arg.arg, WF_DEF_PARAM, arg))
            return false;
    }
    return true;
}

static bool visit_arguments(WfSymtable *st, const WfAst *a)
{
    if (!visit_params(st, &a->v.arguments.posonlyargs) || !visit_params(st, &a->v.arguments.args) ||
        !visit_params(st, &a->v.arguments.kwonlyargs))
        return false;
    if (a->v.arguments.vararg) {
        if (!add_def(st, a->v.arguments.vararg->v.arg.arg, WF_DEF_PARAM, a->v.arguments.vararg))
            return false;
        st->cur->has_varargs = true;
    }
    if (a->v.arguments.kwarg) {
        if (!add_def(st, a->v.arguments.kwarg->v.arg.arg, WF_DEF_PARAM, a->v.arguments.kwarg))
            return false;
        st->cur->has_varkeywords = true;
    }
    return true;
}

static bool visit_alias(WfSymtable *st, const WfAst *a)
{
    const char *name = a->v.alias.asname ? a->v.alias.asname : a->v.alias.name;
    if (strcmp(name, "*") == 0) {
        if (st->cur->kind != WF_BLOCK_MODULE) {
            st_error_node(st, a, "import * only allowed at module level");
            return false;
        }
        return true;
    }
    const char *dot = strchr(name, '.');
    if (dot) {
        name = wf_arena_strndup(st->arena, name, (size_t)(dot - name));
        if (!name) {
            st_nomem(st);
            return false;
        }
    }
    return add_def(st, name, WF_DEF_IMPORT, a);
}

static const char *comp_kind_name(int kind)
{
    switch (kind) {
    case WF_AST_ListComp: return "list comprehension";
    case WF_AST_SetComp: return "set comprehension";
    case WF_AST_DictComp: return "dict comprehension";
    default: return "generator expression";
    }
}

static bool visit_global_nonlocal(WfSymtable *st, const WfAst *s, bool is_global)
{
    const WfIdList *names = is_global ? &s->v.Global.names : &s->v.Nonlocal.names;
    const char *what = is_global ? "global" : "nonlocal";
    for (int i = 0; i < names->n; i++) {
        const char *name = names->items[i];
        unsigned cur = lookup_flags(st, name);
        if (st->failed)
            return false;
        if (cur & (WF_DEF_PARAM | WF_DEF_LOCAL | WF_DEF_USE | WF_DEF_ANNOT)) {
            const char *mangled = wf_symtable_mangle(st->arena, st->private_name, name);
            if (cur & WF_DEF_PARAM)
                st_error_node(st, s, "name '%s' is parameter and %s", mangled, what);
            else if (cur & WF_DEF_USE)
                st_error_node(st, s, "name '%s' is used prior to %s declaration", mangled, what);
            else if (cur & WF_DEF_ANNOT)
                st_error_node(st, s, "annotated name '%s' can't be %s", mangled, what);
            else
                st_error_node(st, s, "name '%s' is assigned to before %s declaration", mangled,
                              what);
            return false;
        }
        if (!add_def(st, name, is_global ? WF_DEF_GLOBAL : WF_DEF_NONLOCAL, s))
            return false;
        record_directive(st, st->cur, name, s);
    }
    return true;
}

static bool visit_stmt(WfSymtable *st, const WfAst *s)
{
    switch (s->kind) {
    case WF_AST_FunctionDef: {
        const WfAst *a = s->v.FunctionDef.args;
        if (!add_def(st, s->v.FunctionDef.name, WF_DEF_LOCAL, s))
            return false;
        if (!visit_exprs(st, &a->v.arguments.defaults) ||
            !visit_exprs(st, &a->v.arguments.kw_defaults))
            return false;
        if (!visit_annotations(st, a, s->v.FunctionDef.returns))
            return false;
        if (!visit_exprs(st, &s->v.FunctionDef.decorator_list))
            return false;
        if (!enter_block(st, WF_BLOCK_FUNCTION, s->v.FunctionDef.name, s))
            return false;
        if (s->v.FunctionDef.is_async) {
            st->cur->is_async_def = true;
            st->cur->is_coroutine = true;
        }
        if (!visit_arguments(st, a) || !visit_stmts(st, &s->v.FunctionDef.body))
            return false;
        exit_block(st);
        return true;
    }
    case WF_AST_ClassDef: {
        if (!add_def(st, s->v.ClassDef.name, WF_DEF_LOCAL, s))
            return false;
        if (!visit_exprs(st, &s->v.ClassDef.bases))
            return false;
        for (int i = 0; i < s->v.ClassDef.keywords.n; i++)
            if (!visit_expr(st, s->v.ClassDef.keywords.items[i]->v.keyword.value))
                return false;
        if (!visit_exprs(st, &s->v.ClassDef.decorator_list))
            return false;
        if (!enter_block(st, WF_BLOCK_CLASS, s->v.ClassDef.name, s))
            return false;
        const char *saved = st->private_name;
        st->private_name = s->v.ClassDef.name;
        bool ok = visit_stmts(st, &s->v.ClassDef.body);
        st->private_name = saved;
        if (!ok)
            return false;
        exit_block(st);
        return true;
    }
    case WF_AST_Return:
        if (s->v.Return.value) {
            if (!visit_expr(st, s->v.Return.value))
                return false;
            st->cur->returns_value = true;
        }
        return true;
    case WF_AST_Delete:
        return visit_exprs(st, &s->v.Delete.targets);
    case WF_AST_Assign:
        return visit_exprs(st, &s->v.Assign.targets) && visit_expr(st, s->v.Assign.value);
    case WF_AST_AnnAssign: {
        const WfAst *t = s->v.AnnAssign.target;
        if (t->kind == WF_AST_Name) {
            unsigned cur = lookup_flags(st, t->v.Name.id);
            if ((cur & (WF_DEF_GLOBAL | WF_DEF_NONLOCAL)) && st->cur != st->top &&
                s->v.AnnAssign.simple) {
                const char *mangled = wf_symtable_mangle(st->arena, st->private_name,
                                                         t->v.Name.id);
                st_error_node(st, s, "annotated name '%s' can't be %s", mangled,
                              (cur & WF_DEF_GLOBAL) ? "global" : "nonlocal");
                return false;
            }
            if (s->v.AnnAssign.simple) {
                if (!add_def(st, t->v.Name.id, WF_DEF_ANNOT | WF_DEF_LOCAL, t))
                    return false;
            } else if (s->v.AnnAssign.value) {
                if (!add_def(st, t->v.Name.id, WF_DEF_LOCAL, t))
                    return false;
            }
        } else if (!visit_expr(st, t)) {
            return false;
        }
        if (!visit_annotation(st, s->v.AnnAssign.annotation))
            return false;
        if (s->v.AnnAssign.value && !visit_expr(st, s->v.AnnAssign.value))
            return false;
        return true;
    }
    case WF_AST_AugAssign:
        return visit_expr(st, s->v.AugAssign.target) && visit_expr(st, s->v.AugAssign.value);
    case WF_AST_For:
        return visit_expr(st, s->v.For.target) && visit_expr(st, s->v.For.iter) &&
               visit_stmts(st, &s->v.For.body) && visit_stmts(st, &s->v.For.orelse);
    case WF_AST_While:
        return visit_expr(st, s->v.While.test) && visit_stmts(st, &s->v.While.body) &&
               visit_stmts(st, &s->v.While.orelse);
    case WF_AST_If:
        return visit_expr(st, s->v.If.test) && visit_stmts(st, &s->v.If.body) &&
               visit_stmts(st, &s->v.If.orelse);
    case WF_AST_With:
        for (int i = 0; i < s->v.With.items.n; i++) {
            const WfAst *item = s->v.With.items.items[i];
            if (!visit_expr(st, item->v.withitem.context_expr))
                return false;
            if (item->v.withitem.optional_vars && !visit_expr(st, item->v.withitem.optional_vars))
                return false;
        }
        return visit_stmts(st, &s->v.With.body);
    case WF_AST_Raise:
        if (s->v.Raise.exc && !visit_expr(st, s->v.Raise.exc))
            return false;
        if (s->v.Raise.cause && !visit_expr(st, s->v.Raise.cause))
            return false;
        return true;
    case WF_AST_Try:
        if (!visit_stmts(st, &s->v.Try.body) || !visit_stmts(st, &s->v.Try.orelse))
            return false;
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            const WfAst *h = s->v.Try.handlers.items[i];
            if (h->v.ExceptHandler.type && !visit_expr(st, h->v.ExceptHandler.type))
                return false;
            if (h->v.ExceptHandler.name && !add_def(st, h->v.ExceptHandler.name, WF_DEF_LOCAL, h))
                return false;
            if (!visit_stmts(st, &h->v.ExceptHandler.body))
                return false;
        }
        return visit_stmts(st, &s->v.Try.finalbody);
    case WF_AST_Assert:
        if (!visit_expr(st, s->v.Assert.test))
            return false;
        return !s->v.Assert.msg || visit_expr(st, s->v.Assert.msg);
    case WF_AST_Import:
        for (int i = 0; i < s->v.Import.names.n; i++)
            if (!visit_alias(st, s->v.Import.names.items[i]))
                return false;
        return true;
    case WF_AST_ImportFrom:
        for (int i = 0; i < s->v.ImportFrom.names.n; i++)
            if (!visit_alias(st, s->v.ImportFrom.names.items[i]))
                return false;
        return true;
    case WF_AST_Global:
        return visit_global_nonlocal(st, s, true);
    case WF_AST_Nonlocal:
        return visit_global_nonlocal(st, s, false);
    case WF_AST_Expr:
        return visit_expr(st, s->v.Expr.value);
    case WF_AST_Pass:
    case WF_AST_Break:
    case WF_AST_Continue:
        return true;
    default:
        return true;
    }
}

// A walrus inside a comprehension binds in the nearest enclosing function
// (or module); comprehensions in between see it as free.
static bool extend_namedexpr_scope(WfSymtable *st, const WfAst *target)
{
    const char *name = target->v.Name.id;
    for (WfSymScope *b = st->cur; b; b = b->parent) {
        if (b->comp_kind) {
            const char *mangled = wf_symtable_mangle(st->arena, st->private_name, name);
            WfSymbol *s = mangled ? wf_symtable_lookup(b, mangled) : NULL;
            if (s && (s->flags & WF_DEF_COMP_ITER)) {
                st_error_node(st, target,
                              "assignment expression cannot rebind comprehension iteration "
                              "variable '%s'", mangled);
                return false;
            }
            continue;
        }
        if (b->kind == WF_BLOCK_FUNCTION) {
            unsigned in_scope = 0;
            const char *mangled = wf_symtable_mangle(st->arena, st->private_name, name);
            WfSymbol *s = mangled ? wf_symtable_lookup(b, mangled) : NULL;
            if (s)
                in_scope = s->flags;
            if (!add_def(st, name, (in_scope & WF_DEF_GLOBAL) ? WF_DEF_GLOBAL : WF_DEF_NONLOCAL,
                         target))
                return false;
            record_directive(st, st->cur, name, target);
            return add_def_in(st, b, name, WF_DEF_LOCAL, target);
        }
        if (b->kind == WF_BLOCK_MODULE) {
            if (!add_def(st, name, WF_DEF_GLOBAL, target))
                return false;
            record_directive(st, st->cur, name, target);
            return add_def_in(st, b, name, WF_DEF_GLOBAL, target);
        }
        if (b->kind == WF_BLOCK_CLASS) {
            st_error_node(st, target,
                          "assignment expression within a comprehension cannot be used in a "
                          "class body");
            return false;
        }
    }
    return true;
}

static bool visit_comprehension_rest(WfSymtable *st, const WfAst *gen)
{
    st->cur->comp_iter_target++;
    bool ok = visit_expr(st, gen->v.comprehension.target);
    st->cur->comp_iter_target--;
    if (!ok)
        return false;
    st->cur->comp_iter_expr++;
    ok = visit_expr(st, gen->v.comprehension.iter);
    st->cur->comp_iter_expr--;
    if (!ok || !visit_exprs(st, &gen->v.comprehension.ifs))
        return false;
    if (gen->v.comprehension.is_async)
        st->cur->is_coroutine = true;
    return true;
}

static bool visit_comprehension(WfSymtable *st, const WfAst *e, const WfAstList *generators,
                                const WfAst *elt, const WfAst *value)
{
    static const char *const names[] = {"listcomp", "setcomp", "dictcomp", "genexpr"};
    const char *name = e->kind == WF_AST_ListComp ? names[0]
                       : e->kind == WF_AST_SetComp ? names[1]
                       : e->kind == WF_AST_DictComp ? names[2] : names[3];
    bool is_generator = e->kind == WF_AST_GeneratorExp;
    const WfAst *outermost = generators->items[0];

    // The outermost iterable is evaluated in the enclosing block.
    st->cur->comp_iter_expr++;
    bool ok = visit_expr(st, outermost->v.comprehension.iter);
    st->cur->comp_iter_expr--;
    if (!ok)
        return false;
    if (!enter_block(st, WF_BLOCK_FUNCTION, name, e))
        return false;
    WfSymScope *b = st->cur;
    b->comp_kind = e->kind;
    if (outermost->v.comprehension.is_async)
        b->is_coroutine = true;
    if (!add_def(st, ".0", WF_DEF_PARAM, e))
        return false;
    b->comp_iter_target++;
    ok = visit_expr(st, outermost->v.comprehension.target);
    b->comp_iter_target--;
    if (!ok || !visit_exprs(st, &outermost->v.comprehension.ifs))
        return false;
    for (int i = 1; i < generators->n; i++)
        if (!visit_comprehension_rest(st, generators->items[i]))
            return false;
    if (value && !visit_expr(st, value))
        return false;
    if (!visit_expr(st, elt))
        return false;
    b->is_generator = is_generator;
    bool is_async = b->is_coroutine && !is_generator;
    exit_block(st);
    if (is_async)
        st->cur->is_coroutine = true;
    return true;
}

static bool visit_expr(WfSymtable *st, const WfAst *e)
{
    switch (e->kind) {
    case WF_AST_NamedExpr:
        if (st->cur->comp_iter_expr > 0) {
            st_error_node(st, e,
                          "assignment expression cannot be used in a comprehension iterable "
                          "expression");
            return false;
        }
        if (st->cur->comp_kind && !extend_namedexpr_scope(st, e->v.NamedExpr.target))
            return false;
        return visit_expr(st, e->v.NamedExpr.value) && visit_expr(st, e->v.NamedExpr.target);
    case WF_AST_BoolOp:
        return visit_exprs(st, &e->v.BoolOp.values);
    case WF_AST_BinOp:
        return visit_expr(st, e->v.BinOp.left) && visit_expr(st, e->v.BinOp.right);
    case WF_AST_UnaryOp:
        return visit_expr(st, e->v.UnaryOp.operand);
    case WF_AST_Lambda: {
        const WfAst *a = e->v.Lambda.args;
        if (!visit_exprs(st, &a->v.arguments.defaults) ||
            !visit_exprs(st, &a->v.arguments.kw_defaults))
            return false;
        if (!enter_block(st, WF_BLOCK_FUNCTION, "lambda", e))
            return false;
        st->cur->is_lambda = true;
        if (!visit_arguments(st, a) || !visit_expr(st, e->v.Lambda.body))
            return false;
        exit_block(st);
        return true;
    }
    case WF_AST_IfExp:
        return visit_expr(st, e->v.IfExp.test) && visit_expr(st, e->v.IfExp.body) &&
               visit_expr(st, e->v.IfExp.orelse);
    case WF_AST_Dict:
        return visit_exprs(st, &e->v.Dict.keys) && visit_exprs(st, &e->v.Dict.values);
    case WF_AST_Set:
        return visit_exprs(st, &e->v.Set.elts);
    case WF_AST_ListComp:
        return visit_comprehension(st, e, &e->v.ListComp.generators, e->v.ListComp.elt, NULL);
    case WF_AST_SetComp:
        return visit_comprehension(st, e, &e->v.SetComp.generators, e->v.SetComp.elt, NULL);
    case WF_AST_GeneratorExp:
        return visit_comprehension(st, e, &e->v.GeneratorExp.generators, e->v.GeneratorExp.elt,
                                   NULL);
    case WF_AST_DictComp:
        return visit_comprehension(st, e, &e->v.DictComp.generators, e->v.DictComp.key,
                                   e->v.DictComp.value);
    case WF_AST_Yield:
    case WF_AST_YieldFrom: {
        const WfAst *v = e->kind == WF_AST_Yield ? e->v.Yield.value : e->v.YieldFrom.value;
        if (v && !visit_expr(st, v))
            return false;
        st->cur->is_generator = true;
        if (st->cur->comp_kind) {
            st_error_node(st, e, "'yield' inside %s", comp_kind_name(st->cur->comp_kind));
            return false;
        }
        return true;
    }
    case WF_AST_Await:
        if (!visit_expr(st, e->v.Await.value))
            return false;
        st->cur->is_coroutine = true;
        return true;
    case WF_AST_Compare:
        return visit_expr(st, e->v.Compare.left) && visit_exprs(st, &e->v.Compare.comparators);
    case WF_AST_Call:
        if (!visit_expr(st, e->v.Call.func) || !visit_exprs(st, &e->v.Call.args))
            return false;
        for (int i = 0; i < e->v.Call.keywords.n; i++)
            if (!visit_expr(st, e->v.Call.keywords.items[i]->v.keyword.value))
                return false;
        return true;
    case WF_AST_FormattedValue:
        if (!visit_expr(st, e->v.FormattedValue.value))
            return false;
        return !e->v.FormattedValue.format_spec || visit_expr(st, e->v.FormattedValue.format_spec);
    case WF_AST_JoinedStr:
        return visit_exprs(st, &e->v.JoinedStr.values);
    case WF_AST_Constant:
        return true;
    case WF_AST_Attribute:
        return visit_expr(st, e->v.Attribute.value);
    case WF_AST_Subscript:
        return visit_expr(st, e->v.Subscript.value) && visit_expr(st, e->v.Subscript.slice);
    case WF_AST_Starred:
        return visit_expr(st, e->v.Starred.value);
    case WF_AST_Slice:
        if (e->v.Slice.lower && !visit_expr(st, e->v.Slice.lower))
            return false;
        if (e->v.Slice.upper && !visit_expr(st, e->v.Slice.upper))
            return false;
        return !e->v.Slice.step || visit_expr(st, e->v.Slice.step);
    case WF_AST_Name:
        if (!add_def(st, e->v.Name.id, e->v.Name.ctx == WF_CTX_LOAD ? WF_DEF_USE : WF_DEF_LOCAL, e))
            return false;
        // super() counts as a use of __class__.
        if (e->v.Name.ctx == WF_CTX_LOAD && st->cur->kind == WF_BLOCK_FUNCTION &&
            strcmp(e->v.Name.id, "super") == 0 && !add_def(st, "__class__", WF_DEF_USE, e))
            return false;
        return true;
    case WF_AST_List:
        return visit_exprs(st, &e->v.List.elts);
    case WF_AST_Tuple:
        return visit_exprs(st, &e->v.Tuple.elts);
    default:
        return true;
    }
}

// ---------------------------------------------------------------------------
// Pass 2: analysis
// ---------------------------------------------------------------------------

static bool analyze_name(WfSymtable *st, WfSymScope *b, WfSymbol *s, NameSet *bound,
                         bool has_bound, NameSet *local, NameSet *free, NameSet *global)
{
    unsigned flags = s->flags;
    if (flags & WF_DEF_GLOBAL) {
        if (flags & WF_DEF_NONLOCAL) {
            st_error_at(st, s->dir_line, s->dir_col, s->dir_end_line, s->dir_end_col,
                        "name '%s' is nonlocal and global", s->name);
            return false;
        }
        s->scope = WF_SCOPE_GLOBAL_EXPLICIT;
        if (set_add(global, s->name) < 0)
            goto nomem;
        if (has_bound)
            set_discard(bound, s->name);
        return true;
    }
    if (flags & WF_DEF_NONLOCAL) {
        if (!has_bound) {
            st_error_at(st, s->dir_line, s->dir_col, s->dir_end_line, s->dir_end_col,
                        "nonlocal declaration not allowed at module level");
            return false;
        }
        if (!set_has(bound, s->name)) {
            st_error_at(st, s->dir_line, s->dir_col, s->dir_end_line, s->dir_end_col,
                        "no binding for nonlocal '%s' found", s->name);
            return false;
        }
        s->scope = WF_SCOPE_FREE;
        if (set_add(free, s->name) < 0)
            goto nomem;
        return true;
    }
    if (flags & WF_DEF_BOUND) {
        s->scope = WF_SCOPE_LOCAL;
        if (set_add(local, s->name) < 0)
            goto nomem;
        set_discard(global, s->name);
        return true;
    }
    if (has_bound && set_has(bound, s->name)) {
        s->scope = WF_SCOPE_FREE;
        if (set_add(free, s->name) < 0)
            goto nomem;
        return true;
    }
    if (set_has(global, s->name))
        s->scope = WF_SCOPE_GLOBAL_EXPLICIT;
    else
        s->scope = WF_SCOPE_GLOBAL_IMPLICIT;
    (void)b;
    return true;
nomem:
    st_nomem(st);
    return false;
}

// [bound] is NULL for the module block.
static bool analyze_block(WfSymtable *st, WfSymScope *b, NameSet *bound, NameSet *free,
                          NameSet *global)
{
    NameSet local = {0}, newglobal = {0}, newfree = {0}, newbound = {0};
    NameSet cbound = {0}, cfree = {0}, cglobal = {0};
    bool ok = false;
    bool has_bound = bound != NULL;
    NameSet empty = {0};
    if (!bound)
        bound = &empty;

    if (b->kind == WF_BLOCK_CLASS) {
        // The class namespace is invisible to nested functions: pass down
        // what the enclosing blocks see, before analyzing the class itself.
        if (set_update(&newglobal, global) < 0 || set_update(&newbound, bound) < 0)
            goto nomem;
    }
    for (int i = 0; i < b->nsyms; i++)
        if (!analyze_name(st, b, &b->syms[i], bound, has_bound, &local, free, global))
            goto done;
    if (b->kind != WF_BLOCK_CLASS) {
        if (b->kind == WF_BLOCK_FUNCTION && set_update(&newbound, &local) < 0)
            goto nomem;
        if (has_bound && set_update(&newbound, bound) < 0)
            goto nomem;
        if (set_update(&newglobal, global) < 0)
            goto nomem;
    } else if (set_add(&newbound, "__class__") < 0) {
        goto nomem;
    }

    for (int i = 0; i < b->nchildren; i++) {
        set_free(&cbound);
        set_free(&cfree);
        set_free(&cglobal);
        if (set_update(&cbound, &newbound) < 0 || set_update(&cglobal, &newglobal) < 0)
            goto nomem;
        if (!analyze_block(st, b->children[i], &cbound, &cfree, &cglobal))
            goto done;
        if (set_update(&newfree, &cfree) < 0)
            goto nomem;
    }

    if (b->kind == WF_BLOCK_FUNCTION) {
        // Locals captured by children become cells.
        for (int i = 0; i < b->nsyms; i++) {
            WfSymbol *s = &b->syms[i];
            if (s->scope == WF_SCOPE_LOCAL && set_discard(&newfree, s->name))
                s->scope = WF_SCOPE_CELL;
        }
    } else if (b->kind == WF_BLOCK_CLASS) {
        if (set_discard(&newfree, "__class__"))
            b->needs_class_closure = true;
    }

    // Free names of children: already known here, or propagated as free.
    for (int j = 0; j < newfree.cap; j++) {
        const char *name = newfree.keys[j];
        if (!name || name == TOMB)
            continue;
        WfSymbol *s = wf_symtable_lookup(b, name);
        if (s) {
            if (b->kind == WF_BLOCK_CLASS && (s->flags & (WF_DEF_BOUND | WF_DEF_GLOBAL)))
                s->flags |= WF_DEF_FREE_CLASS;
            continue;
        }
        if (has_bound && !set_has(bound, name))
            continue;   // a global
        if (!has_bound)
            continue;
        s = block_symbol(st, b, name);
        if (!s)
            goto done;
        s->scope = WF_SCOPE_FREE;
    }
    if (set_update(free, &newfree) < 0)
        goto nomem;
    ok = true;
    goto done;
nomem:
    st_nomem(st);
done:
    set_free(&local);
    set_free(&newglobal);
    set_free(&newfree);
    set_free(&newbound);
    set_free(&cbound);
    set_free(&cfree);
    set_free(&cglobal);
    return ok;
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

int wf_symtable_build(WfSymtable *st, WfArena *arena, const WfAst *root,
                      int future_annotations, WfSymError *err)
{
    memset(st, 0, sizeof *st);
    memset(err, 0, sizeof *err);
    st->arena = arena;
    st->err = err;
    st->future_annotations = future_annotations;
    if (!enter_block(st, WF_BLOCK_MODULE, "top", root))
        return -1;
    st->top = st->cur;
    bool ok = true;
    switch (root->kind) {
    case WF_AST_Module:
        ok = visit_stmts(st, &root->v.Module.body);
        break;
    case WF_AST_Interactive:
        ok = visit_stmts(st, &root->v.Interactive.body);
        break;
    case WF_AST_Expression:
        ok = visit_expr(st, root->v.Expression.body);
        break;
    default:
        break;
    }
    if (!ok || st->failed)
        return -1;
    st->cur = st->top;
    NameSet free = {0}, global = {0};
    ok = analyze_block(st, st->top, NULL, &free, &global);
    set_free(&free);
    set_free(&global);
    return ok && !st->failed ? 0 : -1;
}
