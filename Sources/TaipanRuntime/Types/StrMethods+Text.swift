// str methods over the shared text algorithms: split/rsplit with maxsplit, expandtabs,
// removeprefix/removesuffix, maketrans/translate, encode, format_map; and str(b, encoding).

extension StrOps {
    static func points(_ v: Value) -> [UInt32] { codePoints(StrRef(v)) }

    /// The list of the pieces `ranges` (code point indexes) of str `s`.
    static func strList(_ s: Value, _ ranges: [Range<Int>]) -> Value {
        let list = ListRef.create(capacity: ranges.count)
        for r in ranges { list.append(substring(StrRef(s), r.lowerBound, r.upperBound)) }
        return list.value
    }

    static func requireStr(_ v: Value, _ what: String = "must be str") throws(PyException) -> [UInt32] {
        // Argument Clinic's message (_PyArg_BadArgument) names None as "None".
        guard isStr(v) else {
            let got = v.isIdentical(BuiltinTypes.none) ? "None" : TypeRef(v.type).nameString
            throw typeError("\(what), not \(got)")
        }
        return points(v)
    }

    static func intArgument(_ v: Value) throws(PyException) -> Int {
        guard !FloatOps.isFloat(v), let n = try IntOps.index(v, clamp: true) else {
            throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
        }
        return n
    }

    static func installTextMethods() {
        let str = BuiltinTypes.str
        for (name, fromRight) in [("split", false), ("rsplit", true)] {
            NativeFunctions.addMethod(str, name) { s, args throws(PyException) in
                try args.expect(name, min: 0, max: 2, keywords: ["sep", "maxsplit"])
                let text = points(s)
                let maxsplit = try args.argument(1, "maxsplit").map { v throws(PyException) in try intArgument(v) } ?? -1
                let sep = args.argument(0, "sep") ?? .none
                if sep.isIdentical(BuiltinTypes.none) {
                    return strList(s, fromRight ? TextAlgorithms.rsplitWhitespace(text, maxsplit, isSpace)
                                   : TextAlgorithms.splitWhitespace(text, maxsplit, isSpace))
                }
                let separator = try requireStr(sep, "must be str or None")
                if separator.isEmpty { throw pyError(ExceptionTypes.named("ValueError"), "empty separator") }
                return strList(s, fromRight ? TextAlgorithms.rsplit(text, separator, maxsplit)
                               : TextAlgorithms.split(text, separator, maxsplit))
            }
        }
        NativeFunctions.addMethod(str, "expandtabs") { s, args throws(PyException) in
            try args.expect("expandtabs", min: 0, max: 1, keywords: ["tabsize"])
            let size = try args.argument(0, "tabsize").map { v throws(PyException) in try IntOps.cInt(try intArgument(v)) } ?? 8
            return StrRef.create(codePoints: TextAlgorithms.expandtabs(points(s), size)).value
        }
        for (name, prefix) in [("removeprefix", true), ("removesuffix", false)] {
            NativeFunctions.addMethod(str, name) { s, args throws(PyException) in
                try args.expect(name, count: 1)
                let text = points(s)
                let affix = try requireStr(args[0], "\(name)() argument must be str")
                if affix.isEmpty || text.count < affix.count { return exact(s) }
                if prefix && Array(text[..<affix.count]) == affix {
                    return StrRef.create(codePoints: Array(text[affix.count...])).value
                }
                if !prefix && Array(text[(text.count - affix.count)...]) == affix {
                    return StrRef.create(codePoints: Array(text[..<(text.count - affix.count)])).value
                }
                return exact(s)
            }
        }
        NativeFunctions.addMethod(str, "format_map") { s, args throws(PyException) in
            try args.expect("format_map", count: 1)
            return try formatMethod(s, Arguments(args.values, positional: 0), mapping: args[0])
        }
        NativeFunctions.addMethod(str, "encode") { s, args throws(PyException) in
            try args.expect("encode", min: 0, max: 2, keywords: ["encoding", "errors"])
            let encoding = try args.argument(0, "encoding").map { v throws(PyException) in
                try BytesOps.argumentString(v, "encode", "encoding")
            } ?? "utf-8"
            let errors = try args.argument(1, "errors").map { v throws(PyException) in
                try BytesOps.argumentString(v, "encode", "errors")
            } ?? "strict"
            return BytesOps.create(try Codecs.encode(points(s), encoding: encoding, errors: errors))
        }
        let maketrans = NativeFunctions.make("maketrans") { _, args throws(PyException) in try makeTranslation(args) }
        DictRef(TypeRef(str).dict).setStr(Interned.intern("maketrans"), Descriptors.staticMethod(maketrans))
        NativeFunctions.addMethod(str, "translate") { s, args throws(PyException) in
            try args.expect("translate", count: 1)
            return try translate(s, args[0])
        }
    }

