f'{(lambda x: x)(1)}' f'{(y:=2)}'
