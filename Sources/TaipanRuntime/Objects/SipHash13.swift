// SipHash-1-3, the hash CPython uses for str and bytes. The key comes from PYTHONHASHSEED
// as CPython derives it: 0 gives the zero key (so hashes equal CPython's), any other seed
// or none a key of our own.

import CTaipan
#if canImport(Glibc)
import Glibc
#endif

enum SipHash13 {
    static let key: (UInt64, UInt64) = {
        if let seed = getenv("PYTHONHASHSEED"), String(cString: seed) == "0" { return (0, 0) }
        var k0: UInt64 = 0
        var k1: UInt64 = 0
        // getrandom may be unavailable in odd sandboxes: fall back to the clock and address.
        if taipan_random_bytes(&k0, 8) != 0 || taipan_random_bytes(&k1, 8) != 0 {
            var ts = timespec()
            clock_gettime(CLOCK_MONOTONIC, &ts)
            k0 = UInt64(bitPattern: Int64(ts.tv_nsec)) &* 0x9E3779B97F4A7C15
            k1 = UInt64(UInt(bitPattern: ObjectIdentifier(Heap.self).hashValue)) ^ k0
        }
        return (k0, k1)
    }()

    @inline(__always) static func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }

    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let (k0, k1) = key
        var v0: UInt64 = 0x736f6d6570736575 ^ k0
        var v1: UInt64 = 0x646f72616e646f6d ^ k1
        var v2: UInt64 = 0x6c7967656e657261 ^ k0
        var v3: UInt64 = 0x7465646279746573 ^ k1

        @inline(__always) func round() {
            v0 = v0 &+ v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32)
            v2 = v2 &+ v3; v3 = rotl(v3, 16); v3 ^= v2
            v0 = v0 &+ v3; v3 = rotl(v3, 21); v3 ^= v0
            v2 = v2 &+ v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32)
        }

        let count = bytes.count
        var i = 0
        while i + 8 <= count {
            let m = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
            v3 ^= m
            round()
            v0 ^= m
            i += 8
        }
        var last = UInt64(truncatingIfNeeded: count) << 56
        var shift: UInt64 = 0
        while i < count {
            last |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        v3 ^= last
        round()
        v0 ^= last
        v2 ^= 0xff
        round(); round(); round()
        return v0 ^ v1 ^ v2 ^ v3
    }
}
