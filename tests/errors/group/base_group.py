# BaseExceptionGroup with a non-Exception member stays a BaseExceptionGroup.
eg = BaseExceptionGroup("stop", [ValueError(1), KeyboardInterrupt()])
print(type(eg).__name__, isinstance(eg, Exception))
raise eg
