// Coroutines (PEP 492): the objects `async def` functions return, run by the generator
// machinery (GeneratorObject.swift), and the `await` protocol: what an awaitable is, and
// the iterator `await` drives. A coroutine is not itself an iterator; `__await__` returns a
// `coroutine_wrapper` that is.
//
//   coroutine_wrapper: word 0 type   1 the coroutine

import TaipanCompiler

public enum Coroutines {
    public static var type = Value(bits: 0)
    public static var wrapperType = Value(bits: 0)

    /// A generator made by a function flagged CO_ITERABLE_COROUTINE (types.coroutine).
    static func isIterableCoroutine(_ v: Value) -> Bool {
        v.type.isIdentical(Generators.type)
            && CodeRef(FunctionRef(v.loadValue(Generators.functionWord)).code).flags.contains(.iterableCoroutine)
    }

    /// The iterator `await o` drives (CPython's _PyCoro_GetAwaitableIter plus GET_AWAITABLE's
    /// checks). `context` is 1 after `__aenter__`, 2 after `__aexit__`, 0 otherwise.
    static func awaitable(_ o: Value, context: Int, checkAwaited: Bool = true) throws(PyException) -> Value {
        if o.type.isIdentical(type) {
            if checkAwaited && Generators.delegate(o) != nil {
                throw pyError(ExceptionTypes.named("RuntimeError"), "coroutine is being awaited already")
            }
            return o
        }
        if isIterableCoroutine(o) { return o }
        let t = TypeRef(o.type)
        guard let method = t.lookup(Interned.intern("__await__")), !method.isIdentical(BuiltinTypes.none) else {
            switch context {
            case 1:
                throw typeError("'async with' received an object from __aenter__ that does not implement __await__: \(t.nameString)")
            case 2:
                throw typeError("'async with' received an object from __aexit__ that does not implement __await__: \(t.nameString)")
            default:
                throw typeError("object \(t.nameString) can't be used in 'await' expression")
            }
        }
        let iterator = try Runtime.call(Runtime.bind(method, to: o))
        if iterator.type.isIdentical(type) || isIterableCoroutine(iterator) {
            throw typeError("__await__() returned a coroutine")
        }
        if TypeRef(iterator.type).slots.next == nil {
            throw typeError("__await__() returned non-iterator of type '\(TypeRef(iterator.type).nameString)'")
        }
        return iterator
    }

    static func wrapper(_ coroutine: Value) -> Value {
        let w = allocateObject(words: 2, type: wrapperType)
        w.storeValue(1, coroutine)
        return w
    }

    static func send(_ c: Value, _ v: Value) throws(PyException) -> Value {
        guard let r = try Generators.resume(c, sent: v) else { throw Generators.stopIteration(c) }
        return r
    }

    static func throwMethod(_ c: Value, _ args: Arguments) throws(PyException) -> Value {
        guard let r = try Generators.throwInto(c, Generators.thrownException(args, name: "throw")) else {
            throw Generators.stopIteration(c)
        }
        return r
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.repr = { c in Generators.repr(c, "coroutine") }
        type = BuiltinTypes.makeType("coroutine", base: BuiltinTypes.object, instanceWords: Generators.words,
                                     layout: Generators.layout, flags: [], slots: slots)
        NativeFunctions.addMethod(type, "send") { c, args throws(PyException) in
            try args.expect("send", count: 1)
            return try send(c, args[0])
        }
        NativeFunctions.addMethod(type, "throw") { c, args throws(PyException) in try throwMethod(c, args) }
        NativeFunctions.addMethod(type, "close") { c, _ throws(PyException) in
            try Generators.close(c)
            return .none
        }
        NativeFunctions.addMethod(type, "__await__") { c, args throws(PyException) in
            try args.expect("__await__", count: 0)
            return wrapper(c)
        }
        Generators.addCommonAttributes(type, prefix: "cr_")
        GetSet.add(type, "cr_await", get: { c in Generators.delegate(c)?.iterator ?? .none })
        GetSet.add(type, "cr_origin", get: { _ in .none })

        let wrapperSlots = TypeSlots()
        wrapperSlots.iter = { w in w }
        wrapperSlots.next = { w throws(PyException) in try Generators.resume(w.loadValue(1), sent: .none) }
        wrapperType = BuiltinTypes.makeType("coroutine_wrapper", base: BuiltinTypes.object, instanceWords: 2,
                                            layout: .fixed(first: 1, count: 1), flags: [], slots: wrapperSlots)
        NativeFunctions.addMethod(wrapperType, "send") { w, args throws(PyException) in
            try args.expect("send", count: 1)
            return try send(w.loadValue(1), args[0])
        }
        NativeFunctions.addMethod(wrapperType, "throw") { w, args throws(PyException) in try throwMethod(w.loadValue(1), args) }
        NativeFunctions.addMethod(wrapperType, "close") { w, _ throws(PyException) in
            try Generators.close(w.loadValue(1))
            return .none
        }
    }
}
