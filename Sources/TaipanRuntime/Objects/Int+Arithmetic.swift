// int arithmetic: each operator's fast path on two inline ints, small enough to inline
// into the interpreter, and an out-of-line slow path for big ints, bools and overflow.
//
// Every public operation takes ints (small, big or bool: `IntOps.isInt`) and nothing else;
// the type slots (Int+Slots.swift) check operand types and return NotImplemented for the
// rest. Results follow CPython 3.11: `//` and `%` round toward negative infinity (the
// remainder takes the divisor's sign), `/` is correctly rounded, `**` with a negative
// exponent is float's `**`, `>>` of a negative number rounds toward negative infinity.

#if canImport(Glibc)
import Glibc
#endif
import CGMP

extension IntOps {
    // MARK: + and -

    @inline(__always)
    public static func add(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt {
            // On the tagged words, (x<<3|1) + (y<<3) = (x+y)<<3|1, and the 64-bit add
            // overflows exactly when x+y leaves the 61-bit range.
            let (r, overflow) = Int64(bitPattern: a.bits).addingReportingOverflow(Int64(bitPattern: b.bits &- 1))
            if !overflow { return Value(bits: UInt64(bitPattern: r)) }
        }
        return addSlow(a, b, negateB: false)
    }

    @inline(__always)
    public static func subtract(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt {
            let (r, overflow) = Int64(bitPattern: a.bits).subtractingReportingOverflow(Int64(bitPattern: b.bits &- 1))
            if !overflow { return Value(bits: UInt64(bitPattern: r)) }
        }
        return addSlow(a, b, negateB: true)
    }

    /// a + b, or a - b when `negateB`.
    @inline(never)
    static func addSlow(_ a: Value, _ b: Value, negateB: Bool) -> Value {
        let a = unbool(a)
        let b = unbool(b)
        if a.isSmallInt && b.isSmallInt {
            // 61-bit operands: the Int64 result cannot overflow.
            return make(negateB ? a.smallIntValue - b.smallIntValue : a.smallIntValue + b.smallIntValue)
        }
        if isZero(b) { return a }
        if isZero(a) { return negateB ? negateInt(b) : b }
        return withMagnitude(a) { x in
            withMagnitude(b) { y in
                var y = y
                if negateB { y.negative.toggle() }
                return addMagnitudes(x, y)
            }
        }
    }

    /// The sum of two non-zero signed magnitudes.
    static func addMagnitudes(_ x: Magnitude, _ y: Magnitude) -> Value {
        if x.negative == y.negative {
            let (long, short) = x.count >= y.count ? (x, y) : (y, x)
            let r = allocateBig(long.count + 1)
            let rp = BigIntRef(r).limbs
            rp[long.count] = __gmpn_add(rp, long.limbs, long.count, short.limbs, short.count)
            return finish(r, count: long.count + 1, negative: x.negative)
        }
        let c = compareMagnitudes(x, y)
        if c == 0 { return Value(smallInt: 0) }
        let (large, small) = c > 0 ? (x, y) : (y, x)
        let r = allocateBig(large.count)
        _ = __gmpn_sub(BigIntRef(r).limbs, large.limbs, large.count, small.limbs, small.count)
        return finish(r, count: large.count, negative: large.negative)
    }

    // MARK: *

    @inline(__always)
    public static func multiply(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt {
            // x × (y<<3) = (x×y)<<3, which overflows exactly when x×y leaves the 61-bit range.
            let (r, overflow) = a.smallIntValue.multipliedReportingOverflow(by: Int64(bitPattern: b.bits &- 1))
            if !overflow { return Value(bits: UInt64(bitPattern: r) | Value.intTag) }
        }
        return try multiplySlow(a, b)
    }

    @inline(never)
    static func multiplySlow(_ a: Value, _ b: Value) throws(PyException) -> Value {
        let a = unbool(a)
        let b = unbool(b)
        if a.isSmallInt && b.isSmallInt {
            let x = a.smallIntValue
            let y = b.smallIntValue
            let (high, low) = x.magnitude.multipliedFullWidth(by: y.magnitude)
            let r = allocateBig(2)
            let rp = BigIntRef(r).limbs
            rp[0] = Limb(low)
            rp[1] = Limb(high)
            return finish(r, count: 2, negative: (x < 0) != (y < 0))
        }
        if isZero(a) || isZero(b) { return Value(smallInt: 0) }
        let count = limbCount(a) + limbCount(b)
        try checkLimbs(count)
        let square = a.isIdentical(b)
        return withMagnitude(a) { x in
            withMagnitude(b) { y in
                let r = allocateBig(count)
                let rp = BigIntRef(r).limbs
                if square {
                    __gmpn_sqr(rp, x.limbs, x.count)
                } else if x.count >= y.count {
                    _ = __gmpn_mul(rp, x.limbs, x.count, y.limbs, y.count)
                } else {
                    _ = __gmpn_mul(rp, y.limbs, y.count, x.limbs, x.count)
                }
                return finish(r, count: count, negative: x.negative != y.negative)
            }
        }
    }

