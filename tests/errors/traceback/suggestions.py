# NameError and AttributeError end with CPython 3.11's suggestion.
import sys


class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


def area(width, height):
    return widht * height


p = Point()
try:
    p.z
except AttributeError as e:
    print("caught:", e)
if sys.argv[1:] == ["attr"]:
    print(p.xx)
area(1, 2)
