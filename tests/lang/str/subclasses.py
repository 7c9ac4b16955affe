# Subclasses of str, int, float, bytes, bytearray: layout, methods, str()/repr()/format().
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hello')
print(s, repr(s), len(s), s.shout(), type(s).__name__, s + 'x', isinstance(s, str))  # expect: hello 'hello' 5 HELLO! S hellox True
s.attr = 5
print(s.attr, s == 'hello', hash(s) == hash('hello'), {s: 1}['hello'])  # expect: 5 True True 1
class I(int):
    pass
i = I(5)
print(i, repr(i), i + 1, type(i + 1).__name__, type(i).__name__, I('12', 8), I(2**70))  # expect: 5 5 6 int I 10 1180591620717411303424
i.x = 3
print(i.x)  # expect: 3
class F(float): pass
f = F(1.5)
f.y = 2
print(f, f * 2, f.y, F('2.5'))  # expect: 1.5 3.0 2 2.5
class B(bytes): pass
b = B(b'abc')
print(b, len(b), b[0], b.upper())  # expect: b'abc' 3 97 b'ABC'
b.z = 1
print(b.z)  # expect: 1
class BA(bytearray): pass
ba = BA(b'xy')
ba.append(65)
print(ba, len(ba))  # expect: BA(b'xyA') 3
from enum import Enum, IntEnum
class Color(str, Enum):
    RED = 'red'
print(Color.RED, Color.RED.value, Color.RED == 'red')  # expect: Color.RED red True
class N(IntEnum):
    A = 1
    B = 2
print(N.A, N.A + 1, N.B > N.A, f"{N.A}", repr(N.B))  # expect: 1 2 True 1 <N.B: 2>
print(int.__new__(I, 7), str.__new__(S, 'q'), float.__new__(F, 3))  # expect: 7 q 3.0
print(f"{s:>8}|{i:03d}|{f:.2f}")  # expect:    hello|005|1.50
