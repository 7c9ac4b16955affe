class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed:.2f}, have {available:.2f}')
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1
    interest = 0.02
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return round(self._balance, 2)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def __repr__(self):
        return f'{type(self).__name__}(owner={self.owner!r}, balance={self.balance})'
    def __str__(self):
        return f'#{self.id} {self.owner}: ${self.balance:,.2f}'
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    def __lt__(self, other):
        return self.balance < other.balance
    def __hash__(self):
        return hash(self.id)
class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(self._balance * self.interest)
accts = [Account('ann', 100), Savings('bob', 2500.5), Account('cy')]
accts[0].deposit(50).withdraw(30)
accts[1].add_interest()
accts[2].deposit(1e6)
for a in sorted(accts):
    print(a, repr(a))
try:
    accts[0].withdraw(1000)
except InsufficientFunds as e:
    print('Error:', e, e.needed, e.args)
try:
    accts[0].deposit(-5)
except ValueError as e:
    print('Error:', e)
print(accts[0].history, {a: a.owner for a in accts}[accts[1]], max(accts).owner, Savings.interest, Account.interest, accts[1].interest)
print(isinstance(accts[1], Account), issubclass(Savings, Account), Savings.__mro__[1].__name__, Savings.__bases__, type(accts[1]).__qualname__)
total = sum(a.balance for a in accts)
print(f'Total: {total:>15,.2f}', f'{total:e}', f'{total:.3g}', round(total, -3), int(total) // 1000)
try:
    accts[0].balance = 5
except AttributeError as e:
    print(e)
print(vars(accts[2]))
