# format(): the format-spec mini-language for int, float, str
# Generated from CPython 3.11 output: each line prints repr(result) or "Type: message".

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

t(lambda: (format(1,'abc')))  # expect: ValueError: Invalid format specifier 'abc' for object of type 'int'
t(lambda: (format(1.5,'abc')))  # expect: ValueError: Invalid format specifier 'abc' for object of type 'float'
t(lambda: (format('s','abc')))  # expect: ValueError: Invalid format specifier 'abc' for object of type 'str'
t(lambda: (format(1,'.')))  # expect: ValueError: Format specifier missing precision
t(lambda: (format(1,',_')))  # expect: ValueError: Cannot specify both ',' and '_'.
t(lambda: (format(1,'_,')))  # expect: ValueError: Cannot specify both ',' and '_'.
t(lambda: (format(1,',,')))  # expect: ValueError: Cannot specify ',' with ','.
t(lambda: (format(1,',x')))  # expect: ValueError: Cannot specify ',' with 'x'.
t(lambda: (format(1,'_x')))  # expect: '1'
t(lambda: (format(1,'_b')))  # expect: '1'
t(lambda: (format(1.5,',x')))  # expect: ValueError: Cannot specify ',' with 'x'.
t(lambda: (format(1,'.2d')))  # expect: ValueError: Precision not allowed in integer format specifier
t(lambda: (format(1,'.2x')))  # expect: ValueError: Precision not allowed in integer format specifier
t(lambda: (format('a',',')))  # expect: ValueError: Cannot specify ',' with 's'.
t(lambda: (format('a','_')))  # expect: ValueError: Cannot specify '_' with 's'.
t(lambda: (format('a','+')))  # expect: ValueError: Sign not allowed in string format specifier
t(lambda: (format('a',' ')))  # expect: ValueError: Space not allowed in string format specifier
t(lambda: (format('a','#')))  # expect: ValueError: Alternate form (#) not allowed in string format specifier
t(lambda: (format('a','z')))  # expect: ValueError: Negative zero coercion (z) not allowed in string format specifier
t(lambda: (format(1,'c')))  # expect: '\x01'
t(lambda: (format(-1,'c')))  # expect: OverflowError: %c arg not in range(0x110000)
t(lambda: (format(1114112,'c')))  # expect: OverflowError: %c arg not in range(0x110000)
t(lambda: (format(65,'+c')))  # expect: ValueError: Sign not allowed with integer format specifier 'c'
t(lambda: (format(65,'#c')))  # expect: ValueError: Alternate form (#) not allowed with integer format specifier 'c'
t(lambda: (format(65,',c')))  # expect: ValueError: Cannot specify ',' with 'c'.
t(lambda: (format(1.5,'d')))  # expect: ValueError: Unknown format code 'd' for object of type 'float'
t(lambda: (format(1.5,'c')))  # expect: ValueError: Unknown format code 'c' for object of type 'float'
t(lambda: (format('x','05')))  # expect: 'x0000'
t(lambda: (format(5,'05')))  # expect: '00005'
t(lambda: (format(-5,'05')))  # expect: '-0005'
t(lambda: (format(5,'<05')))  # expect: '50000'
t(lambda: (format(5,'x<05')))  # expect: '5xxxx'
t(lambda: (format(True,'')))  # expect: 'True'
t(lambda: (format(True,'d')))  # expect: '1'
t(lambda: (format(True,'5')))  # expect: '    1'
t(lambda: (format(1e100,'f')))  # expect: '10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000'
t(lambda: (format(1.5,'=10')))  # expect: '       1.5'
t(lambda: (format('ab','^7')))  # expect: '  ab   '
t(lambda: (format(1234567,',')))  # expect: '1,234,567'
t(lambda: (format(1234567,'_x')))  # expect: '12_d687'
t(lambda: (format(-1234567.5,'015,.2f')))  # expect: '-001,234,567.50'
t(lambda: (format(1234,'010,')))  # expect: '00,001,234'
t(lambda: (format(1234,'+010,')))  # expect: '+0,001,234'
t(lambda: (format(0.000012345,'')))  # expect: '1.2345e-05'
t(lambda: (format(12345.678,'.3')))  # expect: '1.23e+04'
t(lambda: (format(1e200,'.3')))  # expect: '1e+200'
t(lambda: (format(float('nan'),'05')))  # expect: '00nan'
t(lambda: (format(float('-inf'),'+')))  # expect: '-inf'
t(lambda: (format(float('inf'),'010f')))  # expect: '0000000inf'
t(lambda: (format(-0.0,'z.1f')))  # expect: '0.0'
t(lambda: (format(-0.001,'z.1f')))  # expect: '0.0'
t(lambda: (format(0.5,'.0f')))  # expect: '0'
t(lambda: (format(1.5,'.0f')))  # expect: '2'
t(lambda: (format(2.5,'.0f')))  # expect: '2'
t(lambda: (format(123.456,'e')))  # expect: '1.234560e+02'
t(lambda: (format(123.456,'.2%')))  # expect: '12345.60%'
t(lambda: (format(0.5,'%')))  # expect: '50.000000%'
t(lambda: (format(1.0,'#')))  # expect: '1.0'
t(lambda: (format(1.0,'#.0f')))  # expect: '1.'
t(lambda: (format(1.0,'#g')))  # expect: '1.00000'
t(lambda: (format(1e-7,'g')))  # expect: '1e-07'
t(lambda: (format(1e-7,'')))  # expect: '1e-07'
t(lambda: (format(1e22,'')))  # expect: '1e+22'
t(lambda: (format(123456789.0,'')))  # expect: '123456789.0'
t(lambda: (format(1.0,'n')))  # expect: '1'
t(lambda: (format(12345.0,'n')))  # expect: '12345'
t(lambda: (format(12345,'n')))  # expect: '12345'
t(lambda: (format(255,'#x')))  # expect: '0xff'
t(lambda: (format(255,'#X')))  # expect: '0XFF'
t(lambda: (format(-255,'#o')))  # expect: '-0o377'
t(lambda: (format(5,'#b')))  # expect: '0b101'
t(lambda: (format(-5,'#010b')))  # expect: '-0b0000101'
t(lambda: (format(10**30,',')))  # expect: '1,000,000,000,000,000,000,000,000,000,000'
t(lambda: (format(3,'.1f')))  # expect: '3.0'
t(lambda: (format(10**400,'.1f')))  # expect: OverflowError: int too large to convert to float
t(lambda: (format(2**70,'e')))  # expect: '1.180592e+21'
t(lambda: (format(1.5,'s')))  # expect: ValueError: Unknown format code 's' for object of type 'float'
t(lambda: (format(1,'s')))  # expect: ValueError: Unknown format code 's' for object of type 'int'
t(lambda: (format('a','.0')))  # expect: ''
t(lambda: (format('abc','.2')))  # expect: 'ab'
t(lambda: (format('abc','x^10.2')))  # expect: 'xxxxabxxxx'
t(lambda: (format(12,'=+5')))  # expect: '+  12'
t(lambda: (format(-12,' ')))  # expect: '-12'
t(lambda: (format(12,' ')))  # expect: ' 12'
t(lambda: (format(1.5,'z')))  # expect: '1.5'
t(lambda: (format(1, 'z')))  # expect: ValueError: Negative zero coercion (z) not allowed in integer format specifier
t(lambda: (format(1.0e-5,'.0e')))  # expect: '1e-05'
t(lambda: (format(99.5,'.3')))  # expect: '99.5'
t(lambda: (format(0.0,'')))  # expect: '0.0'
t(lambda: (format(0.0,'.3')))  # expect: '0.0'
t(lambda: (format(100.0,'.3')))  # expect: '1e+02'
t(lambda: (format(1e16,'.17')))  # expect: '1e+16'
t(lambda: (format(1234.5,'.4n')))  # expect: '1234'
t(lambda: (format(1.0,'.0%')))  # expect: '100%'
t(lambda: (format(5,'%')))  # expect: '500.000000%'
t(lambda: (format(5,'.2%')))  # expect: '500.00%'
t(lambda: (format(5,'e')))  # expect: '5.000000e+00'
t(lambda: (format(5,'g')))  # expect: '5'
t(lambda: (format(10**20,'g')))  # expect: '1e+20'
t(lambda: (format(5,'F')))  # expect: '5.000000'
t(lambda: (format(float('nan'),'F')))  # expect: 'NAN'
t(lambda: (format(float('inf'),'E')))  # expect: 'INF'
t(lambda: (format(10**5000,"d")))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
t(lambda: (format(10**5000,",")))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
t(lambda: (format(1.5,".0")))  # expect: '2e+00'
t(lambda: (format(1.5,"#.0")))  # expect: '2.e+00'
t(lambda: (format(1e10,"#.1g")))  # expect: '1.e+10'
t(lambda: (format(float("nan"),"010,")))  # expect: '0000000nan'
t(lambda: (format(1234.5,"0=12,")))  # expect: '00,001,234.5'
t(lambda: (format(1234.5,"0>12,")))  # expect: '000001,234.5'
t(lambda: (format(1234,"0<10")))  # expect: '1234000000'
t(lambda: (format("é","é^5")))  # expect: 'ééééé'
t(lambda: (format(1,"é>5")))  # expect: 'éééé1'
t(lambda: (format(12.5, "x=+10")))  # expect: '+xxxxx12.5'
t(lambda: (format(-0.0,"")))  # expect: '-0.0'
t(lambda: (format(-0.0,"z")))  # expect: '0.0'
t(lambda: (format(-1e-10,"z.2f")))  # expect: '0.00'
t(lambda: (format(-1e-10,"z.2e")))  # expect: '-1.00e-10'
t(lambda: (format(-1e-10,"z.2g")))  # expect: '-1e-10'
t(lambda: (format(-1e-10, "z.2%")))  # expect: '0.00%'
t(lambda: (format(1.23456789e-7,"%")))  # expect: '0.000012%'
t(lambda: (format(2**63,"c")))  # expect: OverflowError: Python int too large to convert to C long
t(lambda: ([format(1234,'0%d,' % w) for w in range(5,15)]))  # expect: ['1,234', '01,234', '001,234', '0,001,234', '0,001,234', '00,001,234', '000,001,234', '0,000,001,234', '0,000,001,234', '00,000,001,234']
t(lambda: ([format(-1234.5,'0%d,.1f' % w) for w in range(5,15)]))  # expect: ['-1,234.5', '-1,234.5', '-1,234.5', '-1,234.5', '-01,234.5', '-001,234.5', '-0,001,234.5', '-0,001,234.5', '-00,001,234.5', '-000,001,234.5']
t(lambda: ([format(0x12345,'0%d_x'%w) for w in range(5,15)]))  # expect: ['1_2345', '1_2345', '01_2345', '001_2345', '0001_2345', '0_0001_2345', '0_0001_2345', '00_0001_2345', '000_0001_2345', '0000_0001_2345']
t(lambda: (format(1234, '*>10,')))  # expect: '*****1,234'
t(lambda: (format(1234, '*=10,')))  # expect: '*****1,234'
t(lambda: (format(1234, '*^+10,')))  # expect: '**+1,234**'
t(lambda: (format(1234, '=10,')))  # expect: '     1,234'
t(lambda: ([format(v, '.%d' % p) for v in [1e15, 1e16, 123.0, 1234.0, 12345.0, 0.0001, 0.00001,1.5, 99.5, 999.5] for p in range(0,6)]))  # expect: ['1e+15', '1e+15', '1e+15', '1e+15', '1e+15', '1e+15', '1e+16', '1e+16', '1e+16', '1e+16', '1e+16', '1e+16', '1e+02', '1e+02', '1.2e+02', '1.23e+02', '123.0', '123.0', '1e+03', '1e+03', '1.2e+03', '1.23e+03', '1.234e+03', '1234.0', '1e+04', '1e+04', '1.2e+04', '1.23e+04', '1.234e+04', '1.2345e+04', '0.0001', '0.0001', '0.0001', '0.0001', '0.0001', '0.0001', '1e-05', '1e-05', '1e-05', '1e-05', '1e-05', '1e-05', '2e+00', '2e+00', '1.5', '1.5', '1.5', '1.5', '1e+02', '1e+02', '1e+02', '99.5', '99.5', '99.5', '1e+03', '1e+03', '1e+03', '1e+03', '999.5', '999.5']
t(lambda: ([format(v, '.%dg' % p) for v in [1e15, 1e16, 123.0, 1234.0, 12345.0, 0.0001, 0.00001,1.5, 99.5, 999.5] for p in range(0,6)]))  # expect: ['1e+15', '1e+15', '1e+15', '1e+15', '1e+15', '1e+15', '1e+16', '1e+16', '1e+16', '1e+16', '1e+16', '1e+16', '1e+02', '1e+02', '1.2e+02', '123', '123', '123', '1e+03', '1e+03', '1.2e+03', '1.23e+03', '1234', '1234', '1e+04', '1e+04', '1.2e+04', '1.23e+04', '1.234e+04', '12345', '0.0001', '0.0001', '0.0001', '0.0001', '0.0001', '0.0001', '1e-05', '1e-05', '1e-05', '1e-05', '1e-05', '1e-05', '2', '2', '1.5', '1.5', '1.5', '1.5', '1e+02', '1e+02', '1e+02', '99.5', '99.5', '99.5', '1e+03', '1e+03', '1e+03', '1e+03', '999.5', '999.5']
t(lambda: ([format(v, '#.%dg' % p) for v in [1e15, 1e16, 123.0, 1234.0, 12345.0, 0.0001, 0.00001,1.5, 99.5, 999.5] for p in range(0,6)]))  # expect: ['1.e+15', '1.e+15', '1.0e+15', '1.00e+15', '1.000e+15', '1.0000e+15', '1.e+16', '1.e+16', '1.0e+16', '1.00e+16', '1.000e+16', '1.0000e+16', '1.e+02', '1.e+02', '1.2e+02', '123.', '123.0', '123.00', '1.e+03', '1.e+03', '1.2e+03', '1.23e+03', '1234.', '1234.0', '1.e+04', '1.e+04', '1.2e+04', '1.23e+04', '1.234e+04', '12345.', '0.0001', '0.0001', '0.00010', '0.000100', '0.0001000', '0.00010000', '1.e-05', '1.e-05', '1.0e-05', '1.00e-05', '1.000e-05', '1.0000e-05', '2.', '2.', '1.5', '1.50', '1.500', '1.5000', '1.e+02', '1.e+02', '1.0e+02', '99.5', '99.50', '99.500', '1.e+03', '1.e+03', '1.0e+03', '1.00e+03', '999.5', '999.50']
t(lambda: ([format(v, '.16') for v in [1e15, 1e16, 123.0, 0.1, 1/3]]))  # expect: ['1e+15', '1e+16', '123.0', '0.1', '0.3333333333333333']
t(lambda: ([format(v, '.17') for v in [1e15, 1e16, 123.0, 0.1, 1/3]]))  # expect: ['1000000000000000.0', '1e+16', '123.0', '0.10000000000000001', '0.33333333333333331']
t(lambda: (f"{1234567.891:,.2f}|{0.1}|{1e16}|{12:03d}|{'x':>5}|{3.14159:.2f}|{1234567:,}|{42:>10,}|{2.5:08.3f}|{0.123:+.1%}"))  # expect: '1,234,567.89|0.1|1e+16|012|    x|3.14|1,234,567|        42|0002.500|+12.3%'
t(lambda: (f"{'abc'!r:>8}|{'é'!a}|{3!s:>4}"))  # expect: "   'abc'|'\\xe9'|   3"
t(lambda: ('{:{}}'.format(1,5)))  # expect: '    1'
t(lambda: ('{0:{1}.{2}f}'.format(3.14159, 10, 2)))  # expect: '      3.14'
t(lambda: ('{a[0]}{a[1]}{b.real}'.format(a=[1,2], b=3)))  # expect: '123'
t(lambda: ('{!r}'.format('x')))  # expect: "'x'"
t(lambda: ('{0!s:*^9}'.format(12)))  # expect: '***12****'
t(lambda: ('{:%}'.format(0.25)))  # expect: '25.000000%'
t(lambda: ('{:,}'.format(-1234567)))  # expect: '-1,234,567'
t(lambda: ('{:_}'.format(10**10)))  # expect: '10_000_000_000'
t(lambda: ('{:_b}'.format(255)))  # expect: '1111_1111'
t(lambda: ('{:#_o}'.format(8**6)))  # expect: '0o100_0000'
t(lambda: ('{:x}'.format(-255)))  # expect: '-ff'
t(lambda: ('{0}'.format(*[1])))  # expect: '1'
t(lambda: ('{0[0][1]}'.format([[1,2]])))  # expect: '2'
t(lambda: ('{0:}'.format(None)))  # expect: 'None'
t(lambda: ('{0:5}'.format(None)))  # expect: TypeError: unsupported format string passed to NoneType.__format__
t(lambda: ('{:>5}'.format(None)))  # expect: TypeError: unsupported format string passed to NoneType.__format__
t(lambda: ('{}'.format(object)))  # expect: "<class 'object'>"
t(lambda: (format(None, '')))  # expect: 'None'
t(lambda: (format([1], '')))  # expect: '[1]'
t(lambda: (format([1], 'x')))  # expect: TypeError: unsupported format string passed to list.__format__
