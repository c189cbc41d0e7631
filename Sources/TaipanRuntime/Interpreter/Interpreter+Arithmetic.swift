// The arithmetic fast path shared by the binary and in-place operator instructions: inline
// floats and small ints, the operands of most numeric code, without a slot call. Anything
// else (overflow, big ints, boxed floats, division by zero, other types) gives null and
// takes the slot path, which has CPython's full semantics and errors. Call sites pass a
// constant `op`, so inlining leaves one operation.

extension Interpreter {
    @inline(__always)
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

    @inline(__always)
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
