if a:
    if b:
        if c:
            if d:
                while e:
                    for f in g:
                        h()
