s = "total: " + str(5)
print(s)        # expect: total: 5
print("ab" * 3, 2 * "xy")  # expect: ababab xyxy
"total: " + 5   # expect-error: TypeError: can only concatenate str (not "int") to str
