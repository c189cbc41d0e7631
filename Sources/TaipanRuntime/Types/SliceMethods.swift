// slice.indices() for lengths of any size (CPython's _PySlice_GetLongIndices), and the
// comparisons of slices (as tuples of start, stop, step; unhashable in 3.11).

extension SliceObject {
    /// The clamped (start, stop, step) of `slice` over a sequence of int `length`.
    static func longIndices(_ slice: Value, length: Value) throws(PyException) -> (Value, Value, Value) {
        func index(_ v: Value) throws(PyException) -> Value? {
            if v.isIdentical(BuiltinTypes.none) { return nil }
            if v.isSmallInt { return v }
            if IntOps.isInt(v) { return IntOps.unbool(v) }
            guard let r = try ClassSlots.callSpecial(v, "__index__"), IntOps.isInt(r) else {
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
            return IntOps.unbool(r)
        }
        let step = try index(slice.loadValue(3)) ?? Value(smallInt: 1)
        if IntOps.isZero(step) { throw pyError(ExceptionTypes.named("ValueError"), "slice step cannot be zero") }
        let backwards = IntOps.sign(step) < 0
        let lower = backwards ? Value(smallInt: -1) : Value(smallInt: 0)
        let upper = backwards ? try IntOps.add(length, lower) : length
        func clamp(_ given: Value?, _ otherwise: Value) throws(PyException) -> Value {
            guard var i = given else { return otherwise }
            if IntOps.sign(i) < 0 {
                i = try IntOps.add(i, length)
                return IntOps.compare(i, lower) < 0 ? lower : i
            }
            return IntOps.compare(i, upper) > 0 ? upper : i
        }
        let start = try clamp(try index(slice.loadValue(1)), backwards ? upper : lower)
        let stop = try clamp(try index(slice.loadValue(2)), backwards ? lower : upper)
        return (start, stop, step)
    }

    static func addMethods() {
        NativeFunctions.addMethod(type, "indices") { s, args throws(PyException) in
            try args.expect("indices", count: 1)
            let length = try RangeOps.bound(args[0])
            if IntOps.sign(length) < 0 {
                throw pyError(ExceptionTypes.named("ValueError"), "length should not be negative")
            }
            let (start, stop, step) = try longIndices(s, length: length)
            return TupleRef.create(start, stop, step).value
        }
        TypeRef(type).slots.compare = { a, b, op throws(PyException) in
            guard b.type.isIdentical(type) else { return BuiltinTypes.notImplemented }
            let x = TupleRef.create(a.loadValue(1), a.loadValue(2), a.loadValue(3))
            let y = TupleRef.create(b.loadValue(1), b.loadValue(2), b.loadValue(3))
            return try Runtime.compare(x.value, y.value, op)
        }
    }
}
