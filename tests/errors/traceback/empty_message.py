# An exception with no arguments prints just its class name.
def check(x):
    assert x > 0


check(-1)
