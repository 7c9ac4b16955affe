import os, tempfile, io
d = tempfile.mkdtemp()
p = os.path.join(d, 'data.txt')
with open(p, 'w') as f:
    n = f.write('line one\nline two\n')
    f.write('third line without newline')
    print(n, f.closed, f.mode, f.name == p, f.writable(), f.readable())
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(f.readline(), end='')
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip('\n'))
with open(p, 'a') as f:
    print('appended', file=f)
    f.writelines(['x\n', 'y\n'])
with open(p, 'r', encoding='utf-8') as f:
    lines = f.read().splitlines()
print(lines[-3:], len(lines))
with open(p, 'rb') as f:
    data = f.read()
print(data[:9], type(data).__name__, len(data))
with open(p, 'wb') as f:
    f.write(b'\x00\x01binary\xff')
with open(p, 'rb') as f:
    print(f.read(3), f.read(), f.read())
with open(p, 'w', encoding='utf-8') as f:
    f.write('héllo wörld ✓\n')
with open(p, encoding='utf-8') as f:
    s = f.read()
print(s, len(s), os.path.getsize(p))
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'r+') as f:
    f.seek(0)
    print(f.read(5), f.tell())
try:
    open(os.path.join(d, 'missing.txt'))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    with open(p) as f:
        f.write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
try:
    open(p, 'z')
except ValueError as e:
    print('ValueError', e)
sio = io.StringIO('a\nb\nc')
print(sio.readline(), sio.read(), sio.getvalue(), list(io.StringIO('x\ny')))
bio = io.BytesIO(b'abc')
bio.seek(0, 2); bio.write(b'def')
print(bio.getvalue(), bio.tell())
print(sorted(os.listdir(d)), os.path.exists(p))
os.remove(p); os.rmdir(d)
print(os.path.exists(d))
