class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        self._check(amount)
        self.balance -= amount
        return self

    def _check(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds ({self.balance} < {amount})")

acct = Account('ann', 100)
acct.withdraw(30).withdraw(20)
print(acct.balance)
acct.withdraw(10).withdraw(45).withdraw(1)
