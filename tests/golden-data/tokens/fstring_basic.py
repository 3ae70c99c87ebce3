f'hello {name}!'
F"{x}"
f''
f'{x}{y}'
