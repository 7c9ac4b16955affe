# import / from-import of packages, submodules and relative imports; sys.modules caching.
import sys
import imppkg
print(imppkg.A, imppkg.b.B)
import imppkg.sub.mod
print(imppkg.sub.mod.X)
from imppkg.sub import mod as m2
print(m2 is imppkg.sub.mod, "imppkg.sub" in sys.modules, sys.modules["imppkg.sub.mod"] is m2)
import circ_one, circ_two
print(circ_one.V1, circ_two.V2, circ_one.circ_two is circ_two)
import wf_style
print(wf_style.GREETING, wf_style.__name__, wf_style.__file__.endswith("wf_style.wf"))
from nspkg.inner import leaf
print(leaf.NAME)
import imppkg as again
print(again is imppkg, __name__, __package__)
print(__import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__)
print(__import__("imppkg.sub", fromlist=["mod"]).mod is m2)

# Expected output, in order (wf_style.wf is Weft-only; the rest matches python3.11):
# expect: imppkg init imppkg imppkg
# expect: A-value A-value-b
# expect: ('A-value', 'A-value-b', 'imppkg.sub.mod', 'imppkg.sub')
# expect: True True True
# expect: 1 2 True
# expect: hello from .wf wf_style True
# expect: namespace member
# expect: True __main__ None
# expect: os posixpath
# expect: True
