lambda x: x


