for x y:
  pass
