tests = ['abc', 'ABC', 'Abc', '123', '12.3', '', ' ', 'a1', '\t\n', 'Hello World', 'hello world', '٣', '½', '²', 'ǅ', 'É', '_x', 'x_1', '1x', 'def', 'ⅷ', '\u00a0', 'a b']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(2), ''.zfill(3), '-'.zfill(3))
print('abc'.ljust(6, '.') + '|', 'abc'.rjust(6) + '|', 'abc'.ljust(2) + '|', 'a\tb\tc'.expandtabs(), 'a\tbc\td'.expandtabs(4), '\t'.expandtabs(0) + '|')
try:
    'abc'.ljust(5, 'xy')
except TypeError as e:
    print(e)
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcd'.translate(t), 'hello'.translate({ord('l'): None, ord('h'): 'J'}), str.maketrans({'a': 1, 'b': 'c'}))
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print(e)
print('Hello'.encode(), 'héllo'.encode('utf-8'), 'héllo'.encode('latin-1'), 'abc'.encode('ascii'), 'h\u20acx'.encode('utf-8', 'replace'))
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
print('h€x'.encode('ascii', 'ignore'), 'h€x'.encode('ascii', 'replace'), 'h€x'.encode('ascii', 'backslashreplace'), 'h€x'.encode('ascii', 'xmlcharrefreplace'))
print(b'h\xc3\xa9'.decode(), b'h\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'backslashreplace'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    b'\xe2\x82'.decode()
except UnicodeDecodeError as e:
    print(e)
try:
    'x'.encode('nope')
except LookupError as e:
    print(e)
print('{} and {}'.format('a', 'b'), 'x'.casefold(), 'aBc'.swapcase(), 'ab'.__mul__(2), 'abc'.__getitem__(1))
print('hello world foo'.title(), 'o\'neil mc-donald 3rd'.title(), 'a1b2c'.capitalize())
print(min('hello'), max('hello'), sorted('hello'), list('abc'), tuple('ab'), set('aa'), len('héllo'), 'abc'.__hash__() == hash('abc'))
print('a' + 'b' * 2, 'x'.isalpha(), 'Straße'.upper(), 'ŉ'.upper(), 'ΣΑΣ'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower())
