// _codecs: the codec registry behind codecs.py (register, lookup and the error handlers),
// and the codec functions the encodings package calls (utf_8_encode, latin_1_decode, …),
// which run Types/Codecs.swift. The search functions, the lookup cache and the error
// handlers are heap objects kept in BuiltinTypes.registry.

enum CodecsModule {
    static var searchFunctions = Value(bits: 0)
    static var cache = Value(bits: 0)
    static var errorHandlers = Value(bits: 0)

    static func register() {
        Imports.nativeModules["_codecs"] = { create() }
    }

    static func create() -> Value {
        let m = ModuleObject.create(name: "_codecs")
        if searchFunctions.isNull {
            // Each is rooted before the next allocation (a static is not a root).
            searchFunctions = ListRef.create().value
            BuiltinTypes.registry.append(searchFunctions)
            cache = DictRef.create().value
            BuiltinTypes.registry.append(cache)
            errorHandlers = DictRef.create().value
            BuiltinTypes.registry.append(errorHandlers)
            installErrorHandlers()
        }
        ModuleTypes.function(m, "register") { _, args throws(PyException) in
            try args.expect("register", count: 1)
            guard TypeRef(args[0].type).slots.call != nil else { throw typeError("argument must be callable") }
            ListRef(searchFunctions).append(args[0])
            return .none
        }
        ModuleTypes.function(m, "lookup") { _, args throws(PyException) in
            try args.expect("lookup", count: 1)
            return try lookup(args[0])
        }
        ModuleTypes.function(m, "lookup_error") { _, args throws(PyException) in
            try args.expect("lookup_error", count: 1)
            guard let handler = try DictRef(errorHandlers).get(args[0]) else {
                throw pyError(ExceptionTypes.named("LookupError"), "unknown error handler name '\(StrRef(args[0]).string)'")
            }
            return handler
        }
        ModuleTypes.function(m, "register_error") { _, args throws(PyException) in
            try args.expect("register_error", count: 2)
            try DictRef(errorHandlers).set(args[0], args[1])
            return .none
        }
        for (name, isEncode) in [("encode", true), ("decode", false)] {
            ModuleTypes.function(m, name) { _, args throws(PyException) in
                try args.expect(name, min: 1, max: 3, keywords: ["obj", "encoding", "errors"])
                let encoding = args.argument(1, "encoding") ?? StrRef.create("utf-8").value
                let errors = args.argument(2, "errors") ?? StrRef.create("strict").value
                let obj = args[0]
                if StrOps.isStr(obj) == isEncode || BytesOps.contents(obj) != nil {
                    return try Runtime.callMethod(obj, isEncode ? "encode" : "decode", encoding, errors)
                }
                let info = try lookup(encoding)
                let result = try Runtime.call(TupleRef(info)[isEncode ? 0 : 1], obj, errors)
                return TupleRef(result)[0]
            }
        }
        let codecs: [(String, String)] = [("utf_8", "utf-8"), ("latin_1", "latin-1"), ("ascii", "ascii"),
                                          ("utf_16", "utf-16"), ("utf_16_le", "utf-16-le"), ("utf_16_be", "utf-16-be"),
                                          ("utf_32", "utf-32"), ("utf_32_le", "utf-32-le"), ("utf_32_be", "utf-32-be")]
        for (prefix, encoding) in codecs {
            ModuleTypes.function(m, prefix + "_encode") { _, args throws(PyException) in
                try args.expect(prefix + "_encode", min: 1, max: 2)
                guard StrOps.isStr(args[0]) else {
                    throw typeError("\(prefix)_encode() argument 1 must be str, not \(TypeRef(args[0].type).nameString)")
                }
                let text = StrOps.points(args[0])
                let raw = try Codecs.encode(text, encoding: encoding, errors: errorsName(args, 1))
                return TupleRef.create(BytesOps.create(raw), IntOps.make(Int64(text.count))).value
            }
            ModuleTypes.function(m, prefix + "_decode") { _, args throws(PyException) in
                try args.expect(prefix + "_decode", min: 1, max: 3)
                let raw = try BytesOps.requireBytesLike(args[0])
                let text = try Codecs.decode(raw, encoding: encoding, errors: errorsName(args, 1))
                return TupleRef.create(StrRef.create(codePoints: text).value, IntOps.make(Int64(raw.count))).value
            }
        }
        return m
    }

    static func errorsName(_ args: Arguments, _ index: Int) throws(PyException) -> String {
        guard args.positionalCount > index, !args[index].isIdentical(.none) else { return "strict" }
        guard StrOps.isStr(args[index]) else { throw typeError("errors must be str") }
        return StrRef(args[index]).string
    }

    /// The CodecInfo of `encoding`, from the cache or the search functions (the first
    /// lookup imports the encodings package, which registers its search function).
    static func lookup(_ encoding: Value) throws(PyException) -> Value {
        guard StrOps.isStr(encoding) else {
            throw typeError("lookup() argument must be str, not \(TypeRef(encoding.type).nameString)")
        }
        let key = StrRef.create(String(StrRef(encoding).string.lowercased().map { $0 == " " ? "_" : $0 })).value
        if let found = try DictRef(cache).get(key) { return found }
        if ListRef(searchFunctions).count == 0 { _ = try Imports.importModule("encodings") }
        let functions = ListRef(searchFunctions)
        for i in 0..<functions.count {
            let result = try Runtime.call(functions[i], key)
            if result.isIdentical(BuiltinTypes.none) { continue }
            guard TypeRef(result.type).isSubtype(of: BuiltinTypes.tuple), TupleRef(result).count == 4 else {
                throw typeError("codec search functions must return 4-tuples")
            }
            try DictRef(cache).set(key, result)
            return result
        }
        throw pyError(ExceptionTypes.named("LookupError"), "unknown encoding: \(StrRef(encoding).string)")
    }

    /// strict, ignore and replace, as codecs.py looks them up at import.
    static func installErrorHandlers() {
        let handlers = DictRef(errorHandlers)
        handlers.setStr(Interned.intern("strict"), NativeFunctions.make("strict_errors") { _, args throws(PyException) in
            try args.expect("strict_errors", count: 1)
            guard TypeRef(args[0].type).isSubtype(of: BuiltinTypes.baseException) else {
                throw typeError("codec must pass exception instance")
            }
            throw PyException(args[0])
        })
        for (name, replacement) in [("ignore", ""), ("replace", "?")] {
            handlers.setStr(Interned.intern(name), NativeFunctions.make(name + "_errors") { _, args throws(PyException) in
                try args.expect(name + "_errors", count: 1)
                let e = args[0]
                let end = try Runtime.getAttribute(e, Interned.intern("end"))
                var text = replacement
                if !replacement.isEmpty {
                    let start = try Runtime.getAttribute(e, Interned.intern("start"))
                    let count = Int(IntOps.asInt64(end) ?? 0) - Int(IntOps.asInt64(start) ?? 0)
                    let decoding = TypeRef(e.type).isSubtype(of: ExceptionTypes.named("UnicodeDecodeError"))
                    text = decoding ? "\u{FFFD}" : String(repeating: "?", count: max(count, 0))
                }
                return TupleRef.create(StrRef.create(text).value, end).value
            })
        }
    }
}
