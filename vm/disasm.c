// disasm.c — the opcode name table and the bytecode lister behind
// `weft --dis`. Output shape follows CPython's dis module: line numbers in
// the first column, ">>" marking jump targets, then index, name, argument
// and its meaning in parentheses; nested code objects follow.
// GIL: held by the caller (reprs of constants may run Weft code).
#include "vm/disasm.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/code.h"
#include "vm/opcodes.h"

const char *const wf_opcode_names[WF_OP_COUNT] = {
#define WF_OP_NAME(name, effect, has_arg) [OP_##name] = #name,
    WF_OPCODES(WF_OP_NAME)
#undef WF_OP_NAME
};

static const unsigned char op_has_arg[WF_OP_COUNT] = {
#define WF_OP_HASARG(name, effect, has_arg) [OP_##name] = has_arg,
    WF_OPCODES(WF_OP_HASARG)
#undef WF_OP_HASARG
};

static const char *const binop_names[] = {
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@",
};
static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};
static const char *const unop_names[] = {"-", "+", "~", "not"};

static bool is_jump(int op)
{
    switch (op) {
    case OP_JUMP:
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER:
        return true;
    default:
        return false;
    }
}

// Prints repr(v) without letting a failing repr escape.
static void print_repr(FILE *out, WfValue v)
{
    WfValue r = wf_repr(v);
    if (!r) {
        wf_err_clear();
        fputs("<repr failed>", out);
        return;
    }
    fputs(wf_str_cstr(r), out);
    wf_decref(r);
}

static void print_tuple_item(FILE *out, WfValue tuple, uint32_t i)
{
    if (tuple && wf_is_tuple(tuple) && i < WF_TUPLE_LEN(tuple) &&
        wf_is_str(WF_TUPLE_GET(tuple, i)))
        fputs(wf_str_cstr(WF_TUPLE_GET(tuple, i)), out);
    else
        fputs("<bad index>", out);
}

static const char *cell_name(const WfCode *co, uint32_t arg)
{
    size_t ncells = co->cellnames ? WF_TUPLE_LEN(co->cellnames) : 0;
    if (arg < ncells)
        return wf_str_cstr(WF_TUPLE_GET(co->cellnames, arg));
    arg -= (uint32_t)ncells;
    if (co->freenames && arg < WF_TUPLE_LEN(co->freenames))
        return wf_str_cstr(WF_TUPLE_GET(co->freenames, arg));
    return "<bad cell>";
}

// The meaning of [arg] for [op], printed inside parentheses (nothing if none).
static void print_arg_meaning(FILE *out, const WfCode *co, int op, uint32_t arg)
{
    switch (op) {
    case OP_LOAD_CONST:
        fputs("(", out);
        if (co->consts && arg < WF_TUPLE_LEN(co->consts))
            print_repr(out, WF_TUPLE_GET(co->consts, arg));
        else
            fputs("<bad index>", out);
        fputs(")", out);
        break;
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL:
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME:
    case OP_LOAD_ATTR: case OP_STORE_ATTR: case OP_DELETE_ATTR:
    case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        fputs("(", out);
        print_tuple_item(out, co->names, arg);
        fputs(")", out);
        break;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
        fputs("(", out);
        print_tuple_item(out, co->localnames, arg);
        fputs(")", out);
        break;
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF:
    case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF:
        fprintf(out, "(%s)", cell_name(co, arg));
        break;
    case OP_BINARY_OP:
        if (arg < WF_BINOP_COUNT)
            fprintf(out, "(%s)", binop_names[arg]);
        else if (arg < 2 * WF_BINOP_COUNT)
            fprintf(out, "(%s=)", binop_names[arg - WF_BINOP_COUNT]);
        break;
    case OP_UNARY_OP:
        if (arg < 4)
            fprintf(out, "(%s)", unop_names[arg]);
        break;
    case OP_COMPARE_OP:
        if (arg < 6)
            fprintf(out, "(%s)", cmp_names[arg]);
        break;
    case OP_IS_OP:
        fputs(arg ? "(is not)" : "(is)", out);
        break;
    case OP_CONTAINS_OP:
        fputs(arg ? "(not in)" : "(in)", out);
        break;
    case OP_FORMAT_VALUE: {
        static const char *const conv[] = {"", "str", "repr", "ascii"};
        const char *c = conv[arg & 3];
        if (arg & 4)
            fprintf(out, "(%s%swith format)", c, *c ? ", " : "");
        else if (*c)
            fprintf(out, "(%s)", c);
        break;
    }
    case OP_MAKE_FUNCTION: {
        static const char *const parts[] = {"defaults", "kwdefaults", "annotations", "closure"};
        bool first = true;
        if (arg & 15) {
            fputs("(", out);
            for (int i = 0; i < 4; i++) {
                if (arg & (1u << i)) {
                    fprintf(out, "%s%s", first ? "" : ", ", parts[i]);
                    first = false;
                }
            }
            fputs(")", out);
        }
        break;
    }
    case OP_UNPACK_EX:
        fprintf(out, "(%u before, %u after)", arg & 0xff, arg >> 8);
        break;
    case OP_CALL_EX:
        if (arg & 1)
            fputs("(with kwargs)", out);
        break;
    case OP_RAISE_VARARGS:
        if (arg == 0)
            fputs("(reraise)", out);
        else if (arg == 2)
            fputs("(with cause)", out);
        break;
    default:
        if (is_jump(op))
            fprintf(out, "(to %u)", arg);
        break;
    }
}

