# Thread lifecycle: start, join, names, idents, is_alive, current_thread.
import threading
import time

results = []


def worker(n):
    time.sleep(0.01 * n)
    results.append((n, threading.current_thread().name))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
print([t.is_alive() for t in threads])  # expect: [False, False, False]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))  # expect: [(0, 'Thread-1 (worker)'), (1, 'Thread-2 (worker)'), (2, 'Thread-3 (worker)')]
print([t.is_alive() for t in threads])  # expect: [False, False, False]
print(all(isinstance(t.ident, int) for t in threads))  # expect: True
print(threading.current_thread() is threading.main_thread())  # expect: True
print(threading.main_thread().name)  # expect: MainThread
print(threading.active_count())  # expect: 1
print(threading.get_ident() == threading.main_thread().ident)  # expect: True

t = threading.Thread(target=lambda: None, name="custom")
print(t.name, t.daemon, t.ident)  # expect: custom False None
print(repr(t))  # expect: <Thread(custom, initial)>
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print(e)  # expect: threads can only be started once

try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print(e)  # expect: cannot join thread before it is started

try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)  # expect: cannot join current thread


class Worker(threading.Thread):
    def __init__(self, value):
        super().__init__()
        self.value = value
        self.result = None

    def run(self):
        self.result = self.value * 2


w = Worker(21)
w.start()
w.join()
print(w.result)  # expect: 42

kw = {}
t = threading.Thread(target=lambda a, b=0: kw.update(a=a, b=b), args=(1,), kwargs={"b": 2})
t.start()
t.join()
print(kw)  # expect: {'a': 1, 'b': 2}

slow = threading.Thread(target=time.sleep, args=(0.3,))
slow.start()
slow.join(timeout=0.01)
print(slow.is_alive())  # expect: True
slow.join()
print(slow.is_alive())  # expect: False
