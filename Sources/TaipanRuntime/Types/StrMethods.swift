// More str methods: the character-class predicates, padding, counting and partitioning.
// Character classes follow Python's definitions through Unicode properties.

extension StrOps {
    static func scalar(_ c: UInt32) -> Unicode.Scalar.Properties? { Unicode.Scalar(c)?.properties }

    static func isDecimalDigit(_ c: UInt32) -> Bool { scalar(c)?.numericType == .decimal }
    static func isDigitChar(_ c: UInt32) -> Bool {
        guard let t = scalar(c)?.numericType else { return false }
        return t == .decimal || t == .digit
    }
    static func isAlphaChar(_ c: UInt32) -> Bool {
        guard let p = scalar(c) else { return false }
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
    static func isNumericChar(_ c: UInt32) -> Bool { scalar(c)?.numericType != nil }

    /// A predicate over all characters (false for the empty string).
    static func predicate(_ name: String, _ test: @escaping (UInt32) -> Bool) {
        NativeFunctions.addMethod(BuiltinTypes.str, name) { s, args throws(PyException) in
            try args.expect(name, count: 0)
            let str = StrRef(s)
            if str.count == 0 { return BuiltinTypes.false }
            for i in 0..<str.count where !test(str[i]) { return BuiltinTypes.false }
            return BuiltinTypes.true
        }
    }

    static func installMoreMethods() {
        let str = BuiltinTypes.str
        NativeFunctions.addMethod(str, "format") { s, args throws(PyException) in try formatMethod(s, args) }
        installCaseMethods()
        installTextMethods()
        predicate("isdigit", isDigitChar)
        predicate("isdecimal", isDecimalDigit)
        predicate("isnumeric", isNumericChar)
        predicate("isalpha", isAlphaChar)
        predicate("isalnum") { isAlphaChar($0) || isNumericChar($0) }
        predicate("isspace", isSpace)
        NativeFunctions.addMethod(str, "isascii") { s, args throws(PyException) in
            try args.expect("isascii", count: 0)
            let str = StrRef(s)
            for i in 0..<str.count where str[i] >= 0x80 { return BuiltinTypes.false }
            return BuiltinTypes.true
        }
        NativeFunctions.addMethod(str, "count") { s, args throws(PyException) in
            try args.expect("count", min: 1, max: 3)
            let str = StrRef(s), sub = try needle(args[0], "count")
            let (start, end) = try bounds(args, str.count)
            if start > end { return IntOps.make(Int64(0)) }
            if sub.count == 0 { return IntOps.make(Int64(end - start + 1)) }
            var n: Int64 = 0
            if sub.count == 1 && str.width == 1 && sub.width == 1 {
                // One Latin-1 character (text.count("\n")): a byte loop the compiler vectorises.
                let bytes = str.data.assumingMemoryBound(to: UInt8.self)
                let c = sub.data.load(as: UInt8.self)
                for j in start..<end where bytes[j] == c { n &+= 1 }
                return IntOps.make(n)
            }
            var i = start
            while true {
                let at = find(str, sub, from: i, to: end)
                if at < 0 { break }
                n += 1
                i = at + sub.count
            }
            return IntOps.make(n)
        }
        NativeFunctions.addMethod(str, "index") { s, args throws(PyException) in
            try args.expect("index", min: 1, max: 3)
            let (start, end) = try bounds(args, StrRef(s).count)
            let at = find(StrRef(s), try needle(args[0], "index"), from: start, to: end)
            if at < 0 { throw pyError(ExceptionTypes.named("ValueError"), "substring not found") }
            return IntOps.make(Int64(at))
        }
        NativeFunctions.addMethod(str, "rfind") { s, args throws(PyException) in
            try args.expect("rfind", min: 1, max: 3)
            let (start, end) = try bounds(args, StrRef(s).count)
            return IntOps.make(Int64(rfind(StrRef(s), try needle(args[0], "rfind"), from: start, to: end)))
        }
        NativeFunctions.addMethod(str, "rindex") { s, args throws(PyException) in
            try args.expect("rindex", min: 1, max: 3)
            let (start, end) = try bounds(args, StrRef(s).count)
            let at = rfind(StrRef(s), try needle(args[0], "rindex"), from: start, to: end)
            if at < 0 { throw pyError(ExceptionTypes.named("ValueError"), "substring not found") }
            return IntOps.make(Int64(at))
        }
        for (name, mode) in [("ljust", 0), ("rjust", 1), ("center", 2)] {
            NativeFunctions.addMethod(str, name) { s, args throws(PyException) in
                try args.expect(name, min: 1, max: 2)
                let width = try RepeatLength.width(args[0])
                var fill: UInt32 = 0x20
                if args.positionalCount == 2 {
                    guard StrOps.isStr(args[1]) else {
                        throw typeError("The fill character must be a unicode character, not \(TypeRef(args[1].type).nameString)")
                    }
                    let f = StrRef(args[1])
                    guard f.count == 1 else { throw typeError("The fill character must be exactly one character long") }
                    fill = f[0]
                }
                let str = StrRef(s)
                let pad = Int(width) - str.count
                if pad <= 0 { return exact(s) }
                var left = 0
                switch mode {
                case 0: left = 0
                case 1: left = pad
                default: left = pad / 2 + (pad & Int(width) & 1)
                }
                let out = [UInt32](repeating: fill, count: left) + codePoints(str) + [UInt32](repeating: fill, count: pad - left)
                return StrRef.create(codePoints: out).value
            }
        }
        NativeFunctions.addMethod(str, "zfill") { s, args throws(PyException) in
            try args.expect("zfill", count: 1)
            let width = try RepeatLength.width(args[0])
            var points = codePoints(StrRef(s))
            if width <= points.count { return exact(s) }
            let signed = !points.isEmpty && (points[0] == 0x2B || points[0] == 0x2D)
            points.insert(contentsOf: [UInt32](repeating: 0x30, count: width - points.count), at: signed ? 1 : 0)
            return StrRef.create(codePoints: points).value
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            NativeFunctions.addMethod(str, name) { s, args throws(PyException) in
                try args.expect(name, count: 1)
                let str = StrRef(s), sep = try needle(args[0], name)
                if sep.count == 0 { throw pyError(ExceptionTypes.named("ValueError"), "empty separator") }
                let at = fromRight ? rfind(str, sep) : find(str, sep)
                let t = TupleRef.allocate(3)
                if at < 0 {
                    let empty = StrRef.create("").value
                    t[0] = fromRight ? empty : s
                    t[1] = empty
                    t[2] = fromRight ? s : empty
                    return t.value
                }
                t[0] = substring(str, 0, at)
                t[1] = args[0]
                t[2] = substring(str, at + sep.count, str.count)
                return t.value
            }
        }
        NativeFunctions.addMethod(str, "splitlines") { s, args throws(PyException) in
            let keep = args.positionalCount > 0 ? try Runtime.isTrue(args[0]) : try Runtime.isTrue(args.keyword("keepends") ?? .bool(false))
            let str = StrRef(s)
            let result = ListRef.create()
            var start = 0
            var i = 0
            while i < str.count {
                let c = str[i]
                let isBreak = c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E
                    || c == 0x85 || c == 0x2028 || c == 0x2029
                if isBreak {
                    var end = i + 1
                    if c == 0x0D && end < str.count && str[end] == 0x0A { end += 1 }
                    result.append(substring(str, start, keep ? end : i))
                    start = end
                    i = end
                    continue
                }
                i += 1
            }
            if start < str.count { result.append(substring(str, start, str.count)) }
            return result.value
        }
    }

    /// The last index of `needle` in `s[from..<to]`, or -1.
    static func rfind(_ s: StrRef, _ needle: StrRef, from: Int = 0, to: Int? = nil) -> Int {
        let n = needle.count
        var i = (to ?? s.count) - n
        while i >= from {
            var j = 0
            while j < n && s[i + j] == needle[j] { j += 1 }
            if j == n { return i }
            i -= 1
        }
        return -1
    }
}
