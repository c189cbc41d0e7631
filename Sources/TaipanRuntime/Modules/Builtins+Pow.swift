// pow(base, exp, mod) for the built-in number types, tried in CPython's ternary_op order
// (the base's type, then the exponent's, then the modulus's): int's pow needs three ints,
// float's refuses any modulus, complex's says "complex modulo".

extension Builtins {
    static func powerModulo(_ base: Value, _ exponent: Value, _ modulus: Value) throws(PyException) -> Value {
        if IntOps.isInt(base) && IntOps.isInt(exponent) && IntOps.isInt(modulus) {
            return try IntOps.powMod(base, exponent, modulus)
        }
        func isReal(_ v: Value) -> Bool { IntOps.isInt(v) || FloatOps.isFloat(v) }
        for v in [base, exponent, modulus] {
            if FloatOps.isFloat(v) && isReal(base) && isReal(exponent) {
                throw typeError("pow() 3rd argument not allowed unless all arguments are integers")
            }
            if ComplexOps.isComplex(v) && (isReal(base) || ComplexOps.isComplex(base))
                && (isReal(exponent) || ComplexOps.isComplex(exponent)) {
                throw pyError(ExceptionTypes.named("ValueError"), "complex modulo")
            }
        }
        let names = [base, exponent, modulus].map { "'\(TypeRef($0.type).nameString)'" }
        throw typeError("unsupported operand type(s) for ** or pow(): \(names.joined(separator: ", "))")
    }
}
