# The report of an exception escaping a thread: "Exception in thread NAME:"
# and the traceback, exactly as CPython prints it, written to sys.stderr
# (captured here; the threading module's own frames are shown without their
# file and line, which differ between implementations).
import io
import sys
import threading


def normalize(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            path, _, rest = line[len('  File "'):].partition('"')
            name = path.rsplit("/", 1)[-1]
            if name.startswith("threading."):
                line = '  File "threading", ' + rest.split(", ", 2)[-1]
            else:
                line = f'  File "{name}"{rest}'
        out.append(line)
    return out


def run_captured(thread):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        thread.start()
        thread.join()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


def inner(x):
    return {"a": 1}[x]


def target(x, y=0):
    inner(x)


class Runner(threading.Thread):
    def run(self):
        1 / 0


for line in normalize(run_captured(threading.Thread(target=target, args=("b",), name="worker"))):
    print(line)
for line in normalize(run_captured(Runner())):
    print(line)


def chained():
    try:
        [][1]
    except IndexError as e:
        raise ValueError("while handling") from e


for line in normalize(run_captured(threading.Thread(target=chained))):
    print(line)

# SystemExit ends a thread silently.
print(repr(run_captured(threading.Thread(target=sys.exit, args=(3,)))))


# A replaced hook gets the ExceptHookArgs; one that fails is itself reported.
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback is not None)


threading.excepthook = hook
run_captured(threading.Thread(target=target, args=("c",), name="hooked"))


def bad_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = bad_hook
for line in normalize(run_captured(threading.Thread(target=target, args=("d",), name="x"))):
    print(line)
threading.excepthook = threading.__excepthook__
print("main goes on")
