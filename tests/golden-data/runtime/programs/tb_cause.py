class ConfigError(Exception):
    pass
def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise ConfigError("no config") from e
load()
