inventory = {"apple": 3, "pear": 0, "plum": 12}
orders = [("apple", 2), ("pear", 1), ("plum", 5), ("kiwi", 1), ("apple", 2)]
for item, qty in orders:
    try:
        stock = inventory[item]
        if stock < qty:
            raise ValueError(f"only {stock} {item} left")
        inventory[item] = stock - qty
        print(f"shipped {qty} {item}")
    except KeyError as e:
        print("unknown item", e)
    except ValueError as e:
        print("cannot ship:", e)
print(inventory)
print({k: v for k, v in inventory.items() if v})
