// What the code generator produces for one scope (module, class body, function, lambda,
// comprehension): the instructions and everything they refer to. The runtime turns it into
// a code object; nothing here is a runtime Value, so the compiler stays independent of
// the heap.

import TaipanSyntax

/// A constant of a code unit.
public indirect enum CodeConstant: Equatable {
    case value(ConstantValue)
    case code(CodeUnit)
    /// A tuple of constants (folded `(1, 2)`, keyword-name tuples, default values).
    case tuple([CodeConstant])

    public static func == (a: CodeConstant, b: CodeConstant) -> Bool {
        switch (a, b) {
        case (.value(let x), .value(let y)): return x == y && sameKind(x, y)
        case (.code(let x), .code(let y)): return x === y
        case (.tuple(let x), .tuple(let y)): return x == y
        default: return false
        }
    }

    /// 1, 1.0 and True are equal in Python but distinct constants.
    static func sameKind(_ a: ConstantValue, _ b: ConstantValue) -> Bool {
        switch (a, b) {
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.imaginary(let x), .imaginary(let y)): return x.bitPattern == y.bitPattern
        default: return true
        }
    }
}

// The flags are inlinable computed constants: a `static let` is reached from the runtime
// module through an addressor call, five of them on every Python call.
/// `co_flags`, as CPython numbers them where they exist.
@frozen public struct CodeFlags: OptionSet {
    public var rawValue: Int
    @inlinable public init(rawValue: Int) { self.rawValue = rawValue }
    @inlinable public static var optimized: CodeFlags { CodeFlags(rawValue: 0x1) }
    @inlinable public static var newLocals: CodeFlags { CodeFlags(rawValue: 0x2) }
    @inlinable public static var varargs: CodeFlags { CodeFlags(rawValue: 0x4) }
    @inlinable public static var varkeywords: CodeFlags { CodeFlags(rawValue: 0x8) }
    @inlinable public static var nested: CodeFlags { CodeFlags(rawValue: 0x10) }
    @inlinable public static var generator: CodeFlags { CodeFlags(rawValue: 0x20) }
    @inlinable public static var coroutine: CodeFlags { CodeFlags(rawValue: 0x80) }
    @inlinable public static var iterableCoroutine: CodeFlags { CodeFlags(rawValue: 0x100) }
    @inlinable public static var asyncGenerator: CodeFlags { CodeFlags(rawValue: 0x200) }
    /// Constant 0 is the docstring (CPython 3.14's CO_HAS_DOCSTRING; hidden from co_flags).
    @inlinable public static var hasDocstring: CodeFlags { CodeFlags(rawValue: 0x4000000) }
}

/// One row of the exception table: an exception raised by an instruction in
/// `start..<end` continues at `handler`, with the exception in register `register`.
public struct ExceptionTableEntry: Equatable {
    public var start: Int
    public var end: Int
    public var handler: Int
    public var register: Int

    public init(start: Int, end: Int, handler: Int, register: Int) {
        self.start = start
        self.end = end
        self.handler = handler
        self.register = register
    }
}

/// Source positions of the instructions from `pc` on (until the next entry).
public struct LineTableEntry: Equatable {
    public var pc: Int
    public var range: SourceRange

    public init(pc: Int, range: SourceRange) {
        self.pc = pc
        self.range = range
    }
}

public final class CodeUnit {
    public var name: String
    public var qualifiedName: String
    public var fileName: String
    public var firstLine: Int
    public var flags: CodeFlags = []

    public var argumentCount = 0
    public var positionalOnlyCount = 0
    public var keywordOnlyCount = 0

    /// Fast locals, parameters first (`co_varnames`).
    public var varnames: [String] = []
    /// Cell variables (`co_cellvars`): registers varnames.count ..< + cellvars.count.
    public var cellvars: [String] = []
    /// Free variables (`co_freevars`): the registers after the cells, filled from the
    /// function's closure when a frame is set up.
    public var freevars: [String] = []
    /// For each cell variable that is also a parameter, its parameter index (CPython's
    /// `co_cell2arg`), so the frame set-up can move the argument into the cell.
    public var cellParameters: [Int?] = []
    /// Registers in all: locals, cells, free variables and temporaries.
    public var registerCount = 0

    public var names: [String] = []
    public var constants: [CodeConstant] = []
    public var instructions: [Instruction] = []
    public var lineTable: [LineTableEntry] = []
    public var exceptionTable: [ExceptionTableEntry] = []

    public init(name: String, qualifiedName: String, fileName: String, firstLine: Int) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.fileName = fileName
        self.firstLine = firstLine
    }

    /// The register of cell variable `i` and of free variable `i`.
    public func cellRegister(_ i: Int) -> Int { varnames.count + i }
    public func freeRegister(_ i: Int) -> Int { varnames.count + cellvars.count + i }

    /// The source range of the instruction at `pc`.
    public func range(at pc: Int) -> SourceRange? {
        var low = 0
        var high = lineTable.count - 1
        var found: SourceRange? = nil
        while low <= high {
            let mid = (low + high) / 2
            if lineTable[mid].pc <= pc {
                found = lineTable[mid].range
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return found
    }

    /// The handler for an exception raised at `pc`: the innermost (last listed) entry
    /// covering it.
    public func handler(at pc: Int) -> ExceptionTableEntry? {
        var best: ExceptionTableEntry? = nil
        for entry in exceptionTable where pc >= entry.start && pc < entry.end {
            if best == nil || entry.end - entry.start <= best!.end - best!.start { best = entry }
        }
        return best
    }
}
