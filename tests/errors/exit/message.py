# sys.exit("text") prints the text to stderr and exits with status 1.
import sys
print("working")  # expect: working
sys.exit("fatal: giving up")  # expect-error: fatal: giving up
