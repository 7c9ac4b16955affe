for s in ['', '5', '<5', '>5', '^5', '.2', '^7.3', '*>6', '-^9', 's', '10s', '.0']:
    print(repr(s), repr(format('hello', s)), repr(format('', s)), repr(format('é日', s)))
for bad in ['d', '=5', '+5', ' ', '05', ',', '#', 'x', '.2f', 'z']:
    try:
        print(repr(bad), format('hi', bad))
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
print(format(None), format([1, 2]), format((1,), ''), format({'a': 1}))
try:
    format(None, '>5')
except TypeError as e:
    print(e)
try:
    format([1], 'x')
except TypeError as e:
    print(e)
try:
    format(object(), 's')
except TypeError as e:
    print(e)
class C:
    def __format__(self, spec):
        return f'C<{spec}>'
print(format(C(), 'abc'), f'{C():xyz}', '{:q}'.format(C()), f'{C()!s:>20}'[-1] if False else '')
class D:
    def __format__(self, spec):
        return 42
try:
    format(D())
except TypeError as e:
    print(e)
try:
    format('x', 5)
except TypeError as e:
    print(e)
print(f'{"abc":^{9}}', f'{"pad":_<8}', f'{"r":>{3}}', f'{"x"!r:^7}', f'{"é"!a}')
print(f'{3 + 4}', f'{"a" "b"}', f'{{}}', f'{{{1}}}', f'{[1, 2][0]}', f'{ {"k": 1}["k"] }', f"{'q'}")
x = 10
print(f'{x=}', f'{x = }', f'{x=:>5}', f'{x=!r}', f'{x*2=}', f'{"s"=}')
name = 'World'
print(f'Hello, {name}!', f'{name.upper()}', f'{name[1:3]}', f'{len(name):03}', f'{name!r:>10}')
