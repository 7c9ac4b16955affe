# Chains nest: each exception shows the one it was handling.
def level3():
    raise ValueError("level 3")


def level2():
    try:
        level3()
    except ValueError:
        raise TypeError("level 2")


def level1():
    try:
        level2()
    except TypeError as e:
        raise RuntimeError("level 1") from e


level1()
