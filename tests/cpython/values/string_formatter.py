import string
f = string.Formatter()
for s in ['a{0}b{x!r:>3}c{{}}{}{:{w}}', '{}{}', '{0.a[1]}', 'x}}y{{z', '{!r}', '']:
    print(list(f.parse(s)))
print(f.format('{} {}', 1, 2), f.format('{0:{1}}', 3.5, '.1f'), f.format('{:{}}', 'a', 3) + '|')
for s in ['{0}{}', '{}{0}', '{', '}', '{0!}', '{0!rr}', '{a[}']:
    try:
        print(f.format(s, 1, a=[1]))
    except Exception as e:
        print(type(e).__name__, e)
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '?') if isinstance(key, str) else super().get_value(key, args, kwargs)
print(F().format('{x} {y} {0}', 5, x=1))
