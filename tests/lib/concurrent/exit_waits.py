# A ThreadPoolExecutor never shut down: at exit the work already submitted
# still runs to the end (its workers are joined), as in CPython.
import concurrent.futures as cf
import threading
import time

ex = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="exitpool")
ex.submit(lambda: (time.sleep(0.1), print("work 1 done")))
ex.submit(lambda: (time.sleep(0.2), print("work 2 done")))
print("main done", sorted(t.name for t in threading.enumerate() if t.name.startswith("exitpool")))
# expect: main done ['exitpool_0', 'exitpool_1']
# expect: work 1 done
# expect: work 2 done
