// MD5, SHA-1 and the SHA-2 family: a chaining state, a block buffer and a byte count; the
// end pads with 0x80, zeros and the bit length (little-endian for MD5, big-endian for SHA).
//   state bytes: chaining words | pending block | total length (UInt64)

#if canImport(Glibc)
import Glibc
#endif

struct MerkleDamgard {
    let wordSize: Int
    let wordCount: Int
    let blockSize: Int
    let bigEndian: Bool
    let lengthBytes: Int
    let digestSize: Int
    let initial: [UInt64]
    let compress: (UnsafeMutableRawPointer, UnsafeRawPointer) -> Void

    var chainBytes: Int { wordSize * wordCount }
    var totalOffset: Int { chainBytes + blockSize }

    func algorithm(name: String, module: String) -> HashAlgorithm {
        let family = self
        return HashAlgorithm(name: name, module: module, digestSize: digestSize, blockSize: blockSize,
                             stateSize: totalOffset + 8,
                             start: { p in family.start(p) },
                             absorb: { p, data in family.absorb(p, data) },
                             finish: { p, length in family.finish(p, length) })
    }

    func start(_ p: UnsafeMutableRawPointer) {
        for (i, w) in initial.enumerated() {
            if wordSize == 4 { p.setWord32(i, UInt32(truncatingIfNeeded: w)) } else { p.setWord64(i, w) }
        }
    }

    func absorb(_ p: UnsafeMutableRawPointer, _ data: UnsafeRawBufferPointer) {
        guard let base = data.baseAddress else { return }
        var total = p.load(fromByteOffset: totalOffset, as: UInt64.self)
        let block = p + chainBytes
        var i = 0
        while i < data.count {
            let used = Int(total % UInt64(blockSize))
            let n = min(blockSize - used, data.count - i)
            (block + used).copyMemory(from: base + i, byteCount: n)
            total += UInt64(n)
            i += n
            if used + n == blockSize { compress(p, UnsafeRawPointer(block)) }
        }
        p.storeBytes(of: total, toByteOffset: totalOffset, as: UInt64.self)
    }

