try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
