// Code objects: a compiled CodeUnit made available to the interpreter. The constants become
// Values (nested code units become code objects), the names interned strs, and the
// instructions a private copy that quickening may rewrite in place.
//
//   word 0 type   1 constants (tuple)   2 names (tuple)   3 co_varnames   4 co_filename
//        5 co_name   6 co_qualname   7 co_cellvars   8 co_freevars
//        9 the CodeUnit (retained; released by the finaliser)   10 instructions (malloc'd)
//       11 registers   12 co_argcount   13 co_posonlyargcount   14 co_kwonlyargcount
//       15 co_flags   16 locals   17 cells   18 free variables   19 co_firstlineno
//       20 inline caches (malloc'd, one per instruction, zeroed: InlineCache.swift)

import TaipanCompiler
import TaipanSyntax
#if canImport(Glibc)
import Glibc
#endif

public struct CodeRef {
    public let value: Value

    @inline(__always) public init(_ value: Value) { self.value = value }

    static let constantsWord = 1, namesWord = 2, varnamesWord = 3, filenameWord = 4, nameWord = 5,
               qualnameWord = 6, cellvarsWord = 7, freevarsWord = 8, unitWord = 9, instructionsWord = 10,
               registersWord = 11, argcountWord = 12, posonlyWord = 13, kwonlyWord = 14, flagsWord = 15,
               localsWord = 16, cellsWord = 17, freesWord = 18, firstLineWord = 19, cachesWord = 20
    static let words = 21

    public static var type = Value(bits: 0)

    @inline(__always) public var constants: Value { value.loadValue(CodeRef.constantsWord) }
    @inline(__always) public var names: Value { value.loadValue(CodeRef.namesWord) }
    @inline(__always) public var instructions: UnsafeMutablePointer<Instruction> {
        UnsafeMutablePointer(bitPattern: value.loadRaw(CodeRef.instructionsWord))!
    }
    @inline(__always) var caches: UnsafeMutablePointer<InlineCache> {
        UnsafeMutablePointer(bitPattern: value.loadRaw(CodeRef.cachesWord))!
    }
    @inline(__always) public var registerCount: Int { value.loadRaw(CodeRef.registersWord) }
    @inline(__always) public var argumentCount: Int { value.loadRaw(CodeRef.argcountWord) }
    @inline(__always) public var positionalOnlyCount: Int { value.loadRaw(CodeRef.posonlyWord) }
    @inline(__always) public var keywordOnlyCount: Int { value.loadRaw(CodeRef.kwonlyWord) }
    @inline(__always) public var flags: CodeFlags { CodeFlags(rawValue: value.loadRaw(CodeRef.flagsWord)) }
    @inline(__always) public var localCount: Int { value.loadRaw(CodeRef.localsWord) }
    @inline(__always) public var cellCount: Int { value.loadRaw(CodeRef.cellsWord) }
    @inline(__always) public var freeCount: Int { value.loadRaw(CodeRef.freesWord) }
    public var name: Value { value.loadValue(CodeRef.nameWord) }
    public var qualifiedName: Value { value.loadValue(CodeRef.qualnameWord) }
    public var fileName: Value { value.loadValue(CodeRef.filenameWord) }
    public var varnames: Value { value.loadValue(CodeRef.varnamesWord) }

    /// The compiler's unit, for line numbers, exception tables and names.
    public var unit: CodeUnit {
        Unmanaged<CodeUnit>.fromOpaque(UnsafeRawPointer(bitPattern: value.loadRaw(CodeRef.unitWord))!).takeUnretainedValue()
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.repr = { c in
            let code = CodeRef(c)
            let name = StrRef(code.name).string
            let file = StrRef(code.fileName).string
            return StrRef.create("<code object \(name) at 0x\(String(c.bits, radix: 16)), file \"\(file)\", line \(c.loadRaw(firstLineWord))>").value
        }
        type = BuiltinTypes.makeType("code", base: BuiltinTypes.object, instanceWords: words,
                                     layout: .fixed(first: 1, count: 8), flags: [.hasFinalizer], slots: slots)
        Finalizers.register(type) { c in
            Unmanaged<CodeUnit>.fromOpaque(UnsafeRawPointer(bitPattern: c.loadRaw(unitWord))!).release()
            free(UnsafeMutableRawPointer(bitPattern: c.loadRaw(instructionsWord)))
            free(UnsafeMutableRawPointer(bitPattern: c.loadRaw(cachesWord)))
        }
        addAttributes()
    }

