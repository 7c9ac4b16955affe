# add_note and __notes__.
e = ValueError("m")
e.add_note("first")
e.add_note("second")
print(e.__notes__)  # expect: ['first', 'second']

def err(f):
    try:
        f()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)

err(lambda: e.add_note(3))  # expect: TypeError: note must be a str, not 'int'
f = ValueError()
f.__notes__ = "not a list"
err(lambda: f.add_note("x"))  # expect: TypeError: Cannot add note: __notes__ is not a list
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added while handling")
        raise
except KeyError as k2:
    print(k2.__notes__)  # expect: ['added while handling']
