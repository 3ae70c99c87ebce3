a = f"{f'{x}'}"
b = f"{x=}"
c = f"{x:%Y}"
