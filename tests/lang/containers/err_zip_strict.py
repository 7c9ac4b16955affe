list(zip([1, 2], [3], strict=True))  # expect-error: ValueError: zip() argument 2 is shorter than argument 1
