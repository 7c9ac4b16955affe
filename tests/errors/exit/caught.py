# SystemExit can be caught; .code holds the argument.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, e.args)  # expect: caught 5 (5,)
try:
    raise SystemExit("a", "b")
except SystemExit as e:
    print(e.code)  # expect: ('a', 'b')
try:
    sys.exit()
except SystemExit as e:
    print(e.code)  # expect: None
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))  # expect: False True
