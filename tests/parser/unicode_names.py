café = 1
naïve = café
π = 3.14
日本 = "japan"
print(café, π)
x = "é" + "日"
# ünï
