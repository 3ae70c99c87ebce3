assert isinstance(x, int), f"bad {x!r}"
raise ValueError("x") from exc
raise SystemExit
