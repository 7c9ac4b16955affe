# Location markers: plain ^^^ for a call, ~^^^ for a subscript, none when
# the failing expression is the whole line.
import sys

def lookup(d, key):
    return d[key]

def call_none(f):
    value = f(1) if f is None else 0
    return value

def whole_line(x):
    x.missing_attribute

which = sys.argv[1] if len(sys.argv) > 1 else "subscript"
cases = {"subscript": lambda: lookup({"a": 1}, "b"),
         "call": lambda: call_none(None),
         "attr": lambda: whole_line(None)}
try:
    cases["call"]()
except TypeError as e:
    print("caught:", e)
try:
    cases["attr"]()
except AttributeError as e:
    print("caught:", e)
cases[which]()
