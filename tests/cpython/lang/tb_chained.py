class StorageError(Exception):
    pass

def read(key):
    data = {"a": 1}
    return data[key]

def fetch(key):
    try:
        return read(key)
    except KeyError as exc:
        raise StorageError(f"cannot fetch {key!r}") from exc

def handler():
    try:
        fetch("zz")
    except StorageError:
        cleanup()

def cleanup():
    raise RuntimeError("cleanup failed")

print("start")
handler()
