// Async generators (PEP 525): `async def` functions with `yield`, run by the generator
// machinery (GeneratorObject.swift). Their own `yield`s are marked (GeneratorFlags
// .wrappedYield) so that the awaitables below can tell them from the values an inner
// `await` passes up to the event loop: a marked value completes the awaitable (it raises
// StopIteration(value) out of send), an unmarked one is passed through.
//
//   async_generator_asend:  word 0 type   1 the generator   2 the value to send   3 state (raw)
//   async_generator_athrow: word 0 type   1 the generator   2 throw's arguments (a tuple;
//                           null for aclose())   3 state (raw)

import TaipanCompiler

public enum AsyncGenerators {
    public static var type = Value(bits: 0)
    public static var asendType = Value(bits: 0)
    public static var athrowType = Value(bits: 0)

    static let generatorWord = 1, argumentWord = 2, stateWord = 3

    /// The awaitables' states, as CPython's AWAITABLE_STATE_*.
    enum AwaitableState: Int {
        case initial, iterating, closed
    }

    static func state(_ a: Value) -> AwaitableState { AwaitableState(rawValue: a.loadRaw(stateWord)) ?? .closed }
    static func setState(_ a: Value, _ s: AwaitableState) { a.storeRaw(stateWord, s.rawValue) }

    static func makeAwaitable(_ t: Value, _ g: Value, _ argument: Value) -> Value {
        let a = allocateObject(words: 4, type: t)
        a.storeValue(generatorWord, g)
        a.storeValue(argumentWord, argument)
        a.storeRaw(stateWord, AwaitableState.initial.rawValue)
        return a
    }

    /// `ag.__anext__()`.
    static func anext(_ g: Value) -> Value { makeAwaitable(asendType, g, .none) }

    /// Turns one step of the generator into the awaitable's step: its own yield completes
    /// the awaitable with StopIteration(value); finishing raises StopAsyncIteration.
    static func unwrap(_ g: Value, _ step: () throws(PyException) -> Value?) throws(PyException) -> Value {
        let produced: Value?
        do throws(PyException) {
            produced = try step()
        } catch {
            let t = TypeRef(error.value.type)
            if t.isSubtype(of: ExceptionTypes.named("StopAsyncIteration")) || t.isSubtype(of: ExceptionTypes.named("GeneratorExit")) {
                Generators.setFlag(g, GeneratorFlags.closed, true)
            }
            Generators.setFlag(g, GeneratorFlags.runningAsync, false)
            throw error
        }
        guard let produced else {
            Generators.setFlag(g, GeneratorFlags.closed, true)
            Generators.setFlag(g, GeneratorFlags.runningAsync, false)
            throw bareException("StopAsyncIteration")
        }
        if Generators.hasFlag(g, GeneratorFlags.wrappedYield) {
            Generators.setFlag(g, GeneratorFlags.runningAsync, false)
            throw Generators.stopIteration(value: produced)
        }
        return produced
    }

    /// asend(...).send(v) and __next__.
    static func asendSend(_ a: Value, _ sent: Value) throws(PyException) -> Value {
        let g = a.loadValue(generatorWord)
        var v = sent
        switch state(a) {
        case .closed:
            throw pyError(ExceptionTypes.named("RuntimeError"), "cannot reuse already awaited __anext__()/asend()")
        case .initial:
            if Generators.hasFlag(g, GeneratorFlags.runningAsync) {
                throw pyError(ExceptionTypes.named("RuntimeError"), "anext(): asynchronous generator is already running")
            }
            if v.isIdentical(BuiltinTypes.none) { v = a.loadValue(argumentWord) }
            setState(a, .iterating)
        case .iterating:
            break
        }
        Generators.setFlag(g, GeneratorFlags.runningAsync, true)
        do throws(PyException) {
            return try unwrap(g) { () throws(PyException) in try Generators.resume(g, sent: v) }
        } catch {
            setState(a, .closed)
            throw error
        }
    }

