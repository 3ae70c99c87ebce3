# An uncaught error inside an imported module: the traceback runs through the import statement
# into the module's own frames.
print('before')
import failing
print('not reached')
