def compute(x, y):
    return x * y
values = {"a": 2}
result = compute(values["a"], values.get("b")) + compute(1, 2)
