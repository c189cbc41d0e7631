// Runs the CPython-recorded cases of Fixtures/format.txt (see tools/gen_format_fixtures.py
// for the format) through the pure formatting layer, which needs no bootstrapped runtime.
// Kept free of XCTest so a standalone harness can compile it with the pure sources.

#if canImport(TaipanRuntime)
@testable import TaipanRuntime
#endif

/// One fixture line whose result differed from CPython's.
struct FormattingMismatch {
    var line: Int
    var text: String
    var got: String
}

enum FormattingFixture {
    /// Checks every case in `contents`; returns the number of cases and the mismatches.
    static func run(_ contents: String) -> (cases: Int, mismatches: [FormattingMismatch]) {
        var cases = 0
        var mismatches: [FormattingMismatch] = []
        var lineNumber = 0
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { unescape($0) }
            guard fields.count == 4 else {
                mismatches.append(FormattingMismatch(line: lineNumber, text: String(line), got: "malformed line"))
                continue
            }
            cases += 1
            let got = evaluate(kind: FormatEngine.text(fields[0]), fields[1], fields[2])
            let expected = FormatEngine.text(fields[3])
            if got != expected {
                mismatches.append(FormattingMismatch(line: lineNumber, text: String(line), got: got))
            }
        }
        return (cases, mismatches)
    }

    static func evaluate(kind: String, _ a: [UInt32], _ b: [UInt32]) -> String {
        do throws(TestFailure) {
            return "=" + FormatEngine.text(try result(kind: kind, a, b))
        } catch {
            return "!" + error.text
        }
    }

    static func result(kind: String, _ a: [UInt32], _ b: [UInt32]) throws(TestFailure) -> [UInt32] {
        if kind == "P" {
            var parser = ArgumentParser(text: b)
            return try PercentEngine.format(a, parser.parse(), host: TestHost())
        }
        do throws(FormatError) {
            switch kind {
            case "F":
                let d = Double(bitPattern: UInt64(FormatEngine.text(a), radix: 16)!)
                let spec = try FormatEngine.parse(b, defaultType: 0, defaultAlign: Ascii.greater, typeName: "float")
                return try FormatEngine.formatDouble(d, spec)
            case "I":
                let n = TestInteger(decimal: FormatEngine.text(a))
                if b.isEmpty { return codePoints(n.digits(base: 10, signed: true)) }
                let spec = try FormatEngine.parse(b, defaultType: 0x64, defaultAlign: Ascii.greater, typeName: "int")
                switch try FormatEngine.integerPresentation(spec, typeName: "int") {
                case .digits(let base):
                    return try FormatEngine.formatInteger(negative: n.negative, magnitude: n.digits(base: base), spec)
                case .float:
                    return try FormatEngine.formatDouble(try n.toDouble(), spec, typeName: "int")
                }
            case "S":
                if b.isEmpty { return a }
                let spec = try FormatEngine.parse(b, defaultType: 0x73, defaultAlign: Ascii.less, typeName: "str")
                return try FormatEngine.formatString(a, spec, typeName: "str")
            case "R":
                let d = Double(bitPattern: UInt64(FormatEngine.text(a), radix: 16)!)
                let ndigits = FormatEngine.text(b)
                if ndigits == "None" {
                    let r = try FormatEngine.roundToIntegral(d)
                    return codePoints(TestInteger(double: r).digits(base: 10, signed: true))
                }
                let n = TestInteger(decimal: ndigits)
                let clipped = n.digits(base: 10).count > 18 ? (n.negative ? Int.min : Int.max) : Int(ndigits)!
                let r = try FormatEngine.roundDouble(d, ndigits: clipped)
                return codePoints(Array(hex16(r.bitPattern).utf8))
            default:
                throw FormatError(.valueError, "unknown fixture kind \(kind)")
            }
        } catch {
            throw TestFailure(error)
        }
    }

    // MARK: Fixture text

    /// Undoes the generator's escaping: \\ \t \n and \u{hex}.
    static func unescape(_ s: Substring) -> [UInt32] {
        var out: [UInt32] = []
        var scalars = s.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            guard c == "\\", let e = scalars.next() else {
                out.append(c.value)
                continue
            }
            switch e {
            case "t": out.append(9)
            case "n": out.append(10)
            case "u":
                _ = scalars.next()  // {
                var value: UInt32 = 0
                while let h = scalars.next(), h != "}" { value = value * 16 + UInt32(Int(String(h), radix: 16)!) }
                out.append(value)
            default: out.append(e.value)
            }
        }
        return out
    }

    static func codePoints(_ ascii: [UInt8]) -> [UInt32] { ascii.map { UInt32($0) } }

    static func hex16(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}