    func finish(_ p: UnsafeMutableRawPointer, _ length: Int) -> [UInt8] {
        let total = p.load(fromByteOffset: totalOffset, as: UInt64.self)
        let bits = total &* 8
        let used = Int(total % UInt64(blockSize)) + 1
        var padding: [UInt8] = [0x80]
        padding += [UInt8](repeating: 0, count: (2 * blockSize - used - lengthBytes) % blockSize)
        var lengthField = [UInt8](repeating: 0, count: lengthBytes)
        for k in 0..<8 {
            let byte = UInt8(truncatingIfNeeded: bits >> UInt64(8 * k))
            if bigEndian { lengthField[lengthBytes - 1 - k] = byte } else { lengthField[k] = byte }
        }
        padding += lengthField
        padding.withUnsafeBytes { absorb(p, $0) }
        var out: [UInt8] = []
        out.reserveCapacity(chainBytes)
        for i in 0..<wordCount {
            let word = wordSize == 4 ? UInt64(p.word32(i)) : p.word64(i)
            for k in 0..<wordSize {
                let shift = bigEndian ? (wordSize - 1 - k) * 8 : k * 8
                out.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return Array(out.prefix(length))
    }

    // MARK: The families

    static let md5 = MerkleDamgard(wordSize: 4, wordCount: 4, blockSize: 64, bigEndian: false, lengthBytes: 8,
                                   digestSize: 16, initial: [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476],
                                   compress: md5Compress)
    static let sha1 = MerkleDamgard(wordSize: 4, wordCount: 5, blockSize: 64, bigEndian: true, lengthBytes: 8,
                                    digestSize: 20, initial: [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0],
                                    compress: sha1Compress)
    static let sha224 = MerkleDamgard(wordSize: 4, wordCount: 8, blockSize: 64, bigEndian: true, lengthBytes: 8,
                                      digestSize: 28, initial: [0xC1059ED8, 0x367CD507, 0x3070DD17, 0xF70E5939,
                                                                0xFFC00B31, 0x68581511, 0x64F98FA7, 0xBEFA4FA4],
                                      compress: sha256Compress)
    static let sha256 = MerkleDamgard(wordSize: 4, wordCount: 8, blockSize: 64, bigEndian: true, lengthBytes: 8,
                                      digestSize: 32, initial: [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A,
                                                                0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19],
                                      compress: sha256Compress)
    static let sha384 = MerkleDamgard(wordSize: 8, wordCount: 8, blockSize: 128, bigEndian: true, lengthBytes: 16,
                                      digestSize: 48, initial: [0xCBBB9D5DC1059ED8, 0x629A292A367CD507, 0x9159015A3070DD17,
                                                                0x152FECD8F70E5939, 0x67332667FFC00B31, 0x8EB44A8768581511,
                                                                0xDB0C2E0D64F98FA7, 0x47B5481DBEFA4FA4],
                                      compress: sha512Compress)
    static let sha512 = MerkleDamgard(wordSize: 8, wordCount: 8, blockSize: 128, bigEndian: true, lengthBytes: 16,
                                      digestSize: 64, initial: [0x6A09E667F3BCC908, 0xBB67AE8584CAA73B, 0x3C6EF372FE94F82B,
                                                                0xA54FF53A5F1D36F1, 0x510E527FADE682D1, 0x9B05688C2B3E6C1F,
                                                                0x1F83D9ABFB41BD6B, 0x5BE0CD19137E2179],
                                      compress: sha512Compress)

    // MARK: Compression functions

    static let md5Shifts: [UInt32] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]
    /// floor(|sin(i + 1)| * 2**32), as RFC 1321 defines the table.
    static let md5Constants: [UInt32] = (0..<64).map { (i: Int) -> UInt32 in UInt32(fabs(sin(Double(i + 1))) * 4294967296.0) }

    static func md5Compress(_ p: UnsafeMutableRawPointer, _ block: UnsafeRawPointer) {
        var a = p.word32(0), b = p.word32(1), c = p.word32(2), d = p.word32(3)
        for i in 0..<64 {
            var f: UInt32
            var g: Int
            switch i >> 4 {
            case 0: f = (b & c) | (~b & d); g = i
            case 1: f = (d & b) | (~d & c); g = (5 * i + 1) & 15
            case 2: f = b ^ c ^ d; g = (3 * i + 5) & 15
            default: f = c ^ (b | ~d); g = (7 * i) & 15
            }
            f = f &+ a &+ md5Constants[i] &+ UInt32(littleEndian: block.loadUnaligned(fromByteOffset: g * 4, as: UInt32.self))
            a = d
            d = c
            c = b
            b = b &+ f.rotatedLeft(md5Shifts[(i >> 4) * 4 + (i & 3)])
        }
        p.setWord32(0, p.word32(0) &+ a)
        p.setWord32(1, p.word32(1) &+ b)
        p.setWord32(2, p.word32(2) &+ c)
        p.setWord32(3, p.word32(3) &+ d)
    }

    @inline(__always) static func bigEndian32(_ block: UnsafeRawPointer, _ i: Int) -> UInt32 {
        UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
    }

    static func sha1Compress(_ p: UnsafeMutableRawPointer, _ block: UnsafeRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            for t in 0..<16 { w[t] = bigEndian32(block, t) }
            for t in 16..<80 { w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotatedLeft(1) }
            var a = p.word32(0), b = p.word32(1), c = p.word32(2), d = p.word32(3), e = p.word32(4)
            for t in 0..<80 {
                let f: UInt32, k: UInt32
                switch t / 20 {
                case 0: f = (b & c) | (~b & d); k = 0x5A827999
                case 1: f = b ^ c ^ d; k = 0x6ED9EBA1
                case 2: f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC
                default: f = b ^ c ^ d; k = 0xCA62C1D6
                }
                let temp = a.rotatedLeft(5) &+ f &+ e &+ k &+ w[t]
                e = d
                d = c
                c = b.rotatedLeft(30)
                b = a
                a = temp
            }
            p.setWord32(0, p.word32(0) &+ a)
            p.setWord32(1, p.word32(1) &+ b)
            p.setWord32(2, p.word32(2) &+ c)
            p.setWord32(3, p.word32(3) &+ d)
            p.setWord32(4, p.word32(4) &+ e)
        }
    }

