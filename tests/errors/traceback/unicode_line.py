# Markers count characters, not bytes, on a line with non-ASCII text.
name = "café"
message = "naïve " + name + 1
