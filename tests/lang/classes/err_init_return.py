# __init__ must return None.
class Weird:
    def __init__(self):
        return 42
print('creating')  # expect: creating
Weird()
# expect-error: TypeError: __init__() should return None, not 'int'
