from ..a import A
from .. import b
X = (A, b.B, __name__, __package__)
