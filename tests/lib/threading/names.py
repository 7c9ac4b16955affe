# Thread names (with and without targets, explicit, set later), Thread
# subclasses overriding run(), reprs and the daemon flag.
import threading


def work():
    pass


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.seen = None

    def run(self):
        self.seen = (self.n * 2, threading.current_thread() is self,
                     threading.current_thread().name)


print(threading.Thread(target=work).name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread().name)
print(threading.Thread(target=work, name="explicit").name)
print(threading.Thread(name=42).name)
print(threading.Thread(target=print).name)
w = Worker(21)
print(w.name, repr(w))
w.start()
w.join()
print(w.seen, w.is_alive(), repr(w).startswith("<Worker(Thread-5, stopped "))
t = threading.Thread(target=work)
t.name = "renamed"
print(t.name, t.daemon)
t.daemon = True
print(repr(t))
t.start()
t.join()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.Timer(1, work).name)
inner = []
d = threading.Thread(target=lambda: inner.append(threading.Thread().daemon), daemon=True)
d.start()
d.join()
print("daemon inherited:", inner)
print(threading.get_ident() == threading.main_thread().ident, threading.get_native_id() > 0)
idents = set()
ts = [threading.Thread(target=lambda: idents.add(threading.get_ident())) for _ in range(5)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(all(x.ident in idents for x in ts), all(x.ident is not None for x in ts))
