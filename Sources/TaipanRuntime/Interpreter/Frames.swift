// What natives need to know about the calling Python frame: its locals as a dict
// (`locals()`), and the arguments of zero-argument `super()`.

import TaipanCompiler

enum Frames {
    /// locals(): the locals mapping of a module or class body, or a snapshot dict of a
    /// function's bound local and cell variables.
    static func locals(_ frame: UnsafeMutablePointer<Frame>) throws(PyException) -> Value {
        if !frame.pointee.locals.isNull { return frame.pointee.locals }
        if frame.pointee.function.isNull { return frame.pointee.globals }
        let code = CodeRef(frame.pointee.code)
        let unit = code.unit
        let d = DictRef.create()
        let regs = frame.pointee.registers
        for (i, name) in unit.varnames.enumerated() where !regs[i].isNull {
            d.setStr(Interned.intern(name), regs[i])
        }
        for (i, name) in (unit.cellvars + unit.freevars).enumerated() {
            let cell = regs[unit.varnames.count + i]
            if !cell.isNull && !Cell.get(cell).isNull { d.setStr(Interned.intern(name), Cell.get(cell)) }
        }
        return d.value
    }

    /// The class (from the `__class__` cell) and the first argument of the method running
    /// in `frame`.
    static func superArguments(_ frame: UnsafeMutablePointer<Frame>) throws(PyException) -> (Value, Value) {
        let runtimeError = ExceptionTypes.named("RuntimeError")
        guard !frame.pointee.function.isNull else { throw pyError(runtimeError, "super(): no arguments") }
        let code = CodeRef(frame.pointee.code)
        let unit = code.unit
        guard unit.argumentCount > 0 || unit.flags.contains(.varargs) else {
            throw pyError(runtimeError, "super(): no arguments")
        }
        let regs = frame.pointee.registers
        var first = regs[0]
        // The first argument may have been moved into a cell.
        if let cellIndex = unit.cellvars.firstIndex(of: unit.varnames[0]) {
            first = Cell.get(regs[unit.cellRegister(cellIndex)])
        }
        if first.isNull { throw pyError(runtimeError, "super(): arg[0] deleted") }
        guard let classIndex = unit.freevars.firstIndex(of: "__class__") else {
            throw pyError(runtimeError, "super(): __class__ cell not found")
        }
        let cls = Cell.get(regs[unit.freeRegister(classIndex)])
        if cls.isNull { throw pyError(runtimeError, "super(): empty __class__ cell") }
        return (cls, first)
    }
}
