# When str() of the exception itself raises, the report says so.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")


raise Broken("x")
