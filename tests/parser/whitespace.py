x = (1,
     2)
y = [
  1,
  2,
]
z = {
 "a": 1,

 "b": 2}
if x:

    # comment
    a = 1
        # odd comment
    b = 2


# trailing
w = 1 + \
    2
v = "a" \
    "b"
if x:
	pass
if y:
        pass
z = 3
class A:
    def f(self):
        pass


    def g(self):
        pass
# end
