# raise ... from ... : the direct cause is printed first.
class ParseError(Exception):
    pass


def parse_int(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ParseError(f"bad number {text!r}") from exc


parse_int("12x")
