class BankError(Exception):
    def __init__(self, account, msg):
        super().__init__(msg)
        self.account = account
class InsufficientFunds(BankError):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds("acct-1", f"need {amount - balance} more")
    return balance - amount
try:
    withdraw(10, 25)
except BankError as e:
    print(type(e).__name__, e.account, e, e.args)
print(issubclass(InsufficientFunds, Exception), issubclass(BankError, InsufficientFunds))
print(InsufficientFunds.__mro__[1].__name__, isinstance(InsufficientFunds("a", "b"), BankError))
