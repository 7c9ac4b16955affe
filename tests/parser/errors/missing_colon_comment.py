if x  # comment
  pass
