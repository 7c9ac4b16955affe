if x:
    y = (