    static func asendThrow(_ a: Value, _ args: Arguments) throws(PyException) -> Value {
        if state(a) == .closed {
            throw pyError(ExceptionTypes.named("RuntimeError"), "cannot reuse already awaited __anext__()/asend()")
        }
        let g = a.loadValue(generatorWord)
        let exception = try Generators.thrownException(args, name: "throw")
        do throws(PyException) {
            return try unwrap(g) { () throws(PyException) in try Generators.throwInto(g, exception) }
        } catch {
            setState(a, .closed)
            throw error
        }
    }

    /// athrow(...)/aclose() awaitables' send(v) and __next__.
    static func athrowSend(_ a: Value, _ sent: Value) throws(PyException) -> Value {
        let g = a.loadValue(generatorWord)
        let arguments = a.loadValue(argumentWord)
        let isClose = arguments.isNull
        if state(a) == .closed {
            throw pyError(ExceptionTypes.named("RuntimeError"), "cannot reuse already awaited aclose()/athrow()")
        }
        if Generators.state(g) == .finished {
            setState(a, .closed)
            throw bareException("StopIteration")
        }
        if state(a) == .initial {
            if Generators.hasFlag(g, GeneratorFlags.runningAsync) {
                setState(a, .closed)
                throw pyError(ExceptionTypes.named("RuntimeError"),
                              "\(isClose ? "aclose" : "athrow")(): asynchronous generator is already running")
            }
            if Generators.hasFlag(g, GeneratorFlags.closed) {
                setState(a, .closed)
                throw bareException("StopAsyncIteration")
            }
            if !sent.isIdentical(BuiltinTypes.none) {
                throw pyError(ExceptionTypes.named("RuntimeError"), "can't send non-None value to a just-started coroutine")
            }
            setState(a, .iterating)
            Generators.setFlag(g, GeneratorFlags.runningAsync, true)
            if isClose {
                Generators.setFlag(g, GeneratorFlags.closed, true)
                let exit = ExceptionObject.create(type: ExceptionTypes.named("GeneratorExit"), args: TupleRef.allocate(0).value)
                return try closeStep(a, g) { () throws(PyException) in try Generators.throwInto(g, exit, closeDelegate: false) }
            }
            let exception = try withArguments(arguments) { args throws(PyException) in try Generators.thrownException(args, name: "athrow") }
            return try throwStep(a, g) { () throws(PyException) in try Generators.throwInto(g, exception, closeDelegate: false) }
        }
        if isClose {
            return try closeStep(a, g) { () throws(PyException) in try Generators.resume(g, sent: sent) }
        }
        return try throwStep(a, g) { () throws(PyException) in try Generators.resume(g, sent: sent) }
    }

    static func athrowThrow(_ a: Value, _ args: Arguments) throws(PyException) -> Value {
        if state(a) == .closed {
            throw pyError(ExceptionTypes.named("RuntimeError"), "cannot reuse already awaited aclose()/athrow()")
        }
        let g = a.loadValue(generatorWord)
        let exception = try Generators.thrownException(args, name: "throw")
        if a.loadValue(argumentWord).isNull {
            return try closeStep(a, g) { () throws(PyException) in try Generators.throwInto(g, exception) }
        }
        return try throwStep(a, g) { () throws(PyException) in try Generators.throwInto(g, exception) }
    }

    /// athrow(): the generator's own yield completes the awaitable.
    static func throwStep(_ a: Value, _ g: Value, _ step: () throws(PyException) -> Value?) throws(PyException) -> Value {
        do throws(PyException) {
            return try unwrap(g, step)
        } catch {
            setState(a, .closed)
            throw error
        }
    }

