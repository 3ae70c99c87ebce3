import weakref, sys
class A: pass
class B(A): pass
class C(B): __slots__ = ()
class S: __slots__ = ("x",)
class T(S): pass
class U(T): __slots__ = ("y",)
class W: __slots__ = ("__weakref__",)
class X(W): pass
class Y(W): __slots__ = ()
for k in (A, B, C, S, T, U, W, X, Y):
    print(k.__name__, sorted(k.__dict__.keys()), sys.getsizeof(k.__new__(k)))
    try:
        r = weakref.ref(k.__new__(k)); print("  weakref ok")
    except TypeError as e:
        print(" ", e)
class D(dict): pass
class L(list): __slots__ = ()
class I(int): pass
for k in (D, L, I):
    print(k.__name__, sorted(k.__dict__.keys()))
class J(I): pass
class K(tuple): pass
class K2(K): pass
for k in (J, K, K2):
    print(k.__name__, sorted(k.__dict__.keys()))
