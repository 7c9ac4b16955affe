# exit(n) and quit() raise SystemExit; the status reaches the shell.
print(repr(exit))  # expect: Use exit() or Ctrl-D (i.e. EOF) to exit
print(repr(quit))  # expect: Use quit() or Ctrl-D (i.e. EOF) to exit
try:
    exit(5)
except SystemExit as e:
    print("caught", e.code)  # expect: caught 5
exit(3)  # expect-exit: 3
