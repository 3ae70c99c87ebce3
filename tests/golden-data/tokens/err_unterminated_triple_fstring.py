x = f'''abc{x}
