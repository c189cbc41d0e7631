// The arithmetic fast path shared by the binary and in-place operator instructions: inline
// floats and small ints, the operands of most numeric code, without a slot call. Anything
// else (overflow, big ints, boxed floats, division by zero, other types) gives null and
// takes the slot path, which has CPython's full semantics and errors. Call sites pass a
// constant `op`, so inlining leaves one operation.

import TaipanCompiler

extension Interpreter {
    @_transparent
    static func fastArithmetic(_ op: BinaryOp, _ l: Value, _ r: Value) -> Value {
        if l.isInlineFloat {
            if r.isInlineFloat { return floatArithmetic(op, l.inlineFloatValue, r.inlineFloatValue) }
            if r.isSmallInt { return floatArithmetic(op, l.inlineFloatValue, Double(r.smallIntValue)) }
            return .null
        }
        guard l.isSmallInt else { return .null }
        if r.isInlineFloat { return floatArithmetic(op, Double(l.smallIntValue), r.inlineFloatValue) }
        guard r.isSmallInt else { return .null }
        let x = l.smallIntValue, y = r.smallIntValue
        let result: Int64
        let overflow: Bool
        switch op {
        case .add: (result, overflow) = x.addingReportingOverflow(y)
        case .sub: (result, overflow) = x.subtractingReportingOverflow(y)
        case .mul: (result, overflow) = x.multipliedReportingOverflow(by: y)
        default: return .null
        }
        if overflow || result < Value.smallIntMin || result > Value.smallIntMax { return .null }
        return Value(smallInt: result)
    }

    /// `l op r` for two small ints and the operators with no float fast path (//, %, <<,
    /// >>, &, |, ^); null when the result is not a small int or the operation raises
    /// (division by zero, a negative shift).
    @_transparent
    static func smallIntOperator(_ op: BinaryOp, _ l: Value, _ r: Value) -> Value {
        guard l.isSmallInt && r.isSmallInt else { return .null }
        // The tag is the low bit pattern 001 in both, so the bitwise operators work on the
        // words directly.
        switch op {
        case .and: return Value(bits: l.bits & r.bits)
        case .or: return Value(bits: l.bits | r.bits)
        case .xor: return Value(bits: (l.bits ^ r.bits) | 1)
        default: break
        }
        let x = l.smallIntValue, y = r.smallIntValue
        var result: Int64
        switch op {
        case .floordiv, .mod:
            if y == 0 { return .null }
            let q = x / y, m = x % y
            // Python rounds the quotient down: the remainder takes the divisor's sign.
            let adjust = m != 0 && (m < 0) != (y < 0)
            result = op == .floordiv ? (adjust ? q - 1 : q) : (adjust ? m + y : m)
        case .lshift:
            if y < 0 || y > 60 { return .null }
            result = x << y
            if result >> y != x { return .null }
        case .rshift:
            if y < 0 { return .null }
            result = x >> (y > 63 ? 63 : y)  // (Swift's generic min is a call here)
        default:
            return .null
        }
        if result < Value.smallIntMin || result > Value.smallIntMax { return .null }
        return Value(smallInt: result)
    }

    /// A binary operator instruction with the small-int fast path.
    @_transparent
    static func intOperator(_ op: BinaryOp, _ l: Value, _ r: Value, _ code: CodeRef, _ inst: Instruction) throws(PyException) -> Value {
        let v = smallIntOperator(op, l, r)
        if !v.isNull { return v }
        if OpcodeStats.enabled { OpcodeStats.countSlow(inst) }
        return try binarySlow(op, l, r, code, inst)
    }

    /// The in-place form (`x //= y`, `x &= y`, …).
    @_transparent
    static func inplaceIntOperator(_ op: BinaryOp, _ l: Value, _ r: Value, _ code: CodeRef, _ inst: Instruction) throws(PyException) -> Value {
        let v = smallIntOperator(op, l, r)
        if !v.isNull { return v }
        return try inplaceSlow(op, l, r, code, inst)
    }

    @inline(never)
    static func inplaceSlow(_ op: BinaryOp, _ l: Value, _ r: Value, _ code: CodeRef, _ inst: Instruction) throws(PyException) -> Value {
        if OpcodeStats.enabled { OpcodeStats.countSlow(inst) }
        try checkOperands(l, r, code, inst)
        return try Runtime.inplace(op, l, r)
    }

