# except* handles the matching part; the rest propagates as a group.
def tasks():
    raise ExceptionGroup("tasks", [ValueError("v1"), OSError("disk"), ValueError("v2"), KeyError("k")])


try:
    tasks()
except* ValueError as eg:
    print("handled", repr(eg))
except* OSError as eg:
    print("handled", [str(e) for e in eg.exceptions])
