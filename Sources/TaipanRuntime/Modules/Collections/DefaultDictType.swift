// collections.defaultdict: a dict subclass whose __missing__ calls default_factory.
//
//   defaultdict  words 0 … 3 as dict   4 default_factory (a callable or None)

enum DefaultDictType {
    static var type = Value(bits: 0)
    static let factoryWord = 4

    static func factory(_ d: Value) -> Value {
        let f = d.loadValue(factoryWord)
        return f.isNull ? .none : f
    }

    /// type(d)(d.default_factory, d)
    static func copy(_ d: Value) throws(PyException) -> Value {
        try Runtime.call(d.type, factory(d), d)
    }

    static func setUp() -> Value {
        if !type.isNull { return type }
        let dictSlots = TypeRef(BuiltinTypes.dict).slots
        let slots = dictSlots.copy()
        slots.initialize = { d, args throws(PyException) in
            var rest = args
            if args.positionalCount > 0 {
                let f = args[0]
                if !f.isIdentical(.none) && TypeRef(f.type).slots.call == nil {
                    throw typeError("first argument must be callable or None")
                }
                d.storeValue(factoryWord, f)
                rest = Arguments(args.values + 1, positional: args.positionalCount - 1, keywordNames: args.keywordNames)
            } else {
                d.storeValue(factoryWord, .none)
            }
            try dictSlots.initialize?(d, rest)
        }
        slots.repr = { d throws(PyException) in
            let f = factory(d)
            let factoryText: String
            if f.isIdentical(.none) {
                factoryText = "None"
            } else {
                factoryText = StrRef(try Recursion.guardRepr(f, "...") { () throws(PyException) -> Value in try Runtime.repr(f) }).string
            }
            let dictText = StrRef(try dictSlots.repr!(d)).string
            return StrRef.create("\(StrRef(TypeRef(d.type).name).string)(\(factoryText), \(dictText))").value
        }
        slots.binary[BinaryOp.or.rawValue] = { a, b throws(PyException) in
            let dict = BuiltinTypes.dict
            guard TypeRef(a.type).isSubtype(of: dict), TypeRef(b.type).isSubtype(of: dict) else { return BuiltinTypes.notImplemented }
            let aIsDefault = TypeRef(a.type).isSubtype(of: type)
            let result = aIsDefault ? try copy(a) : try Runtime.call(b.type, factory(b), a)
            try DictOps.update(result, b)
            return result
        }
        type = ModuleTypes.make("defaultdict", module: "collections", words: 5, base: BuiltinTypes.dict, slots: slots)
        NativeFunctions.addMethod(type, "__missing__") { d, args throws(PyException) in
            try args.expect("__missing__", count: 1)
            let f = factory(d)
            if f.isIdentical(.none) { throw DictOps.keyError(args[0]) }
            let v = try Runtime.call(f)
            try Runtime.setItem(d, args[0], v)
            return v
        }
        NativeFunctions.addMethod(type, "copy") { d, args throws(PyException) in
            try args.expect("copy", count: 0)
            return try copy(d)
        }
        NativeFunctions.addMethod(type, "__copy__") { d, args throws(PyException) in
            try args.expect("__copy__", count: 0)
            return try copy(d)
        }
        GetSet.add(type, "default_factory", get: { d in factory(d) }, set: { d, v throws(PyException) in
            d.storeValue(factoryWord, v)
        })
        return type
    }
}

enum CollectionsModule {
    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_collections")
        let deque = DequeType.setUp()
        ModuleTypes.export([deque, DefaultDictType.setUp(), DequeType.iteratorType, DequeType.reverseIteratorType,
                            TupleGetter.setUp()], to: m)
        ModuleTypes.function(m, "_count_elements") { _, args throws(PyException) in
            try args.expect("_count_elements", count: 2)
            let mapping = args[0]
            let iterator = try Runtime.iterate(args[1])
            let one = Value(smallInt: 1)
            if mapping.type.isIdentical(BuiltinTypes.dict) {
                let d = DictRef(mapping)
                while let v = try Runtime.next(iterator) {
                    try d.set(v, try d.get(v).map { c throws(PyException) in try Runtime.binary(.add, c, one) } ?? one)
                }
                return .none
            }
            let get = try Runtime.getAttribute(mapping, Interned.intern("get"))
            while let v = try Runtime.next(iterator) {
                let count = try Runtime.call(get, v, Value(smallInt: 0))
                try Runtime.setItem(mapping, v, try Runtime.binary(.add, count, one))
            }
            return .none
        }
        return m
    }
}
