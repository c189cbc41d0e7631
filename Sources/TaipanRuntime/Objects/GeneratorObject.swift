// Generators, coroutines and async generators share one layout and one machinery. Each
// owns its frame's registers in a heap array, so its state lives while it is suspended;
// resuming pushes a frame whose registers point into that array (the collector never
// moves it) and runs the loop until the frame yields or returns. The three differ only in
// their type (and so their methods) and in a few messages.
//
//   word 0 type   1 function   2 registers (an array: tuple layout)   3 __name__
//        4 __qualname__   5 the value of the `return` that finished it (for `yield from`)
//        6 the exception its frame was handling when it yielded (null: none)
//        7 pc of the suspending yield (raw)   8 state (raw: GeneratorState)
//        9 flags (raw: GeneratorFlags)
//
// While it runs, the exception being handled (sys.exc_info) is its own if it yielded
// inside a handler, else its caller's; the caller's comes back when it yields or ends.
//
// Delegation (`yield from`, `await`) compiles to `send it, …; yieldValue; jump back`: a
// generator suspended at a yield right after a `send` delegates to the iterator that
// `send` names, which `throw` and `close` reach first (as CPython's gen_throw does).

import TaipanCompiler

public enum GeneratorState: Int {
    case created, suspended, running, finished
}

/// Raw flag bits of word 8.
struct GeneratorFlags {
    /// The last yield was an async generator's own `yield` (not one of an `await`).
    static let wrappedYield = 1
    /// An async generator's asend/athrow awaitable is running it (ag_running_async).
    static let runningAsync = 2
    /// An async generator was closed by aclose() or finished by StopAsyncIteration.
    static let closed = 4
}

public enum Generators {
    public static var type = Value(bits: 0)
    static let functionWord = 1, registersWord = 2, nameWord = 3, qualnameWord = 4, returnWord = 5,
               handledWord = 6, pcWord = 7, stateWord = 8, flagsWord = 9
    static let words = 10
    static let layout = TraceLayout.fixed(first: 1, count: 6)

    static func state(_ g: Value) -> GeneratorState { GeneratorState(rawValue: g.loadRaw(stateWord)) ?? .finished }
    static func setState(_ g: Value, _ s: GeneratorState) { g.storeRaw(stateWord, s.rawValue) }

    static func hasFlag(_ g: Value, _ flag: Int) -> Bool { g.loadRaw(flagsWord) & flag != 0 }
    static func setFlag(_ g: Value, _ flag: Int, _ on: Bool) {
        let f = g.loadRaw(flagsWord)
        g.storeRaw(flagsWord, on ? f | flag : f & ~flag)
    }

    /// A generator or a coroutine: what `yield from`/`await` resume directly.
    @inline(__always) static func isGeneratorOrCoroutine(_ v: Value) -> Bool {
        v.type.isIdentical(type) || v.type.isIdentical(Coroutines.type)
    }

    /// "generator", "coroutine" or "async generator", for messages.
    static func kindName(_ g: Value) -> String {
        if g.type.isIdentical(Coroutines.type) { return "coroutine" }
        if g.type.isIdentical(AsyncGenerators.type) { return "async generator" }
        return "generator"
    }

    /// Calling a generator, coroutine or async generator function: binds the arguments
    /// into a new object's registers.
    static func create(_ function: Value, _ args: Arguments, prepend: Value) throws(PyException) -> Value {
        let f = FunctionRef(function)
        let code = CodeRef(f.code)
        let registers = allocateObject(words: 2 + code.registerCount, type: BuiltinTypes.tuple)
        registers.storeRaw(1, code.registerCount)
        let flags = code.flags
        let objectType = flags.contains(.coroutine) ? Coroutines.type
            : flags.contains(.asyncGenerator) ? AsyncGenerators.type : type
        let g = allocateObject(words: words, type: objectType)
        g.storeValue(functionWord, function)
        g.storeValue(registersWord, registers)
        g.storeValue(nameWord, code.name)
        g.storeValue(qualnameWord, f.qualifiedName)
        g.storeRaw(pcWord, -1)
        try Interpreter.bindArguments(f, code, registers.words(from: 2), args, prepend: prepend)
        return g
    }

