// mod_hashlib.c — the `hashlib` module: md5, sha1, sha224, sha256, sha384,
// sha512 (written from the FIPS 180-4 / RFC 1321 specifications) with
// update/digest/hexdigest/copy, hashlib.new(name, data), and the
// algorithms_available / algorithms_guaranteed sets. Large updates release the GIL.
#include <stdlib.h>
#include <string.h>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/blocking.h"
#include "stdlib/native_inits.h"

enum { H_MD5, H_SHA1, H_SHA224, H_SHA256, H_SHA384, H_SHA512 };

typedef struct HashState {
    int kind;
    uint64_t total;          // bytes hashed so far
    uint8_t buf[128];        // pending partial block
    size_t buflen;
    uint32_t h32[8];
    uint64_t h64[8];
} HashState;

typedef struct HashObject {
    WfObject ob;
    HashState st;
} HashObject;

static const struct { const char *name; int digest, block; } algos[] = {
    {"md5", 16, 64}, {"sha1", 20, 64}, {"sha224", 28, 64},
    {"sha256", 32, 64}, {"sha384", 48, 128}, {"sha512", 64, 128},
};

static uint32_t rol32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static uint32_t ror32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }
static uint32_t be32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static uint32_t le32(const uint8_t *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}
static uint64_t be64(const uint8_t *p) { return (uint64_t)be32(p) << 32 | be32(p + 4); }

// ---- MD5 ---------------------------------------------------------------------------------------

static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const int md5_r[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                              5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                              4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                              6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};

static void md5_block(HashState *s, const uint8_t *p) {
    uint32_t w[16];
    for (int i = 0; i < 16; i++) w[i] = le32(p + 4 * i);
    uint32_t a = s->h32[0], b = s->h32[1], c = s->h32[2], d = s->h32[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) { f = (b & c) | (~b & d); g = i; }
        else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
        else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
        else { f = c ^ (b | ~d); g = (7 * i) % 16; }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rol32(a + f + md5_k[i] + w[g], md5_r[i]);
        a = t;
    }
    s->h32[0] += a;
    s->h32[1] += b;
    s->h32[2] += c;
    s->h32[3] += d;
}

// ---- SHA-1 -------------------------------------------------------------------------------------

static void sha1_block(HashState *s, const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) w[i] = be32(p + 4 * i);
    for (int i = 16; i < 80; i++) w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = s->h32[0], b = s->h32[1], c = s->h32[2], d = s->h32[3], e = s->h32[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
        else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
        else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
        else { f = b ^ c ^ d; k = 0xca62c1d6; }
        uint32_t t = rol32(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rol32(b, 30);
        b = a;
        a = t;
    }
    s->h32[0] += a;
    s->h32[1] += b;
    s->h32[2] += c;
    s->h32[3] += d;
    s->h32[4] += e;
}

// ---- SHA-256 / SHA-224 -------------------------------------------------------------------------

static const uint32_t k256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_block(HashState *s, const uint8_t *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) w[i] = be32(p + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t v[8];
    memcpy(v, s->h32, sizeof v);
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = ror32(v[4], 6) ^ ror32(v[4], 11) ^ ror32(v[4], 25);
        uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint32_t t1 = v[7] + S1 + ch + k256[i] + w[i];
        uint32_t S0 = ror32(v[0], 2) ^ ror32(v[0], 13) ^ ror32(v[0], 22);
        uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        uint32_t t2 = S0 + maj;
        memmove(v + 1, v, 7 * sizeof(uint32_t));
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) s->h32[i] += v[i];
}

// ---- SHA-512 / SHA-384 -------------------------------------------------------------------------

static const uint64_t k512[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static void sha512_block(HashState *s, const uint8_t *p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) w[i] = be64(p + 8 * i);
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t v[8];
    memcpy(v, s->h64, sizeof v);
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = ror64(v[4], 14) ^ ror64(v[4], 18) ^ ror64(v[4], 41);
        uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint64_t t1 = v[7] + S1 + ch + k512[i] + w[i];
        uint64_t S0 = ror64(v[0], 28) ^ ror64(v[0], 34) ^ ror64(v[0], 39);
        uint64_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        memmove(v + 1, v, 7 * sizeof(uint64_t));
        v[4] += t1;
        v[0] = t1 + S0 + maj;
    }
    for (int i = 0; i < 8; i++) s->h64[i] += v[i];
}

