// _functools: reduce, cmp_to_key and partial (functools.py falls back to Python for
// _lru_cache_wrapper), with CPython 3.11's messages.
//
//   KeyWrapper  word 0 type   1 comparison function   2 wrapped object (null: not bound)
//   partial     word 0 type   1 func   2 args (tuple)   3 keywords (dict)

enum FunctoolsModule {
    static var keyWrapperType = Value(bits: 0)
    static var partialType = Value(bits: 0)

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_functools")
        setUp()
        ModuleTypes.export([partialType], to: m)
        ModuleTypes.function(m, "reduce") { _, args throws(PyException) in try reduce(args) }
        ModuleTypes.function(m, "cmp_to_key") { _, args throws(PyException) in
            try args.expect("cmp_to_key", min: 1, max: 1, keywords: ["mycmp"])
            guard let cmp = args.positionalCount == 1 ? args[0] : args.keyword("mycmp") else {
                throw typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
            }
            let k = ModuleTypes.instance(of: keyWrapperType)
            k.storeValue(1, cmp)
            return k
        }
        return m
    }

    static func reduce(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("reduce")
        try args.checkPositional("reduce", 2, 3)
        let function = args[0]
        let iterator: Value
        do throws(PyException) {
            iterator = try Runtime.iterate(args[1])
        } catch {
            if error.value.type.isIdentical(BuiltinTypes.typeError) { throw typeError("reduce() arg 2 must support iteration") }
            throw error
        }
        var result: Value? = args.positionalCount == 3 ? args[2] : nil
        while let item = try Runtime.next(iterator) {
            if let r = result {
                result = try Runtime.call(function, r, item)
            } else {
                result = item
            }
        }
        guard let r = result else { throw typeError("reduce() of empty iterable with no initial value") }
        return r
    }

    static func setUp() {
        if !keyWrapperType.isNull { return }
        let slots = TypeSlots()
        slots.call = { k, args throws(PyException) in
            try args.expect("K", min: 1, max: 1, keywords: ["obj"])
            let bound = ModuleTypes.instance(of: keyWrapperType)
            bound.storeValue(1, k.loadValue(1))
            bound.storeValue(2, args.positionalCount == 1 ? args[0] : args.keyword("obj")!)
            return bound
        }
        slots.compare = { a, b, op throws(PyException) in
            guard b.isPointer && b.type.isIdentical(keyWrapperType) else { throw typeError("other argument must be K instance") }
            let x = a.loadValue(2), y = b.loadValue(2)
            if x.isNull || y.isNull { throw pyError(ExceptionTypes.named("AttributeError"), "object") }
            let r = try Runtime.call(a.loadValue(1), x, y)
            return try Runtime.compare(r, Value(smallInt: 0), op)
        }
        keyWrapperType = ModuleTypes.make("KeyWrapper", module: "functools", words: 3, flags: [], slots: slots)
        DictRef(TypeRef(keyWrapperType).dict).setStr(Interned.intern("__hash__"), .none)
        GetSet.add(keyWrapperType, "obj", get: { k throws(PyException) in
            let v = k.loadValue(2)
            if v.isNull { throw pyError(ExceptionTypes.named("AttributeError"), "obj") }
            return v
        })
        setUpPartial()
    }
}
