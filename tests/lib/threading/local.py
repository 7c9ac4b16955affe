# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.x = "main"
out = []


def f(i):
    try:
        data.x
    except AttributeError:
        out.append("unset")
    data.x = i
    out.append(data.x)


ts = [threading.Thread(target=f, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out, key=str))  # expect: [0, 1, 2, 'unset', 'unset', 'unset']
print(data.x)  # expect: main
