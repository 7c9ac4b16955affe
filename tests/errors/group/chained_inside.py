# Chained exceptions inside a group keep their chain, behind the margin.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"cannot convert {s!r}") from e


errors = []
for s in ("a", "b"):
    try:
        convert(s)
    except TypeError as e:
        errors.append(e)
g = ExceptionGroup("conversions", errors)
g.add_note("2 inputs rejected")
raise g
