import helper_shapes
print(helper_shapes.describe(helper_shapes.Circle(1)))
import helper_broken
