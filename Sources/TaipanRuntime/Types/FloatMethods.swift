// float's exact conversions: as_integer_ratio, hex and float.fromhex (C99 %a style, as
// CPython prints and parses them), and the numeric-tower members conjugate/real/imag.

#if canImport(Glibc)
import Glibc
#endif

extension FloatOps {
    static func installExactMethods() {
        let float = BuiltinTypes.float
        NativeFunctions.addMethod(float, "as_integer_ratio") { v, args throws(PyException) in
            try args.expect("as_integer_ratio", count: 0)
            let (n, d) = try integerRatio(value(v))
            return TupleRef.create(n, d).value
        }
        NativeFunctions.addMethod(float, "hex") { v, args throws(PyException) in
            try args.expect("hex", count: 0)
            return StrRef.create(hex(value(v))).value
        }
        NativeFunctions.addMethod(float, "conjugate") { v, _ in make(value(v)) }
        NativeFunctions.addMethod(float, "__abs__") { v, args throws(PyException) in
            try args.expectWrapped(count: 0)
            return make(Swift.abs(value(v)))
        }
        GetSet.add(float, "real", get: { v in make(value(v)) })
        GetSet.add(float, "imag", get: { _ in make(0) })
        let fromhex = NativeFunctions.make("fromhex") { _, args throws(PyException) in
            // Called through a classmethod: the class comes first.
            guard args.positionalCount == 2 else { throw typeError("float.fromhex() takes exactly one argument") }
            guard StrOps.isStr(args[1]) else {
                // CPython 3.11 reads the argument with PyUnicode_AsUTF8AndSize, whose message this is.
                throw typeError("bad argument type for built-in operation")
            }
            let result = make(try parseHex(StrRef(args[1]).string))
            return args[0].isIdentical(float) ? result : try Runtime.call(args[0], result)
        }
        DictRef(TypeRef(float).dict).setStr(Interned.intern("fromhex"), Descriptors.classMethod(fromhex))
    }

    /// The exact ratio of a finite double as (numerator, positive denominator) ints.
    static func integerRatio(_ d: Double) throws(PyException) -> (Value, Value) {
        if d.isInfinite { throw pyError(ExceptionTypes.named("OverflowError"), "cannot convert Infinity to integer ratio") }
        if d.isNaN { throw pyError(ExceptionTypes.named("ValueError"), "cannot convert NaN to integer ratio") }
        if d == 0 { return (IntOps.make(0), IntOps.make(1)) }
        // d = significand * 2^exponent with an odd integer significand.
        var significand = d.significandBitPattern | (d.isNormal ? 1 << 52 : 0)
        var exponent = Int(d.isNormal ? d.exponent : -1022) - 52
        while significand & 1 == 0 {
            significand >>= 1
            exponent += 1
        }
        let n = IntOps.make(d < 0 ? -Int64(significand) : Int64(significand))
        if exponent >= 0 { return (IntOps.shiftLeft(n, by: exponent), IntOps.make(1)) }
        return (n, IntOps.shiftLeft(IntOps.make(1), by: -exponent))
    }

    /// float.hex(): "0x1.8000000000000p+1"; subnormals as "0x0.…p-1022".
    static func hex(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let sign = d.sign == .minus ? "-" : ""
        if d == 0 { return sign + "0x0.0p+0" }
        let lead = d.isNormal ? "1" : "0"
        let exponent = d.isNormal ? Int(d.exponent) : -1022
        let digits = String(d.significandBitPattern, radix: 16)
        let fraction = String(repeating: "0", count: 13 - digits.count) + digits
        return "\(sign)0x\(lead).\(fraction)p\(exponent >= 0 ? "+" : "")\(exponent)"
    }

    /// float.fromhex(s).
    static func parseHex(_ text: String) throws(PyException) -> Double {
        let invalid = pyError(ExceptionTypes.named("ValueError"), "invalid hexadecimal floating-point string")
        var s = Substring(text)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        var negative = false
        if s.first == "-" || s.first == "+" {
            negative = s.first == "-"
            s = s.dropFirst()
        }
        switch s.lowercased() {
        case "inf", "infinity": return negative ? -.infinity : .infinity
        case "nan": return .nan
        default: break
        }
        if s.lowercased().hasPrefix("0x") { s = s.dropFirst(2) }
        var mantissa: UInt64 = 0
        var sticky = false
        var scale = 0       // binary exponent correction from digits kept or dropped
        var sawDigit = false
        var afterPoint = false
        while let c = s.first, c != "p" && c != "P" {
            s = s.dropFirst()
            if c == "." {
                if afterPoint { throw invalid }
                afterPoint = true
                continue
            }
            guard let digit = c.hexDigitValue else { throw invalid }
            sawDigit = true
            if mantissa >> 56 == 0 {
                mantissa = mantissa << 4 | UInt64(digit)
                if afterPoint { scale -= 4 }
            } else {
                if digit != 0 { sticky = true }
                if !afterPoint { scale += 4 }
            }
        }
        if !sawDigit { throw invalid }
        var exponent = 0
        if !s.isEmpty {
            s = s.dropFirst()
            guard let e = Int(s), s.first != " " else { throw invalid }
            exponent = max(min(e, 100_000), -100_000)
        }
        if sticky { mantissa |= 1 }
        let magnitude = scalbn(Double(mantissa), Int32(exponent + scale))
        if magnitude.isInfinite {
            throw pyError(ExceptionTypes.named("OverflowError"), "hexadecimal value too large to represent as a float")
        }
        return negative ? -magnitude : magnitude
    }
}
