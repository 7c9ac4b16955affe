excs = [ValueError('bad'), ValueError(), ValueError('a', 2), KeyError('k'), KeyError(), KeyError('a', 'b'), IndexError(5), OSError(2, 'No such file'), OSError('plain'), FileNotFoundError(2, 'missing', 'f.txt'),
        StopIteration(7), SystemExit(3), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'), ZeroDivisionError('division by zero'), Exception(None), AttributeError('x', 'y'), RuntimeError(''), ArithmeticError([1])]
for e in excs:
    print(type(e).__name__, repr(e), '|', str(e), '|', e.args)
e = FileNotFoundError(2, 'missing', 'f.txt')
print(e.errno, e.strerror, e.filename, StopIteration(7).value, SystemExit(3).code, SystemExit().code, KeyError('k').args[0])
try:
    open('/nonexistent/file.txt')
except FileNotFoundError as ex:
    print(ex, ex.errno, repr(ex.filename), isinstance(ex, OSError), type(ex).__mro__[1].__name__)
try:
    {}['missing']
except LookupError as ex:
    print(type(ex).__name__, ex, repr(ex))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[1]}'
m = MyErr(404, 'not found')
print(m, repr(m), m.args, str(m), f'{m}', [m])
class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain('x')), str(Plain(1, 2)), Plain.__mro__[1:], issubclass(Plain, BaseException))
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError('outer') from inner
except ValueError as outer:
    print(repr(outer), repr(outer.__cause__), outer.__suppress_context__, repr(outer.__context__))
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise TypeError('b')
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)
e2 = ValueError('x')
e2.add_note('note 1') if hasattr(e2, 'add_note') else None
print(getattr(e2, '__notes__', None), e2.with_traceback(None) is e2, e2.__traceback__)
print(BaseException.__subclasses__()[:0])
print(isinstance(KeyboardInterrupt(), Exception), issubclass(StopAsyncIteration, Exception), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(TimeoutError, OSError), IOError is OSError, EnvironmentError is OSError)
eg = ExceptionGroup('grp', [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), len(eg.exceptions), eg.message, [repr(x) for x in eg.exceptions])
m2, rest = eg.split(ValueError)
print(repr(m2), repr(rest), eg.subgroup(lambda x: isinstance(x, TypeError)))
for args in [(), ('only',), ('a', 'b', 'c')]:
    u = UnicodeError(*args)
    print(repr(u), str(u))
print(str(KeyError("it's")), str(KeyError('say "hi"')), repr(KeyError(1.5)), str(KeyError(None)), str(IndexError('list index out of range')))
