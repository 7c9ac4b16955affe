# warnings: the "file:line: Category: message" format, once per location, filters, catch_warnings.
import warnings
import sys
import io
err = io.StringIO()
sys.stderr = err
def use():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)
for _ in range(3):
    warnings.warn("careful")
warnings.warn("custom", RuntimeWarning)
use()
sys.stderr = sys.__stderr__
lines = err.getvalue().splitlines()
print(len(lines))
print(lines[0].split(":", 1)[1])
print(lines[1])
print(lines[2].split(":", 1)[1])
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "code"))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded")
    warnings.warn("again", FutureWarning)
print([(str(w.message), w.category.__name__) for w in log])
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
warnings.simplefilter("ignore")
warnings.warn("ignored")
print("done")

# Expected output, in order:
# expect: 6
# expect: 10: UserWarning: careful
# expect:   warnings.warn("careful")
# expect: 11: RuntimeWarning: custom
# expect: f.py:3: UserWarning: msg
# expect:   code
# expect:
# expect: [('recorded', 'UserWarning'), ('again', 'FutureWarning')]
# expect: raised now an error
# expect: done
