# More than 15 sub-exceptions: the rest is summarized.
raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
