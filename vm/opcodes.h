// opcodes.h — the instruction set: the single list that feeds the opcode
// enum, the dispatch table, the disassembler and the compiler's stack-depth
// computation.
//
// Encoding: one 32-bit word per instruction: bits 0-7 the opcode, bits 8-31
// the operand ("arg", 0..16M). Jump targets are absolute instruction indices.
// Stack pictures below list the stack bottom-to-top; TOS is the rightmost.
//
// OP(name, stack_effect, has_arg): stack_effect is the net change when it is
// fixed; WF_VAR marks effects that depend on arg (see wf_op_stack_effect in
// compiler.c). Semantics of each opcode are documented beside it.
#ifndef WF_VM_OPCODES_H
#define WF_VM_OPCODES_H

#define WF_VAR 99

#define WF_OPCODES(OP)                                                                   \
    OP(NOP, 0, 0)                                                                        \
    /* ---- stack manipulation ---- */                                                  \
    OP(POP_TOP, -1, 0)            /* a ->                                      */       \
    OP(COPY, 1, 1)                /* ... x (arg-1 items) -> ... x ... x: push stack[-arg] */ \
    OP(SWAP, 0, 1)                /* swap TOS with stack[-arg] (arg >= 2)      */       \
    /* ---- constants and variables ---- */                                             \
    OP(LOAD_CONST, 1, 1)          /* -> consts[arg]                            */       \
    OP(LOAD_FAST, 1, 1)           /* -> locals[arg]; UnboundLocalError if unset */      \
    OP(STORE_FAST, -1, 1)         /* v -> ; locals[arg] = v                    */       \
    OP(DELETE_FAST, 0, 1)         /* locals[arg] = unset (UnboundLocalError if unset) */ \
    OP(LOAD_DEREF, 1, 1)          /* -> contents of cell arg (cells then frees); NameError/UnboundLocalError if empty */ \
    OP(STORE_DEREF, -1, 1)        /* v -> ; cell arg contents = v              */       \
    OP(DELETE_DEREF, 0, 1)                                                              \
    OP(LOAD_CLOSURE, 1, 1)        /* -> the cell object arg itself (for MAKE_FUNCTION closures) */ \
    OP(LOAD_CLASSDEREF, 1, 1)     /* class body: locals dict[name of cell arg], else cell contents */ \
    OP(LOAD_GLOBAL, 1, 1)         /* -> globals[names[arg]] or builtins[...]; NameError "name 'x' is not defined" */ \
    OP(STORE_GLOBAL, -1, 1)                                                             \
    OP(DELETE_GLOBAL, 0, 1)                                                             \
    OP(LOAD_NAME, 1, 1)           /* locals dict, then globals, then builtins (module/class bodies) */ \
    OP(STORE_NAME, -1, 1)         /* v -> ; locals dict[names[arg]] = v        */       \
    OP(DELETE_NAME, 0, 1)                                                               \
    OP(LOAD_ATTR, 0, 1)           /* obj -> getattr(obj, names[arg])           */       \
    OP(STORE_ATTR, -2, 1)         /* v obj -> ; obj.names[arg] = v             */       \
    OP(DELETE_ATTR, -1, 1)        /* obj ->                                    */       \
    OP(LOAD_METHOD, 1, 1)         /* obj -> meth obj   (unbound function/method descriptor found on the type) \
                                     or   obj -> attr NULL (anything else)      */       \
    OP(LOAD_BUILD_CLASS, 1, 0)    /* -> builtins.__build_class__              */       \
    OP(LOAD_ASSERTION_ERROR, 1, 0)                                                      \
    OP(SETUP_ANNOTATIONS, 0, 0)   /* locals dict gets __annotations__ = {} if missing */ \
    /* ---- operators ---- */                                                           \
    OP(BINARY_OP, -1, 1)          /* a b -> a op b, arg = WF_BINOP_* (in-place forms included) */ \
    OP(UNARY_OP, 0, 1)            /* a -> op a, arg = WF_UNOP_*                */       \
    OP(COMPARE_OP, -1, 1)         /* a b -> a cmp b, arg = WF_LT..WF_GE        */       \
    OP(IS_OP, -1, 1)              /* a b -> (a is b) != arg                    */       \
    OP(CONTAINS_OP, -1, 1)        /* a b -> (a in b) != arg                    */       \
    OP(BINARY_SUBSCR, -1, 0)      /* container key -> container[key]           */       \
    OP(STORE_SUBSCR, -3, 0)       /* v container key -> ; container[key] = v   */       \
    OP(DELETE_SUBSCR, -2, 0)      /* container key ->                          */       \
    /* ---- building ---- */                                                            \
    OP(BUILD_TUPLE, WF_VAR, 1)    /* x1..xn -> (x1..xn), n = arg               */       \
    OP(BUILD_LIST, WF_VAR, 1)                                                           \
    OP(BUILD_SET, WF_VAR, 1)                                                            \
    OP(BUILD_MAP, WF_VAR, 1)      /* k1 v1 .. kn vn -> {k1: v1, ...}, n = arg  */       \
    OP(BUILD_STRING, WF_VAR, 1)   /* s1..sn -> s1+..+sn (all str), n = arg     */       \
    OP(BUILD_SLICE, WF_VAR, 1)    /* start stop [step] -> slice, arg = 2 or 3  */       \
    /* For the six container-updating ops below: after popping the operand(s), the container is stack[-arg]. */ \
    OP(LIST_APPEND, -1, 1)        /* v -> ; list.append(v)                     */       \
    OP(SET_ADD, -1, 1)                                                                  \
    OP(MAP_ADD, -2, 1)            /* k v -> ; dict[k] = v                      */       \
    OP(LIST_EXTEND, -1, 1)        /* iterable -> ; list.extend(iterable)       */       \
    OP(SET_UPDATE, -1, 1)                                                               \
    OP(DICT_UPDATE, -1, 1)        /* mapping -> ; dict.update(mapping)         */       \
    OP(DICT_MERGE, -1, 1)         /* like DICT_UPDATE for **kwargs in calls: TypeError on duplicate keys or non-str keys */ \
    OP(LIST_TO_TUPLE, 0, 0)       /* list -> tuple(list)                       */       \
    OP(FORMAT_VALUE, WF_VAR, 1)   /* v [spec] -> str; arg & 3: 0 none, 1 str(), 2 repr(), 3 ascii(); arg & 4: a spec str is on TOS */ \
    OP(UNPACK_SEQUENCE, WF_VAR, 1) /* seq -> x_n .. x_1 (x_1 on top); ValueError "not enough values to unpack (expected 2, got 1)" / "too many values to unpack (expected 2)" */ \
    OP(UNPACK_EX, WF_VAR, 1)      /* seq -> after items, list of middle, before items (first on top); arg = before | after << 8 */ \
    /* ---- control flow ---- */                                                        \
    OP(JUMP, 0, 1)                /* ip = arg (the eval breaker is checked as everywhere) */ \
    OP(POP_JUMP_IF_FALSE, -1, 1)  /* v -> ; if not v: ip = arg                 */       \
    OP(POP_JUMP_IF_TRUE, -1, 1)                                                         \
    OP(JUMP_IF_FALSE_OR_POP, WF_VAR, 1) /* v -> v and jump if falsy, else pop it */     \
    OP(JUMP_IF_TRUE_OR_POP, WF_VAR, 1)                                                  \
    OP(GET_ITER, 0, 0)            /* v -> iter(v)                              */       \
    OP(FOR_ITER, WF_VAR, 1)       /* it -> it next(it); at exhaustion pops it and ip = arg (+1 / -1) */ \
    /* ---- calls and functions ---- */                                                 \
    OP(CALL, WF_VAR, 1)           /* f a1..an -> f(a1..an), n = arg            */       \
    OP(CALL_KW, WF_VAR, 1)        /* f a1..an kwnames -> f(...), n = arg counts positional and keyword values; \
                                     the last len(kwnames) of them are passed by keyword */ \
    OP(CALL_METHOD, WF_VAR, 1)    /* m self a1..an -> m(self, a1..an); or  attr NULL a1..an -> attr(a1..an) */ \
    OP(CALL_METHOD_KW, WF_VAR, 1) /* m self_or_NULL a1..an kwnames -> ...      */       \
    OP(CALL_EX, WF_VAR, 1)        /* f args_tuple [kwargs_dict if arg & 1] -> f(*args, **kwargs) */ \
    OP(MAKE_FUNCTION, WF_VAR, 1)  /* [defaults tuple if arg&1] [kwdefaults dict if arg&2] [annotations dict if arg&4] \
                                     [closure tuple of cells if arg&8] code -> function; qualname from code */ \
    OP(RETURN_VALUE, -1, 0)       /* v -> ; return v to the caller (or StopIteration(v) for a generator) */ \
    /* ---- exceptions (see the protocol note below) ---- */                            \
    OP(RAISE_VARARGS, WF_VAR, 1)  /* arg 0: re-raise the exception being handled (RuntimeError "No active exception to reraise"); \
                                     1: exc -> raise exc; 2: exc cause -> raise exc from cause */ \
    OP(RERAISE, -1, 0)            /* exc -> ; raise exc again without adding a traceback entry */ \
    OP(PUSH_EXC_INFO, 1, 0)       /* exc -> prev exc; prev = the handled exception (None if none); the handled exception becomes exc */ \
    OP(POP_EXCEPT, -1, 0)         /* prev -> ; the handled exception becomes prev */    \
    OP(CHECK_EXC_MATCH, 0, 0)     /* exc type -> exc bool; TypeError "catching classes that do not inherit from BaseException is not allowed" */ \
    OP(CHECK_EG_MATCH, 0, 0)      /* eg type -> rest match: split an exception (group) for except*; \
                                     match is None when nothing matched (then rest is eg itself); a naked exception that matches \
                                     is wrapped in ExceptionGroup("", [exc]); rest is None when everything matched */ \
    OP(PREP_RERAISE_STAR, -1, 0)  /* orig list -> exc_or_None: combine the exceptions raised/re-raised by except* clauses (list) \
                                     with the unhandled rest of orig into what must propagate (None: nothing) */ \
    OP(BEFORE_WITH, 1, 0)         /* mgr -> bound_exit enter_result   (calls type(mgr).__enter__(mgr)); \
                                     TypeError "'X' object does not support the context manager protocol" */ \
    OP(WITH_EXCEPT_START, 1, 0)   /* exit prev exc -> exit prev exc res; res = exit(type(exc), exc, exc.__traceback__) */ \
    /* ---- generators and coroutines ---- */                                           \
    OP(YIELD_VALUE, 0, 0)         /* v -> sent: suspend the frame producing v; resume pushes the sent value (None for next()) */ \
    OP(YIELD_FROM, -1, 0)         /* receiver v -> result. Sends v into receiver (next() if v is None and receiver is not a generator). \
                                     If it yields y: the frame suspends producing y, with ip left ON this instruction, so the resume \
                                     re-executes it with the sent value on top: receiver sent. If it returns r (StopIteration): \
                                     pop both, push r. gen.throw()/close() on a frame suspended here forward to the receiver first. */ \
    OP(GET_YIELD_FROM_ITER, 0, 0) /* v -> iter(v) (a generator or coroutine passes through) */ \
    OP(GET_AWAITABLE, 0, 1)       /* v -> awaitable: a coroutine, or v.__await__(); TypeError "object int can't be used in 'await' expression" */ \
    OP(GET_AITER, 0, 0)           /* v -> v.__aiter__()                        */       \
    OP(GET_ANEXT, 1, 0)           /* aiter -> aiter awaitable(aiter.__anext__()) */     \
    OP(END_ASYNC_FOR, -2, 0)      /* aiter exc -> ; exc must be StopAsyncIteration (else re-raised) */ \
    OP(BEFORE_ASYNC_WITH, 1, 0)   /* mgr -> bound_aexit awaitable(mgr.__aenter__()) */  \
    OP(ASYNC_GEN_WRAP, 0, 0)      /* v -> wrapped v (marks a value yielded by an async generator) */ \
    /* ---- modules ---- */                                                             \
    OP(IMPORT_NAME, -1, 1)        /* level fromlist -> module; name = names[arg] */     \
    OP(IMPORT_FROM, 1, 1)         /* module -> module attr; ImportError "cannot import name 'x' from 'm' (path)" */ \
    OP(IMPORT_STAR, -1, 0)        /* module -> ; copies public names into the locals dict */ \
    /* ---- misc ---- */                                                                \
    OP(PRINT_EXPR, -1, 0)         /* v -> ; REPL: if v is not None print repr(v) and set builtins._ = v */

