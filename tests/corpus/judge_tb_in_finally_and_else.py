def risky(n):
    try:
        if n < 0:
            raise ValueError('negative')
    except ValueError:
        print('handled negative')
    else:
        print('no error for', n)
        return 100 // n
    finally:
        print('cleanup', n)

print(risky(5))
print(risky(-1))
print(risky(0))