    // MARK: // % divmod

    @inline(__always)
    public static func floorDivide(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt && b.smallIntValue != 0 {
            let x = a.smallIntValue
            let y = b.smallIntValue
            var q = x / y
            if x % y != 0 && (x ^ y) < 0 { q -= 1 }
            return make(q)  // -2^60 // -1 leaves the inline range
        }
        return try divmodSlow(a, b, zeroMessage: "integer division or modulo by zero").quotient
    }

    @inline(__always)
    public static func modulo(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt && b.smallIntValue != 0 {
            let y = b.smallIntValue
            var r = a.smallIntValue % y
            if r != 0 && (r ^ y) < 0 { r += y }
            return Value(smallInt: r)
        }
        return try divmodSlow(a, b, zeroMessage: "integer modulo by zero").remainder
    }

    /// divmod(a, b): the floor quotient and the remainder with b's sign.
    public static func divmod(_ a: Value, _ b: Value) throws(PyException) -> (quotient: Value, remainder: Value) {
        try divmodSlow(a, b, zeroMessage: "integer division or modulo by zero")
    }

    @inline(never)
    static func divmodSlow(_ a: Value, _ b: Value, zeroMessage: String) throws(PyException)
        -> (quotient: Value, remainder: Value)
    {
        let a = unbool(a)
        let b = unbool(b)
        if isZero(b) { throw zeroDivision(zeroMessage) }
        if a.isSmallInt && b.isSmallInt {
            let x = a.smallIntValue
            let y = b.smallIntValue
            var q = x / y
            var r = x % y
            if r != 0 && (r ^ y) < 0 {
                q -= 1
                r += y
            }
            return (make(q), Value(smallInt: r))
        }
        return withMagnitude(a) { x in
            withMagnitude(b) { y in divideMagnitudes(a, b, x, y) }
        }
    }

    /// Floor division of a by b (b ≠ 0), given their magnitudes.
    static func divideMagnitudes(_ a: Value, _ b: Value, _ x: Magnitude, _ y: Magnitude)
        -> (quotient: Value, remainder: Value)
    {
        let negativeQuotient = x.negative != y.negative
        if compareMagnitudes(x, y) < 0 {
            // |a| < |b|: the truncated quotient is 0; flooring makes it -1 when signs differ.
            if x.count == 0 || !negativeQuotient { return (Value(smallInt: 0), a) }
            return (Value(smallInt: -1), addSlow(a, b, negateB: false))
        }
        let qn = x.count - y.count + 1
        let q = allocateBig(qn + 1)
        let r = allocateBig(y.count)
        let qp = BigIntRef(q).limbs
        let rp = BigIntRef(r).limbs
        __gmpn_tdiv_qr(qp, rp, 0, x.limbs, x.count, y.limbs, y.count)
        if negativeQuotient && !allZero(rp, y.count) {
            // Round toward -∞: |q| + 1, and the remainder becomes |b| - |r| with b's sign.
            qp[qn] = __gmpn_add_1(qp, qp, qn, 1)
            _ = __gmpn_sub_n(rp, y.limbs, rp, y.count)
        }
        return (finish(q, count: qn + 1, negative: negativeQuotient), finish(r, count: y.count, negative: y.negative))
    }

    static func allZero(_ limbs: UnsafePointer<Limb>, _ count: Int) -> Bool {
        for i in 0..<count where limbs[i] != 0 { return false }
        return true
    }

    // MARK: /

    @inline(__always)
    public static func trueDivide(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt {
            let x = a.smallIntValue
            let y = b.smallIntValue
            // Both exact as doubles, so one IEEE division rounds correctly.
            if y != 0 && x.magnitude <= 1 << 53 && y.magnitude <= 1 << 53 {
                return FloatOps.make(Double(x) / Double(y))
            }
        }
        return try FloatOps.make(trueDivideSlow(a, b))
    }

