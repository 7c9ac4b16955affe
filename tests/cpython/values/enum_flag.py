from enum import Flag, IntFlag, auto
class IP(IntFlag):
    A = 1
    B = 2
for v in [IP.A | 4, IP(5), IP(0), IP(8), ~IP.A, IP.A ^ IP.B, IP(-1)]:
    print(repr(v), str(v), v.name, int(v))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
for v in [Perm(0), ~Perm.R, Perm.R | Perm.X, Perm(7)]:
    print(repr(v), str(v), v.name, v.value, list(v), len(v))
for bad in [8, -1, 'x']:
    try:
        Perm(bad)
    except ValueError as e:
        print(e)
class C(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(C), C.WHITE, repr(C.RED | C.GREEN), ~C.RED, C(7), repr(C(0)), C.RED in C.WHITE, [m.name for m in C.WHITE])
