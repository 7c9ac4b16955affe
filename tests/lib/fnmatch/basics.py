# fnmatch: shell-style wildcards.
import fnmatch
print(fnmatch.fnmatch("a.py", "*.py"), fnmatch.fnmatch("a.pyc", "*.py"), fnmatch.fnmatch("abc", "a?c"))  # expect: True False True
print(fnmatch.fnmatch("b1", "[ab][0-9]"), fnmatch.fnmatch("c1", "[!ab]1"), fnmatch.fnmatch("x", "[]"))  # expect: True True False
print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"))  # expect: ['a.py', 'c.py'] False
