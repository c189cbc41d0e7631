// The binascii module (base64, email and uu build on it): base64 with CPython's lenient
// decoding (characters outside the alphabet are skipped unless strict_mode; input ends at
// a complete padding), hex both ways, crc32 and crc_hqx, and the Error/Incomplete classes.
// The quoted-printable functions are not provided: quopri falls back to its Python code.

enum BinasciiModule {
    static var error = Value(bits: 0)
    static var incomplete = Value(bits: 0)
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    static let decodeTable: [Int8] = {
        var t = [Int8](repeating: -1, count: 256)
        for (i, c) in alphabet.enumerated() { t[Int(c)] = Int8(i) }
        return t
    }()

    static func fail(_ message: String) -> PyException { PyException(ExceptionObject.create(type: error, message: message)) }

    /// class NAME(base) in module `module` (type() cannot fail here; base is the fallback).
    static func makeClass(_ name: String, base: Value, module: String = "binascii") -> Value {
        let bases = TupleRef.allocate(1)
        bases[0] = base
        let namespace = DictRef.create()
        namespace.setStr(Interned.intern("__module__"), StrRef.create(module).value)
        let cls = (try? Runtime.call(BuiltinTypes.type, StrRef.create(name).value, bases.value, namespace.value)) ?? base
        BuiltinTypes.registry.append(cls)  // a root, as the native types are
        return cls
    }

    /// An ASCII str or a bytes-like object, as the a2b_* functions take.
    static func asciiData(_ v: Value) throws(PyException) -> [UInt8] {
        if StrOps.isStr(v) {
            let s = StrRef(v).string
            if s.unicodeScalars.contains(where: { $0.value > 127 }) {
                throw pyError(ExceptionTypes.named("ValueError"), "string argument should contain only ASCII characters")
            }
            return Array(s.utf8)
        }
        return try BytesOps.requireBytesLike(v)
    }

    static func create() -> Value {
        let m = ModuleObject.create(name: "binascii")
        if error.isNull {
            error = makeClass("Error", base: ExceptionTypes.named("ValueError"))
            incomplete = makeClass("Incomplete", base: ExceptionTypes.named("Exception"))
        }
        let d = DictRef(ModuleObject.dict(m))
        d.setStr(Interned.intern("Error"), error)
        d.setStr(Interned.intern("Incomplete"), incomplete)
        func add(_ name: String, _ body: @escaping NativeBody) { ModuleTypes.function(m, name, body) }
        add("b2a_base64") { _, args throws(PyException) in
            try args.expect("b2a_base64", min: 1, max: 1, keywords: ["newline"])
            let newline = try args.keyword("newline").map { v throws(PyException) in try Runtime.isTrue(v) } ?? true
            return BytesOps.create(encode64(try BytesOps.requireBytesLike(args[0]), newline: newline))
        }
        add("a2b_base64") { _, args throws(PyException) in
            try args.expect("a2b_base64", min: 1, max: 1, keywords: ["strict_mode"])
            let strict = try args.keyword("strict_mode").map { v throws(PyException) in try Runtime.isTrue(v) } ?? false
            return BytesOps.create(try decode64(try asciiData(args[0]), strict: strict))
        }
        for name in ["hexlify", "b2a_hex"] {
            add(name) { _, args throws(PyException) in
                try args.expect(name, min: 1, max: 3, keywords: ["sep", "bytes_per_sep"])
                let data = BytesOps.create(try BytesOps.requireBytesLike(args[0]))
                let sep = args.positionalCount > 1 ? args[1] : args.keyword("sep")
                guard let sep, !sep.isIdentical(.none) else {
                    return BytesOps.create(Array(StrRef(try Runtime.callMethod(data, "hex")).string.utf8))
                }
                let per = args.positionalCount > 2 ? args[2] : args.keyword("bytes_per_sep") ?? IntOps.make(1)
                return BytesOps.create(Array(StrRef(try Runtime.callMethod(data, "hex", sep, per)).string.utf8))
            }
        }
        for name in ["unhexlify", "a2b_hex"] {
            add(name) { _, args throws(PyException) in
                try args.expect(name, count: 1)
                let text = try asciiData(args[0])
                if text.count % 2 != 0 { throw fail("Odd-length string") }
                var out: [UInt8] = []
                out.reserveCapacity(text.count / 2)
                var i = 0
                while i < text.count {
                    guard let hi = hexDigit(text[i]), let lo = hexDigit(text[i + 1]) else { throw fail("Non-hexadecimal digit found") }
                    out.append(hi << 4 | lo)
                    i += 2
                }
                return BytesOps.create(out)
            }
        }
        add("crc32") { _, args throws(PyException) in
            try args.expect("crc32", min: 1, max: 2)
            var crc: UInt32 = 0
            if args.positionalCount == 2 { crc = UInt32(truncatingIfNeeded: try IntOps.index(args[1]) ?? 0) }
            return IntOps.make(Int64(crc32(try BytesOps.requireBytesLike(args[0]), crc)))
        }
        add("crc_hqx") { _, args throws(PyException) in
            try args.expect("crc_hqx", count: 2)
            var crc = UInt16(truncatingIfNeeded: try IntOps.index(args[1]) ?? 0)
            for byte in try BytesOps.requireBytesLike(args[0]) {
                crc ^= UInt16(byte) << 8
                for _ in 0..<8 { crc = crc & 0x8000 != 0 ? (crc << 1) ^ 0x1021 : crc << 1 }
            }
            return IntOps.make(Int64(crc))
        }
        return m
    }

