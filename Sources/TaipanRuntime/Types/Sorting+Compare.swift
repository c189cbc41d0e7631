// The `<` that sorting uses between keys, with direct paths for the exact built-in key
// types (as CPython's sort pre-checks key types): no slot lookup, recursion guard or bool
// boxing for small ints, strs, floats and tuples of them.

extension Sorting {
    /// The three-way order of two keys of the same exact built-in type (small int, str,
    /// float without NaN), or nil when the general protocol must decide.
    @inline(__always)
    static func directOrder(_ x: Value, _ y: Value) -> Int? {
        if x.isSmallInt && y.isSmallInt {
            let a = x.smallIntValue, b = y.smallIntValue
            return a < b ? -1 : (a == b ? 0 : 1)
        }
        if x.isInlineFloat && y.isInlineFloat {
            let a = x.inlineFloatValue, b = y.inlineFloatValue
            if a < b { return -1 }
            if a > b { return 1 }
            return a == b ? 0 : nil
        }
        if x.isPointer && y.isPointer && x.type.isIdentical(BuiltinTypes.str)
            && y.type.isIdentical(BuiltinTypes.str) {
            return StrOps.order(StrRef(x), StrRef(y))
        }
        return nil
    }

    /// `x < y` for sorting: a tuple is ordered by its first element that is not equal to
    /// the other's (identity counting as equal), as tuple comparison does.
    static func less(_ x: Value, _ y: Value) throws(PyException) -> Bool {
        if let order = directOrder(x, y) { return order < 0 }
        if x.isPointer && y.isPointer && x.type.isIdentical(BuiltinTypes.tuple)
            && y.type.isIdentical(BuiltinTypes.tuple) {
            let a = TupleRef(x), b = TupleRef(y)
            let n = a.count, m = b.count
            let p = a.items, q = b.items
            var i = 0
            while i < n && i < m {
                let u = p[i], v = q[i]
                if !u.isIdentical(v) {
                    if let order = directOrder(u, v) {
                        if order != 0 { return order < 0 }
                    } else if !(try Runtime.equals(u, v)) {
                        return try Runtime.isTrue(Runtime.compare(u, v, .lt))
                    }
                }
                i += 1
            }
            return n < m
        }
        return try Runtime.isTrue(Runtime.compare(x, y, .lt))
    }
}
