# A bare raise re-raises the handled exception with its original traceback
# (plus the frames it passes through afterwards); no chaining.
def inner():
    return {}["missing"]


def middle():
    try:
        inner()
    except KeyError:
        print("logging and re-raising")
        raise


middle()
