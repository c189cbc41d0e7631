// The operations of a type, as native function references: an operation on a built-in type
// is one indirect call. A class statement's type gets slots that call its dunder methods
// (ClassSlots.swift); a slot left nil means the operation is not supported.
//
// Binary number slots return `NotImplemented` to let the reflected operand try, as
// CPython's nb_* slots do.

/// The arguments of a call: positional values, then the values of keyword arguments whose
/// names are in `keywordNames` (a tuple of str, or null), as CPython's vectorcall.
public struct Arguments {
    public let values: UnsafePointer<Value>
    public let positionalCount: Int
    public let keywordNames: Value

    @inline(__always)
    public init(_ values: UnsafePointer<Value>, positional: Int, keywordNames: Value = .null) {
        self.values = values
        self.positionalCount = positional
        self.keywordNames = keywordNames
    }

    @inline(__always) public var keywordCount: Int {
        keywordNames.isNull ? 0 : TupleRef(keywordNames).count
    }

    @inline(__always) public subscript(i: Int) -> Value { values[i] }
}

public typealias UnarySlot = (Value) throws(PyException) -> Value
public typealias BinarySlot = (Value, Value) throws(PyException) -> Value
public typealias CallSlot = (Value, Arguments) throws(PyException) -> Value

public enum CompareOp: Int {
    case lt, le, eq, ne, gt, ge

    /// The operation with operands swapped (a < b is b > a).
    public var reflected: CompareOp {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .eq: return .eq
        case .ne: return .ne
        case .gt: return .lt
        case .ge: return .le
        }
    }

    public var symbol: String {
        switch self {
        case .lt: return "<"
        case .le: return "<="
        case .eq: return "=="
        case .ne: return "!="
        case .gt: return ">"
        case .ge: return ">="
        }
    }
}

/// The binary operators with number slots, in the order of `TypeSlots.binary`.
public enum BinaryOp: Int, CaseIterable {
    case add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift, and, or, xor

    public var symbol: String {
        ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"][rawValue]
    }

    /// The dunder names: `__add__`, reflected `__radd__`, in-place `__iadd__`.
    public var methodName: String {
        ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"][rawValue]
    }
}

/// Number slots indexed by `BinaryOp.rawValue`. Each closure sits in a struct so that the
/// table stores it at its own abstraction: a table of bare closures makes every load wrap
/// the closure in a reabstraction thunk, which allocates (seen in profiles of float code).
/// The table is raw memory owned by one TypeSlots (not a Swift array, whose buffer was
/// retained and released around every operator call).
public struct BinarySlots {
    struct Entry {
        var slot: BinarySlot?
    }

    let entries: UnsafeMutablePointer<Entry>
    let fromClassBits: UnsafeMutablePointer<UInt64>

    init() {
        entries = UnsafeMutablePointer<Entry>.allocate(capacity: BinaryOp.allCases.count)
        entries.initialize(repeating: Entry(slot: nil), count: BinaryOp.allCases.count)
        fromClassBits = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
        fromClassBits.initialize(to: 0)
    }

    /// Bit op set: the slot dispatches to a class's Python methods (CPython's slot_nb_*),
    /// which try both operands themselves.
    public var fromClass: UInt64 {
        get { fromClassBits.pointee }
        nonmutating set { fromClassBits.pointee = newValue }
    }

    public func isFromClass(_ i: Int) -> Bool { fromClass & (1 << UInt64(i)) != 0 }

    public subscript(i: Int) -> BinarySlot? {
        @inline(__always) get { entries[i].slot }
        nonmutating set { entries[i].slot = newValue }
    }

    func free() {
        entries.deinitialize(count: BinaryOp.allCases.count)
        entries.deallocate()
        fromClassBits.deallocate()
    }
}

public final class TypeSlots {
    public var call: CallSlot?
    /// `type(...)`-style construction: `__new__` then `__init__`.
    public var new: CallSlot?
    public var initialize: ((Value, Arguments) throws(PyException) -> Void)?

    public var getattribute: BinarySlot?
    /// Sets (or with a null value deletes) an attribute.
    public var setattr: ((Value, Value, Value) throws(PyException) -> Void)?
    /// Descriptor protocol: `__get__(instance, owner)` and `__set__`/`__delete__`.
    public var descrGet: ((Value, Value, Value) throws(PyException) -> Value)?
    public var descrSet: ((Value, Value, Value) throws(PyException) -> Void)?

    public var repr: UnarySlot?
    public var str: UnarySlot?
    public var hash: ((Value) throws(PyException) -> Int)?
    public var compare: ((Value, Value, CompareOp) throws(PyException) -> Value)?
    public var bool: ((Value) throws(PyException) -> Bool)?
    public var len: ((Value) throws(PyException) -> Int)?

    public var iter: UnarySlot?
    /// The next item, or nil when exhausted (StopIteration without allocating it).
    public var next: ((Value) throws(PyException) -> Value?)?

    public var getitem: BinarySlot?
    public var setitem: ((Value, Value, Value) throws(PyException) -> Void)?
    public var contains: ((Value, Value) throws(PyException) -> Bool)?

    public let binary = BinarySlots()
    public let inplace = BinarySlots()
    public var negative: UnarySlot?
    public var positive: UnarySlot?
    public var invert: UnarySlot?

    public init() {}

    deinit {
        binary.free()
        inplace.free()
    }

    /// A copy, for a subclass that starts from its base's slots.
    public func copy() -> TypeSlots {
        let s = TypeSlots()
        s.call = call; s.new = new; s.initialize = initialize
        s.getattribute = getattribute; s.setattr = setattr
        s.descrGet = descrGet; s.descrSet = descrSet
        s.repr = repr; s.str = str; s.hash = hash; s.compare = compare; s.bool = bool; s.len = len
        s.iter = iter; s.next = next
        s.getitem = getitem; s.setitem = setitem; s.contains = contains
        for i in 0..<BinaryOp.allCases.count {
            s.binary[i] = binary[i]
            s.inplace[i] = inplace[i]
        }
        s.negative = negative; s.positive = positive; s.invert = invert
        return s
    }
}
