{}.popitem()  # expect-error: KeyError: 'popitem(): dictionary is empty'
