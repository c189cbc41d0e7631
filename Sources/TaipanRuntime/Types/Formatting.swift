// format() and str.format's format-spec mini-language, exact to CPython 3.11
// (Python/formatter_unicode.c): `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//
// Two layers. This file and Formatting+Decimal.swift / Formatting+Percent.swift are the pure
// layer: Swift standard library only, no Value, so the tests drive them without a runtime.
// Formatting+Runtime.swift is the thin layer the interpreter calls (FormatSpec, PercentFormat,
// Rounding), which turns Values into the pure inputs and FormatError into PyException.
//
// Invariants: text is handled as Unicode code points ([UInt32]), because Python widths and
// precisions count code points and a str may hold lone surrogates; an integer reaches the pure
// layer as a sign and its magnitude's ASCII digits in the base its presentation type needs
// (FormatEngine.integerPresentation), so the pure layer never does big-integer arithmetic on ints.

/// An error the pure layer reports; the runtime layer raises it as the Python exception `kind`.
public struct FormatError: Error, Equatable {
    public enum Kind: String {
        case valueError = "ValueError"
        case typeError = "TypeError"
        case overflowError = "OverflowError"
        case memoryError = "MemoryError"
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    static func value(_ message: String) -> FormatError { FormatError(.valueError, message) }
}

/// A parsed format spec. Characters are stored as code points; 0 means "not given".
public struct FormatSpecifier {
    public var fill: UInt32 = 0x20
    /// `<`, `>`, `^` or `=`; the caller's default when not given.
    public var align: UInt32 = 0
    /// `+`, `-`, ` `, or 0.
    public var sign: UInt32 = 0
    /// The `z` flag: negative zero (after rounding) prints as zero.
    public var noNegativeZero = false
    /// The `#` flag.
    public var alternate = false
    /// -1 when not given.
    public var width = -1
    /// `,`, `_`, or 0.
    public var grouping: UInt32 = 0
    /// -1 when not given.
    public var precision = -1
    /// The presentation type; the caller's default when not given (0 for float's "none").
    public var type: UInt32 = 0
}

/// Code points of the ASCII characters the parser and formatters compare against.
enum Ascii {
    static let space: UInt32 = 0x20, plus: UInt32 = 0x2B, minus: UInt32 = 0x2D, dot: UInt32 = 0x2E
    static let zero: UInt32 = 0x30, comma: UInt32 = 0x2C, underscore: UInt32 = 0x5F
    static let less: UInt32 = 0x3C, equal: UInt32 = 0x3D, greater: UInt32 = 0x3E, caret: UInt32 = 0x5E
    static let hash: UInt32 = 0x23, percent: UInt32 = 0x25, z: UInt32 = 0x7A
}

/// The pure formatting engine: spec parsing, padding and grouping, and the formatters.
public enum FormatEngine {
    // MARK: Parsing

    /// Parses `spec` as CPython's parse_internal_render_format_spec does, with the object's
    /// default presentation type and alignment (`s`/`<` for str, `d`/`>` for int, 0/`>` for
    /// float). `typeName` is only used in error messages.
    public static func parse(_ spec: [UInt32], defaultType: UInt32, defaultAlign: UInt32,
                             typeName: String) throws(FormatError) -> FormatSpecifier {
        var f = FormatSpecifier()
        f.align = defaultAlign
        f.type = defaultType
        let end = spec.count
        var pos = 0
        var fillGiven = false
        var alignGiven = false

        func isAlign(_ c: UInt32) -> Bool {
            c == Ascii.less || c == Ascii.greater || c == Ascii.equal || c == Ascii.caret
        }
        // A fill character is only recognised in front of an alignment character.
        if end - pos >= 2 && isAlign(spec[pos + 1]) {
            f.fill = spec[pos]
            f.align = spec[pos + 1]
            fillGiven = true
            alignGiven = true
            pos += 2
        } else if end - pos >= 1 && isAlign(spec[pos]) {
            f.align = spec[pos]
            alignGiven = true
            pos += 1
        }
        if pos < end && (spec[pos] == Ascii.plus || spec[pos] == Ascii.minus || spec[pos] == Ascii.space) {
            f.sign = spec[pos]
            pos += 1
        }
        if pos < end && spec[pos] == Ascii.z {
            f.noNegativeZero = true
            pos += 1
        }
        if pos < end && spec[pos] == Ascii.hash {
            f.alternate = true
            pos += 1
        }
        // The historical '0' flag: zero fill, and sign-aware padding for numbers, unless a
        // fill or an alignment was given explicitly.
        if !fillGiven && pos < end && spec[pos] == Ascii.zero {
            f.fill = Ascii.zero
            if !alignGiven && defaultAlign == Ascii.greater { f.align = Ascii.equal }
            pos += 1
        }
        if let width = try parseInteger(spec, &pos) { f.width = width }
        if pos < end && spec[pos] == Ascii.comma {
            f.grouping = Ascii.comma
            pos += 1
        }
        if pos < end && spec[pos] == Ascii.underscore {
            if f.grouping != 0 { throw .value("Cannot specify both ',' and '_'.") }
            f.grouping = Ascii.underscore
            pos += 1
        }
        if pos < end && spec[pos] == Ascii.comma && f.grouping == Ascii.underscore {
            throw .value("Cannot specify both ',' and '_'.")
        }
        if pos < end && spec[pos] == Ascii.dot {
            pos += 1
            guard let precision = try parseInteger(spec, &pos) else {
                throw .value("Format specifier missing precision")
            }
            f.precision = precision
        }
        if end - pos > 1 {
            throw .value("Invalid format specifier '\(text(spec))' for object of type '\(typeName)'")
        }
        if end - pos == 1 { f.type = spec[pos] }

        if f.grouping != 0 {
            let allowed: Bool
            switch f.type {
            case 0x64, 0x65, 0x66, 0x67, 0x45, 0x47, Ascii.percent, 0x46, 0:  // d e f g E G % F none
                allowed = true
            case 0x62, 0x6F, 0x78, 0x58:  // b o x X: only '_', which groups by four
                allowed = f.grouping == Ascii.underscore
            default:
                allowed = false
            }
            if !allowed {
                let separator = f.grouping == Ascii.comma ? "," : "_"
                throw .value("Cannot specify '\(separator)' with \(quotedCode(f.type)).")
            }
        }
        return f
    }

