class ResourceError(Exception):
    pass
def g(i):
    if i % 2:
        raise ResourceError(f"res {i}")
    raise ValueError(i)
errs = []
for i in range(3):
    try:
        g(i)
    except Exception as e:
        e.add_note(f"while processing item {i}")
        errs.append(e)
raise ExceptionGroup("batch failed", errs)
