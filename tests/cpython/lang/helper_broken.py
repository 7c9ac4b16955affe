"""Helper module that fails while importing."""
value = 1
raise ValueError("helper_broken cannot be imported")
