x = f 'a'
