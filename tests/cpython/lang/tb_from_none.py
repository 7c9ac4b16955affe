def convert(v):
    try:
        return int(v)
    except ValueError:
        raise TypeError("bad value: " + repr(v)) from None

convert("x")
