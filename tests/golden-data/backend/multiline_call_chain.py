r = (obj
     .a()
     .b()
     .c())
