// The builtins of asynchronous iteration: aiter(), anext(), and the `anext_awaitable` that
// anext(it, default) returns, which turns the end of iteration (StopAsyncIteration) into
// the default value.
//
//   anext_awaitable: word 0 type   1 the awaitable __anext__() returned   2 the default

enum AsyncBuiltins {
    static var anextAwaitableType = Value(bits: 0)

    static func install() {
        let slots = TypeSlots()
        slots.iter = { a in a }
        slots.next = { a throws(PyException) in
            do throws(PyException) {
                return try proxy(a, "__next__", .null)
            } catch {
                if TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("StopIteration")) { return nil }
                throw error
            }
        }
        anextAwaitableType = BuiltinTypes.makeType("anext_awaitable", base: BuiltinTypes.object, instanceWords: 3,
                                                   layout: .fixed(first: 1, count: 2), flags: [], slots: slots)
        NativeFunctions.addMethod(anextAwaitableType, "__await__") { a, _ throws(PyException) in a }
        NativeFunctions.addMethod(anextAwaitableType, "send") { a, args throws(PyException) in
            try args.expect("send", count: 1)
            return try proxy(a, "send", args[0])
        }
        NativeFunctions.addMethod(anextAwaitableType, "throw") { a, args throws(PyException) in
            let exception = try Generators.thrownException(args, name: "throw")
            return try proxy(a, "throw", exception)
        }
        NativeFunctions.addMethod(anextAwaitableType, "close") { a, _ throws(PyException) in
            try proxy(a, "close", .null)
        }

        Builtins.add("aiter") { _, args throws(PyException) in
            try args.expect("aiter", count: 1)
            let t = TypeRef(args[0].type)
            guard let method = t.lookup(Interned.intern("__aiter__")), !method.isIdentical(BuiltinTypes.none) else {
                throw typeError("'\(t.nameString)' object is not an async iterable")
            }
            let iterator = try Runtime.call(Runtime.bind(method, to: args[0]))
            guard TypeRef(iterator.type).lookup(Interned.intern("__anext__")) != nil else {
                throw typeError("aiter() returned not an async iterator of type '\(TypeRef(iterator.type).nameString)'")
            }
            return iterator
        }
        Builtins.add("anext") { _, args throws(PyException) in
            try args.expect("anext", min: 1, max: 2)
            let t = TypeRef(args[0].type)
            guard let method = t.lookup(Interned.intern("__anext__")), !method.isIdentical(BuiltinTypes.none) else {
                throw typeError("'\(t.nameString)' object is not an async iterator")
            }
            let awaitable = try Runtime.call(Runtime.bind(method, to: args[0]))
            if args.positionalCount == 1 { return awaitable }
            let a = allocateObject(words: 3, type: anextAwaitableType)
            a.storeValue(1, awaitable)
            a.storeValue(2, args[1])
            return a
        }
    }

    /// Calls `method` on the iterator of the wrapped awaitable; StopAsyncIteration becomes
    /// StopIteration(default).
    static func proxy(_ a: Value, _ method: String, _ argument: Value) throws(PyException) -> Value {
        var iterator = try Coroutines.awaitable(a.loadValue(1), context: 0, checkAwaited: false)
        if iterator.type.isIdentical(Coroutines.type) { iterator = Coroutines.wrapper(iterator) }
        do throws(PyException) {
            if method == "__next__" {
                // One delegation step, so that the end's StopIteration keeps its value.
                var result = Value.none
                if let v = try Interpreter.sendInto(iterator, .none, result: &result) { return v }
                throw Generators.stopIteration(value: result)
            }
            if argument.isNull { return try Runtime.callMethod(iterator, method) }
            return try Runtime.callMethod(iterator, method, argument)
        } catch {
            if TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("StopAsyncIteration")) {
                throw Generators.stopIteration(value: a.loadValue(2))
            }
            throw error
        }
    }
}
