for a + b in y:
  pass
