# SIGTERM with its default action ends the process at once (the shell sees
# 128 + 15); SIG_DFL restored after a Weft handler does the same.
# expect-exit: 143
import os
import signal
import sys

signal.signal(signal.SIGTERM, lambda s, f: print("handled", s))
os.kill(os.getpid(), signal.SIGTERM)
print("after the handler")
print(signal.signal(signal.SIGTERM, signal.SIG_DFL) is not None)
sys.stdout.flush()
os.kill(os.getpid(), signal.SIGTERM)
print("not reached")
