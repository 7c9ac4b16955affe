print('{} {} {}'.format(1, 'a', [2]), '{0} {1} {0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2), '{0[1]} {1[k]}'.format([5, 6], {'k': 'v'}))
class P:
    x = 3
    def __init__(self): self.y = [7, 8]
p = P()
print('{0.x} {0.y[1]} {p.y}'.format(p, p=p), '{:>{w}}'.format('r', w=4), '{0:{1}}'.format(3.5, '.2f'), '{!r:>6}'.format('a'), '{!s}'.format(1.0), '{!a}'.format('ñ'))
print('{{}} {{{}}}'.format(5), '{:*^11,}'.format(1234567), '{:%}'.format(0.25), '{0!r}{0!s}'.format('z'), '{0:}'.format(5), '{[0]}'.format('ab'))
print('{0[-1]}'.format({'-1': 'neg'}), '{0[1]}'.format('xyz'), '{k[0]}'.format(k=(9,)), '{:d}'.format(True))
for fmt, args, kw in [('{}', (), {}), ('{0} {}', (1, 2), {}), ('{} {0}', (1, 2), {}), ('{5}', (1,), {}), ('{x}', (), {}), ('{0.zz}', (1,), {}), ('{0[5]}', ([1],), {}),
                       ('{0[k]}', ({},), {}), ('{', (), {}), ('}', (), {}), ('{!}', (1,), {}), ('{!x}', (1,), {}), ('{:d}', ('a',), {}), ('{0:{1}}', (1,), {}), ('{0!r:}', (1,), {}), ('{a.}', (), {'a': 1}), ('{0[}', ([1],), {}), ('{:{:{}}}', (1, 2, 3), {})]:
    try:
        print(repr(fmt), fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print('{name} is {age} years'.format_map({'name': 'Bo', 'age': 3}))
class Default(dict):
    def __missing__(self, key): return '<' + key + '>'
print('{a} {b}'.format_map(Default(a=1)))
import string
f = string.Formatter()
print(f.format('{0}-{x}', 1, x=2), list(f.parse('a{0}b{x!r:>3}c')), string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
try:
    string.Template('$who').substitute()
except KeyError as e:
    print(repr(e))
print(string.Template('$who $$ $x').safe_substitute(who='a'), string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.capwords(' hello   world '), string.capwords('a-b', '-'), string.ascii_lowercase, string.ascii_uppercase, len(string.printable))
