// The methods bytes and bytearray share (installed on both): searching, splitting,
// stripping, ASCII case and predicates, padding, hex, translate, decode. Each works on a
// copy of the contents and returns an object of the receiver's kind.

extension Arguments {
    /// Positional argument `i`, or the keyword `name`.
    func argument(_ i: Int, _ name: String) -> Value? {
        if i < positionalCount { return self[i] }
        return keyword(name)
    }
}

enum BytesMethods {
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
    static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    static func isAlpha(_ b: UInt8) -> Bool { isLower(b) || isUpper(b) }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func upper(_ b: UInt8) -> UInt8 { isLower(b) ? b - 32 : b }
    static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

    static func contents(_ v: Value) -> [UInt8] { BytesOps.contents(v) ?? [] }

    static func listOf(_ model: Value, _ raw: [UInt8], _ ranges: [Range<Int>]) -> Value {
        let list = ListRef.create(capacity: ranges.count)
        for r in ranges { list.append(BytesOps.make(like: model, Array(raw[r]))) }
        return list.value
    }

    /// A needle for find/count/index: bytes-like, or an int byte value.
    static func needle(_ v: Value) throws(PyException) -> [UInt8] {
        if let b = BytesOps.contents(v) { return b }
        if IntOps.isInt(v) || (!StrOps.isStr(v) && ClassSlots.special(v, "__index__") != nil) {
            guard let i = try IntOps.index(v, clamp: true), i >= 0 && i < 256 else {
                throw pyError(ExceptionTypes.named("ValueError"), "byte must be in range(0, 256)")
            }
            return [UInt8(i)]
        }
        throw typeError("argument should be integer or bytes-like object, not '\(BytesOps.typeName(v))'")
    }

    static func bounds(_ args: Arguments, _ count: Int) throws(PyException) -> (Int, Int) {
        try StrOps.bounds(args, count)
    }

    static func width(_ v: Value) throws(PyException) -> Int {
        guard !FloatOps.isFloat(v), let n = try IntOps.index(v, clamp: true) else {
            throw typeError("'\(BytesOps.typeName(v))' object cannot be interpreted as an integer")
        }
        return n
    }

