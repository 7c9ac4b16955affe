def a():
    raise ValueError("first")

def b():
    try:
        a()
    except ValueError as e:
        raise KeyError("second")

def c():
    try:
        b()
    finally:
        print("finally in c")

try:
    c()
except KeyError:
    x = {}["third"]