/// A failure as the fixture spells it: "ExceptionName: message".
struct TestFailure: Error {
    var text: String

    init(_ text: String) { self.text = text }
    init(_ error: FormatError) { self.text = error.kind.rawValue + ": " + error.message }
}

/// An int of any size, for the tests only: sign and little-endian 64-bit limbs.
struct TestInteger {
    var negative = false
    var limbs: [UInt64] = []

    init(decimal: String) {
        var text = Substring(decimal)
        if text.first == "-" {
            negative = true
            text = text.dropFirst()
        }
        for ch in text.utf8 {
            FormatEngine.multiplySmall(&limbs, 10)
            var carry = UInt64(ch - 0x30)
            for i in limbs.indices where carry != 0 {
                let (s, o) = limbs[i].addingReportingOverflow(carry)
                limbs[i] = s
                carry = o ? 1 : 0
            }
            if carry != 0 { limbs.append(carry) }
        }
        while limbs.last == 0 { limbs.removeLast() }
        if limbs.isEmpty { negative = false }
    }

    /// The int of an integral finite double.
    init(double: Double) {
        let exact = FormatEngine.exactDecimal(double)
        var text = double.sign == .minus && !exact.isZero ? "-" : ""
        text += String(decoding: exact.digits, as: UTF8.self)
        if exact.point > exact.digits.count { text += String(repeating: "0", count: exact.point - exact.digits.count) }
        self.init(decimal: exact.isZero ? "0" : text)
    }

    var isZero: Bool { limbs.isEmpty }

    /// Magnitude digits (lowercase) in base 2, 8, 10 or 16, with '-' first if `signed`.
    func digits(base: Int, signed: Bool = false) -> [UInt8] {
        var out: [UInt8]
        if isZero {
            out = [0x30]
        } else if base == 10 {
            out = FormatEngine.decimalDigits(limbs)
        } else {
            let bitsPerDigit = base == 2 ? 1 : base == 8 ? 3 : 4
            let totalBits = limbs.count * 64 - limbs.last!.leadingZeroBitCount
            out = []
            var position = ((totalBits + bitsPerDigit - 1) / bitsPerDigit - 1) * bitsPerDigit
            while position >= 0 {
                var digit = 0
                for k in 0..<bitsPerDigit {
                    let bit = position + k
                    if bit / 64 < limbs.count && (limbs[bit / 64] >> UInt64(bit % 64)) & 1 == 1 { digit |= 1 << k }
                }
                out.append(Array("0123456789abcdef".utf8)[digit])
                position -= bitsPerDigit
            }
        }
        return signed && negative ? [0x2D] + out : out
    }

    func toDouble() throws(FormatError) -> Double {
        let d = Double(String(decoding: digits(base: 10, signed: true), as: UTF8.self))!
        guard d.isFinite else { throw FormatError(.overflowError, "int too large to convert to float") }
        return d
    }

    /// Clamped to Int.
    var clamped: Int {
        let ds = digits(base: 10)
        if ds.count > 18 { return negative ? Int.min : Int.max }
        return Int(String(decoding: digits(base: 10, signed: true), as: UTF8.self))!
    }
}

