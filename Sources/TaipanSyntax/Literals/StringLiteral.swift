// String and bytes literals: the value of the text between a literal's quotes, decoded as
// CPython 3.11's parser decodes it, with its exact SyntaxError messages.
//
// Input is the body's UTF-8 source bytes with newlines already normalised to "\n" by the
// tokenizer. Offsets in errors and warnings count bytes from the start of that body.
//
// CPython decodes a non-raw str that contains a backslash in two steps: it first rewrites the
// body, replacing each non-ASCII character by a ten-byte `\UXXXXXXXX` escape (and a backslash
// followed by one by `\u005c`), then runs the 'unicodeescape' codec over that. The result is
// the same as decoding the UTF-8 directly, which is what we do; but the codec's error
// messages give positions in the rewritten text, so `cpythonEscapePosition` recomputes them,
// on the error path only.

/// A literal CPython 3.11 rejects with a SyntaxError.
public struct StringLiteralError: Error, Equatable {
    public enum Reason: Equatable {
        /// str: `\x`, `\u` or `\U` not followed by 2, 4 or 8 hex digits.
        case truncatedHexEscape
        /// str: `\U` naming a value above 0x10FFFF.
        case illegalUnicodeCharacter
        /// str: `\N` not followed by `{name}`.
        case malformedNamedEscape
        /// str: `\N{name}` with a name that is neither a character name nor an alias.
        case unknownCharacterName
        /// bytes: `\x` not followed by two hex digits.
        case invalidBytesHexEscape
        /// bytes: a non-ASCII byte in the source. CPython reports this one at the whole
        /// literal token rather than at a position inside it.
        case nonASCIIInBytes
    }

    public var reason: Reason
    /// Byte offset in the body of the backslash starting the bad escape (of the first
    /// non-ASCII byte for `nonASCIIInBytes`).
    public var offset: Int
    /// The SyntaxError message exactly as CPython 3.11 words it.
    public var message: String
}

/// Decoders for literal bodies. `isRaw` means an `r` prefix: the body is taken as it is.
public enum StringLiteral {
    /// The value of a str or bytes literal body: `.str` code points or `.bytes`.
    public static func decode(
        _ body: ArraySlice<UInt8>, isRaw: Bool, isBytes: Bool
    ) throws(StringLiteralError) -> ConstantValue {
        if isBytes { return .bytes(try decodeBytes(body, isRaw: isRaw)) }
        return .str(try decodeStr(body, isRaw: isRaw))
    }

    /// The code points of a str literal body.
    public static func decodeStr(
        _ body: ArraySlice<UInt8>, isRaw: Bool
    ) throws(StringLiteralError) -> [UInt32] {
        var ignored: Int? = nil
        return try decodeStr(body, isRaw: isRaw, firstInvalidEscape: &ignored)
    }

    /// The code points of a str literal body. `firstInvalidEscape`, if nil on entry, receives
    /// the offset of the first escape CPython 3.11 warns about with a DeprecationWarning
    /// (`\d`, or octal above 0o377); `invalidEscapeWarning` words that warning.
    public static func decodeStr(
        _ body: ArraySlice<UInt8>, isRaw: Bool, firstInvalidEscape: inout Int?
    ) throws(StringLiteralError) -> [UInt32] {
        var failure: StringLiteralError? = nil
        var warning = firstInvalidEscape
        let result = body.withUnsafeBufferPointer { p -> [UInt32] in
            if isRaw || !p.contains(0x5C) { return decodeUTF8(p) }
            return decodeStrEscapes(p, failure: &failure, firstInvalidEscape: &warning)
        }
        if let failure { throw failure }
        firstInvalidEscape = warning
        return result
    }

    /// The bytes of a bytes literal body.
    public static func decodeBytes(
        _ body: ArraySlice<UInt8>, isRaw: Bool
    ) throws(StringLiteralError) -> [UInt8] {
        var ignored: Int? = nil
        return try decodeBytes(body, isRaw: isRaw, firstInvalidEscape: &ignored)
    }

