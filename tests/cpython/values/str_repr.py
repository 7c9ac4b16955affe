vals = ['', 'a', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\nx', 'cr\r', 'nul\x00', 'bell\x07',
        'del\x7f', '\x80', '\xa0', '\xad', 'é', 'ñandú', '日本語', '\u200b', '\u2028', '\ud800', '\U0001f600',
        '\U000e0001', '\\', '\\n', "'", '"', '\x1b[0m', '\ufeff', '\U0010ffff', 'a\u0301', '\u0378', '\ue000']
for v in vals:
    print(repr(v), ascii(v), len(v))
print(vals[:6])
print(str(vals[5:8]))
print('%r %s %a' % ('é\n', 'é', 'é'))
print(f'{"x"!r} {"é"!a} {"y"!s:>4}')
print(repr('a' * 3 + "'" + '"'))
print(ascii(['ü', b'\xff']), ascii(1), ascii(None))
d = {'k\n': 'v\t', 'ü': ['ß']}
print(d, repr(d), str(d))
print(chr(0x41), chr(0x1F600) == '\U0001f600', ord('€'), ord('\U0001f600'), chr(0) == '\0')
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord('ab')
except TypeError as e:
    print(e)
try:
    ord('')
except TypeError as e:
    print(e)
try:
    ord(5)
except TypeError as e:
    print(e)
print('\u00e9' == 'é', '\x41\101\u0041')
print('abc'[::-1], 'hello'[1:4], 'hello'[-3:], 'hello'[10:], 'hello'[::2], 'héllo'[1])
try:
    'abc'[5]
except IndexError as e:
    print(e)
try:
    'abc'[1] = 'x'
except TypeError as e:
    print(e)
try:
    'abc' + 1
except TypeError as e:
    print(e)
try:
    1 + 'abc'
except TypeError as e:
    print(e)
try:
    'abc' * 'x'
except TypeError as e:
    print(e)
try:
    k = 'x'; 'abc'[k]
except TypeError as e:
    print(e)
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, 'a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'a' in 'cat', '' in 'x')
try:
    'a' < 1
except TypeError as e:
    print(e)
try:
    1 in 'abc'
except TypeError as e:
    print(e)
