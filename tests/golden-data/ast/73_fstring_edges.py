f"{x!r:>{w}}"
f"{"nested"}"
f'{f'{f'{x}'}'}'
f"{x:{y}.{z}f}"
f"\n{x}\t"
rf"\n{x}"
fr"{x}\d"
f"{x}" f"{y}" "z"
f"""{
x
}"""
f"""{x # comment
}"""
f"{x=}" f"{y=}"
f"{ x = }"
f"{x = !s:10}"
f"{{{x}}}"
f"{{}}"
f"}}{{"
f"{x:{{}}>10}"
f"{3.14:.{p}}"
f"{a:{b:{c}}}"
f"{x:\n}"
f"\{x}"
f"{"\n".join(a)}"
f"é{x}ü"
f"{é=}"
f"{x:é}"
f"a" "b" f"c{d}e" "f"
u"a" f"b"
f"{x}" u"a"
b = f"{x!a}"
f"{x,}"
f"{x, y}"
f"{*x,}"
f"{yield}"
f"{(yield)}"
f"{(lambda x: 1)}"
f"{x:=5}"
f"{(x:=5)}"
f"{d["k"]}"
f'{d['k']}'
f"""a
{b}
c"""
f"\N{BULLET} {x}"
f"{x:\N{BULLET}}"
f"{x}\
{y}"
f"{x
}"
f"{
x}"
f"{x:{
y}}"
f"{x!r:{y!s:{z}}}"
f"{x}" "{y}"
