// SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] sponge. Bytes are XORed into the first
// `rate` bytes of the 200-byte state (lanes little-endian), which is permuted when full.
//   state bytes: 25 lanes | position in the rate (UInt64)

enum Keccak {
    static let roundConstants: [UInt64] = [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
        0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
        0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ]
    /// Rotation of lane x + 5y.
    static let rotations: [UInt64] = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39,
                                      41, 45, 15, 21, 8, 18, 2, 61, 56, 14]
    static let positionOffset = 200

    static func algorithm(_ name: String, rateBytes: Int, suffix: UInt8, digestSize: Int) -> HashAlgorithm {
        HashAlgorithm(name: name, module: "_sha3", digestSize: digestSize, blockSize: rateBytes, stateSize: 208,
                      start: { _ in },
                      absorb: { p, data in absorb(p, data, rate: rateBytes) },
                      finish: { p, length in squeeze(p, rate: rateBytes, suffix: suffix, length: length) },
                      variableLength: digestSize == 0)
    }

    static func permute(_ p: UnsafeMutableRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 25) { b in
            var c = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
            for round in 0..<24 {
                c.0 = p.word64(0) ^ p.word64(5) ^ p.word64(10) ^ p.word64(15) ^ p.word64(20)
                c.1 = p.word64(1) ^ p.word64(6) ^ p.word64(11) ^ p.word64(16) ^ p.word64(21)
                c.2 = p.word64(2) ^ p.word64(7) ^ p.word64(12) ^ p.word64(17) ^ p.word64(22)
                c.3 = p.word64(3) ^ p.word64(8) ^ p.word64(13) ^ p.word64(18) ^ p.word64(23)
                c.4 = p.word64(4) ^ p.word64(9) ^ p.word64(14) ^ p.word64(19) ^ p.word64(24)
                let columns = [c.0, c.1, c.2, c.3, c.4]
                for x in 0..<5 {
                    let d = columns[(x + 4) % 5] ^ columns[(x + 1) % 5].rotatedLeft(1)
                    for y in 0..<5 { p.setWord64(x + 5 * y, p.word64(x + 5 * y) ^ d) }
                }
                // ρ and π: lane (x, y) moves to (y, 2x + 3y).
                for x in 0..<5 {
                    for y in 0..<5 {
                        b[y + 5 * ((2 * x + 3 * y) % 5)] = p.word64(x + 5 * y).rotatedLeft(rotations[x + 5 * y])
                    }
                }
                for y in 0..<5 {
                    for x in 0..<5 {
                        p.setWord64(x + 5 * y, b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]))
                    }
                }
                p.setWord64(0, p.word64(0) ^ roundConstants[round])
            }
        }
    }

    static func absorb(_ p: UnsafeMutableRawPointer, _ data: UnsafeRawBufferPointer, rate: Int) {
        var position = Int(p.load(fromByteOffset: positionOffset, as: UInt64.self))
        let state = p.assumingMemoryBound(to: UInt8.self)
        for byte in data {
            state[position] ^= byte
            position += 1
            if position == rate {
                permute(p)
                position = 0
            }
        }
        p.storeBytes(of: UInt64(position), toByteOffset: positionOffset, as: UInt64.self)
    }

    static func squeeze(_ p: UnsafeMutableRawPointer, rate: Int, suffix: UInt8, length: Int) -> [UInt8] {
        let state = p.assumingMemoryBound(to: UInt8.self)
        let position = Int(p.load(fromByteOffset: positionOffset, as: UInt64.self))
        state[position] ^= suffix
        state[rate - 1] ^= 0x80
        permute(p)
        var out: [UInt8] = []
        out.reserveCapacity(length)
        while out.count < length {
            let n = min(rate, length - out.count)
            for i in 0..<n { out.append(state[i]) }
            if out.count < length { permute(p) }
        }
        return out
    }
}
