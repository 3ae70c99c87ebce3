students = [("ann", [90, 85, 77]), ("bo", [60, 72, 58]), ("cy", [100, 95, 99])]
def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"
report = []
for name, marks in students:
    avg = sum(marks) / len(marks)
    report.append((name, round(avg, 2), letter(avg)))
for row in sorted(report, key=lambda r: r[1], reverse=True):
    print(*row)
best = max(students, key=lambda s: max(s[1]))
print("highest single mark:", best[0], max(best[1]))
