def fetch(d, key):
    try:
        return d[key]
    except KeyError as exc:
        raise RuntimeError(f"no entry for {key!r}") from exc
fetch({}, "user")