    /// a / b correctly rounded: an integer quotient of 55 or more bits (or down to 2^-1076
    /// for subnormal results), rounded half to even with the remainder as sticky bit.
    @inline(never)
    static func trueDivideSlow(_ a: Value, _ b: Value) throws(PyException) -> Double {
        let a = unbool(a)
        let b = unbool(b)
        if isZero(b) { throw zeroDivision("division by zero") }
        let negative = (sign(a) < 0) != (sign(b) < 0)
        if isZero(a) { return negative ? -0.0 : 0.0 }
        if a.isSmallInt && b.isSmallInt && a.smallIntValue.magnitude <= 1 << 53 && b.smallIntValue.magnitude <= 1 << 53 {
            return Double(a.smallIntValue) / Double(b.smallIntValue)
        }
        let x = absolute(a)
        let y = absolute(b)
        // |a/b| lies in [2^(diff-1), 2^(diff+1)).
        let diff = bitLength(x) - bitLength(y)
        if diff > 1024 { throw overflowError("integer division result too large for a float") }
        if diff < -1075 { return negative ? -0.0 : 0.0 }  // under half the least subnormal
        // q = ⌊|a/b| / 2^shift⌋ has 55 or 56 bits; in the subnormal range (diff < -1021) the
        // shift is pinned so that q's bits reach down to 2^-1076.
        let shift = max(diff, -1021) - 55
        let numerator = shift < 0 ? shiftLeft(x, by: -shift) : x
        let denominator = shift > 0 ? shiftLeft(y, by: shift) : y
        let (q, r) = withMagnitude(numerator) { n in
            withMagnitude(denominator) { d in divideMagnitudes(numerator, denominator, n, d) }
        }
        var bits = UInt64(asInt64(q)!)
        let inexact = !isZero(r)
        // Keep 53 significant bits, or only the bits at or above 2^-1074 when subnormal.
        let extra = max(64 - bits.leadingZeroBitCount, -1021 - shift) - 53
        let low = bits & ((1 << extra) - 1)
        let half: UInt64 = 1 << (extra - 1)
        bits >>= extra
        if low > half || (low == half && (inexact || bits & 1 == 1)) { bits += 1 }
        let result = Double(sign: negative ? .minus : .plus, exponent: shift + extra, significand: Double(bits))
        if result.isInfinite { throw overflowError("integer division result too large for a float") }
        return result
    }

    // MARK: **

    @inline(__always)
    public static func power(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt && b.smallIntValue >= 0,
           let r = smallPower(a.smallIntValue, b.smallIntValue)
        {
            return r
        }
        return try powerSlow(a, b)
    }

    /// base ** exponent by squaring in Int64, or nil on overflow.
    static func smallPower(_ base: Int64, _ exponent: Int64) -> Value? {
        var result: Int64 = 1
        var base = base
        var e = exponent
        while true {
            if e & 1 != 0 {
                let (r, overflow) = result.multipliedReportingOverflow(by: base)
                if overflow { return nil }
                result = r
            }
            e >>= 1
            if e == 0 { return Value.smallInt(result) }
            let (s, overflow) = base.multipliedReportingOverflow(by: base)
            if overflow { return nil }
            base = s
        }
    }

    @inline(never)
    static func powerSlow(_ a: Value, _ b: Value) throws(PyException) -> Value {
        let a = unbool(a)
        let b = unbool(b)
        if sign(b) < 0 {
            // As CPython: both operands become floats and float's ** decides.
            let x = try toDouble(a)
            let y = try toDouble(b)
            if x == 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
            return FloatOps.make(pow(x, y))
        }
        if isZero(b) { return Value(smallInt: 1) }
        if a.isSmallInt {
            let x = a.smallIntValue
            if x == 0 || x == 1 { return a }
            if x == -1 { return isOdd(b) ? a : Value(smallInt: 1) }
        }
        // |a| ≥ 2 from here: an exponent beyond Int64 needs more than 2^63 bits.
        guard let e = asInt64(b) else { throw memoryError() }
        let (resultBits, overflow) = bitLength(a).multipliedReportingOverflow(by: Int(e))
        if overflow || resultBits / 64 + 4 > maxLimbs { throw memoryError() }
        let negative = sign(a) < 0 && e & 1 == 1
        if a.isSmallInt && a.smallIntValue.magnitude & (a.smallIntValue.magnitude - 1) == 0 {
            // A power of two is a shift.
            let r = shiftLeft(Value(smallInt: 1), by: a.smallIntValue.magnitude.trailingZeroBitCount * Int(e))
            return negative ? negateInt(r) : r
        }
        return withMagnitude(a) { x in
            powerMagnitude(x, e, capacity: resultBits / 64 + 4, negative: negative)
        }
    }

