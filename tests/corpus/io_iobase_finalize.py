# io's finalizer: a stream object that dies open is closed (its close() runs), for subclasses of
# the io ABCs and of StringIO alike.
import io
class M(io.RawIOBase):
    def close(self):
        print('closing', self.closed)
        super().close()
m = M()
del m
class N(io.StringIO):
    def close(self):
        print('N closing')
        super().close()
n = N()
del n
class T(io.TextIOBase):
    pass
t = T()
print(t.closed)
t.close()
print(t.closed)
del t
print('end')
