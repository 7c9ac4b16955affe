# An uncaught exception: the traceback walks from <module> down to the
# failing line, with CPython 3.11's ~~^~~ marker under a binary operation.
def divide(a, b):
    return a / b


def main():
    total = 10
    return divide(total, 0)


print("start")
main()
print("never")
