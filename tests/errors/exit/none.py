# sys.exit() and SystemExit(None) exit with status 0.
import sys
print("done")  # expect: done
raise SystemExit(None)
