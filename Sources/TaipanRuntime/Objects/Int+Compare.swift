// int comparison and hashing. Comparison with a float is exact, as CPython's: an int is
// never rounded to a double to be compared (2**53 + 1 > 2.0**53). The hash is CPython's
// numeric hash, the value modulo 2^61 - 1 with the sign kept, so that equal ints, floats
// and bools hash equal.

extension IntOps {
    /// -1, 0 or 1 comparing two ints.
    @inline(__always)
    public static func compare(_ a: Value, _ b: Value) -> Int {
        if a.isSmallInt && b.isSmallInt {
            let x = a.smallIntValue
            let y = b.smallIntValue
            return x < y ? -1 : (x > y ? 1 : 0)
        }
        return compareSlow(a, b)
    }

    @inline(never)
    static func compareSlow(_ a: Value, _ b: Value) -> Int {
        let a = unbool(a)
        let b = unbool(b)
        if a.isSmallInt && b.isSmallInt { return compare(a, b) }
        return withMagnitude(a) { x in
            withMagnitude(b) { y in
                // Zero counts as non-negative, which orders it correctly against either sign.
                if x.negative != y.negative { return x.negative ? -1 : 1 }
                let c = compareMagnitudes(x, y)
                return x.negative ? -c : c
            }
        }
    }

    /// -1, 0 or 1 comparing int `a` with the double `d` exactly; nil when d is NaN (every
    /// comparison but != is then false).
    public static func compare(_ a: Value, double d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let a = unbool(a)
        if a.isSmallInt && a.smallIntValue.magnitude <= 1 << 53 {
            let x = Double(a.smallIntValue)  // exact
            return x < d ? -1 : (x > d ? 1 : 0)
        }
        let signA = sign(a)
        let signD = d < 0 ? -1 : (d > 0 ? 1 : 0)
        if signA != signD { return signA < signD ? -1 : 1 }
        // Same sign and |a| > 2^53: bit lengths decide, unless equal; a double that long
        // is an integer, so the tie is settled exactly as ints.
        let bitsA = bitLength(a)
        let bitsD = Int(d.exponent) + 1
        if bitsA != bitsD { return (bitsA < bitsD) == (signA > 0) ? -1 : 1 }
        return compare(a, fromIntegralDouble(d))
    }

    /// The result of a rich comparison as a bool Value, given -1/0/1 (nil: unordered).
    @inline(__always)
    static func compareResult(_ c: Int?, _ op: CompareOp) -> Value {
        guard let c else { return .bool(op == .ne) }
        switch op {
        case .lt: return .bool(c < 0)
        case .le: return .bool(c <= 0)
        case .eq: return .bool(c == 0)
        case .ne: return .bool(c != 0)
        case .gt: return .bool(c > 0)
        case .ge: return .bool(c >= 0)
        }
    }

    // MARK: Hash

    /// hash(a): equal to the hash of an equal float (Runtime.intHash for inline ints).
    @inline(__always)
    public static func hash(_ a: Value) -> Int {
        if a.isSmallInt { return Runtime.intHash(a.smallIntValue) }
        return hashSlow(a)
    }

    /// The hash of an int returned by a user's __hash__ (any size, reduced as hash(int)).
    public static func hashValue(_ a: Value) throws(PyException) -> Int { hash(a) }

    @inline(never)
    static func hashSlow(_ a: Value) -> Int {
        let a = unbool(a)
        if a.isSmallInt { return Runtime.intHash(a.smallIntValue) }
        let big = BigIntRef(a)
        let modulus: UInt64 = (1 << 61) - 1
        var h: UInt64 = 0
        var i = big.count - 1
        while i >= 0 {
            // h·2^64 + limb, where 2^64 ≡ 2^3: multiplying by 8 rotates the 61 bits by 3.
            h = ((h << 3) & modulus) | (h >> 58)
            let limb = UInt64(big.limbs[i])
            h += (limb & modulus) + (limb >> 61)  // < 2^63: no overflow
            while h >= modulus { h -= modulus }
            i -= 1
        }
        var r = Int64(h)
        if big.isNegative { r = -r }
        return r == -1 ? -2 : Int(r)
    }
}