    /// Resumes `g` with `sent` (or raises `thrown` at the yield); returns the yielded value,
    /// or nil when the generator finished (its return value is then in word 5).
    static func resume(_ g: Value, sent: Value, thrown: Value = .null) throws(PyException) -> Value? {
        setFlag(g, GeneratorFlags.wrappedYield, false)
        switch state(g) {
        case .running:
            throw pyError(ExceptionTypes.named("ValueError"), "\(kindName(g)) already executing")
        case .finished:
            if g.type.isIdentical(Coroutines.type) {
                throw pyError(ExceptionTypes.named("RuntimeError"), "cannot reuse already awaited coroutine")
            }
            if !thrown.isNull { throw PyException(thrown) }
            g.storeValue(returnWord, .null)
            return nil
        case .created:
            if !sent.isIdentical(BuiltinTypes.none) && thrown.isNull {
                throw typeError("can't send non-None value to a just-started \(kindName(g))")
            }
        case .suspended:
            break
        }
        let function = FunctionRef(g.loadValue(functionWord))
        let registers = g.loadValue(registersWord).words(from: 2)
        let frame = try Interpreter.pushFrame(code: function.code, function: function.value, globals: function.globals,
                                              builtins: function.builtins, locals: .null, resultRegister: 0,
                                              isEntry: true, registers: registers, generator: g)
        let pc = g.loadRaw(pcWord)
        frame.pointee.pc = pc
        if pc >= 0 && thrown.isNull {
            // The yield that suspended the generator receives the sent value.
            let yield = CodeRef(function.code).instructions[pc]
            if yield.opcode == .yieldValue { registers[yield.a] = sent }
        }
        setState(g, .running)
        let callerHandled = ThreadState.handledException
        let own = g.loadValue(handledWord)
        if !own.isNull { ThreadState.handledException = own }
        do throws(PyException) {
            let result = try Interpreter.run(throwing: thrown)
            let handled = ThreadState.handledException
            ThreadState.handledException = callerHandled
            if state(g) == .running {
                // The frame returned.
                finish(g)
                g.storeValue(returnWord, result)
                return nil
            }
            let inHandler = !handled.isNull && !handled.isIdentical(BuiltinTypes.none) && !handled.isIdentical(callerHandled)
            g.storeValue(handledWord, inHandler ? handled : .null)
            return result
        } catch {
            ThreadState.handledException = callerHandled
            finish(g)
            throw leakedStopIteration(g, error)
        }
    }

    static func finish(_ g: Value) {
        setState(g, .finished)
        g.storeValue(registersWord, .null)
        g.storeValue(handledWord, .null)
    }

    /// StopIteration (and StopAsyncIteration out of an async generator) may not leave the
    /// frame: it becomes a RuntimeError caused by it (PEP 479).
    static func leakedStopIteration(_ g: Value, _ error: PyException) -> PyException {
        let t = TypeRef(error.value.type)
        let what: String
        if t.isSubtype(of: ExceptionTypes.named("StopIteration")) {
            what = "StopIteration"
        } else if g.type.isIdentical(AsyncGenerators.type) && t.isSubtype(of: ExceptionTypes.named("StopAsyncIteration")) {
            what = "StopAsyncIteration"
        } else {
            return error
        }
        let e = pyError(ExceptionTypes.named("RuntimeError"), "\(kindName(g)) raised \(what)")
        e.value.storeValue(ExceptionWords.cause, error.value)
        e.value.storeValue(ExceptionWords.context, error.value)
        e.value.storeValue(ExceptionWords.suppressContext, .bool(true))
        return e
    }

    /// Called by the interpreter when the generator's frame yields at `pc`; `wrapped` marks
    /// an async generator's own `yield`.
    static func suspend(_ g: Value, pc: Int, wrapped: Bool) {
        g.storeRaw(pcWord, pc)
        setState(g, .suspended)
        if wrapped { setFlag(g, GeneratorFlags.wrappedYield, true) }
    }

