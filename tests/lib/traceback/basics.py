# traceback: format_exc / print_exc / format_exception on a caught exception.
import traceback
import io
def inner():
    raise ValueError("bad value")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0])  # expect: Traceback (most recent call last):
    print(lines[-1])  # expect: ValueError: bad value
    print(len([l for l in lines if l.startswith("  File")]))  # expect: 3
    print("".join(traceback.format_exception(e)) == text)  # expect: True
    print(traceback.format_exception_only(e))  # expect: ['ValueError: bad value\n']
print(repr(traceback.format_exc()))  # expect: 'NoneType: None\n'
try:
    {}["missing"]
except KeyError:
    out = io.StringIO()
    traceback.print_exc(file=out)
    print(out.getvalue().splitlines()[-3:])  # expect: ['    {}["missing"]', '    ~~^^^^^^^^^^^', "KeyError: 'missing'"]
