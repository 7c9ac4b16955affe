# Subclasses of str, int, float, bytes, bytearray: layout, methods, str()/repr()/format().
class S(str):
    def __str__(self):
        return 'custom'
    def __repr__(self):
        return 'R'
s = S('x')
print(s, str(s), repr(s), f"{s}", '%s' % s, '{}'.format(s), [s])  # expect: custom custom R custom custom custom [R]
class T(str): pass
t = T('y')
print(str(t), type(str(t)).__name__, f"{t!s}", format(t, ''), type(format(t, '')).__name__)  # expect: y str y y str
class I(int):
    def __str__(self): return 'I!'
    def __repr__(self): return 'Ir'
print(I(3), str(I(3)), f"{I(3)}", format(I(3)), '%s %r %d' % (I(3), I(3), I(3)))  # expect: I! I! I! I! I! Ir 3
class F(float):
    def __repr__(self): return 'Fr'
print(F(2), str(F(2)), f"{F(2)}", [F(2)])  # expect: Fr Fr Fr [Fr]
