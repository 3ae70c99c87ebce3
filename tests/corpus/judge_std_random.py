"""A seeded dice game and sampling with random."""
import random

random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(20)]
print(rolls, sum(rolls))
print(random.random(), random.uniform(10, 20), random.randrange(100), random.randrange(10, 100, 5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
hand = random.sample(deck, 5)
print(hand, random.choice(deck))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=5))
print(round(random.gauss(100, 15), 6), round(random.normalvariate(0, 1), 6))
print(round(random.expovariate(2.0), 6), round(random.betavariate(2, 5), 6), round(random.gammavariate(3, 2), 6))
print(round(random.triangular(0, 10, 3), 6), round(random.lognormvariate(0, 0.5), 6), round(random.vonmisesvariate(1, 2), 6))
print(round(random.paretovariate(3), 6), round(random.weibullvariate(1, 1.5), 6))
print(random.getrandbits(64), random.getrandbits(7), random.randbytes(6).hex())
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
rng = random.Random(7)
other = random.Random(7)
print([rng.randint(0, 99) for _ in range(8)] == [other.randint(0, 99) for _ in range(8)])
print(rng.sample(range(1000), 4), rng.random())
random.seed("a string seed")
print(random.random(), random.randint(0, 10**12))
random.seed(b"bytes seed")
print(random.random())
random.seed(123456789012345678901234567890)
print(random.random())
random.seed(-42)
print(random.random())
wins = 0
game = random.Random(99)
for _ in range(1000):
    a, b = game.randint(1, 6), game.randint(1, 6)
    if a + b in (7, 11):
        wins += 1
print("wins:", wins)
walk = 0
path = []
for _ in range(15):
    walk += game.choice((-1, 1))
    path.append(walk)
print(path)
class Loaded(random.Random):
    def random(self):
        return 0.99
print(Loaded(1).randint(1, 6), Loaded(1).choice("abc"))
print(random.sample(range(50), k=0), random.sample(["x"], 1))
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
