# At exit the main thread waits for non-daemon threads; daemon threads are
# killed without running more code.
import threading
import time


def forever():
    while True:
        time.sleep(0.01)


def finish():
    time.sleep(0.05)
    print("non-daemon finished")


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=finish).start()
print("main done")  # expect: main done
# expect: non-daemon finished
