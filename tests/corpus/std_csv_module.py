import csv, io
rows = [["name", "city", "note"], ["Ann", "Paris, FR", 'said "hi"'], ["Bob", "", None], [1, 2.5, True], ["multi\nline", " lead", "tab\there"]]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=q)
    for r in rows:
        w.writerow(r)
    w.writerow([""])
    w.writerow([])
    text = buf.getvalue()
    print(q, repr(text))
    print(list(csv.reader(io.StringIO(text), quoting=q if q != csv.QUOTE_NONNUMERIC else csv.QUOTE_MINIMAL)))
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quotechar="'", lineterminator="\n", escapechar="\\", doublequote=False)
w.writerow(["a;b", "it's", "x\\y", 3])
print(repr(buf.getvalue()), list(csv.reader(io.StringIO(buf.getvalue()), delimiter=";", quotechar="'", escapechar="\\", doublequote=False)))
data = "id,score\n1,90\n2,85\n\n3,77\n"
rd = csv.reader(io.StringIO(data))
print(next(rd), rd.line_num, list(rd), rd.line_num)
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(['"unterminated'])))
print(list(csv.reader(['1,"2",x'], quoting=csv.QUOTE_NONNUMERIC)) if False else list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
dr = csv.DictReader(io.StringIO("name,age,city\nann,30,NY\nbob,25\ncy,40,LA,extra\n"), restval="?")
for r in dr:
    print(r)
print(dr.fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"], extrasaction="ignore")
dw.writeheader(); dw.writerow({"x": 1, "y": 2, "z": 3}); dw.writerows([{"x": "a"}, {"y": "b,c"}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"b": 1})
except ValueError as e:
    print("ValueError:", e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE)
print(csv.list_dialects()[:3], sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
print(list(csv.reader(["a|b|c"], dialect="pipes")))
try:
    csv.writer(io.StringIO(), dialect="pipes").writerow(["a|b"])
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.writer(io.StringIO(), delimiter="ab")
except TypeError as e:
    print("TypeError:", e)
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
print(list(csv.reader(['a,"b"c,d'])), list(csv.reader(["x\r\n", "y\n"])), list(csv.reader(['"a\n', 'b",c\n'])))
d = csv.excel()
print(d.delimiter, d.quotechar, repr(d.lineterminator), d.quoting, d.doublequote, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator == "\n")
s = csv.Sniffer()
dia = s.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(dia.delimiter, s.has_header("name,age\nann,30\nbob,25\n"))
print(csv.field_size_limit(), csv.__version__, csv.QUOTE_NONE, type(csv.reader([])).__name__, type(csv.writer(io.StringIO())).__name__)
w = csv.writer(io.StringIO())
print(w.writerow(["abc", 1]), w.dialect.delimiter)
try:
    w.writerow(5)
except csv.Error as e:
    print(e)
