# CSV-ish parsing: split lines and fields, strip, join back in another order.
rows = []
for i in range(20000):
    rows.append(f"{i},name{i % 97}, {i * 37 % 1000} ,city{i % 13},{i % 2 == 0}")
text = "\n".join(rows)

total = 0
out = []
for line in text.split("\n"):
    fields = [f.strip() for f in line.split(",")]
    total += int(fields[2])
    out.append(";".join((fields[3], fields[1], fields[0])))
print(total, len(out), out[123], len("|".join(out)))
