# threading.local with many threads: private attributes per thread, a
# subclass whose __init__ runs again (same arguments) in every thread,
# __dict__, and per-thread data released when its thread ends.
import threading

data = threading.local()
data.owner = "main"
lock = threading.Lock()
results = []
start = threading.Barrier(100)


def worker(i):
    start.wait()        # all 100 alive at once, interleaving
    data.owner = i
    data.items = [i] * 3
    for _ in range(200):
        if data.owner != i or data.items != [i] * 3:
            with lock:
                results.append(("clash", i))
            return
    with lock:
        results.append(sorted(data.__dict__))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(100)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(results), all(r == ["items", "owner"] for r in results))
print(data.owner, data.__dict__)


class Config(threading.local):
    created = 0

    def __init__(self, level, name="default"):
        Config.created += 1
        self.level = level
        self.name = name

    def describe(self):
        return f"{self.name}:{self.level}"


cfg = Config(3, name="cfg")
seen = []


def use_config(i):
    seen.append(cfg.describe())
    cfg.level = i


cs = [threading.Thread(target=use_config, args=(i,)) for i in range(20)]
for t in cs:
    t.start()
for t in cs:
    t.join()
print(Config.created, set(seen), cfg.describe())


# Values kept in a local are released when their thread ends.
class Token:
    alive = 0

    def __init__(self):
        Token.alive += 1

    def __del__(self):
        Token.alive -= 1


holder = threading.local()


def keep_token():
    holder.token = Token()


ks = [threading.Thread(target=keep_token) for _ in range(10)]
for t in ks:
    t.start()
for t in ks:
    t.join()
print("tokens alive after the threads ended:", Token.alive)
try:
    del data.missing
except AttributeError as e:
    print("AttributeError:", e)
