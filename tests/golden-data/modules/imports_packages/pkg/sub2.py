NAME = 'sub2'
