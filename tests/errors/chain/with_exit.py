# An exception raised by __exit__ is chained to the one that left the block.
class Resource:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"close failed after {exc_type.__name__}")


with Resource():
    raise ValueError("body failed")
