visible = 'v'
_private = 'p'
