# abs, divmod, pow, round, hex/oct/bin, chr/ord, sum, min/max on numbers.
print(abs(-7), abs(3), abs(-2**70))  # expect: 7 3 1180591620717411303424
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(2**70, 3))  # expect: (3, 1) (-4, 1) (-4, -1) (393530540239137101141, 1)
print(pow(2, 100), pow(3, 4, 5), pow(2, -1))  # expect: 1267650600228229401496703205376 1 0.5
print(round(7), round(2.5), round(3.5), round(123.456, 1), round(1234, -2))  # expect: 7 2 4 123.5 1200
print(hex(255), oct(8), bin(10), hex(-42), bin(0), hex(2**64))  # expect: 0xff 0o10 0b1010 -0x2a 0b0 0x10000000000000000
print(chr(97), chr(0x1F600), ord("a"), ord("é"), ord(b"A"))  # expect: a 😀 97 233 65
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(101)))  # expect: 6 13 0.75 [1, 2] 5050
print(sum([2**62, 2**62]), sum(x * x for x in range(10)))  # expect: 9223372036854775808 285
print(max(1, 5, 3), min([4, 2, 8]), max("hello"), min(3, 1, key=lambda x: -x))  # expect: 5 2 o 3
print(max([], default="empty"), min((5,), default=0), max([1, 3, 2], key=lambda x: x % 3))  # expect: empty 5 2
class R:
    def __round__(self, n=None): return ("rounded", n)
print(round(R()), round(R(), 2))  # expect: ('rounded', None) ('rounded', 2)
class A:
    def __abs__(self): return "absolute"
print(abs(A()))  # expect: absolute
try:
    divmod("a", 1)
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for divmod(): 'str' and 'int'
try:
    round("x")
except TypeError as e:
    print(e)  # expect: type str doesn't define __round__ method
try:
    chr(0x110000)
except ValueError as e:
    print(e)  # expect: chr() arg not in range(0x110000)
try:
    ord("ab")
except TypeError as e:
    print(e)  # expect: ord() expected a character, but string of length 2 found
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)  # expect: sum() can't sum strings [use ''.join(seq) instead]
try:
    max([])
except ValueError as e:
    print(e)  # expect: max() arg is an empty sequence
try:
    hex(1.5)
except TypeError as e:
    print(e)  # expect: 'float' object cannot be interpreted as an integer
