// Context: a read-only mapping of ContextVars to values, run(callable, *args) with the
// Context made current for the call, and copy().

extension ContextvarsModule {
    static func contextSlots() -> TypeSlots {
        let slots = TypeSlots()
        slots.new = { cls, args throws(PyException) in
            if args.positionalCount > 0 || args.keywordCount > 0 { throw typeError("Context() does not accept any arguments") }
            return newContext(DictRef.create())
        }
        slots.getitem = { c, key throws(PyException) in
            try checkKey(key)
            guard let v = try vars(c).get(key) else {
                throw PyException(ExceptionObject.create(type: ExceptionTypes.named("KeyError"), args: single(key)))
            }
            return v
        }
        slots.contains = { c, key throws(PyException) in
            try checkKey(key)
            return try vars(c).get(key) != nil
        }
        slots.len = { c in vars(c).count }
        slots.iter = { c throws(PyException) in try Runtime.iterate(try keys(c)) }
        return slots
    }

    static func keys(_ c: Value) throws(PyException) -> Value {
        let list = ListRef.create(capacity: vars(c).count)
        var position = 0
        while let (k, _) = vars(c).next(&position) { list.append(k) }
        return list.value
    }

    static func installContextMethods() {
        let t = contextType
        NativeFunctions.addMethod(t, "get") { c, args throws(PyException) in
            try args.expect("get", min: 1, max: 2)
            try checkKey(args[0])
            return try vars(c).get(args[0]) ?? (args.positionalCount > 1 ? args[1] : .none)
        }
        NativeFunctions.addMethod(t, "keys") { c, args throws(PyException) in
            try args.expect("keys", count: 0)
            return try keys(c)
        }
        NativeFunctions.addMethod(t, "values") { c, args throws(PyException) in
            try args.expect("values", count: 0)
            let list = ListRef.create(capacity: vars(c).count)
            var position = 0
            while let (_, v) = vars(c).next(&position) { list.append(v) }
            return list.value
        }
        NativeFunctions.addMethod(t, "items") { c, args throws(PyException) in
            try args.expect("items", count: 0)
            let list = ListRef.create(capacity: vars(c).count)
            var position = 0
            while let (k, v) = vars(c).next(&position) { list.append(TupleRef.create(k, v).value) }
            return list.value
        }
        NativeFunctions.addMethod(t, "copy") { c, args throws(PyException) in
            try args.expect("copy", count: 0)
            return newContext(try copy(vars(c)))
        }
        NativeFunctions.addMethod(t, "run") { c, args throws(PyException) in
            guard args.positionalCount >= 1 else { throw typeError("run() missing 1 required positional argument") }
            if c.loadValue(2).isIdentical(BuiltinTypes.true) {
                throw runtimeError("cannot enter context: \(StrRef(try Runtime.repr(c)).string) is already entered")
            }
            c.storeValue(3, currentContext())
            c.storeValue(2, .bool(true))
            setCurrent(c)
            defer {
                setCurrent(c.loadValue(3))
                c.storeValue(3, .null)
                c.storeValue(2, .bool(false))
            }
            let rest = Arguments(args.values + 1, positional: args.positionalCount - 1, keywordNames: args.keywordNames)
            return try Runtime.call(args[0], rest)
        }
    }
}
