// int ↔ float and int ↔ str.
//
// int → float rounds half to even and raises OverflowError past DBL_MAX; float → int
// truncates exactly. int ↔ decimal str is limited to `IntOps.maxStrDigits` digits, as
// CPython 3.11's protection against quadratic conversion (power-of-two bases are not
// limited). `fromString` follows int(str, base): surrounding whitespace, a sign, a base
// prefix, single underscores between digits, and Unicode decimal digits.

import CGMP

extension IntOps {
    // MARK: float

    /// float(a): correctly rounded; OverflowError when it exceeds the double range.
    @inline(__always)
    public static func toDouble(_ a: Value) throws(PyException) -> Double {
        if a.isSmallInt { return Double(a.smallIntValue) }
        return try toDoubleSlow(a)
    }

    @inline(never)
    static func toDoubleSlow(_ a: Value) throws(PyException) -> Double {
        let a = unbool(a)
        if a.isSmallInt { return Double(a.smallIntValue) }
        let big = BigIntRef(a)
        let n = big.count
        let limbs = big.limbs
        var d: Double
        if n == 1 {
            d = Double(UInt64(limbs[0]))
        } else {
            // The top 64 significant bits, with a sticky bit for everything below: rounding
            // those to 53 bits rounds the whole number the same way.
            let shift = limbs[n - 1].leadingZeroBitCount
            var high = UInt64(limbs[n - 1]) << shift
            var next = UInt64(limbs[n - 2])
            if shift > 0 {
                high |= next >> (64 - shift)
                next <<= shift
            }
            if next != 0 || !allZero(limbs, n - 2) { high |= 1 }
            d = Double(sign: .plus, exponent: (n - 1) * 64 - shift, significand: Double(high))
            if d.isInfinite { throw overflowError("int too large to convert to float") }
        }
        return big.isNegative ? -d : d
    }

    /// int(d): truncated toward zero.
    public static func fromDouble(_ d: Double) throws(PyException) -> Value {
        if d.isNaN { throw valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
        return fromIntegralDouble(d.rounded(.towardZero))
    }

    /// The int equal to a finite double with no fractional part.
    static func fromIntegralDouble(_ d: Double) -> Value {
        if d.magnitude < 0x1p62 { return make(Int64(d)) }
        // d = significand × 2^(exponent - 52), the significand a 53-bit integer.
        let significand = Int64(d.significandBitPattern | (1 << 52))
        let r = shiftLeft(Value(smallInt: significand), by: Int(d.exponent) - 52)
        return d < 0 ? negateInt(r) : r
    }

    // MARK: str

    /// The digits of `a` in `base` (2…36), lowercase, with '-' for negatives and no prefix.
    /// Decimal conversion of more than `maxStrDigits` digits raises ValueError.
    public static func toString(_ a: Value, base: Int = 10) throws(PyException) -> String {
        let a = unbool(a)
        if a.isSmallInt {
            return formatSmall(a.smallIntValue, base: base) { String(decoding: $0, as: UTF8.self) }
        }
        return String(decoding: try formatBig(a, base: base), as: UTF8.self)
    }

    /// repr(a) and str(a) as a str Value.
    public static func repr(_ a: Value) throws(PyException) -> Value {
        let a = unbool(a)
        if a.isSmallInt {
            return formatSmall(a.smallIntValue, base: 10) { StrRef.create(utf8: $0).value }
        }
        let text = try formatBig(a, base: 10)
        return text.withUnsafeBufferPointer { StrRef.create(utf8: $0).value }
    }

    @inline(__always) static func digitCharacter(_ d: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: d < 10 ? 48 + d : 87 + d)
    }

