# Weft classes deriving from the built-in exceptions.
class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


e = MyError("failed", 7)
print(repr(e), str(e), e.args, e.code)  # expect: MyError('failed') failed ('failed',) 7
print(isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, LookupError))  # expect: True True False
print(MyError("m", code=3).args)  # expect: ('m',)


class Silent(Exception):
    def __init__(self, a):
        pass


print(Silent(1).args, repr(Silent(1)))  # expect: (1,) Silent(1)


class WithStr(KeyError):
    def __str__(self):
        return "custom: " + super().__str__()


print(str(WithStr("k")))  # expect: custom: 'k'

try:
    raise MyError("boom", 1)
except ValueError as caught:
    print(type(caught).__name__, caught.code)  # expect: MyError 1


class Retry(Exception):
    attempts = 3


r = Retry()
r.attempts += 1
print(r.attempts, Retry.attempts)  # expect: 4 3
print(issubclass(Retry, BaseException), Retry.__mro__[1:])  # expect: True (<class 'Exception'>, <class 'BaseException'>, <class 'object'>)