    @inline(__always) static func isOdd(_ v: Value) -> Bool {
        v.isSmallInt ? v.smallIntValue & 1 != 0 : BigIntRef(v).limbs[0] & 1 != 0
    }

    /// |x| ** e (e ≥ 1) by left-to-right binary powering in two malloc'd buffers of
    /// `capacity` limbs (enough for any intermediate square or product; see the bound in
    /// powerSlow: the result has at most bitLength(x)·e bits).
    static func powerMagnitude(_ x: Magnitude, _ e: Int64, capacity: Int, negative: Bool) -> Value {
        var r = UnsafeMutablePointer<Limb>.allocate(capacity: capacity)
        var t = UnsafeMutablePointer<Limb>.allocate(capacity: capacity)
        defer {
            r.deallocate()
            t.deallocate()
        }
        r.update(from: x.limbs, count: x.count)
        var rn = x.count
        var bit = 62 - e.leadingZeroBitCount
        while bit >= 0 {
            __gmpn_sqr(t, r, rn)
            var tn = 2 * rn
            if t[tn - 1] == 0 { tn -= 1 }
            swap(&r, &t)
            rn = tn
            if (e >> bit) & 1 != 0 {
                let top = __gmpn_mul(t, r, rn, x.limbs, x.count)
                tn = rn + x.count
                if top == 0 { tn -= 1 }
                swap(&r, &t)
                rn = tn
            }
            bit -= 1
        }
        return fromLimbs(r, count: rn, negative: negative)
    }

    // MARK: << and >>

    @inline(__always)
    public static func leftShift(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt {
            let x = a.smallIntValue
            let n = b.smallIntValue
            if n >= 0 && n < 64 {
                let r = x &<< n
                if r &>> n == x, let v = Value.smallInt(r) { return v }
            }
        }
        return try leftShiftSlow(a, b)
    }

    @inline(never)
    static func leftShiftSlow(_ a: Value, _ b: Value) throws(PyException) -> Value {
        let a = unbool(a)
        let b = unbool(b)
        if sign(b) < 0 { throw valueError("negative shift count") }
        if isZero(a) { return a }
        guard let n = asInt64(b) else {
            // CPython counts shifts in 30-bit digits: a digit count beyond Py_ssize_t
            // (a count ≥ 15·2^64) is OverflowError, any other too-big count MemoryError.
            let big = BigIntRef(b)
            if big.count > 2 || (big.count == 2 && big.limbs[1] >= 15) {
                throw overflowError("too many digits in integer")
            }
            throw memoryError()
        }
        try checkLimbs(limbCount(a) + Int(n / 64) + 1)
        return shiftLeft(a, by: Int(n))
    }

    /// v << n for an int v (not a bool) and n ≥ 0 whose result size the caller checked.
    static func shiftLeft(_ v: Value, by n: Int) -> Value {
        if isZero(v) { return v }
        return withMagnitude(v) { x in
            let limbShift = n / 64
            let bitShift = n % 64
            let count = x.count + limbShift + 1
            let r = allocateBig(count)
            let rp = BigIntRef(r).limbs
            if bitShift == 0 {
                (rp + limbShift).update(from: x.limbs, count: x.count)
            } else {
                rp[count - 1] = __gmpn_lshift(rp + limbShift, x.limbs, x.count, UInt32(bitShift))
            }
            return finish(r, count: count, negative: x.negative)
        }
    }

    @inline(__always)
    public static func rightShift(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt {
            let n = b.smallIntValue
            if n >= 0 { return Value(smallInt: a.smallIntValue &>> min(n, 63)) }
        }
        return try rightShiftSlow(a, b)
    }

