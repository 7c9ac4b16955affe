# assert with a message.
def check(x):
    assert x > 0, f"expected a positive number, got {x}"


check(-5)
