for 1 in y:
  pass
