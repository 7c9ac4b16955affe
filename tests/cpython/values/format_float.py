specs = ['', 'f', '.0f', '.1f', '.2f', '.10f', 'e', '.0e', '.2e', 'E', 'g', '.0g', '.1g', '.3g', '.10g', 'G', '%', '.1%', '10.2f', '<10.2f', '^10', '+.2f', ' .2f', '010.2f', ',.2f', '_.1f', '#.0f', '#g', '#.3g', '.3', '15', 'n', '=+10.1f', '*>12.3e', '.2g', '#e', '.0%', '#.0e', '-', '0']
for v in [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123456, 1e-7, 1e16, 123456789012345.0, 2.5, 0.5, 1.005, 1e300, float('inf'), float('-inf'), float('nan'), 100.0, 9.995, 0.1]:
    print(repr(v), [format(v, s) for s in specs])
print(format(1.0, '.17g'), format(0.1, '.20f'), format(1/3, '.50f'), format(2**0.5, '.30e'))
print(format(1e22, 'f'), format(1.5e300, '.2f')[:20], format(123.456, '.2e'), format(-0.0, 'g'), format(-0.0, '+g'), format(0.0, '+.1f'))
for bad in ['d', 'x', 'c', 's', ',d', '.2d', 'b', 'zz', '#', '=s']:
    try:
        print(repr(bad), format(1.5, bad))
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
print(format(5, 'f'), format(5, '.2e'), format(5, '%'), format(5, 'g'), format(-5, '.1f'), format(10**20, '.2e'), format(True, '.1f'))
print(f'{1.5!r:>8}|', f'{2.0!s:<6}|', str(1e-5), str(1e-4), '%.3g' % 1234.5, '%g' % 1e-5, '%e' % 0, '%.2f' % -0.005)
print(round(2.675, 2), f'{2.675:.2f}', f'{1.25:.1f}', f'{1.35:.1f}', f'{0.125:.2f}', f'{-1.5:.0f}', f'{2.5:.0f}', f'{3.5:.0f}')
