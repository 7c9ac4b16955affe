class Broken:
    value = 1
    other = value + undefined
