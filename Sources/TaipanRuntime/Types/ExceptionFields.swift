// The fields of particular exception types, as CPython 3.11 sets them from the arguments:
// SystemExit.code, StopIteration.value, OSError's errno/strerror/filename/filename2 (and
// OSError(errno, …) choosing its subclass by errno), AttributeError/NameError name and
// obj, ImportError msg/name/path, the Unicode errors' encoding/object/start/end/reason,
// and the str() of those that have their own.
//
// The fields live in the exception's __dict__ and read as None until set.

extension ExceptionType {
    static func installFields() {
        func type(_ name: String) -> Value { ExceptionTypes.named(name) }
        func fields(_ typeName: String, _ names: [String]) {
            for name in names {
                GetSet.add(type(typeName), name, get: { e in field(e, name) },
                           set: { e, v throws(PyException) in ExceptionObject.setAttribute(e, name, v) })
            }
        }
        func onInit(_ typeName: String, keywords: [String] = [],
                    _ body: @escaping (Value, Arguments) throws(PyException) -> Void) {
            let slots = TypeRef(type(typeName)).slots
            slots.initialize = { e, args throws(PyException) in
                for k in 0..<args.keywordCount {
                    let name = StrRef(TupleRef(args.keywordNames)[k]).string
                    if !keywords.contains(name) {
                        throw typeError("'\(name)' is an invalid keyword argument for \(TypeRef(e.type).nameString)()")
                    }
                }
                e.storeValue(ExceptionWords.args, positionalTuple(args))
                try body(e, args)
            }
        }

        fields("SystemExit", ["code"])
        onInit("SystemExit") { e, args in
            let code: Value
            switch args.positionalCount {
            case 0: code = .none
            case 1: code = args[0]
            default: code = e.loadValue(ExceptionWords.args)
            }
            ExceptionObject.setAttribute(e, "code", code)
        }
        fields("StopIteration", ["value"])
        onInit("StopIteration") { e, args in
            ExceptionObject.setAttribute(e, "value", args.positionalCount > 0 ? args[0] : .none)
        }
        for name in ["AttributeError", "NameError"] {
            let keywords = name == "NameError" ? ["name"] : ["name", "obj"]
            fields(name, keywords)
            onInit(name, keywords: keywords) { e, args in
                for k in keywords { ExceptionObject.setAttribute(e, k, args.keyword(k) ?? .none) }
            }
        }
        fields("ImportError", ["msg", "name", "path"])
        onInit("ImportError", keywords: ["name", "path"]) { e, args in
            ExceptionObject.setAttribute(e, "msg", args.positionalCount == 1 ? args[0] : .none)
            for k in ["name", "path"] { ExceptionObject.setAttribute(e, k, args.keyword(k) ?? .none) }
        }
        TypeRef(type("ImportError")).slots.str = { e throws(PyException) in
            let msg = field(e, "msg")
            return msg.isIdentical(BuiltinTypes.none) ? try str(e) : try Runtime.str(msg)
        }
        installOSError()
        installUnicodeErrors()
        installSyntaxError()
    }

    /// str(v) as a Swift String.
    static func text(_ v: Value) throws(PyException) -> String { StrRef(try Runtime.str(v)).string }

    /// A field from the exception's __dict__, or None.
    static func field(_ e: Value, _ name: String) -> Value {
        let d = e.loadValue(ExceptionWords.dict)
        if d.isNull { return .none }
        return DictRef(d).lookupStr(Interned.intern(name)) ?? .none
    }

    static func positionalTuple(_ args: Arguments) -> Value {
        TupleRef.create(UnsafeBufferPointer(start: args.values, count: args.positionalCount)).value
    }

    /// The OSError subclass for an errno (Linux numbers), as CPython's errnomap.
    static func osErrorSubclass(_ errno: Int64) -> String? {
        switch errno {
        case 11, 114, 115: return "BlockingIOError"
        case 10: return "ChildProcessError"
        case 32, 108: return "BrokenPipeError"
        case 103: return "ConnectionAbortedError"
        case 111: return "ConnectionRefusedError"
        case 104: return "ConnectionResetError"
        case 17: return "FileExistsError"
        case 2: return "FileNotFoundError"
        case 21: return "IsADirectoryError"
        case 20: return "NotADirectoryError"
        case 4: return "InterruptedError"
        case 1, 13: return "PermissionError"
        case 3: return "ProcessLookupError"
        case 110: return "TimeoutError"
        default: return nil
        }
    }

