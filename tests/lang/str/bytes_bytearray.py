# bytes and bytearray
# Generated from CPython 3.11 output: each line prints repr(result) or "Type: message".

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

t(lambda: (bytes(1.5)))  # expect: TypeError: cannot convert 'float' object to bytes
t(lambda: (bytes(['a'])))  # expect: TypeError: 'str' object cannot be interpreted as an integer
t(lambda: (bytes('a', 'utf-8', 'x', 1)))  # expect: TypeError: bytes() takes at most 3 arguments (4 given)
t(lambda: (bytes(b'a', 'utf-8')))  # expect: TypeError: encoding without a string argument
t(lambda: (bytes(encoding='utf-8')))  # expect: TypeError: encoding without a string argument
t(lambda: (b'a'+1))  # expect: TypeError: can't concat int to bytes
t(lambda: (b'a'*1.5))  # expect: TypeError: can't multiply sequence by non-int of type 'float'
t(lambda: (1 in b'a'))  # expect: False
t(lambda: (256 in b'a'))  # expect: ValueError: byte must be in range(0, 256)
t(lambda: ('a' in b'a'))  # expect: TypeError: a bytes-like object is required, not 'str'
t(lambda: (b'a' in b'abc'))  # expect: True
t(lambda: (b'abc'[5]))  # expect: IndexError: index out of range
t(lambda: (b'abc'.find('a')))  # expect: TypeError: argument should be integer or bytes-like object, not 'str'
t(lambda: (b'abc'.split(1)))  # expect: TypeError: a bytes-like object is required, not 'int'
t(lambda: (b'abc'.join([1])))  # expect: TypeError: sequence item 0: expected a bytes-like object, int found
t(lambda: (b'abc'.join(['a'])))  # expect: TypeError: sequence item 0: expected a bytes-like object, str found
t(lambda: (b'abc'.hex(':')))  # expect: '61:62:63'
t(lambda: (b'abc'.hex(':', 2)))  # expect: '61:6263'
t(lambda: (b'abcdef'.hex('-', -2)))  # expect: '6162-6364-6566'
t(lambda: (b'abcdef'.hex(b'.', 4)))  # expect: '6162.63646566'
t(lambda: (bytes.fromhex('zz')))  # expect: ValueError: non-hexadecimal number found in fromhex() arg at position 0
t(lambda: (bytes.fromhex('01 02')))  # expect: b'\x01\x02'
t(lambda: (bytes.fromhex('0 1')))  # expect: ValueError: non-hexadecimal number found in fromhex() arg at position 1
t(lambda: (bytes.fromhex('AbCd')))  # expect: b'\xab\xcd'
t(lambda: (bytearray.fromhex('ff00')))  # expect: bytearray(b'\xff\x00')
t(lambda: (b'a'.decode('utf-8', 'strict', 1)))  # expect: TypeError: decode() takes at most 2 arguments (3 given)
t(lambda: (bytearray(b'ab').hex()))  # expect: '6162'
t(lambda: (b'%s' % b'x'))  # expect: b'x'
t(lambda: (b'abc'.replace('a', 'b')))  # expect: TypeError: a bytes-like object is required, not 'str'
t(lambda: (b'  x '.strip()))  # expect: b'x'
t(lambda: (b'xax'.strip(b'x')))  # expect: b'a'
t(lambda: (b'abc'.strip('a')))  # expect: TypeError: a bytes-like object is required, not 'str'
t(lambda: (b'a,b'.split(b',')))  # expect: [b'a', b'b']
t(lambda: (b' a b '.split()))  # expect: [b'a', b'b']
t(lambda: (b' a b '.rsplit(None, 1)))  # expect: [b' a', b'b']
t(lambda: (b'a,b,c'.rsplit(b',', 1)))  # expect: [b'a,b', b'c']
t(lambda: (b'abc'.upper()))  # expect: b'ABC'
t(lambda: (b'Ab'.swapcase()))  # expect: b'aB'
t(lambda: (b'abc'.center(7, b'*')))  # expect: b'**abc**'
t(lambda: (b'abc'.center(7, '*')))  # expect: TypeError: center() argument 2 must be a byte string of length 1, not str
t(lambda: (b'abc'.startswith('a')))  # expect: TypeError: startswith first arg must be bytes or a tuple of bytes, not str
t(lambda: (b'abc'.startswith((b'x', b'a'))))  # expect: True
t(lambda: (b'abc'.count(97)))  # expect: 1
t(lambda: (b'abc'.find(98)))  # expect: 1
t(lambda: (b'abc'.index(b'z')))  # expect: ValueError: subsection not found
t(lambda: (bytearray(b'abc').pop()))  # expect: 99
t(lambda: (bytearray().pop()))  # expect: IndexError: pop from empty bytearray
t(lambda: (bytearray(b'a').remove(98)))  # expect: ValueError: value not found in bytearray
t(lambda: (bytearray(b'a').append(256)))  # expect: ValueError: byte must be in range(0, 256)
t(lambda: (bytearray(b'a').append('x')))  # expect: TypeError: 'str' object cannot be interpreted as an integer
t(lambda: (list(bytearray(b'ab'))))  # expect: [97, 98]
def _f1():
    x=bytearray(b'ab')
    x[0]=300
    return None
