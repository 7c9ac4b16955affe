# A user-defined exception class: its name is printed without the
# __main__ prefix; str() of the instance gives the message; a custom
# __str__ is used; an empty message prints just the class name.
import sys


class AppError(Exception):
    pass


class CodedError(AppError):
    def __init__(self, code, text):
        super().__init__(text)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {super().__str__()}"


try:
    raise CodedError(7, "disk full")
except AppError as e:
    print(type(e).__name__, e.code, e.args, str(e))
if len(sys.argv) > 1:
    raise AppError()
raise CodedError(42, "bad state")
