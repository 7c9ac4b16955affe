# A naked exception caught by except* and re-raised comes out wrapped.
def f():
    try:
        raise ValueError(1)
    except* ValueError:
        raise


f()
