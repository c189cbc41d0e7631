// The common Python-to-Python call in one step: positional arguments only (missing trailing
// ones from the defaults), into a function without keyword-only parameters, *args or
// **kwargs that is not a generator. The arguments are copied straight into the new
// frame's registers; `pushFrame` + `bindArguments` clear the window first and decode the
// code's flags one by one. Anything else returns false having pushed nothing.

import TaipanCompiler

extension Interpreter {
    /// Code flags that rule the one-step call out.
    @inline(__always) static var complexCallFlags: Int {
        CodeFlags.varargs.rawValue | CodeFlags.varkeywords.rawValue | CodeFlags.generator.rawValue
            | CodeFlags.coroutine.rawValue | CodeFlags.asyncGenerator.rawValue
    }

    /// Pushes the frame of `f` called with `count` positional `values` (after `prepend`,
    /// when not null) if the call is simple, and says whether it did. The caller has
    /// checked that no argument is null.
    @inline(__always)
    static func pushSimpleFrame(_ f: FunctionRef, _ values: UnsafePointer<Value>, count: Int, prepend: Value,
                                resultRegister: Int, isEntry: Bool) throws(PyException) -> Bool {
        let code = CodeRef(f.code)
        let argcount = code.argumentCount
        let given = prepend.isNull ? count : count &+ 1
        guard code.keywordOnlyCount == 0 && code.flags.rawValue & complexCallFlags == 0 else { return false }
        var defaults = TupleRef(.null)
        if given != argcount {
            // Only trailing parameters with defaults may be left out.
            let d = f.defaults
            guard given < argcount && !d.isNull && !d.isIdentical(BuiltinTypes.none) else { return false }
            defaults = TupleRef(d)
            guard argcount &- given <= defaults.count else { return false }
        }
        if ThreadState.frameCount &+ ThreadState.nativeDepth >= ThreadState.recursionLimit {
            throw ThreadState.recursionError("")
        }
        if Signals.interruptPending { try Signals.raiseInterrupt() }
        let registerCount = code.registerCount
        if ThreadState.registerTop &+ registerCount >= ThreadState.registerCapacity
            || ThreadState.frameCount &+ 1 >= ThreadState.frameCapacity {
            throw pyError(ExceptionTypes.named("RecursionError"), "maximum recursion depth exceeded")
        }
        let regs = ThreadState.registers + ThreadState.registerTop
        var i = 0
        if !prepend.isNull {
            regs[0] = prepend
            i = 1
        }
        for j in 0..<count { regs[i &+ j] = values[j] }
        if given != argcount {
            let firstDefault = argcount &- defaults.count
            for k in given..<argcount { regs[k] = defaults[k &- firstDefault] }
        }
        var k = argcount
        while k < registerCount {
            regs[k] = .null
            k &+= 1
        }
        setUpFreeVariables(f, code, regs)
        ThreadState.registerTop &+= registerCount
        let frame = ThreadState.frames + ThreadState.frameCount
        frame.initialize(to: Frame(code: code.value, function: f.value, globals: f.globals, builtins: f.builtins,
                                   locals: .null, registers: regs, pc: -1, resultRegister: resultRegister,
                                   isEntry: isEntry, registerCount: registerCount, generator: .null))
        ThreadState.frameCount &+= 1
        return true
    }
}
