# A missing module attribute names the module (and suggests a close name).
import sys
print(sys.argv is not None)  # expect: True
sys.argvv
# expect-error: AttributeError: module 'sys' has no attribute 'argvv'. Did you mean: 'argv'?
