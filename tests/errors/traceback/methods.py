# Frames of methods, lambdas, comprehensions and generators are named as
# CPython 3.11 names them (co_name, not the qualified name).
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount


def gen(acc):
    for amount in (5, 50):
        acc.withdraw(amount)
        yield acc.balance


acc = Account(20)
values = [v for v in gen(acc)]
