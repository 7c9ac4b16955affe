"""Helper module for import tests (no expectations: not run on its own)."""
import math

PI_ISH = 3.14
_private = "hidden"
print("helper_shapes imported as", __name__)

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(math.pi * self.r ** 2, 2)
    def __repr__(self):
        return f"Circle({self.r})"

def describe(shape):
    return f"{type(shape).__name__} with area {shape.area()}"

__all__ = ["Circle", "describe"]

if __name__ == "__main__":
    print("helper run directly")