static void disasm_one(FILE *out, const WfCode *co)
{
    // Mark jump targets and handler entries.
    unsigned char *target = calloc(co->ninstrs + 1, 1);
    for (size_t i = 0; target && i < co->ninstrs; i++) {
        uint32_t w = co->instrs[i];
        int op = (int)WF_INSTR_OP(w);
        if (op < WF_OP_COUNT && is_jump(op) && WF_INSTR_ARG(w) <= co->ninstrs)
            target[WF_INSTR_ARG(w)] = 1;
    }
    for (size_t i = 0; target && i < co->nexc; i++)
        if (co->exctable[i].handler <= co->ninstrs)
            target[co->exctable[i].handler] = 1;

    int lastline = -1;
    for (size_t i = 0; i < co->ninstrs; i++) {
        uint32_t w = co->instrs[i];
        int op = (int)WF_INSTR_OP(w);
        uint32_t arg = WF_INSTR_ARG(w);
        int line = wf_code_line(co, i);
        if (line != lastline) {
            if (i > 0)
                fputc('\n', out);
            fprintf(out, "%4d", line);
            lastline = line;
        } else {
            fputs("    ", out);
        }
        fprintf(out, "    %s %5zu ", target && target[i] ? ">>" : "  ", i);
        if (op >= WF_OP_COUNT) {
            fprintf(out, "<bad opcode %d>\n", op);
            continue;
        }
        if (op_has_arg[op]) {
            fprintf(out, "%-22s %5u", wf_opcode_names[op], arg);
            char *meaning = NULL;
            size_t mlen = 0;
            FILE *m = open_memstream(&meaning, &mlen);
            if (m) {
                print_arg_meaning(m, co, op, arg);
                fclose(m);
                if (mlen)
                    fprintf(out, " %s", meaning);
                free(meaning);
            }
        } else {
            fputs(wf_opcode_names[op], out);
        }
        fputc('\n', out);
    }
    if (co->nexc) {
        fputs("ExceptionTable:\n", out);
        for (size_t i = 0; i < co->nexc; i++) {
            const WfExcEntry *e = &co->exctable[i];
            fprintf(out, "  %u to %u -> %u [%u]\n", e->start, e->end, e->handler, e->depth);
        }
    }
    free(target);
}

static void disasm_rec(FILE *out, WfValue code, bool header)
{
    const WfCode *co = (const WfCode *)code;
    if (header) {
        fputs("Disassembly of ", out);
        print_repr(out, code);
        fputs(":\n", out);
    }
    disasm_one(out, co);
    if (!co->consts)
        return;
    for (size_t i = 0; i < WF_TUPLE_LEN(co->consts); i++) {
        WfValue c = WF_TUPLE_GET(co->consts, i);
        if (wf_is_code(c)) {
            fputc('\n', out);
            disasm_rec(out, c, true);
        }
    }
}

void wf_disasm(FILE *out, WfValue code)
{
    if (!code || !wf_is_code(code)) {
        fputs("<not a code object>\n", out);
        return;
    }
    disasm_rec(out, code, false);
}
