import circ_two
V1 = 1
