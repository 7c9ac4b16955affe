# open() in text and binary modes, read/readline/readlines/iteration, write/writelines, seek/tell, with, errors.
import io
path = "_io_test.txt"
f = open(path, "w")
print(f.write("hello\nworld\n"), f.closed, f.mode, f.name)
f.close()
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), f.readlines())
with open(path) as f:
    print([line.rstrip() for line in f])
with open(path, "a") as f:
    f.writelines(["x\n", "y\n"])
with open(path, "rb") as f:
    data = f.read()
    print(data, len(data), type(data).__name__)
with open(path, "r+") as f:
    print(f.read(3), f.tell())
    f.seek(0)
    print(repr(f.read(5)))
with open(path, "wb") as f:
    print(f.write(b"bytes\x00\xff"))
with open(path, "rb") as f:
    print(f.read(), f.read())
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo wörld\n")
with open(path, encoding="utf-8") as f:
    print(f.read(4), f.read())
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open(path).write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    open(path, "rw")
except ValueError as e:
    print(e)
try:
    open("/no/such/dir/file")
except FileNotFoundError as e:
    print(e)
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__)
try:
    open(path, "w").write(5)
except TypeError as e:
    print(e)
import os
os.remove(path)
s = io.StringIO("line1\nline2\n")
print(s.readline(), s.read(), repr(s.read()))
s = io.StringIO()
s.write("abc")
s.seek(0)
print(s.read(), s.getvalue(), s.tell())
b = io.BytesIO(b"abc")
print(b.read(2), b.getvalue(), b.read())

# Expected output, in order:
# expect: 12 False w _io_test.txt
# expect: True
# expect: 'hello\nworld\n'
# expect: 'hello\n' ['world\n']
# expect: ['hello', 'world']
# expect: b'hello\nworld\nx\ny\n' 16 bytes
# expect: hel 3
# expect: 'hello'
# expect: 7
# expect: b'bytes\x00\xff' b''
# expect: héll o wörld
# expect:
# expect: I/O operation on closed file.
# expect: UnsupportedOperation: not writable
# expect: must have exactly one of create/read/write/append mode
# expect: [Errno 2] No such file or directory: '/no/such/dir/file'
# expect: FileExistsError
# expect: write() argument must be str, not int
# expect: line1
# expect:  line2
# expect:  ''
# expect: abc abc 3
# expect: b'ab' b'abc' b'c'
