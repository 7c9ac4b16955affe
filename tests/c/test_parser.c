// test_parser.c - developer driver for the front end: parses a .py/.wf file
// and prints ast.dump()-style text, or the SyntaxError as
// "<Kind>: msg (line L, col C)". Used by tests/parser/check.sh.
// Usage: test_parser [-m exec|eval|single] [-e] [-a] FILE
//   -e: also print the error's end position; -a: dump with node positions
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "parser.h"

int main(int argc, char **argv)
{
    int mode = WF_PARSE_FILE, show_end = 0, attrs = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-m") == 0 && i + 1 < argc) {
            i++;
            mode = strcmp(argv[i], "eval") == 0 ? WF_PARSE_EVAL
                   : strcmp(argv[i], "single") == 0 ? WF_PARSE_SINGLE : WF_PARSE_FILE;
        } else if (strcmp(argv[i], "-e") == 0) {
            show_end = 1;
        } else if (strcmp(argv[i], "-a") == 0) {
            attrs = 1;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fprintf(stderr, "usage: %s [-m exec|eval|single] [-e] [-a] FILE\n", argv[0]);
        return 2;
    }
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + len, 1, cap - len, f)) > 0) {
        len += r;
        if (len == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    if (f != stdin)
        fclose(f);
    if (!buf) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    WfArena *arena = wf_arena_new();
    WfSyntaxErrorInfo err;
    WfAst *root = arena ? wf_parse(arena, buf, len, path, mode, &err) : NULL;
    int rc = 0;
    if (root) {
        wf_ast_dump_ex(stdout, root, attrs);
        putchar('\n');
    } else {
        printf("%s: %s (line %d, col %d)", err.kind ? err.kind : "SyntaxError", err.msg, err.line, err.col);
        if (show_end)
            printf(" end (%d, %d)", err.end_line, err.end_col);
        if (err.incomplete)
            printf(" [incomplete]");
        putchar('\n');
        rc = 1;
    }
    wf_arena_free(arena);
    free(buf);
    return rc;
}
