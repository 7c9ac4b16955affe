x = {"k": None}
x["k"]["inner"] = 5
