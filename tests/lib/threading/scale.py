# Threads at scale: 2,000 started and joined, 500 alive at once; what
# threading.enumerate() and active_count() say during and after.
# timeout: 120
import threading

counter = 0
lock = threading.Lock()


def bump():
    global counter
    with lock:
        counter += 1


threads = []
for i in range(2000):
    t = threading.Thread(target=bump)
    t.start()
    threads.append(t)
for t in threads:
    t.join()
print("2000 threads:", counter, threading.active_count(), any(t.is_alive() for t in threads))

# 500 threads alive at the same time, all blocked on one event.
go = threading.Event()
arrived = threading.Semaphore(0)
done = []


def wait_for_go(i):
    arrived.release()
    go.wait()
    with lock:
        done.append(i)


alive = [threading.Thread(target=wait_for_go, args=(i,), name=f"w{i}") for i in range(500)]
for t in alive:
    t.start()
for _ in alive:
    arrived.acquire()
print("alive:", threading.active_count(), len(threading.enumerate()),
      sum(t.is_alive() for t in alive))
names = {t.name for t in threading.enumerate()}
print("enumerate has them all:", all(f"w{i}" in names for i in range(500)), "MainThread" in names)
go.set()
for t in alive:
    t.join()
print("after:", threading.active_count(), threading.enumerate() == [threading.main_thread()],
      sorted(done) == list(range(500)))

# Threads that start threads.
results = []


def spawner(depth):
    if depth == 0:
        with lock:
            results.append(threading.current_thread().name)
        return
    kids = [threading.Thread(target=spawner, args=(depth - 1,)) for _ in range(3)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()


spawner(4)
print("tree of threads:", len(results), threading.active_count())
