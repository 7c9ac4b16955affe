# An error inside a nested handler chains to the innermost handled exception.
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise KeyError("middle")
    except KeyError:
        x = [][1]
