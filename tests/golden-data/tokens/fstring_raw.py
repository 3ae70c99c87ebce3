rf'\d{x}' fr'{y}\n' Rf'{z}' fR'' rF'\{w}'
