# A compound statement whose block is missing at the very end of the script
for line in ["a", "b"]:
    print(line)
if line:
