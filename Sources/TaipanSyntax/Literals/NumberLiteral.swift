// Number literals: the value of a NUMBER token, as CPython 3.11's parser computes it.
//
// The tokenizer has already checked the token's shape (digits, underscores, prefixes,
// exponent, `j` suffix), so this file only converts. Ints that fit a signed 64-bit word become
// `.int`; larger ones become canonical decimal digits (`.bigInt`) for the runtime's big ints.
// Floats and imaginaries are correctly rounded, which is what CPython's strtod guarantees.
//
// Not done here: CPython's limit on decimal digits in an int literal (4300 by default,
// `sys.set_int_max_str_digits`); the caller checks `.bigInt` lengths against it, since the
// limit is a run-time setting.

/// The value of a NUMBER token's exact source bytes (`1_000`, `0x_FF`, `1.5e-3`, `3j`, …), or
/// nil if the text is not a well-formed Python number (the tokenizer should prevent that).
public func parseNumberLiteral(_ text: ArraySlice<UInt8>) -> ConstantValue? {
    NumberLiteral.value(of: text)
}

/// Conversions behind `parseNumberLiteral`, grouped so their helpers stay out of the
/// module's namespace.
public enum NumberLiteral {
    public static func value(of text: ArraySlice<UInt8>) -> ConstantValue? {
        guard let last = text.last else { return nil }
        if last == UInt8(ascii: "j") || last == UInt8(ascii: "J") {
            guard let d = parseFloat(text.dropLast()) else { return nil }
            return .imaginary(d)
        }
        let start = text.startIndex
        if text.count >= 2 && text[start] == UInt8(ascii: "0") {
            switch text[start + 1] | 0x20 {
            case UInt8(ascii: "x"): return parseRadixInt(text.dropFirst(2), bitsPerDigit: 4)
            case UInt8(ascii: "o"): return parseRadixInt(text.dropFirst(2), bitsPerDigit: 3)
            case UInt8(ascii: "b"): return parseRadixInt(text.dropFirst(2), bitsPerDigit: 1)
            default: break
            }
        }
        let isFloat = text.contains { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }
        if isFloat { return parseFloat(text).map { .float($0) } }
        return parseDecimalInt(text)
    }

    // MARK: Ints

