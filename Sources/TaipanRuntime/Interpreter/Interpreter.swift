// The interpreter loop: a switch over the opcode with the current frame's registers,
// instructions, constants and names in locals. A call to a Python function pushes a frame
// and continues in the same loop; natives that call Python re-enter `run` for a frame
// marked as entry, and `run` returns when that frame returns.
//
// Anything that can raise is inside the `do`; the `catch` adds the frame to the
// traceback, looks the handler up in the code's exception table, and otherwise pops the
// frame and tries the caller's, until an entry frame lets the exception leave `run`.
// The executing instruction's index lives in the local `pc` (already advanced past it);
// `frame.pc` is written only where something reads it: before a frame is pushed (the
// caller resumes at `pc + 1`), at call instructions (gc.collect() checks for one), at a
// yield, and in the `catch` (handlers and tracebacks).

import TaipanCompiler

public enum Interpreter {
    /// Runs a module or class body: `code` with the namespace `globals` (and `locals`).
    public static func runCode(_ code: Value, globals: Value, locals: Value, builtins: Value? = nil) throws(PyException) -> Value {
        let frame = try pushFrame(code: code, function: .null, globals: globals,
                                  builtins: builtins ?? Builtins.dictionary(for: globals), locals: locals,
                                  resultRegister: 0, isEntry: true)
        _ = frame
        return try run()
    }

    /// Calls a Python function from native code.
    public static func callFunction(_ function: Value, _ args: Arguments) throws(PyException) -> Value {
        if CodeRef(FunctionRef(function).code).isGeneratorLike {
            return try Generators.create(function, args, prepend: .null)
        }
        try pushFunctionFrame(function, args, prepend: .null, resultRegister: 0, isEntry: true)
        return try run()
    }

    /// Calls `callable` with `instance` as an extra first argument (bound methods).
    public static func callWithSelf(_ callable: Value, _ instance: Value, _ args: Arguments) throws(PyException) -> Value {
        if callable.type.isIdentical(FunctionRef.type) {
            if CodeRef(FunctionRef(callable).code).isGeneratorLike {
                return try Generators.create(callable, args, prepend: instance)
            }
            try pushFunctionFrame(callable, args, prepend: instance, resultRegister: 0, isEntry: true)
            return try run()
        }
        let total = args.positionalCount + args.keywordCount
        return try withUnsafeTemporaryAllocation(of: Value.self, capacity: total + 1) { buffer throws(PyException) -> Value in
            buffer[0] = instance
            for i in 0..<total { buffer[i + 1] = args.values[i] }
            return try Runtime.call(callable, Arguments(buffer.baseAddress!, positional: args.positionalCount + 1,
                                                       keywordNames: args.keywordNames))
        }
    }

    // MARK: Frames

    /// Pushes a frame for `code`; its registers are cleared.
    @discardableResult
    static func pushFrame(code: Value, function: Value, globals: Value, builtins: Value, locals: Value,
                          resultRegister: Int, isEntry: Bool, registers ownRegisters: UnsafeMutablePointer<Value>? = nil,
                          generator: Value = .null) throws(PyException) -> UnsafeMutablePointer<Frame> {
        if ThreadState.recursionDepth >= ThreadState.recursionLimit {
            throw ThreadState.recursionError("")
        }
        if Signals.interruptPending { try Signals.raiseInterrupt() }
        let c = CodeRef(code)
        let count = ownRegisters == nil ? c.registerCount : 0
        if ThreadState.registerTop + count >= ThreadState.registerCapacity || ThreadState.frameCount + 1 >= ThreadState.frameCapacity {
            throw pyError(ExceptionTypes.named("RecursionError"), "maximum recursion depth exceeded")
        }
        let registers: UnsafeMutablePointer<Value>
        if let ownRegisters {
            registers = ownRegisters
        } else {
            registers = ThreadState.registers + ThreadState.registerTop
            registers.initialize(repeating: .null, count: count)
            ThreadState.registerTop += count
        }
        let frame = ThreadState.frames + ThreadState.frameCount
        frame.initialize(to: Frame(code: code, function: function, globals: globals, builtins: builtins, locals: locals,
                                   registers: registers, pc: -1, resultRegister: resultRegister, isEntry: isEntry,
                                   registerCount: count, generator: generator))
        ThreadState.frameCount += 1
        return frame
    }

    @inline(__always) static func popFrame() {
        let frame = ThreadState.currentFrame
        if frame.pointee.returnAction == ReturnAction.construct { ThreadState.nativeDepth -= 1 }
        ThreadState.registerTop -= frame.pointee.registerCount
        ThreadState.frameCount -= 1
    }

    /// Pushes a frame for calling Python function `function` with `args` (and `prepend`, if
    /// not null, as the first positional argument), binding the arguments.
    static func pushFunctionFrame(_ function: Value, _ args: Arguments, prepend: Value, resultRegister: Int,
                                  isEntry: Bool) throws(PyException) {
        let f = FunctionRef(function)
        if args.keywordNames.isNull,
           try pushSimpleFrame(f, args.values, count: args.positionalCount, prepend: prepend,
                               resultRegister: resultRegister, isEntry: isEntry) {
            return
        }
        let code = f.code
        let frame = try pushFrame(code: code, function: function, globals: f.globals, builtins: f.builtins,
                                  locals: .null, resultRegister: resultRegister, isEntry: isEntry)
        do throws(PyException) {
            try bindArguments(f, CodeRef(code), frame.pointee.registers, args, prepend: prepend)
        } catch {
            popFrame()
            throw error
        }
    }

    // MARK: The loop

