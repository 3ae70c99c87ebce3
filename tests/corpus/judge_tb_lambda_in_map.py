prices = {'apple': 1.5, 'pear': 2.0}
orders = ['apple', 'pear', 'plum']
costs = list(map(lambda item: prices[item] * 2, orders))
print(costs)
