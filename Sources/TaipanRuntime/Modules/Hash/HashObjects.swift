// The hash objects of hashlib's built-in modules: _md5.md5, _sha1.sha1, _sha256.sha224/sha256,
// _sha512.sha384/sha512 (made by functions, as CPython's), and the classes _sha3.sha3_*,
// _sha3.shake_* and _blake2.blake2b/blake2s.
//
//   hash  word 0 type   1 state (bytes)   2 algorithm number (inline int)   3 digest size (inline int)

enum HashObjects {
    static let algorithms: [HashAlgorithm] = [.md5, .sha1, .sha224, .sha256, .sha384, .sha512]
        + HashAlgorithm.sha3 + [Blake2.b.algorithm, Blake2.s.algorithm]
    /// The type of each algorithm, made with its module.
    static var types: [String: Value] = [:]

    static func register() {
        Imports.nativeModules["_md5"] = { makeModule("_md5", ["md5"]) }
        Imports.nativeModules["_sha1"] = { makeModule("_sha1", ["sha1"]) }
        Imports.nativeModules["_sha256"] = { makeModule("_sha256", ["sha224", "sha256"]) }
        Imports.nativeModules["_sha512"] = { makeModule("_sha512", ["sha384", "sha512"]) }
        Imports.nativeModules["_sha3"] = {
            makeModule("_sha3", ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"], classes: true)
        }
        Imports.nativeModules["_blake2"] = {
            let m = makeModule("_blake2", ["blake2b", "blake2s"], classes: true)
            let d = DictRef(ModuleObject.dict(m))
            for (variant, prefix) in [(Blake2.b, "BLAKE2B"), (Blake2.s, "BLAKE2S")] {
                d.setStr(Interned.intern(prefix + "_MAX_DIGEST_SIZE"), IntOps.make(Int64(variant.maxDigest)))
                d.setStr(Interned.intern(prefix + "_MAX_KEY_SIZE"), IntOps.make(Int64(variant.maxDigest)))
                d.setStr(Interned.intern(prefix + "_SALT_SIZE"), IntOps.make(Int64(variant.saltSize)))
                d.setStr(Interned.intern(prefix + "_PERSON_SIZE"), IntOps.make(Int64(variant.saltSize)))
            }
            return m
        }
    }

    static func number(_ name: String) -> Int { algorithms.firstIndex { $0.name == name } ?? 0 }
    static func algorithm(_ h: Value) -> HashAlgorithm { algorithms[h.intField(2)] }
    static func state(_ h: Value) -> UnsafeMutableRawPointer { BytesOps.data(h.loadValue(1)) }

    /// A module of hash constructors: functions for the MD/SHA-2 modules, classes for the others.
    static func makeModule(_ moduleName: String, _ names: [String], classes: Bool = false) -> Value {
        let m = ModuleObject.create(name: moduleName)
        for name in names {
            let index = number(name)
            let type = types[name] ?? makeType(index, classes: classes)
            types[name] = type
            if classes {
                DictRef(ModuleObject.dict(m)).setStr(Interned.intern(name), type)
            } else {
                ModuleTypes.function(m, name) { _, args throws(PyException) in
                    try args.expect(name, min: 0, max: 1, keywords: ["string", "usedforsecurity"], keywordOnly: 1)
                    return try create(type, index, data: args.argument(0, "string"))
                }
            }
        }
        return m
    }

    /// A new hash object of `type` that has absorbed `data`.
    static func create(_ type: Value, _ index: Int, data: Value?, digestSize: Int? = nil,
                       start: ((UnsafeMutableRawPointer) -> Void)? = nil) throws(PyException) -> Value {
        let a = algorithms[index]
        let bytes = try data.map { v throws(PyException) in try hashable(v) }
        let h = ModuleTypes.instance(of: type)
        h.storeValue(1, BytesOps.create([UInt8](repeating: 0, count: a.stateSize)))
        h.setIntField(2, index)
        h.setIntField(3, digestSize ?? a.digestSize)
        (start ?? a.start)(state(h))
        if let bytes { bytes.withUnsafeBytes { a.absorb(state(h), $0) } }
        return h
    }

    /// The bytes of an argument to update() or a constructor.
    static func hashable(_ v: Value) throws(PyException) -> [UInt8] {
        if StrOps.isStr(v) { throw typeError("Strings must be encoded before hashing") }
        guard let bytes = BytesOps.contents(v) else { throw typeError("object supporting the buffer API required") }
        return bytes
    }

    /// The digest so far, from a scratch copy of the state.
    static func digest(_ h: Value, length: Int) -> [UInt8] {
        let a = algorithm(h)
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: a.stateSize, alignment: 8)
        defer { scratch.deallocate() }
        scratch.copyMemory(from: state(h), byteCount: a.stateSize)
        return a.finish(scratch, length)
    }

