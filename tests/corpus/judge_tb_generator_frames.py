def reader(lines):
    for n, line in enumerate(lines, 1):
        yield n, line.strip()

def parser(src):
    for n, text in src:
        key, value = text.split('=')
        yield key, value

config = list(parser(reader(['a=1\n', 'b=2\n'])))
print(config)
config = dict(parser(reader(['x=1', 'broken', 'y=2'])))
