A = "A-value"
from . import b
