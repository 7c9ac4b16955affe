# pathlib: pure path manipulation and file system access through Path.
from pathlib import Path, PurePosixPath
import tempfile
p = Path("a/b") / "c.tar.gz"
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts)  # expect: a/b/c.tar.gz PosixPath('a/b/c.tar.gz') c.tar.gz c.tar .gz ['.tar', '.gz'] a/b ('a', 'b', 'c.tar.gz')
print(list(p.parents), Path("/x/y").is_absolute(), Path("x") / "/abs", Path("a//b/./c"), Path())  # expect: [PosixPath('a/b'), PosixPath('a'), PosixPath('.')] True /abs a/b/c .
print(Path("a/b").with_suffix(".py"), Path("a/b.txt").with_name("z.md"), Path("a/b.txt").with_stem("q"))  # expect: a/b.py a/z.md a/q.txt
print(PurePosixPath("/a/b/c").relative_to("/a"), Path("a") == Path("a"), sorted([Path("b"), Path("a")]), "x" / Path("y"))  # expect: b/c True [PosixPath('a'), PosixPath('b')] x/y
print(Path("/a/b/c.py").match("*.py"), Path("/a/b/c.py").match("b/*.py"), Path("c.py").match("a/*.py"))  # expect: True True False
with tempfile.TemporaryDirectory() as d:
    base = Path(d)
    (base / "sub").mkdir()
    (base / "sub" / "deep").mkdir(parents=True, exist_ok=True)
    f = base / "sub" / "file.txt"
    print(f.write_text("hello"), f.read_text(), f.exists(), f.is_file(), (base / "sub").is_dir())  # expect: 5 hello True True True
    f.write_bytes(b"\x00\x01")
    print(f.read_bytes(), f.stat().st_size)  # expect: b'\x00\x01' 2
    (base / "a.py").touch()
    print(sorted(x.name for x in base.iterdir()), [x.name for x in base.glob("*.py")])  # expect: ['a.py', 'sub'] ['a.py']
    print(sorted(str(x.relative_to(base)) for x in base.rglob("*.txt")))  # expect: ['sub/file.txt']
    with f.open("rb") as fh:
        print(fh.read())  # expect: b'\x00\x01'
    f.unlink()
    print(f.exists())  # expect: False
    f.unlink(missing_ok=True)
try:
    Path("").with_name("x")
except ValueError as e:
    print(e)  # expect: PosixPath('.') has an empty name
