import sys
print('exiting with a tuple')
sys.exit((1, 'two'))
