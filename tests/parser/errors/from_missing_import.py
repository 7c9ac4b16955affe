from x y
