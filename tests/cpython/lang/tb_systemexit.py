import sys
print("about to exit")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught", repr(e), e.code)
def bail():
    sys.exit("fatal: bad config")
bail()
