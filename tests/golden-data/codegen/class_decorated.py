@dec
class C:
    @staticmethod
    def f():
        pass
