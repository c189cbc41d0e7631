// Generators. A generator owns its frame's registers in a heap array, so its state lives
// while it is suspended; resuming pushes a frame whose registers point into that array
// (the collector never moves it) and runs the loop until the frame yields or returns.
//
//   word 0 type   1 function   2 registers (an array: tuple layout)   3 __name__
//        4 __qualname__   5 the value of the `return` that finished it (for `yield from`)
//        6 pc of the suspending yield (raw)   7 state (raw: GeneratorState)

import TaipanCompiler

public enum GeneratorState: Int {
    case created, suspended, running, finished
}

public enum Generators {
    public static var type = Value(bits: 0)
    static let functionWord = 1, registersWord = 2, nameWord = 3, qualnameWord = 4, returnWord = 5,
               pcWord = 6, stateWord = 7
    static let words = 8

    static func state(_ g: Value) -> GeneratorState { GeneratorState(rawValue: g.loadRaw(stateWord))! }
    static func setState(_ g: Value, _ s: GeneratorState) { g.storeRaw(stateWord, s.rawValue) }

    /// Calling a generator function: binds the arguments into a new generator's registers.
    static func create(_ function: Value, _ args: Arguments, prepend: Value) throws(PyException) -> Value {
        let f = FunctionRef(function)
        let code = CodeRef(f.code)
        let registers = allocateObject(words: 2 + code.registerCount, type: BuiltinTypes.tuple)
        registers.storeRaw(1, code.registerCount)
        let g = allocateObject(words: words, type: type)
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
        switch state(g) {
        case .running:
            throw pyError(ExceptionTypes.named("ValueError"), "generator already executing")
        case .finished:
            if !thrown.isNull { throw PyException(thrown) }
            return nil
        case .created:
            if !sent.isIdentical(BuiltinTypes.none) && thrown.isNull {
                throw typeError("can't send non-None value to a just-started generator")
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
            registers[yield.a] = sent
        }
        setState(g, .running)
        do throws(PyException) {
            let result = try Interpreter.run(throwing: thrown)
            if state(g) == .running {
                // The frame returned.
                setState(g, .finished)
                g.storeValue(returnWord, result)
                g.storeValue(registersWord, .null)
                return nil
            }
            return result
        } catch {
            setState(g, .finished)
            g.storeValue(registersWord, .null)
            if TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("StopIteration")) {
                let e = pyError(ExceptionTypes.named("RuntimeError"), "generator raised StopIteration")
                e.value.storeValue(ExceptionWords.cause, error.value)
                e.value.storeValue(ExceptionWords.context, error.value)
                e.value.storeValue(ExceptionWords.suppressContext, .bool(true))
                throw e
            }
            throw error
        }
    }

    /// Called by the interpreter when the generator's frame yields at `pc`.
    static func suspend(_ g: Value, pc: Int) {
        g.storeRaw(pcWord, pc)
        setState(g, .suspended)
    }

    /// StopIteration carrying a finished generator's return value.
    static func stopIteration(_ g: Value) -> PyException {
        let value = g.loadValue(returnWord)
        let args = TupleRef.allocate(value.isNull || value.isIdentical(BuiltinTypes.none) ? 0 : 1)
        if args.count == 1 { args[0] = value }
        let e = ExceptionObject.create(type: ExceptionTypes.named("StopIteration"), args: args.value)
        ExceptionObject.setAttribute(e, "value", value.isNull ? .none : value)
        return PyException(e)
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.iter = { g in g }
        slots.next = { g throws(PyException) in try resume(g, sent: .none) }
        slots.repr = { g in
            StrRef.create("<generator object \(StrRef(g.loadValue(qualnameWord)).string) at 0x\(String(g.bits, radix: 16))>").value
        }
        type = BuiltinTypes.makeType("generator", base: BuiltinTypes.object, instanceWords: words,
                                     layout: .fixed(first: 1, count: 5), flags: [], slots: slots)
        NativeFunctions.addMethod(type, "send") { g, args throws(PyException) in
            try args.expect("send", count: 1)
            guard let v = try resume(g, sent: args[0]) else { throw stopIteration(g) }
            return v
        }
        NativeFunctions.addMethod(type, "throw") { g, args throws(PyException) in
            try args.expect("throw", min: 1, max: 3)
            var exception = args[0]
            if TypeRef(exception.type).isSubtype(of: BuiltinTypes.type) {
                exception = try Runtime.call(exception)
            }
            guard TypeRef(exception.type).flags.contains(.exception) else {
                throw typeError("exceptions must be classes or instances deriving from BaseException, not \(TypeRef(exception.type).nameString)")
            }
            guard let v = try resume(g, sent: .none, thrown: exception) else { throw stopIteration(g) }
            return v
        }
        NativeFunctions.addMethod(type, "close") { g, _ throws(PyException) in
            if state(g) == .finished || state(g) == .created {
                setState(g, .finished)
                return .none
            }
            let exit = ExceptionObject.create(type: ExceptionTypes.named("GeneratorExit"), args: TupleRef.allocate(0).value)
            do throws(PyException) {
                if try resume(g, sent: .none, thrown: exit) != nil {
                    throw pyError(ExceptionTypes.named("RuntimeError"), "generator ignored GeneratorExit")
                }
            } catch {
                let t = TypeRef(error.value.type)
                if t.isSubtype(of: ExceptionTypes.named("GeneratorExit")) || t.isSubtype(of: ExceptionTypes.named("StopIteration")) {
                    return .none
                }
                throw error
            }
            return .none
        }
        GetSet.add(type, "__name__", get: { g in g.loadValue(nameWord) })
        GetSet.add(type, "__qualname__", get: { g in g.loadValue(qualnameWord) })
        GetSet.add(type, "gi_running", get: { g in .bool(state(g) == .running) })
        GetSet.add(type, "gi_code", get: { g in FunctionRef(g.loadValue(functionWord)).code })
        addFrameAttributes()
    }
}
