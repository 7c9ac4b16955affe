# raise ... from None hides the context.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no setting {k}") from None


get({}, "debug")
