# KeyError shows the repr of the missing key.
config = {"host": "localhost"}
port = config["port"]
