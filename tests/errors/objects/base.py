# BaseException: args, str, repr, attributes.
e = ValueError("bad", 2)
print(e.args, str(e), repr(e))  # expect: ('bad', 2) ('bad', 2) ValueError('bad', 2)
print(repr(ValueError()), "[" + str(ValueError()) + "]")  # expect: ValueError() []
print(repr(ValueError("x")), str(ValueError("x")))  # expect: ValueError('x') x
print(repr(Exception((1, 2))), str(Exception((1, 2))))  # expect: Exception((1, 2)) (1, 2)
print(str(Exception(None)), repr(Exception(None)))  # expect: None Exception(None)
e = ValueError(1)
e.args = [1, 2]
print(e.args, e)  # expect: (1, 2) (1, 2)
e.__init__(3, 4)
print(repr(e))  # expect: ValueError(3, 4)
print(ValueError(1).__reduce__())  # expect: (<class 'ValueError'>, (1,))
x = ValueError(1)
x.extra = "yes"
print(x.extra, x.__dict__, x.__reduce__())  # expect: yes {'extra': 'yes'} (<class 'ValueError'>, (1,), {'extra': 'yes'})
print(ValueError().__traceback__, ValueError().__cause__, ValueError().__context__)  # expect: None None None
print(ValueError().__suppress_context__)  # expect: False
print(BaseException.__str__(KeyError("a")), KeyError("a").__str__())  # expect: a 'a'

def err(f):
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

err(lambda: ValueError(x=1))  # expect: TypeError: ValueError() takes no keyword arguments
err(lambda: KeyError(1, name=2))  # expect: TypeError: KeyError() takes no keyword arguments
err(lambda: ValueError().with_traceback(3))  # expect: TypeError: __traceback__ must be a traceback or None
err(lambda: setattr(ValueError(), "args", 3))  # expect: TypeError: 'int' object is not iterable
err(lambda: ValueError().__notes__)  # expect: AttributeError: 'ValueError' object has no attribute '__notes__'
