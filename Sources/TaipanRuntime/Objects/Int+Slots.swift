// The slot tables of int and bool, filled once by `IntOps.installSlots()` after
// `BuiltinTypes.bootstrap()`.
//
// A binary slot is called for either operand's type with the operands in source order,
// so each checks both and returns NotImplemented unless both are ints; int-with-float
// arithmetic belongs to float's slots. Comparison with a float is handled here, exactly.
// bool is an int subclass: it shares int's slots except repr/str (True/False) and &, |, ^,
// which give a bool when both operands are bools.

extension IntOps {
    static var slotsInstalled = false

    /// Fills int's and bool's slots; later calls do nothing.
    public static func installSlots() {
        if slotsInstalled { return }
        slotsInstalled = true
        let intSlots = TypeRef(BuiltinTypes.int).slots
        let boolSlots = TypeRef(BuiltinTypes.bool).slots
        // Closure literals without captures: a closure made by a helper that captures the
        // operation costs an atomic retain and release of its context on every call.
        for slots in [intSlots, boolSlots] {
            slots.binary[BinaryOp.add.rawValue] = { a, b throws(PyException) in
                isInt(a) && isInt(b) ? try add(a, b) : BuiltinTypes.notImplemented
            }
            slots.binary[BinaryOp.sub.rawValue] = { a, b throws(PyException) in
                isInt(a) && isInt(b) ? try subtract(a, b) : BuiltinTypes.notImplemented
            }
            slots.binary[BinaryOp.mul.rawValue] = { a, b throws(PyException) in
                isInt(a) && isInt(b) ? try multiply(a, b) : BuiltinTypes.notImplemented
            }
            // int has no @: matmul stays nil, so `1 @ 2` is "unsupported operand type(s)".
            slots.binary[BinaryOp.truediv.rawValue] = { a, b throws(PyException) in
                isInt(a) && isInt(b) ? try trueDivide(a, b) : BuiltinTypes.notImplemented
            }
            slots.binary[BinaryOp.floordiv.rawValue] = { a, b throws(PyException) in
                isInt(a) && isInt(b) ? try floorDivide(a, b) : BuiltinTypes.notImplemented
            }
            slots.binary[BinaryOp.mod.rawValue] = { a, b throws(PyException) in
                isInt(a) && isInt(b) ? try modulo(a, b) : BuiltinTypes.notImplemented
            }
            slots.binary[BinaryOp.pow.rawValue] = { a, b throws(PyException) in
                isInt(a) && isInt(b) ? try power(a, b) : BuiltinTypes.notImplemented
            }
            slots.binary[BinaryOp.lshift.rawValue] = { a, b throws(PyException) in
                isInt(a) && isInt(b) ? try leftShift(a, b) : BuiltinTypes.notImplemented
            }
            slots.binary[BinaryOp.rshift.rawValue] = { a, b throws(PyException) in
                isInt(a) && isInt(b) ? try rightShift(a, b) : BuiltinTypes.notImplemented
            }
            slots.binary[BinaryOp.and.rawValue] = { a, b throws(PyException) in
                isInt(a) && isInt(b) ? try bitAnd(a, b) : BuiltinTypes.notImplemented
            }
            slots.binary[BinaryOp.or.rawValue] = { a, b throws(PyException) in
                isInt(a) && isInt(b) ? try bitOr(a, b) : BuiltinTypes.notImplemented
            }
            slots.binary[BinaryOp.xor.rawValue] = { a, b throws(PyException) in
                isInt(a) && isInt(b) ? try bitXor(a, b) : BuiltinTypes.notImplemented
            }
            slots.negative = { v throws(PyException) in negate(v) }
            slots.positive = { v throws(PyException) in positive(v) }
            slots.invert = { v throws(PyException) in invert(v) }
            slots.compare = compareSlot
            slots.hash = { v throws(PyException) in hash(v) }
            slots.bool = { v throws(PyException) in sign(unbool(v)) != 0 }
            slots.repr = { v throws(PyException) in try repr(v) }
        }
        // int has no __str__ of its own (object's calls the repr slot, so a subclass's
        // __repr__ shows in str() and print()).
        intSlots.str = nil
        boolSlots.binary[BinaryOp.and.rawValue] = boolBitwiseSlot(.and, bitAnd)
        boolSlots.binary[BinaryOp.or.rawValue] = boolBitwiseSlot(.or, bitOr)
        boolSlots.binary[BinaryOp.xor.rawValue] = boolBitwiseSlot(.xor, bitXor)
        let trueText = Interned.intern("True")
        let falseText = Interned.intern("False")
        BuiltinTypes.registry.append(contentsOf: [trueText, falseText])
        boolSlots.repr = { v throws(PyException) in v.loadRaw(1) != 0 ? trueText : falseText }
        boolSlots.str = boolSlots.repr
    }

    static func boolBitwiseSlot(_ op: BinaryOp, _ intOp: @escaping (Value, Value) throws(PyException) -> Value)
        -> BinarySlot
    {
        { a, b throws(PyException) in
            if isBool(a) && isBool(b) { return .bool(apply(op, a.loadRaw(1), b.loadRaw(1)) != 0) }
            guard isInt(a) && isInt(b) else { return BuiltinTypes.notImplemented }
            return try intOp(a, b)
        }
    }

    /// Rich comparison; `a` is an int or bool (the slot's own type).
    static func compareSlot(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        if isInt(b) { return compareResult(compare(a, b), op) }
        if b.isInlineFloat || (b.isPointer && b.loadValue(0).isIdentical(BuiltinTypes.float)) {
            return compareResult(compare(a, double: FloatOps.value(b)), op)
        }
        return BuiltinTypes.notImplemented
    }
}
