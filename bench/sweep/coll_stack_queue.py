# list as stack (append/pop), list.pop(0) as a naive queue, balanced brackets
src = "({[]})" * 2000 + "(()[{}])" * 1500
pairs = {")": "(", "]": "[", "}": "{"}
ok = 0
for rep in range(5):
    st = []
    good = True
    for ch in src:
        if ch in "([{":
            st.append(ch)
        elif not st or st.pop() != pairs[ch]:
            good = False
            break
    ok += good and not st
q = list(range(5000))
s = 0
added = 0
while q:
    s += q.pop(0)
    if added < 3000 and s % 3 == 0:
        q.append(s % 97)
        added += 1
print(ok, s)
