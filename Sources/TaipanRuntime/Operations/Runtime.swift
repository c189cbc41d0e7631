// The abstract object protocol: what `hash(x)`, `x == y`, `bool(x)`, `repr(x)` and friends
// do for any value, dispatching through type slots after the inline int/float fast paths.

public enum Runtime {
    // MARK: Hashing

    /// CPython's modulus for numeric hashes, so that equal numbers hash equal across types.
    static let hashModulus: Int64 = (1 << 61) - 1

    @inline(__always) static func intHash(_ v: Int64) -> Int {
        var h = v.magnitude % UInt64(hashModulus)
        if v < 0 { h = UInt64(bitPattern: -Int64(h)) }
        let r = Int(Int64(bitPattern: h))
        return r == -1 ? -2 : r
    }

    public static func hash(_ v: Value) throws(PyException) -> Int {
        if v.isSmallInt { return intHash(v.smallIntValue) }
        if v.isInlineFloat { return FloatOps.hash(v.inlineFloatValue) }
        let type = v.type
        if type.isIdentical(BuiltinTypes.str) { return StrRef(v).hash }
        guard let slot = TypeRef(type).slot({ $0.hash }) else {
            // A type that defines neither hashing nor equality compares by identity, and
            // hashes by identity as object does.
            if TypeRef(type).slots.compare == nil { return Int(bitPattern: UInt(v.bits >> 4)) }
            throw typeError("unhashable type: '\(TypeRef(type).nameString)'")
        }
        return try slot(v)
    }

    // MARK: Truth

    public static func isTrue(_ v: Value) throws(PyException) -> Bool {
        if v.isIdentical(BuiltinTypes.true) { return true }
        if v.isIdentical(BuiltinTypes.false) || v.isIdentical(BuiltinTypes.none) { return false }
        if v.isSmallInt { return v.smallIntValue != 0 }
        if v.isInlineFloat { return v.inlineFloatValue != 0 }
        if let bool = TypeRef(v.type).slot({ $0.bool }) { return try bool(v) }
        if let len = TypeRef(v.type).slot({ $0.len }) { return try len(v) != 0 }
        return true
    }

    // MARK: Comparison

    /// `a == b` as a Swift Bool (identity implies equality, as in containers).
    public static func equals(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        if a.isIdentical(b) { return true }
        if a.isSmallInt && b.isSmallInt { return false }
        return try isTrue(compare(a, b, .eq))
    }

