import circ_one
V2 = 2