    /// aclose(): the generator may only await; yielding is a RuntimeError, and finishing
    /// (or raising GeneratorExit/StopAsyncIteration) completes the awaitable.
    static func closeStep(_ a: Value, _ g: Value, _ step: () throws(PyException) -> Value?) throws(PyException) -> Value {
        let produced: Value?
        do throws(PyException) {
            produced = try step()
        } catch {
            Generators.setFlag(g, GeneratorFlags.runningAsync, false)
            setState(a, .closed)
            let t = TypeRef(error.value.type)
            if t.isSubtype(of: ExceptionTypes.named("StopAsyncIteration")) || t.isSubtype(of: ExceptionTypes.named("GeneratorExit")) {
                throw bareException("StopIteration")
            }
            throw error
        }
        guard let produced, !Generators.hasFlag(g, GeneratorFlags.wrappedYield) else {
            Generators.setFlag(g, GeneratorFlags.runningAsync, false)
            setState(a, .closed)
            if produced == nil { throw bareException("StopIteration") }
            throw pyError(ExceptionTypes.named("RuntimeError"), "async generator ignored GeneratorExit")
        }
        return produced
    }

    /// An exception of the named class without arguments (PyErr_SetNone).
    static func bareException(_ name: String) -> PyException {
        PyException(ExceptionObject.create(type: ExceptionTypes.named(name), args: TupleRef.allocate(0).value))
    }

    static func withArguments(_ tuple: Value, _ body: (Arguments) throws(PyException) -> Value) throws(PyException) -> Value {
        let t = TupleRef(tuple)
        return try body(Arguments(t.items, positional: t.count))
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.repr = { g in Generators.repr(g, "async_generator") }
        type = BuiltinTypes.makeType("async_generator", base: BuiltinTypes.object, instanceWords: Generators.words,
                                     layout: Generators.layout, flags: [], slots: slots)
        NativeFunctions.addMethod(type, "__aiter__") { g, args throws(PyException) in
            try args.expect("__aiter__", count: 0)
            return g
        }
        NativeFunctions.addMethod(type, "__anext__") { g, args throws(PyException) in
            try args.expect("__anext__", count: 0)
            return anext(g)
        }
        NativeFunctions.addMethod(type, "asend") { g, args throws(PyException) in
            try args.expect("asend", count: 1)
            return makeAwaitable(asendType, g, args[0])
        }
        NativeFunctions.addMethod(type, "athrow") { g, args throws(PyException) in
            try args.expect("athrow", min: 1, max: 3)
            let t = TupleRef.create(UnsafeBufferPointer(start: args.values, count: args.positionalCount))
            return makeAwaitable(athrowType, g, t.value)
        }
        NativeFunctions.addMethod(type, "aclose") { g, args throws(PyException) in
            try args.expect("aclose", count: 0)
            return makeAwaitable(athrowType, g, .null)
        }
        Generators.addCommonAttributes(type, prefix: "ag_")
        GetSet.add(type, "ag_await", get: { g in Generators.delegate(g)?.iterator ?? .none })

        asendType = awaitableType("async_generator_asend", send: asendSend, throwing: asendThrow)
        athrowType = awaitableType("async_generator_athrow", send: athrowSend, throwing: athrowThrow)
    }

    /// The asend/athrow awaitables: their own iterators, with send, throw and close.
    static func awaitableType(_ name: String, send: @escaping (Value, Value) throws(PyException) -> Value,
                              throwing: @escaping (Value, Arguments) throws(PyException) -> Value) -> Value {
        let slots = TypeSlots()
        slots.iter = { a in a }
        slots.next = { a throws(PyException) in
            do throws(PyException) {
                return try send(a, .none)
            } catch {
                if TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("StopIteration")) { return nil }
                throw error
            }
        }
        let t = BuiltinTypes.makeType(name, base: BuiltinTypes.object, instanceWords: 4,
                                      layout: .fixed(first: 1, count: 2), flags: [], slots: slots)
        NativeFunctions.addMethod(t, "send") { a, args throws(PyException) in
            try args.expect("send", count: 1)
            return try send(a, args[0])
        }
        NativeFunctions.addMethod(t, "throw") { a, args throws(PyException) in try throwing(a, args) }
        NativeFunctions.addMethod(t, "close") { a, _ throws(PyException) in
            setState(a, .closed)
            return .none
        }
        NativeFunctions.addMethod(t, "__await__") { a, _ throws(PyException) in a }
        return t
    }
}
