class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount

    @property
    def status(self):
        return self.lookup_status()

acct = Account(10)
acct.withdraw(3)
print(acct.balance)
try:
    acct.status
except AttributeError as e:
    print("AttributeError:", e)
[acct.withdraw(x) for x in (1, 100)]
