# ImportError / ModuleNotFoundError messages and attributes; a failed import leaves no module behind.
import sys
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import os.nothere
except ModuleNotFoundError as e:
    print(e)
try:
    from imppkg import nothere
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    import failing_mod
except ValueError as e:
    print("import failed:", e, "failing_mod" in sys.modules)
try:
    import failing_mod
except ValueError as e:
    print("again:", e)
try:
    from . import x
except ImportError as e:
    print(e)
try:
    __import__("")
except ValueError as e:
    print(e)
from sys import nosuchname  # expect-error: ImportError: cannot import name 'nosuchname' from 'sys' (unknown location)

# Expected output, in order:
# expect: No module named 'nonexistent_module_xyz' nonexistent_module_xyz
# expect: No module named 'os.nothere'; 'os' is not a package
# expect: imppkg init imppkg imppkg
# expect: cannot import name 'nothere' from 'imppkg'
# expect: import failed: boom at import False
# expect: again: boom at import
# expect: attempted relative import with no known parent package
# expect: Empty module name