    /// The code object for a compiled unit (and, recursively, its nested units).
    public static func create(_ unit: CodeUnit) -> CodeRef {
        let c = allocateObject(words: words, type: type)
        // Raw parts first, so that the finaliser is safe even if a later allocation collects.
        c.storeRaw(unitWord, Int(bitPattern: Unmanaged.passRetained(unit).toOpaque()))
        let instructions = UnsafeMutablePointer<Instruction>.allocate(capacity: max(unit.instructions.count, 1))
        instructions.initialize(from: unit.instructions, count: unit.instructions.count)
        c.storeRaw(instructionsWord, Int(bitPattern: instructions))
        let caches = calloc(max(unit.instructions.count, 1), MemoryLayout<InlineCache>.stride)!
        c.storeRaw(cachesWord, Int(bitPattern: caches))
        c.storeRaw(registersWord, unit.registerCount)
        c.storeRaw(argcountWord, unit.argumentCount)
        c.storeRaw(posonlyWord, unit.positionalOnlyCount)
        c.storeRaw(kwonlyWord, unit.keywordOnlyCount)
        c.storeRaw(flagsWord, unit.flags.rawValue)
        c.storeRaw(localsWord, unit.varnames.count)
        c.storeRaw(cellsWord, unit.cellvars.count)
        c.storeRaw(freesWord, unit.freevars.count)
        c.storeRaw(firstLineWord, unit.firstLine)
        c.storeValue(filenameWord, Interned.intern(unit.fileName))
        c.storeValue(nameWord, Interned.intern(unit.name))
        c.storeValue(qualnameWord, StrRef.create(unit.qualifiedName).value)
        c.storeValue(namesWord, internedTuple(unit.names))
        c.storeValue(varnamesWord, internedTuple(unit.varnames))
        c.storeValue(cellvarsWord, internedTuple(unit.cellvars))
        c.storeValue(freevarsWord, internedTuple(unit.freevars))
        let constants = TupleRef.allocate(unit.constants.count)
        c.storeValue(constantsWord, constants.value)
        for (i, constant) in unit.constants.enumerated() {
            constants[i] = Constants.value(of: constant)
        }
        return CodeRef(c)
    }

    static func internedTuple(_ strings: [String]) -> Value {
        let t = TupleRef.allocate(strings.count)
        for (i, s) in strings.enumerated() { t[i] = Interned.intern(s) }
        return t.value
    }
}

/// Turning compile-time constants into Values.
public enum Constants {
    public static func value(of constant: CodeConstant) -> Value {
        switch constant {
        case .value(let v): return value(of: v)
        case .code(let unit): return CodeRef.create(unit).value
        case .tuple(let items):
            let t = TupleRef.allocate(items.count)
            for (i, item) in items.enumerated() { t[i] = value(of: item) }
            return t.value
        }
    }

    public static func value(of constant: ConstantValue) -> Value {
        switch constant {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .ellipsis: return BuiltinTypes.ellipsis
        case .int(let i): return IntOps.make(i)
        case .bigInt(let digits): return IntOps.fromDecimalDigits(digits)
        case .float(let d): return FloatOps.make(d)
        case .imaginary(let d): return ComplexOps.make(real: 0, imaginary: d)
        case .str(let codePoints): return StrRef.create(codePoints: codePoints).value
        case .bytes(let bytes): return BytesOps.create(bytes)
        }
    }
}

/// Finalisers of objects that own native resources, by type.
public enum Finalizers {
    static var byType: [UInt64: (Value) -> Void] = [:]

    public static func register(_ type: Value, _ finalize: @escaping (Value) -> Void) {
        byType[type.bits] = finalize
        Heap.finalizer = { object in
            let o = Value(pointer: object)
            Finalizers.byType[o.loadValue(0).bits]?(o)
        }
    }
}
