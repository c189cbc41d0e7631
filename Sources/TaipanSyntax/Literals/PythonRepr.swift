// `repr()` of literal values exactly as CPython 3.11 prints them, for the AST dumper (whose
// output is compared byte for byte with `ast.dump`) and anyone else needing Python's text.
//
// Printability follows CPython 3.11's Unicode 14.0 database: the standard library's Unicode
// tables are newer, so a scalar assigned after 14.0 counts as unassigned (category Cn), which is
// what `str.isprintable` says for it under 3.11. Checked against python3 for every code point.

/// `repr(value)` for a constant, as `ast.dump` shows it.
public func pythonRepr(_ value: ConstantValue) -> String {
    switch value {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .ellipsis: return "Ellipsis"
    case .int(let i): return String(i)
    case .bigInt(let digits): return digits
    case .float(let d): return pythonFloatRepr(d)
    case .imaginary(let d): return pythonImaginaryRepr(d)
    case .str(let codePoints): return pythonStrRepr(codePoints: codePoints)
    case .bytes(let bytes): return pythonBytesRepr(bytes)
    }
}

/// `repr` of a str given as a Swift string (identifiers, attribute names, …).
public func pythonStrRepr(_ s: String) -> String {
    pythonStrRepr(codePoints: s.unicodeScalars.map { $0.value })
}

/// `repr` of a str given as code points; lone surrogates are allowed and print as `\udxxx`.
public func pythonStrRepr(codePoints: [UInt32]) -> String {
    var hasSingle = false
    var hasDouble = false
    for c in codePoints {
        if c == 0x27 { hasSingle = true } else if c == 0x22 { hasDouble = true }
    }
    let quote: UInt32 = hasSingle && !hasDouble ? 0x22 : 0x27
    var out = [UInt8]()
    out.reserveCapacity(codePoints.count + 2)
    out.append(UInt8(quote))
    for c in codePoints {
        if c < 0x7F {
            if c == quote || c == 0x5C {
                out.append(0x5C)
                out.append(UInt8(c))
            } else if c >= 0x20 {
                out.append(UInt8(c))
            } else if c == 0x09 {
                out.append(0x5C); out.append(UInt8(ascii: "t"))
            } else if c == 0x0A {
                out.append(0x5C); out.append(UInt8(ascii: "n"))
            } else if c == 0x0D {
                out.append(0x5C); out.append(UInt8(ascii: "r"))
            } else {
                appendHexEscape(&out, c, letter: "x", digits: 2)
            }
        } else if isPythonPrintable(c), let scalar = Unicode.Scalar(c) {
            appendUTF8(&out, scalar)
        } else if c <= 0xFF {
            appendHexEscape(&out, c, letter: "x", digits: 2)
        } else if c <= 0xFFFF {
            appendHexEscape(&out, c, letter: "u", digits: 4)
        } else {
            appendHexEscape(&out, c, letter: "U", digits: 8)
        }
    }
    out.append(UInt8(quote))
    return String(decoding: out, as: UTF8.self)
}