// ---- the generic streaming layer ----------------------------------------------------------------

static void hash_init(HashState *s, int kind) {
    static const uint32_t iv256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    static const uint32_t iv224[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                      0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
    static const uint64_t iv512[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                                      0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                                      0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    static const uint64_t iv384[8] = {0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL,
                                      0x152fecd8f70e5939ULL, 0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
                                      0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL};
    memset(s, 0, sizeof *s);
    s->kind = kind;
    switch (kind) {
    case H_MD5:
    case H_SHA1:
        s->h32[0] = 0x67452301;
        s->h32[1] = 0xefcdab89;
        s->h32[2] = 0x98badcfe;
        s->h32[3] = 0x10325476;
        s->h32[4] = 0xc3d2e1f0;
        break;
    case H_SHA224: memcpy(s->h32, iv224, sizeof iv224); break;
    case H_SHA256: memcpy(s->h32, iv256, sizeof iv256); break;
    case H_SHA384: memcpy(s->h64, iv384, sizeof iv384); break;
    default: memcpy(s->h64, iv512, sizeof iv512); break;
    }
}

static void hash_block(HashState *s, const uint8_t *p) {
    switch (s->kind) {
    case H_MD5: md5_block(s, p); break;
    case H_SHA1: sha1_block(s, p); break;
    case H_SHA224:
    case H_SHA256: sha256_block(s, p); break;
    default: sha512_block(s, p); break;
    }
}

static void hash_update(HashState *s, const uint8_t *p, size_t n) {
    size_t bs = (size_t)algos[s->kind].block;
    s->total += n;
    if (s->buflen) {
        size_t take = bs - s->buflen < n ? bs - s->buflen : n;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += take;
        p += take;
        n -= take;
        if (s->buflen == bs) {
            hash_block(s, s->buf);
            s->buflen = 0;
        }
    }
    while (n >= bs) {
        hash_block(s, p);
        p += bs;
        n -= bs;
    }
    if (n) {
        memcpy(s->buf, p, n);
        s->buflen = n;
    }
}

// Finishes a copy of [s] into [out] (digest size bytes).
static void hash_final(const HashState *orig, uint8_t *out) {
    HashState s = *orig;
    size_t bs = (size_t)algos[s.kind].block;
    size_t lenbytes = bs == 128 ? 16 : 8;
    uint64_t bits = s.total * 8;
    uint8_t pad[256] = {0x80};
    size_t padlen = (s.buflen < bs - lenbytes) ? bs - lenbytes - s.buflen : 2 * bs - lenbytes - s.buflen;
    uint8_t len[16] = {0};
    if (s.kind == H_MD5) {
        for (int i = 0; i < 8; i++) len[i] = (uint8_t)(bits >> (8 * i));
    } else {
        for (int i = 0; i < 8; i++) len[lenbytes - 1 - i] = (uint8_t)(bits >> (8 * i));
    }
    uint64_t total = s.total;
    hash_update(&s, pad, padlen);
    hash_update(&s, len, lenbytes);
    s.total = total;
    int dsize = algos[s.kind].digest;
    if (s.kind == H_MD5) {
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++) out[4 * i + j] = (uint8_t)(s.h32[i] >> (8 * j));
    } else if (s.kind <= H_SHA256) {
        for (int i = 0; i < dsize / 4; i++)
            for (int j = 0; j < 4; j++) out[4 * i + j] = (uint8_t)(s.h32[i] >> (24 - 8 * j));
    } else {
        for (int i = 0; i < dsize / 8; i++)
            for (int j = 0; j < 8; j++) out[8 * i + j] = (uint8_t)(s.h64[i] >> (56 - 8 * j));
    }
}

// ---- the HASH type --------------------------------------------------------------------------------

static WfType hash_type;

static int data_arg(WfValue v, const uint8_t **p, size_t *n) {
    if (wf_is_bytes(v)) {
        *p = WF_BYTES_DATA(v);
        *n = WF_BYTES_LEN(v);
        return 0;
    }
    if (!WF_IS_SMALLINT(v) && wf_type_is_subtype(v->type, &wf_bytearray_type)) {
        *p = ((WfByteArray *)v)->data;
        *n = ((WfByteArray *)v)->len;
        return 0;
    }
    if (wf_is_str(v)) {
        wf_err_set_str(wf_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    wf_err_format(wf_TypeError, "object supporting the buffer API required");
    return -1;
}

static int do_update(HashObject *h, WfValue data) {
    const uint8_t *p;
    size_t n;
    if (data_arg(data, &p, &n) < 0) return -1;
    if (n >= 65536) {
        uint8_t *copy = malloc(n);
        if (!copy) { wf_err_no_memory(); return -1; }
        memcpy(copy, p, n);
        HashState st = h->st;
        WF_BLOCKING_BEGIN();
        hash_update(&st, copy, n);
        WF_BLOCKING_END();
        h->st = st;
        free(copy);
    } else {
        hash_update(&h->st, p, n);
    }
    return 0;
}

static WfValue hash_new_kind(int kind, WfValue data) {
    HashObject *h = (HashObject *)wf_object_alloc(&hash_type, sizeof(HashObject));
    if (!h) return WF_NULL;
    hash_init(&h->st, kind);
    if (data && data != WF_NONE && do_update(h, data) < 0) {
        wf_decref((WfValue)h);
        return WF_NULL;
    }
    return (WfValue)h;
}

static WfValue hash_update_m(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    if (wf_args_no_kw("update", kwnames) < 0 || wf_args_count("update", nargs, 1, 1) < 0) return WF_NULL;
    if (do_update((HashObject *)self, args[0]) < 0) return WF_NULL;
    return wf_newref(WF_NONE);
}

static WfValue hash_digest(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    HashObject *h = (HashObject *)self;
    uint8_t out[64];
    hash_final(&h->st, out);
    return wf_bytes_new(out, (size_t)algos[h->st.kind].digest);
}

static WfValue hash_hexdigest(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    HashObject *h = (HashObject *)self;
    uint8_t out[64];
    char hex[129];
    hash_final(&h->st, out);
    int n = algos[h->st.kind].digest;
    for (int i = 0; i < n; i++) snprintf(hex + 2 * i, 3, "%02x", out[i]);
    return wf_str_from_utf8(hex, (size_t)(2 * n));
}

static WfValue hash_copy(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    HashObject *h = (HashObject *)wf_object_alloc(&hash_type, sizeof(HashObject));
    if (!h) return WF_NULL;
    h->st = ((HashObject *)self)->st;
    return (WfValue)h;
}

static WfValue hash_get_name(WfValue self) { return wf_str_from_cstr(algos[((HashObject *)self)->st.kind].name); }
static WfValue hash_get_digest_size(WfValue self) { return wf_int_from_i64(algos[((HashObject *)self)->st.kind].digest); }
static WfValue hash_get_block_size(WfValue self) { return wf_int_from_i64(algos[((HashObject *)self)->st.kind].block); }

static WfValue hash_repr(WfValue self) {
    return wf_str_from_format("<%s _hashlib.HASH object @ %p>", algos[((HashObject *)self)->st.kind].name,
                              (void *)self);
}

static const WfMethodDef hash_methods[] = {
    {"update", hash_update_m, 0, NULL},
    {"digest", hash_digest, 0, NULL},
    {"hexdigest", hash_hexdigest, 0, NULL},
    {"copy", hash_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const WfGetSetDef hash_getsets[] = {
    {"name", hash_get_name, NULL, NULL},
    {"digest_size", hash_get_digest_size, NULL, NULL},
    {"block_size", hash_get_block_size, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static WfType hash_type = {
    .ob = WF_STATIC_TYPE_HEAD,
    .name = "_hashlib.HASH",
    .basicsize = sizeof(HashObject),
    .repr = hash_repr,
    .methods = hash_methods,
    .getsets = hash_getsets,
};

// Constructor arguments: ([data], *, usedforsecurity=True) or (string=...).
static int ctor_args(const char *name, WfValue *args, size_t nargs, WfValue kwnames, WfValue *data) {
    static const char *const names[] = {"string", "usedforsecurity"};
    WfValue a[2];
    if (wf_args_parse(name, args, nargs, kwnames, names, 2, 0, 1, a) < 0) return -1;
    *data = a[0];
    return 0;
}

#define HASH_CTOR(pyname, kind)                                                                   \
    static WfValue hashlib_##pyname(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) { \
        WfValue data;                                                                             \
        if (ctor_args(#pyname, args, nargs, kwnames, &data) < 0) return WF_NULL;                 \
        return hash_new_kind(kind, data);                                                         \
    }
HASH_CTOR(md5, H_MD5)
HASH_CTOR(sha1, H_SHA1)
HASH_CTOR(sha224, H_SHA224)
HASH_CTOR(sha256, H_SHA256)
HASH_CTOR(sha384, H_SHA384)
HASH_CTOR(sha512, H_SHA512)

static WfValue hashlib_new(WfValue self, WfValue *args, size_t nargs, WfValue kwnames) {
    static const char *const names[] = {"name", "data", "usedforsecurity"};
    WfValue a[3];
    if (wf_args_parse("new", args, nargs, kwnames, names, 3, 1, 2, a) < 0) return WF_NULL;
    if (!wf_is_str(a[0])) {
        wf_err_set_str(wf_TypeError, "new() argument 'name' must be str");
        return WF_NULL;
    }
    char lower[16];
    size_t n = WF_STR_LEN(a[0]);
    for (size_t i = 0; i < n && i < sizeof lower - 1; i++) {
        char c = WF_STR_DATA(a[0])[i];
        lower[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    lower[n < sizeof lower - 1 ? n : sizeof lower - 1] = '\0';
    for (int k = 0; k < 6; k++) {
        if (n < sizeof lower - 1 && (strcmp(lower, algos[k].name) == 0 ||
                                     (lower[0] == 's' && strncmp(lower, "sha-", 4) == 0 &&
                                      strcmp(lower + 4, algos[k].name + 3) == 0 && k >= H_SHA224)))
            return hash_new_kind(k, a[1]);
    }
    wf_err_format(wf_ValueError, "unsupported hash type %s", WF_STR_DATA(a[0]));
    return WF_NULL;
}

static const WfMethodDef hashlib_functions[] = {
    {"md5", hashlib_md5, 0, NULL}, {"sha1", hashlib_sha1, 0, NULL},
    {"sha224", hashlib_sha224, 0, NULL}, {"sha256", hashlib_sha256, 0, NULL},
    {"sha384", hashlib_sha384, 0, NULL}, {"sha512", hashlib_sha512, 0, NULL},
    {"new", hashlib_new, 0, "new(name, data=b'') - a hash object for the named algorithm"},
    {NULL, NULL, 0, NULL},
};

WfValue wf_hashlib_module_init(void) {
    if (wf_type_ready(&hash_type) < 0) return WF_NULL;
    WfValue m = wf_module_new("hashlib");
    if (!m) return WF_NULL;
    WfValue names = wf_set_new(WF_NULL);
    if (!names) { wf_decref(m); return WF_NULL; }
    for (int k = 0; k < 6; k++) {
        WfValue s = wf_str_from_cstr(algos[k].name);
        if (!s || wf_set_add(names, s) < 0) {
            wf_xdecref(s);
            wf_decref(names);
            wf_decref(m);
            return WF_NULL;
        }
        wf_decref(s);
    }
    if (wf_module_add_functions(m, hashlib_functions) < 0 ||
        wf_module_set(m, "algorithms_available", names) < 0 ||
        wf_module_set_steal(m, "algorithms_guaranteed", wf_frozenset_new(names)) < 0) {
        wf_decref(names);
        wf_decref(m);
        return WF_NULL;
    }
    wf_decref(names);
    return m;
}
