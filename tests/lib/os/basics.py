# os and os.path: process facts, environ, files and folders, stat, path manipulation.
import os
import os.path
print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.devnull, os.getpid() > 0, os.cpu_count() >= 1)  # expect: posix / True . .. /dev/null True True
print(os.path.join("a", "b", "c"), os.path.join("/x", "/abs", "y"), os.path.join("a/", "b"))  # expect: a/b/c /abs/y a/b
print(os.path.split("/a/b/c.txt"), os.path.split("file"), os.path.split("/"), os.path.splitext("x.tar.gz"), os.path.splitext(".bashrc"))  # expect: ('/a/b', 'c.txt') ('', 'file') ('/', '') ('x.tar', '.gz') ('.bashrc', '')
print(os.path.basename("/a/b.py"), os.path.dirname("/a/b.py"), os.path.dirname("b.py"), os.path.isabs("/x"), os.path.isabs("x"))  # expect: b.py /a  True False
print(os.path.normpath("/a//b/./c/../d"), os.path.normpath("a/../.."), os.path.normpath(""), os.path.normpath("//x"))  # expect: /a/b/d .. . //x
print(os.path.abspath(".") == os.getcwd(), os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b"))  # expect: True b/c ..
print(os.path.expanduser("~") == os.environ["HOME"], os.getenv("NO_SUCH_VAR_X"), os.getenv("NO_SUCH_VAR_X", "dflt"))  # expect: True None dflt
os.environ["WF_TEST_VAR"] = "v1"
print(os.environ.get("WF_TEST_VAR"), os.getenv("WF_TEST_VAR"))  # expect: v1 v1
base = "_os_test_dir"
os.makedirs(base + "/sub/deeper", exist_ok=True)
os.makedirs(base + "/sub", exist_ok=True)
with open(base + "/sub/f.txt", "w") as f:
    f.write("12345")
print(sorted(os.listdir(base)), sorted(os.listdir(base + "/sub")), os.path.isdir(base), os.path.isfile(base + "/sub/f.txt"))  # expect: ['sub'] ['deeper', 'f.txt'] True True
st = os.stat(base + "/sub/f.txt")
print(st.st_size, os.path.getsize(base + "/sub/f.txt"), type(st.st_mtime).__name__, st.st_mtime > 0)  # expect: 5 5 float True
os.rename(base + "/sub/f.txt", base + "/g.txt")
print(os.path.exists(base + "/sub/f.txt"), os.path.exists(base + "/g.txt"))  # expect: False True
os.remove(base + "/g.txt")
os.rmdir(base + "/sub/deeper")
os.rmdir(base + "/sub")
os.rmdir(base)
print(os.path.exists(base), len(os.urandom(8)), os.fspath("p"), os.strerror(2))  # expect: False 8 p No such file or directory
try:
    os.mkdir(".")
except FileExistsError as e:
    print(e)  # expect: [Errno 17] File exists: '.'
try:
    os.remove("no_such_file_here")
except FileNotFoundError as e:
    print(e)  # expect: [Errno 2] No such file or directory: 'no_such_file_here'
try:
    os.makedirs(".")
except FileExistsError as e:
    print(type(e).__name__)  # expect: FileExistsError
