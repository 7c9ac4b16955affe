# sys.exit(n) ends the program with status n and prints nothing.
import sys
print("before")  # expect: before
sys.exit(3)  # expect-exit: 3
print("after")
