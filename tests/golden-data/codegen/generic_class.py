class C[T](Base):
    def m(self) -> T:
        pass
