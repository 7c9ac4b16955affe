# sys: version facts, argv/path/modules, recursion limit, exc_info, int digits, streams, _getframe, exit.
# args: one two
import sys
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)  # expect: True (3, 11) 3 11
print(sys.version.startswith("3.11"), sys.platform, sys.byteorder, sys.maxsize, sys.implementation.name in ("cpython", "weft"))  # expect: True linux little 9223372036854775807 True
print(sys.argv[1:], sys.argv[0], type(sys.path).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)  # expect: ['one', 'two'] basics.py list True True
print(sys.getrecursionlimit())  # expect: 1000
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())  # expect: 5000
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)  # expect: recursion limit must be greater or equal than 1
print(sys.exc_info(), sys.exception())  # expect: (None, None, None) None
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)  # expect: KeyError KeyError('k') True True
print(sys.get_int_max_str_digits())  # expect: 4300
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))  # expect: 5001
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)  # expect: maxdigits must be 0 or larger than 640
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout is sys.__stdout__)  # expect: <stdout> <stderr> <stdin> True
print(sys.float_info.max, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.epsilon)  # expect: 1.7976931348623157e+308 15 53 2.220446049250313e-16
print(sys.getdefaultencoding(), sys.intern("name") is sys.intern("name"), sys.getsizeof(0) > 0)  # expect: utf-8 True True
def where():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(where())  # expect: ('where', '<module>')
x = object()
print(sys.getrefcount(x))  # expect: 2
sys.exit("bye")  # expect-error: bye
