// Correctly rounded double → decimal text, as CPython's PyOS_double_to_string (with the
// digits of Python/dtoa.c) produces it for format(), %-formatting, repr and round().
//
// Method: a finite double is m × 2^e exactly, so its decimal expansion is finite (at most
// 767 significant digits) and exact arithmetic on it is simple: the integer part is m << e
// (a big integer when it passes 2^64, converted by short division by 10^19), and the
// fraction is an integer F over 2^k, whose next 19 digits are the carry out of F × 10^19
// when F is stored left-aligned in whole limbs. We generate digits only until the rounding
// position is passed, remember whether anything nonzero lies beyond ("inexact"), and round
// half-to-even on that, which is exact, ties included. Typical values need one or two limbs.
// The shortest round-tripping digits (repr, mode 0 of dtoa) come from Swift's own
// `description`, which computes the same shortest-then-closest digits; the fixture test
// compares it with CPython's repr on random and boundary doubles.

/// A nonnegative decimal 0.D1D2…Dn × 10^point: ASCII digits, no trailing zeros, D1 ≠ 0,
/// except zero, which is "0" with point 1 (dtoa's convention). `inexact`: the value has
/// nonzero digits beyond Dn that were not generated.
struct DecimalDigits: Equatable {
    var digits: [UInt8]
    var point: Int
    var inexact = false

    static let zero = DecimalDigits(digits: [0x30], point: 1)

    var isZero: Bool { digits == [0x30] && !inexact }
}

extension FormatEngine {
    // MARK: Digit generation

    /// The exact decimal expansion of |d|, which must be finite.
    static func exactDecimal(_ d: Double) -> DecimalDigits {
        decimalDigits(of: d, significant: Int.max, fractional: Int.max)
    }

