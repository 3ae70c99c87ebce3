result = (
    obj
    .method()
    .attr[0]
    .call(x=1)
)
