# tempfile and shutil: temporary folders and files, copying and removing trees.
import os
import shutil
import tempfile
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), d.startswith(tempfile.gettempdir()))  # expect: True True
    os.makedirs(os.path.join(d, "x", "y"))
    with open(os.path.join(d, "x", "y", "f.txt"), "w") as f:
        f.write("data")
    shutil.copytree(os.path.join(d, "x"), os.path.join(d, "x2"))
    print(open(os.path.join(d, "x2", "y", "f.txt")).read())  # expect: data
    shutil.copy(os.path.join(d, "x", "y", "f.txt"), d)
    print(sorted(os.listdir(d)))  # expect: ['f.txt', 'x', 'x2']
    shutil.move(os.path.join(d, "f.txt"), os.path.join(d, "g.txt"))
    print(sorted(os.listdir(d)))  # expect: ['g.txt', 'x', 'x2']
    walked = [(os.path.relpath(root, d), sorted(dirs), sorted(files)) for root, dirs, files in os.walk(d)]
    print(sorted(walked))  # expect: [('.', ['x', 'x2'], ['g.txt']), ('x', ['y'], []), ('x/y', [], ['f.txt']), ('x2', ['y'], []), ('x2/y', [], ['f.txt'])]
    shutil.rmtree(os.path.join(d, "x"))
    print(sorted(os.listdir(d)))  # expect: ['g.txt', 'x2']
    saved = d
print(os.path.exists(saved))  # expect: False
fd, name = tempfile.mkstemp(suffix=".tmp", prefix="wf")
os.write(fd, b"abc")
os.close(fd)
print(os.path.basename(name).startswith("wf"), name.endswith(".tmp"), open(name, "rb").read())  # expect: True True b'abc'
os.remove(name)
d2 = tempfile.mkdtemp()
print(os.path.isdir(d2))  # expect: True
os.rmdir(d2)
with tempfile.NamedTemporaryFile("w+", suffix=".txt") as tf:
    tf.write("named")
    tf.seek(0)
    print(tf.read(), os.path.exists(tf.name))  # expect: named True
print(os.path.exists(tf.name), shutil.which("sh") is not None, shutil.which("no-such-command-xyz"))  # expect: False True None
