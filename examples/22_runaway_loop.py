# A loop that never ends: press Pause (F6) — the VM stops at the next instruction
# Mechanism: pausing / the eval breaker
count = 0
while True:
    count += 1
