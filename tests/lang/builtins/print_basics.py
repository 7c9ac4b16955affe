# print(): sep, end, file, flush, and writing through sys.stdout.
import sys
import io
print(1, "two", [3], None)  # expect: 1 two [3] None
print(1, 2, 3, sep="-")  # expect: 1-2-3
print("a", "b", sep="", end="!\n")  # expect: ab!
print()  # expect:
print(*range(4), sep=", ")  # expect: 0, 1, 2, 3
buf = io.StringIO()
print("captured", 42, file=buf)
print(repr(buf.getvalue()))  # expect: 'captured 42\n'
print("flushed", flush=True)  # expect: flushed
sys.stdout.write("via write\n")  # expect: via write
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
text = sys.stdout.getvalue()
sys.stdout = old
print(repr(text))  # expect: 'hidden\n'
class Writer:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = Writer()
print("x", "y", file=w)
print(w.parts)  # expect: ['x', ' ', 'y', '\n']
print(None, file=None)  # expect: None
try:
    print(sep=5)
except TypeError as e:
    print(e)  # expect: sep must be None or a string, not int
try:
    print(bad=1)
except TypeError as e:
    print(e)  # expect: 'bad' is an invalid keyword argument for print()