    /// Runs the current frame until the entry frame returns (or, for a generator, yields).
    /// `thrown` is an exception to raise at the frame's current instruction first
    /// (generator.throw).
    static func run(throwing thrown: Value = .null) throws(PyException) -> Value {
        if OpcodeStats.enabled { return try loop(CountingLoop.self, throwing: thrown) }
        return try loop(PlainLoop.self, throwing: thrown)
    }

    /// The loop proper, instantiated once plain and once counting (OpcodeStats.swift).
    static func loop<Mode: LoopMode>(_ mode: Mode.Type, throwing thrown: Value) throws(PyException) -> Value {
        var frame = ThreadState.currentFrame
        var regs = frame.pointee.registers
        var code = CodeRef(frame.pointee.code)
        var instructions = code.instructions
        var caches = code.caches
        var constants = TupleRef(code.constants).items
        var names = TupleRef(code.names).items
        var pc = frame.pointee.pc + 1
        /// Set by `reraise`: the exception already has this frame in its traceback.
        var reraising = false

        /// Takes the current frame (just pushed, or the caller after a pop) into the
        /// locals; the caller sets `pc`.
        @inline(__always) func loadFrame() {
            frame = ThreadState.currentFrame
            regs = frame.pointee.registers
            code = CodeRef(frame.pointee.code)
            instructions = code.instructions
            caches = code.caches
            constants = TupleRef(code.constants).items
            names = TupleRef(code.names).items
        }

        /// An operator on an instance with a cached Python dunder (InlineCache.binaryDunder):
        /// pushes the dunder's frame, and says whether it did.
        @inline(__always) func pushBinaryDunder(_ op: BinaryOp, _ l: Value, _ r: Value, _ inst: Instruction) throws(PyException) -> Bool {
            let cache = caches + (pc &- 1)
            guard cache.pointee.kind == .binaryDunder && l.isPointer && r.type.isIdentical(cache.pointee.map)
                && l.type.loadRaw(TypeWords.version) == cache.pointee.version else { return false }
            frame.pointee.pc = pc &- 1
            try pushFunctionFrame(cache.pointee.value, Arguments(regs + inst.c, positional: 1), prepend: l,
                                  resultRegister: inst.a, isEntry: false)
            loadFrame()
            frame.pointee.returnAction = ReturnAction.binary(op, right: r.type, left: l.type)
            frame.pointee.pending = l
            pc = 0
            return true
        }

        /// Unwinds to the innermost handler of `exception`, frame by frame; throws it out
        /// of `run` when an entry frame has none.
        func unwind(_ exception: Value) throws(PyException) {
            var first = true
            while true {
                if !(first && reraising) {
                    Traceback.add(exception, frame: frame)
                }
                first = false
                if let handler = code.unit.handler(at: frame.pointee.pc) {
                    regs[handler.register] = exception
                    pc = handler.handler
                    return
                }
                let finished = frame.pointee
                popFrame()
                if finished.isEntry { throw PyException(exception) }
                loadFrame()
            }
        }

        if !thrown.isNull {
            chainContext(thrown)
            try unwind(thrown)
        }

        while true {
            let inst = instructions[pc]
            if Mode.counts { OpcodeStats.count(inst) }
            pc &+= 1
            do throws(PyException) {
                switch inst.opcode {
                case .nop:
                    break
                case .loadConst:
                    regs[inst.a] = constants[inst.b]
                case .move:
                    let v = regs[inst.b]
                    if v.isNull { throw unboundLocal(code, inst.b) }
                    regs[inst.a] = v
                case .copy:
                    regs[inst.a] = regs[inst.b]
                case .clear:
                    regs[inst.a] = .null
                case .deleteFast:
                    if regs[inst.a].isNull { throw unboundLocal(code, inst.a) }
                    regs[inst.a] = .null
                case .loadGlobal:
                    let cache = caches + (pc &- 1)
                    let globalsVersion = frame.pointee.globals.loadRaw(DictRef.versionWord)
                    if globalsVersion == cache.pointee.version && (cache.pointee.kind == .global
                        || (cache.pointee.kind == .builtin
                            && frame.pointee.builtins.loadRaw(DictRef.versionWord) == cache.pointee.builtinsVersion)) {
                        regs[inst.a] = cache.pointee.value
                        break
                    }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    regs[inst.a] = try loadGlobalFillingCache(frame.pointee.globals, frame.pointee.builtins, names[inst.b], cache)
                case .storeGlobal:
                    DictRef(frame.pointee.globals).setStr(names[inst.b], regs[inst.a])
                case .deleteGlobal:
                    if try DictRef(frame.pointee.globals).remove(names[inst.b]) == nil { throw nameError(names[inst.b]) }
                case .loadName:
                    regs[inst.a] = try loadName(frame, names[inst.b])
                case .storeName:
                    try storeName(frame, names[inst.b], regs[inst.a])
                case .deleteName:
                    try deleteName(frame, names[inst.b])
                case .loadDeref:
                    let v = Cell.get(regs[inst.b])
                    if v.isNull { throw unboundCell(code, inst.b) }
                    regs[inst.a] = v
                case .storeDeref:
                    Cell.set(regs[inst.a], regs[inst.b])
                case .deleteDeref:
                    if Cell.get(regs[inst.a]).isNull { throw unboundCell(code, inst.a) }
                    Cell.set(regs[inst.a], .null)
                case .loadClassDeref:
                    if let v = try lookupLocal(frame, names[inst.c]) {
                        regs[inst.a] = v
                    } else {
                        let v = Cell.get(regs[inst.b])
                        if v.isNull { throw unboundCell(code, inst.b) }
                        regs[inst.a] = v
                    }
                case .makeCell:
                    regs[inst.a] = Cell.create(inst.b == 0xFFFF ? .null : regs[inst.b])

                case .loadAttr:
                    let o = regs[inst.b]
                    var cache = caches + (pc &- 1)
                    if o.isPointer {
                        let version = o.type.loadRaw(TypeWords.version)
                        if version != cache.pointee.version,
                           let second = SecondaryCache.lookup(version, names[inst.c], inst.rawOpcode) {
                            cache = second
                        }
                        if version == cache.pointee.version {
                            if cache.pointee.kind == .instanceSlot {
                                let mapWord = Int(cache.pointee.mapWord)
                                if o.loadValue(mapWord).isIdentical(cache.pointee.map) {
                                    let v = Instances.slot(o, Int(cache.pointee.index), mapWord: mapWord)
                                    if !v.isNull {
                                        regs[inst.a] = v
                                        break
                                    }
                                }
                            } else if cache.pointee.kind == .member {
                                let v = o.loadValue(Int(cache.pointee.index))
                                if !v.isNull {
                                    regs[inst.a] = v
                                    break
                                }
                            } else if cache.pointee.kind == .property {
                                frame.pointee.pc = pc &- 1
                                try pushFunctionFrame(cache.pointee.value, Arguments(regs, positional: 0), prepend: o,
                                                      resultRegister: inst.a, isEntry: false)
                                loadFrame()
                                pc = 0
                                break
                            }
                        }
                    }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    cache = caches + (pc &- 1)
                    let old = cache.pointee
                    regs[inst.a] = try loadAttributeFillingCache(operand(regs, inst.b, code), names[inst.c], cache)
                    SecondaryCache.keep(old, replacedIn: cache, names[inst.c], inst.rawOpcode)
                case .storeAttr:
                    let o = regs[inst.a]
                    let v = regs[inst.c]
                    var cache = caches + (pc &- 1)
                    if o.isPointer && !v.isNull {
                        let version = o.type.loadRaw(TypeWords.version)
                        if version != cache.pointee.version,
                           let second = SecondaryCache.lookup(version, names[inst.b], inst.rawOpcode) {
                            cache = second
                        }
                        if cache.pointee.kind != .empty && version == cache.pointee.version {
                            if cache.pointee.kind == .member {
                                o.storeValue(Int(cache.pointee.index), v)
                                break
                            }
                            let mapWord = Int(cache.pointee.mapWord)
                            if o.loadValue(mapWord).isIdentical(cache.pointee.map) {
                                if cache.pointee.kind == .instanceAdd { o.storeValue(mapWord, cache.pointee.value) }
                                Instances.setSlot(o, Int(cache.pointee.index), v, mapWord: mapWord)
                                break
                            }
                        }
                    }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    cache = caches + (pc &- 1)
                    let old = cache.pointee
                    try storeAttributeFillingCache(operand(regs, inst.a, code), names[inst.b], operand(regs, inst.c, code), cache)
                    SecondaryCache.keep(old, replacedIn: cache, names[inst.b], inst.rawOpcode)
                case .deleteAttr:
                    try Runtime.setAttribute(regs[inst.a], names[inst.b], .null)
                case .loadMethod:
                    let o = regs[inst.b]
                    var cache = caches + (pc &- 1)
                    if !o.isNull {
                        let version = o.type.loadRaw(TypeWords.version)
                        if version != cache.pointee.version,
                           let second = SecondaryCache.lookup(version, names[inst.c], inst.rawOpcode) {
                            cache = second
                        }
                        let kind = cache.pointee.kind
                        if (kind == .method || kind == .methodNoMap) && version == cache.pointee.version
                            && (kind == .methodNoMap || o.loadValue(Int(cache.pointee.mapWord)).isIdentical(cache.pointee.map)) {
                            regs[inst.a] = cache.pointee.value
                            regs[inst.a &+ 1] = o
                            break
                        }
                    }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    cache = caches + (pc &- 1)
                    let old = cache.pointee
                    try loadMethod(regs + inst.a, operand(regs, inst.b, code), names[inst.c], cache)
                    SecondaryCache.keep(old, replacedIn: cache, names[inst.c], inst.rawOpcode)
                case .getItem:
                    // list[i] and tuple[i] with a small int in range; the rest through the slots.
                    let o = regs[inst.b], key = regs[inst.c]
                    if key.isSmallInt && o.isPointer {
                        let oType = o.type
                        if oType.isIdentical(ListRef.type) {
                            let n = ListRef(o).count
                            var i = Int(key.smallIntValue)
                            if i < 0 { i &+= n }
                            if i >= 0 && i < n {
                                regs[inst.a] = ListRef(o)[i]
                                break
                            }
                        } else if oType.isIdentical(BuiltinTypes.tuple) {
                            let n = TupleRef(o).count
                            var i = Int(key.smallIntValue)
                            if i < 0 { i &+= n }
                            if i >= 0 && i < n {
                                regs[inst.a] = TupleRef(o)[i]
                                break
                            }
                        }
                    }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    try checkOperands(o, key, code, inst)
                    regs[inst.a] = try Runtime.getItem(o, key)
                case .setItem:
                    let o = regs[inst.a], key = regs[inst.b], v = regs[inst.c]
                    if key.isSmallInt && o.isPointer && !v.isNull && o.type.isIdentical(ListRef.type) {
                        let n = ListRef(o).count
                        var i = Int(key.smallIntValue)
                        if i < 0 { i &+= n }
                        if i >= 0 && i < n {
                            ListRef(o)[i] = v
                            break
                        }
                    }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    try checkSetItemOperands(regs, inst, code)
                    try Runtime.setItem(o, key, v)
                case .deleteItem:
                    try Runtime.deleteItem(regs[inst.a], regs[inst.b])
                case .buildSlice:
                    regs[inst.a] = SliceObject.create(regs[inst.b], regs[inst.b + 1], inst.c == 3 ? regs[inst.b + 2] : .none)

                case .add:
                    let l = regs[inst.b], r = regs[inst.c]
                    if l.isSmallInt && r.isSmallInt {
                        let (sum, overflow) = Int64(bitPattern: l.bits &- 1).addingReportingOverflow(Int64(bitPattern: r.bits))
                        if !overflow { regs[inst.a] = Value(bits: UInt64(bitPattern: sum)); break }
                    }
                    let v = fastArithmetic(.add, l, r)
                    if !v.isNull {
                        regs[inst.a] = v
                        break
                    }
                    if try pushBinaryDunder(.add, l, r, inst) { break }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    regs[inst.a] = try binarySlow(.add, l, r, code, inst)
                    cacheBinaryDunder(.add, l, r, caches + (pc &- 1))
                case .subtract:
                    let l = regs[inst.b], r = regs[inst.c]
                    if l.isSmallInt && r.isSmallInt {
                        let (difference, overflow) = Int64(bitPattern: l.bits).subtractingReportingOverflow(Int64(bitPattern: r.bits &- 1))
                        if !overflow { regs[inst.a] = Value(bits: UInt64(bitPattern: difference)); break }
                    }
                    let v = fastArithmetic(.sub, l, r)
                    if !v.isNull {
                        regs[inst.a] = v
                        break
                    }
                    if try pushBinaryDunder(.sub, l, r, inst) { break }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    regs[inst.a] = try binarySlow(.sub, l, r, code, inst)
                    cacheBinaryDunder(.sub, l, r, caches + (pc &- 1))
                case .multiply:
                    let l = regs[inst.b], r = regs[inst.c]
                    let v = fastArithmetic(.mul, l, r)
                    if !v.isNull {
                        regs[inst.a] = v
                        break
                    }
                    if try pushBinaryDunder(.mul, l, r, inst) { break }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    regs[inst.a] = try binarySlow(.mul, l, r, code, inst)
                    cacheBinaryDunder(.mul, l, r, caches + (pc &- 1))
                case .trueDivide:
                    let l = regs[inst.b], r = regs[inst.c]
                    let v = fastArithmetic(.truediv, l, r)
                    if !v.isNull {
                        regs[inst.a] = v
                        break
                    }
                    if try pushBinaryDunder(.truediv, l, r, inst) { break }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    regs[inst.a] = try binarySlow(.truediv, l, r, code, inst)
                    cacheBinaryDunder(.truediv, l, r, caches + (pc &- 1))
                case .floorDivide:
                    regs[inst.a] = try intOperator(.floordiv, regs[inst.b], regs[inst.c], code, inst)
                case .modulo:
                    regs[inst.a] = try intOperator(.mod, regs[inst.b], regs[inst.c], code, inst)
                case .leftShift:
                    regs[inst.a] = try intOperator(.lshift, regs[inst.b], regs[inst.c], code, inst)
                case .rightShift:
                    regs[inst.a] = try intOperator(.rshift, regs[inst.b], regs[inst.c], code, inst)
                case .bitAnd:
                    regs[inst.a] = try intOperator(.and, regs[inst.b], regs[inst.c], code, inst)
                case .bitOr:
                    regs[inst.a] = try intOperator(.or, regs[inst.b], regs[inst.c], code, inst)
                case .bitXor:
                    regs[inst.a] = try intOperator(.xor, regs[inst.b], regs[inst.c], code, inst)
                case .matrixMultiply, .power:
                    let op = BinaryOp(rawValue: Int(inst.rawOpcode - Opcode.firstBinary))!
                    regs[inst.a] = try binarySlow(op, regs[inst.b], regs[inst.c], code, inst)
                case .inplaceAdd, .inplaceSubtract, .inplaceMultiply, .inplaceTrueDivide:
                    let l = regs[inst.b], r = regs[inst.c]
                    let v: Value
                    switch inst.opcode {
                    case .inplaceAdd: v = fastArithmetic(.add, l, r)
                    case .inplaceSubtract: v = fastArithmetic(.sub, l, r)
                    case .inplaceMultiply: v = fastArithmetic(.mul, l, r)
                    default: v = fastArithmetic(.truediv, l, r)
                    }
                    if !v.isNull {
                        regs[inst.a] = v
                        break
                    }
                    let op = BinaryOp(rawValue: Int(inst.rawOpcode - Opcode.firstInplace))!
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    try checkOperands(l, r, code, inst)
                    regs[inst.a] = try Runtime.inplace(op, l, r)
                case .inplaceFloorDivide:
                    regs[inst.a] = try inplaceIntOperator(.floordiv, regs[inst.b], regs[inst.c], code, inst)
                case .inplaceModulo:
                    regs[inst.a] = try inplaceIntOperator(.mod, regs[inst.b], regs[inst.c], code, inst)
                case .inplaceLeftShift:
                    regs[inst.a] = try inplaceIntOperator(.lshift, regs[inst.b], regs[inst.c], code, inst)
                case .inplaceRightShift:
                    regs[inst.a] = try inplaceIntOperator(.rshift, regs[inst.b], regs[inst.c], code, inst)
                case .inplaceBitAnd:
                    regs[inst.a] = try inplaceIntOperator(.and, regs[inst.b], regs[inst.c], code, inst)
                case .inplaceBitOr:
                    regs[inst.a] = try inplaceIntOperator(.or, regs[inst.b], regs[inst.c], code, inst)
                case .inplaceBitXor:
                    regs[inst.a] = try inplaceIntOperator(.xor, regs[inst.b], regs[inst.c], code, inst)
                case .inplaceMatrixMultiply, .inplacePower:
                    let op = BinaryOp(rawValue: Int(inst.rawOpcode - Opcode.firstInplace))!
                    let l = regs[inst.b], r = regs[inst.c]
                    try checkOperands(l, r, code, inst)
                    regs[inst.a] = try Runtime.inplace(op, l, r)
                case .addConst:
                    let l = regs[inst.b], r = constants[inst.c]
                    let v = fastArithmetic(.add, l, r)
                    if !v.isNull {
                        regs[inst.a] = v
                        break
                    }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    regs[inst.a] = try binarySlow(.add, l, r, code, inst)
                case .subtractConst:
                    let l = regs[inst.b], r = constants[inst.c]
                    let v = fastArithmetic(.sub, l, r)
                    if !v.isNull {
                        regs[inst.a] = v
                        break
                    }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    regs[inst.a] = try binarySlow(.sub, l, r, code, inst)
                case .inplaceAddConst:
                    let l = regs[inst.b], r = constants[inst.c]
                    let v = fastArithmetic(.add, l, r)
                    if !v.isNull {
                        regs[inst.a] = v
                        break
                    }
                    regs[inst.a] = try inplaceSlow(.add, l, r, code, inst)
                case .inplaceSubtractConst:
                    let l = regs[inst.b], r = constants[inst.c]
                    let v = fastArithmetic(.sub, l, r)
                    if !v.isNull {
                        regs[inst.a] = v
                        break
                    }
                    regs[inst.a] = try inplaceSlow(.sub, l, r, code, inst)
                case .negative:
                    regs[inst.a] = try Runtime.unary(.negative, operand(regs, inst.b, code))
                case .positive:
                    regs[inst.a] = try Runtime.unary(.positive, operand(regs, inst.b, code))
                case .invert:
                    regs[inst.a] = try Runtime.unary(.invert, operand(regs, inst.b, code))
                case .not:
                    regs[inst.a] = .bool(try !Runtime.isTrue(operand(regs, inst.b, code)))

                case .compareLt:
                    regs[inst.a] = try compareValue(.lt, regs[inst.b], regs[inst.c], code, inst)
                case .compareLe:
                    regs[inst.a] = try compareValue(.le, regs[inst.b], regs[inst.c], code, inst)
                case .compareEq:
                    regs[inst.a] = try compareValue(.eq, regs[inst.b], regs[inst.c], code, inst)
                case .compareNe:
                    regs[inst.a] = try compareValue(.ne, regs[inst.b], regs[inst.c], code, inst)
                case .compareGt:
                    regs[inst.a] = try compareValue(.gt, regs[inst.b], regs[inst.c], code, inst)
                case .compareGe:
                    regs[inst.a] = try compareValue(.ge, regs[inst.b], regs[inst.c], code, inst)
                case .isIdentical:
                    regs[inst.a] = .bool(try operand(regs, inst.b, code).isIdentical(operand(regs, inst.c, code)))
                case .isNotIdentical:
                    regs[inst.a] = .bool(try !operand(regs, inst.b, code).isIdentical(operand(regs, inst.c, code)))
                case .contains:
                    regs[inst.a] = .bool(try Runtime.contains(operand(regs, inst.c, code), operand(regs, inst.b, code)))
                case .notContains:
                    regs[inst.a] = .bool(try !Runtime.contains(operand(regs, inst.c, code), operand(regs, inst.b, code)))

                case .jump:
                    if Signals.interruptPending && inst.target < pc { try Signals.raiseInterrupt() }
                    pc = inst.target
                case .jumpIfTrue:
                    if try truth(regs[inst.a], code, inst.a) { pc = inst.target }
                case .jumpIfFalse:
                    if try !truth(regs[inst.a], code, inst.a) { pc = inst.target }
                // The fused compare-and-branch: the next instruction is the jump to take.
                case .jumpIfCompareLt:
                    if try compareTruth(.lt, regs[inst.b], regs[inst.c], code, inst) == (inst.a != 0) {
                        pc = instructions[pc].target
                    } else { pc &+= 1 }
                case .jumpIfCompareLe:
                    if try compareTruth(.le, regs[inst.b], regs[inst.c], code, inst) == (inst.a != 0) {
                        pc = instructions[pc].target
                    } else { pc &+= 1 }
                case .jumpIfCompareEq:
                    if try compareTruth(.eq, regs[inst.b], regs[inst.c], code, inst) == (inst.a != 0) {
                        pc = instructions[pc].target
                    } else { pc &+= 1 }
                case .jumpIfCompareNe:
                    if try compareTruth(.ne, regs[inst.b], regs[inst.c], code, inst) == (inst.a != 0) {
                        pc = instructions[pc].target
                    } else { pc &+= 1 }
                case .jumpIfCompareGt:
                    if try compareTruth(.gt, regs[inst.b], regs[inst.c], code, inst) == (inst.a != 0) {
                        pc = instructions[pc].target
                    } else { pc &+= 1 }
                case .jumpIfCompareGe:
                    if try compareTruth(.ge, regs[inst.b], regs[inst.c], code, inst) == (inst.a != 0) {
                        pc = instructions[pc].target
                    } else { pc &+= 1 }
                case .jumpIfNone:
                    if regs[inst.a].isIdentical(BuiltinTypes.none) { pc = inst.target }
                case .jumpIfNotNone:
                    if !regs[inst.a].isIdentical(BuiltinTypes.none) { pc = inst.target }
                case .returnValue:
                    var result = regs[inst.a]
                    if result.isNull { throw unboundLocal(code, inst.a) }
                    let finished = frame.pointee
                    popFrame()
                    if finished.isEntry { return result }
                    loadFrame()
                    pc = frame.pointee.pc + 1
                    if finished.returnAction != ReturnAction.none {
                        // May raise, in the caller (its pc is the call's).
                        result = try completeReturn(finished, result)
                    }
                    regs[finished.resultRegister] = result

                case .call, .callKeywords, .callMethod, .callMethodKeywords:
                    // The caller resumes after the call, and gc.collect() looks for a call.
                    frame.pointee.pc = pc &- 1
                    // A safe point: weak-reference callbacks queued by a collection run here.
                    if Weakrefs.hasPending { GCModule.safePoint(regs, inst, registerCount: code.registerCount, afterCall: false) }
                    let isMethod = inst.opcode == .callMethod || inst.opcode == .callMethodKeywords
                    let hasKeywords = inst.opcode == .callKeywords || inst.opcode == .callMethodKeywords
                    let callee = regs[inst.b]
                    var first = inst.b + 1
                    var positional = inst.c
                    var prepend = Value.null
                    if isMethod {
                        first += 1
                        prepend = regs[inst.b + 1]
                    }
                    var keywordNames = Value.null
                    if hasKeywords {
                        keywordNames = regs[first + inst.c]
                        positional -= TupleRef(keywordNames).count
                    }
                    try checkArguments(regs + first, count: inst.c, code, inst.b)
                    let args = Arguments(regs + first, positional: positional, keywordNames: keywordNames)
                    let cache = caches + (pc &- 1)
                    if cache.pointee.kind == .construct && callee.isPointer && prepend.isNull
                        && callee.type.isIdentical(BuiltinTypes.type)
                        && callee.loadRaw(TypeWords.version) == cache.pointee.version {
                        // The class call is a guarded step in CPython (RecursionGuard.swift): it
                        // stays counted while __init__ runs, until popFrame.
                        if ThreadState.recursionDepth >= ThreadState.recursionLimit { throw ThreadState.recursionError(RecursionSite.call.suffix) }
                        let instance = newInstance(callee)
                        ThreadState.nativeDepth += 1
                        do throws(PyException) {
                            try pushFunctionFrame(cache.pointee.value, args, prepend: instance, resultRegister: inst.a, isEntry: false)
                        } catch {
                            ThreadState.nativeDepth -= 1
                            throw error
                        }
                        loadFrame()
                        frame.pointee.returnAction = ReturnAction.construct
                        frame.pointee.pending = instance
                        pc = 0
                        break
                    }
                    if callee.type.isIdentical(FunctionRef.type) {
                        if CodeRef(FunctionRef(callee).code).isGeneratorLike {
                            regs[inst.a] = try Generators.create(callee, args, prepend: prepend)
                            break
                        }
                        try pushFunctionFrame(callee, args, prepend: prepend, resultRegister: inst.a, isEntry: false)
                        loadFrame()
                        pc = 0
                        break
                    }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    if prepend.isNull {
                        if cache.pointee.kind == .empty && callee.isPointer { cacheConstruction(callee, cache) }
                        regs[inst.a] = try Runtime.call(callee, args)
                    } else if callee.type.isIdentical(NativeFunctions.methodDescriptorType) {
                        regs[inst.a] = try NativeFunctions.callDescriptor(callee, prepend, args)
                    } else {
                        regs[inst.a] = try callWithSelf(callee, prepend, args)
                    }
                    // A native call may have been gc.collect(): it collects here, once the
                    // call's temporaries are dead.
                    if Weakrefs.hasPending { GCModule.safePoint(regs, inst, registerCount: code.registerCount, afterCall: true) }
                case .callUnpacked:
                    regs[inst.a] = try callUnpacked(regs[inst.b], regs[inst.b + 1], inst.c == 1 ? regs[inst.b + 2] : .null)
                case .makeFunction:
                    regs[inst.a] = makeFunction(constants[inst.b], frame, regs + inst.c)
                case .loadBuildClass:
                    guard let f = DictRef(frame.pointee.builtins).lookupStr(Interned.intern("__build_class__")) else {
                        throw pyError(ExceptionTypes.named("NameError"), "__build_class__ not found")
                    }
                    regs[inst.a] = f
                case .loadAssertionError:
                    regs[inst.a] = ExceptionTypes.named("AssertionError")

                case .buildTuple:
                    regs[inst.a] = TupleRef.create(UnsafeBufferPointer(start: regs + inst.b, count: inst.c)).value
                case .buildList:
                    regs[inst.a] = ListRef.create(UnsafeBufferPointer(start: regs + inst.b, count: inst.c)).value
                case .buildSet:
                    regs[inst.a] = try SetOps.create(UnsafeBufferPointer(start: regs + inst.b, count: inst.c))
                case .buildMap:
                    let d = DictRef.create(capacity: inst.c)
                    regs[inst.a] = d.value
                    for i in 0..<inst.c { try d.set(regs[inst.b + 2 * i], regs[inst.b + 2 * i + 1]) }
                case .buildString:
                    regs[inst.a] = StrOps.concatenate(UnsafeBufferPointer(start: regs + inst.b, count: inst.c))
                case .formatValue:
                    regs[inst.a] = try formatValue(regs[inst.b], conversion: inst.c & 3, spec: inst.c & 4 != 0 ? regs[inst.b + 1] : .null)
                case .listAppend:
                    ListRef(regs[inst.a]).append(regs[inst.b])
                case .listExtend:
                    try listExtend(regs[inst.a], regs[inst.b])
                case .setAdd:
                    try SetOps.add(regs[inst.a], regs[inst.b])
                case .setUpdate:
                    try SetOps.update(regs[inst.a], regs[inst.b])
                case .mapAdd:
                    try DictRef(regs[inst.a]).set(regs[inst.b], regs[inst.c])
                case .dictUpdate:
                    try DictOps.updateFromMapping(regs[inst.a], regs[inst.b])
                case .dictMerge:
                    try DictOps.merge(regs[inst.a], regs[inst.b], function: regs[inst.c])
                case .listToTuple:
                    let list = ListRef(regs[inst.b])
                    regs[inst.a] = TupleRef.create(UnsafeBufferPointer(start: list.items, count: list.count)).value
                case .unpackSequence:
                    try unpackSequence(regs[inst.b], into: regs + inst.a, count: inst.c)
                case .unpackStarred:
                    try unpackStarred(regs[inst.b], into: regs + inst.a, before: inst.c & 0xFF, after: inst.c >> 8)

                case .getIter:
                    regs[inst.a] = try Runtime.iterate(operand(regs, inst.b, code))
                case .forIter:
                    // Fast paths for the iterators of range, list and tuple (their layouts:
                    // RangeType.swift, SequenceTypes.swift); exhaustion takes the slot path.
                    let iterator = regs[inst.a]
                    let item = inst.x == 0 ? inst.a &+ 1 : inst.x &- 1
                    let iteratorType = iterator.type
                    if iteratorType.isIdentical(RangeOps.iteratorType) {
                        let remaining = iterator.loadRaw(3)
                        if remaining > 0 {
                            let v = iterator.loadRaw(1)
                            iterator.storeRaw(1, v &+ iterator.loadRaw(2))
                            iterator.storeRaw(3, remaining &- 1)
                            regs[item] = IntOps.make(Int64(v))
                            break
                        }
                    } else if iteratorType.isIdentical(SequenceIterator.type) || iteratorType.isIdentical(SequenceIterator.tupleType) {
                        let sequence = iterator.loadValue(1)
                        let i = iterator.loadRaw(2)
                        if !sequence.isNull {
                            let sequenceType = sequence.type
                            if sequenceType.isIdentical(ListRef.type) && i < ListRef(sequence).count {
                                iterator.storeRaw(2, i &+ 1)
                                regs[item] = ListRef(sequence)[i]
                                break
                            }
                            if sequenceType.isIdentical(BuiltinTypes.tuple) && i < TupleRef(sequence).count {
                                iterator.storeRaw(2, i &+ 1)
                                regs[item] = TupleRef(sequence)[i]
                                break
                            }
                        }
                    } else if iteratorType.isIdentical(Generators.type) {
                        // A generator resumes directly, not through its type's slot.
                        if let next = try Generators.resume(iterator, sent: .none) {
                            regs[item] = next
                        } else {
                            pc = inst.target
                        }
                        break
                    }
                    if Mode.counts { OpcodeStats.countSlow(inst) }
                    if let next = try Runtime.next(iterator) {
                        regs[item] = next
                    } else {
                        pc = inst.target
                    }

                case .raise:
                    // A bare `raise` re-raises as is: no new traceback entry, no context.
                    if inst.a == 0xFFFF, !ThreadState.handledException.isNull,
                       !ThreadState.handledException.isIdentical(BuiltinTypes.none) {
                        reraising = true
                    }
                    throw try raiseException(inst.a == 0xFFFF ? .null : regs[inst.a], cause: inst.b == 0xFFFF ? .null : regs[inst.b])
                case .reraise:
                    reraising = true
                    throw PyException(regs[inst.a])
                case .checkExceptionMatch:
                    regs[inst.a] = .bool(try exceptionMatches(regs[inst.b], regs[inst.c]))
                case .checkExceptionGroupMatch:
                    let (match, rest) = try ExceptStar.match(regs[inst.b], regs[inst.c])
                    regs[inst.a] = match
                    if !match.isIdentical(BuiltinTypes.none) {
                        regs[inst.b] = rest
                        ThreadState.handledException = match
                    }
                case .prepareReraiseStar:
                    regs[inst.a] = try ExceptStar.prepareReraise(regs[inst.b], ListRef(regs[inst.c]))
                case .pushExceptionInfo:
                    regs[inst.a] = ThreadState.handledException
                    ThreadState.handledException = regs[inst.b]
                case .popExceptionInfo:
                    ThreadState.handledException = regs[inst.a]
                case .beforeWith:
                    if inst.c == 0 {
                        try beforeWith(regs + inst.a, regs[inst.b])
                    } else {
                        try beforeAsyncWith(regs + inst.a, regs[inst.b])
                    }
                case .withExceptStart:
                    let exception = regs[inst.c]
                    regs[inst.a] = try Runtime.call(regs[inst.b], exception.type, exception,
                                                    exception.loadValue(ExceptionWords.traceback))

                case .importName:
                    regs[inst.a] = try Imports.importStatement(names[inst.b], globals: frame.pointee.globals,
                                                               locals: frame.pointee.locals, builtins: frame.pointee.builtins,
                                                               fromList: regs[inst.c], level: regs[inst.c + 1])
                case .importFrom:
                    regs[inst.a] = try Imports.importFrom(regs[inst.b], names[inst.c])
                case .importStar:
                    try Imports.importStar(regs[inst.a], into: frame.pointee.locals.isNull ? frame.pointee.globals : frame.pointee.locals)

                case .matchSequence:
                    regs[inst.a] = .bool(TypeRef(regs[inst.b].type).flags.contains(.sequence))
                case .matchMapping:
                    regs[inst.a] = .bool(TypeRef(regs[inst.b].type).flags.contains(.mapping))
                case .getLength:
                    regs[inst.a] = IntOps.make(Int64(try Builtins.length(regs[inst.b])))
                case .matchKeys:
                    regs[inst.a] = try Patterns.matchKeys(regs[inst.b], keys: regs[inst.c])
                case .matchClass:
                    regs[inst.a] = try Patterns.matchClass(regs[inst.b], cls: regs[inst.b + 1], names: regs[inst.b + 2],
                                                           positional: inst.c)

                case .setupAnnotations:
                    try setupAnnotations(frame)
                case .printExpression:
                    try Builtins.displayHook(regs[inst.a])

                case .yieldValue:
                    let value = regs[inst.b]
                    Generators.suspend(frame.pointee.generator, pc: pc &- 1, wrapped: inst.c != 0)
                    popFrame()
                    return value
                case .getYieldFromIterator:
                    regs[inst.a] = try yieldFromIterator(operand(regs, inst.b, code), code)
                case .send:
                    if let produced = try sendInto(regs[inst.b], regs[inst.c], result: regs + inst.a) {
                        regs[inst.a] = produced
                    } else {
                        pc &+= 2
                    }
                case .getAwaitable:
                    regs[inst.a] = try Coroutines.awaitable(operand(regs, inst.b, code), context: inst.c)
                case .getAsyncIterator:
                    regs[inst.a] = try asyncIterator(operand(regs, inst.b, code))
                case .getAsyncNext:
                    regs[inst.a] = try asyncNext(regs[inst.b])
                case .endAsyncFor:
                    let exception = regs[inst.a]
                    if TypeRef(exception.type).isSubtype(of: ExceptionTypes.named("StopAsyncIteration")) {
                        pc = inst.target
                    } else {
                        reraising = true
                        throw PyException(exception)
                    }
                case .returnGenerator:
                    throw pyError(ExceptionTypes.named("SystemError"), "returnGenerator is not used")
                }
            } catch {
                // Every instruction that changes `frame` or `pc` does so after its last throw.
                frame.pointee.pc = pc &- 1
                let exception = error.value
                if !reraising { chainContext(exception) }
                try unwind(exception)
                reraising = false
            }
        }
    }