    /// The bytes of a bytes literal body; `firstInvalidEscape` as for `decodeStr`.
    public static func decodeBytes(
        _ body: ArraySlice<UInt8>, isRaw: Bool, firstInvalidEscape: inout Int?
    ) throws(StringLiteralError) -> [UInt8] {
        var failure: StringLiteralError? = nil
        var warning = firstInvalidEscape
        let result = body.withUnsafeBufferPointer { p -> [UInt8] in
            var hasBackslash = false
            for i in 0 ..< p.count {
                let byte = p[i]
                if byte >= 0x80 {
                    failure = StringLiteralError(
                        reason: .nonASCIIInBytes, offset: i,
                        message: "bytes can only contain ASCII literal characters")
                    return []
                }
                if byte == 0x5C { hasBackslash = true }
            }
            if isRaw || !hasBackslash { return Array(p) }
            return decodeBytesEscapes(p, failure: &failure, firstInvalidEscape: &warning)
        }
        if let failure { throw failure }
        firstInvalidEscape = warning
        return result
    }

    /// CPython's DeprecationWarning text for the escape at `offset` (a backslash), as
    /// reported through `firstInvalidEscape`: "invalid escape sequence '\d'" or
    /// "invalid octal escape sequence '\777'".
    public static func invalidEscapeWarning(in body: ArraySlice<UInt8>, at offset: Int) -> String {
        let start = body.startIndex + offset + 1
        guard start < body.endIndex else { return "invalid escape sequence '\\'" }
        let first = body[start]
        if first >= UInt8(ascii: "4") && first <= UInt8(ascii: "7") {
            let digits = body[start ..< min(start + 3, body.endIndex)]
            return "invalid octal escape sequence '\\" + String(decoding: digits, as: UTF8.self) + "'"
        }
        return "invalid escape sequence '\\" + String(decoding: [first], as: UTF8.self) + "'"
    }

    // MARK: str

    /// UTF-8 to code points. The tokenizer has validated the text; malformed bytes (which
    /// should not occur) become U+FFFD rather than trapping.
    static func decodeUTF8(_ p: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        var out = [UInt32]()
        out.reserveCapacity(p.count)
        var i = 0
        while i < p.count {
            let byte = p[i]
            if byte < 0x80 {
                out.append(UInt32(byte))
                i += 1
            } else {
                out.append(decodeUTF8Sequence(p, &i))
            }
        }
        return out
    }

    /// Decodes the multi-byte sequence starting at `i` and moves `i` past it.
    @inline(__always)
    static func decodeUTF8Sequence(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32 {
        let lead = p[i]
        let length: Int
        var value: UInt32
        if lead >= 0xF0 {
            length = 4; value = UInt32(lead & 0x07)
        } else if lead >= 0xE0 {
            length = 3; value = UInt32(lead & 0x0F)
        } else if lead >= 0xC0 {
            length = 2; value = UInt32(lead & 0x1F)
        } else {
            i += 1
            return 0xFFFD
        }
        guard i + length <= p.count else {
            i += 1
            return 0xFFFD
        }
        for k in 1 ..< length {
            let next = p[i + k]
            guard next & 0xC0 == 0x80 else {
                i += 1
                return 0xFFFD
            }
            value = value << 6 | UInt32(next & 0x3F)
        }
        i += length
        return value
    }

    static func decodeStrEscapes(
        _ p: UnsafeBufferPointer<UInt8>, failure: inout StringLiteralError?,
        firstInvalidEscape: inout Int?
    ) -> [UInt32] {
        let n = p.count
        var out = [UInt32]()
        out.reserveCapacity(n)
        var i = 0
        while i < n {
            let byte = p[i]
            if byte != 0x5C {
                if byte < 0x80 {
                    out.append(UInt32(byte))
                    i += 1
                } else {
                    out.append(decodeUTF8Sequence(p, &i))
                }
                continue
            }
            let start = i
            i += 1
            // A body cannot end in a lone backslash (it would have escaped the quote);
            // CPython would keep it.
            guard i < n else {
                out.append(0x5C)
                break
            }
            let c = p[i]
            i += 1
            switch c {
            case UInt8(ascii: "\n"): break
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(UInt32(c))
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "0") ... UInt8(ascii: "7"):
                let value = scanOctal(p, first: c, &i)
                // Values above 0o377 are kept in a str (up to U+01FF), with a warning.
                if value > 0o377 && firstInvalidEscape == nil { firstInvalidEscape = start }
                out.append(value)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count = c == UInt8(ascii: "x") ? 2 : c == UInt8(ascii: "u") ? 4 : 8
                var value: UInt32 = 0
                for _ in 0 ..< count {
                    guard i < n, let digit = hexDigitValue(p[i]) else {
                        failure = unicodeEscapeError(.truncatedHexEscape, p, start: start, end: i)
                        return []
                    }
                    value = value << 4 | UInt32(digit)
                    i += 1
                }
                guard value <= 0x10FFFF else {
                    failure = unicodeEscapeError(.illegalUnicodeCharacter, p, start: start, end: i)
                    return []
                }
                out.append(value)
            case UInt8(ascii: "N"):
                guard i < n, p[i] == UInt8(ascii: "{") else {
                    failure = unicodeEscapeError(.malformedNamedEscape, p, start: start, end: i)
                    return []
                }
                i += 1
                let nameStart = i
                while i < n && p[i] != UInt8(ascii: "}") { i += 1 }
                guard i < n, i > nameStart else {
                    failure = unicodeEscapeError(.malformedNamedEscape, p, start: start, end: i)
                    return []
                }
                let name = UnsafeBufferPointer(rebasing: p[nameStart ..< i])
                i += 1
                guard let value = UnicodeNames.lookup(name) else {
                    failure = unicodeEscapeError(.unknownCharacterName, p, start: start, end: i)
                    return []
                }
                out.append(value)
            default:
                // Unknown escapes keep their backslash. CPython does not warn when the next
                // character is non-ASCII, because its rewriting step turned the backslash into
                // the valid escape `\u005c`.
                out.append(0x5C)
                if c >= 0x80 {
                    i -= 1
                } else {
                    if firstInvalidEscape == nil { firstInvalidEscape = start }
                    out.append(UInt32(c))
                }
            }
        }
        return out
    }

