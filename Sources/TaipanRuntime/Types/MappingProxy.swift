// mappingproxy: a read-only view of a mapping, what `cls.__dict__` gives (types.MappingProxyType).
//
//   word 0 type   1 the mapping

enum MappingProxy {
    static var type = Value(bits: 0)

    static func create(_ mapping: Value) -> Value {
        let p = allocateObject(words: 2, type: type)
        p.storeValue(1, mapping)
        return p
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.getitem = { p, key throws(PyException) in try Runtime.getItem(p.loadValue(1), key) }
        slots.len = { p throws(PyException) in try Builtins.length(p.loadValue(1)) }
        slots.iter = { p throws(PyException) in try Runtime.iterate(p.loadValue(1)) }
        slots.contains = { p, key throws(PyException) in try Runtime.contains(p.loadValue(1), key) }
        slots.repr = { p throws(PyException) in
            StrRef.create("mappingproxy(\(try Runtime.reprString(p.loadValue(1))))").value
        }
        slots.str = { p throws(PyException) in try Runtime.str(p.loadValue(1)) }
        slots.compare = { p, other, op throws(PyException) in try Runtime.compare(p.loadValue(1), other, op) }
        slots.new = { _, args throws(PyException) in
            try args.expect("mappingproxy", count: 1)
            let m = args[0]
            let t = TypeRef(m.type)
            let isSequence = t.isSubtype(of: ListRef.type) || t.isSubtype(of: BuiltinTypes.tuple)
            guard t.slots.getitem != nil, !isSequence else {
                throw typeError("mappingproxy() argument must be a mapping, not \(t.nameString)")
            }
            return create(m)
        }
        type = BuiltinTypes.makeType("mappingproxy", base: BuiltinTypes.object, instanceWords: 2,
                                     layout: .fixed(first: 1, count: 1), flags: [], slots: slots)
        for name in ["keys", "values", "items", "copy"] {
            NativeFunctions.addMethod(type, name) { p, args throws(PyException) in
                try args.expect(name, count: 0)
                return try Runtime.callMethod(p.loadValue(1), name)
            }
        }
        NativeFunctions.addMethod(type, "get") { p, args throws(PyException) in
            try args.expect("get", min: 1, max: 2)
            let d = args.positionalCount == 2 ? args[1] : .none
            return try Runtime.callMethod(p.loadValue(1), "get", args[0], d)
        }
        NativeFunctions.addMethod(type, "__reversed__") { p, args throws(PyException) in
            try args.expect("__reversed__", count: 0)
            return try ReversedIterator.reversed(p.loadValue(1))
        }
    }
}