    /// The iterator a suspended generator delegates to (`yield from`, `await`), and the pc
    /// of the delegating `send`; nil when it is not suspended inside one.
    static func delegate(_ g: Value) -> (iterator: Value, sendPc: Int)? {
        guard state(g) == .suspended else { return nil }
        let pc = g.loadRaw(pcWord)
        guard pc >= 1 else { return nil }
        let instructions = CodeRef(FunctionRef(g.loadValue(functionWord)).code).instructions
        let send = instructions[pc - 1]
        guard send.opcode == .send, instructions[pc].opcode == .yieldValue else { return nil }
        return (g.loadValue(registersWord).words(from: 2)[send.b], pc - 1)
    }

    /// Resumes a generator whose delegation finished with `result`, after its send loop.
    static func resumeAfterDelegation(_ g: Value, sendPc: Int, result: Value) throws(PyException) -> Value? {
        let function = FunctionRef(g.loadValue(functionWord))
        let send = CodeRef(function.code).instructions[sendPc]
        g.loadValue(registersWord).words(from: 2)[send.a] = result
        // `send` skips the yield and the jump back when the sub-iterator is done.
        g.storeRaw(pcWord, sendPc + 2)
        return try resume(g, sent: .none)
    }

    /// gen.throw(exception): delegated to the sub-iterator first, if any. Returns the next
    /// yielded value, or nil when `g` finished. `closeDelegate` (gen.throw, close) closes the
    /// sub-iterator for a GeneratorExit instead of throwing it in (athrow does not).
    static func throwInto(_ g: Value, _ exception: Value, closeDelegate: Bool = true) throws(PyException) -> Value? {
        guard let (delegate, sendPc) = delegate(g) else { return try resume(g, sent: .none, thrown: exception) }
        var sub = delegate
        if sub.type.isIdentical(Coroutines.wrapperType) { sub = sub.loadValue(1) }
        let isExit = TypeRef(exception.type).isSubtype(of: ExceptionTypes.named("GeneratorExit"))
        var raise = exception
        setState(g, .running)
        do throws(PyException) {
            if isExit && closeDelegate {
                try closeIterator(sub)
            } else if isGeneratorOrCoroutine(sub) {
                let produced = try throwInto(sub, exception, closeDelegate: closeDelegate)
                setState(g, .suspended)
                if let produced { return produced }
                let r = sub.loadValue(returnWord)
                return try resumeAfterDelegation(g, sendPc: sendPc, result: r.isNull ? .none : r)
            } else if let method = try Runtime.lookupAttribute(sub, Interned.intern("throw")) {
                let produced = try Runtime.call(method, exception.type, exception, exception.loadValue(ExceptionWords.traceback))
                setState(g, .suspended)
                return produced
            }
        } catch {
            setState(g, .suspended)
            if !isGeneratorOrCoroutine(sub) && TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("StopIteration")) {
                return try resumeAfterDelegation(g, sendPc: sendPc, result: stopIterationValue(error.value))
            }
            raise = error.value
        }
        setState(g, .suspended)
        return try resume(g, sent: .none, thrown: raise)
    }

    /// Closes a sub-iterator being delegated to (its `close` method, if it has one).
    static func closeIterator(_ sub: Value) throws(PyException) {
        if isGeneratorOrCoroutine(sub) { return try close(sub) }
        if let method = try Runtime.lookupAttribute(sub, Interned.intern("close")) {
            _ = try Runtime.call(method)
        }
    }

    /// gen.close(): GeneratorExit thrown in; yielding again is a RuntimeError.
    static func close(_ g: Value) throws(PyException) {
        switch state(g) {
        case .created, .finished:
            finish(g)
            return
        case .running, .suspended:
            break
        }
        let exit = ExceptionObject.create(type: ExceptionTypes.named("GeneratorExit"), args: TupleRef.allocate(0).value)
        let produced: Value?
        do throws(PyException) {
            produced = try throwInto(g, exit)
        } catch {
            let t = TypeRef(error.value.type)
            if t.isSubtype(of: ExceptionTypes.named("GeneratorExit")) || t.isSubtype(of: ExceptionTypes.named("StopIteration")) {
                return
            }
            throw error
        }
        if produced != nil {
            throw pyError(ExceptionTypes.named("RuntimeError"), "\(kindName(g)) ignored GeneratorExit")
        }
    }

    /// The value a StopIteration carries (its first argument, or None).
    static func stopIterationValue(_ e: Value) -> Value {
        let args = TupleRef(e.loadValue(ExceptionWords.args))
        return args.count > 0 ? args[0] : .none
    }

    /// StopIteration carrying a finished generator's return value.
    static func stopIteration(_ g: Value) -> PyException {
        let value = g.loadValue(returnWord)
        return stopIteration(value: value.isNull ? .none : value)
    }

    /// For next(it) on an exhausted generator (or coroutine_wrapper): StopIteration with the
    /// value its `return` gave; nil for other iterators.
    static func returnedStopIteration(_ it: Value) -> PyException? {
        if it.type.isIdentical(type) { return stopIteration(it) }
        if it.type.isIdentical(Coroutines.wrapperType) { return stopIteration(it.loadValue(1)) }
        return nil
    }

    /// StopIteration(value); no arguments for None, as a bare `return` gives.
    static func stopIteration(value: Value) -> PyException {
        let args = TupleRef.allocate(value.isIdentical(BuiltinTypes.none) ? 0 : 1)
        if args.count == 1 { args[0] = value }
        let e = ExceptionObject.create(type: ExceptionTypes.named("StopIteration"), args: args.value)
        ExceptionObject.setAttribute(e, "value", value)
        return PyException(e)
    }

    /// The exception `throw(type[, value[, traceback]])` raises: an instance, or the class
    /// called with the value.
    static func thrownException(_ args: Arguments, name: String) throws(PyException) -> Value {
        try args.expect(name, min: 1, max: 3)
        var exception = args[0]
        if TypeRef(exception.type).isSubtype(of: BuiltinTypes.type) && TypeRef(exception).flags.contains(.exception) {
            if args.positionalCount >= 2 && !args[1].isIdentical(BuiltinTypes.none) {
                exception = TypeRef(args[1].type).isSubtype(of: exception) ? args[1] : try Runtime.call(exception, args[1])
            } else {
                exception = try Runtime.call(exception)
            }
        } else if TypeRef(exception.type).flags.contains(.exception) {
            if args.positionalCount >= 2 && !args[1].isIdentical(BuiltinTypes.none) {
                throw typeError("instance exception may not have a separate value")
            }
        } else {
            throw typeError("exceptions must be classes or instances deriving from BaseException, not \(TypeRef(exception.type).nameString)")
        }
        return exception
    }

    /// The methods and attributes the three types share; `prefix` is gi_, cr_ or ag_.
    static func addCommonAttributes(_ t: Value, prefix: String) {
        GetSet.add(t, "__name__", get: { g in g.loadValue(nameWord) })
        GetSet.add(t, "__qualname__", get: { g in g.loadValue(qualnameWord) })
        GetSet.add(t, prefix + "running", get: { g in .bool(state(g) == .running) })
        GetSet.add(t, prefix + "code", get: { g in FunctionRef(g.loadValue(functionWord)).code })
        GetSet.add(t, prefix + "suspended", get: { g in .bool(state(g) == .suspended) })
    }

    static func repr(_ g: Value, _ typeName: String) -> Value {
        StrRef.create("<\(typeName) object \(StrRef(g.loadValue(qualnameWord)).string) at 0x\(String(g.bits, radix: 16))>").value
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.iter = { g in g }
        slots.next = { g throws(PyException) in try resume(g, sent: .none) }
        slots.repr = { g in repr(g, "generator") }
        type = BuiltinTypes.makeType("generator", base: BuiltinTypes.object, instanceWords: words,
                                     layout: layout, flags: [], slots: slots)
        NativeFunctions.addMethod(type, "send") { g, args throws(PyException) in
            try args.expect("send", count: 1)
            guard let v = try resume(g, sent: args[0]) else { throw stopIteration(g) }
            return v
        }
        NativeFunctions.addMethod(type, "throw") { g, args throws(PyException) in
            guard let v = try throwInto(g, thrownException(args, name: "throw")) else { throw stopIteration(g) }
            return v
        }
        NativeFunctions.addMethod(type, "close") { g, _ throws(PyException) in
            try close(g)
            return .none
        }
        addFrameAttributes()
        addCommonAttributes(type, prefix: "gi_")
        GetSet.add(type, "gi_yieldfrom", get: { g in delegate(g)?.iterator ?? .none })
        Coroutines.setUp()
        AsyncGenerators.setUp()
    }
}
