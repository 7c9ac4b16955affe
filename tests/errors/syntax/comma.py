# Missing comma between call arguments.
print("a" "b" 3 4)
