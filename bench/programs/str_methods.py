# String methods: split/join/replace/format/strip/startswith/find/upper, f-strings, % formatting.
lines = ['  item-%d, value=%d ; tag:%s  ' % (i, i * 3, 'abc'[i % 3]) for i in range(60000)]
total = 0
out = []
for ln in lines:
    s = ln.strip()
    name, rest = s.split(', ')
    val = int(rest.split(';')[0].split('=')[1])
    if name.startswith('item-1'):
        total += val
    t = rest.replace('tag:', 'T=').upper()
    out.append(f'{name}|{val:06d}|{t.find("T=")}')
joined = '\n'.join(out)
parts = joined.split('\n')
fmt = ['{}:{:>8}'.format(p[:6], p[-3:]) for p in parts[:20000]]
print(total, len(joined), parts[12345], fmt[777], sum(len(x) for x in fmt))
