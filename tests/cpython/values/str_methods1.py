s = '  Hello, World!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')))
print('a,b,,c'.split(','), 'a b  c '.split(), ' a b '.split(' '), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print(''.split(), ''.split(','), '   '.split(), 'abc'.split('abc'), 'a\tb\nc\x0bd\x1ce'.split())
print('one  two three'.rsplit(None, 1), '  x  y  '.rsplit(maxsplit=1), 'aXbXc'.split('X', 0), 'aXbXc'.split('X', -1))
print('line1\nline2\r\nline3\rline4'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), 'x\x0cy\x1dz\u2028w'.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(map(str, range(5))), 'x'.join('abc'))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(e)
try:
    ','.join(5)
except TypeError as e:
    print(e)
try:
    'a'.split('')
except ValueError as e:
    print(e)
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('', '-'), 'abc'.replace('', '-', 2), 'x'.replace('x', ''))
print('hello world'.title(), "they're bill's".title(), 'HELLO'.lower(), 'hello'.upper(), 'hEllO'.swapcase(), 'hello world'.capitalize(), 'HELLO'.capitalize())
print('ß'.upper(), 'ß'.lower(), 'ß'.casefold(), 'İ'.lower(), 'ﬁ'.upper(), 'ǅ'.title(), 'Σ'.lower())
print('abc'.startswith('ab'), 'abc'.startswith(('x', 'a')), 'abc'.endswith('bc'), 'abc'.startswith('b', 1), 'abc'.endswith('b', 0, 2), 'abc'.startswith(''))
try:
    'abc'.startswith(['a'])
except TypeError as e:
    print(e)
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'), 'hello'.rindex('l'), 'hello'.find('l', 3), 'hello'.find('', 10), 'hello'.find('', 5))
try:
    'hello'.index('z')
except ValueError as e:
    print(e)
try:
    'hello'.rindex('z')
except ValueError as e:
    print(e)
print('banana'.count('a'), 'banana'.count('an'), 'banana'.count(''), 'banana'.count('a', 2), 'aaaa'.count('aa'))
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'))
try:
    'abc'.partition('')
except ValueError as e:
    print(e)
print('abc'.removeprefix('a'), 'abc'.removesuffix('c'), 'abc'.removeprefix('x'), 'abc'.removesuffix(''))
print('abc' 'def', 'x'.__len__(), 'abc'.__contains__('b'), str.upper('q'), 'a'.__add__('b'))
print('%s' % 'x', 'aaa'.lstrip('a') == '', 'Hello'.center(11, '*'), 'Hi'.center(5), 'Hi'.center(6), 'abc'.center(2))
