people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8]
nums.sort(key=abs)
print(nums)
print(sorted("hello"), sorted({3: 1, 1: 2}))
