# Reference counts: every name, container slot and stack entry holds one reference
# Mechanism: reference counting
import sys

payload = [1, 2, 3]
print(sys.getrefcount(payload))   # the name, plus getrefcount's own argument
alias = payload
print(sys.getrefcount(payload))
box = {"key": payload}
print(sys.getrefcount(payload))
del alias
box.clear()
print(sys.getrefcount(payload))
