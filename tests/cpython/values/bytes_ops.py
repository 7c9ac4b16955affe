vals = [b'', b'abc', b"it's", b'"', b'\'"', b'\x00\x7f\x80\xff', b'\t\n\r', b'\\', bytes(3), bytes([65, 66]), bytes(range(250, 256))]
for v in vals:
    print(repr(v), len(v), str(v))
ba = bytearray(b'hello')
print(ba, repr(ba), bytearray(), bytearray(2), bytearray([1, 2]), bytearray('é', 'utf-8'))
ba[0] = 72
ba.append(33)
ba.extend(b' ok')
ba += b'!'
print(ba, ba[0], ba[1:3], ba[-1], list(ba[:3]), ba.pop(), ba, len(ba))
del ba[0]
ba[0:2] = b'XYZ'
print(ba, ba.find(b'l'), ba.count(b'l'), ba.upper(), ba.decode(), bytes(ba), ba.reverse(), ba)
b = b'Hello World'
print(b.lower(), b.upper(), b.split(), b.split(b'o'), b.replace(b'l', b'L'), b.startswith(b'He'), b.endswith(b'x'), b.find(b'o'), b.rfind(b'o'), b.index(b'W'))
print(b[0], b[-1], b[1:5], b[::-1], b * 2, b + b'!', b'o' in b, 111 in b, b.count(b'l'), b.strip(b'Hd'), b.hex(), b.hex(' '), bytes.fromhex('de ad be ef'))
print(b.title(), b.swapcase(), b.isalpha(), b'123'.isdigit(), b'  x '.strip(), b'a,b'.partition(b','), b'-'.join([b'a', b'b']), b.center(15, b'*'), b.zfill(13))
print(b'%s=%d' % (b'x', 5), b'%r' % b'q' if False else b'%x' % 255, b'%05.1f' % 2.25, b'%c' % 65, b'%c' % b'z')
print(bytes.maketrans(b'ab', b'xy'), b'aabb'.translate(bytes.maketrans(b'ab', b'xy')), b'abc'.translate(None, b'b'))
print(b == bytearray(b'Hello World'), b < b'Z', b'abc' < b'abd', bytes(b'x') is not None, hash(b'abc') == hash(b'abc'))
print(list(b'abc'), tuple(b'\x01\x02'), sorted(b'cab'), max(b'abc'), b'abc'.decode('ascii'), memoryview(b'abc').tobytes() if 'memoryview' in dir(__builtins__) else b'abc')
for bad in ['x', [256], [-1], ['a'], 1.5]:
    try:
        print(bytes(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(e)
try:
    b'abc'[10]
except IndexError as e:
    print(e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print(e)
try:
    bytearray(b'a')[0] = 256
except ValueError as e:
    print(e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print(e)
try:
    b'abc'.index(b'z')
except ValueError as e:
    print(e)
try:
    'x' in b'abc'
except TypeError as e:
    print(e)
try:
    bytearray().pop()
except IndexError as e:
    print(e)
print(int.from_bytes(b'\x00\x10', 'big'), (4096).to_bytes(2, 'big'), bytes.fromhex('00ff').hex())
print(b'a b  c'.split(None, 1), b'a\nb\r\nc'.splitlines(), b'abc'.removeprefix(b'a'), b'  '.isspace(), b'Ab'.istitle())
print(bytearray(b'abc') + b'd', b'x' + bytearray(b'y'), bytearray(b'ab') * 2, bytearray(b'abc') == b'abc', bytearray(b'a').__class__.__name__)
