x = 1
y = "2"
result = (x +
          y)