    /// Reads a run of decimal digits (any Unicode decimal digit, as CPython accepts); nil
    /// when there are none.
    static func parseInteger(_ spec: [UInt32], _ pos: inout Int) throws(FormatError) -> Int? {
        var value = 0
        var any = false
        while pos < spec.count, let digit = decimalValue(spec[pos]) {
            if value > (Int.max - digit) / 10 { throw .value("Too many decimal digits in format string") }
            value = value * 10 + digit
            any = true
            pos += 1
        }
        return any ? value : nil
    }

    static func decimalValue(_ c: UInt32) -> Int? {
        if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
        guard c >= 0x80, let scalar = Unicode.Scalar(c), scalar.properties.numericType == .decimal,
              let v = scalar.properties.numericValue else { return nil }
        return Int(v)
    }

    /// `'x'` for a printable ASCII code, `'\x1f'`-style otherwise (CPython's messages).
    static func quotedCode(_ c: UInt32) -> String {
        if c > 32 && c < 128 { return "'" + String(Character(Unicode.Scalar(UInt8(c)))) + "'" }
        return "'\\x" + String(c, radix: 16) + "'"
    }

    static func unknownCode(_ type: UInt32, _ typeName: String) -> FormatError {
        .value("Unknown format code \(quotedCode(type)) for object of type '\(typeName)'")
    }

