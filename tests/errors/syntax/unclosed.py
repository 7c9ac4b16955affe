# An unclosed bracket is reported at the bracket.
values = [1, 2,
         3
print(values)