/// The Python values the P cases use.
indirect enum TestValue {
    case int(TestInteger)
    case bool(Bool)
    case float(Double)
    case str([UInt32])
    case none
    case tuple([TestValue])
    case list([TestValue])
    case dict([(TestValue, TestValue)])

    var typeName: String {
        switch self {
        case .int: return "int"
        case .bool: return "bool"
        case .float: return "float"
        case .str: return "str"
        case .none: return "NoneType"
        case .tuple: return "tuple"
        case .list: return "list"
        case .dict: return "dict"
        }
    }
}

/// Reads the generator's argument encoding.
struct ArgumentParser {
    var text: [UInt32]
    var pos = 0

    mutating func number(until end: UInt32) -> String {
        var s = ""
        while text[pos] != end {
            s.unicodeScalars.append(Unicode.Scalar(text[pos])!)
            pos += 1
        }
        pos += 1
        return s
    }

    mutating func parse() -> TestValue {
        let tag = text[pos]
        pos += 1
        switch Unicode.Scalar(tag)! {
        case "N": return .none
        case "i": return .int(TestInteger(decimal: number(until: 0x3B)))
        case "b": return .bool(number(until: 0x3B) == "1")
        case "f": return .float(Double(bitPattern: UInt64(number(until: 0x3B), radix: 16)!))
        case "s":
            let n = Int(number(until: 0x3A))!
            defer { pos += n }
            return .str(Array(text[pos..<(pos + n)]))
        case "t", "l":
            let n = Int(number(until: 0x3A))!
            var items: [TestValue] = []
            for _ in 0..<n { items.append(parse()) }
            return tag == 0x74 ? .tuple(items) : .list(items)
        default:
            let n = Int(number(until: 0x3A))!
            var pairs: [(TestValue, TestValue)] = []
            for _ in 0..<n { pairs.append((parse(), parse())) }
            return .dict(pairs)
        }
    }
}

/// Python's semantics for the P cases' values: str/repr/ascii and the int/float/char
/// conversions, with CPython's messages.
struct TestHost: PercentFormatHost {
    func failure(_ error: FormatError) -> TestFailure { TestFailure(error) }

    func tupleCount(_ a: TestValue) -> Int? {
        if case .tuple(let items) = a { return items.count }
        return nil
    }

    func tupleItem(_ a: TestValue, _ i: Int) -> TestValue {
        guard case .tuple(let items) = a else { fatalError() }
        return items[i]
    }

    func isMapping(_ a: TestValue) -> Bool {
        switch a {
        case .dict, .list: return true
        default: return false
        }
    }

    func item(_ mapping: TestValue, key: [UInt32]) throws(TestFailure) -> TestValue {
        switch mapping {
        case .dict(let pairs):
            for (k, v) in pairs {
                if case .str(let s) = k, s == key { return v }
            }
            throw TestFailure("KeyError: " + FormatEngine.text(repr(.str(key))))
        default:
            throw TestFailure("TypeError: list indices must be integers or slices, not str")
        }
    }

    func text(_ a: TestValue, conversion: UInt8) throws(TestFailure) -> [UInt32] {
        switch conversion {
        case 0x73: return str(a)
        case 0x72: return repr(a)
        default:
            var out: [UInt32] = []
            for c in repr(a) {
                if c < 0x80 {
                    out.append(c)
                } else {
                    let (prefix, width) = c < 0x100 ? ("\\x", 2) : c < 0x10000 ? ("\\u", 4) : ("\\U", 8)
                    let hex = String(c, radix: 16)
                    let text = prefix + String(repeating: "0", count: width - hex.count) + hex
                    out += text.unicodeScalars.map { $0.value }
                }
            }
            return out
        }
    }

    func str(_ a: TestValue) -> [UInt32] {
        if case .str(let s) = a { return s }
        return repr(a)
    }