/// `repr` of a bytes value: `b'...'`, with the same quote choice as str.
/// `escapingSingleQuote`: bytearray's repr escapes `'` even inside double quotes (as CPython's
/// bytearray_repr does).
public func pythonBytesRepr(_ bytes: [UInt8], escapingSingleQuote: Bool = false) -> String {
    let hasSingle = bytes.contains(0x27)
    let quote: UInt8 = hasSingle && !bytes.contains(0x22) ? 0x22 : 0x27
    var out = [UInt8]()
    out.reserveCapacity(bytes.count + 3)
    out.append(UInt8(ascii: "b"))
    out.append(quote)
    for b in bytes {
        if b == quote || b == 0x5C || (escapingSingleQuote && b == 0x27) {
            out.append(0x5C)
            out.append(b)
        } else if b == 0x09 {
            out.append(0x5C); out.append(UInt8(ascii: "t"))
        } else if b == 0x0A {
            out.append(0x5C); out.append(UInt8(ascii: "n"))
        } else if b == 0x0D {
            out.append(0x5C); out.append(UInt8(ascii: "r"))
        } else if b < 0x20 || b >= 0x7F {
            appendHexEscape(&out, UInt32(b), letter: "x", digits: 2)
        } else {
            out.append(b)
        }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
}

/// `repr(float)`: the shortest digits that round-trip, laid out as CPython's 'r' format does
/// (positional when the decimal exponent is in -4 ..< 16, scientific otherwise).
public func pythonFloatRepr(_ d: Double) -> String {
    formatShortestDouble(d, addDotZero: true)
}

/// `repr` of a complex whose real part is +0.0, which is every imaginary literal: `1j`,
/// `1.5j`, `1e+16j`, `infj`. Integral values print without ".0", as CPython's complex repr.
public func pythonImaginaryRepr(_ imag: Double) -> String {
    formatShortestDouble(imag, addDotZero: false) + "j"
}

/// Python's `str.isprintable` for one code point under Unicode 14.0: false for categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, except that the ASCII space is printable.
public func isPythonPrintable(_ c: UInt32) -> Bool {
    if c < 0x7F { return c >= 0x20 }
    guard let scalar = Unicode.Scalar(c) else { return false }  // surrogates, > 0x10FFFF
    let properties = scalar.properties
    guard let age = properties.age, age.major < 14 || (age.major == 14 && age.minor == 0) else {
        return false
    }
    switch properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
         .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

// MARK: Helpers

@inline(__always)
private func appendHexEscape(_ out: inout [UInt8], _ value: UInt32, letter: Unicode.Scalar, digits: Int) {
    out.append(0x5C)
    out.append(UInt8(letter.value))
    var shift = (digits - 1) * 4
    while shift >= 0 {
        let nibble = UInt8((value >> UInt32(shift)) & 0xF)
        out.append(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10)
        shift -= 4
    }
}

@inline(__always)
private func appendUTF8(_ out: inout [UInt8], _ scalar: Unicode.Scalar) {
    for unit in UTF8.encode(scalar)! { out.append(unit) }
}

/// The shortest round-trip digits come from the standard library (`description` prints the
/// shortest, closest digits, as David Gay's mode 0 that CPython uses); only the layout is ours.
private func formatShortestDouble(_ d: Double, addDotZero: Bool) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 {
        let zero = addDotZero ? "0.0" : "0"
        return d.sign == .minus ? "-" + zero : zero
    }
    // Split Swift's text ("-1.2345e-07", "0.001", "123.0") into digits and a decimal-point
    // position `pointPosition`: the value is 0.DIGITS × 10^pointPosition.
    var digits = [UInt8]()
    digits.reserveCapacity(20)
    var pointPosition = 0
    var seenPoint = false
    var exponent = 0
    var exponentNegative = false
    var inExponent = false
    for byte in d.description.utf8 {
        switch byte {
        case UInt8(ascii: "-"):
            // The value's own sign comes from `d.sign`; only the exponent's matters here.
            if inExponent { exponentNegative = true }
        case UInt8(ascii: "+"):
            break
        case UInt8(ascii: "."):
            seenPoint = true
        case UInt8(ascii: "e"), UInt8(ascii: "E"):
            inExponent = true
        default:
            let digit = Int(byte &- UInt8(ascii: "0"))
            if inExponent {
                exponent = exponent * 10 + digit
            } else if digits.isEmpty && digit == 0 {
                if seenPoint { pointPosition -= 1 }
            } else {
                digits.append(byte)
                if !seenPoint { pointPosition += 1 }
            }
        }
    }
    while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
    pointPosition += exponentNegative ? -exponent : exponent

    var out = [UInt8]()
    out.reserveCapacity(32)
    if d.sign == .minus { out.append(UInt8(ascii: "-")) }
    let count = digits.count
    if pointPosition <= -4 || pointPosition > 16 {
        out.append(digits[0])
        if count > 1 {
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[1...])
        }
        let e = pointPosition - 1
        out.append(UInt8(ascii: "e"))
        out.append(e < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let magnitude = e < 0 ? -e : e
        if magnitude < 10 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: String(magnitude).utf8)
    } else if pointPosition <= 0 {
        out.append(UInt8(ascii: "0"))
        out.append(UInt8(ascii: "."))
        for _ in 0 ..< -pointPosition { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: digits)
    } else if pointPosition < count {
        out.append(contentsOf: digits[..<pointPosition])
        out.append(UInt8(ascii: "."))
        out.append(contentsOf: digits[pointPosition...])
    } else {
        out.append(contentsOf: digits)
        for _ in 0 ..< pointPosition - count { out.append(UInt8(ascii: "0")) }
        if addDotZero {
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "0"))
        }
    }
    return String(decoding: out, as: UTF8.self)
}
