// The hash algorithms of hashlib's built-in modules (_md5, _sha1, _sha256, _sha512, _sha3,
// _blake2). Each keeps its whole running state in a fixed number of bytes, which the hash
// object holds in a bytes object on our heap: copy() is a copy of those bytes, and a digest
// is computed from a scratch copy so that update() can go on afterwards.

struct HashAlgorithm {
    let name: String
    let module: String
    let digestSize: Int
    let blockSize: Int
    let stateSize: Int
    /// Writes the initial state.
    let start: (UnsafeMutableRawPointer) -> Void
    let absorb: (UnsafeMutableRawPointer, UnsafeRawBufferPointer) -> Void
    /// The first `length` bytes of the digest; the state given is a scratch copy.
    let finish: (UnsafeMutableRawPointer, Int) -> [UInt8]
    /// SHAKE: digest(length) and hexdigest(length) take the output length.
    var variableLength = false

    static let md5 = MerkleDamgard.md5.algorithm(name: "md5", module: "_md5")
    static let sha1 = MerkleDamgard.sha1.algorithm(name: "sha1", module: "_sha1")
    static let sha224 = MerkleDamgard.sha224.algorithm(name: "sha224", module: "_sha256")
    static let sha256 = MerkleDamgard.sha256.algorithm(name: "sha256", module: "_sha256")
    static let sha384 = MerkleDamgard.sha384.algorithm(name: "sha384", module: "_sha512")
    static let sha512 = MerkleDamgard.sha512.algorithm(name: "sha512", module: "_sha512")
    static let sha3: [HashAlgorithm] = [
        Keccak.algorithm("sha3_224", rateBytes: 144, suffix: 0x06, digestSize: 28),
        Keccak.algorithm("sha3_256", rateBytes: 136, suffix: 0x06, digestSize: 32),
        Keccak.algorithm("sha3_384", rateBytes: 104, suffix: 0x06, digestSize: 48),
        Keccak.algorithm("sha3_512", rateBytes: 72, suffix: 0x06, digestSize: 64),
        Keccak.algorithm("shake_128", rateBytes: 168, suffix: 0x1F, digestSize: 0),
        Keccak.algorithm("shake_256", rateBytes: 136, suffix: 0x1F, digestSize: 0),
    ]
}

extension UnsafeMutableRawPointer {
    @inline(__always) func word32(_ i: Int) -> UInt32 { load(fromByteOffset: i &* 4, as: UInt32.self) }
    @inline(__always) func setWord32(_ i: Int, _ v: UInt32) { storeBytes(of: v, toByteOffset: i &* 4, as: UInt32.self) }
    @inline(__always) func word64(_ i: Int) -> UInt64 { load(fromByteOffset: i &* 8, as: UInt64.self) }
    @inline(__always) func setWord64(_ i: Int, _ v: UInt64) { storeBytes(of: v, toByteOffset: i &* 8, as: UInt64.self) }
}

extension UInt32 {
    @inline(__always) func rotatedLeft(_ n: UInt32) -> UInt32 { (self << n) | (self >> (32 &- n)) }
    @inline(__always) func rotatedRight(_ n: UInt32) -> UInt32 { (self >> n) | (self << (32 &- n)) }
}

extension UInt64 {
    @inline(__always) func rotatedLeft(_ n: UInt64) -> UInt64 { n == 0 ? self : (self << n) | (self >> (64 &- n)) }
    @inline(__always) func rotatedRight(_ n: UInt64) -> UInt64 { (self >> n) | (self << (64 &- n)) }
}
