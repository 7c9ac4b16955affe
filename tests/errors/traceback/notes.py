# Notes added with add_note() are printed after the message line, one
# line per note line.
def load(path):
    try:
        raise FileNotFoundError(2, "No such file or directory", path)
    except OSError as e:
        e.add_note(f"while loading {path!r}")
        e.add_note("hint: check the path\nor create the file")
        raise


load("settings.toml")
