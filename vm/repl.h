// repl.h — the interactive loop (GNU readline).
#ifndef WF_VM_REPL_H
#define WF_VM_REPL_H

// Runs the REPL in module __main__ until EOF or exit(). Returns the process
// exit status (0 at EOF; SystemExit's code otherwise).
int wf_repl_run(void);

#endif