    @inline(never)
    static func rightShiftSlow(_ a: Value, _ b: Value) throws(PyException) -> Value {
        let a = unbool(a)
        let b = unbool(b)
        if b.isSmallInt && b.smallIntValue >= 0, let x = nonNegativeWord(a) {
            // A one-word operand (a 64-bit hash or random state): no limb arithmetic.
            let n = b.smallIntValue
            return n >= 64 ? Value(smallInt: 0) : make(unsigned: x >> UInt64(n))
        }
        if sign(b) < 0 { throw valueError("negative shift count") }
        guard let n = asInt64(b), n < bitLength(a) else {
            return Value(smallInt: sign(a) < 0 ? -1 : 0)
        }
        if a.isSmallInt { return Value(smallInt: a.smallIntValue >> n) }
        return withMagnitude(a) { x in
            let limbShift = Int(n / 64)
            let bitShift = Int(n % 64)
            let count = x.count - limbShift
            let r = allocateBig(count + 1)
            let rp = BigIntRef(r).limbs
            var lost: Limb = 0
            if bitShift == 0 {
                rp.update(from: x.limbs + limbShift, count: count)
            } else {
                lost = __gmpn_rshift(rp, x.limbs + limbShift, count, UInt32(bitShift))
            }
            if x.negative && (lost != 0 || !allZero(x.limbs, limbShift)) {
                // Round toward -∞: a negative value that lost bits moves away from zero.
                rp[count] = __gmpn_add_1(rp, rp, count, 1)
            }
            return finish(r, count: count + 1, negative: x.negative)
        }
    }

    // MARK: & | ^

    @inline(__always)
    public static func bitAnd(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt { return Value(bits: a.bits & b.bits) }
        return bitwiseSlow(a, b, .and)
    }

    @inline(__always)
    public static func bitOr(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt { return Value(bits: a.bits | b.bits) }
        return bitwiseSlow(a, b, .or)
    }

    @inline(__always)
    public static func bitXor(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt { return Value(bits: (a.bits ^ b.bits) | Value.intTag) }
        return bitwiseSlow(a, b, .xor)
    }

    @inline(__always) static func apply<T: FixedWidthInteger>(_ op: BinaryOp, _ x: T, _ y: T) -> T {
        switch op {
        case .and: return x & y
        case .or: return x | y
        default: return x ^ y
        }
    }

    /// &, | or ^ with Python's semantics of infinite two's complement: each operand is
    /// converted limb by limb, sign-extended one limb past the longer one, and a negative
    /// result converted back to a magnitude.
    @inline(never)
    static func bitwiseSlow(_ a: Value, _ b: Value, _ op: BinaryOp) -> Value {
        let a = unbool(a)
        let b = unbool(b)
        if a.isSmallInt && b.isSmallInt { return Value(smallInt: apply(op, a.smallIntValue, b.smallIntValue)) }
        if let x = nonNegativeWord(a), let y = nonNegativeWord(b) {
            // Masking a one-word value (`& 0xFFFFFFFFFFFFFFFF`) needs no two's complement.
            return make(unsigned: apply(op, x, y))
        }
        if op == .and, let low = maskedLowWord(a, b) ?? maskedLowWord(b, a) {
            return make(unsigned: low)
        }
        return withMagnitude(a) { x in
            withMagnitude(b) { y in
                let count = max(x.count, y.count) + 1
                let negative = apply(op, x.negative ? 1 : 0 as Int, y.negative ? 1 : 0) != 0
                let r = allocateBig(count)
                let rp = BigIntRef(r).limbs
                var carryX: Limb = 1
                var carryY: Limb = 1
                var carryR: Limb = 1
                for i in 0..<count {
                    let w = apply(op, twosComplement(x, i, &carryX), twosComplement(y, i, &carryY))
                    rp[i] = negative ? negateLimb(w, &carryR) : w
                }
                return finish(r, count: count, negative: negative)
            }
        }
    }

    /// The value of an exact int in 0..<2^64, else nil.
    @inline(__always)
    static func nonNegativeWord(_ v: Value) -> UInt64? {
        if v.isSmallInt { let x = v.smallIntValue; return x >= 0 ? UInt64(x) : nil }
        let b = BigIntRef(v)
        return b.signedCount == 1 ? UInt64(b.limbs[0]) : nil
    }

    /// `x & mask` when `mask` is a one-word int and `x` a non-negative big int: only x's
    /// low limb matters (keeping an LCG state to 64 bits).
    @inline(__always)
    static func maskedLowWord(_ x: Value, _ mask: Value) -> UInt64? {
        guard let m = nonNegativeWord(mask), !x.isSmallInt, BigIntRef(x).signedCount > 0 else { return nil }
        return UInt64(BigIntRef(x).limbs[0]) & m
    }

    /// Limb i of x in two's complement, for i in increasing order; `carry` starts at 1.
    @inline(__always)
    static func twosComplement(_ x: Magnitude, _ i: Int, _ carry: inout Limb) -> Limb {
        let m = i < x.count ? x.limbs[i] : 0
        return x.negative ? negateLimb(m, &carry) : m
    }

