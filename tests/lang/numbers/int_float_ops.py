# int, bool and float: arithmetic, errors, parsing, repr, hash, rounding
# Generated from CPython 3.11 output: each line prints repr(result) or "Type: message".

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

t(lambda: (1/0))  # expect: ZeroDivisionError: division by zero
t(lambda: (1//0))  # expect: ZeroDivisionError: integer division or modulo by zero
t(lambda: (1%0))  # expect: ZeroDivisionError: integer modulo by zero
t(lambda: (divmod(1,0)))  # expect: ZeroDivisionError: integer division or modulo by zero
t(lambda: (1.0/0))  # expect: ZeroDivisionError: float division by zero
t(lambda: (1.0//0))  # expect: ZeroDivisionError: float floor division by zero
t(lambda: (1.0%0))  # expect: ZeroDivisionError: float modulo
t(lambda: (divmod(1.0,0)))  # expect: ZeroDivisionError: float divmod()
t(lambda: (1<<-1))  # expect: ValueError: negative shift count
t(lambda: (1>>-1))  # expect: ValueError: negative shift count
t(lambda: (10.0**400))  # expect: OverflowError: (34, 'Numerical result out of range')
t(lambda: (pow(2,-1,4)))  # expect: ValueError: base is not invertible for the given modulus
t(lambda: (pow(3,-1,7)))  # expect: 5
t(lambda: (pow(3,-2,-7)))  # expect: -3
t(lambda: (pow(2,3,0)))  # expect: ValueError: pow() 3rd argument cannot be 0
t(lambda: (pow(2.0,3,4)))  # expect: TypeError: pow() 3rd argument not allowed unless all arguments are integers
t(lambda: (pow(2,0.5,3)))  # expect: TypeError: pow() 3rd argument not allowed unless all arguments are integers
t(lambda: (pow(2,10,-7)))  # expect: -5
t(lambda: (pow(-2,10**20+1,10**9+7)))  # expect: 289053518
t(lambda: (0**-1))  # expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
t(lambda: (0.0**-1))  # expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
t(lambda: (int('abc')))  # expect: ValueError: invalid literal for int() with base 10: 'abc'
t(lambda: (int('')))  # expect: ValueError: invalid literal for int() with base 10: ''
t(lambda: (int('12',1)))  # expect: ValueError: int() base must be >= 2 and <= 36, or 0
t(lambda: (int(5,10)))  # expect: TypeError: int() can't convert non-string with explicit base
t(lambda: (int([])))  # expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'
t(lambda: (int(float('inf'))))  # expect: OverflowError: cannot convert float infinity to integer
t(lambda: (int(float('nan'))))  # expect: ValueError: cannot convert float NaN to integer
t(lambda: (float('invalid')))  # expect: ValueError: could not convert string to float: 'invalid'
t(lambda: (float(' x ')))  # expect: ValueError: could not convert string to float: ' x '
t(lambda: (float(10**400)))  # expect: OverflowError: int too large to convert to float
t(lambda: (10**400/1))  # expect: OverflowError: integer division result too large for a float
t(lambda: (10**400/3))  # expect: OverflowError: integer division result too large for a float
t(lambda: (1/10**400))  # expect: 0.0
t(lambda: (str(10**5000)))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
t(lambda: (int('1'*5000)))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
t(lambda: (len(str(10**4299))))  # expect: 4300
t(lambda: (int('1'*4300) % 1000))  # expect: 111
t(lambda: ((-5)>>2**70))  # expect: -1
t(lambda: (5>>2**70))  # expect: 0
t(lambda: (round(12345, -2)))  # expect: 12300
t(lambda: (round(12350, -2)))  # expect: 12400
t(lambda: (round(12250,-2)))  # expect: 12200
t(lambda: (round(-12350,-2)))  # expect: -12400
t(lambda: (round(5, 2)))  # expect: 5
t(lambda: (round(True, -1)))  # expect: 0
t(lambda: (int('0_0')))  # expect: 0
t(lambda: (int('0x_ff', 16)))  # expect: 255
t(lambda: (int(' -0b101 ', 0)))  # expect: -5
t(lambda: (int('١٢')))  # expect: 12
t(lambda: (int('010', 0)))  # expect: ValueError: invalid literal for int() with base 0: '010'
t(lambda: (int('0x', 0)))  # expect: ValueError: invalid literal for int() with base 0: '0x'
t(lambda: (int('_1', 0)))  # expect: ValueError: invalid literal for int() with base 0: '_1'
t(lambda: (int('1_', 0)))  # expect: ValueError: invalid literal for int() with base 0: '1_'
t(lambda: (int('1__2', 0)))  # expect: ValueError: invalid literal for int() with base 0: '1__2'
t(lambda: (int('0b2', 0)))  # expect: ValueError: invalid literal for int() with base 0: '0b2'
t(lambda: (int('+', 0)))  # expect: ValueError: invalid literal for int() with base 0: '+'
t(lambda: (int('- 1', 0)))  # expect: ValueError: invalid literal for int() with base 0: '- 1'
t(lambda: (int('0o8', 0)))  # expect: ValueError: invalid literal for int() with base 0: '0o8'
t(lambda: (int('9'*10, 0)))  # expect: 9999999999
t(lambda: (int('z'*300)))  # expect: ValueError: invalid literal for int() with base 10: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz
t(lambda: (int(b'xyz')))  # expect: ValueError: invalid literal for int() with base 10: b'xyz'
t(lambda: (int('12', base=1.5)))  # expect: TypeError: 'float' object cannot be interpreted as an integer
t(lambda: (int(b' 12 ')))  # expect: 12
t(lambda: (int(bytearray(b'7'))))  # expect: 7
t(lambda: (int(x='1')))  # expect: TypeError: 'x' is an invalid keyword argument for int()
t(lambda: (int('ff', 16)))  # expect: 255
t(lambda: (int('FF', 16)))  # expect: 255
t(lambda: (int('z', 36)))  # expect: 35
t(lambda: (int('0xff', 0)))  # expect: 255
t(lambda: (int('0XFF', 16)))  # expect: 255
t(lambda: (int('  +42\n')))  # expect: 42
t(lambda: (int('4_2')))  # expect: 42
t(lambda: ((255).to_bytes(2, 'little')))  # expect: b'\xff\x00'
t(lambda: ((-1).to_bytes(1, 'big', signed=True)))  # expect: b'\xff'
t(lambda: (int.from_bytes([1,2], 'big')))  # expect: 258
t(lambda: (int.from_bytes(b'\xff', 'big', signed=True)))  # expect: -1
t(lambda: ((256).to_bytes(1,'big')))  # expect: OverflowError: int too big to convert
t(lambda: ((1).to_bytes(1,'x')))  # expect: ValueError: byteorder must be either 'little' or 'big'
t(lambda: ((1).to_bytes(-1,'big')))  # expect: ValueError: length argument must be non-negative
t(lambda: ((-128).to_bytes(1,'big',signed=True)))  # expect: b'\x80'
t(lambda: ((10).bit_length()))  # expect: 4
t(lambda: ((-10).bit_count()))  # expect: 2
t(lambda: ((6).as_integer_ratio()))  # expect: (6, 1)
t(lambda: ((128).to_bytes(1,'big',signed=True)))  # expect: OverflowError: int too big to convert
t(lambda: (int.from_bytes(b'')))  # expect: 0
t(lambda: ((5).to_bytes()))  # expect: b'\x05'
t(lambda: ((2**100).to_bytes(13, 'big')))  # expect: b'\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
t(lambda: (int.from_bytes((2**100).to_bytes(13, 'little'), 'little')))  # expect: 1267650600228229401496703205376
t(lambda: ([hash(x) for x in [2**61-1, -(2**61-1), 2**62, -2**62, 2**63+5, -(2**100), 2**70, -1, -2, 0, 10**30]]))  # expect: [0, 0, 2, -2, 9, -549755813888, 512, -2, -2, 0, 465258685558744706]
t(lambda: ([hash(x) for x in [0.5, -0.5, 1e300, -2.0, 1e-300, float(2**61), 1.5, float('inf'), float('-inf'), 1e-310, 3.14159]]))  # expect: [1152921504606846976, -1152921504606846976, 1224995262755759164, -2, 482449582752280463, 1, 1152921504606846977, 314159, -314159, 615709907932414099, 326484311674566659]
t(lambda: (hash(1.0) == hash(1) and hash(2.0**70) == hash(2**70)))  # expect: True
t(lambda: (divmod(-7, 2)))  # expect: (-4, 1)
t(lambda: (divmod(7,-2)))  # expect: (-4, -1)
t(lambda: (divmod(-7.5, 2)))  # expect: (-4.0, 0.5)
t(lambda: (divmod(7, -2.5)))  # expect: (-3.0, -0.5)
t(lambda: (-7 % 2.5))  # expect: 0.5
t(lambda: (-0.0 % 5))  # expect: 0.0
t(lambda: (0.0 // -1))  # expect: -0.0
t(lambda: (7.0//0.5))  # expect: 14.0
t(lambda: (divmod(10**30, -7)))  # expect: (-142857142857142857142857142858, -6)
t(lambda: (divmod(-10**30, 7)))  # expect: (-142857142857142857142857142858, 6)
t(lambda: (-(10**30) // 7))  # expect: -142857142857142857142857142858
t(lambda: (-(10**30) % 7))  # expect: 6
t(lambda: (2**-1))  # expect: 0.5
t(lambda: ((-2)**-1))  # expect: -0.5
t(lambda: (2**0.5))  # expect: 1.4142135623730951
t(lambda: ((-8)**3))  # expect: -512
t(lambda: (10**-20))  # expect: 1e-20
t(lambda: (float('inf')**-1))  # expect: 0.0
t(lambda: (0.0**0))  # expect: 1.0
t(lambda: (float('nan')**0))  # expect: 1.0
t(lambda: (1.0**float('nan')))  # expect: 1.0
t(lambda: ((-1.0)**float('inf')))  # expect: 1.0
t(lambda: (2.0**float('-inf')))  # expect: 0.0
t(lambda: (2.0**10000))  # expect: OverflowError: (34, 'Numerical result out of range')
t(lambda: (repr(1e-5)))  # expect: '1e-05'
t(lambda: (repr(0.0001)))  # expect: '0.0001'
t(lambda: (repr(1e16)))  # expect: '1e+16'
t(lambda: (repr(1.5e16)))  # expect: '1.5e+16'
t(lambda: (repr(123456789012345678.0)))  # expect: '1.2345678901234568e+17'
t(lambda: (repr(-0.0)))  # expect: '-0.0'
t(lambda: (repr(2.0**-1074)))  # expect: '5e-324'
t(lambda: (repr(1.7976931348623157e308)))  # expect: '1.7976931348623157e+308'
t(lambda: (repr(0.30000000000000004)))  # expect: '0.30000000000000004'
t(lambda: (repr(100.0)))  # expect: '100.0'
t(lambda: (repr(1e15)))  # expect: '1000000000000000.0'
t(lambda: (repr(9007199254740993.0)))  # expect: '9007199254740992.0'
t(lambda: ([repr(x) for x in [0.1, 0.2, 0.3, 1/3, 2/3, 1e-7, 1.1, 2.2, 3.3, 1e23, 5e-324, 2.5e-308, 1e22, 123.456, 9.999999999999999e22]]))  # expect: ['0.1', '0.2', '0.3', '0.3333333333333333', '0.6666666666666666', '1e-07', '1.1', '2.2', '3.3', '1e+23', '5e-324', '2.5e-308', '1e+22', '123.456', '1e+23']
t(lambda: ([repr(2.0**k) for k in range(-30, 80, 7)]))  # expect: ['9.313225746154785e-10', '1.1920928955078125e-07', '1.52587890625e-05', '0.001953125', '0.25', '32.0', '4096.0', '524288.0', '67108864.0', '8589934592.0', '1099511627776.0', '140737488355328.0', '1.8014398509481984e+16', '2.305843009213694e+18', '2.9514790517935283e+20', '3.777893186295716e+22']
t(lambda: ((1.5).hex()))  # expect: '0x1.8000000000000p+0'
t(lambda: ((0.0).hex()))  # expect: '0x0.0p+0'
t(lambda: ((-0.0).hex()))  # expect: '-0x0.0p+0'
t(lambda: ((5e-324).hex()))  # expect: '0x0.0000000000001p-1022'
t(lambda: ((1e308).hex()))  # expect: '0x1.1ccf385ebc8a0p+1023'
t(lambda: (float('inf').hex()))  # expect: 'inf'
t(lambda: ((0.1).hex()))  # expect: '0x1.999999999999ap-4'
t(lambda: ((2.0**-1022).hex()))  # expect: '0x1.0000000000000p-1022'
t(lambda: (float.fromhex('0x1.8p+0')))  # expect: 1.5
t(lambda: (float.fromhex(' 1.8p1 ')))  # expect: 3.0
t(lambda: (float.fromhex('-0x.8')))  # expect: -0.5
t(lambda: (float.fromhex('inf')))  # expect: inf
t(lambda: (float.fromhex('0x1p-1074')))  # expect: 5e-324
t(lambda: (float.fromhex('1')))  # expect: 1.0
t(lambda: (float.fromhex('0x1p+2000')))  # expect: OverflowError: hexadecimal value too large to represent as a float
t(lambda: (float.fromhex('x')))  # expect: ValueError: invalid hexadecimal floating-point string
t(lambda: (float.fromhex('0x1.8p')))  # expect: ValueError: invalid hexadecimal floating-point string
t(lambda: (float.fromhex('')))  # expect: ValueError: invalid hexadecimal floating-point string
t(lambda: (round(2.675, 2)))  # expect: 2.67
t(lambda: (round(0.5)))  # expect: 0
t(lambda: (round(1.5)))  # expect: 2
t(lambda: (round(-0.5)))  # expect: 0
t(lambda: (round(2.5, 0)))  # expect: 2.0
t(lambda: (round(1234.5678, -2)))  # expect: 1200.0
t(lambda: (round(5e-324, 400)))  # expect: 5e-324
t(lambda: (round(1e300, -300)))  # expect: 1e+300
t(lambda: (round(-1.5e-300, 5)))  # expect: -0.0
t(lambda: (round(float('inf'))))  # expect: OverflowError: cannot convert float infinity to integer
t(lambda: (round(float('inf'), 2)))  # expect: inf
t(lambda: (round(float('nan'))))  # expect: ValueError: cannot convert float NaN to integer
t(lambda: (round(float('nan'), 2)))  # expect: nan
t(lambda: (float('inf').as_integer_ratio()))  # expect: OverflowError: cannot convert Infinity to integer ratio
t(lambda: (float('nan').as_integer_ratio()))  # expect: ValueError: cannot convert NaN to integer ratio
t(lambda: ([round(x/8, 2) for x in range(-20, 20)]))  # expect: [-2.5, -2.38, -2.25, -2.12, -2.0, -1.88, -1.75, -1.62, -1.5, -1.38, -1.25, -1.12, -1.0, -0.88, -0.75, -0.62, -0.5, -0.38, -0.25, -0.12, 0.0, 0.12, 0.25, 0.38, 0.5, 0.62, 0.75, 0.88, 1.0, 1.12, 1.25, 1.38, 1.5, 1.62, 1.75, 1.88, 2.0, 2.12, 2.25, 2.38]
t(lambda: ([round(x + 0.5) for x in range(-5, 5)]))  # expect: [-4, -4, -2, -2, 0, 0, 2, 2, 4, 4]
t(lambda: (round(0.125, 2)))  # expect: 0.12
t(lambda: (round(0.375, 2)))  # expect: 0.38
t(lambda: (round(1.005, 2)))  # expect: 1.0
t(lambda: (round(123.456, 1)))  # expect: 123.5
t(lambda: (round(-123.456, -1)))  # expect: -120.0
t(lambda: (round(1e20, -5)))  # expect: 1e+20
t(lambda: (round(3.14159, None)))  # expect: 3
t(lambda: ((0.1).as_integer_ratio()))  # expect: (3602879701896397, 36028797018963968)
t(lambda: ((-2.5).as_integer_ratio()))  # expect: (-5, 2)
t(lambda: ((3.0).is_integer()))  # expect: True
t(lambda: (float('  1_000.5 ')))  # expect: 1000.5
t(lambda: (float('-nan')))  # expect: nan
t(lambda: (float('InFiNiTy')))  # expect: inf
t(lambda: (float('1e5')))  # expect: 100000.0
t(lambda: (float('.5')))  # expect: 0.5
t(lambda: (float('5.')))  # expect: 5.0
t(lambda: (float(b'1.5')))  # expect: 1.5
t(lambda: (float('1__0')))  # expect: ValueError: could not convert string to float: '1__0'
t(lambda: (float('_1')))  # expect: ValueError: could not convert string to float: '_1'
t(lambda: (float('1_')))  # expect: ValueError: could not convert string to float: '1_'
t(lambda: (float('1._5')))  # expect: ValueError: could not convert string to float: '1._5'
t(lambda: (float('1_.5')))  # expect: ValueError: could not convert string to float: '1_.5'
t(lambda: (float('1e_5')))  # expect: ValueError: could not convert string to float: '1e_5'
t(lambda: (float('0x10')))  # expect: ValueError: could not convert string to float: '0x10'
t(lambda: (float('nanx')))  # expect: ValueError: could not convert string to float: 'nanx'
t(lambda: (float('in')))  # expect: ValueError: could not convert string to float: 'in'
t(lambda: (float('1.5e')))  # expect: ValueError: could not convert string to float: '1.5e'
t(lambda: (float('')))  # expect: ValueError: could not convert string to float: ''
t(lambda: (float([])))  # expect: TypeError: float() argument must be a string or a real number, not 'list'
t(lambda: (float('١.٥')))  # expect: 1.5
t(lambda: (float('1e400')))  # expect: inf
t(lambda: (float('-1e-400')))  # expect: -0.0
t(lambda: (1e308*10))  # expect: inf
t(lambda: (-1e308*10))  # expect: -inf
t(lambda: ((1.5).real))  # expect: 1.5
t(lambda: ((1.5).imag))  # expect: 0.0
t(lambda: ((1.5).conjugate()))  # expect: 1.5
t(lambda: (int(1.9)))  # expect: 1
t(lambda: (int(-1.9)))  # expect: -1
t(lambda: (float(10**20)))  # expect: 1e+20
t(lambda: (int(1e20)))  # expect: 100000000000000000000
t(lambda: (int(-1e300) == -10**300))  # expect: False
t(lambda: (int(2.0**80)))  # expect: 1208925819614629174706176
t(lambda: (True + True))  # expect: 2
t(lambda: (True & False))  # expect: False
t(lambda: (True | False))  # expect: True
t(lambda: (True ^ True))  # expect: False
t(lambda: (~True))  # expect: -2
t(lambda: (-True))  # expect: -1
t(lambda: (True * 5))  # expect: 5
t(lambda: (True / 2))  # expect: 0.5
t(lambda: (True // 1))  # expect: 1
t(lambda: (repr(True & 1)))  # expect: '1'
t(lambda: (bool(0.0)))  # expect: False
t(lambda: (bool('')))  # expect: False
t(lambda: (bool([1])))  # expect: True
t(lambda: (True == 1))  # expect: True
t(lambda: (hash(True)))  # expect: 1
t(lambda: (1 == 1.0))  # expect: True
t(lambda: (2**53 + 1 == float(2**53 + 1)))  # expect: False
t(lambda: (2**53 + 1 > float(2**53)))  # expect: True
t(lambda: (10**400 > 1e308))  # expect: True
t(lambda: (10**400 < float('inf')))  # expect: True
t(lambda: (-10**400 < -1e308))  # expect: True
t(lambda: (1 < float('nan')))  # expect: False
t(lambda: (float('nan') == float('nan')))  # expect: False
t(lambda: ([1 < 1.5, 2 > 1.5, 1 <= 1.0, 3 >= 3.5]))  # expect: [True, True, True, False]
t(lambda: (3 * 1.5))  # expect: 4.5
t(lambda: (1 + 2.5))  # expect: 3.5
t(lambda: (2**64 * 1.0))  # expect: 1.8446744073709552e+19
t(lambda: ((2**64 + 1) / 2))  # expect: 9.223372036854776e+18
t(lambda: ((10**20) / (10**10)))  # expect: 10000000000.0
t(lambda: (2**1100 / 2**1000))  # expect: 1.2676506002282294e+30
t(lambda: (7 / -2))  # expect: -3.5
t(lambda: (-7 // 2))  # expect: -4
t(lambda: (-7 % 3))  # expect: 2
t(lambda: (7 % -3))  # expect: -2
t(lambda: (-7 // -2))  # expect: 3
t(lambda: (abs(-5)))  # expect: 5
t(lambda: (abs(-2**70)))  # expect: 1180591620717411303424
t(lambda: (abs(-1.5)))  # expect: 1.5
t(lambda: (-(-2**62)))  # expect: 4611686018427387904
t(lambda: (-(2**62)))  # expect: -4611686018427387904
t(lambda: ((2**62) * 2))  # expect: 9223372036854775808
t(lambda: (4611686018427387903 + 1))  # expect: 4611686018427387904
t(lambda: (-4611686018427387904 - 1))  # expect: -4611686018427387905
t(lambda: (-4611686018427387904 // -1))  # expect: 4611686018427387904
t(lambda: (-4611686018427387904 * -1))  # expect: 4611686018427387904
t(lambda: ((2**62) // 2))  # expect: 2305843009213693952
t(lambda: (3**100))  # expect: 515377520732011331036461129765621272702107522001
t(lambda: ((-3)**101))  # expect: -1546132562196033993109383389296863818106322566003
t(lambda: (2**200 // 3**50))  # expect: 2238393297946874000179418290327143433
t(lambda: (2**200 % 3**50))  # expect: 249667313308346329176559
t(lambda: (12345678901234567890 & 0xFFFF))  # expect: 2770
t(lambda: (-12345678901234567890 | 0xFF))  # expect: -12345678901234567681
t(lambda: (-12345678901234567890 ^ -1))  # expect: 12345678901234567889
t(lambda: (~(2**70)))  # expect: -1180591620717411303425
t(lambda: (1 << 100))  # expect: 1267650600228229401496703205376
t(lambda: ((2**100) >> 99))  # expect: 2
t(lambda: (-1 >> 1))  # expect: -1
t(lambda: ((-2**100) >> 1))  # expect: -633825300114114700748351602688
t(lambda: ((-2**100) >> 200))  # expect: -1
t(lambda: (int.__name__))  # expect: 'int'
t(lambda: ((5).real))  # expect: 5
t(lambda: ((5).imag))  # expect: 0
t(lambda: ((5).numerator))  # expect: 5
t(lambda: ((5).denominator))  # expect: 1
t(lambda: ((5).conjugate()))  # expect: 5
t(lambda: ((2**70).bit_length()))  # expect: 71
t(lambda: ((-2**70).bit_count()))  # expect: 1
t(lambda: (5 .__round__()))  # expect: 5
t(lambda: (isinstance(True, int)))  # expect: True
t(lambda: (type(2**70)))  # expect: <class 'int'>
t(lambda: (type(2**70 - 2**70 + 1)))  # expect: <class 'int'>
t(lambda: (int(True)))  # expect: 1
t(lambda: (float(True)))  # expect: 1.0
t(lambda: (str(-0)))  # expect: '0'
t(lambda: (str(-10**20)))  # expect: '-100000000000000000000'
t(lambda: (hex(255)))  # expect: '0xff'
t(lambda: (oct(8)))  # expect: '0o10'
t(lambda: (bin(5)))  # expect: '0b101'
t(lambda: (hex(-2**70)))  # expect: '-0x400000000000000000'
t(lambda: (bin(-1)))  # expect: '-0b1'
t(lambda: (format(-2**70, 'x')))  # expect: '-400000000000000000'
t(lambda: (int('-0')))  # expect: 0
t(lambda: (int(' 0 ')))  # expect: 0
t(lambda: (int('00')))  # expect: 0
t(lambda: (int('0_0_1')))  # expect: 1
t(lambda: (1_000_000))  # expect: 1000000
t(lambda: (0xff_ff))  # expect: 65535
t(lambda: (float(2**1023 * 2 - 1)))  # expect: OverflowError: int too large to convert to float
t(lambda: (float(2**1024)))  # expect: OverflowError: int too large to convert to float
t(lambda: ((2**1024) * 1.0))  # expect: OverflowError: int too large to convert to float
t(lambda: (1e-323 / 2**1100))  # expect: OverflowError: int too large to convert to float
t(lambda: (2**(-1100)))  # expect: 0.0
t(lambda: (sum([0.1]*10)))  # expect: 0.9999999999999999
t(lambda: (0.1+0.2))  # expect: 0.30000000000000004
t(lambda: (1e16 + 1))  # expect: 1e+16
t(lambda: (-1e-320))  # expect: -1e-320
t(lambda: (5e-324 / 2))  # expect: 0.0
t(lambda: (1.0 * 3 / 7))  # expect: 0.42857142857142855
