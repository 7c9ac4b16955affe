def f():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    f()
except* ValueError as eg:
    print("VE:", repr(eg), eg.exceptions)
except* TypeError as eg:
    print("TE:", eg, eg.message)
except* LookupError as eg:
    print("LE:", eg.exceptions)

try:
    try:
        f()
    except* ValueError:
        print("handled some")
except ExceptionGroup as rest:
    print("rest:", repr(rest))

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)])])
print(eg.split(ValueError))
m, r = eg.split(TypeError)
print(repr(m), repr(r))
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(BaseExceptionGroup("x", [ValueError()]).__class__.__name__, BaseExceptionGroup("x", [KeyboardInterrupt()]).__class__.__name__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x"), lambda: ExceptionGroup("x", ValueError())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise ValueError("naked")
except* ValueError as g:
    print(repr(g), type(g).__name__)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("in handler")
except Exception as e:
    print(repr(e), repr(e.__context__) if e.__context__ else None)
print(eg.derive([KeyError()]))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
try:
    raise MyEG("mine", [ValueError(1), TypeError(2)])
except* ValueError as g:
    print(type(g).__name__, g)
except* TypeError as g:
    print(type(g).__name__, g)
e = ExceptionGroup("note", [ValueError()])
e.add_note("a note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print(x)
