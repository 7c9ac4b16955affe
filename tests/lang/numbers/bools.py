print(True + True, True * 3, -True, ~True)  # expect: 2 3 -1 -2
print(True & False, True | False, True ^ True)  # expect: False True False
print(True & 1, type(True & 1).__name__)  # expect: 1 int
print(repr(True), str(False), f"{True}", f"{True:d}", f"{True:>5}")  # expect: True False True 1     1
print(isinstance(True, int), bool(0.0), bool("x"), bool([]))  # expect: True False True False
print(hash(True), True == 1, {1: "a"}[True])  # expect: 1 True a
class B(bool):  # expect-error: TypeError: type 'bool' is not an acceptable base type
    pass
