# The camelCase aliases work and warn as CPython does (DeprecationWarning
# pointing at the caller).
# expect-exit: 0
import threading

t = threading.Thread(target=print)
t.setName("old style")
print(t.getName())
t.setDaemon(True)
print(t.isDaemon())
print(threading.currentThread().name)
print(threading.activeCount())
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
print("done")