    static func text(_ codePoints: [UInt32]) -> String {
        var s = String.UnicodeScalarView()
        for c in codePoints { s.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        return String(s)
    }

    // MARK: str

    /// format(str, spec) for a parsed spec (default type `s`, alignment `<`).
    public static func formatString(_ s: [UInt32], _ spec: FormatSpecifier,
                                    typeName: String) throws(FormatError) -> [UInt32] {
        guard spec.type == 0x73 else { throw unknownCode(spec.type, typeName) }  // s
        if spec.sign == Ascii.space { throw .value("Space not allowed in string format specifier") }
        if spec.sign != 0 { throw .value("Sign not allowed in string format specifier") }
        if spec.noNegativeZero {
            throw .value("Negative zero coercion (z) not allowed in string format specifier")
        }
        if spec.alternate { throw .value("Alternate form (#) not allowed in string format specifier") }
        if spec.align == Ascii.equal { throw .value("'=' alignment not allowed in string format specifier") }
        let length = spec.precision >= 0 ? min(spec.precision, s.count) : s.count
        let padding = max(spec.width - length, 0)
        try checkSize(length + padding)
        let left = spec.align == Ascii.greater ? padding : spec.align == Ascii.caret ? padding / 2 : 0
        var out: [UInt32] = []
        out.reserveCapacity(length + padding)
        append(spec.fill, left, to: &out)
        out.append(contentsOf: s[0..<length])
        append(spec.fill, padding - left, to: &out)
        return out
    }

    // MARK: int

    /// How an int is formatted under a parsed spec.
    public enum IntegerPresentation: Equatable {
        /// As an integer; the caller supplies the magnitude's digits in this base.
        case digits(base: Int)
        /// Converted to float first (types e E f F g G %).
        case float
    }

    /// Checks the presentation type for an int (default `d`).
    public static func integerPresentation(_ spec: FormatSpecifier,
                                           typeName: String) throws(FormatError) -> IntegerPresentation {
        switch spec.type {
        case 0x62: return .digits(base: 2)  // b
        case 0x6F: return .digits(base: 8)  // o
        case 0x78, 0x58: return .digits(base: 16)  // x X
        case 0x64, 0x6E, 0x63: return .digits(base: 10)  // d n c
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, Ascii.percent: return .float
        default: throw unknownCode(spec.type, typeName)
        }
    }

    /// format(int, spec) for an integer presentation: `magnitude` holds the absolute value's
    /// ASCII digits (lowercase) in the base `integerPresentation` returned.
    public static func formatInteger(negative: Bool, magnitude: [UInt8],
                                     _ spec: FormatSpecifier) throws(FormatError) -> [UInt32] {
        if spec.precision != -1 { throw .value("Precision not allowed in integer format specifier") }
        if spec.noNegativeZero {
            throw .value("Negative zero coercion (z) not allowed in integer format specifier")
        }
        var prefix: UInt32 = 0
        var digits = magnitude
        var groupSize = 3
        switch spec.type {
        case 0x63:  // c: the character is laid out like a number's suffix, never grouped
            if spec.sign != 0 { throw .value("Sign not allowed with integer format specifier 'c'") }
            if spec.alternate { throw .value("Alternate form (#) not allowed with integer format specifier 'c'") }
            if !fitsCLong(negative: negative, magnitude) {
                throw FormatError(.overflowError, "Python int too large to convert to C long")
            }
            var code: UInt32 = 0
            let inRange = !negative && magnitude.count <= 7
            if inRange { for d in magnitude { code = code * 10 + UInt32(d - 0x30) } }
            guard inRange && code <= 0x10FFFF else { throw FormatError(.overflowError, "%c arg not in range(0x110000)") }
            return try layoutNumber(sign: 0, digits: [], character: code, spec)
        case 0x62, 0x6F, 0x78, 0x58:
            groupSize = 4
            if spec.alternate { prefix = spec.type }
            if spec.type == 0x58 { digits = digits.map { $0 >= 0x61 ? $0 - 0x20 : $0 } }
        default:
            break
        }
        let sign = signCharacter(negative: negative, spec.sign)
        return try layoutNumber(sign: sign, prefix: prefix, digits: digits[...], spec, groupSize: groupSize)
    }

    /// Whether a decimal magnitude with a sign fits a 64-bit C long.
    static func fitsCLong(negative: Bool, _ magnitude: [UInt8]) -> Bool {
        let limit = Array((negative ? "9223372036854775808" : "9223372036854775807").utf8)
        if magnitude.count != limit.count { return magnitude.count < limit.count }
        return magnitude.lexicographicallyPrecedes(limit) || magnitude == limit
    }

    // MARK: float

    /// format(float, spec) for a parsed spec (default type none, alignment `>`).
    public static func formatDouble(_ d: Double, _ spec: FormatSpecifier,
                                    typeName: String = "float") throws(FormatError) -> [UInt32] {
        var type: UInt8
        switch spec.type {
        case 0: type = 0
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E, Ascii.percent: type = UInt8(spec.type)
        default: throw unknownCode(spec.type, typeName)
        }
        var precision = spec.precision
        var defaultPrecision = 6
        var addDotZero = false
        var value = d
        var percent = false
        if type == 0 {
            // No type: repr() when there is no precision, else 'g' with at least one digit
            // after the point.
            type = 0x72  // r
            addDotZero = true
            defaultPrecision = 0
        }
        if type == 0x6E { type = 0x67 }  // n is g in the C locale
        if type == 0x25 {
            type = 0x66
            value *= 100  // in double arithmetic, as CPython
            percent = true
        }
        if precision < 0 {
            precision = defaultPrecision
        } else if type == 0x72 {
            type = 0x67
        }
        if precision > Int(Int32.max) { throw .value("precision too big") }
        try checkSize(precision)
        var text = doubleToString(value, type: type, precision: precision, alternate: spec.alternate,
                                  addDotZero: addDotZero, noNegativeZero: spec.noNegativeZero)
        if percent { text.append(0x25) }
        var negative = false
        var start = 0
        if text.first == 0x2D {
            negative = true
            start = 1
        }
        var digitEnd = start
        while digitEnd < text.count && text[digitEnd] >= 0x30 && text[digitEnd] <= 0x39 { digitEnd += 1 }
        return try layoutNumber(sign: signCharacter(negative: negative, spec.sign), digits: text[start..<digitEnd],
                                suffix: text[digitEnd...], spec)
    }

    // MARK: Layout

    static func signCharacter(negative: Bool, _ requested: UInt32) -> UInt32 {
        if negative { return Ascii.minus }
        return requested == Ascii.plus || requested == Ascii.space ? requested : 0
    }

    /// Lays out a number as CPython's calc_number_widths/fill_number: left padding, sign,
    /// prefix (`0` and `prefix`, e.g. "0x", when `prefix` is not 0), sign-aware padding, the
    /// integer digits (grouped, and zero-extended for `0=` alignment so the zeros are grouped
    /// too), the suffix (fraction, exponent, `%`, `inf`) or the `c` type's `character`, and
    /// right padding. `sign` is 0 for none.
    static func layoutNumber(sign: UInt32, prefix: UInt32 = 0, digits: ArraySlice<UInt8>,
                             suffix: ArraySlice<UInt8> = [], character: UInt32? = nil,
                             _ spec: FormatSpecifier, groupSize: Int = 3) throws(FormatError) -> [UInt32] {
        let fixed = (sign != 0 ? 1 : 0) + (prefix != 0 ? 2 : 0) + suffix.count + (character != nil ? 1 : 0)
        let minDigits = spec.fill == Ascii.zero && spec.align == Ascii.equal ? spec.width - fixed : 0
        try checkSize(minDigits)
        var grouped: [UInt32] = []
        var bodyCount = 0
        if !digits.isEmpty {
            if spec.grouping != 0 && spec.type != 0x6E {
                grouped = group(digits, minWidth: minDigits, separator: spec.grouping, size: groupSize)
                bodyCount = grouped.count
            } else {
                bodyCount = max(digits.count, minDigits)
            }
        }
        let padding = max(spec.width - fixed - bodyCount, 0)
        try checkSize(padding)
        var left = 0, middle = 0, right = 0
        switch spec.align {
        case Ascii.less: right = padding
        case Ascii.caret:
            left = padding / 2
            right = padding - left
        case Ascii.equal: middle = padding
        default: left = padding
        }
        var out: [UInt32] = []
        out.reserveCapacity(fixed + bodyCount + padding)
        append(spec.fill, left, to: &out)
        if sign != 0 { out.append(sign) }
        if prefix != 0 {
            out.append(Ascii.zero)
            out.append(prefix)
        }
        append(spec.fill, middle, to: &out)
        if !grouped.isEmpty {
            out.append(contentsOf: grouped)
        } else if !digits.isEmpty {
            append(Ascii.zero, minDigits - digits.count, to: &out)
            for d in digits { out.append(UInt32(d)) }
        }
        for c in suffix { out.append(UInt32(c)) }
        if let character { out.append(character) }
        append(spec.fill, right, to: &out)
        return out
    }

    /// Inserts `separator` every `size` digits from the right, first extending with leading
    /// zeros until the result is at least `minWidth` long. A group never starts with a
    /// separator, so the result may be one longer than `minWidth` ('08,' gives "0,001,234"),
    /// which is what CPython's _PyUnicode_InsertThousandsGrouping does.
    static func group(_ digits: ArraySlice<UInt8>, minWidth: Int, separator: UInt32, size: Int) -> [UInt32] {
        // Build the groups right to left, then reverse once.
        var reversed: [UInt32] = []
        reversed.reserveCapacity(max(digits.count, minWidth) * (size + 1) / size + 1)
        var remaining = digits.count
        var width = minWidth
        let base = digits.startIndex
        while true {
            let length = min(size, max(remaining, width, 1))
            let taken = min(remaining, length)
            for i in 0..<taken { reversed.append(UInt32(digits[base + remaining - 1 - i])) }
            for _ in taken..<length { reversed.append(Ascii.zero) }
            remaining -= taken
            width -= length
            if remaining <= 0 && width <= 0 { break }
            reversed.append(separator)
            width -= 1
        }
        return reversed.reversed()
    }

    @inline(__always) static func append(_ c: UInt32, _ count: Int, to out: inout [UInt32]) {
        if count > 0 { out.append(contentsOf: repeatElement(c, count: count)) }
    }

    /// Refuses padding no str could hold, where CPython runs out of memory.
    @inline(__always) static func checkSize(_ n: Int) throws(FormatError) {
        if n > 1 << 40 { throw FormatError(.memoryError, "") }
    }
}
