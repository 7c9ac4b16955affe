# A statement where an expression belongs.
x = (import)
