def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((", "{[()()]}", ""]:
    print(repr(s), balanced(s))
queue = []
for i in range(4):
    queue.append(i)
while queue:
    print("serve", queue.pop(0), "left", len(queue))