    static let sha256Constants: [UInt32] = [
        0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1, 0x923F82A4, 0xAB1C5ED5,
        0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3, 0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174,
        0xE49B69C1, 0xEFBE4786, 0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
        0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147, 0x06CA6351, 0x14292967,
        0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13, 0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85,
        0xA2BFE8A1, 0xA81A664B, 0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
        0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A, 0x5B9CCA4F, 0x682E6FF3,
        0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208, 0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2,
    ]

    static let sha512Constants: [UInt64] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
        0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
        0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
        0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
        0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
        0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
        0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
        0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
        0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
        0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ]

    /// The rotation amounts of one SHA-2 width: the message schedule's σ0/σ1 (two rotations
    /// and a shift each), then the rounds' Σ1 and Σ0 (three rotations each).
    struct Sha2Rotations {
        let sigma0: (Int, Int, Int), sigma1: (Int, Int, Int)
        let bigSigma1: (Int, Int, Int), bigSigma0: (Int, Int, Int)
    }

    static let sha256Rotations = Sha2Rotations(sigma0: (7, 18, 3), sigma1: (17, 19, 10),
                                               bigSigma1: (6, 11, 25), bigSigma0: (2, 13, 22))
    static let sha512Rotations = Sha2Rotations(sigma0: (1, 8, 7), sigma1: (19, 61, 6),
                                               bigSigma1: (14, 18, 41), bigSigma0: (28, 34, 39))

    static func sha256Compress(_ p: UnsafeMutableRawPointer, _ block: UnsafeRawPointer) {
        sha2Compress(p, block, sha256Constants, sha256Rotations, as: UInt32.self)
    }

    static func sha512Compress(_ p: UnsafeMutableRawPointer, _ block: UnsafeRawPointer) {
        sha2Compress(p, block, sha512Constants, sha512Rotations, as: UInt64.self)
    }

    /// One block of SHA-256 (32-bit words, 64 rounds) or SHA-512 (64-bit words, 80 rounds).
    static func sha2Compress<W: FixedWidthInteger & UnsignedInteger>(
        _ p: UnsafeMutableRawPointer, _ block: UnsafeRawPointer, _ k: [W], _ r: Sha2Rotations, as: W.Type
    ) {
        let size = MemoryLayout<W>.size
        @inline(__always) func rotr(_ x: W, _ n: Int) -> W { (x >> n) | (x << (W.bitWidth - n)) }
        let rounds = k.count
        withUnsafeTemporaryAllocation(of: W.self, capacity: rounds) { w in
            for t in 0..<16 { w[t] = W(bigEndian: block.loadUnaligned(fromByteOffset: t * size, as: W.self)) }
            for t in 16..<rounds {
                let x = w[t - 15], y = w[t - 2]
                let s0 = rotr(x, r.sigma0.0) ^ rotr(x, r.sigma0.1) ^ (x >> r.sigma0.2)
                let s1 = rotr(y, r.sigma1.0) ^ rotr(y, r.sigma1.1) ^ (y >> r.sigma1.2)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            let state = p.assumingMemoryBound(to: W.self)
            var a = state[0], b = state[1], c = state[2], d = state[3]
            var e = state[4], f = state[5], g = state[6], h = state[7]
            for t in 0..<rounds {
                let s1 = rotr(e, r.bigSigma1.0) ^ rotr(e, r.bigSigma1.1) ^ rotr(e, r.bigSigma1.2)
                let t1 = h &+ s1 &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
                let s0 = rotr(a, r.bigSigma0.0) ^ rotr(a, r.bigSigma0.1) ^ rotr(a, r.bigSigma0.2)
                let t2 = s0 &+ ((a & b) ^ (a & c) ^ (b & c))
                h = g; g = f; f = e; e = d &+ t1
                d = c; c = b; b = a; a = t1 &+ t2
            }
            state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
            state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
        }
    }
}
