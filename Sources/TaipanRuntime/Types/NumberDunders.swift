// int's and float's __abs__, __divmod__ and __rdivmod__ (CPython's nb_absolute and
// nb_divmod slot wrappers), for code that names them: `(5).__abs__()`, `dir(int)`.

enum NumberDunders {
    static func install() {
        for type in [BuiltinTypes.int, BuiltinTypes.float] {
            let isFloat = type.isIdentical(BuiltinTypes.float)
            func accepts(_ v: Value) -> Bool { IntOps.isInt(v) || (isFloat && FloatOps.isFloat(v)) }
            NativeFunctions.addMethod(type, "__abs__") { v, args throws(PyException) in
                try args.expect("__abs__", count: 0)
                if FloatOps.isFloat(v) { return FloatOps.make(Swift.abs(FloatOps.value(v))) }
                return IntOps.isNegative(v) ? try Runtime.unary(.negative, v) : IntOps.unbool(v)
            }
            for (name, reflected) in [("__divmod__", false), ("__rdivmod__", true)] {
                NativeFunctions.addMethod(type, name) { v, args throws(PyException) in
                    try args.expect(name, count: 1)
                    let other = args[0]
                    if !accepts(other) { return BuiltinTypes.notImplemented }
                    let (a, b) = reflected ? (other, v) : (v, other)
                    return try divmod(a, b)
                }
            }
        }
    }

    /// divmod of two ints or floats, as the builtin computes it.
    static func divmod(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if FloatOps.isFloat(a) || FloatOps.isFloat(b) {
            let zero = FloatOps.isFloat(b) ? FloatOps.value(b) == 0 : IntOps.isZero(IntOps.unbool(b))
            if zero { throw pyError(ExceptionTypes.named("ZeroDivisionError"), "float divmod()") }
        }
        let q = try Runtime.binary(.floordiv, a, b)
        let r = try Runtime.binary(.mod, a, b)
        return TupleRef.create(q, r).value
    }
}
