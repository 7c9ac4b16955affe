# An uncaught KeyboardInterrupt prints its traceback, and the process then
# ends by SIGINT, as CPython does: the shell sees status 130.
# expect-exit: 130
import os
import signal

print("before")
os.kill(os.getpid(), signal.SIGINT)
print("not reached")
