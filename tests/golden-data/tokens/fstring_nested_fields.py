f'{x:{y:{z}}}'
f'{[a for a in b]}' f'{ {1: 2}[1] }'
