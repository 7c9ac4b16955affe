# Attributes and str of StopIteration, SystemExit, KeyError, ImportError,
# AttributeError, NameError, SyntaxError and the Unicode errors.
print(StopIteration().value, StopIteration(1, 2).value)  # expect: None 1
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)  # expect: None 3 (1, 2)
print(KeyError("k"), KeyError(""), KeyError(1, 2), repr(KeyError("k")))  # expect: 'k' '' (1, 2) KeyError('k')
print(KeyError((1, 2)))  # expect: (1, 2)
i = ImportError("m", name="n", path="p")
print(i, i.msg, i.name, i.path, repr(i))  # expect: m m n p ImportError('m')
print(ImportError().msg, ImportError("a", "b").msg, ImportError("a", "b"))  # expect: None None ('a', 'b')
print(ModuleNotFoundError("No module named 'x'", name="x").name)  # expect: x
a = AttributeError("m", name="n", obj=5)
print(a, a.name, a.obj, AttributeError("x").name)  # expect: m n 5 None
print(NameError("m", name="n").name)  # expect: n

def err(f):
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

err(lambda: ImportError("m", name="n", path="p", foo=1))  # expect: TypeError: ImportError() takes at most 2 keyword arguments (3 given)
err(lambda: AttributeError("m", foo=1))  # expect: TypeError: 'foo' is an invalid keyword argument for AttributeError()
err(lambda: NameError("x", obj=1))  # expect: TypeError: 'obj' is an invalid keyword argument for NameError()

s = SyntaxError("m", ("dir/f.py", 1, 2, "t", 1, 3))
print(s, s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)  # expect: m (f.py, line 1) m dir/f.py 1 2 t 1 3
print(SyntaxError("m", ("f.py", None, 2, "t")))  # expect: m (f.py)
print(SyntaxError("m", (None, 3, 2, "t")))  # expect: m (line 3)
print(SyntaxError("m"), SyntaxError(), SyntaxError("m").lineno)  # expect: m None None
print(repr(SyntaxError("m", ("f.py", 1, 2, "t"))))  # expect: SyntaxError('m', ('f.py', 1, 2, 't'))
err(lambda: SyntaxError("m", ("f.py", 1, 2)))  # expect: TypeError: function takes at least 4 arguments (3 given)
err(lambda: SyntaxError("m", 5))  # expect: TypeError: 'int' object is not iterable
print(issubclass(IndentationError, SyntaxError), IndentationError("x", ("f", 1, 1, "y")).lineno)  # expect: True 1

print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"))  # expect: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "invalid"))  # expect: 'utf-8' codec can't decode bytes in position 0-1: invalid
u = UnicodeEncodeError("ascii", "a\xe9\u1234\U00012345", 1, 2, "ordinal not in range(128)")
print(u)  # expect: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
print(u.encoding, u.start, u.end, u.reason, u.object == "a\xe9\u1234\U00012345")  # expect: ascii 1 2 ordinal not in range(128) True
print(UnicodeEncodeError("ascii", "a\xe9\u1234\U00012345", 2, 3, "r"))  # expect: 'ascii' codec can't encode character '\u1234' in position 2: r
print(UnicodeEncodeError("ascii", "a\xe9\u1234\U00012345", 3, 4, "r"))  # expect: 'ascii' codec can't encode character '\U00012345' in position 3: r
print(UnicodeEncodeError("ascii", "abcd", 1, 4, "r"))  # expect: 'ascii' codec can't encode characters in position 1-3: r
print(UnicodeTranslateError("a\xe9", 1, 2, "r"))  # expect: can't translate character '\xe9' in position 1: r
err(lambda: UnicodeDecodeError("utf-8", "x", 0, 2, "invalid"))  # expect: TypeError: a bytes-like object is required, not 'str'
err(lambda: UnicodeDecodeError("utf-8"))  # expect: TypeError: function takes exactly 5 arguments (1 given)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as d:
    print(d.encoding, d.object, d.start, d.end, d.reason)  # expect: utf-8 b'\xff' 0 1 invalid start byte
