# Queues between many threads: several producers and consumers through
# bounded and unbounded queues, task_done()/join(), every item delivered
# exactly once, FIFO order per producer, and blocking puts/gets with timeouts.
import queue
import threading
import time

N_PRODUCERS, N_CONSUMERS, PER_PRODUCER = 6, 4, 500


def run(q):
    received = []
    lock = threading.Lock()

    def producer(p):
        for i in range(PER_PRODUCER):
            q.put((p, i))

    def consumer():
        mine = []
        while True:
            item = q.get()
            if item is None:
                q.task_done()
                break
            mine.append(item)
            q.task_done()
        with lock:
            received.extend(mine)
            per_producer_order.append(
                all(a < b for a, b in zip([i for p, i in mine if p == 0], [i for p, i in mine if p == 0][1:])))

    per_producer_order = []
    producers = [threading.Thread(target=producer, args=(p,)) for p in range(N_PRODUCERS)]
    consumers = [threading.Thread(target=consumer) for _ in range(N_CONSUMERS)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    q.join()                           # every item taken and marked done
    for _ in consumers:
        q.put(None)
    for t in consumers:
        t.join()
    expected = sorted((p, i) for p in range(N_PRODUCERS) for i in range(PER_PRODUCER))
    return sorted(received) == expected, all(per_producer_order), q.unfinished_tasks, q.empty()


print("unbounded:", run(queue.Queue()))
print("bounded(5):", run(queue.Queue(5)))
print("bounded(1):", run(queue.Queue(1)))

# LIFO and priority queues across threads.
pq = queue.PriorityQueue()
ready = threading.Event()


def fill():
    for k in (5, 1, 4, 2, 3):
        pq.put((k, f"job{k}"))
    ready.set()


t = threading.Thread(target=fill)
t.start()
ready.wait()
t.join()
print([pq.get()[1] for _ in range(5)])

# A blocked get is woken by a put from another thread; a blocked put by a get.
q = queue.Queue(1)
out = []
getter = threading.Thread(target=lambda: out.append(q.get(timeout=10)))
getter.start()
time.sleep(0.05)
q.put("hello")
getter.join()
q.put("first")
putter = threading.Thread(target=lambda: q.put("second", timeout=10))
putter.start()
time.sleep(0.05)
out.append(q.get())
putter.join()
out.append(q.get())
print(out)

# Timeouts and error messages.
q = queue.Queue(1)
q.put(1)
start = time.monotonic()
try:
    q.put(2, timeout=0.05)
except queue.Full:
    print("Full after", 0.04 < time.monotonic() - start < 5)
for bad in (lambda: q.put(2, timeout=-1), lambda: queue.Queue().get(timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    queue.Queue().task_done()
except ValueError as e:
    print("ValueError:", e)

# SimpleQueue between threads.
sq = queue.SimpleQueue()
got = []
readers = [threading.Thread(target=lambda: got.append(sq.get(timeout=10))) for _ in range(20)]
for r in readers:
    r.start()
for i in range(20):
    sq.put(i)
for r in readers:
    r.join()
print(sorted(got) == list(range(20)), sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty")
print(queue.Queue[int], queue.SimpleQueue[str])