    /// One limb of ~w + 1 across a multi-limb number: the +1 carries while limbs are zero.
    @inline(__always)
    static func negateLimb(_ w: Limb, _ carry: inout Limb) -> Limb {
        let r = ~w &+ carry
        carry = carry != 0 && w == 0 ? 1 : 0
        return r
    }

    // MARK: Unary

    @inline(__always)
    public static func negate(_ a: Value) -> Value {
        if a.isSmallInt && a.smallIntValue != Value.smallIntMin { return Value(smallInt: -a.smallIntValue) }
        return negateInt(a)
    }

    @inline(never)
    static func negateInt(_ v: Value) -> Value {
        let v = unbool(v)
        if v.isSmallInt { return make(-v.smallIntValue) }
        let b = BigIntRef(v)
        let r = allocateBig(b.count)
        BigIntRef(r).limbs.update(from: b.limbs, count: b.count)
        return finish(r, count: b.count, negative: !b.isNegative)
    }

    /// +a: the int itself (a bool becomes 0 or 1).
    @inline(__always) public static func positive(_ a: Value) -> Value { unbool(a) }

    public static func absolute(_ a: Value) -> Value {
        let a = unbool(a)
        return sign(a) < 0 ? negateInt(a) : a
    }

    /// ~a = -a - 1; an inline int's inverse is always inline.
    @inline(__always)
    public static func invert(_ a: Value) -> Value {
        if a.isSmallInt { return Value(smallInt: ~a.smallIntValue) }
        return addSlow(negateInt(a), Value(smallInt: 1), negateB: true)
    }
}

// MARK: pow(a, b, m)

extension IntOps {
    /// pow(a, b, m) for ints, as CPython: the result has m's sign; a negative exponent
    /// uses the inverse of a modulo m.
    public static func powMod(_ a: Value, _ b: Value, _ m: Value) throws(PyException) -> Value {
        guard isInt(a) && isInt(b) && isInt(m) else {
            throw typeError("pow() 3rd argument not allowed unless all arguments are integers")
        }
        var base = unbool(a)
        var exponent = unbool(b)
        var modulus = unbool(m)
        if isZero(modulus) { throw valueError("pow() 3rd argument cannot be 0") }
        let negativeModulus = sign(modulus) < 0
        if negativeModulus { modulus = negateInt(modulus) }
        if modulus.bits == Value(smallInt: 1).bits { return Value(smallInt: 0) }
        if sign(exponent) < 0 {
            guard let inverse = modularInverse(base, modulus) else {
                throw valueError("base is not invertible for the given modulus")
            }
            base = inverse
            exponent = negateInt(exponent)
        }
        base = try modulo(base, modulus)
        var result = Value(smallInt: 1)
        // Left to right over the exponent's bits; every product is reduced at once.
        var bit = bitLength(exponent) - 1
        while bit >= 0 {
            result = try modulo(multiply(result, result), modulus)
            if testBit(exponent, bit) { result = try modulo(multiply(result, base), modulus) }
            bit -= 1
        }
        if negativeModulus && !isZero(result) { result = addSlow(result, modulus, negateB: true) }
        return result
    }

    /// Bit `i` of a non-negative int.
    static func testBit(_ v: Value, _ i: Int) -> Bool {
        if v.isSmallInt { return i < 63 && (v.smallIntValue >> i) & 1 != 0 }
        let big = BigIntRef(v)
        return i / 64 < big.count && (big.limbs[i / 64] >> (i % 64)) & 1 != 0
    }

    /// x such that a·x ≡ 1 (mod m), m > 1, or nil when gcd(a, m) ≠ 1 (extended Euclid).
    static func modularInverse(_ a: Value, _ m: Value) -> Value? {
        do {
            var r0 = try modulo(a, m)
            var r1 = m
            var s0 = Value(smallInt: 1)
            var s1 = Value(smallInt: 0)
            while !isZero(r1) {
                let (q, r) = try divmod(r0, r1)
                (r0, r1) = (r1, r)
                (s0, s1) = (s1, try subtract(s0, multiply(q, s1)))
            }
            guard r0.bits == Value(smallInt: 1).bits else { return nil }
            return try modulo(s0, m)
        } catch {
            return nil  // unreachable: m ≠ 0 and no result outgrows its operands
        }
    }
}
