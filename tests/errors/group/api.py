# ExceptionGroup construction, attributes, split/subgroup/derive.
eg = ExceptionGroup("m", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])])
print(repr(eg))  # expect: ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('n', [ValueError(3), KeyError(4)])])
print(eg)  # expect: m (3 sub-exceptions)
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__)  # expect: m 3 tuple
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))  # expect: True True
print(ExceptionGroup.__mro__[1].__name__, ExceptionGroup.__mro__[2].__name__)  # expect: BaseExceptionGroup Exception

match, rest = eg.split(ValueError)
print(repr(match))  # expect: ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])])
print(repr(rest))  # expect: ExceptionGroup('m', [TypeError(2), ExceptionGroup('n', [KeyError(4)])])
print(eg.split((ValueError, KeyError))[1])  # expect: m (1 sub-exception)
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))  # expect: ExceptionGroup('m', [ExceptionGroup('n', [KeyError(4)])])
print(eg.subgroup(OSError))  # expect: None
print(eg.split(ExceptionGroup)[0] is eg)  # expect: True
print(eg.split(lambda e: False)[0], eg.split(lambda e: False)[1] is not None)  # expect: None True
print(repr(eg.derive([KeyError("d")])))  # expect: ExceptionGroup('m', [KeyError('d')])

b = BaseExceptionGroup("b", [ValueError()])
print(type(b).__name__)  # expect: ExceptionGroup
b = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(b).__name__, isinstance(b, Exception))  # expect: BaseExceptionGroup False
print(repr(ExceptionGroup("t", (ValueError(),))))  # expect: ExceptionGroup('t', (ValueError(),))

# metadata is copied to the parts
eg.add_note("note")
eg.__cause__ = KeyError("cause")
m, r = eg.split(TypeError)
print(m.__notes__, repr(m.__cause__), m.__suppress_context__)  # expect: ['note'] KeyError('cause') True
print(m.__notes__ is eg.__notes__)  # expect: False

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: ExceptionGroup("m"))  # expect: TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
err(lambda: ExceptionGroup(1, [ValueError()]))  # expect: TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int
err(lambda: ExceptionGroup("m", 5))  # expect: TypeError: second argument (exceptions) must be a sequence
err(lambda: ExceptionGroup("m", {ValueError()}))  # expect: TypeError: second argument (exceptions) must be a sequence
err(lambda: ExceptionGroup("m", []))  # expect: ValueError: second argument (exceptions) must be a non-empty sequence
err(lambda: ExceptionGroup("m", [ValueError(), 1]))  # expect: ValueError: Item 1 of second argument (exceptions) is not an exception
err(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))  # expect: TypeError: Cannot nest BaseExceptions in an ExceptionGroup
err(lambda: eg.split(3))  # expect: TypeError: expected a function, exception type or tuple of exception types
err(lambda: eg.subgroup(int))  # expect: TypeError: expected a function, exception type or tuple of exception types

class MyEG(ExceptionGroup):
    pass

err(lambda: MyEG("m", [KeyboardInterrupt()]))  # expect: TypeError: Cannot nest BaseExceptions in 'MyEG'
print(type(MyEG("m", [ValueError()]).derive([TypeError()])).__name__)  # expect: ExceptionGroup
print(type(MyEG("m", [ValueError(), TypeError()]).split(ValueError)[0]).__name__)  # expect: ExceptionGroup
