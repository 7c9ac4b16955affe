# An unterminated string.
s = "abc
