// pow(base, exp, mod) with a modulus: CPython's ternary_op tries the power slot of each
// operand's type in turn (base, exp, mod, each type once). int's slot computes only when all
// three are ints; float's always refuses a modulus; complex's refuses it once base and exp
// are numbers; a class's __pow__ is called only for the base (slot_nb_power never uses
// __rpow__ with three arguments).

extension Runtime {
    public static func ternaryPow(_ base: Value, _ exponent: Value, _ modulus: Value) throws(PyException) -> Value {
        let operands: [Value] = [base, exponent, modulus]
        var tried: [Value] = []
        for (position, operand) in operands.enumerated() {
            let type = operand.type
            if tried.contains(where: { $0.isIdentical(type) }) { continue }
            tried.append(type)
            if IntOps.isInt(operand) {
                if operands.allSatisfy({ IntOps.isInt($0) }) { return try IntOps.powMod(base, exponent, modulus) }
            } else if FloatOps.isFloat(operand) {
                throw typeError("pow() 3rd argument not allowed unless all arguments are integers")
            } else if ComplexOps.isComplex(operand) {
                if isNumber(base) && isNumber(exponent) { throw pyError(ExceptionTypes.named("ValueError"), "complex modulo") }
            } else if position == 0, let r = try ClassSlots.callSpecial(base, "__pow__", exponent, modulus),
                      !r.isIdentical(BuiltinTypes.notImplemented) {
                return r
            }
        }
        let names = operands.map { "'\(TypeRef($0.type).nameString)'" }
        throw typeError("unsupported operand type(s) for ** or pow(): \(names.joined(separator: ", "))")
    }

    private static func isNumber(_ v: Value) -> Bool {
        IntOps.isInt(v) || FloatOps.isFloat(v) || ComplexOps.isComplex(v)
    }
}
