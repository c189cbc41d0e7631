// Traceback entries, added to an exception as it leaves each frame, outermost first as in
// CPython (`tb_next` points towards where it was raised).
//
//   traceback  word 0 type   1 tb_next   2 the code object   3 tb_lasti (raw)

import TaipanCompiler

public enum Traceback {
    public static var type = Value(bits: 0)

    static func setUp() {
        type = BuiltinTypes.makeType("traceback", base: BuiltinTypes.object, instanceWords: 4,
                                     layout: .fixed(first: 1, count: 2), flags: [], slots: TypeSlots())
        addAttributes()
    }

    /// Records that `exception` passes through the frame running `code` at `pc`.
    static func add(_ exception: Value, code: Value, pc: Int) {
        let tb = allocateObject(words: 4, type: type)
        let previous = exception.loadValue(ExceptionWords.traceback)
        tb.storeValue(1, previous.isIdentical(BuiltinTypes.none) ? .null : previous)
        tb.storeValue(2, code)
        tb.storeRaw(3, pc)
        exception.storeValue(ExceptionWords.traceback, tb)
    }

    /// The (file, line, function name) of each entry, outermost first.
    public static func entries(_ exception: Value) -> [(file: String, line: Int, name: String)] {
        var result: [(String, Int, String)] = []
        var tb = exception.loadValue(ExceptionWords.traceback)
        while !tb.isNull && !tb.isIdentical(BuiltinTypes.none) {
            let code = CodeRef(tb.loadValue(2))
            let unit = code.unit
            let line = unit.range(at: tb.loadRaw(3)).map { Int($0.line) } ?? unit.firstLine
            result.append((unit.fileName, line, unit.name))
            tb = tb.loadValue(1)
        }
        return result
    }
}
