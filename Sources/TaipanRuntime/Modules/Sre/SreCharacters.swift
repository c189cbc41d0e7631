// Character classes and case mappings of the regular-expression engine, as CPython's _sre
// defines them: ASCII classes for bytes and (?a) patterns; for str patterns the Unicode
// classes of str.isdecimal/isspace/isalnum and the single-character case mappings (the
// first character of the full mapping, as CPython's Py_UNICODE_TOLOWER); for re.LOCALE the
// C library's classes in the UTF-8 locale Python starts with, which are the ASCII ones.

enum SreChars {
    @inline(__always) static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
    @inline(__always) static func isAlnum(_ c: UInt32) -> Bool {
        (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
    }
    @inline(__always) static func isWord(_ c: UInt32) -> Bool { c < 128 && (isAlnum(c) || c == 0x5F) }
    @inline(__always) static func lowerASCII(_ c: UInt32) -> UInt32 { c >= 0x41 && c <= 0x5A ? c + 32 : c }
    @inline(__always) static func upperASCII(_ c: UInt32) -> UInt32 { c >= 0x61 && c <= 0x7A ? c - 32 : c }
    // The locale variants: the C library's ctype in a UTF-8 locale only knows ASCII bytes.
    @inline(__always) static func lowerLocale(_ c: UInt32) -> UInt32 { lowerASCII(c) }
    @inline(__always) static func upperLocale(_ c: UInt32) -> UInt32 { upperASCII(c) }
    @inline(__always) static func isLocaleWord(_ c: UInt32) -> Bool { isWord(c) }

    @inline(__always) static func lowerUnicode(_ c: UInt32) -> UInt32 {
        c < 128 ? lowerASCII(c) : SreUnicode.info(c).lower
    }
    @inline(__always) static func upperUnicode(_ c: UInt32) -> UInt32 {
        c < 128 ? upperASCII(c) : SreUnicode.info(c).upper
    }
    @inline(__always) static func isUnicodeWord(_ c: UInt32) -> Bool {
        c < 128 ? isWord(c) : SreUnicode.info(c).flags & SreUnicode.alnum != 0
    }

    /// A character matching `pattern` under re.LOCALE|re.IGNORECASE.
    @inline(__always) static func localeIgnoreEquals(_ pattern: UInt32, _ c: UInt32) -> Bool {
        c == pattern || lowerLocale(c) == pattern || upperLocale(c) == pattern
    }

    static func category(_ code: UInt32, _ c: UInt32) -> Bool {
        switch code {
        case SreCategory.digit: return isDigit(c)
        case SreCategory.notDigit: return !isDigit(c)
        case SreCategory.space: return isSpace(c)
        case SreCategory.notSpace: return !isSpace(c)
        case SreCategory.word: return isWord(c)
        case SreCategory.notWord: return !isWord(c)
        case SreCategory.linebreak: return c == 10
        case SreCategory.notLinebreak: return c != 10
        case SreCategory.locWord: return isLocaleWord(c)
        case SreCategory.locNotWord: return !isLocaleWord(c)
        case SreCategory.uniDigit: return SreUnicode.has(c, SreUnicode.decimal)
        case SreCategory.uniNotDigit: return !SreUnicode.has(c, SreUnicode.decimal)
        case SreCategory.uniSpace: return SreUnicode.has(c, SreUnicode.space)
        case SreCategory.uniNotSpace: return !SreUnicode.has(c, SreUnicode.space)
        case SreCategory.uniWord: return isUnicodeWord(c)
        case SreCategory.uniNotWord: return !isUnicodeWord(c)
        case SreCategory.uniLinebreak: return SreUnicode.has(c, SreUnicode.linebreak)
        case SreCategory.uniNotLinebreak: return !SreUnicode.has(c, SreUnicode.linebreak)
        default: return false
        }
    }

    /// Whether `c` is in the set whose operations start at `code[set]` (ending in FAILURE).
    static func inCharset(_ code: UnsafePointer<UInt32>, _ start: Int, _ c: UInt32) -> Bool {
        var ok = true
        var i = start
        while true {
            let op = code[i]
            i += 1
            switch op {
            case SreOp.failure:
                return !ok
            case SreOp.literal:
                if c == code[i] { return ok }
                i += 1
            case SreOp.category:
                if category(code[i], c) { return ok }
                i += 1
            case SreOp.charset:
                if c < 256 && code[i + Int(c >> 5)] & (1 << (c & 31)) != 0 { return ok }
                i += 8
            case SreOp.range:
                if code[i] <= c && c <= code[i + 1] { return ok }
                i += 2
            case SreOp.rangeUniIgnore:
                if code[i] <= c && c <= code[i + 1] { return ok }
                let u = upperUnicode(c)
                if code[i] <= u && u <= code[i + 1] { return ok }
                i += 2
            case SreOp.negate:
                ok = !ok
            case SreOp.bigCharset:
                // <count> <256 block numbers, 4 to a little-endian word> <count 256-bit blocks>
                let blocks = Int(code[i])
                i += 1
                if c < 0x10000 {
                    let hi = Int(c >> 8)
                    let block = Int((code[i + hi >> 2] >> (UInt32(hi & 3) * 8)) & 0xFF)
                    let bit = block * 256 + Int(c & 255)
                    if code[i + 64 + bit >> 5] & (1 << UInt32(bit & 31)) != 0 { return ok }
                }
                i += 64 + blocks * 8
            default:
                return false
            }
        }
    }
}

/// Unicode character data, computed a page of 256 characters at a time on first use
/// (the engine asks only about the characters of the texts it scans).
enum SreUnicode {
    struct Info {
        var lower: UInt32
        var upper: UInt32
        var flags: UInt32
    }
    static let decimal: UInt32 = 1, space: UInt32 = 2, alnum: UInt32 = 4, linebreak: UInt32 = 8

    static var pages = [UnsafeMutablePointer<Info>?](repeating: nil, count: 0x1100)

    @inline(__always) static func info(_ c: UInt32) -> Info {
        let hi = Int(c >> 8)
        if hi >= 0x1100 { return Info(lower: c, upper: c, flags: 0) }
        if let page = pages[hi] { return page[Int(c & 255)] }
        return makePage(hi)[Int(c & 255)]
    }

    @inline(__always) static func has(_ c: UInt32, _ flag: UInt32) -> Bool { info(c).flags & flag != 0 }

    @inline(never) static func makePage(_ hi: Int) -> UnsafeMutablePointer<Info> {
        let page = UnsafeMutablePointer<Info>.allocate(capacity: 256)
        for low in 0..<256 {
            let c = UInt32(hi << 8 | low)
            page[low] = compute(c)
        }
        pages[hi] = page
        return page
    }

    static func compute(_ c: UInt32) -> Info {
        guard let scalar = Unicode.Scalar(c) else { return Info(lower: c, upper: c, flags: 0) }
        let p = scalar.properties
        let lower = p.lowercaseMapping.unicodeScalars.first?.value ?? c
        let upper = p.uppercaseMapping.unicodeScalars.first?.value ?? c
        var flags: UInt32 = 0
        if p.numericType == .decimal { flags |= decimal }
        if StrOps.isSpace(c) { flags |= space }
        if p.numericType != nil || StrOps.isAlphaChar(c) { flags |= alnum }
        switch c {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: flags |= linebreak
        default: break
        }
        return Info(lower: lower, upper: upper, flags: flags)
    }
}
