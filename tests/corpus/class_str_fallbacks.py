class A:
    def __str__(self):
        return "A-str"
class B(A):
    pass
class C:
    def __repr__(self):
        return "C-repr"
print(str(B()), repr(C()), str(C()), f"{B()}", [C()], "%s" % C())
print(format(B()), "{}".format(C()))
