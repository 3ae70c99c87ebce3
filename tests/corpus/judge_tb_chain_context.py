class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError(f"bad value {text!r}")

def load(values):
    return [parse(v) for v in values]

def main():
    try:
        load(['1', '2', 'x3'])
    except ConfigError as e:
        print('first:', e, '| context:', repr(e.__context__), '| cause:', e.__cause__)
    load(['4', 'five'])

main()
