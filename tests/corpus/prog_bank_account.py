class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
acct = Account("kim", 100)
acct.deposit(50)
for amount in (30, 500, -1):
    try:
        if amount < 0:
            acct.deposit(amount)
        else:
            acct.withdraw(amount)
    except (InsufficientFunds, ValueError) as e:
        print("error:", e)
print(acct, acct.history)