    static func hex(_ bytes: [UInt8]) -> Value {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt32] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(UInt32(digits[Int(b >> 4)]))
            out.append(UInt32(digits[Int(b & 15)]))
        }
        return StrRef.create(codePoints: out).value
    }

    /// The output length a SHAKE digest() or hexdigest() call asks for.
    static func requestedLength(_ h: Value, _ method: String, _ args: Arguments) throws(PyException) -> Int {
        let a = algorithm(h)
        guard a.variableLength else {
            try args.expect(method, count: 0)
            return h.intField(3)
        }
        try args.expect("\(a.name).\(method)", min: 1, max: 1, keywords: ["length"])
        guard let given = args.argument(0, "length") else {
            throw typeError("\(a.name).\(method)() takes exactly one argument (0 given)")
        }
        guard let n = try IntOps.index(given) else {
            throw typeError("'\(TypeRef(given.type).nameString)' object cannot be interpreted as an integer")
        }
        if n < 0 { throw pyError(ExceptionTypes.named("ValueError"), "value must be positive") }
        guard n < 1 << 29 else { throw pyError(ExceptionTypes.named("ValueError"), "length is too large") }
        return Int(n)
    }

    static func makeType(_ index: Int, classes: Bool) -> Value {
        let a = algorithms[index]
        let slots = TypeSlots()
        if classes {
            slots.new = { cls, args throws(PyException) in
                if a.module == "_blake2" { return try Blake2Arguments.construct(cls, index, args) }
                try args.expect(a.name, min: 0, max: 1, keywords: ["usedforsecurity"], keywordOnly: 1)
                return try create(cls, index, data: args.positionalCount == 1 ? args[0] : nil)
            }
        }
        let t = ModuleTypes.make(a.name, module: a.module, words: 4, flags: classes ? [.baseType] : [], slots: slots)
        NativeFunctions.addMethod(t, "update") { h, args throws(PyException) in
            try args.expect("update", count: 1)
            let bytes = try hashable(args[0])
            bytes.withUnsafeBytes { algorithm(h).absorb(state(h), $0) }
            return .none
        }
        NativeFunctions.addMethod(t, "digest") { h, args throws(PyException) in
            BytesOps.create(digest(h, length: try requestedLength(h, "digest", args)))
        }
        NativeFunctions.addMethod(t, "hexdigest") { h, args throws(PyException) in
            hex(digest(h, length: try requestedLength(h, "hexdigest", args)))
        }
        NativeFunctions.addMethod(t, "copy") { h, args throws(PyException) in
            try args.expect("copy", count: 0)
            let c = ModuleTypes.instance(of: h.type)
            c.storeValue(1, BytesOps.create(BytesOps.bytes(h.loadValue(1))))
            c.setIntField(2, h.intField(2))
            c.setIntField(3, h.intField(3))
            return c
        }
        GetSet.add(t, "name", get: { h in StrRef.create(algorithm(h).name).value })
        GetSet.add(t, "digest_size", get: { h in IntOps.make(Int64(h.intField(3))) })
        GetSet.add(t, "block_size", get: { h in IntOps.make(Int64(algorithm(h).blockSize)) })
        if a.module == "_sha3" {
            GetSet.add(t, "_rate_bits", get: { h in IntOps.make(Int64(algorithm(h).blockSize * 8)) })
            GetSet.add(t, "_capacity_bits", get: { h in IntOps.make(Int64(1600 - algorithm(h).blockSize * 8)) })
            GetSet.add(t, "_suffix", get: { h in BytesOps.create([algorithm(h).variableLength ? 0x1F : 0x06]) })
        }
        return t
    }
}
