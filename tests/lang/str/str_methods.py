# str: slots, methods, case mapping, encode, format, %
# Generated from CPython 3.11 output: each line prints repr(result) or "Type: message".

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

t(lambda: (repr('a\'b')))  # expect: '"a\'b"'
t(lambda: (repr('a"b')))  # expect: '\'a"b\''
t(lambda: (repr('a\'"b')))  # expect: '\'a\\\'"b\''
t(lambda: (repr('\x00\x7f\x80\xa0\xad\u200b\u2028\U0001f600é\t\n\r\\')))  # expect: "'\\x00\\x7f\\x80\\xa0\\xad\\u200b\\u2028😀é\\t\\n\\r\\\\'"
t(lambda: (1 in 'abc'))  # expect: TypeError: 'in <string>' requires string as left operand, not int
t(lambda: ('abc'[10**30]))  # expect: IndexError: cannot fit 'int' into an index-sized integer
t(lambda: ('abc'[-10**30:10**30]))  # expect: 'abc'
t(lambda: (str(b'abc', 'x')))  # expect: LookupError: unknown encoding: x
t(lambda: (str(1, 'utf-8')))  # expect: TypeError: decoding to str: need a bytes-like object, int found
t(lambda: (str(b'abc')))  # expect: "b'abc'"
t(lambda: (str(x=1)))  # expect: TypeError: 'x' is an invalid keyword argument for str()
t(lambda: (str(1,2,3,4)))  # expect: TypeError: str() takes at most 3 arguments (4 given)
t(lambda: ('a' < 1))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
t(lambda: ('a' + 1))  # expect: TypeError: can only concatenate str (not "int") to str
t(lambda: (1 + 'a'))  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
t(lambda: ('a' * 'b'))  # expect: TypeError: can't multiply sequence by non-int of type 'str'
t(lambda: ('a' * 2.0))  # expect: TypeError: can't multiply sequence by non-int of type 'float'
t(lambda: (3 * 'ab'))  # expect: 'ababab'
t(lambda: ('ab' * -1))  # expect: ''
t(lambda: ('abc'[5]))  # expect: IndexError: string index out of range
t(lambda: ('héllo'[1]))  # expect: 'é'
t(lambda: ('héllo'[-1]))  # expect: 'o'
t(lambda: ('héllo'[1:3]))  # expect: 'él'
t(lambda: ('héllo'[::-1]))  # expect: 'olléh'
t(lambda: ('héllo'[::2]))  # expect: 'hlo'
t(lambda: ('hello'[::-2]))  # expect: 'olh'
t(lambda: ('hello'[1:-1]))  # expect: 'ell'
t(lambda: ('hello'[10:]))  # expect: ''
t(lambda: ('hello'[-100:2]))  # expect: 'he'
t(lambda: (len('héllo')))  # expect: 5
t(lambda: (len('😀a')))  # expect: 2
t(lambda: ('😀a'[0]))  # expect: '😀'
t(lambda: ('é' in 'héllo'))  # expect: True
t(lambda: ('' in 'x'))  # expect: True
t(lambda: ('xyz' in 'xy'))  # expect: False
t(lambda: (list('héllo')))  # expect: ['h', 'é', 'l', 'l', 'o']
t(lambda: (list(iter(''))))  # expect: []
t(lambda: ('a' < 'b', 'a' < 'ab', 'é' > 'z', '😀' > 'é', 'Z' < 'a'))  # expect: (True, True, True, True, True)
t(lambda: ('abc' == 'abc', 'abc' != 'abd'))  # expect: (True, True)
t(lambda: (str()))  # expect: ''
t(lambda: (str(str)))  # expect: "<class 'str'>"
t(lambda: (str(None)))  # expect: 'None'
t(lambda: (str(1.5)))  # expect: '1.5'
t(lambda: (str([1, 'a'])))  # expect: "[1, 'a']"
t(lambda: (str('x')))  # expect: 'x'
t(lambda: ('abc'.__len__()))  # expect: 3
t(lambda: (sorted(['b', 'é', 'a', 'B', '😀', 'z'])))  # expect: ['B', 'a', 'b', 'z', 'é', '😀']
t(lambda: ('-'.join(['a', 'b', 'c'])))  # expect: 'a-b-c'
t(lambda: (''.join([])))  # expect: ''
t(lambda: (', '.join(str(i) for i in range(5))))  # expect: '0, 1, 2, 3, 4'
t(lambda: ('x'.join('abc')))  # expect: 'axbxc'
t(lambda: ('é'.join(['a', 'b'])))  # expect: 'aéb'
t(lambda: ('x'.join([1])))  # expect: TypeError: sequence item 0: expected str instance, int found
t(lambda: ('x'.join(5)))  # expect: TypeError: can only join an iterable
t(lambda: ('hello world'.split()))  # expect: ['hello', 'world']
t(lambda: ('  hello   world  '.split()))  # expect: ['hello', 'world']
t(lambda: ('a,b,c'.split(',')))  # expect: ['a', 'b', 'c']
t(lambda: ('a,b,c'.split(',', 1)))  # expect: ['a', 'b,c']
t(lambda: ('a,b,c'.rsplit(',', 1)))  # expect: ['a,b', 'c']
t(lambda: ('a b c'.rsplit()))  # expect: ['a', 'b', 'c']
t(lambda: ('a b c'.rsplit(None, 1)))  # expect: ['a b', 'c']
t(lambda: ('aXbXc'.split('X', maxsplit=1)))  # expect: ['a', 'bXc']
t(lambda: ('a\tb\nc d'.split()))  # expect: ['a', 'b', 'c', 'd']
t(lambda: ('a\u3000b\xa0c'.split()))  # expect: ['a', 'b', 'c']
t(lambda: ('é,à'.split(',')))  # expect: ['é', 'à']
t(lambda: ('ab'.split('')))  # expect: ValueError: empty separator
t(lambda: ('one\ntwo\r\nthree\rfour'.splitlines()))  # expect: ['one', 'two', 'three', 'four']
t(lambda: ('one\ntwo\r\n'.splitlines(keepends=True)))  # expect: ['one\n', 'two\r\n']
t(lambda: ('a\x1cb\x85c\u2028d'.splitlines()))  # expect: ['a', 'b', 'c', 'd']
t(lambda: ('  x  '.strip()))  # expect: 'x'
t(lambda: ('xxaxx'.strip('x')))  # expect: 'a'
t(lambda: ('éaé'.strip('é')))  # expect: 'a'
t(lambda: ('  x  '.lstrip()))  # expect: 'x  '
t(lambda: ('  x  '.rstrip()))  # expect: '  x'
t(lambda: ('abc'.strip('')))  # expect: 'abc'
t(lambda: ('abc'.startswith('a')))  # expect: True
t(lambda: ('abc'.startswith(('x', 'ab'))))  # expect: True
t(lambda: ('abc'.startswith('b', 1)))  # expect: True
t(lambda: ('abc'.endswith('bc')))  # expect: True
t(lambda: ('abc'.endswith('b', 0, 2)))  # expect: True
t(lambda: ('abc'.endswith(('x',))))  # expect: False
t(lambda: ('hello'.find('l')))  # expect: 2
t(lambda: ('hello'.rfind('l')))  # expect: 3
t(lambda: ('hello'.find('z')))  # expect: -1
t(lambda: ('hello'.find('l', 3)))  # expect: 3
t(lambda: ('hello'.find('l', -2)))  # expect: 3
t(lambda: ('hello'.find('', 5)))  # expect: 5
t(lambda: ('hello'.find('', 6)))  # expect: -1
t(lambda: ('héllo'.find('l')))  # expect: 2
t(lambda: ('héllo'.rfind('l')))  # expect: 3
t(lambda: ('héllo'.index('o')))  # expect: 4
t(lambda: ('hello'.index('z')))  # expect: ValueError: substring not found
t(lambda: ('hello'.rindex('l')))  # expect: 3
t(lambda: ('hello'.count('l')))  # expect: 2
t(lambda: ('hello'.count('')))  # expect: 6
t(lambda: ('héllo'.count('')))  # expect: 6
t(lambda: ('aaa'.count('aa')))  # expect: 1
t(lambda: ('hello'.replace('l', 'L')))  # expect: 'heLLo'
t(lambda: ('hello'.replace('l', 'L', 1)))  # expect: 'heLlo'
t(lambda: ('hello'.replace('', '-')))  # expect: '-h-e-l-l-o-'
t(lambda: ('héllo'.replace('', '-', 3)))  # expect: '-h-é-llo'
t(lambda: ('hello'.replace('xyz', 'a')))  # expect: 'hello'
t(lambda: ('Hello World'.upper()))  # expect: 'HELLO WORLD'
t(lambda: ('Hello World'.lower()))  # expect: 'hello world'
t(lambda: ('Straße'.upper()))  # expect: 'STRASSE'
t(lambda: ('ΣΑΣ ΣΑΣ'.lower()))  # expect: 'σας σας'
t(lambda: ('ΌΣΟΣ'.lower()))  # expect: 'όσος'
t(lambda: ('ß'.casefold()))  # expect: 'ss'
t(lambda: ('hello world'.capitalize()))  # expect: 'Hello world'
t(lambda: ('HELLO'.capitalize()))  # expect: 'Hello'
t(lambda: ('ǆemal'.capitalize()))  # expect: 'ǅemal'
t(lambda: ('hello world'.title()))  # expect: 'Hello World'
t(lambda: ("they're bill's friends".title()))  # expect: "They'Re Bill'S Friends"
t(lambda: ('hello wORLD'.swapcase()))  # expect: 'HELLO World'
t(lambda: ('ﬃ'.upper()))  # expect: 'FFI'
t(lambda: ('123'.isdigit()))  # expect: True
t(lambda: ('١٢٣'.isdigit()))  # expect: True
t(lambda: ('²'.isdigit()))  # expect: True
t(lambda: ('²'.isdecimal()))  # expect: False
t(lambda: ('½'.isnumeric()))  # expect: True
t(lambda: ('abc'.isalpha()))  # expect: True
t(lambda: ('abé'.isalpha()))  # expect: True
t(lambda: ('ab1'.isalnum()))  # expect: True
t(lambda: (' \t\n'.isspace()))  # expect: True
t(lambda: ('ABC'.isupper()))  # expect: True
t(lambda: ('AbC'.isupper()))  # expect: False
t(lambda: ('abc'.islower()))  # expect: True
t(lambda: ('abc1'.islower()))  # expect: True
t(lambda: ('Hello World'.istitle()))  # expect: True
t(lambda: ('Hello world'.istitle()))  # expect: False
t(lambda: ('abc'.isidentifier()))  # expect: True
t(lambda: ('_x1'.isidentifier()))  # expect: True
t(lambda: ('1x'.isidentifier()))  # expect: False
t(lambda: ('é'.isidentifier()))  # expect: True
t(lambda: ('abc'.isprintable()))  # expect: True
t(lambda: ('a\n'.isprintable()))  # expect: False
t(lambda: (''.isprintable()))  # expect: True
t(lambda: ('abc'.isascii()))  # expect: True
t(lambda: ('é'.isascii()))  # expect: False
t(lambda: ('abc'.center(9, '*')))  # expect: '***abc***'
t(lambda: ('abc'.center(2)))  # expect: 'abc'
t(lambda: ('abc'.ljust(6, '-')))  # expect: 'abc---'
t(lambda: ('abc'.rjust(6)))  # expect: '   abc'
t(lambda: ('é'.rjust(3, 'ü')))  # expect: 'üüé'
t(lambda: ('42'.zfill(5)))  # expect: '00042'
t(lambda: ('-42'.zfill(5)))  # expect: '-0042'
t(lambda: ('+42'.zfill(2)))  # expect: '+42'
t(lambda: (''.zfill(3)))  # expect: '000'
t(lambda: ('a=b=c'.partition('=')))  # expect: ('a', '=', 'b=c')
t(lambda: ('a=b=c'.rpartition('=')))  # expect: ('a=b', '=', 'c')
t(lambda: ('abc'.partition('x')))  # expect: ('abc', '', '')
t(lambda: ('abc'.rpartition('x')))  # expect: ('', '', 'abc')
t(lambda: ('a\tbc\td'.expandtabs()))  # expect: 'a       bc      d'
t(lambda: ('a\tbc\td'.expandtabs(4)))  # expect: 'a   bc  d'
t(lambda: ('a\tb\nc\td'.expandtabs(2)))  # expect: 'a b\nc d'
t(lambda: ('hé'.encode()))  # expect: b'h\xc3\xa9'
t(lambda: ('hé'.encode('latin-1')))  # expect: b'h\xe9'
t(lambda: ('hé'.encode('ascii')))  # expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
t(lambda: ('hé€'.encode('latin-1', 'replace')))  # expect: b'h\xe9?'
t(lambda: ('hé'.encode('ascii', 'ignore')))  # expect: b'h'
t(lambda: ('hé'.encode('ascii', 'backslashreplace')))  # expect: b'h\\xe9'
t(lambda: ('hé'.encode('ascii', 'xmlcharrefreplace')))  # expect: b'h&#233;'
t(lambda: ('x'.encode('nope')))  # expect: LookupError: unknown encoding: nope
t(lambda: ('{} {}'.format(1, 2)))  # expect: '1 2'
t(lambda: ('{1} {0}'.format('a', 'b')))  # expect: 'b a'
t(lambda: ('{name}!'.format(name='Bob')))  # expect: 'Bob!'
t(lambda: ('{0.real}'.format(3)))  # expect: '3'
t(lambda: ('{:>8}|{:<8}|{:^8}'.format('a', 'b', 'c')))  # expect: '       a|b       |   c    '
t(lambda: ('{{literal}}'.format()))  # expect: '{literal}'
t(lambda: ('{}'.format_map({})))  # expect: ValueError: Format string contains positional fields
t(lambda: ('{x}'.format_map({'x': 5})))  # expect: '5'
t(lambda: ('{'.format(1)))  # expect: ValueError: Single '{' encountered in format string
t(lambda: ('}'.format(1)))  # expect: ValueError: Single '}' encountered in format string
t(lambda: ('{0}{}'.format(1,2)))  # expect: ValueError: cannot switch from manual field specification to automatic field numbering
t(lambda: ('{}{0}'.format(1,2)))  # expect: ValueError: cannot switch from automatic field numbering to manual field specification
t(lambda: ('{2}'.format(1)))  # expect: IndexError: Replacement index 2 out of range for positional args tuple
t(lambda: ('{x}'.format(1)))  # expect: KeyError: 'x'
t(lambda: (str.maketrans('abc', 'xyz')))  # expect: {97: 120, 98: 121, 99: 122}
t(lambda: ('abcabc'.translate(str.maketrans('abc', 'xyz', 'b'))))  # expect: 'xzxz'
t(lambda: ('abc'.translate({97: None, 98: 'BB'})))  # expect: 'BBc'
t(lambda: ('abc'.translate({97: 1.5})))  # expect: TypeError: character mapping must return integer, None or str
t(lambda: ('abcdef'.removeprefix('abc')))  # expect: 'def'
t(lambda: ('abcdef'.removesuffix('def')))  # expect: 'abc'
t(lambda: ('abc'.removeprefix('x')))  # expect: 'abc'
t(lambda: ('%s and %r' % ('a', 'b')))  # expect: "a and 'b'"
t(lambda: ('%5.2f|%-5d|%05d|%x|%#x|%o|%#o|%e|%g|%c|%r|%a' % (3.14159, 42, 42, 255, 255, 8, 8, 12345.678, 0.00001, 65, 'é', 'é')))  # expect: " 3.14|42   |00042|ff|0xff|10|0o10|1.234568e+04|1e-05|A|'é'|'\\xe9'"
t(lambda: ('%d%%' % 50))  # expect: '50%'
t(lambda: ('%(a)s-%(b)s' % {'a': 1, 'b': 2}))  # expect: '1-2'
t(lambda: ('%s' % 'x'))  # expect: 'x'
t(lambda: ('%s' % (1,)))  # expect: '1'
t(lambda: ('%s %s' % (1,)))  # expect: TypeError: not enough arguments for format string
t(lambda: ('%s' % (1, 2)))  # expect: TypeError: not all arguments converted during string formatting
t(lambda: ('%d' % 'x'))  # expect: TypeError: %d format: a real number is required, not str
t(lambda: ('%.3s' % 'abcdef'))  # expect: 'abc'
t(lambda: ('%-6s|' % 'ab'))  # expect: 'ab    |'
t(lambda: ('%*d' % (5, 42)))  # expect: '   42'
t(lambda: ('%c%c' % ('a', 98)))  # expect: 'ab'
t(lambda: ('%x' % 3.0))  # expect: TypeError: %x format: an integer is required, not float
t(lambda: ('%i' % 3.99))  # expect: '3'
t(lambda: ('%5.1e' % 12345.678))  # expect: '1.2e+04'
t(lambda: ('%G' % 1e-20))  # expect: '1E-20'
t(lambda: ('%#o' % 0))  # expect: '0o0'
t(lambda: (hash('abc') == hash('abc')))  # expect: True
t(lambda: (hash('') == hash(str())))  # expect: True
t(lambda: ('a' 'b'))  # expect: 'ab'
t(lambda: ('abc'.__contains__('b')))  # expect: True
t(lambda: ('abc'.__getitem__(0)))  # expect: 'a'
t(lambda: (str.__add__('a', 'b')))  # expect: 'ab'
t(lambda: ('x'.__mul__(3)))  # expect: 'xxx'
t(lambda: ('x' * True))  # expect: 'x'
t(lambda: ('ab'.__iter__().__next__()))  # expect: 'a'
t(lambda: (type(iter('ab')).__name__))  # expect: 'str_ascii_iterator'
t(lambda: (type(iter('é')).__name__))  # expect: 'str_iterator'
t(lambda: ('%s' % [1, 2]))  # expect: '[1, 2]'
t(lambda: ('abc' < 'abd' < 'b'))  # expect: True
t(lambda: ('İ'.lower()))  # expect: 'i̇'
t(lambda: (len('İ'.lower())))  # expect: 2
t(lambda: ('ﬁ'.title()))  # expect: 'Fi'
t(lambda: ('ǅ'.istitle()))  # expect: True
t(lambda: ('aBC'.title()))  # expect: 'Abc'
t(lambda: ('ábc'.title()))  # expect: 'Ábc'
t(lambda: ('x'.center(6,'*')))  # expect: '**x***'
t(lambda: ('xy'.center(5,'*')))  # expect: '**xy*'
t(lambda: ('xyz'.center(6,'*')))  # expect: '*xyz**'
t(lambda: ('\u0130'.casefold()))  # expect: 'i̇'
t(lambda: ('ᾳ'.upper()))  # expect: 'ΑΙ'
t(lambda: ('ᾳ'.title()))  # expect: 'ᾼ'
t(lambda: ('ŉ'.upper()))  # expect: 'ʼN'
t(lambda: ('ǰ'.upper()))  # expect: 'J̌'
t(lambda: ('Σ'.lower()))  # expect: 'σ'
t(lambda: ('aΣ'.lower()))  # expect: 'aς'
t(lambda: ('aΣb'.lower()))  # expect: 'aσb'
t(lambda: ('aΣ.'.lower()))  # expect: 'aς.'
t(lambda: ("a'Σ".lower()))  # expect: "a'ς"
