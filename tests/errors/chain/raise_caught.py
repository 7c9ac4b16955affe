# raise e (the caught exception) inside its own handler adds this line to
# its traceback and does not chain it to itself.
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e


f()