    @inline(__always)
    static func scanOctal(_ p: UnsafeBufferPointer<UInt8>, first: UInt8, _ i: inout Int) -> UInt32 {
        var value = UInt32(first - UInt8(ascii: "0"))
        var more = 0
        while more < 2 && i < p.count && p[i] >= UInt8(ascii: "0") && p[i] <= UInt8(ascii: "7") {
            value = value << 3 | UInt32(p[i] - UInt8(ascii: "0"))
            i += 1
            more += 1
        }
        return value
    }

    /// The 'unicodeescape' codec's error for the escape spanning body bytes start ..< end,
    /// worded with the positions CPython reports (see the file comment).
    @inline(never)
    static func unicodeEscapeError(
        _ reason: StringLiteralError.Reason, _ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int
    ) -> StringLiteralError {
        let detail: String
        switch reason {
        case .truncatedHexEscape:
            let letter = p[start + 1]
            detail = letter == UInt8(ascii: "x") ? "truncated \\xXX escape"
                : letter == UInt8(ascii: "u") ? "truncated \\uXXXX escape"
                : "truncated \\UXXXXXXXX escape"
        case .illegalUnicodeCharacter: detail = "illegal Unicode character"
        case .malformedNamedEscape: detail = "malformed \\N character escape"
        case .unknownCharacterName, .invalidBytesHexEscape, .nonASCIIInBytes:
            detail = "unknown Unicode character name"
        }
        let from = cpythonEscapePosition(p, of: start)
        let to = cpythonEscapePosition(p, of: end)
        let span = to - from == 1
            ? "byte 0x5c in position \(from)"
            : "bytes in position \(from)-\(to - 1)"
        return StringLiteralError(
            reason: reason, offset: start,
            message: "(unicode error) 'unicodeescape' codec can't decode \(span): \(detail)")
    }

    /// Where body offset `offset` lands in CPython's rewritten text: ASCII bytes count 1,
    /// each non-ASCII character 10 (`\UXXXXXXXX`), and a backslash that starts an escape and
    /// is followed by a non-ASCII character 6 (`\u005c`). The backslash and the byte after it
    /// are taken as a pair, as the rewriting does, so an escaped backslash never starts one.
    static func cpythonEscapePosition(_ p: UnsafeBufferPointer<UInt8>, of offset: Int) -> Int {
        var position = 0
        var i = 0
        while i < offset {
            let byte = p[i]
            if byte == 0x5C {
                i += 1
                if i >= p.count || p[i] >= 0x80 {
                    position += 6
                } else {
                    position += 2
                    i += 1
                }
            } else if byte < 0x80 {
                position += 1
                i += 1
            } else {
                if byte & 0xC0 != 0x80 { position += 10 }
                i += 1
            }
        }
        return position
    }