    static func parseDecimalInt(_ text: ArraySlice<UInt8>) -> ConstantValue? {
        var value: Int64 = 0
        var overflow = false
        var sawDigit = false
        for byte in text {
            if byte == UInt8(ascii: "_") { continue }
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            sawDigit = true
            if !overflow {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int64(digit))
                if o1 || o2 { overflow = true } else { value = s }
            }
        }
        guard sawDigit else { return nil }
        if !overflow { return .int(value) }
        // A decimal literal above 2^63 cannot have leading zeros (only "0…0" may), so its digits
        // are already canonical once the underscores are gone.
        var digits = [UInt8]()
        digits.reserveCapacity(text.count)
        for byte in text where byte != UInt8(ascii: "_") { digits.append(byte) }
        return .bigInt(String(decoding: digits, as: UTF8.self))
    }

    /// Hex, octal and binary ints. The digits are packed into 64-bit limbs exactly (the bases
    /// are powers of two), then converted to decimal only when they do not fit an Int64.
    static func parseRadixInt(_ text: ArraySlice<UInt8>, bitsPerDigit: Int) -> ConstantValue? {
        let radix = UInt8(1 << bitsPerDigit)
        var limbs: [UInt64] = []  // little-endian, filled from the last digit backwards
        var current: UInt64 = 0
        var filled = 0
        var sawDigit = false
        for byte in text.reversed() {
            if byte == UInt8(ascii: "_") { continue }
            guard let digit = hexDigitValue(byte), digit < radix else { return nil }
            sawDigit = true
            let d = UInt64(digit)
            current |= d << UInt64(filled)
            filled += bitsPerDigit
            if filled >= 64 {
                limbs.append(current)
                filled -= 64
                // An octal digit can straddle two limbs; keep its high bits for the next one.
                current = filled > 0 ? d >> UInt64(bitsPerDigit - filled) : 0
            }
        }
        guard sawDigit else { return nil }
        if filled > 0 { limbs.append(current) }
        while let top = limbs.last, top == 0 { limbs.removeLast() }
        if limbs.isEmpty { return .int(0) }
        if limbs.count == 1 && limbs[0] <= UInt64(Int64.max) { return .int(Int64(limbs[0])) }
        return .bigInt(decimalDigits(ofLimbs: limbs))
    }

    /// Canonical decimal text of a little-endian limb array (no leading zeros). Quadratic in
    /// the number of limbs, which is fine for literals: 4000 hex digits take about 30k
    /// word divisions.
    static func decimalDigits(ofLimbs input: [UInt64]) -> String {
        let chunkBase: UInt64 = 10_000_000_000_000_000_000  // 10^19, the largest power below 2^64
        var limbs = input
        var chunks: [UInt64] = []  // base-10^19 digits, least significant first
        while !limbs.isEmpty {
            var remainder: UInt64 = 0
            var i = limbs.count - 1
            while i >= 0 {
                let (q, r) = chunkBase.dividingFullWidth((high: remainder, low: limbs[i]))
                limbs[i] = q
                remainder = r
                i -= 1
            }
            chunks.append(remainder)
            while let top = limbs.last, top == 0 { limbs.removeLast() }
        }
        var out = [UInt8]()
        out.reserveCapacity(chunks.count * 19)
        for (index, chunk) in chunks.reversed().enumerated() {
            var buffer = [UInt8](repeating: UInt8(ascii: "0"), count: 19)
            var value = chunk
            var position = 19
            while value > 0 {
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
            // Only the most significant chunk drops its leading zeros.
            out.append(contentsOf: index == 0 ? buffer[position...] : buffer[...])
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Floats

    /// Powers of ten that a Double holds exactly (10^22 is the last one).
    static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// A float literal (digits, optional point, optional exponent; underscores allowed),
    /// correctly rounded to the nearest Double, overflowing to inf and underflowing to 0.
    static func parseFloat(_ text: ArraySlice<UInt8>) -> Double? {
        // Fast path (Clinger): a mantissa of at most 2^53 times an exact power of ten is one
        // correctly rounded IEEE operation. Most literals in real code take it.
        var mantissa: UInt64 = 0
        var significant = 0  // mantissa digits after leading zeros
        var exponent = 0  // decimal exponent applied to the mantissa
        var sawPoint = false
        var sawDigit = false
        var index = text.startIndex
        let end = text.endIndex
        while index < end {
            let byte = text[index]
            if byte == UInt8(ascii: "_") {
            } else if byte == UInt8(ascii: ".") {
                if sawPoint { return nil }
                sawPoint = true
            } else {
                let digit = byte &- UInt8(ascii: "0")
                if digit >= 10 { break }
                sawDigit = true
                if mantissa != 0 || digit != 0 { significant += 1 }
                if significant <= 19 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    if sawPoint { exponent -= 1 }
                } else if !sawPoint {
                    exponent += 1
                }
            }
            index += 1
        }
        guard sawDigit else { return nil }
        if index < end {
            guard text[index] | 0x20 == UInt8(ascii: "e") else { return nil }
            index += 1
            var negative = false
            if index < end && (text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-")) {
                negative = text[index] == UInt8(ascii: "-")
                index += 1
            }
            var value = 0
            var sawExponentDigit = false
            while index < end {
                let byte = text[index]
                index += 1
                if byte == UInt8(ascii: "_") { continue }
                let digit = byte &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                sawExponentDigit = true
                if value < 100_000_000 { value = value * 10 + Int(digit) }
            }
            guard sawExponentDigit else { return nil }
            exponent += negative ? -value : value
        }
        if significant <= 19 && mantissa <= (1 << 53) {
            if mantissa == 0 { return 0.0 }
            if exponent >= 0 && exponent <= 22 { return Double(mantissa) * exactPowersOfTen[exponent] }
            if exponent < 0 && exponent >= -22 { return Double(mantissa) / exactPowersOfTen[-exponent] }
        }
        return parseFloatSlow(text)
    }

    /// The general case, through the standard library's correctly rounded conversion.
    @inline(never)
    static func parseFloatSlow(_ text: ArraySlice<UInt8>) -> Double? {
        var cleaned = [UInt8]()
        cleaned.reserveCapacity(text.count)
        for byte in text where byte != UInt8(ascii: "_") { cleaned.append(byte) }
        return Double(String(decoding: cleaned, as: UTF8.self))
    }
}

/// The value of an ASCII hex digit in either case (also serves octal and binary digits).
@inline(__always)
func hexDigitValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
}
