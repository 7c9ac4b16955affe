# except* semantics: each clause runs at most once; naked exceptions are
# wrapped; the unhandled rest keeps propagating.
def raise_group():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])

try:
    raise_group()
except* ValueError as e:
    print("V", [x.args[0] for x in e.exceptions])  # expect: V [1, 3]
except* TypeError as e:
    print("T", [x.args[0] for x in e.exceptions])  # expect: T [2]

try:
    raise KeyError("naked")
except* KeyError as e:
    print(type(e).__name__, repr(e.exceptions))  # expect: ExceptionGroup (KeyError('naked'),)

try:
    try:
        raise_group()
    except* TypeError:
        print("handled T")  # expect: handled T
except ExceptionGroup as rest:
    print("rest", repr(rest))  # expect: rest ExceptionGroup('eg', [ValueError(1), ValueError(3)])

try:
    try:
        raise ValueError("x")
    except* TypeError:
        print("not reached")
except ValueError as v:
    print("passed through naked:", repr(v))  # expect: passed through naked: ValueError('x')

try:
    try:
        raise_group()
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as g:
    print(repr(g))  # expect: ExceptionGroup('', [KeyError('new'), ExceptionGroup('eg', [TypeError(2)])])

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as g:
    print(repr(g))  # expect: ExceptionGroup('eg', [ValueError(1)])

def bad_type():
    try:
        raise ValueError()
    except* int:
        pass

try:
    bad_type()
except TypeError as t:
    print(t)  # expect: catching classes that do not inherit from BaseException is not allowed

def eg_type():
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass

try:
    eg_type()
except TypeError as t:
    print(t)  # expect: catching ExceptionGroup with except* is not allowed. Use except instead.
