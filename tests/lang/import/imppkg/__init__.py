print("imppkg init", __name__, __package__)
from .a import A
