# An exception raised while handling another is chained to it implicitly.
def read_config(d):
    try:
        return d["path"]
    except KeyError:
        raise RuntimeError("config has no path")


read_config({})
