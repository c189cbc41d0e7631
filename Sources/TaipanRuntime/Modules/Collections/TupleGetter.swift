// _collections._tuplegetter(index, doc): the read-only field descriptors of
// collections.namedtuple classes (`Point.x` reads item 0 of a Point).
//
//   word 0 type   1 index (small int)   2 __doc__

enum TupleGetter {
    static var type = Value(bits: 0)
    static let indexWord = 1, docWord = 2

    static func setUp() -> Value {
        if !type.isNull { return type }
        let slots = TypeSlots()
        slots.new = { cls, args throws(PyException) in
            try args.expect("_tuplegetter", count: 2)
            guard let index = try IntOps.index(args[0]) else {
                throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer")
            }
            let g = ModuleTypes.instance(of: cls)
            g.storeValue(indexWord, IntOps.make(Int64(index)))
            g.storeValue(docWord, args[1])
            return g
        }
        slots.descrGet = { g, instance, _ throws(PyException) in
            if instance.isNull || instance.isIdentical(.none) { return g }
            let index = Int(IntOps.asInt64(g.loadValue(indexWord)) ?? 0)
            guard instance.isPointer, TypeRef(instance.type).isSubtype(of: BuiltinTypes.tuple) else {
                throw typeError("descriptor for index '\(index)' for tuple subclasses doesn't apply to '\(TypeRef(instance.type).nameString)' object")
            }
            let t = TupleRef(instance)
            guard index >= 0 && index < t.count else { throw pyError(ExceptionTypes.named("IndexError"), "tuple index out of range") }
            return t[index]
        }
        slots.descrSet = { _, _, v throws(PyException) in
            throw attributeError(v.isNull ? "can't delete attribute" : "can't set attribute")
        }
        type = ModuleTypes.make("_tuplegetter", module: "_collections", words: 3, slots: slots)
        GetSet.add(type, "__doc__", get: { g in g.loadValue(docWord) }, set: { g, v throws(PyException) in g.storeValue(docWord, v) })
        NativeFunctions.addMethod(type, "__reduce__") { g, _ in
            TupleRef.create(g.type, TupleRef.create(g.loadValue(indexWord), g.loadValue(docWord)).value).value
        }
        return type
    }
}
