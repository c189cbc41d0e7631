// complex: representation and slots.
//
//   complex  word 0 type   1 real (IEEE bits)   2 imaginary (IEEE bits)

import TaipanSyntax
#if canImport(Glibc)
import Glibc
#endif

public enum ComplexOps {
    public static var type = Value(bits: 0)

    public static func make(real: Double, imaginary: Double) -> Value {
        let c = allocateObject(words: 3, type: type)
        c.storeRaw(1, Int(bitPattern: UInt(real.bitPattern)))
        c.storeRaw(2, Int(bitPattern: UInt(imaginary.bitPattern)))
        return c
    }

    static func parts(_ c: Value) -> (Double, Double) {
        (Double(bitPattern: UInt64(UInt(bitPattern: c.loadRaw(1)))), Double(bitPattern: UInt64(UInt(bitPattern: c.loadRaw(2)))))
    }

    /// A complex, float or int operand as (real, imaginary); nil for other types.
    static func operand(_ v: Value) throws(PyException) -> (Double, Double)? {
        if v.isPointer && TypeRef(v.type).isSubtype(of: type) { return parts(v) }
        if let d = try FloatOps.operand(v) { return (d, 0) }
        return nil
    }

    /// CPython's repr: `1j`, `(1+2j)`, `(-0-1j)`, parts in repr form without a trailing `.0`.
    static func repr(_ real: Double, _ imaginary: Double) -> String {
        func part(_ d: Double) -> String {
            if d.isNaN { return "nan" }
            if d.isInfinite { return d > 0 ? "inf" : "-inf" }
            var s = pythonFloatRepr(d)
            if s.hasSuffix(".0") { s.removeLast(2) }
            return s
        }
        if real == 0 && real.sign == .plus {
            return part(imaginary) + "j"
        }
        let im = part(imaginary)
        let sign = imaginary.sign == .minus || im.hasPrefix("-") ? "" : "+"
        return "(" + part(real) + sign + im + "j)"
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.repr = { c in
            let (re, im) = parts(c)
            return StrRef.create(repr(re, im)).value
        }
        slots.hash = { c in
            let (re, im) = parts(c)
            var h = FloatOps.hash(re) &+ 1_000_003 &* FloatOps.hash(im)
            if h == -1 { h = -2 }
            return h
        }
        slots.bool = { c in parts(c) != (0, 0) }
        slots.compare = { a, b, op throws(PyException) in
            guard op == .eq || op == .ne, let (x, y) = try operand(a), let (u, v) = try operand(b) else {
                return BuiltinTypes.notImplemented
            }
            let equal = x == u && y == v
            return .bool(op == .eq ? equal : !equal)
        }
        slots.negative = { c in
            let (re, im) = parts(c)
            return make(real: -re, imaginary: -im)
        }
        func arithmetic(_ op: BinaryOp, _ f: @escaping (Double, Double, Double, Double) throws(PyException) -> Value) {
            slots.binary[op.rawValue] = { a, b throws(PyException) in
                guard let (x, y) = try operand(a), let (u, v) = try operand(b) else { return BuiltinTypes.notImplemented }
                return try f(x, y, u, v)
            }
        }
        arithmetic(.add) { x, y, u, v in make(real: x + u, imaginary: y + v) }
        arithmetic(.sub) { x, y, u, v in make(real: x - u, imaginary: y - v) }
        arithmetic(.mul) { x, y, u, v in make(real: x * u - y * v, imaginary: x * v + y * u) }
        arithmetic(.truediv) { x, y, u, v throws(PyException) in
            guard let (re, im) = quotient(x, y, u, v) else {
                throw pyError(ExceptionTypes.named("ZeroDivisionError"), "complex division by zero")
            }
            return make(real: re, imaginary: im)
        }
        arithmetic(.pow) { x, y, u, v throws(PyException) in try power(real: x, imaginary: y, exponentReal: u, exponentImaginary: v) }
        type = BuiltinTypes.makeType("complex", base: BuiltinTypes.object, instanceWords: 3, layout: .none, slots: slots)
        // Read-only members in CPython, hence its "readonly attribute" message.
        let readonly: (Value, Value) throws(PyException) -> Void = { _, _ throws(PyException) in throw attributeError("readonly attribute") }
        GetSet.add(type, "real", get: { c in FloatOps.make(parts(c).0) }, set: readonly)
        GetSet.add(type, "imag", get: { c in FloatOps.make(parts(c).1) }, set: readonly)
        installMethods()
    }
}
