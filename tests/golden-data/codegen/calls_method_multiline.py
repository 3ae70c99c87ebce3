x = (obj
    .method(1)
    .other(
        2))
