// BaseException's slots and attributes (args, __traceback__, __cause__, __context__,
// __suppress_context__, with_traceback, add_note), and the singletons' types: None,
// NotImplemented, Ellipsis, bool.

enum ExceptionType {
    static func install() {
        let base = BuiltinTypes.baseException
        let slots = TypeRef(base).slots
        slots.new = { cls, args throws(PyException) in
            let argsTuple = TupleRef.create(UnsafeBufferPointer(start: args.values, count: args.positionalCount))
            let e = ExceptionObject.create(type: cls, args: argsTuple.value)
            let mapWord = TypeRef(cls).mapWord
            if mapWord != 0 { e.storeValue(mapWord, cls.loadValue(TypeWords.rootMap)) }
            return e
        }
        slots.initialize = { e, args throws(PyException) in
            if args.keywordCount > 0 {
                throw typeError("\(TypeRef(e.type).nameString)() takes no keyword arguments")
            }
            e.storeValue(ExceptionWords.args, TupleRef.create(UnsafeBufferPointer(start: args.values, count: args.positionalCount)).value)
        }
        slots.str = { e throws(PyException) in try str(e) }
        slots.repr = { e throws(PyException) in
            let args = TupleRef(e.loadValue(ExceptionWords.args))
            let name = TypeRef(e.type).nameString
            if args.count == 1 { return StrRef.create("\(name)(\(try Runtime.reprString(args[0])))").value }
            return StrRef.create(name + StrRef(try Runtime.repr(args.value)).string).value
        }
        slots.getattribute = { e, name throws(PyException) in
            do throws(PyException) {
                return try Runtime.genericGetAttribute(e, name)
            } catch {
                if let d = Optional(e.loadValue(ExceptionWords.dict)), !d.isNull, let v = DictRef(d).lookupStr(name) { return v }
                throw error
            }
        }
        slots.setattr = { e, name, v throws(PyException) in
            let type = TypeRef(e.type)
            if type.mapWord != 0 || type.lookup(name) != nil {
                return try Runtime.genericSetAttribute(e, name, v)
            }
            if v.isNull {
                let d = e.loadValue(ExceptionWords.dict)
                if d.isNull { throw Runtime.noAttribute(e, name) }
                if try DictRef(d).remove(name) == nil { throw Runtime.noAttribute(e, name) }
                return
            }
            ExceptionObject.setAttribute(e, StrRef(name).string, v)
        }
        func field(_ name: String, _ word: Int, check: ((Value) throws(PyException) -> Void)? = nil) {
            GetSet.add(base, name, get: { e in
                let v = e.loadValue(word)
                return v.isNull ? .none : v
            }, set: { e, v throws(PyException) in
                try check?(v)
                e.storeValue(word, v)
            })
        }
        field("args", ExceptionWords.args) { v throws(PyException) in
            guard v.type.isIdentical(BuiltinTypes.tuple) else { throw typeError("args must be a tuple") }
        }
        field("__traceback__", ExceptionWords.traceback)
        field("__cause__", ExceptionWords.cause) { v throws(PyException) in
            guard v.isIdentical(BuiltinTypes.none) || TypeRef(v.type).flags.contains(.exception) else {
                throw typeError("exception cause must be None or derive from BaseException")
            }
        }
        field("__context__", ExceptionWords.context)
        field("__suppress_context__", ExceptionWords.suppressContext)
        NativeFunctions.addMethod(base, "with_traceback") { e, args throws(PyException) in
            try args.expect("with_traceback", count: 1)
            e.storeValue(ExceptionWords.traceback, args[0])
            return e
        }
        NativeFunctions.addMethod(base, "add_note") { e, args throws(PyException) in
            try args.expect("add_note", count: 1)
            guard StrOps.isStr(args[0]) else {
                throw typeError("note must be a str, not '\(TypeRef(args[0].type).nameString)'")
            }
            var notes = e.loadValue(ExceptionWords.notes)
            if notes.isNull {
                notes = ListRef.create().value
                e.storeValue(ExceptionWords.notes, notes)
                ExceptionObject.setAttribute(e, "__notes__", notes)
            }
            ListRef(notes).append(args[0])
            return .none
        }
        // KeyError shows the repr of its key.
        TypeRef(ExceptionTypes.named("KeyError")).slots.str = { e throws(PyException) in
            let args = TupleRef(e.loadValue(ExceptionWords.args))
            if args.count == 1 { return try Runtime.repr(args[0]) }
            return try str(e)
        }
        // Subclasses start from BaseException's slots.
        for (name, t) in ExceptionTypes.byName where name != "BaseException" {
            let s = TypeRef(t).slots
            s.new = slots.new
            s.initialize = slots.initialize
            s.repr = slots.repr
            s.getattribute = slots.getattribute
            s.setattr = slots.setattr
            if name != "KeyError" { s.str = slots.str }
        }
        installFields()
        installGroups()
    }

    /// str(exception): '' for no args, str(arg) for one, str(args) otherwise.
    static func str(_ e: Value) throws(PyException) -> Value {
        let args = TupleRef(e.loadValue(ExceptionWords.args))
        switch args.count {
        case 0: return StrRef.create("").value
        case 1: return try Runtime.str(args[0])
        default: return try Runtime.str(args.value)
        }
    }

    static func installSingletons() {
        TypeRef(BuiltinTypes.noneType).slots.repr = { _ in Interned.intern("None") }
        TypeRef(BuiltinTypes.noneType).slots.bool = { _ in false }
        TypeRef(BuiltinTypes.noneType).slots.new = { _, args throws(PyException) in
            if args.positionalCount > 0 || args.keywordCount > 0 { throw typeError("NoneType takes no arguments") }
            return .none
        }
        // type(...)() and type(NotImplemented)() give the singletons, as in CPython.
        for (type, name) in [(BuiltinTypes.ellipsisType, "ellipsis"), (BuiltinTypes.notImplementedType, "NotImplementedType")] {
            let isEllipsis = name == "ellipsis"
            // Pickled by name, as CPython's ellipsis_reduce and notimplemented_reduce.
            NativeFunctions.addMethod(type, "__reduce__") { _, args throws(PyException) in
                try args.expect("__reduce__", count: 0)
                return Interned.intern(isEllipsis ? "Ellipsis" : "NotImplemented")
            }
            TypeRef(type).slots.new = { _, args throws(PyException) in
                if args.positionalCount > 0 || args.keywordCount > 0 { throw typeError("\(name) takes no arguments") }
                return isEllipsis ? BuiltinTypes.ellipsis : BuiltinTypes.notImplemented
            }
        }
        TypeRef(BuiltinTypes.notImplementedType).slots.repr = { _ in Interned.intern("NotImplemented") }
        TypeRef(BuiltinTypes.ellipsisType).slots.repr = { _ in Interned.intern("Ellipsis") }
        TypeRef(BuiltinTypes.ellipsisType).slots.hash = { e in Int(bitPattern: UInt(e.bits >> 4)) }
        TypeRef(BuiltinTypes.notImplementedType).slots.hash = { e in Int(bitPattern: UInt(e.bits >> 4)) }
        let boolSlots = TypeRef(BuiltinTypes.bool).slots
        boolSlots.repr = { b in Interned.intern(b.loadRaw(1) != 0 ? "True" : "False") }
        boolSlots.new = { _, args throws(PyException) in
            try args.expect("bool", min: 0, max: 1)
            return .bool(args.positionalCount == 1 ? try Runtime.isTrue(args[0]) : false)
        }
        boolSlots.bool = { b in b.loadRaw(1) != 0 }
    }
}
