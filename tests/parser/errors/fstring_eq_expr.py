x = f'{a = = b}'
