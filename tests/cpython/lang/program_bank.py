# A learner-style program: bank with classes, exceptions, and reports
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __str__(self):
        return f"#{self.id} {self.owner:<6} {self._balance:>10.2f}"
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance!r})"
    def __lt__(self, other):
        return self._balance < other._balance

class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest

accounts = [Account("alice", 100), Savings("bob", 250.5), Account("carol")]
accounts[0].deposit(50)
print(accounts[1].add_interest())
for acc, amt in [(accounts[0], 500), (accounts[2], 0), (accounts[1], 10)]:
    try:
        if amt == 0:
            acc.deposit(amt)
        else:
            acc.withdraw(amt)
    except InsufficientFunds as e:
        print("Failed:", e, e.needed - e.available)
    except ValueError as e:
        print("Invalid:", e)
    else:
        print("OK", acc)
for a in sorted(accounts, reverse=True):
    print(a)
print(accounts)
print(max(accounts).owner, min(accounts, key=lambda a: a.owner).owner)
summary = {a.owner: len(a.history) for a in accounts}
print(summary)
total = sum(a.balance for a in accounts)
print(f"Total: {total:,.2f}")
print(f"{'Owner':<8}|{'Balance':>10}")
print("-" * 19)
for a in accounts:
    print(f"{a.owner:<8}|{a.balance:>10.1f}")
