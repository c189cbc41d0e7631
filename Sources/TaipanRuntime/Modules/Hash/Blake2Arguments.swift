// blake2b(data=b'', /, *, digest_size, key, salt, person, fanout, depth, leaf_size,
// node_offset, node_depth, inner_size, last_node, usedforsecurity) and blake2s: the
// parameter block's fields with CPython's checks and messages.

enum Blake2Arguments {
    static let keywords = ["digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
                           "node_depth", "inner_size", "last_node", "usedforsecurity"]

    static func construct(_ cls: Value, _ index: Int, _ args: Arguments) throws(PyException) -> Value {
        let variant = HashObjects.algorithms[index].name == "blake2b" ? Blake2.b : Blake2.s
        try args.expect(variant.name, min: 0, max: 1, keywords: keywords, keywordOnly: keywords.count)
        var p = Blake2Parameters(digestSize: variant.maxDigest)
        let valueError = ExceptionTypes.named("ValueError")
        let overflowError = ExceptionTypes.named("OverflowError")

        func integer(_ name: String) throws(PyException) -> Int64? {
            guard let v = args.keyword(name) else { return nil }
            guard let n = try IntOps.index(v) else {
                throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
            }
            return Int64(n)
        }
        func buffer(_ name: String, max: Int) throws(PyException) -> [UInt8] {
            guard let v = args.keyword(name) else { return [] }
            let bytes = try HashObjects.hashable(v)
            if bytes.count > max { throw pyError(valueError, "maximum \(name) length is \(max) bytes") }
            return bytes
        }
        func byteField(_ name: String, _ low: Int64, _ high: Int64, _ message: String) throws(PyException) -> Int? {
            guard let n = try integer(name) else { return nil }
            if n < low || n > high { throw pyError(valueError, message) }
            return Int(n)
        }

        let maxDigest = Int64(variant.maxDigest)
        if let n = try byteField("digest_size", 1, maxDigest, "digest_size must be between 1 and \(maxDigest) bytes") {
            p.digestSize = n
        }
        p.key = try buffer("key", max: variant.maxDigest)
        p.salt = try buffer("salt", max: variant.saltSize)
        p.person = try buffer("person", max: variant.saltSize)
        if let n = try byteField("fanout", 0, 255, "fanout must be between 0 and 255") { p.fanout = n }
        if let n = try byteField("depth", 1, 255, "depth must be between 1 and 255") { p.depth = n }
        if let n = try integer("leaf_size") {
            if n < 0 { throw pyError(valueError, "value must be positive") }
            if n > 0xFFFF_FFFF { throw pyError(overflowError, "leaf_size is too large") }
            p.leafSize = UInt32(n)
        }
        if let v = args.keyword("node_offset") {
            guard let n = try IntOps.index(v) else {
                throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
            }
            if n < 0 { throw pyError(valueError, "value must be positive") }
            if variant.wordBytes == 4 && n >= 1 << 48 { throw pyError(overflowError, "node_offset is too large") }
            p.nodeOffset = UInt64(n)
        }
        if let n = try byteField("node_depth", 0, 255, "node_depth must be between 0 and 255") { p.nodeDepth = n }
        if let n = try byteField("inner_size", 0, maxDigest, "inner_size must be between 0 and is \(maxDigest)") {
            p.innerSize = n
        }
        if let v = args.keyword("last_node") { p.lastNode = try Runtime.isTrue(v) }
        let parameters = p
        return try HashObjects.create(cls, index, data: args.positionalCount == 1 ? args[0] : nil,
                                      digestSize: parameters.digestSize,
                                      start: { state in variant.start(state, parameters) })
    }
}