t(_f1)  # expect: ValueError: byte must be in range(0, 256)
def _f2():
    x=bytearray(b'abc')
    x[0:2]=b'xyz'
    r=x
    return r
t(_f2)  # expect: bytearray(b'xyzc')
def _f3():
    x=bytearray(b'abc')
    del x[1]
    r=x
    return r
t(_f3)  # expect: bytearray(b'ac')
def _f4():
    x=bytearray(b'abcdef')
    x[::2]=b'123'
    r=x
    return r
t(_f4)  # expect: bytearray(b'1b2d3f')
def _f5():
    x=bytearray(b'abcdef')
    x[::2]=b'12'
    r=x
    return r
t(_f5)  # expect: ValueError: attempt to assign bytes of size 2 to extended slice of size 3
def _f6():
    x=bytearray(b'abcdef')
    del x[::2]
    r=x
    return r
t(_f6)  # expect: bytearray(b'bdf')
def _f7():
    x=bytearray(b'abcdef')
    del x[::-2]
    r=x
    return r
t(_f7)  # expect: bytearray(b'ace')
def _f8():
    x=bytearray(b'abcdef')
    x[1:3]=[]
    r=x
    return r
t(_f8)  # expect: bytearray(b'adef')
def _f9():
    x=bytearray(b'abcdef')
    x[-1]=65
    r=x
    return r
t(_f9)  # expect: bytearray(b'abcdeA')
def _f10():
    x=bytearray(b'abc')
    x[5]=1
    return None
t(_f10)  # expect: IndexError: bytearray index out of range
t(lambda: (bytearray(b'a') == b'a'))  # expect: True
t(lambda: (b'a' < bytearray(b'b')))  # expect: True
t(lambda: (hash(bytearray())))  # expect: TypeError: unhashable type: 'bytearray'
t(lambda: (b'\x00\t\n\r\'"\x7f\x80'))  # expect: b'\x00\t\n\r\'"\x7f\x80'
t(lambda: (b"'"))  # expect: b"'"
t(lambda: (bytearray(b"'")))  # expect: bytearray(b"\'")
t(lambda: (bytearray(b'"')))  # expect: bytearray(b'"')
t(lambda: (b'abc'[::-1]))  # expect: b'cba'
t(lambda: (b'abc'[1]))  # expect: 98
t(lambda: (b'abc'[-1]))  # expect: 99
t(lambda: (b'abcdef'[1:4]))  # expect: b'bcd'
t(lambda: (bytearray(b'abcdef')[::2]))  # expect: bytearray(b'ace')
t(lambda: (bytes(bytearray(b'x'))))  # expect: b'x'
t(lambda: (bytearray(3)))  # expect: bytearray(b'\x00\x00\x00')
t(lambda: (bytearray('é', 'utf-8')))  # expect: bytearray(b'\xc3\xa9')
t(lambda: (b'ab' * -1))  # expect: b''
t(lambda: (b'ab' * 3))  # expect: b'ababab'
t(lambda: (2 * b'ab'))  # expect: b'abab'
def _f11():
    x=bytearray(b'ab')
    x+=b'c'
    r=x
    return r
