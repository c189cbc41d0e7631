// The itertools module (C in CPython): lazy iterator types, each a type whose instances keep
// their state in Value words, with CPython 3.11's argument checks and messages.

enum ItertoolsModule {
    static var types: [Value] = []

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "itertools")
        if types.isEmpty {
            types = basicTypes() + filteringTypes() + groupingTypes() + combinatoricTypes()
        }
        ModuleTypes.export(types, to: m)
        ModuleTypes.function(m, "tee") { _, args throws(PyException) in try tee(args) }
        return m
    }

    /// The first item of `iterator`; nil when it is exhausted.
    @inline(__always)
    static func next(_ o: Value, _ word: Int) throws(PyException) -> Value? {
        let it = o.loadValue(word)
        if it.isNull { return nil }
        return try Runtime.next(it)
    }

    /// A tuple of all items of an iterable.
    static func tuple(_ iterable: Value) throws(PyException) -> Value {
        if iterable.type.isIdentical(BuiltinTypes.tuple) { return iterable }
        let l = try ListRef.fromIterable(iterable)
        return TupleRef.create(UnsafeBufferPointer(start: l.items, count: l.count)).value
    }

    /// Whether `v` is a number for count(): CPython's PyNumber_Check.
    static func isNumber(_ v: Value) -> Bool {
        if IntOps.isInt(v) || FloatOps.isFloat(v) || TypeRef(v.type).isSubtype(of: ComplexOps.type) { return true }
        return ["__index__", "__int__", "__float__"].contains { ClassSlots.special(v, $0) != nil }
    }
}
