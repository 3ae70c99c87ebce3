a = "abc"
b = "xyz"
print(a + b, a * 3, 3 * b, a * 0)
print("b" in a, "bc" in a, "q" not in a)
print(a < b, a == "abc", a != b, "B" < "a", "abc" < "abd")
print(ord("A"), chr(97), ord("é"), chr(0x263A))
print(str(1.5), str([1, "x"]), str(None))
print(repr(a), repr(""), "%s is %d" % ("x", 5), "%5.2f|%-4s|" % (3.14159, "ab"))
print("%r %x %%" % ("q", 255))
