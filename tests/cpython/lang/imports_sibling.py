import helper_shapes
import helper_shapes as hs
from helper_shapes import Circle, describe as desc
from helper_shapes import *
import sys

print(hs is helper_shapes, helper_shapes.__name__, Circle is hs.Circle)
c = Circle(2)
print(c, desc(c), describe(Circle(1)))
print(helper_shapes.PI_ISH, helper_shapes._private)
print("helper_shapes" in sys.modules, type(helper_shapes).__name__)
print(helper_shapes.__doc__)
print(sorted(n for n in dir(helper_shapes) if not n.startswith("__")))
try:
    PI_ISH
except NameError as e:
    print("NameError:", e)
try:
    from helper_shapes import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    import helper_broken
except ValueError as e:
    print("ValueError:", e)
print("helper_broken" in sys.modules)
try:
    helper_shapes.missing_attr
except AttributeError as e:
    print("AttributeError:", e)
m = __import__("helper_shapes")
print(m is hs)
def lazy():
    import helper_shapes as inner
    return inner.Circle(5).area()
print(lazy())
print(__name__)
