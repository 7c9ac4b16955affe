# Ctrl-C while the program waits for its non-daemon threads at exit: as in
# CPython, the KeyboardInterrupt is reported ("Exception ignored in: <module
# 'threading' ...>") and the process exits with the main program's status
# instead of waiting any longer.
# expect-exit: 0
import os
import signal
import threading

threading.Thread(target=threading.Event().wait).start()      # never ends
timer = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
timer.daemon = True
timer.start()
print("end of main")  # expect: end of main
