def f():
    global G
    class G:
        pass