    // MARK: bytes

    static func decodeBytesEscapes(
        _ p: UnsafeBufferPointer<UInt8>, failure: inout StringLiteralError?,
        firstInvalidEscape: inout Int?
    ) -> [UInt8] {
        let n = p.count
        var out = [UInt8]()
        out.reserveCapacity(n)
        var i = 0
        while i < n {
            let byte = p[i]
            if byte != 0x5C {
                out.append(byte)
                i += 1
                continue
            }
            let start = i
            i += 1
            guard i < n else {
                out.append(0x5C)
                break
            }
            let c = p[i]
            i += 1
            switch c {
            case UInt8(ascii: "\n"): break
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(c)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "0") ... UInt8(ascii: "7"):
                let value = scanOctal(p, first: c, &i)
                // CPython 3.11 keeps only the low 8 bits of an octal escape above 0o377.
                if value > 0o377 && firstInvalidEscape == nil { firstInvalidEscape = start }
                out.append(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "x"):
                guard i + 1 < n, let high = hexDigitValue(p[i]), let low = hexDigitValue(p[i + 1]) else {
                    failure = StringLiteralError(
                        reason: .invalidBytesHexEscape, offset: start,
                        message: "(value error) invalid \\x escape at position \(start)")
                    return []
                }
                out.append(high << 4 | low)
                i += 2
            default:
                if firstInvalidEscape == nil { firstInvalidEscape = start }
                out.append(0x5C)
                out.append(c)
            }
        }
        return out
    }
}

// MARK: - Character names for \N{...}

/// Name → code point lookup with the rules of CPython 3.11's `unicodedata` (Unicode 14.0):
/// names and formal aliases match case-insensitively; the algorithmic "HANGUL SYLLABLE …"
/// and "CJK UNIFIED IDEOGRAPH-…" names only in upper case, as CPython parses them apart
/// from its table; named sequences and Tangut ideographs (unnamed in CPython's table) never.
enum UnicodeNames {
    static func lookup(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        // These two prefixes are compared case-sensitively and never reach the table.
        if name.starts(with: hangulPrefix) { return hangulSyllable(name) }
        if name.starts(with: cjkPrefix) { return unifiedIdeograph(name) }
        var key = [UInt8]()
        key.reserveCapacity(name.count)
        for byte in name {
            guard byte < 0x80 else { return nil }
            key.append(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte)
        }
        return table[String(decoding: key, as: UTF8.self)]
    }

    static let cjkPrefix = Array("CJK UNIFIED IDEOGRAPH-".utf8)
    static let hangulPrefix = Array("HANGUL SYLLABLE ".utf8)

    /// Built on first use (about a tenth of a second), since few programs write `\N{…}`.
    static let table: [String: UInt32] = buildTable()

