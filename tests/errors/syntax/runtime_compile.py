# SyntaxError raised by compile() can be caught and inspected.
try:
    compile("x = = 1", "f.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))  # expect: invalid syntax f.py 1 5 'x = = 1\n'
    print(e)  # expect: invalid syntax (f.py, line 1)
e = SyntaxError("custom", ("a.py", 3, 5, "   abc def\n", 3, 8))
print(e.end_lineno, e.end_offset, e.print_file_and_line)  # expect: 3 8 None
raise e  # expect-error: SyntaxError: custom
