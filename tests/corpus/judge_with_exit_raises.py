class Guard:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            raise RuntimeError('exit failed while handling') 
        return False

with Guard():
    items = [1, 2]
    items[5]