enum {
#define WF_OP_ENUM(name, effect, has_arg) OP_##name,
    WF_OPCODES(WF_OP_ENUM)
#undef WF_OP_ENUM
    WF_OP_COUNT
};

#define WF_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define WF_INSTR_OP(w) ((w) & 0xffu)
#define WF_INSTR_ARG(w) ((w) >> 8)
#define WF_MAX_ARG 0xffffffu

// Opcode names, indexed by opcode (defined in disasm.c).
extern const char *const wf_opcode_names[WF_OP_COUNT];

/* Exception handling protocol (shared by the compiler and eval.c)
 * ---------------------------------------------------------------
 * Zero-cost: a code object's exception table lists entries
 * { start, end, handler, depth } (instruction indices; [start, end) half open),
 * innermost regions first. When an exception propagates at instruction ip,
 * the VM takes the FIRST entry with start <= ip < end, pops (and decrefs)
 * the value stack down to `depth` items, pushes the exception (new ref), and
 * jumps to `handler`. No entry: the frame returns NULL to its caller.
 * Every error path except RERAISE adds a traceback entry (frame, line) first.
 * The unwinder never changes the "handled exception" (sys.exc_info());
 * PUSH_EXC_INFO / POP_EXCEPT do, and the compiler keeps them balanced.
 *
 * try/except:              body in region R1 -> H1 (depth d)
 *   H1:  PUSH_EXC_INFO                        ; prev exc      (region R2 -> CLEANUP, depth d+1)
 *        <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next   (exc stays below the bool)
 *        STORE_FAST e (or POP_TOP) ; <handler body> ; POP_EXCEPT ; JUMP end
 *   next: ... ; RERAISE                       ; no clause matched
 *   CLEANUP: SWAP 2 ; POP_EXCEPT ; RERAISE    ; restores prev, propagates
 * try/finally: the body's normal exit runs an inline copy of the finally
 *   block; the handler is PUSH_EXC_INFO ; <finally> ; RERAISE, covered by a
 *   CLEANUP region. return/break/continue inside try emit the pending
 *   finally blocks (and POP_EXCEPTs, and with-exits) inline before jumping.
 * with:  <mgr> BEFORE_WITH ; (region -> H, depth d+1) STORE/POP_TOP ; body ;
 *   LOAD_CONST None x3 ; CALL 3 ; POP_TOP ; JUMP end
 *   H: PUSH_EXC_INFO ; WITH_EXCEPT_START ; POP_JUMP_IF_TRUE supp ; RERAISE
 *   supp: POP_TOP ; POP_EXCEPT ; POP_TOP ; JUMP end      (CLEANUP as above)
 *
 * Generators: calling a function whose code has WF_CO_GENERATOR (or
 * COROUTINE / ASYNC_GENERATOR) binds the arguments into a new frame and
 * returns the generator object without running it.
 * Closures: on frame entry the VM creates an empty cell for every cellvar and
 * copies the function's closure cells into the free slots. For an argument
 * that is also a cellvar the compiler emits LOAD_FAST a; STORE_DEREF c first.
 * Class bodies are functions called by __build_class__ with a fresh
 * namespace dict as their locals dict (LOAD_NAME/STORE_NAME use it); a class
 * body that needs __class__ ends with LOAD_CLOSURE c; STORE_NAME
 * "__classcell__"; LOAD_CONST None; RETURN_VALUE, and __build_class__ fills
 * that cell with the new class.
 */

#endif
