# queue.Queue and friends: ordering, blocking with timeouts, task tracking.
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())  # expect: 5 False False
print([q.get() for _ in range(5)])  # expect: [0, 1, 2, 3, 4]
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")  # expect: Empty
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")  # expect: Empty after timeout

bounded = queue.Queue(maxsize=1)
bounded.put("a")
print(bounded.full())  # expect: True
try:
    bounded.put_nowait("b")
except queue.Full:
    print("Full")  # expect: Full
try:
    bounded.put("b", timeout=0.01)
except queue.Full:
    print("Full after timeout")  # expect: Full after timeout

lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])  # expect: [2, 1, 0]

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
    pq.put(item)
print([pq.get()[1] for _ in range(4)])  # expect: ['z', 'a', 'b', 'c']

sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty())  # expect: 1 True

# Producer/consumer with a sentinel, through a bounded queue.
work = queue.Queue(maxsize=3)
total = []


def consumer():
    s = 0
    while True:
        item = work.get()
        if item is None:
            break
        s += item
        work.task_done()
    total.append(s)


c = threading.Thread(target=consumer)
c.start()
for i in range(1000):
    work.put(i)
work.join()
work.put(None)
c.join()
print(total)  # expect: [499500]
try:
    queue.Queue().task_done()
except ValueError as e:
    print(e)  # expect: task_done() called too many times
