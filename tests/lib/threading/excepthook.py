# An exception escaping a thread is reported by threading.excepthook on
# stderr ("Exception in thread NAME:" + traceback); the program goes on.
import threading


def boom():
    raise ValueError("boom in thread")


t = threading.Thread(target=boom, name="bad")
t.start()
t.join()
print("main continues", t.is_alive())  # expect: main continues False

caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name="hooked")
t.start()
t.join()
print(caught)  # expect: [('ValueError', 'boom in thread', 'hooked')]