    func repr(_ a: TestValue) -> [UInt32] {
        func ascii(_ s: String) -> [UInt32] { s.unicodeScalars.map { $0.value } }
        switch a {
        case .int(let n): return FormattingFixture.codePoints(n.digits(base: 10, signed: true))
        case .bool(let b): return ascii(b ? "True" : "False")
        case .float(let d): return ascii(FormatEngine.reprDouble(d))
        case .none: return ascii("None")
        case .str(let s):
            let quote: UInt32 = s.contains(0x27) && !s.contains(0x22) ? 0x22 : 0x27
            var out: [UInt32] = [quote]
            for c in s {
                switch c {
                case quote, 0x5C: out += [0x5C, c]
                case 9: out += ascii("\\t")
                case 10: out += ascii("\\n")
                case 13: out += ascii("\\r")
                default:
                    let printable = (c >= 0x20 && c < 0x7F) || (c > 0xA0 && c != 0xAD && !(0xD800...0xDFFF).contains(c))
                    if printable {
                        out.append(c)
                    } else {
                        let (prefix, width) = c < 0x100 ? ("\\x", 2) : c < 0x10000 ? ("\\u", 4) : ("\\U", 8)
                        let hex = String(c, radix: 16)
                        out += ascii(prefix + String(repeating: "0", count: width - hex.count) + hex)
                    }
                }
            }
            out.append(quote)
            return out
        case .tuple(let items):
            var out = ascii("(")
            for (i, item) in items.enumerated() {
                if i > 0 { out += ascii(", ") }
                out += repr(item)
            }
            return out + ascii(items.count == 1 ? ",)" : ")")
        case .list(let items):
            var out = ascii("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out += ascii(", ") }
                out += repr(item)
            }
            return out + ascii("]")
        case .dict(let pairs):
            var out = ascii("{")
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out += ascii(", ") }
                out += repr(k) + ascii(": ") + repr(v)
            }
            return out + ascii("}")
        }
    }

    func integer(_ a: TestValue, conversion: UInt8) throws(TestFailure) -> (negative: Bool, magnitude: [UInt8]) {
        let base = conversion == 0x6F ? 8 : conversion == 0x78 || conversion == 0x58 ? 16 : 10
        let indexOnly = base != 10
        switch a {
        case .int(let n): return (n.negative, n.digits(base: base))
        case .bool(let b): return (false, [b ? 0x31 : 0x30])
        case .float(let d) where !indexOnly:
            if d.isNaN { throw TestFailure("ValueError: cannot convert float NaN to integer") }
            if d.isInfinite { throw TestFailure("OverflowError: cannot convert float infinity to integer") }
            let n = TestInteger(double: d.rounded(.towardZero))
            return (n.negative, n.digits(base: base))
        default:
            let c = String(Unicode.Scalar(conversion))
            throw TestFailure("TypeError: %\(c) format: " + (indexOnly ? "an integer" : "a real number")
                              + " is required, not \(a.typeName)")
        }
    }

    func real(_ a: TestValue) throws(TestFailure) -> Double {
        switch a {
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .int(let n):
            do throws(FormatError) { return try n.toDouble() } catch { throw TestFailure(error) }
        default: throw TestFailure("TypeError: must be real number, not \(a.typeName)")
        }
    }

    func character(_ a: TestValue) throws(TestFailure) -> UInt32 {
        switch a {
        case .str(let s) where s.count == 1: return s[0]
        case .bool(let b): return b ? 1 : 0
        case .int(let n):
            let v = n.clamped
            guard v >= 0 && v <= 0x10FFFF else { throw TestFailure("OverflowError: %c arg not in range(0x110000)") }
            return UInt32(v)
        default: throw TestFailure("TypeError: %c requires int or char")
        }
    }

    func starValue(_ a: TestValue) throws(TestFailure) -> Int? {
        switch a {
        case .int(let n): return n.clamped
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }
}
