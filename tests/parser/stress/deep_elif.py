if a:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
elif b:
  pass
