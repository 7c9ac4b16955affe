# printf-style % formatting
# Generated from CPython 3.11 output: each line prints repr(result) or "Type: message".

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

t(lambda: ('%#06x' % 255))  # expect: '0x00ff'
t(lambda: ('%-6d|' % 5))  # expect: '5     |'
t(lambda: ('%+d % d' % (5, 5)))  # expect: '+5  5'
t(lambda: ('%05.1f' % -2.34))  # expect: '-02.3'
t(lambda: ('%s' % [1,2]))  # expect: '[1, 2]'
t(lambda: ('%s' % (1,)))  # expect: '1'
t(lambda: ('%s %s' % [1,2]))  # expect: TypeError: not enough arguments for format string
t(lambda: ('%(a)s %(b)r' % {'a':1,'b':'x'}))  # expect: "1 'x'"
t(lambda: ('%(a)s' % 5))  # expect: TypeError: format requires a mapping
t(lambda: ('%d' % 3.7))  # expect: '3'
t(lambda: ('%d' % '3'))  # expect: TypeError: %d format: a real number is required, not str
t(lambda: ('%x' % 3.5))  # expect: TypeError: %x format: an integer is required, not float
t(lambda: ('%f' % 'x'))  # expect: TypeError: must be real number, not str
t(lambda: ('%c' % 'ab'))  # expect: TypeError: %c requires int or char
t(lambda: ('%c' % 1.5))  # expect: TypeError: %c requires int or char
t(lambda: ('%c' % 0x110000))  # expect: OverflowError: %c arg not in range(0x110000)
t(lambda: ('%z' % 1))  # expect: ValueError: unsupported format character 'z' (0x7a) at index 1
t(lambda: ('%' % 1))  # expect: ValueError: incomplete format
t(lambda: ('%5' % 1))  # expect: ValueError: incomplete format
t(lambda: ('%*d' % (5, 3)))  # expect: '    3'
t(lambda: ('%-*d|' % (5, 3)))  # expect: '3    |'
t(lambda: ('%.*f' % (2, 3.14159)))  # expect: '3.14'
t(lambda: ('%*d' % ('x', 3)))  # expect: TypeError: * wants int
t(lambda: ('%.3s' % 'abcdef'))  # expect: 'abc'
t(lambda: ('%10.3s|' % 'abcdef'))  # expect: '       abc|'
t(lambda: ('%%' % ()))  # expect: '%'
t(lambda: ('%s%%' % 5))  # expect: '5%'
t(lambda: ('abc' % ()))  # expect: 'abc'
t(lambda: ('abc' % 5))  # expect: TypeError: not all arguments converted during string formatting
t(lambda: ('abc' % []))  # expect: 'abc'
t(lambda: ('abc' % {}))  # expect: 'abc'
t(lambda: ('%s' % {}))  # expect: '{}'
t(lambda: ('%i %u' % (3, 4)))  # expect: '3 4'
t(lambda: ('%o %#o' % (8, 8)))  # expect: '10 0o10'
t(lambda: ('%e' % 1e100))  # expect: '1.000000e+100'
t(lambda: ('%g %G' % (1e-10, 1e100)))  # expect: '1e-10 1E+100'
t(lambda: ('%r' % 'é'))  # expect: "'é'"
t(lambda: ('%a' % 'é'))  # expect: "'\\xe9'"
t(lambda: ('%d' % True))  # expect: '1'
t(lambda: ('%s' % True))  # expect: 'True'
t(lambda: ('%.2f' % True))  # expect: '1.00'
t(lambda: ('%d' % 10**30))  # expect: '1000000000000000000000000000000'
t(lambda: ('%x' % -255))  # expect: '-ff'
t(lambda: ('%#X' % 255))  # expect: '0XFF'
t(lambda: ('% 5d' % 42))  # expect: '   42'
t(lambda: ('%-05d|' % 42))  # expect: '42   |'
t(lambda: ('%ld' % 5))  # expect: '5'
t(lambda: ('%(x)d %d' % {'x':1}))  # expect: TypeError: not enough arguments for format string
t(lambda: ('%.0f' % 0.5))  # expect: '0'
t(lambda: ('%.0f' % 1.5))  # expect: '2'
t(lambda: ('%5%' % ()))  # expect: TypeError: not enough arguments for format string
t(lambda: ('%c' % 65))  # expect: 'A'
t(lambda: ('%c' % 'é'))  # expect: 'é'
t(lambda: ('%f' % 10**400))  # expect: OverflowError: int too large to convert to float
t(lambda: ('%d' % 1e400))  # expect: OverflowError: cannot convert float infinity to integer
t(lambda: ('%d' % float('nan')))  # expect: ValueError: cannot convert float NaN to integer
t(lambda: ('%s %s' % (1,2,3)))  # expect: TypeError: not all arguments converted during string formatting
t(lambda: ('%(a)s' % {'a':1, 'b':2}))  # expect: '1'
t(lambda: ('%s' % (())))  # expect: TypeError: not enough arguments for format string
t(lambda: ('%.3d' % 5))  # expect: '005'
t(lambda: ('%.3d' % -5))  # expect: '-005'
t(lambda: ('%#.3x' % 5))  # expect: '0x005'
t(lambda: ('%08.3d' % 5))  # expect: '00000005'
t(lambda: ('%+.2x' % 5))  # expect: '+05'
t(lambda: ('%.0d' % 0))  # expect: '0'
t(lambda: ('%5.1s|' % 'abc'))  # expect: '    a|'
t(lambda: ('%-5c|' % 65))  # expect: 'A    |'
t(lambda: ('%05s' % 'a'))  # expect: '    a'
t(lambda: ('%05c' % 65))  # expect: '    A'
t(lambda: ('%(a)s %(a)s' % {'a':1}))  # expect: '1 1'
t(lambda: ('%s' % None))  # expect: 'None'
t(lambda: ('%x' % 2**100))  # expect: '10000000000000000000000000'
t(lambda: ('%#o' % 0))  # expect: '0o0'
t(lambda: ('%#x' % 0))  # expect: '0x0'
t(lambda: ('%e' % 0))  # expect: '0.000000e+00'
t(lambda: ('%.3g' % 1234567))  # expect: '1.23e+06'
t(lambda: ('%#g' % 1))  # expect: '1.00000'
t(lambda: ('%10.4f|' % -3.14159))  # expect: '   -3.1416|'
t(lambda: ('%-10.4e|' % 3.14159))  # expect: '3.1416e+00|'
t(lambda: ('%s' % 1.0))  # expect: '1.0'
t(lambda: ('%r' % 0.1))  # expect: '0.1'
t(lambda: ('%.2f' % 2.675))  # expect: '2.67'
t(lambda: ('%.1f%%' % 12.34))  # expect: '12.3%'
t(lambda: ('%5.1f' % float('inf')))  # expect: '  inf'
t(lambda: ('%05d' % -3))  # expect: '-0003'
t(lambda: ('%+.3e' % 12345))  # expect: '+1.234e+04'
t(lambda: ('%#.0f' % 1))  # expect: '1.'
t(lambda: ('%-+8.2f|' % 3.14159))  # expect: '+3.14   |'
t(lambda: ('%05.1f' % float('nan')))  # expect: '00nan'
t(lambda: ('%-8s|%8s|' % ('ab', 'é')))  # expect: 'ab      |       é|'
t(lambda: ('%(x)s' % {'x': '%(y)s'}))  # expect: '%(y)s'
t(lambda: ('%s é %s' % ('à', 'ü')))  # expect: 'à é ü'
t(lambda: ('é%z' % 1))  # expect: ValueError: unsupported format character 'z' (0x7a) at index 2
t(lambda: ('%.2f' % 1e300))  # expect: '1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00'
t(lambda: (len('%.500f' % 1.0)))  # expect: 502
t(lambda: ('%.20f' % 0.1))  # expect: '0.10000000000000000555'
t(lambda: ('%.20e' % 0.1))  # expect: '1.00000000000000005551e-01'
t(lambda: ('%.50g' % 0.1))  # expect: '0.1000000000000000055511151231257827021181583404541'
t(lambda: ('%20.10g|' % 1e-10))  # expect: '               1e-10|'
