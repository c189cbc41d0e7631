// float: inline in the Value when its exponent allows (Value.swift), else boxed:
// word 0 type, 1 the IEEE bits.

public enum FloatOps {
    /// A float Value, inline when possible.
    @inline(__always) public static func make(_ d: Double) -> Value {
        if let v = Value.inlineFloat(d) { return v }
        return box(d)
    }

    @inline(never) static func box(_ d: Double) -> Value {
        let f = allocateObject(words: 2, type: BuiltinTypes.float)
        f.storeRaw(1, Int(bitPattern: UInt(d.bitPattern)))
        return f
    }

    /// The double of a float Value (inline or boxed); the caller knows it is a float.
    @inline(__always) public static func value(_ v: Value) -> Double {
        if v.isInlineFloat { return v.inlineFloatValue }
        return Double(bitPattern: UInt64(UInt(bitPattern: v.loadRaw(1))))
    }

    /// CPython's numeric hash of a double: equal to the hash of an equal int.
    public static func hash(_ d: Double) -> Int {
        let bits = 61
        let modulus: UInt64 = (1 << 61) - 1
        if !d.isFinite {
            return d.isInfinite ? (d > 0 ? 314_159 : -314_159) : 0
        }
        var exponent = 0
        var m = frexpMantissa(d, &exponent)
        var sign: Int64 = 1
        if m < 0 { sign = -1; m = -m }
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | x >> (UInt64(bits) - 28)
            m *= 268_435_456.0
            exponent -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let e = exponent >= 0 ? exponent % bits : bits - 1 - ((-1 - exponent) % bits)
        x = ((x << UInt64(e)) & modulus) | x >> UInt64(bits - e)
        var result = Int64(bitPattern: x) &* sign
        if result == -1 { result = -2 }
        return Int(result)
    }

    /// C's frexp: d = m × 2^e with 0.5 ≤ |m| < 1 (m = 0 for d = 0).
    static func frexpMantissa(_ d: Double, _ e: inout Int) -> Double {
        if d == 0 { e = 0; return 0 }
        e = Int(d.exponent) + 1
        return Double(sign: d.sign, exponent: -1, significand: d.significand)
    }
}
