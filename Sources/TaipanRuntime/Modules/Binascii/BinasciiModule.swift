// binascii: base64, hex, uu and the CRCs over bytes, with CPython 3.11's errors (binascii.Error
// is a ValueError). base64.py, uu.py and zipfile build on it.

enum BinasciiModule {
    static var error = Value(bits: 0)
    static var incomplete = Value(bits: 0)

    static func create() -> Value {
        let m = ModuleObject.create(name: "binascii")
        let d = DictRef(ModuleObject.dict(m))
        if error.isNull {
            error = ModuleTypes.exceptionClass("Error", module: "binascii", base: ExceptionTypes.named("ValueError"))
            incomplete = ModuleTypes.exceptionClass("Incomplete", module: "binascii", base: BuiltinTypes.exception)
        }
        d.setStr(Interned.intern("Error"), error)
        d.setStr(Interned.intern("Incomplete"), incomplete)

        for name in ["hexlify", "b2a_hex"] {
            ModuleTypes.function(m, name) { _, args throws(PyException) in
                try args.expect(name, min: 1, max: 3, keywords: ["data", "sep", "bytes_per_sep"])
                guard let data = args.argument(0, "data") else { throw typeError("\(name)() missing required argument 'data' (pos 1)") }
                let raw = try BytesOps.requireBytesLike(data)
                // bytes.hex with the separator arguments, as ASCII bytes.
                var rest: [Value] = []
                if let sep = args.argument(1, "sep") {
                    rest.append(sep)
                    if let group = args.argument(2, "bytes_per_sep") { rest.append(group) }
                }
                let hex = try Runtime.withStackArguments(rest) { a throws(PyException) in try BytesMethods.hex(raw, a) }
                let text = StrRef(hex)
                return BytesOps.create((0..<text.count).map { UInt8(truncatingIfNeeded: text[$0]) })
            }
        }
        for name in ["unhexlify", "a2b_hex"] {
            ModuleTypes.function(m, name) { _, args throws(PyException) in
                try args.expect(name, min: 0, max: 1, keywords: ["hexstr"])
                guard let source = args.argument(0, "hexstr") else { throw typeError("\(name)() missing required argument 'hexstr' (pos 1)") }
                return BytesOps.create(try unhexlify(try asciiData(source)))
            }
        }
        ModuleTypes.function(m, "b2a_base64") { _, args throws(PyException) in
            try args.expect("b2a_base64", min: 1, max: 1, keywords: ["newline"], keywordOnly: 1)
            let newline = try args.keyword("newline").map { v throws(PyException) in try Runtime.isTrue(v) } ?? true
            return BytesOps.create(Base64.encode(try BytesOps.requireBytesLike(args[0]), newline: newline))
        }
        ModuleTypes.function(m, "a2b_base64") { _, args throws(PyException) in
            try args.expect("a2b_base64", min: 1, max: 1, keywords: ["strict_mode"], keywordOnly: 1)
            let strict = try args.keyword("strict_mode").map { v throws(PyException) in try Runtime.isTrue(v) } ?? false
            return BytesOps.create(try Base64.decode(try asciiData(args[0]), strict: strict))
        }
        ModuleTypes.function(m, "crc32") { _, args throws(PyException) in
            try args.expect("crc32", min: 1, max: 2)
            let start = args.positionalCount > 1 ? try maskedUInt32(args[1]) : 0
            return IntOps.make(Int64(CRC.crc32(try BytesOps.requireBytesLike(args[0]), start)))
        }
        ModuleTypes.function(m, "crc_hqx") { _, args throws(PyException) in
            try args.expect("crc_hqx", count: 2)
            let start = try maskedUInt32(args[1]) & 0xFFFF
            return IntOps.make(Int64(CRC.crcHqx(try BytesOps.requireBytesLike(args[0]), UInt16(start))))
        }
        ModuleTypes.function(m, "b2a_uu") { _, args throws(PyException) in
            try args.expect("b2a_uu", min: 1, max: 1, keywords: ["backtick"], keywordOnly: 1)
            let backtick = try args.keyword("backtick").map { v throws(PyException) in try Runtime.isTrue(v) } ?? false
            return BytesOps.create(try UUCode.encode(try BytesOps.requireBytesLike(args[0]), backtick: backtick))
        }
        ModuleTypes.function(m, "a2b_uu") { _, args throws(PyException) in
            try args.expect("a2b_uu", count: 1)
            return BytesOps.create(try UUCode.decode(try asciiData(args[0])))
        }
        return m
    }

    static func fail(_ message: String) -> PyException { pyError(error, message) }

    /// The argument of the a2b functions: a bytes-like object or a str of ASCII characters.
    static func asciiData(_ v: Value) throws(PyException) -> [UInt8] {
        if StrOps.isStr(v) {
            let s = StrRef(v)
            guard s.isASCII else {
                throw pyError(ExceptionTypes.named("ValueError"), "string argument should contain only ASCII characters")
            }
            return (0..<s.count).map { UInt8(truncatingIfNeeded: s[$0]) }
        }
        guard let bytes = BytesOps.contents(v) else {
            throw typeError("argument should be bytes, buffer or ASCII string, not '\(TypeRef(v.type).nameString)'")
        }
        return bytes
    }

    /// A CRC's starting value: any int, reduced modulo 2**32 as CPython's unsigned conversion.
    static func maskedUInt32(_ v: Value) throws(PyException) -> UInt32 {
        guard IntOps.isInt(v) else {
            throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
        }
        let low = try IntOps.bitAnd(v, IntOps.make(0xFFFF_FFFF))
        return UInt32(truncatingIfNeeded: IntOps.asInt64(low) ?? 0)
    }

    static func unhexlify(_ digits: [UInt8]) throws(PyException) -> [UInt8] {
        guard digits.count % 2 == 0 else { throw fail("Odd-length string") }
        func value(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x61...0x66: return c - 0x61 + 10
            case 0x41...0x46: return c - 0x41 + 10
            default: return nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(digits.count / 2)
        var i = 0
        while i < digits.count {
            guard let high = value(digits[i]), let low = value(digits[i + 1]) else { throw fail("Non-hexadecimal digit found") }
            out.append(high << 4 | low)
            i += 2
        }
        return out
    }
}