    static func formatSmall<R>(_ x: Int64, base: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 66) { buffer in
            var i = 66
            var m = x.magnitude
            let b = UInt64(base)
            repeat {
                i -= 1
                buffer[i] = digitCharacter(Int(m % b))
                m /= b
            } while m != 0
            if x < 0 {
                i -= 1
                buffer[i] = UInt8(ascii: "-")
            }
            return body(UnsafeBufferPointer(rebasing: buffer[i...]))
        }
    }

    @inline(never)
    static func formatBig(_ a: Value, base: Int) throws(PyException) -> [UInt8] {
        let big = BigIntRef(a)
        let n = big.count
        let limited = base == 10 && maxStrDigits > 0
        // sizeinbase is exact or one too many, so it can reject early without converting.
        let estimate = __gmpn_sizeinbase(big.limbs, n, Int32(base))
        if limited && estimate > maxStrDigits + 1 { throw digitLimitError(nil) }
        // mpn_get_str overwrites its input (for bases that are not powers of two).
        let scratch = UnsafeMutablePointer<Limb>.allocate(capacity: n + 1)
        defer { scratch.deallocate() }
        scratch.update(from: big.limbs, count: n)
        var text = [UInt8](repeating: 0, count: estimate + 2)
        let length = text.withUnsafeMutableBufferPointer { buffer in
            __gmpn_get_str(buffer.baseAddress! + 1, Int32(base), scratch, n)
        }
        var start = 1
        while start < length && text[start] == 0 { start += 1 }
        if limited && length + 1 - start > maxStrDigits { throw digitLimitError(nil) }
        for i in start...length { text[i] = digitCharacter(Int(text[i])) }
        if big.isNegative {
            start -= 1
            text[start] = UInt8(ascii: "-")
        }
        return Array(text[start...length])
    }

    /// CPython's ValueError for conversions past `maxStrDigits`; parsing names the count.
    @inline(never)
    static func digitLimitError(_ digits: Int?) -> PyException {
        let count = digits.map { ": value has \($0) digits" } ?? ""
        return valueError("Exceeds the limit (\(maxStrDigits) digits) for integer string conversion\(count); "
            + "use sys.set_int_max_str_digits() to increase the limit")
    }

    // MARK: Parsing

    /// An int from canonical decimal digits with an optional '-' (what the compiler emits
    /// for big literals); nil if the text is anything else. No digit limit.
    public static func fromDecimalString(_ text: String) -> Value? {
        var bytes = Array(text.utf8)
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes.removeFirst()
        }
        guard !bytes.isEmpty else { return nil }
        for i in bytes.indices {
            guard bytes[i] >= 48 && bytes[i] <= 57 else { return nil }
            bytes[i] -= 48
        }
        return fromDigitValues(bytes, base: 10, negative: negative)
    }

    /// The int of a compiler constant: canonical decimal digits (no sign, no leading
    /// zeros, no underscores; ConstantValue.bigInt).
    public static func fromDecimalDigits(_ digits: String) -> Value {
        guard let v = fromDecimalString(digits) else { preconditionFailure("not decimal digits: \(digits)") }
        return v
    }

    /// int(text, base): base 0 (read the prefix) or 2…36. ValueError for anything else,
    /// with CPython's messages.
    public static func fromString(_ text: String, base: Int) throws(PyException) -> Value {
        guard base == 0 || (2...36).contains(base) else {
            throw valueError("int() base must be >= 2 and <= 36, or 0")
        }
        switch parse(text, base: base) {
        case .value(let v): return v
        case .tooManyDigits(let n): throw digitLimitError(n)
        case .invalid:
            throw valueError("invalid literal for int() with base \(base): \(String(pythonRepr(text).prefix(200)))")
        }
    }

    enum ParseResult {
        case value(Value)
        case invalid
        case tooManyDigits(Int)
    }

    static func parse(_ text: String, base requestedBase: Int) -> ParseResult {
        guard let chars = UnicodeDecimal.asciiDigitsAndSpaces(text) else { return .invalid }
        func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
        var i = 0
        var end = chars.count
        while i < end && isSpace(chars[i]) { i += 1 }
        while end > i && isSpace(chars[end - 1]) { end -= 1 }
        var negative = false
        if i < end && (chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-")) {
            negative = chars[i] == UInt8(ascii: "-")
            i += 1
        }
        var base = requestedBase
        var prefixed = false
        if i + 1 < end && chars[i] == UInt8(ascii: "0") {
            let p = chars[i + 1] | 0x20
            let prefixBase = p == UInt8(ascii: "x") ? 16 : p == UInt8(ascii: "o") ? 8 : p == UInt8(ascii: "b") ? 2 : 0
            if prefixBase != 0 && (base == 0 || base == prefixBase) {
                base = prefixBase
                prefixed = true
                i += 2
            }
        }
        let leadingZeroRule = base == 0
        if base == 0 { base = 10 }
        // Digits, with one underscore allowed between digits or right after a prefix.
        var digits: [UInt8] = []
        digits.reserveCapacity(end - i)
        var underscoreAllowed = prefixed
        var lastWasUnderscore = false
        var valid = true
        while i < end {
            let c = chars[i]
            if c == UInt8(ascii: "_") {
                if !underscoreAllowed { return .invalid }
                underscoreAllowed = false
                lastWasUnderscore = true
            } else {
                let lower = c | 0x20
                let d = c >= 48 && c <= 57 ? Int(c) - 48 : (lower >= 97 && lower <= 122 ? Int(lower) - 87 : 99)
                if d >= base {
                    valid = false
                    break
                }
                digits.append(UInt8(d))
                underscoreAllowed = true
                lastWasUnderscore = false
            }
            i += 1
        }
        if lastWasUnderscore { return .invalid }
        // CPython counts the digits (up to the first bad character) before judging the rest.
        if base & (base - 1) != 0 && maxStrDigits > 0 && digits.count > maxStrDigits {
            return .tooManyDigits(digits.count)
        }
        if !valid || digits.isEmpty { return .invalid }
        if leadingZeroRule && !prefixed && digits[0] == 0 && digits.contains(where: { $0 != 0 }) { return .invalid }
        return .value(fromDigitValues(digits, base: base, negative: negative))
    }

    /// The int whose digits (values 0 ..< base, most significant first, at least one) these are.
    static func fromDigitValues(_ digits: [UInt8], base: Int, negative: Bool) -> Value {
        var first = 0
        while first < digits.count - 1 && digits[first] == 0 { first += 1 }
        let count = digits.count - first
        if count <= 12 {  // 36^12 < 2^63
            var x: Int64 = 0
            for i in first..<digits.count { x = x * Int64(base) + Int64(digits[i]) }
            return make(negative ? -x : x)
        }
        // ⌈log2 base⌉ bits per digit bounds the limbs mpn_set_str writes.
        let bitsPerDigit = 64 - UInt64(base - 1).leadingZeroBitCount
        let capacity = count * bitsPerDigit / 64 + 2
        let r = allocateBig(capacity)
        let n = digits.withUnsafeBufferPointer { buffer in
            __gmpn_set_str(BigIntRef(r).limbs, buffer.baseAddress! + first, count, Int32(base))
        }
        return finish(r, count: n, negative: negative)
    }

    /// repr() of a str, for error messages (until str's own repr is reachable from here).
    static func pythonRepr(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar == quote.unicodeScalars.first! {
                    out += "\\" + String(scalar)
                } else if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value < 0x100 {
                    out += "\\x" + hex(scalar.value, 2)
                } else if scalar.value < 0x10000 {
                    out += "\\u" + hex(scalar.value, 4)
                } else {
                    out += "\\U" + hex(scalar.value, 8)
                }
            }
        }
        out.append(quote)
        return out
    }

    private static func hex(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// str.isprintable() for one character: not a control, format, separator (but space),
    /// surrogate, private-use or unassigned code point.
    private static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x20 && s.value < 0x7F }
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
