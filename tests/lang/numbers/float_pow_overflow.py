print(10.0 ** 300)  # expect: 1e+300
10.0 ** 400         # expect-error: OverflowError: (34, 'Numerical result out of range')
