# SystemExit(True) exits with status 1 (True is the int 1).
print("x")  # expect: x
raise SystemExit(True)  # expect-exit: 1
