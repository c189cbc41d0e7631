// bytes and bytearray: ASCII case methods and predicates, padding, tabs, translate, hex.

extension BytesMethods {
    static func installCaseAndLayout(_ type: Value, _ kind: String) {
        func method(_ name: String, _ body: @escaping NativeBody) { NativeFunctions.addMethod(type, name, body) }
        func mapping(_ name: String, _ transform: @escaping ([UInt8]) -> [UInt8]) {
            method(name) { b, args throws(PyException) in
                try args.expect(name, count: 0)
                return BytesOps.make(like: b, transform(contents(b)))
            }
        }
        mapping("upper") { $0.map(upper) }
        mapping("lower") { $0.map(lower) }
        mapping("swapcase") { $0.map { isUpper($0) ? lower($0) : upper($0) } }
        mapping("capitalize") { raw in raw.enumerated().map { $0.offset == 0 ? upper($0.element) : lower($0.element) } }
        mapping("title") { raw in
            var previousCased = false
            return raw.map { c in
                let out = previousCased ? lower(c) : upper(c)
                previousCased = isAlpha(c)
                return out
            }
        }
        func predicate(_ name: String, _ test: @escaping (UInt8) -> Bool) {
            method(name) { b, args throws(PyException) in
                try args.expect(name, count: 0)
                let raw = contents(b)
                return .bool(!raw.isEmpty && raw.allSatisfy(test))
            }
        }
        predicate("isalnum") { isAlpha($0) || isDigit($0) }
        predicate("isalpha", isAlpha)
        predicate("isdigit", isDigit)
        predicate("isspace", isSpace)
        method("isascii") { b, args throws(PyException) in
            try args.expect("isascii", count: 0)
            return .bool(contents(b).allSatisfy { $0 < 0x80 })
        }
        method("islower") { b, _ in
            let raw = contents(b)
            return .bool(raw.contains(where: isLower) && !raw.contains(where: isUpper))
        }
        method("isupper") { b, _ in
            let raw = contents(b)
            return .bool(raw.contains(where: isUpper) && !raw.contains(where: isLower))
        }
        method("istitle") { b, _ in
            var cased = false, previousCased = false
            for c in contents(b) {
                if isUpper(c) {
                    if previousCased { return BuiltinTypes.false }
                    previousCased = true
                    cased = true
                } else if isLower(c) {
                    if !previousCased { return BuiltinTypes.false }
                    previousCased = true
                } else {
                    previousCased = false
                }
            }
            return .bool(cased)
        }
        for (name, mode) in [("ljust", 0), ("rjust", 1), ("center", 2)] {
            method(name) { b, args throws(PyException) in
                try args.expect(name, min: 1, max: 2)
                let w = try RepeatLength.width(args[0])
                var fill: UInt8 = 0x20
                if args.positionalCount == 2 {
                    guard let f = BytesOps.contents(args[1]), f.count == 1 else {
                        throw typeError("\(name)() argument 2 must be a byte string of length 1, not \(BytesOps.typeName(args[1]))")
                    }
                    fill = f[0]
                }
                let raw = contents(b)
                return BytesOps.make(like: b, TextAlgorithms.pad(raw, w, fill, mode: mode) ?? raw)
            }
        }
        method("zfill") { b, args throws(PyException) in
            try args.expect("zfill", count: 1)
            let raw = contents(b)
            return BytesOps.make(like: b, TextAlgorithms.zfill(raw, try RepeatLength.width(args[0])) ?? raw)
        }
        method("expandtabs") { b, args throws(PyException) in
            try args.expect("expandtabs", min: 0, max: 1, keywords: ["tabsize"])
            let size = try args.argument(0, "tabsize").map { v throws(PyException) in try IntOps.cInt(try width(v)) } ?? 8
            return BytesOps.make(like: b, TextAlgorithms.expandtabs(contents(b), size))
        }
        method("translate") { b, args throws(PyException) in
            try args.expect("translate", min: 1, max: 2, keywords: ["delete"])
            var table: [UInt8]? = nil
            if !args[0].isIdentical(BuiltinTypes.none) {
                table = try BytesOps.requireBytesLike(args[0])
                guard table?.count == 256 else {
                    throw pyError(ExceptionTypes.named("ValueError"), "translation table must be 256 characters long")
                }
            }
            let delete = try args.argument(1, "delete").map { v throws(PyException) in try BytesOps.requireBytesLike(v) } ?? []
            var out: [UInt8] = []
            for c in contents(b) where !delete.contains(c) { out.append(table.map { $0[Int(c)] } ?? c) }
            return BytesOps.make(like: b, out)
        }
    }

    /// bytes.hex(sep, bytes_per_sep): a separator every |bytes_per_sep| bytes, counted from
    /// the right when it is positive.
    static func hex(_ raw: [UInt8], _ args: Arguments) throws(PyException) -> Value {
        try args.expect("hex", min: 0, max: 2, keywords: ["sep", "bytes_per_sep"])
        var separator: UInt32? = nil
        if let sep = args.argument(0, "sep") {
            let units: [UInt32]
            if StrOps.isStr(sep) {
                units = StrOps.codePoints(StrRef(sep))
            } else if let b = BytesOps.contents(sep) {
                units = b.map { UInt32($0) }
            } else {
                throw typeError(TypeRef(sep.type).slots.len == nil ? "object of type '\(BytesOps.typeName(sep))' has no len()"
                                : "sep must be str or bytes.")
            }
            guard units.count == 1 else { throw pyError(ExceptionTypes.named("ValueError"), "sep must be length 1.") }
            guard units[0] < 0x80 else { throw pyError(ExceptionTypes.named("ValueError"), "sep must be ASCII.") }
            separator = units[0]
        }
        let group = try args.argument(1, "bytes_per_sep").map { v throws(PyException) in try width(v) } ?? 1
        let digits: [UInt32] = Array("0123456789abcdef".unicodeScalars.map { $0.value })
        var out: [UInt32] = []
        let n = raw.count
        let size = abs(group)
        for (i, byte) in raw.enumerated() {
            if let s = separator, size > 0, i > 0 {
                let boundary = group > 0 ? (n - i) % size == 0 : i % size == 0
                if boundary { out.append(s) }
            }
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return StrRef.create(codePoints: out).value
    }

    /// bytes.fromhex: pairs of hex digits, ASCII whitespace allowed between pairs.
    static func fromHex(_ text: [UInt32]) throws(PyException) -> [UInt8] {
        func digit(_ c: UInt32) -> UInt8? {
            switch c {
            case 0x30...0x39: return UInt8(c - 0x30)
            case 0x61...0x66: return UInt8(c - 0x61 + 10)
            case 0x41...0x46: return UInt8(c - 0x41 + 10)
            default: return nil
            }
        }
        var out: [UInt8] = []
        var i = 0
        while i < text.count {
            if text[i] < 0x80 && isSpace(UInt8(text[i])) { i += 1; continue }
            guard let high = digit(text[i]) else {
                throw pyError(ExceptionTypes.named("ValueError"), "non-hexadecimal number found in fromhex() arg at position \(i)")
            }
            guard i + 1 < text.count, let low = digit(text[i + 1]) else {
                throw pyError(ExceptionTypes.named("ValueError"), "non-hexadecimal number found in fromhex() arg at position \(i + 1)")
            }
            out.append(high << 4 | low)
            i += 2
        }
        return out
    }
}
