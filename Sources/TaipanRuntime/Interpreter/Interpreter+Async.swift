// The instructions of `yield from`, `await`, `async for` and `async with` that need more
// than a line: finding the iterator each drives, with CPython's checks and messages.

import TaipanCompiler

extension Interpreter {
    /// `yield from source`: a generator is driven directly; a coroutine only from a coroutine
    /// (or a types.coroutine generator); anything else through iter().
    static func yieldFromIterator(_ source: Value, _ code: CodeRef) throws(PyException) -> Value {
        if source.type.isIdentical(Coroutines.type) {
            guard code.flags.contains(.coroutine) || code.flags.contains(.iterableCoroutine) else {
                throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
            }
            return source
        }
        if source.type.isIdentical(Generators.type) { return source }
        return try Runtime.iterate(source)
    }

    /// `async for`: aiter(o), which must have __anext__.
    static func asyncIterator(_ o: Value) throws(PyException) -> Value {
        if o.type.isIdentical(AsyncGenerators.type) { return o }
        let t = TypeRef(o.type)
        guard let method = t.lookup(Interned.intern("__aiter__")), !method.isIdentical(BuiltinTypes.none) else {
            throw typeError("'async for' requires an object with __aiter__ method, got \(t.nameString)")
        }
        let iterator = try Runtime.call(Runtime.bind(method, to: o))
        guard TypeRef(iterator.type).lookup(Interned.intern("__anext__")) != nil else {
            throw typeError("'async for' received an object from __aiter__ that does not implement __anext__: \(TypeRef(iterator.type).nameString)")
        }
        return iterator
    }

    /// `async for` step: the awaitable iterator of iterator.__anext__().
    static func asyncNext(_ iterator: Value) throws(PyException) -> Value {
        if iterator.type.isIdentical(AsyncGenerators.type) { return AsyncGenerators.anext(iterator) }
        let t = TypeRef(iterator.type)
        guard let method = t.lookup(Interned.intern("__anext__")), !method.isIdentical(BuiltinTypes.none) else {
            throw typeError("'async for' requires an iterator with __anext__ method, got \(t.nameString)")
        }
        let next = try Runtime.call(Runtime.bind(method, to: iterator))
        do throws(PyException) {
            return try Coroutines.awaitable(next, context: 0)
        } catch {
            let e = typeError("'async for' received an invalid object from __anext__: \(TypeRef(next.type).nameString)")
            e.value.storeValue(ExceptionWords.cause, error.value)
            e.value.storeValue(ExceptionWords.context, error.value)
            e.value.storeValue(ExceptionWords.suppressContext, .bool(true))
            throw e
        }
    }

    /// `async with`: out[0] = manager.__aenter__() (to be awaited), out[1] = the bound __aexit__.
    static func beforeAsyncWith(_ out: UnsafeMutablePointer<Value>, _ manager: Value) throws(PyException) {
        let type = TypeRef(manager.type)
        guard let enter = type.lookup(Interned.intern("__aenter__")) else {
            throw typeError("'\(type.nameString)' object does not support the asynchronous context manager protocol")
        }
        guard let exit = type.lookup(Interned.intern("__aexit__")) else {
            throw typeError("'\(type.nameString)' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
        }
        out[1] = try Runtime.bind(exit, to: manager)
        out[0] = try Runtime.call(Runtime.bind(enter, to: manager))
    }
}
