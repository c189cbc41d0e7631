// BLAKE2b and BLAKE2s (RFC 7693) with the whole parameter block of hashlib: digest size,
// key, salt, personalisation and the tree-hashing fields. The last block stays buffered
// until the digest, which compresses it with the final flag.
//   state bytes: h (8 words) | block | buffered count | counter low, high (UInt64) | last node

struct Blake2Parameters {
    var digestSize: Int
    var key: [UInt8] = []
    var salt: [UInt8] = []
    var person: [UInt8] = []
    var fanout = 1
    var depth = 1
    var leafSize: UInt32 = 0
    var nodeOffset: UInt64 = 0
    var nodeDepth = 0
    var innerSize = 0
    var lastNode = false
}

struct Blake2 {
    let name: String
    let wordBytes: Int
    let rounds: Int
    let iv: [UInt64]
    let rotations: [Int]
    let saltSize: Int

    var blockSize: Int { 16 * wordBytes }
    var maxDigest: Int { 8 * wordBytes }
    var bufferOffset: Int { 8 * wordBytes }
    var countOffset: Int { bufferOffset + blockSize }
    var counterOffset: Int { countOffset + 8 }
    var lastNodeOffset: Int { counterOffset + 16 }
    var stateSize: Int { lastNodeOffset + 8 }

    static let b = Blake2(name: "blake2b", wordBytes: 8, rounds: 12, iv: MerkleDamgard.sha512.initial,
                          rotations: [32, 24, 16, 63], saltSize: 16)
    static let s = Blake2(name: "blake2s", wordBytes: 4, rounds: 10, iv: MerkleDamgard.sha256.initial,
                          rotations: [16, 12, 8, 7], saltSize: 8)