    /// The rich comparison protocol: the reflected operation first when the right operand's
    /// type is a proper subclass of the left's; `==`/`!=` fall back to identity.
    public static func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        try ThreadState.guarded(.comparison) { () throws(PyException) -> Value in try richCompare(a, b, op) }
    }

    static func richCompare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        // Small ints and exact strs (sorting, tuple keys, dict probes) skip the slot call.
        if a.isSmallInt && b.isSmallInt {
            let x = a.smallIntValue, y = b.smallIntValue
            switch op {
            case .lt: return .bool(x < y)
            case .le: return .bool(x <= y)
            case .eq: return .bool(x == y)
            case .ne: return .bool(x != y)
            case .gt: return .bool(x > y)
            case .ge: return .bool(x >= y)
            }
        }
        if a.isPointer && b.isPointer && a.type.isIdentical(BuiltinTypes.str) && b.type.isIdentical(BuiltinTypes.str) {
            return StrOps.compare(StrRef(a), StrRef(b), op)
        }
        let ta = a.type
        let tb = b.type
        var triedReflected = false
        if !ta.isIdentical(tb) && TypeRef(tb).isSubtype(of: ta), let slot = TypeRef(tb).slot({ $0.compare }) {
            triedReflected = true
            let r = try slot(b, a, op.reflected)
            if !r.isIdentical(BuiltinTypes.notImplemented) { return r }
        }
        if let slot = TypeRef(ta).slot({ $0.compare }) {
            let r = try slot(a, b, op)
            if !r.isIdentical(BuiltinTypes.notImplemented) { return r }
        }
        if !triedReflected, let slot = TypeRef(tb).slot({ $0.compare }) {
            let r = try slot(b, a, op.reflected)
            if !r.isIdentical(BuiltinTypes.notImplemented) { return r }
        }
        switch op {
        case .eq: return .bool(a.isIdentical(b))
        case .ne: return .bool(!a.isIdentical(b))
        default:
            throw typeError("'\(op.symbol)' not supported between instances of '\(TypeRef(ta).nameString)' and '\(TypeRef(tb).nameString)'")
        }
    }

    // MARK: Binary operators

    /// `a op b`: the left operand's slot, then the right's (first when its type is a proper
    /// subclass), as CPython's binary_op1; TypeError when both return NotImplemented (naming
    /// `op=` when it is the fallback of an in-place operator).
    public static func binary(_ op: BinaryOp, _ a: Value, _ b: Value, inPlace: Bool = false) throws(PyException) -> Value {
        let ta = a.type
        let tb = b.type
        let slotA = TypeRef(ta).slot { $0.binary[op.rawValue] }
        var slotB: BinarySlot? = nil
        if !ta.isIdentical(tb) {
            let binaryB = TypeRef(tb).slot { $0.binary }
            slotB = binaryB[op.rawValue]
            // Two classes' Python dispatchers: the left one tries both sides (CPython's
            // slotv == slotw).
            if binaryB.isFromClass(op.rawValue) && TypeRef(ta).slot({ $0.binary }).isFromClass(op.rawValue) { slotB = nil }
        }
        if let slotB, TypeRef(tb).isSubtype(of: ta) {
            let r = try slotB(a, b)
            if !r.isIdentical(BuiltinTypes.notImplemented) { return r }
            if let slotA {
                let r = try slotA(a, b)
                if !r.isIdentical(BuiltinTypes.notImplemented) { return r }
            }
            if op == .mul, let repeated = try sequenceRepeat(a, b) { return repeated }
            throw unsupportedOperands(inPlace ? op.symbol + "=" : op.symbol, ta, tb)
        }
        if let slotA {
            let r = try slotA(a, b)
            if !r.isIdentical(BuiltinTypes.notImplemented) { return r }
        }
        if let slotB {
            let r = try slotB(a, b)
            if !r.isIdentical(BuiltinTypes.notImplemented) { return r }
        }
        if op == .mul, let repeated = try sequenceRepeat(a, b) { return repeated }
        throw unsupportedOperands(inPlace ? op.symbol + "=" : op.symbol, ta, tb)
    }

    /// `a op= b`: the in-place slot if the left type has one, else the binary operator.
    public static func inplace(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyException) -> Value {
        if let slot = TypeRef(a.type).slot({ $0.inplace[op.rawValue] }) {
            let r = try slot(a, b)
            if !r.isIdentical(BuiltinTypes.notImplemented) { return r }
        }
        return try binary(op, a, b, inPlace: true)
    }

    /// `sequence * n` and `n * sequence` once both number slots declined (CPython's
    /// sequence_repeat): n may be any object with __index__; anything else is refused with
    /// CPython's message. Sequences repeat in their own `mul` slot with themselves on the left.
    static func sequenceRepeat(_ a: Value, _ b: Value) throws(PyException) -> Value? {
        let (sequence, count) = isRepeatable(a.type) ? (a, b) : isRepeatable(b.type) ? (b, a) : (Value.null, Value.null)
        if sequence.isNull { return nil }
        guard let n = try IntOps.index(count, clamp: true) else {
            throw typeError("can't multiply sequence by non-int of type '\(TypeRef(count.type).nameString)'")
        }
        if n == Int.max || n == Int.min {
            throw pyError(ExceptionTypes.named("OverflowError"), "cannot fit 'int' into an index-sized integer")
        }
        guard let slot = TypeRef(sequence.type).slots.binary[BinaryOp.mul.rawValue] else { return nil }
        let r = try slot(sequence, IntOps.make(Int64(n)))
        return r.isIdentical(BuiltinTypes.notImplemented) ? nil : r
    }

    /// The built-in sequences with repetition (CPython's sq_repeat), and their subclasses.
    static func isRepeatable(_ type: Value) -> Bool {
        let t = TypeRef(type)
        return t.isSubtype(of: ListRef.type) || t.isSubtype(of: BuiltinTypes.tuple) || t.isSubtype(of: BuiltinTypes.str)
            || t.isSubtype(of: BytesOps.type) || t.isSubtype(of: ByteArrayOps.type)
    }

    @inline(never)
    static func unsupportedOperands(_ symbol: String, _ ta: Value, _ tb: Value) -> PyException {
        let symbol = symbol == "**" ? "** or pow()" : symbol
        return typeError("unsupported operand type(s) for \(symbol): '\(TypeRef(ta).nameString)' and '\(TypeRef(tb).nameString)'")
    }

    // MARK: repr and str

    public static func repr(_ v: Value) throws(PyException) -> Value {
        try ThreadState.guarded(.repr) { () throws(PyException) -> Value in
            if let slot = TypeRef(v.type).slots.repr { return try slot(v) }
            return StrRef.create(defaultRepr(v)).value
        }
    }

    public static func str(_ v: Value) throws(PyException) -> Value {
        if v.isPointer && v.type.isIdentical(BuiltinTypes.str) { return v }
        return try ThreadState.guarded(.str) { () throws(PyException) -> Value in
            if let slot = TypeRef(v.type).slots.str { return try slot(v) }
            // object.__str__ calls the repr slot directly, unguarded; a class's own
            // __repr__ result is checked as __str__'s (CPython's slot_tp_repr checks nothing).
            if let slot = TypeRef(v.type).slots.repr {
                if TypeRef(v.type).flags.contains(.heapType),
                   let method = TypeRef(v.type).lookup(Interned.intern("__repr__")), method.type.isIdentical(FunctionRef.type),
                   let r = try ClassSlots.callSpecial(v, "__repr__") {
                    return try ClassSlots.checkedStr(r, "__str__")
                }
                return try slot(v)
            }
            return StrRef.create(defaultRepr(v)).value
        }
    }

    /// `<module.Name object at 0x…>`.
    public static func defaultRepr(_ v: Value) -> String {
        let t = TypeRef(v.type)
        let module = t.value.loadValue(TypeWords.module)
        var name = StrRef(t.value.loadValue(TypeWords.qualname)).string
        if !module.isNull && module.type.isIdentical(BuiltinTypes.str) {
            let m = StrRef(module).string
            if m != "builtins" { name = m + "." + name }
        }
        return "<\(name) object at 0x\(String(v.bits, radix: 16))>"
    }

    /// repr() as a Swift String, for error messages.
    public static func reprString(_ v: Value) throws(PyException) -> String {
        StrRef(try repr(v)).string
    }
}