    static func hexDigit(_ c: UInt8) -> UInt8? {
        switch c {
        case 48...57: return c - 48
        case 97...102: return c - 87
        case 65...70: return c - 55
        default: return nil
        }
    }

    static func encode64(_ data: [UInt8], newline: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((data.count + 2) / 3 * 4 + 1)
        var i = 0
        while i + 2 < data.count {
            let n = UInt32(data[i]) << 16 | UInt32(data[i + 1]) << 8 | UInt32(data[i + 2])
            for shift in [18, 12, 6, 0] { out.append(alphabet[Int(n >> UInt32(shift) & 63)]) }
            i += 3
        }
        let rest = data.count - i
        if rest > 0 {
            let n = UInt32(data[i]) << 16 | (rest == 2 ? UInt32(data[i + 1]) << 8 : 0)
            out.append(alphabet[Int(n >> 18 & 63)])
            out.append(alphabet[Int(n >> 12 & 63)])
            out.append(rest == 2 ? alphabet[Int(n >> 6 & 63)] : UInt8(ascii: "="))
            out.append(UInt8(ascii: "="))
        }
        if newline { out.append(10) }
        return out
    }

    /// CPython's decoder: `quad` is the position in the current group of four; bytes are
    /// emitted as soon as 8 bits are complete, so a closing pad sequence just stops.
    static func decode64(_ text: [UInt8], strict: Bool) throws(PyException) -> [UInt8] {
        var out: [UInt8] = []
        var quad = 0, pads = 0, dataCount = 0, leftBits = 0
        var leftChar: UInt32 = 0
        var paddingStarted = false
        if strict && text.first == UInt8(ascii: "=") { throw fail("Leading padding not allowed") }
        for (i, c) in text.enumerated() {
            if c == UInt8(ascii: "=") {
                paddingStarted = true
                if quad >= 2 {
                    pads += 1
                    if quad + pads >= 4 {
                        if strict && i + 1 < text.count { throw fail("Excess data after padding") }
                        return out
                    }
                }
                continue
            }
            let v = decodeTable[Int(c)]
            if v < 0 {
                if strict { throw fail("Only base64 data is allowed") }
                continue
            }
            if strict && paddingStarted { throw fail("Discontinuous padding not allowed") }
            pads = 0
            dataCount += 1
            quad = (quad + 1) & 3
            leftChar = leftChar << 6 | UInt32(v)
            leftBits += 6
            if leftBits >= 8 {
                leftBits -= 8
                out.append(UInt8(truncatingIfNeeded: leftChar >> UInt32(leftBits)))
                leftChar &= (1 << UInt32(leftBits)) - 1
            }
        }
        if quad != 0 {
            if quad == 1 {
                throw fail("Invalid base64-encoded string: number of data characters (\(dataCount)) cannot be 1 more than a multiple of 4")
            }
            throw fail("Incorrect padding")
        }
        return out
    }

    static let crcTable: [UInt32] = (0..<256).map { (n: Int) -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: [UInt8], _ start: UInt32) -> UInt32 {
        var c = ~start
        for b in data { c = crcTable[Int((c ^ UInt32(b)) & 0xff)] ^ (c >> 8) }
        return ~c
    }
}
