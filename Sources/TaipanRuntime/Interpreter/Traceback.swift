// Traceback entries, added to an exception as it leaves each frame, outermost first as in
// CPython (`tb_next` points towards where it was raised).
//
//   traceback  word 0 type   1 tb_next   2 the code object   3 the frame's globals
//              4 the frame's builtins   5 tb_lasti (raw)
//
// The namespaces stand in for tb_frame: the uncaught-exception printer looks up NameError
// suggestions in them, as CPython does in the last frame.

import TaipanCompiler

public enum Traceback {
    public static var type = Value(bits: 0)

    static func setUp() {
        type = BuiltinTypes.makeType("traceback", base: BuiltinTypes.object, instanceWords: 6,
                                     layout: .fixed(first: 1, count: 4), flags: [], slots: TypeSlots())
        addAttributes()
    }

    /// Records that `exception` passes through `frame` (running its code at its pc).
    static func add(_ exception: Value, frame: UnsafeMutablePointer<Frame>) {
        let tb = allocateObject(words: 6, type: type)
        let previous = exception.loadValue(ExceptionWords.traceback)
        tb.storeValue(1, previous.isIdentical(BuiltinTypes.none) ? .null : previous)
        tb.storeValue(2, frame.pointee.code)
        tb.storeValue(3, frame.pointee.globals)
        tb.storeValue(4, frame.pointee.builtins)
        tb.storeRaw(5, frame.pointee.pc)
        exception.storeValue(ExceptionWords.traceback, tb)
    }

    /// The innermost entry (where the exception was raised), or nil.
    static func last(_ exception: Value) -> Value? {
        var tb = exception.loadValue(ExceptionWords.traceback)
        if tb.isNull || !tb.type.isIdentical(type) { return nil }
        while true {
            let next = tb.loadValue(1)
            if next.isNull || !next.type.isIdentical(type) { return tb }
            tb = next
        }
    }

    /// The (file, line, function name) of each entry, outermost first.
    public static func entries(_ exception: Value) -> [(file: String, line: Int, name: String)] {
        var result: [(String, Int, String)] = []
        var tb = exception.loadValue(ExceptionWords.traceback)
        while !tb.isNull && tb.type.isIdentical(type) {
            let code = CodeRef(tb.loadValue(2))
            let unit = code.unit
            let line = unit.range(at: tb.loadRaw(5)).map { Int($0.line) } ?? unit.firstLine
            result.append((unit.fileName, line, unit.name))
            tb = tb.loadValue(1)
        }
        return result
    }
}