    /// str.maketrans(dict) or (from, to[, delete]): a dict from code points to results.
    static func makeTranslation(_ args: Arguments) throws(PyException) -> Value {
        try args.expect("maketrans", min: 1, max: 3)
        let result = DictRef.create()
        if args.positionalCount == 1 {
            let source = args[0]
            guard source.isPointer, TypeRef(source.type).isSubtype(of: BuiltinTypes.dict) else {
                throw typeError("if you give only one argument to maketrans it must be a dict")
            }
            let items = try ListRef.fromIterable(try Runtime.callMethod(source, "items"))
            for i in 0..<items.count {
                let pair = TupleRef(items[i])
                let key = pair[0]
                if isStr(key) {
                    guard StrRef(key).count == 1 else {
                        throw pyError(ExceptionTypes.named("ValueError"), "string keys in translate table must be of length 1")
                    }
                    try Runtime.setItem(result.value, IntOps.make(Int64(StrRef(key)[0])), pair[1])
                } else if IntOps.isInt(key) {
                    try Runtime.setItem(result.value, key, pair[1])
                } else {
                    throw typeError("keys in translate table must be strings or integers")
                }
            }
            return result.value
        }
        guard isStr(args[0]) else { throw typeError("first maketrans argument must be a string if there is a second argument") }
        let from = points(args[0])
        let to = try requireStr(args[1], "maketrans() argument 2 must be str")
        guard from.count == to.count else {
            throw pyError(ExceptionTypes.named("ValueError"), "the first two maketrans arguments must have equal length")
        }
        for (f, t) in zip(from, to) {
            try Runtime.setItem(result.value, IntOps.make(Int64(f)), IntOps.make(Int64(t)))
        }
        if args.positionalCount == 3 {
            for c in try requireStr(args[2], "maketrans() argument 3 must be str") {
                try Runtime.setItem(result.value, IntOps.make(Int64(c)), .none)
            }
        }
        return result.value
    }

    /// str.translate: table[ord(c)] is an int, a str or None (delete); a LookupError keeps c.
    static func translate(_ s: Value, _ table: Value) throws(PyException) -> Value {
        var out: [UInt32] = []
        for c in points(s) {
            let mapped: Value
            do throws(PyException) {
                mapped = try Runtime.getItem(table, IntOps.make(Int64(c)))
            } catch {
                if TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("LookupError")) {
                    out.append(c)
                    continue
                }
                throw error
            }
            if mapped.isIdentical(BuiltinTypes.none) { continue }
            if IntOps.isInt(mapped) {
                guard let v = IntOps.asInt64(mapped), v >= 0 && v <= 0x10FFFF else {
                    throw pyError(ExceptionTypes.named("ValueError"), "character mapping must be in range(0x110000)")
                }
                out.append(UInt32(v))
            } else if isStr(mapped) {
                out += points(mapped)
            } else {
                throw typeError("character mapping must return integer, None or str")
            }
        }
        return StrRef.create(codePoints: out).value
    }

    /// str(object='', encoding, errors): with an encoding or errors, object must be
    /// bytes-like and is decoded.
    static func construct(_ args: Arguments) throws(PyException) -> Value {
        try args.expect("str", min: 0, max: 3, keywords: ["object", "encoding", "errors"])
        let object = args.argument(0, "object")
        let encoding = args.argument(1, "encoding")
        let errors = args.argument(2, "errors")
        guard let object else { return StrRef.create("").value }
        if encoding == nil && errors == nil { return try Runtime.str(object) }
        let encodingName = try encoding.map { v throws(PyException) in try BytesOps.argumentString(v, "str", "encoding") } ?? "utf-8"
        let errorsName = try errors.map { v throws(PyException) in try BytesOps.argumentString(v, "str", "errors") } ?? "strict"
        guard let raw = BytesOps.contents(object) else {
            if isStr(object) { throw typeError("decoding str is not supported") }
            throw typeError("decoding to str: need a bytes-like object, \(TypeRef(object.type).nameString) found")
        }
        return StrRef.create(codePoints: try Codecs.decode(raw, encoding: encodingName, errors: errorsName)).value
    }
}
