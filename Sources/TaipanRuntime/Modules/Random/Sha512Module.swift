// _sha512: sha512 and sha384 (FIPS 180-4), which random.py imports to seed from str/bytes
// (its fallback, hashlib, needs far more). The running state lives in a heap buffer:
// bytes 0..<64 the eight hash words, 64..<192 the pending block, 192..<200 the total length.
//
//   sha512  word 0 type   1 state buffer (bytes)   2 digest size (inline int: 64 or 48)

enum Sha512Module {
    static var sha512Type = Value(bits: 0)
    static var sha384Type = Value(bits: 0)

    static let roundConstants: [UInt64] = [
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
    static let initial512: [UInt64] = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                                       0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
    static let initial384: [UInt64] = [0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
                                       0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4]

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_sha512")
        sha512Type = makeType("sha512")
        sha384Type = makeType("sha384")
        ModuleTypes.function(m, "sha512") { _, args throws(PyException) in try construct(sha512Type, args, "sha512") }
        ModuleTypes.function(m, "sha384") { _, args throws(PyException) in try construct(sha384Type, args, "sha384") }
        return m
    }

    static func state(_ h: Value) -> UnsafeMutableRawPointer { BytesOps.data(h.loadValue(1)) }

    static func construct(_ type: Value, _ args: Arguments, _ name: String) throws(PyException) -> Value {
        try args.expect(name, min: 0, max: 1, keywords: ["string", "usedforsecurity"], keywordOnly: 1)
        let h = ModuleTypes.instance(of: type)
        h.storeValue(1, BytesOps.create([UInt8](repeating: 0, count: 200)))
        let is384 = type.isIdentical(sha384Type)
        h.setIntField(2, is384 ? 48 : 64)
        let p = state(h)
        for (i, w) in (is384 ? initial384 : initial512).enumerated() { p.storeBytes(of: w, toByteOffset: i * 8, as: UInt64.self) }
        if let data = args.positionalCount == 1 ? args[0] : args.keyword("string") {
            try update(h, data)
        }
        return h
    }

    static func update(_ h: Value, _ data: Value) throws(PyException) {
        if StrOps.isStr(data) { throw typeError("Strings must be encoded before hashing") }
        let bytes = try BytesOps.requireBytesLike(data)
        absorb(state(h), bytes)
    }

    static func absorb(_ p: UnsafeMutableRawPointer, _ bytes: [UInt8]) {
        var total = p.load(fromByteOffset: 192, as: UInt64.self)
        let block = (p + 64).assumingMemoryBound(to: UInt8.self)
        for b in bytes {
            block[Int(total % 128)] = b
            total += 1
            if total % 128 == 0 { compress(p) }
        }
        p.storeBytes(of: total, toByteOffset: 192, as: UInt64.self)
    }

    /// One 128-byte block into the eight hash words.
    static func compress(_ p: UnsafeMutableRawPointer) {
        var w = [UInt64](repeating: 0, count: 80)
        for t in 0..<16 {
            var x: UInt64 = 0
            for k in 0..<8 { x = x << 8 | UInt64(p.load(fromByteOffset: 64 + t * 8 + k, as: UInt8.self)) }
            w[t] = x
        }
        func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
        for t in 16..<80 {
            let s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
            let s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var v = (0..<8).map { p.load(fromByteOffset: $0 * 8, as: UInt64.self) }
        for t in 0..<80 {
            let s1 = rotr(v[4], 14) ^ rotr(v[4], 18) ^ rotr(v[4], 41)
            let choice = (v[4] & v[5]) ^ (~v[4] & v[6])
            let t1 = v[7] &+ s1 &+ choice &+ roundConstants[t] &+ w[t]
            let s0 = rotr(v[0], 28) ^ rotr(v[0], 34) ^ rotr(v[0], 39)
            let majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2])
            let t2 = s0 &+ majority
            v = [t1 &+ t2, v[0], v[1], v[2], v[3] &+ t1, v[4], v[5], v[6]]
        }
        for i in 0..<8 { p.storeBytes(of: p.load(fromByteOffset: i * 8, as: UInt64.self) &+ v[i], toByteOffset: i * 8, as: UInt64.self) }
    }

    /// The digest of what was absorbed so far (the object's state is left as it was).
    static func digest(_ h: Value) -> [UInt8] {
        let copy = UnsafeMutableRawPointer.allocate(byteCount: 200, alignment: 8)
        defer { copy.deallocate() }
        copy.copyMemory(from: state(h), byteCount: 200)
        let total = copy.load(fromByteOffset: 192, as: UInt64.self)
        var padding: [UInt8] = [0x80]
        let used = Int(total % 128) + 1
        padding += [UInt8](repeating: 0, count: (used <= 112 ? 112 - used : 240 - used) + 8)
        for k in (0..<8).reversed() { padding.append(UInt8(truncatingIfNeeded: (total &* 8) >> (UInt64(k) * 8))) }
        absorb(copy, padding)
        var out: [UInt8] = []
        for i in 0..<8 {
            let word = copy.load(fromByteOffset: i * 8, as: UInt64.self)
            for k in (0..<8).reversed() { out.append(UInt8(truncatingIfNeeded: word >> (UInt64(k) * 8))) }
        }
        return Array(out.prefix(h.intField(2)))
    }

    static func makeType(_ name: String) -> Value {
        let t = ModuleTypes.make(name, module: "_sha512", words: 3, flags: [], slots: TypeSlots())
        NativeFunctions.addMethod(t, "update") { h, args throws(PyException) in
            try args.expect("update", count: 1)
            try update(h, args[0])
            return .none
        }
        NativeFunctions.addMethod(t, "digest") { h, args throws(PyException) in
            try args.expect("digest", count: 0)
            return BytesOps.create(digest(h))
        }
        NativeFunctions.addMethod(t, "hexdigest") { h, args throws(PyException) in
            try args.expect("hexdigest", count: 0)
            let hex = digest(h).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
            return StrRef.create(hex).value
        }
        NativeFunctions.addMethod(t, "copy") { h, args throws(PyException) in
            try args.expect("copy", count: 0)
            let c = ModuleTypes.instance(of: h.type)
            c.storeValue(1, BytesOps.create(BytesOps.bytes(h.loadValue(1))))
            c.setIntField(2, h.intField(2))
            return c
        }
        GetSet.add(t, "name", get: { h in StrRef.create(h.intField(2) == 48 ? "sha384" : "sha512").value })
        GetSet.add(t, "digest_size", get: { h in Value(smallInt: Int64(h.intField(2))) })
        GetSet.add(t, "block_size", get: { _ in Value(smallInt: 128) })
        return t
    }
}