    static func install(_ type: Value) {
        func method(_ name: String, _ body: @escaping NativeBody) { NativeFunctions.addMethod(type, name, body) }
        let kind = TypeRef(type).nameString

        method("decode") { b, args throws(PyException) in
            try args.expect("decode", min: 0, max: 2, keywords: ["encoding", "errors"])
            let encoding = try args.argument(0, "encoding").map { v throws(PyException) in try BytesOps.argumentString(v, "decode", "encoding") } ?? "utf-8"
            let errors = try args.argument(1, "errors").map { v throws(PyException) in try BytesOps.argumentString(v, "decode", "errors") } ?? "strict"
            return StrRef.create(codePoints: try Codecs.decode(contents(b), encoding: encoding, errors: errors)).value
        }
        method("hex") { b, args throws(PyException) in try hex(contents(b), args) }
        // A classmethod calls its function with the class as the first argument.
        let fromhex = NativeFunctions.make("fromhex") { _, args throws(PyException) in
            try args.expect("fromhex", min: 2, max: 2)
            let cls = args[0]
            guard StrOps.isStr(args[1]) else { throw typeError("fromhex() argument must be str, not \(BytesOps.typeName(args[1]))") }
            let raw = try fromHex(StrOps.codePoints(StrRef(args[1])))
            if cls.isIdentical(BytesOps.type) { return BytesOps.create(raw) }
            if cls.isIdentical(ByteArrayOps.type) { return ByteArrayOps.create(raw) }
            return try Runtime.call(cls, BytesOps.create(raw))
        }
        DictRef(TypeRef(type).dict).setStr(Interned.intern("fromhex"), Descriptors.classMethod(fromhex))
        let maketrans = NativeFunctions.make("maketrans") { _, args throws(PyException) in
            try args.expect("maketrans", count: 2)
            let from = try BytesOps.requireBytesLike(args[0]), to = try BytesOps.requireBytesLike(args[1])
            guard from.count == to.count else { throw pyError(ExceptionTypes.named("ValueError"), "maketrans arguments must have same length") }
            var table = (0...255).map { UInt8($0) }
            for (f, t) in zip(from, to) { table[Int(f)] = t }
            return BytesOps.create(table)
        }
        DictRef(TypeRef(type).dict).setStr(Interned.intern("maketrans"), Descriptors.staticMethod(maketrans))

        for (name, fromRight, raising) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            method(name) { b, args throws(PyException) in
                try args.expect(name, min: 1, max: 3)
                let raw = contents(b)
                let sub = try needle(args[0])
                let (start, end) = try bounds(args, raw.count)
                let at = fromRight ? TextAlgorithms.rfind(raw, sub, start, end) : TextAlgorithms.find(raw, sub, start, end)
                if at < 0 && raising { throw pyError(ExceptionTypes.named("ValueError"), "subsection not found") }
                return IntOps.make(Int64(at))
            }
        }
        method("count") { b, args throws(PyException) in
            try args.expect("count", min: 1, max: 3)
            let raw = contents(b)
            let (start, end) = try bounds(args, raw.count)
            return IntOps.make(Int64(TextAlgorithms.count(raw, try needle(args[0]), start, end)))
        }
        for (name, atEnd) in [("startswith", false), ("endswith", true)] {
            method(name) { b, args throws(PyException) in
                try args.expect(name, min: 1, max: 3)
                let raw = contents(b)
                let (start, end) = try bounds(args, raw.count)
                func matches(_ v: Value) throws(PyException) -> Bool {
                    guard let affix = BytesOps.contents(v) else {
                        throw typeError("\(name) first arg must be bytes or a tuple of bytes, not \(BytesOps.typeName(v))")
                    }
                    if start > raw.count || end - start < affix.count { return false }
                    let at = atEnd ? end - affix.count : start
                    return Array(raw[at..<(at + affix.count)]) == affix
                }
                if args[0].type.isIdentical(BuiltinTypes.tuple) {
                    let t = TupleRef(args[0])
                    for i in 0..<t.count where try matches(t[i]) { return BuiltinTypes.true }
                    return BuiltinTypes.false
                }
                return .bool(try matches(args[0]))
            }
        }
        for (name, fromRight) in [("split", false), ("rsplit", true)] {
            method(name) { b, args throws(PyException) in
                try args.expect(name, min: 0, max: 2, keywords: ["sep", "maxsplit"])
                let raw = contents(b)
                let maxsplit = try args.argument(1, "maxsplit").map { v throws(PyException) in try width(v) } ?? -1
                let sep = args.argument(0, "sep") ?? .none
                if sep.isIdentical(BuiltinTypes.none) {
                    let ranges = fromRight ? TextAlgorithms.rsplitWhitespace(raw, maxsplit, isSpace)
                        : TextAlgorithms.splitWhitespace(raw, maxsplit, isSpace)
                    return listOf(b, raw, ranges)
                }
                let separator = try BytesOps.requireBytesLike(sep)
                if separator.isEmpty { throw pyError(ExceptionTypes.named("ValueError"), "empty separator") }
                let ranges = fromRight ? TextAlgorithms.rsplit(raw, separator, maxsplit) : TextAlgorithms.split(raw, separator, maxsplit)
                return listOf(b, raw, ranges)
            }
        }
        method("splitlines") { b, args throws(PyException) in
            try args.expect("splitlines", min: 0, max: 1, keywords: ["keepends"])
            let keep = try args.argument(0, "keepends").map { v throws(PyException) in try Runtime.isTrue(v) } ?? false
            let raw = contents(b)
            return listOf(b, raw, TextAlgorithms.splitlines(raw, keepends: keep) { $0 == 0x0A || $0 == 0x0D })
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            method(name) { b, args throws(PyException) in
                try args.expect(name, count: 1)
                let raw = contents(b)
                let sep = try BytesOps.requireBytesLike(args[0])
                if sep.isEmpty { throw pyError(ExceptionTypes.named("ValueError"), "empty separator") }
                let at = fromRight ? TextAlgorithms.rfind(raw, sep, 0, raw.count) : TextAlgorithms.find(raw, sep, 0, raw.count)
                let t = TupleRef.allocate(3)
                for k in 0..<3 { t[k] = .none }
                if at < 0 {
                    t[0] = BytesOps.make(like: b, fromRight ? [] : raw)
                    t[1] = BytesOps.make(like: b, [])
                    t[2] = BytesOps.make(like: b, fromRight ? raw : [])
                } else {
                    t[0] = BytesOps.make(like: b, Array(raw[..<at]))
                    t[1] = BytesOps.make(like: b, sep)
                    t[2] = BytesOps.make(like: b, Array(raw[(at + sep.count)...]))
                }
                return t.value
            }
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            method(name) { b, args throws(PyException) in
                try args.expect(name, min: 0, max: 1)
                let raw = contents(b)
                var chars: [UInt8]? = nil
                if args.positionalCount == 1 && !args[0].isIdentical(BuiltinTypes.none) {
                    chars = try BytesOps.requireBytesLike(args[0])
                }
                func strippable(_ c: UInt8) -> Bool { chars.map { $0.contains(c) } ?? isSpace(c) }
                var start = 0, end = raw.count
                if left { while start < end && strippable(raw[start]) { start += 1 } }
                if right { while end > start && strippable(raw[end - 1]) { end -= 1 } }
                return BytesOps.make(like: b, Array(raw[start..<end]))
            }
        }
        method("join") { b, args throws(PyException) in
            try args.expect("join", count: 1)
            let sep = contents(b)
            let items = try ListRef.fromIterable(args[0], orTypeError: "can only join an iterable")
            var out: [UInt8] = []
            for i in 0..<items.count {
                guard let piece = BytesOps.contents(items[i]) else {
                    throw typeError("sequence item \(i): expected a bytes-like object, \(BytesOps.typeName(items[i])) found")
                }
                if i > 0 { out += sep }
                out += piece
            }
            return BytesOps.make(like: b, out)
        }
        method("replace") { b, args throws(PyException) in
            try args.expect("replace", min: 2, max: 3)
            let old = try BytesOps.requireBytesLike(args[0]), new = try BytesOps.requireBytesLike(args[1])
            let limit = args.positionalCount > 2 ? try width(args[2]) : -1
            return BytesOps.make(like: b, TextAlgorithms.replace(contents(b), old, new, limit))
        }
        for (name, prefix) in [("removeprefix", true), ("removesuffix", false)] {
            method(name) { b, args throws(PyException) in
                try args.expect(name, count: 1)
                let raw = contents(b), affix = try BytesOps.requireBytesLike(args[0])
                if prefix && raw.starts(with: affix) { return BytesOps.make(like: b, Array(raw[affix.count...])) }
                if !prefix && !affix.isEmpty && raw.count >= affix.count && Array(raw[(raw.count - affix.count)...]) == affix {
                    return BytesOps.make(like: b, Array(raw[..<(raw.count - affix.count)]))
                }
                return BytesOps.make(like: b, raw)
            }
        }
        installCaseAndLayout(type, kind)
    }
}
