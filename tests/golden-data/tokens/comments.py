# top
x = 1  # trailing
    # indented comment
#
if x:
    # inside
    y
# end