    @_transparent
    static func floatArithmetic(_ op: BinaryOp, _ a: Double, _ b: Double) -> Value {
        let d: Double
        switch op {
        case .add: d = a + b
        case .sub: d = a - b
        case .mul: d = a * b
        case .truediv:
            if b == 0 { return .null }
            d = a / b
        default: return .null
        }
        return FloatOps.make(d)
    }
}

// The comparison fast path shared by the compare instructions and the fused
// compare-and-branch ones: small ints and inline floats compare in place; anything else
// takes the rich-comparison slot path (whose result's truth the branch then tests).

extension Interpreter {
    /// The truth of `l op r`; `op` is a constant at each call site.
    @_transparent
    static func compareTruth(_ op: CompareOp, _ l: Value, _ r: Value, _ code: CodeRef, _ inst: Instruction) throws(PyException) -> Bool {
        if l.isSmallInt && r.isSmallInt {
            // The tag bits are equal, so the words compare as the ints do.
            return compare(op, Int64(bitPattern: l.bits), Int64(bitPattern: r.bits))
        }
        if l.isInlineFloat && r.isInlineFloat { return compare(op, l.inlineFloatValue, r.inlineFloatValue) }
        return try compareSlowTruth(op, l, r, code, inst)
    }

    @_transparent
    static func compare<T: Comparable>(_ op: CompareOp, _ x: T, _ y: T) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .eq: return x == y
        case .ne: return x != y
        case .gt: return x > y
        case .ge: return x >= y
        }
    }

    /// `==`/`!=` between two exact strs (token kinds, dict-free dispatch on names):
    /// contents compare without the rich-comparison slot; nil for anything else.
    @inline(__always)
    static func strEquality(_ op: CompareOp, _ l: Value, _ r: Value) -> Bool? {
        guard op == .eq || op == .ne, l.isPointer, r.isPointer,
              l.type.isIdentical(BuiltinTypes.str), r.type.isIdentical(BuiltinTypes.str) else { return nil }
        return StrRef(l).equals(StrRef(r)) == (op == .eq)
    }

    @inline(never)
    static func compareSlow(_ op: CompareOp, _ l: Value, _ r: Value, _ code: CodeRef, _ inst: Instruction) throws(PyException) -> Value {
        if let equal = strEquality(op, l, r) { return .bool(equal) }
        if OpcodeStats.enabled { OpcodeStats.countSlow(inst) }
        try checkOperands(l, r, code, inst)
        return try Runtime.compare(l, r, op)
    }

    @inline(never)
    static func compareSlowTruth(_ op: CompareOp, _ l: Value, _ r: Value, _ code: CodeRef, _ inst: Instruction) throws(PyException) -> Bool {
        if let equal = strEquality(op, l, r) { return equal }
        let v = try compareSlow(op, l, r, code, inst)
        if v.isIdentical(BuiltinTypes.true) { return true }
        if v.isIdentical(BuiltinTypes.false) { return false }
        return try Runtime.isTrue(v)
    }

    /// The value of `l op r` for the compare instructions.
    @_transparent
    static func compareValue(_ op: CompareOp, _ l: Value, _ r: Value, _ code: CodeRef, _ inst: Instruction) throws(PyException) -> Value {
        if l.isSmallInt && r.isSmallInt { return .bool(compare(op, Int64(bitPattern: l.bits), Int64(bitPattern: r.bits))) }
        if l.isInlineFloat && r.isInlineFloat { return .bool(compare(op, l.inlineFloatValue, r.inlineFloatValue)) }
        return try compareSlow(op, l, r, code, inst)
    }

    /// The truth of a value for the conditional jumps: booleans, None and small ints in
    /// place, the rest through the slots.
    @_transparent
    static func truth(_ v: Value, _ code: CodeRef, _ register: Int) throws(PyException) -> Bool {
        if v.isIdentical(BuiltinTypes.true) { return true }
        if v.isIdentical(BuiltinTypes.false) { return false }
        if v.isSmallInt { return v.smallIntValue != 0 }
        return try truthSlow(v, code, register)
    }

    @inline(never)
    static func truthSlow(_ v: Value, _ code: CodeRef, _ register: Int) throws(PyException) -> Bool {
        if v.isNull { throw unboundLocal(code, register) }
        return try Runtime.isTrue(v)
    }
}
