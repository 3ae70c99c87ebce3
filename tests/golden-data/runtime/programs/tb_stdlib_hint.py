def main():
    print(math.pi)
main()
