x = 1
"not doc"
