import sys
print(len(sys.argv))
print(sys.argv[0].endswith("sys_argv.py"))
print(sys.argv[1:])
