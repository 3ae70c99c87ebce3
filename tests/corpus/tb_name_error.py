def greet():
    print("hello", nmae)
name = "x"
greet()
