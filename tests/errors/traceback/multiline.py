# A failing call that spans several lines: the first line is shown, marked
# up to its last non-blank character.
def parse(text, base):
    return int(text, base)


value = parse(
    "zz",
    10,
)
