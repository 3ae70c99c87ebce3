class C:
    """Doc."""
    x = 1
    def m(self):
        return self.x
