data = {"a": {"b": [1, 2]}}
def f(x):
    return data["a"]["b"][x] + \
        1
print(f(0))
f(5)
