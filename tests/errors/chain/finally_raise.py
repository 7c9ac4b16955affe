# An exception raised in a finally block replaces the pending one, which
# becomes its context.
def work():
    try:
        raise KeyError("first")
    finally:
        raise OSError("cleanup failed")


work()