    static func buildTable() -> [String: UInt32] {
        var table = [String: UInt32](minimumCapacity: 40_000)
        for value in UInt32(0) ..< 0x110000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            guard let age = properties.age, age.major < 14 || (age.major == 14 && age.minor == 0),
                  let name = properties.name
            else { continue }
            if name.hasPrefix("CJK UNIFIED IDEOGRAPH-") || name.hasPrefix("HANGUL SYLLABLE ")
                || name.hasPrefix("TANGUT IDEOGRAPH-") {
                continue
            }
            table[name] = value
        }
        for line in aliases.split(separator: "\n") {
            guard let space = line.firstIndex(of: " "),
                  let value = UInt32(line[..<space], radix: 16) else { continue }
            for alias in line[line.index(after: space)...].split(separator: "|") {
                table[String(alias)] = value
            }
        }
        for n in 1 ... 256 {
            table["VS\(n)"] = n <= 16 ? 0xFE00 + UInt32(n - 1) : 0xE0100 + UInt32(n - 17)
        }
        return table
    }

    /// "CJK UNIFIED IDEOGRAPH-" then exactly four or five upper-case hex digits naming a
    /// unified ideograph of Unicode 14.0.
    static func unifiedIdeograph(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let digits = name.count - cjkPrefix.count
        guard digits == 4 || digits == 5 else { return nil }
        var value: UInt32 = 0
        for byte in name[cjkPrefix.count...] {
            guard byte < UInt8(ascii: "a"), let digit = hexDigitValue(byte) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        guard let scalar = Unicode.Scalar(value),
              let age = scalar.properties.age, age.major < 14 || (age.major == 14 && age.minor == 0),
              let actual = scalar.properties.name, actual.hasPrefix("CJK UNIFIED IDEOGRAPH-")
        else { return nil }
        return value
    }

    // The Unicode jamo short names, in code point order, from which Hangul syllable names
    // are composed: initial consonant, vowel, optional final consonant.
    static let leading: [[UInt8]] = [
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T",
        "P", "H",
    ].map { Array($0.utf8) }
    static let vowels: [[UInt8]] = [
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO",
        "WE", "WI", "YU", "EU", "YI", "I",
    ].map { Array($0.utf8) }
    static let trailing: [[UInt8]] = [
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH",
        "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
    ].map { Array($0.utf8) }

    /// A "HANGUL SYLLABLE " name. Each jamo is matched greedily (the longest short name
    /// that fits), which is how CPython reads them, so this accepts exactly CPython's set.
    static func hangulSyllable(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var position = hangulPrefix.count
        guard let l = longestJamo(leading, name, &position),
              let v = longestJamo(vowels, name, &position),
              let t = longestJamo(trailing, name, &position),
              position == name.count
        else { return nil }
        return 0xAC00 + UInt32((l * vowels.count + v) * trailing.count + t)
    }

    static func longestJamo(_ table: [[UInt8]], _ name: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Int? {
        var best: Int? = nil
        var bestLength = -1
        for (index, jamo) in table.enumerated() where jamo.count > bestLength {
            if position + jamo.count <= name.count
                && name[position ..< position + jamo.count].elementsEqual(jamo) {
                best = index
                bestLength = jamo.count
            }
        }
        if best != nil { position += bestLength }
        return best
    }

    /// Formal name aliases of Unicode 14.0 (NameAliases.txt, all types), except the
    /// "VSn" abbreviations of the variation selectors, which `buildTable` derives.
    /// Format: hex code point, a space, aliases separated by "|".
    static let aliases = """
    0 NULL|NUL
    1 START OF HEADING|SOH
    2 START OF TEXT|STX
    3 END OF TEXT|ETX
    4 END OF TRANSMISSION|EOT
    5 ENQUIRY|ENQ
    6 ACKNOWLEDGE|ACK
    7 ALERT|BEL
    8 BACKSPACE|BS
    9 CHARACTER TABULATION|HORIZONTAL TABULATION|HT|TAB
    A LINE FEED|NEW LINE|END OF LINE|EOL|LF|NL
    B LINE TABULATION|VERTICAL TABULATION|VT
    C FORM FEED|FF
    D CARRIAGE RETURN|CR
    E SHIFT OUT|LOCKING-SHIFT ONE|SO
    F SHIFT IN|LOCKING-SHIFT ZERO|SI
    10 DATA LINK ESCAPE|DLE
    11 DEVICE CONTROL ONE|DC1
    12 DEVICE CONTROL TWO|DC2
    13 DEVICE CONTROL THREE|DC3
    14 DEVICE CONTROL FOUR|DC4
    15 NEGATIVE ACKNOWLEDGE|NAK
    16 SYNCHRONOUS IDLE|SYN
    17 END OF TRANSMISSION BLOCK|ETB
    18 CANCEL|CAN
    19 END OF MEDIUM|EOM
    1A SUBSTITUTE|SUB
    1B ESCAPE|ESC
    1C INFORMATION SEPARATOR FOUR|FILE SEPARATOR|FS
    1D INFORMATION SEPARATOR THREE|GROUP SEPARATOR|GS
    1E INFORMATION SEPARATOR TWO|RECORD SEPARATOR|RS
    1F INFORMATION SEPARATOR ONE|UNIT SEPARATOR|US
    20 SP
    7F DELETE|DEL
    80 PADDING CHARACTER|PAD
    81 HIGH OCTET PRESET|HOP
    82 BREAK PERMITTED HERE|BPH
    83 NO BREAK HERE|NBH
    84 INDEX|IND
    85 NEXT LINE|NEL
    86 START OF SELECTED AREA|SSA
    87 END OF SELECTED AREA|ESA
    88 CHARACTER TABULATION SET|HORIZONTAL TABULATION SET|HTS
    89 CHARACTER TABULATION WITH JUSTIFICATION|HORIZONTAL TABULATION WITH JUSTIFICATION|HTJ
    8A LINE TABULATION SET|VERTICAL TABULATION SET|VTS
    8B PARTIAL LINE FORWARD|PARTIAL LINE DOWN|PLD
    8C PARTIAL LINE BACKWARD|PARTIAL LINE UP|PLU
    8D REVERSE LINE FEED|REVERSE INDEX|RI
    8E SINGLE SHIFT TWO|SINGLE-SHIFT-2|SS2
    8F SINGLE SHIFT THREE|SINGLE-SHIFT-3|SS3
    90 DEVICE CONTROL STRING|DCS
    91 PRIVATE USE ONE|PRIVATE USE-1|PU1
    92 PRIVATE USE TWO|PRIVATE USE-2|PU2
    93 SET TRANSMIT STATE|STS
    94 CANCEL CHARACTER|CCH
    95 MESSAGE WAITING|MW
    96 START OF GUARDED AREA|START OF PROTECTED AREA|SPA
    97 END OF GUARDED AREA|END OF PROTECTED AREA|EPA
    98 START OF STRING|SOS
    99 SINGLE GRAPHIC CHARACTER INTRODUCER|SGC
    9A SINGLE CHARACTER INTRODUCER|SCI
    9B CONTROL SEQUENCE INTRODUCER|CSI
    9C STRING TERMINATOR|ST
    9D OPERATING SYSTEM COMMAND|OSC
    9E PRIVACY MESSAGE|PM
    9F APPLICATION PROGRAM COMMAND|APC
    A0 NBSP
    AD SHY
    1A2 LATIN CAPITAL LETTER GHA
    1A3 LATIN SMALL LETTER GHA
    34F CGJ
    61C ALM
    709 SYRIAC SUBLINEAR COLON SKEWED LEFT
    CDE KANNADA LETTER LLLA
    E9D LAO LETTER FO FON
    E9F LAO LETTER FO FAY
    EA3 LAO LETTER RO
    EA5 LAO LETTER LO
    FD0 TIBETAN MARK BKA- SHOG GI MGO RGYAN
    11EC HANGUL JONGSEONG YESIEUNG-KIYEOK
    11ED HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK
    11EE HANGUL JONGSEONG SSANGYESIEUNG
    11EF HANGUL JONGSEONG YESIEUNG-KHIEUKH
    180B FVS1
    180C FVS2
    180D FVS3
    180E MVS
    180F FVS4
    200B ZWSP
    200C ZWNJ
    200D ZWJ
    200E LRM
    200F RLM
    202A LRE
    202B RLE
    202C PDF
    202D LRO
    202E RLO
    202F NNBSP
    205F MMSP
    2060 WJ
    2066 LRI
    2067 RLI
    2068 FSI
    2069 PDI
    2118 WEIERSTRASS ELLIPTIC FUNCTION
    2448 MICR ON US SYMBOL
    2449 MICR DASH SYMBOL
    2B7A LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
    2B7C RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
    A015 YI SYLLABLE ITERATION MARK
    AA6E MYANMAR LETTER KHAMTI LLA
    FE18 PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
    FEFF BYTE ORDER MARK|BOM|ZWNBSP
    122D4 CUNEIFORM SIGN NU11 TENU
    122D5 CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR
    16E56 MEDEFAIDRIN CAPITAL LETTER H
    16E57 MEDEFAIDRIN CAPITAL LETTER NG
    16E76 MEDEFAIDRIN SMALL LETTER H
    16E77 MEDEFAIDRIN SMALL LETTER NG
    1B001 HENTAIGANA LETTER E-1
    1D0C5 BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS
    """
}