    static let sigma: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ]

    var algorithm: HashAlgorithm {
        let variant = self
        return HashAlgorithm(name: name, module: "_blake2", digestSize: maxDigest, blockSize: blockSize,
                             stateSize: stateSize,
                             start: { p in variant.start(p, Blake2Parameters(digestSize: variant.maxDigest)) },
                             absorb: { p, data in variant.absorb(p, data) },
                             finish: { p, length in variant.finish(p, length) })
    }

    private func word(_ p: UnsafeMutableRawPointer, _ i: Int) -> UInt64 {
        wordBytes == 8 ? p.word64(i) : UInt64(p.word32(i))
    }

    private func setWord(_ p: UnsafeMutableRawPointer, _ i: Int, _ v: UInt64) {
        if wordBytes == 8 { p.setWord64(i, v) } else { p.setWord32(i, UInt32(truncatingIfNeeded: v)) }
    }

    /// The initial state from the parameter block (checked by the caller).
    func start(_ p: UnsafeMutableRawPointer, _ parameters: Blake2Parameters) {
        var block = [UInt8](repeating: 0, count: 8 * wordBytes)
        block[0] = UInt8(parameters.digestSize)
        block[1] = UInt8(parameters.key.count)
        block[2] = UInt8(parameters.fanout)
        block[3] = UInt8(parameters.depth)
        for k in 0..<4 { block[4 + k] = UInt8(truncatingIfNeeded: parameters.leafSize >> UInt32(8 * k)) }
        let offsetBytes = wordBytes == 8 ? 8 : 6
        for k in 0..<offsetBytes { block[8 + k] = UInt8(truncatingIfNeeded: parameters.nodeOffset >> UInt64(8 * k)) }
        block[8 + offsetBytes] = UInt8(parameters.nodeDepth)
        block[9 + offsetBytes] = UInt8(parameters.innerSize)
        let saltStart = 4 * wordBytes
        for (k, byte) in parameters.salt.enumerated() { block[saltStart + k] = byte }
        for (k, byte) in parameters.person.enumerated() { block[saltStart + saltSize + k] = byte }
        for i in 0..<8 {
            var w: UInt64 = 0
            for k in 0..<wordBytes { w |= UInt64(block[i * wordBytes + k]) << UInt64(8 * k) }
            setWord(p, i, iv[i] ^ w)
        }
        p.storeBytes(of: UInt64(parameters.lastNode ? 1 : 0), toByteOffset: lastNodeOffset, as: UInt64.self)
        if !parameters.key.isEmpty {
            // A keyed hash starts with the key as a whole block of data.
            var keyBlock = parameters.key
            keyBlock += [UInt8](repeating: 0, count: blockSize - keyBlock.count)
            keyBlock.withUnsafeBytes { absorb(p, $0) }
        }
    }

    func absorb(_ p: UnsafeMutableRawPointer, _ data: UnsafeRawBufferPointer) {
        guard let base = data.baseAddress else { return }
        var count = Int(p.load(fromByteOffset: countOffset, as: UInt64.self))
        var i = 0
        while i < data.count {
            if count == blockSize {
                increment(p, by: UInt64(blockSize))
                compress(p, last: false)
                count = 0
            }
            let n = min(blockSize - count, data.count - i)
            (p + bufferOffset + count).copyMemory(from: base + i, byteCount: n)
            count += n
            i += n
        }
        p.storeBytes(of: UInt64(count), toByteOffset: countOffset, as: UInt64.self)
    }

    func finish(_ p: UnsafeMutableRawPointer, _ length: Int) -> [UInt8] {
        let count = Int(p.load(fromByteOffset: countOffset, as: UInt64.self))
        increment(p, by: UInt64(count))
        (p + bufferOffset + count).initializeMemory(as: UInt8.self, repeating: 0, count: blockSize - count)
        compress(p, last: true)
        var out: [UInt8] = []
        for i in 0..<8 {
            let w = word(p, i)
            for k in 0..<wordBytes { out.append(UInt8(truncatingIfNeeded: w >> UInt64(8 * k))) }
        }
        return Array(out.prefix(length))
    }

    private func increment(_ p: UnsafeMutableRawPointer, by n: UInt64) {
        let low = p.load(fromByteOffset: counterOffset, as: UInt64.self)
        let (sum, carry) = low.addingReportingOverflow(n)
        p.storeBytes(of: sum, toByteOffset: counterOffset, as: UInt64.self)
        if carry {
            let high = p.load(fromByteOffset: counterOffset + 8, as: UInt64.self)
            p.storeBytes(of: high &+ 1, toByteOffset: counterOffset + 8, as: UInt64.self)
        }
    }

    private func compress(_ p: UnsafeMutableRawPointer, last: Bool) {
        let mask: UInt64 = wordBytes == 8 ? .max : 0xFFFF_FFFF
        let bits = UInt64(8 * wordBytes)
        func rotr(_ x: UInt64, _ n: Int) -> UInt64 { ((x >> UInt64(n)) | (x << (bits - UInt64(n)))) & mask }
        var v = [UInt64](repeating: 0, count: 16)
        var m = [UInt64](repeating: 0, count: 16)
        for i in 0..<8 {
            v[i] = word(p, i)
            v[i + 8] = iv[i]
        }
        let block = UnsafeRawPointer(p + bufferOffset)
        for i in 0..<16 {
            m[i] = wordBytes == 8 ? UInt64(littleEndian: block.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
                                  : UInt64(UInt32(littleEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
        }
        let low = p.load(fromByteOffset: counterOffset, as: UInt64.self)
        let high = p.load(fromByteOffset: counterOffset + 8, as: UInt64.self)
        if wordBytes == 8 {
            v[12] ^= low
            v[13] ^= high
        } else {
            v[12] ^= low & mask
            v[13] ^= low >> 32
        }
        if last {
            v[14] = ~v[14] & mask
            if p.load(fromByteOffset: lastNodeOffset, as: UInt64.self) != 0 { v[15] = ~v[15] & mask }
        }
        func mix(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: UInt64, _ y: UInt64) {
            v[a] = (v[a] &+ v[b] &+ x) & mask
            v[d] = rotr(v[d] ^ v[a], rotations[0])
            v[c] = (v[c] &+ v[d]) & mask
            v[b] = rotr(v[b] ^ v[c], rotations[1])
            v[a] = (v[a] &+ v[b] &+ y) & mask
            v[d] = rotr(v[d] ^ v[a], rotations[2])
            v[c] = (v[c] &+ v[d]) & mask
            v[b] = rotr(v[b] ^ v[c], rotations[3])
        }
        for round in 0..<rounds {
            let s = Blake2.sigma[round % 10]
            mix(0, 4, 8, 12, m[s[0]], m[s[1]])
            mix(1, 5, 9, 13, m[s[2]], m[s[3]])
            mix(2, 6, 10, 14, m[s[4]], m[s[5]])
            mix(3, 7, 11, 15, m[s[6]], m[s[7]])
            mix(0, 5, 10, 15, m[s[8]], m[s[9]])
            mix(1, 6, 11, 12, m[s[10]], m[s[11]])
            mix(2, 7, 8, 13, m[s[12]], m[s[13]])
            mix(3, 4, 9, 14, m[s[14]], m[s[15]])
        }
        for i in 0..<8 { setWord(p, i, word(p, i) ^ v[i] ^ v[i + 8]) }
    }
}