t(_f11)  # expect: bytearray(b'abc')
def _f12():
    x=bytearray(b'ab')
    x*=2
    r=x
    return r
t(_f12)  # expect: bytearray(b'abab')
t(lambda: (bytearray(b'ab') + b'c'))  # expect: bytearray(b'abc')
t(lambda: (b'ab' + bytearray(b'c')))  # expect: b'abc'
def _f13():
    x=bytearray(b'abc')
    x.insert(1, 120)
    r=x
    return r
t(_f13)  # expect: bytearray(b'axbc')
def _f14():
    x=bytearray(b'abc')
    x.extend([1,2])
    r=x
    return r
t(_f14)  # expect: bytearray(b'abc\x01\x02')
def _f15():
    x=bytearray(b'abc')
    x.extend(b'de')
    r=x
    return r
t(_f15)  # expect: bytearray(b'abcde')
def _f16():
    x=bytearray(b'abc')
    x.reverse()
    r=x
    return r
t(_f16)  # expect: bytearray(b'cba')
def _f17():
    x=bytearray(b'abc')
    x.clear()
    r=x
    return r
t(_f17)  # expect: bytearray(b'')
t(lambda: (bytearray(b'abc').copy()))  # expect: bytearray(b'abc')
t(lambda: (b'abc'.partition(b'b')))  # expect: (b'a', b'b', b'c')
t(lambda: (b'abc'.rpartition(b'x')))  # expect: (b'', b'', b'abc')
t(lambda: (b'a\nb\r\nc'.splitlines()))  # expect: [b'a', b'b', b'c']
t(lambda: (b'a\nb\r\nc'.splitlines(True)))  # expect: [b'a\n', b'b\r\n', b'c']
t(lambda: (b'abc'.isalpha()))  # expect: True
t(lambda: (b'a1'.isalnum()))  # expect: True
t(lambda: (b'12'.isdigit()))  # expect: True
t(lambda: (b'AB'.isupper()))  # expect: True
t(lambda: (b'Ab Cd'.istitle()))  # expect: True
t(lambda: (b'a'.decode('ascii')))  # expect: 'a'
t(lambda: (b'\xc3\xa9'.decode()))  # expect: 'é'
t(lambda: (b'\xff'.decode()))  # expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
t(lambda: (b'\xff'.decode('latin-1')))  # expect: 'ÿ'
t(lambda: (b'a\xffb'.decode('utf-8', 'replace')))  # expect: 'a�b'
t(lambda: (b'a\xffb'.decode('utf-8', 'ignore')))  # expect: 'ab'
t(lambda: (b'a\xffb'.decode('ascii', 'backslashreplace')))  # expect: 'a\\xffb'
t(lambda: (b'abc'.removeprefix(b'a')))  # expect: b'bc'
t(lambda: (b'abc'.removesuffix(b'c')))  # expect: b'ab'
t(lambda: (b'1'.zfill(3)))  # expect: b'001'
t(lambda: (b'-1'.zfill(4)))  # expect: b'-001'
t(lambda: (bytes(range(3))))  # expect: b'\x00\x01\x02'
t(lambda: (b'hello world'.title()))  # expect: b'Hello World'
t(lambda: (b'hello'.capitalize()))  # expect: b'Hello'
t(lambda: (bytes([1,2]) == bytes((1,2))))  # expect: True
t(lambda: (b''.join([b'a', bytearray(b'b')])))  # expect: b'ab'
t(lambda: (bytearray(b'-').join([b'a', b'b'])))  # expect: bytearray(b'a-b')
t(lambda: (b'x'.translate(None, b'x')))  # expect: b''
t(lambda: (b'ab'.translate(bytes.maketrans(b'a', b'z'))))  # expect: b'zb'
t(lambda: (bytes.maketrans(b'ab', b'c')))  # expect: ValueError: maketrans arguments must have same length
t(lambda: (b'a\tb'.expandtabs(4)))  # expect: b'a   b'
t(lambda: (b'abc'.ljust(5, b'-')))  # expect: b'abc--'
t(lambda: (b'abc'.rjust(5)))  # expect: b'  abc'
t(lambda: (b'%d %s %x %r' % (5, b'ab', 255, 'é')))  # expect: b"5 ab ff '\\xe9'"
t(lambda: (b'%c%c' % (65, b'B')))  # expect: b'AB'
t(lambda: (b'%s' % 'x'))  # expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
t(lambda: (b'%5d|%-5d|' % (1, 2)))  # expect: b'    1|2    |'
t(lambda: (b'%s' % (b'a', b'b')))  # expect: TypeError: not all arguments converted during bytes formatting
t(lambda: (b'%(x)s' % {b'x': b'y'}))  # expect: b'y'
t(lambda: (bytearray(b'%d') % 5))  # expect: bytearray(b'5')
t(lambda: (repr(bytearray())))  # expect: "bytearray(b'')"
t(lambda: (repr(b'')))  # expect: "b''"
t(lambda: (len(b'abc')))  # expect: 3
t(lambda: (len(bytearray(b'abcd'))))  # expect: 4
t(lambda: (list(b'\x00\xff')))  # expect: [0, 255]
t(lambda: (b'abc' == 'abc'))  # expect: False
t(lambda: (hash(b'abc') == hash(b'abc')))  # expect: True
t(lambda: ({b'a': 1}[b'a']))  # expect: 1
t(lambda: (sorted([b'b', b'a', b'ab'])))  # expect: [b'a', b'ab', b'b']
t(lambda: (b'abc'.count(b'')))  # expect: 4
t(lambda: (b'aaaa'.count(b'aa')))  # expect: 2
t(lambda: (b'abc'.find(b'', 3)))  # expect: 3
t(lambda: (b'abc'.find(b'', 4)))  # expect: -1
t(lambda: (b'hello'.rfind(b'l')))  # expect: 3
t(lambda: (b'hello'.rindex(b'l', 0, 3)))  # expect: 2
t(lambda: (b'a b'.split(maxsplit=0)))  # expect: [b'a b']
t(lambda: (iter(b'ab').__next__()))  # expect: 97
t(lambda: (type(iter(b'ab')).__name__))  # expect: 'bytes_iterator'
t(lambda: (type(iter(bytearray())).__name__))  # expect: 'bytearray_iterator'
t(lambda: (bytes(3)))  # expect: b'\x00\x00\x00'
t(lambda: (bytes(-1)))  # expect: ValueError: negative count
t(lambda: (bytes([256])))  # expect: ValueError: bytes must be in range(0, 256)
t(lambda: (bytes([-1])))  # expect: ValueError: bytes must be in range(0, 256)
t(lambda: (bytes(x for x in [1, 2])))  # expect: b'\x01\x02'
t(lambda: (bytes('é', 'ascii')))  # expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
t(lambda: (bytes('é', 'latin-1')))  # expect: b'\xe9'
t(lambda: (bytes('x', encoding='nope')))  # expect: LookupError: unknown encoding: nope
t(lambda: (bytearray([1, 2, 3])))  # expect: bytearray(b'\x01\x02\x03')
t(lambda: (b'a' + b'b' + b'c'))  # expect: b'abc'
t(lambda: (b'\\'))  # expect: b'\\'
t(lambda: (bytearray(b'\\')))  # expect: bytearray(b'\\')
t(lambda: (b'ab'[0:0]))  # expect: b''
t(lambda: (b'abc' < b'abd'))  # expect: True
t(lambda: (b'b' > b'abc'))  # expect: True
t(lambda: (bytearray(b'x') * 3))  # expect: bytearray(b'xxx')