    /// One step of `yield from`/`await`: the value the sub-iterator produced, or nil when it
    /// finished (its return value then stored through `result`).
    static func sendInto(_ iterator: Value, _ sent: Value, result: UnsafeMutablePointer<Value>) throws(PyException) -> Value? {
        var sub = iterator
        if sub.type.isIdentical(Coroutines.wrapperType) { sub = sub.loadValue(1) }
        if Generators.isGeneratorOrCoroutine(sub) {
            if let v = try Generators.resume(sub, sent: sent) { return v }
            let r = sub.loadValue(Generators.returnWord)
            result.pointee = r.isNull ? .none : r
            return nil
        }
        do throws(PyException) {
            let t = sub.type
            if t.isIdentical(AsyncGenerators.asendType) { return try AsyncGenerators.asendSend(sub, sent) }
            if t.isIdentical(AsyncGenerators.athrowType) { return try AsyncGenerators.athrowSend(sub, sent) }
            if t.isIdentical(AsyncBuiltins.anextAwaitableType) {
                return try sent.isIdentical(BuiltinTypes.none) ? AsyncBuiltins.proxy(sub, "__next__", .null)
                    : AsyncBuiltins.proxy(sub, "send", sent)
            }
            if !sent.isIdentical(BuiltinTypes.none) { return try Runtime.callMethod(sub, "send", sent) }
            // A class's __next__ is called directly: its StopIteration carries the result.
            if TypeRef(t).flags.contains(.heapType), let v = try ClassSlots.callSpecial(sub, "__next__") { return v }
            if let v = try Runtime.next(sub) { return v }
            result.pointee = .none
            return nil
        } catch {
            guard TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("StopIteration")) else { throw error }
            result.pointee = Generators.stopIterationValue(error.value)
            return nil
        }
    }

    /// Implicit chaining: an exception raised while another is handled gets it as
    /// `__context__` (unless that would make a cycle).
    static func chainContext(_ exception: Value) {
        let handled = ThreadState.handledException
        guard !handled.isNull, !handled.isIdentical(BuiltinTypes.none), !handled.isIdentical(exception) else { return }
        let context = exception.loadValue(ExceptionWords.context)
        if !context.isIdentical(BuiltinTypes.none) && !context.isNull { return }
        // Break a cycle: the handled exception must not have `exception` in its context chain.
        var c = handled
        while !c.isNull && !c.isIdentical(BuiltinTypes.none) {
            let next = c.loadValue(ExceptionWords.context)
            if next.isIdentical(exception) {
                c.storeValue(ExceptionWords.context, .none)
                break
            }
            c = next
        }
        exception.storeValue(ExceptionWords.context, handled)
    }
}

extension CodeRef {
    /// Generators, coroutines and async generators are created, not run, by a call.
    @inline(__always) var isGeneratorLike: Bool {
        flags.rawValue & (CodeFlags.generator.rawValue | CodeFlags.coroutine.rawValue | CodeFlags.asyncGenerator.rawValue) != 0
    }
}
