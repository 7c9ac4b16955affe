# hashlib: md5/sha1/sha2 digests match the standard test vectors; update in pieces, copy, new().
import hashlib
print(hashlib.md5(b"abc").hexdigest())  # expect: 900150983cd24fb0d6963f7d28e17f72
print(hashlib.sha1(b"abc").hexdigest())  # expect: a9993e364706816aba3e25717850c26c9cd0d89d
print(hashlib.sha224(b"abc").hexdigest())  # expect: 23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7
print(hashlib.sha256(b"abc").hexdigest())  # expect: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
print(hashlib.sha384(b"abc").hexdigest())  # expect: cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7
print(hashlib.sha512(b"abc").hexdigest())  # expect: ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
print(hashlib.sha256().hexdigest())  # expect: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), c.hexdigest() == hashlib.sha256(b"hello ").hexdigest())  # expect: True True
big = bytes(range(256)) * 1000
print(hashlib.new("sha256", big).hexdigest(), hashlib.new("MD5", b"x").hexdigest())  # expect: b57b64b198d5d59ce5a22a9b9f25e72a7d081476d432051aa923f3dbebb90934 9dd4e461268c8034f5c8564e155c67a6
print(h.name, h.digest_size, h.block_size, len(h.digest()), hashlib.sha512().block_size)  # expect: sha256 32 64 32 128
print(hashlib.md5(b"a" * 55).hexdigest(), hashlib.md5(b"a" * 56).hexdigest(), hashlib.sha1(b"a" * 64).hexdigest())  # expect: ef1772b6dff9a122358552954ad0df65 3b0c8ac703f828b04c6c197006d17218 0098ba824b5c16427bd7a1122a5a442a25ec644d
try:
    hashlib.sha256("text")
except TypeError as e:
    print(e)  # expect: Strings must be encoded before hashing
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)  # expect: unsupported hash type nope