    /// Decimal digits of |d| (finite): all of the integer part, then fraction digits until at
    /// least `significant` significant digits or `fractional` digits after the point exist
    /// (or the expansion ends). Callers ask for one digit past their rounding position.
    static func decimalDigits(of d: Double, significant: Int, fractional: Int) -> DecimalDigits {
        if d == 0 { return .zero }
        var mantissa = d.significandBitPattern
        var exponent = Int(d.exponentBitPattern)
        if exponent == 0 {
            exponent = -1074
        } else {
            mantissa |= 1 << 52
            exponent -= 1075
        }
        let zeros = mantissa.trailingZeroBitCount
        mantissa >>= UInt64(zeros)
        exponent += zeros

        var digits: [UInt8] = []
        digits.reserveCapacity(40)
        if exponent >= 0 {
            if exponent <= 11 {
                appendDecimal(mantissa << UInt64(exponent), to: &digits)
            } else {
                var limbs: [UInt64] = [mantissa]
                shiftLeft(&limbs, exponent)
                appendDecimal(limbs: limbs, to: &digits)
            }
            let point = digits.count
            while digits.last == 0x30 { digits.removeLast() }
            return DecimalDigits(digits: digits, point: point)
        }

        // value = mantissa / 2^k: integer part, then the fraction left-aligned in whole limbs.
        let k = -exponent
        var point = 0
        if k < 64 && mantissa >> UInt64(k) != 0 {
            appendDecimal(mantissa >> UInt64(k), to: &digits)
            point = digits.count
        }
        let fractionBits = k < 64 ? mantissa & ((1 << UInt64(k)) - 1) : mantissa
        let limbCount = (k + 63) / 64
        let nonzero = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: limbCount) { fraction -> Bool in
            fraction.initialize(repeating: 0)
            let shift = limbCount * 64 - k  // fractionBits sits at bits shift ..< shift + 53
            fraction[shift / 64] = fractionBits << UInt64(shift % 64)
            if shift % 64 != 0 && shift / 64 + 1 < limbCount {
                fraction[shift / 64 + 1] = fractionBits >> UInt64(64 - shift % 64)
            }
            var nonzero = fractionBits != 0
            var produced = 0
            let chunkBase: UInt64 = 10_000_000_000_000_000_000
            while nonzero && produced < fractional && digits.count < significant {
                // Multiply the fraction by 10^19: the carry out is the next 19 digits.
                var carry: UInt64 = 0
                var any: UInt64 = 0
                for i in 0..<limbCount {
                    let (high, low) = fraction[i].multipliedFullWidth(by: chunkBase)
                    let (sum, overflow) = low.addingReportingOverflow(carry)
                    fraction[i] = sum
                    any |= sum
                    carry = high &+ (overflow ? 1 : 0)
                }
                nonzero = any != 0
                produced += 19
                if digits.isEmpty {
                    // Still in the leading zeros: they move the point, not the digits.
                    if carry == 0 {
                        point -= 19
                        continue
                    }
                    let start = digits.count
                    appendDecimal(carry, to: &digits)
                    point -= 19 - (digits.count - start)
                } else {
                    appendDecimal(carry, to: &digits, width: 19)
                }
            }
            return nonzero
        }
        while digits.last == 0x30 { digits.removeLast() }
        if digits.isEmpty { return DecimalDigits(digits: [0x30], point: 1, inexact: nonzero) }
        return DecimalDigits(digits: digits, point: point, inexact: nonzero)
    }

    /// Appends the decimal digits of `v`, zero-padded on the left to `width`.
    static func appendDecimal(_ v: UInt64, to out: inout [UInt8], width: Int = 1) {
        var count = 1
        var t = v
        while t >= 10 {
            t /= 10
            count += 1
        }
        count = max(count, width)
        let start = out.count
        out.append(contentsOf: repeatElement(0x30, count: count))
        out.withUnsafeMutableBufferPointer { buffer in
            var i = start + count - 1
            var v = v
            while v != 0 {
                buffer[i] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
                v /= 10
                i -= 1
            }
        }
    }

    /// Appends the decimal digits of a nonzero big integer (little-endian limbs), by repeated
    /// short division by 10^19.
    static func appendDecimal(limbs: [UInt64], to out: inout [UInt8]) {
        var x = limbs
        while x.last == 0 { x.removeLast() }
        let chunkBase: UInt64 = 10_000_000_000_000_000_000
        var chunks: [UInt64] = []  // least significant first
        chunks.reserveCapacity(x.count * 64 / 63 + 1)
        while !x.isEmpty {
            var remainder: UInt64 = 0
            for i in stride(from: x.count - 1, through: 0, by: -1) {
                let (q, r) = chunkBase.dividingFullWidth((remainder, x[i]))
                x[i] = q
                remainder = r
            }
            chunks.append(remainder)
            while x.last == 0 { x.removeLast() }
        }
        appendDecimal(chunks.removeLast(), to: &out)
        for chunk in chunks.reversed() { appendDecimal(chunk, to: &out, width: 19) }
    }

    /// The decimal digits of a nonzero big integer.
    static func decimalDigits(_ limbs: [UInt64]) -> [UInt8] {
        var out: [UInt8] = []
        appendDecimal(limbs: limbs, to: &out)
        return out
    }

    static func multiplySmall(_ x: inout [UInt64], _ factor: UInt64) {
        var carry: UInt64 = 0
        for i in x.indices {
            let (high, low) = x[i].multipliedFullWidth(by: factor)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            x[i] = sum
            carry = high &+ (overflow ? 1 : 0)
        }
        if carry != 0 { x.append(carry) }
    }

    static func shiftLeft(_ x: inout [UInt64], _ n: Int) {
        let bits = UInt64(n % 64)
        if bits > 0 {
            var carry: UInt64 = 0
            for i in x.indices {
                let v = x[i]
                x[i] = (v << bits) | carry
                carry = v >> (64 - bits)
            }
            if carry != 0 { x.append(carry) }
        }
        if n >= 64 { x.insert(contentsOf: repeatElement(0, count: n / 64), at: 0) }
    }

    // MARK: Rounding

    /// Rounds half-to-even to `count` significant digits. `count` may be 0 or negative when
    /// the rounding place lies above the first digit (fixed-point formats of small values);
    /// a result that rounds away entirely is zero. The digit at position `count` must have
    /// been generated (see decimalDigits(of:significant:fractional:)).
    static func rounded(_ x: consuming DecimalDigits, significant count: Int) -> DecimalDigits {
        if count >= x.digits.count {
            x.inexact = false
            return x
        }
        if count < 0 || (x.digits == [0x30] && x.inexact) { return .zero }
        let next = x.digits[count]
        var up: Bool
        if next != 0x35 {
            up = next > 0x35
        } else if count + 1 < x.digits.count || x.inexact {
            up = true  // trailing zeros are stripped, so something nonzero follows
        } else {
            up = count > 0 && (x.digits[count - 1] & 1) == 1  // a tie: to even
        }
        x.digits.removeLast(x.digits.count - count)
        x.inexact = false
        if up {
            while x.digits.last == 0x39 { x.digits.removeLast() }
            if x.digits.isEmpty {
                x.digits.append(0x31)
                x.point += 1
            } else {
                x.digits[x.digits.count - 1] += 1
            }
        }
        while x.digits.last == 0x30 { x.digits.removeLast() }
        if x.digits.isEmpty { return .zero }
        return x
    }

    /// |d| rounded half-to-even to `places` digits after the point (negative: to tens,
    /// hundreds, …), as dtoa's mode 3.
    static func roundedFixed(_ d: Double, places: Int) -> DecimalDigits {
        let x = decimalDigits(of: d, significant: Int.max, fractional: places < Int.max ? max(places + 1, 0) : places)
        if x.isZero { return x }
        return rounded(x, significant: x.point + places)
    }

    /// The shortest digits that round-trip to |d| (finite), closest to it among those.
    static func shortestDecimal(_ d: Double) -> DecimalDigits {
        if d == 0 { return .zero }
        // Swift's text is "1.0", "0.001", "1e-05", "1.2345e+16": collect the digits and where
        // the decimal point falls.
        var digits: [UInt8] = []
        digits.reserveCapacity(17)
        var point = 0
        var seenPoint = false
        var exponent = 0
        var exponentNegative = false
        var inExponent = false
        for byte in d.magnitude.description.utf8 {
            switch byte {
            case 0x2D: exponentNegative = true  // only the exponent can be negative here
            case 0x2B: break
            case 0x2E: seenPoint = true
            case 0x65, 0x45: inExponent = true
            default:
                if inExponent {
                    exponent = exponent * 10 + Int(byte - 0x30)
                } else if digits.isEmpty && byte == 0x30 {
                    if seenPoint { point -= 1 }
                } else {
                    digits.append(byte)
                    if !seenPoint { point += 1 }
                }
            }
        }
        while digits.last == 0x30 { digits.removeLast() }
        return DecimalDigits(digits: digits, point: point + (exponentNegative ? -exponent : exponent))
    }

    // MARK: Text

    /// CPython's PyOS_double_to_string: `type` is one of e E f F g G r (r: repr's shortest
    /// digits, precision ignored), `addDotZero` makes r and g keep one digit after the point,
    /// `alternate` is the `#` flag, `noNegativeZero` the `z` flag. The result is ASCII with a
    /// leading '-' for negative values; NaN never has a sign.
    public static func doubleToString(_ d: Double, type: UInt8, precision: Int, alternate: Bool = false,
                                      addDotZero: Bool = false, noNegativeZero: Bool = false) -> [UInt8] {
        let upper = type >= 0x41 && type <= 0x5A
        let kind = upper ? type + 0x20 : type
        if d.isNaN { return Array((upper ? "NAN" : "nan").utf8) }
        if d.isInfinite {
            let text = upper ? "INF" : "inf"
            return Array((d < 0 ? "-" + text : text).utf8)
        }
        if kind == 0x66 && precision <= 19 && d.magnitude < 0x1p63 {
            return fixedSmall(d, precision: precision, alternate: alternate, noNegativeZero: noNegativeZero)
        }
        var precision = precision
        var negative = d.sign == .minus
        let decimal: DecimalDigits
        switch kind {
        case 0x65:  // e: precision digits after the first
            precision += 1
            decimal = rounded(decimalDigits(of: d, significant: precision + 1, fractional: Int.max),
                              significant: precision)
        case 0x66:  // f: precision digits after the point
            decimal = roundedFixed(d, places: precision)
        case 0x67:  // g: precision significant digits
            if precision == 0 { precision = 1 }
            decimal = rounded(decimalDigits(of: d, significant: precision + 1, fractional: Int.max),
                              significant: precision)
        default:  // r
            decimal = shortestDecimal(d)
        }
        if negative && noNegativeZero && decimal.isZero { negative = false }

        // Choose exponent or positional notation, and how many digit positions to print
        // (`end`, counted from the first digit; zeros beyond the digits are padding).
        var point = decimal.point
        var useExponent = false
        var end = decimal.digits.count
        switch kind {
        case 0x65:
            useExponent = true
            end = precision
        case 0x66:
            end = point + precision
        case 0x67:
            useExponent = point <= -4 || point > (addDotZero ? precision - 1 : precision)
            if alternate { end = precision }
        default:
            useExponent = point <= -4 || point > 16
        }
        var exponent = 0
        if useExponent {
            exponent = point - 1
            point = 1
        }
        let start = point <= 0 ? point - 1 : 0  // one zero before the point for 0.xxx
        end = max(end, !useExponent && addDotZero ? point + 1 : point)

        var out: [UInt8] = []
        out.reserveCapacity(end - start + 8)
        if negative { out.append(0x2D) }
        let digits = decimal.digits
        for i in start..<end {
            if i == point { out.append(0x2E) }
            out.append(i >= 0 && i < digits.count ? digits[i] : 0x30)
        }
        if end == point { out.append(0x2E) }
        if out.last == 0x2E && !alternate { out.removeLast() }
        if useExponent {
            out.append(upper ? 0x45 : 0x65)
            out.append(exponent < 0 ? 0x2D : 0x2B)
            let magnitude = exponent.magnitude
            if magnitude < 10 { out.append(0x30) }
            out.append(contentsOf: String(magnitude).utf8)
        }
        return out
    }

    /// The `f` format for |d| < 2^63 and at most 19 places, the common case, without digit
    /// strings: with d = m / 2^k, the places are round(frac(d) × 10^p), which needs at most
    /// 53 + 64 bits, and the integer part fits a UInt64.
    static func fixedSmall(_ d: Double, precision: Int, alternate: Bool, noNegativeZero: Bool) -> [UInt8] {
        var mantissa = d.significandBitPattern
        var exponent = Int(d.exponentBitPattern)
        if exponent == 0 {
            exponent = -1074
        } else {
            mantissa |= 1 << 52
            exponent -= 1075
        }
        var integer: UInt64
        var places: UInt64 = 0
        var scale: UInt64 = 1  // 10^precision
        for _ in 0..<precision { scale &*= 10 }
        if exponent >= 0 {
            integer = mantissa << UInt64(exponent)
        } else {
            let k = -exponent
            integer = k < 64 ? mantissa >> UInt64(k) : 0
            let fraction = k < 64 ? mantissa & ((1 << UInt64(k)) - 1) : mantissa
            if k < 128 {
                let product = UInt128(fraction) * UInt128(scale)
                var q = product >> UInt128(k)
                let remainder = product & ((1 << UInt128(k)) - 1)
                let half = UInt128(1) << UInt128(k - 1)
                // A tie goes to the even last digit: of the places, or of the integer part.
                let odd = precision > 0 ? q & 1 == 1 : integer & 1 == 1
                if remainder > half || (remainder == half && odd) { q += 1 }
                places = UInt64(q)
                if places == scale {
                    integer += 1
                    places = 0
                }
            }
            // k ≥ 128: the fraction times 10^19 is still below 1/2, so it rounds to zero.
        }
        var out: [UInt8] = []
        out.reserveCapacity(precision + 22)
        if d.sign == .minus && !(noNegativeZero && integer == 0 && places == 0) { out.append(0x2D) }
        appendDecimal(integer, to: &out)
        if precision > 0 || alternate { out.append(0x2E) }
        if precision > 0 { appendDecimal(places, to: &out, width: precision) }
        return out
    }

    /// repr(float) and str(float).
    public static func reprDouble(_ d: Double) -> String {
        String(decoding: doubleToString(d, type: 0x72, precision: 0, addDotZero: true), as: UTF8.self)
    }

    // MARK: round()

    /// round(x) for a float: the nearest integral double, ties to even; the caller converts
    /// it to an int.
    public static func roundToIntegral(_ d: Double) throws(FormatError) -> Double {
        if d.isNaN { throw FormatError(.valueError, "cannot convert float NaN to integer") }
        if d.isInfinite { throw FormatError(.overflowError, "cannot convert float infinity to integer") }
        return d.rounded(.toNearestOrEven)
    }

    /// round(x, ndigits) for a float, as CPython's float___round___impl/double_round: round
    /// the exact decimal value half-to-even at 10^-ndigits, then read that decimal back
    /// (correctly rounded). Zero keeps x's sign.
    public static func roundDouble(_ d: Double, ndigits: Int) throws(FormatError) -> Double {
        if !d.isFinite { return d }
        // Beyond these every double is already rounded, or rounds to zero.
        if ndigits > 323 { return d }
        if ndigits < -308 { return d.sign == .minus ? -0.0 : 0.0 }
        let result = roundedFixed(d, places: ndigits)
        if result.isZero { return d.sign == .minus ? -0.0 : 0.0 }
        var text = String(decoding: result.digits, as: UTF8.self)
        text += "e" + String(result.point - result.digits.count)
        guard let magnitude = Double(text), magnitude.isFinite else {
            throw FormatError(.overflowError, "rounded value too large to represent")
        }
        return d.sign == .minus ? -magnitude : magnitude
    }
}
