a = f"{x!r:{w}}"
b = f"{x:{w}{p}}"
c = f"{{literal}}{x}"
