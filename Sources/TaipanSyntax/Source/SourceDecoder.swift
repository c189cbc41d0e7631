// Turns the bytes of a source file into what the tokenizer reads: UTF-8 text with every line
// ending normalised to "\n". Follows PEP 263 as CPython does: a UTF-8 BOM, or a coding cookie
// on one of the first two lines, chooses the encoding; the default is UTF-8.

public enum SourceDecoder {
    public static func decode(_ bytes: [UInt8]) throws(SyntaxError) -> [UInt8] {
        var body = bytes[...]
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if hasBOM { body = body.dropFirst(3) }
        let declared = codingCookie(in: body)
        if let declared {
            let name = normalisedEncodingName(declared)
            if hasBOM && name != "utf-8" {
                throw SyntaxError("encoding problem: \(name) with BOM", line: 0, column: -1)
            }
            if name == "utf-8" && !hasBOM {
                // With an explicit utf-8 cookie python3 checks the text token by token:
                // malformed bytes in a comment pass, in a name or string they are errors
                // (see `unicodeError`).
                return normaliseNewlines(body)
            }
            if name != "utf-8" {
                // python3 reports an unknown encoding and undecodable text alike.
                guard let codec = SingleByteCodec.named(name), let text = codec.decodeToUTF8(body) else {
                    throw SyntaxError("encoding problem: \(declared)", line: 0, column: -1)
                }
                return normaliseNewlines(text[...])
            }
        }
        if let bad = firstInvalidUTF8(body) {
            let byte = body[bad]
            let line = 1 + body[..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            let hex = String(byte, radix: 16)
            let shown = hex.count == 1 ? "0" + hex : hex
            if declared == nil {
                throw SyntaxError("Non-UTF-8 code starting with '\\x\(shown)' in file %FILE% on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details", line: 0, column: -1)
            }
            throw SyntaxError("(unicode error) 'utf-8' codec can't decode byte 0x\(shown) in position \(bad - body.startIndex): invalid start byte", line: 0, column: -1)
        }
        return normaliseNewlines(body)
    }

    /// The encoding named by a `coding[:=]` comment on line 1, or on line 2 when line 1 is
    /// blank or a comment (PEP 263).
    static func codingCookie(in body: ArraySlice<UInt8>) -> String? {
        var lineStart = body.startIndex
        for lineNumber in 0..<2 {
            var end = lineStart
            while end < body.endIndex && body[end] != 0x0A && body[end] != 0x0D { end += 1 }
            let line = body[lineStart..<end]
            if let name = cookie(onLine: line) { return name }
            // Line 2 counts only if line 1 holds nothing but a comment or whitespace.
            if lineNumber == 0 {
                let text = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
                if !(text.isEmpty || text.first == UInt8(ascii: "#")) { return nil }
            }
            if end >= body.endIndex { return nil }
            lineStart = end + 1
            if body[end] == 0x0D && lineStart < body.endIndex && body[lineStart] == 0x0A { lineStart += 1 }
        }
        return nil
    }

    private static func cookie(onLine line: ArraySlice<UInt8>) -> String? {
        let text = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
        guard text.first == UInt8(ascii: "#") else { return nil }
        let bytes = Array(text)
        let pattern = Array("coding".utf8)
        var i = 0
        while i + pattern.count < bytes.count {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                var j = i + pattern.count
                if bytes[j] == UInt8(ascii: ":") || bytes[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < bytes.count && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
                    var k = j
                    while k < bytes.count && isEncodingNameByte(bytes[k]) { k += 1 }
                    if k > j { return String(decoding: bytes[j..<k], as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }

    private static func isEncodingNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
    }

    /// CPython's spelling rules: any "utf-8-…" is utf-8, the latin-1 aliases are iso-8859-1;
    /// other names are matched by the codec table ignoring case, '-' and '_'.
    static func normalisedEncodingName(_ name: String) -> String {
        let lower = String(name.lowercased().prefix(12)).replacingUnderscores()
        if lower == "utf-8" || lower.hasPrefix("utf-8-") { return "utf-8" }
        for alias in ["latin-1", "iso-8859-1", "iso-latin-1"] {
            if lower == alias || lower.hasPrefix(alias + "-") { return "iso-8859-1" }
        }
        return name
    }

    static func firstInvalidUTF8(_ body: ArraySlice<UInt8>) -> Int? {
        var i = body.startIndex
        let end = body.endIndex
        while i < end {
            let b = body[i]
            if b < 0x80 { i += 1; continue }
            var need: Int
            var minScalar: UInt32
            var scalar: UInt32
            if b & 0xE0 == 0xC0 { need = 1; minScalar = 0x80; scalar = UInt32(b & 0x1F) }
            else if b & 0xF0 == 0xE0 { need = 2; minScalar = 0x800; scalar = UInt32(b & 0x0F) }
            else if b & 0xF8 == 0xF0 { need = 3; minScalar = 0x10000; scalar = UInt32(b & 0x07) }
            else { return i }
            if i + need >= end { return i }
            for k in 1...need {
                let c = body[i + k]
                if c & 0xC0 != 0x80 { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minScalar || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) { return i }
            i += need + 1
        }
        return nil
    }

    /// The "(unicode error) …" message CPython gives for malformed UTF-8 at `bad` in
    /// `bytes`, with the position counted from the start of `bytes`.
    static func unicodeError(in bytes: ArraySlice<UInt8>, at bad: Int) -> String {
        let b = bytes[bad]
        let hex = String(b, radix: 16)
        let shown = hex.count == 1 ? "0" + hex : hex
        var reason = "invalid start byte"
        if b >= 0xC2 && b <= 0xF4 {
            let need = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1
            reason = "unexpected end of data"
            for k in 1...need {
                if bad + k >= bytes.endIndex { break }
                if bytes[bad + k] & 0xC0 != 0x80 {
                    reason = "invalid continuation byte"
                    break
                }
            }
        }
        return "(unicode error) 'utf-8' codec can't decode byte 0x\(shown) in position \(bad - bytes.startIndex): \(reason)"
    }

    static func normaliseNewlines(_ body: ArraySlice<UInt8>) -> [UInt8] {
        guard body.contains(0x0D) else { return Array(body) }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        while i < body.endIndex {
            let b = body[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < body.endIndex && body[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
