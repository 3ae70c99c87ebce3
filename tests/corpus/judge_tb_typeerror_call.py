def configure(host, port, *, timeout=30):
    return f'{host}:{port} ({timeout}s)'

print(configure('localhost', 8080))
print(configure('example.com', 443, timeout=5))
settings = {'host': 'a', 'port': 1, 'retries': 3}
print(configure(**settings))
