# When written data reaches the file: the text layer's 8192-byte pending chunk, the buffered
# writer's buffer (4096 bytes here), flush(), close() and line buffering.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'timing.txt')
f = open(p, 'w', buffering=4096)
sizes = []
for n in (3000, 2000, 5000, 100, 8000, 8192, 1, 9000, 4096, 4095, 4097, 20000, 10):
    f.write('x' * n)
    sizes.append((n, os.path.getsize(p)))
print(sizes)
f.flush()
print(os.path.getsize(p))
f.close()

b = open(p, 'wb', buffering=4096)
sizes = []
for n in (3000, 1096, 1, 4095, 2000, 5000, 4096, 100, 9000, 4097):
    b.write(b'x' * n)
    sizes.append((n, os.path.getsize(p)))
print(sizes)
b.close()
print(os.path.getsize(p))

f = open(p, 'w', buffering=1)
print(f.line_buffering)
f.write('no newline')
print(os.path.getsize(p))
f.write(' then one\n')
print(os.path.getsize(p))
f.write('carriage\r')
print(os.path.getsize(p))
f.close()

f = open(p, 'w')
f.reconfigure(write_through=True)
f.write('abc')
print(os.path.getsize(p), f.write_through)
f.close()

r = open(p, 'wb', buffering=0)
r.write(b'raw')
print(os.path.getsize(p))
r.close()
os.remove(p)
os.rmdir(d)
