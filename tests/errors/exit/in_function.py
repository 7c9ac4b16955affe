# SystemExit raised deep in a call chain, passing through finally blocks.
import sys


def inner():
    try:
        sys.exit(4)
    finally:
        print("cleanup")  # expect: cleanup


def outer():
    try:
        inner()
    except Exception:
        print("not caught by except Exception")


outer()  # expect-exit: 4
