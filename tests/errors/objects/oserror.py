# OSError: the (errno, strerror, filename) constructor, the errno -> subclass
# mapping, attributes and str.
e = OSError(2, "No such file or directory", "data.txt")
print(type(e).__name__, repr(e))  # expect: FileNotFoundError FileNotFoundError(2, 'No such file or directory')
print(e)  # expect: [Errno 2] No such file or directory: 'data.txt'
print(e.errno, e.strerror, e.filename, e.filename2, e.args)  # expect: 2 No such file or directory data.txt None (2, 'No such file or directory')
print(OSError(2, "x", "f", None, "g"))  # expect: [Errno 2] x: 'f' -> 'g'
print(repr(OSError(2, "x", None, None, "g")))  # expect: FileNotFoundError(2, 'x', None, None, 'g')
print(type(OSError(13, "Permission denied")).__name__)  # expect: PermissionError
print(type(OSError(17, "File exists")).__name__)  # expect: FileExistsError
print(type(OSError(32, "Broken pipe")).__name__)  # expect: BrokenPipeError
print(type(OSError(111, "Connection refused")).__name__)  # expect: ConnectionRefusedError
print(type(OSError(11, "again")).__name__)  # expect: BlockingIOError
print(type(OSError(110, "timed out")).__name__)  # expect: TimeoutError
print(type(OSError(5, "I/O error")).__name__)  # expect: OSError
print(type(FileNotFoundError(13, "x")).__name__)  # expect: FileNotFoundError
print(OSError("just a message"), OSError("a").errno)  # expect: just a message None
print(OSError(None, "x"), OSError(0, "x"))  # expect: [Errno None] x [Errno 0] x
print(repr(OSError("a", "b", "c", "d", "e", "f")))  # expect: OSError('a', 'b', 'c', 'd', 'e', 'f')
print(OSError(2, "x", "f").__reduce__())  # expect: (<class 'FileNotFoundError'>, (2, 'x', 'f'))
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as err:
    print(err.errno, err.strerror, err.filename)  # expect: 2 No such file or directory /nonexistent/dir/file.txt
    print(err)  # expect: [Errno 2] No such file or directory: '/nonexistent/dir/file.txt'
except OSError as err:
    print("wrong subclass", type(err))


class MyOSError(OSError):
    def __init__(self, *args):
        super().__init__(*args)


m = MyOSError(2, "x", "f")
print(repr(m), m.filename, m)  # expect: MyOSError(2, 'x') f [Errno 2] x: 'f'


class PlainSub(OSError):
    pass


print(repr(PlainSub(2, "x", "f")), PlainSub(2, "x", "f").filename)  # expect: PlainSub(2, 'x') f
