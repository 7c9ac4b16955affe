specs = ['', 'd', '5', '<5', '>5', '^5', '*^7', '+', ' ', '-', '05', '+05', '=+6', '0=6', ',', '_', '_x', '#x', '#X', '#o', '#b', 'x', 'o', 'b', 'c', 'n', 'e', '.2f', '%', '010,', '#010x', '+,', '>10,', '08_b', 'g', 'G', '.3e', '#_o', '0<5', '^']
for v in [0, 42, -42, 255, 1234567, -1234567, 10**20]:
    print(v, [format(v, s) for s in specs if not (s == 'c' and (v < 0 or v > 0x10ffff))])
print(format(True, 'd'), format(True, ''), format(False, '>5'), f'{True:x}', f'{65:c}', f'{1234:_d}')
w, p = 10, 3
print(f'{3.14159:{w}.{p}f}|', f'{42:{"<"}{w}}|', f'{"x":{w}}|', f'{12:0{w}d}')
for bad in ['s', '.2', 'z', ',x' if False else 'xx', '=', ',_', '_,', '#c', '+c', ',c', ',b', '.2x', '.2d', '5.2c', 'q']:
    try:
        print(repr(bad), format(42, bad))
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
try:
    format(-1, 'c')
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(0x110000, 'c')
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
print(format(10**30, ','), format(-10**25, '_x'), format(2**64, '#b')[:12], format(10**22, 'e'), format(10**17, '.3g'))
print('{:,}'.format(1234.5), '{:_}'.format(1e6), '{:,.2f}'.format(1234567.891), '{:n}'.format(1234567))
