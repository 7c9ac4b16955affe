# An uncaught ExceptionGroup is printed in CPython's box layout.
def run_all():
    errors = []
    for i, value in enumerate(["1", "x", "3", None]):
        try:
            int(value)
        except (ValueError, TypeError) as e:
            errors.append(e)
    raise ExceptionGroup("conversion failed", errors)


run_all()