    static func installOSError() {
        let osError = ExceptionTypes.named("OSError")
        for (name, t) in ExceptionTypes.byName where TypeRef(t).isSubtype(of: osError) {
            let slots = TypeRef(t).slots
            let baseNew = slots.new
            slots.new = { cls, args throws(PyException) in
                var cls = cls
                if cls.isIdentical(osError), (2...5).contains(args.positionalCount),
                   let errno = IntOps.asInt64(args[0]), let sub = osErrorSubclass(errno) {
                    cls = ExceptionTypes.named(sub)
                }
                guard let baseNew else { throw typeError("cannot create '\(name)' instances") }
                return try baseNew(cls, args)
            }
            slots.initialize = { e, args throws(PyException) in
                if args.keywordCount > 0 { throw typeError("\(TypeRef(e.type).nameString)() takes no keyword arguments") }
                let n = args.positionalCount
                e.storeValue(ExceptionWords.args, positionalTuple(args))
                guard (2...5).contains(n) else { return }
                ExceptionObject.setAttribute(e, "errno", args[0])
                ExceptionObject.setAttribute(e, "strerror", args[1])
                if n >= 3 && !args[2].isIdentical(BuiltinTypes.none) {
                    ExceptionObject.setAttribute(e, "filename", args[2])
                    if n == 5 { ExceptionObject.setAttribute(e, "filename2", args[4]) }
                    e.storeValue(ExceptionWords.args, TupleRef.create(UnsafeBufferPointer(start: args.values, count: 2)).value)
                }
            }
            slots.str = { e throws(PyException) in
                let errno = field(e, "errno"), strerror = field(e, "strerror")
                let filename = field(e, "filename"), filename2 = field(e, "filename2")
                let prefix = "[Errno \(try text(errno))] \(try text(strerror))"
                if !filename.isIdentical(BuiltinTypes.none) {
                    let first = "\(prefix): \(try Runtime.reprString(filename))"
                    if filename2.isIdentical(BuiltinTypes.none) { return StrRef.create(first).value }
                    return StrRef.create("\(first) -> \(try Runtime.reprString(filename2))").value
                }
                if !errno.isIdentical(BuiltinTypes.none) && !strerror.isIdentical(BuiltinTypes.none) {
                    return StrRef.create(prefix).value
                }
                return try str(e)
            }
        }
        for name in ["errno", "strerror", "filename", "filename2"] {
            GetSet.add(osError, name, get: { e in field(e, name) },
                       set: { e, v throws(PyException) in ExceptionObject.setAttribute(e, name, v) })
        }
    }

    static func installUnicodeErrors() {
        let names = ["encoding", "object", "start", "end", "reason"]
        for name in names {
            GetSet.add(ExceptionTypes.named("UnicodeError"), name, get: { e in field(e, name) },
                       set: { e, v throws(PyException) in ExceptionObject.setAttribute(e, name, v) })
        }
        for (typeName, verb) in [("UnicodeDecodeError", "decode"), ("UnicodeEncodeError", "encode"),
                                 ("UnicodeTranslateError", "translate")] {
            let slots = TypeRef(ExceptionTypes.named(typeName)).slots
            let translate = verb == "translate"
            slots.initialize = { e, args throws(PyException) in
                let expected = translate ? 4 : 5
                if args.positionalCount != expected {
                    throw typeError("function takes exactly \(expected) arguments (\(args.positionalCount) given)")
                }
                e.storeValue(ExceptionWords.args, positionalTuple(args))
                let fieldNames = translate ? ["object", "start", "end", "reason"] : names
                for (i, name) in fieldNames.enumerated() { ExceptionObject.setAttribute(e, name, args[i]) }
            }
            slots.str = { e throws(PyException) in
                let object = field(e, "object")
                guard let start = IntOps.asInt64(field(e, "start")), let end = IntOps.asInt64(field(e, "end")) else {
                    return try str(e)
                }
                let reason = try text(field(e, "reason"))
                let codec = translate ? "" : "'\(try text(field(e, "encoding")))' codec "
                var what = "\(verb) characters in position \(start)-\(end - 1)"
                if end == start + 1 {
                    if verb == "decode", object.isPointer && TypeRef(object.type).isSubtype(of: BytesOps.type), start >= 0, start < BytesOps.count(object) {
                        let byte = BytesOps.bytes(object)[Int(start)]
                        let hex = String(byte, radix: 16)
                        what = "decode byte 0x\(hex.count < 2 ? "0" + hex : hex) in position \(start)"
                    } else if verb != "decode", StrOps.isStr(object), start >= 0, start < StrRef(object).count {
                        what = "\(verb) character '\(escaped(StrRef(object)[Int(start)]))' in position \(start)"
                    }
                } else if verb == "decode" {
                    what = "decode bytes in position \(start)-\(end - 1)"
                }
                return StrRef.create("\(codec)can't \(what): \(reason)").value
            }
        }
    }

    /// \xNN, \uNNNN or \UNNNNNNNN for a code point, as CPython's Unicode error messages.
    static func escaped(_ c: UInt32) -> String {
        let hex = String(c, radix: 16)
        let (prefix, width) = c < 0x100 ? ("\\x", 2) : c < 0x10000 ? ("\\u", 4) : ("\\U", 8)
        return prefix + String(repeating: "0", count: max(0, width - hex.count)) + hex
    }
}
