// The text codecs behind str.encode, bytes.decode and str(b, encoding, errors): utf-8
// (and utf-8-sig), utf-16 and utf-32 (with a BOM, or -le/-be), latin-1, ascii and the
// single-byte tables the tokenizer carries (cp1252, koi8-r, …, reported as 'charmap').
// The error handlers and the UnicodeEncodeError/UnicodeDecodeError messages are CPython's.
// Text travels as code points ([UInt32], lone surrogates allowed) and bytes as [UInt8]:
// neither holds Values, so the GC is not concerned.

import TaipanSyntax

enum Codec {
    case utf8(signature: Bool)
    case utf16(bigEndian: Bool?)  // nil: with a BOM (encode: little-endian)
    case utf32(bigEndian: Bool?)
    case latin1
    case ascii
    case charmap(SingleByteCodec)

    /// The codec of an encoding name, spelt as CPython's codec registry accepts it.
    static func named(_ name: String) throws(PyException) -> Codec {
        var key = ""
        for ch in name.lowercased() { key.append(ch == "_" || ch == " " ? "-" : ch) }
        switch key {
        case "utf-8", "utf8", "u8", "utf", "cp65001", "utf8-ucs2", "utf8-ucs4": return .utf8(signature: false)
        case "utf-8-sig": return .utf8(signature: true)
        case "utf-16", "utf16", "u16": return .utf16(bigEndian: nil)
        case "utf-16-le", "utf-16le", "utf16le", "utf16-le": return .utf16(bigEndian: false)
        case "utf-16-be", "utf-16be", "utf16be", "utf16-be": return .utf16(bigEndian: true)
        case "utf-32", "utf32", "u32": return .utf32(bigEndian: nil)
        case "utf-32-le", "utf-32le", "utf32le", "utf32-le": return .utf32(bigEndian: false)
        case "utf-32-be", "utf-32be", "utf32be", "utf32-be": return .utf32(bigEndian: true)
        case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100", "csisolatin1":
            return .latin1
        case "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "ansi-x3.4-1986", "cp367", "csascii", "ibm367", "iso646-us":
            return .ascii
        default:
            if let table = SingleByteCodec.named(key) { return .charmap(table) }
            throw pyError(ExceptionTypes.named("LookupError"), "unknown encoding: \(name)")
        }
    }

    /// The name error messages give.
    func reportedName(decoding: Bool) -> String {
        switch self {
        case .utf8: return "utf-8"
        case .utf16(let big): return big == true ? "utf-16-be" : decoding || big == false ? "utf-16-le" : "utf-16"
        case .utf32(let big): return big == true ? "utf-32-be" : decoding || big == false ? "utf-32-le" : "utf-32"
        case .latin1: return "latin-1"
        case .ascii: return "ascii"
        case .charmap: return "charmap"
        }
    }

    /// Why a character cannot be encoded.
    var encodeReason: String {
        switch self {
        case .latin1: return "ordinal not in range(256)"
        case .ascii: return "ordinal not in range(128)"
        case .charmap: return "character maps to <undefined>"
        default: return "surrogates not allowed"
        }
    }

    var allowsSurrogatePass: Bool {
        switch self {
        case .utf8, .utf16, .utf32: return true
        default: return false
        }
    }

    /// Appends the bytes of `c`, or returns false when this codec cannot encode it.
    func encodeCharacter(_ c: UInt32, into out: inout [UInt8], surrogates: Bool = false) -> Bool {
        let isSurrogate = c >= 0xD800 && c <= 0xDFFF
        switch self {
        case .utf8:
            if isSurrogate && !surrogates { return false }
            Codec.appendUTF8(c, &out)
        case .utf16(let big):
            if isSurrogate && !surrogates { return false }
            if c >= 0x10000 {
                Codec.appendUnit(0xD800 + ((c - 0x10000) >> 10), 2, big == true, &out)
                Codec.appendUnit(0xDC00 + ((c - 0x10000) & 0x3FF), 2, big == true, &out)
            } else {
                Codec.appendUnit(c, 2, big == true, &out)
            }
        case .utf32(let big):
            if isSurrogate && !surrogates { return false }
            Codec.appendUnit(c, 4, big == true, &out)
        case .latin1:
            if c >= 0x100 { return false }
            out.append(UInt8(c))
        case .ascii:
            if c >= 0x80 { return false }
            out.append(UInt8(c))
        case .charmap(let codec):
            if c < 0x80 && codec.table[Int(c)] == c { out.append(UInt8(c)); return true }
            guard let b = codec.table.firstIndex(of: c) else { return false }
            out.append(UInt8(b))
        }
        return true
    }

    static func appendUTF8(_ c: UInt32, _ out: inout [UInt8]) {
        if c < 0x80 {
            out.append(UInt8(c))
        } else if c < 0x800 {
            out.append(UInt8(0xC0 | (c >> 6)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        } else if c < 0x10000 {
            out.append(UInt8(0xE0 | (c >> 12)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (c >> 18)))
            out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        }
    }

    static func appendUnit(_ c: UInt32, _ size: Int, _ bigEndian: Bool, _ out: inout [UInt8]) {
        for k in 0..<size {
            let shift = bigEndian ? (size - 1 - k) * 8 : k * 8
            out.append(UInt8((c >> UInt32(shift)) & 0xFF))
        }
    }
}

public enum Codecs {
    /// `text` encoded; `errors` names the handler for characters the codec cannot encode.
    static func encode(_ text: [UInt32], encoding: String, errors: String) throws(PyException) -> [UInt8] {
        let codec = try Codec.named(encoding)
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        switch codec {
        case .utf8(signature: true): out += [0xEF, 0xBB, 0xBF]
        case .utf16(bigEndian: nil): out += [0xFF, 0xFE]
        case .utf32(bigEndian: nil): out += [0xFF, 0xFE, 0, 0]
        default: break
        }
        var i = 0
        while i < text.count {
            if codec.encodeCharacter(text[i], into: &out) { i += 1; continue }
            // A run of characters the codec cannot encode goes to the error handler at once.
            var end = i + 1
            while end < text.count {
                var scratch: [UInt8] = []
                if codec.encodeCharacter(text[end], into: &scratch) { break }
                end += 1
            }
            try encodeError(codec, errors, text, i, end, into: &out)
            i = end
        }
        return out
    }

    static func encodeError(_ codec: Codec, _ errors: String, _ text: [UInt32], _ start: Int, _ end: Int,
                            into out: inout [UInt8]) throws(PyException) {
        func fail(_ at: Int, _ to: Int) -> PyException {
            encodeException(codec.reportedName(decoding: false), text, at, to, codec.encodeReason)
        }
        var ascii: [UInt32] = []
        switch errors {
        case "strict": throw fail(start, end)
        case "ignore": return
        case "replace": ascii = [UInt32](repeating: 0x3F, count: end - start)
        case "backslashreplace":
            for c in text[start..<end] { ascii += Codecs.escape(c) }
        case "xmlcharrefreplace":
            for c in text[start..<end] { ascii += "&#\(c);".unicodeScalars.map { $0.value } }
        case "namereplace":
            for c in text[start..<end] {
                if let name = Unicode.Scalar(c)?.properties.name {
                    ascii += "\\N{\(name)}".unicodeScalars.map { $0.value }
                } else {
                    ascii += Codecs.escape(c)
                }
            }
        case "surrogateescape":
            for k in start..<end {
                let c = text[k]
                guard c >= 0xDC80 && c <= 0xDCFF else { throw fail(k, k + 1) }
                out.append(UInt8(c - 0xDC00))
            }
            return
        case "surrogatepass":
            for k in start..<end {
                let c = text[k]
                guard codec.allowsSurrogatePass, c >= 0xD800 && c <= 0xDFFF,
                      codec.encodeCharacter(c, into: &out, surrogates: true) else { throw fail(k, k + 1) }
            }
            return
        default:
            throw pyError(ExceptionTypes.named("LookupError"), "unknown error handler name '\(errors)'")
        }
        for c in ascii where !codec.encodeCharacter(c, into: &out) { throw fail(start, end) }
    }

    /// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for one code point.
    static func escape(_ c: UInt32) -> [UInt32] {
        let (prefix, digits): (String, Int) = c < 0x100 ? ("\\x", 2) : c < 0x10000 ? ("\\u", 4) : ("\\U", 8)
        let hex = String(c, radix: 16)
        return (prefix + String(repeating: "0", count: max(digits - hex.count, 0)) + hex).unicodeScalars.map { $0.value }
    }

    static func encodeException(_ encoding: String, _ text: [UInt32], _ start: Int, _ end: Int,
                                _ reason: String) -> PyException {
        let what: String
        if end == start + 1 {
            let shown = String(String.UnicodeScalarView(escape(text[start]).compactMap(Unicode.Scalar.init)))
            what = "character '\(shown)' in position \(start)"
        } else {
            what = "characters in position \(start)-\(end - 1)"
        }
        let e = pyError(ExceptionTypes.named("UnicodeEncodeError"), "'\(encoding)' codec can't encode \(what): \(reason)")
        ExceptionObject.setAttribute(e.value, "encoding", StrRef.create(encoding).value)
        ExceptionObject.setAttribute(e.value, "object", StrRef.create(codePoints: text).value)
        ExceptionObject.setAttribute(e.value, "start", IntOps.make(Int64(start)))
        ExceptionObject.setAttribute(e.value, "end", IntOps.make(Int64(end)))
        ExceptionObject.setAttribute(e.value, "reason", StrRef.create(reason).value)
        return e
    }

    static func decodeException(_ encoding: String, _ data: [UInt8], _ start: Int, _ end: Int,
                                _ reason: String) -> PyException {
        let what = end == start + 1
            ? "byte 0x\(String(format2: data[start])) in position \(start)"
            : "bytes in position \(start)-\(end - 1)"
        let e = pyError(ExceptionTypes.named("UnicodeDecodeError"), "'\(encoding)' codec can't decode \(what): \(reason)")
        ExceptionObject.setAttribute(e.value, "encoding", StrRef.create(encoding).value)
        ExceptionObject.setAttribute(e.value, "object", BytesOps.create(data))
        ExceptionObject.setAttribute(e.value, "start", IntOps.make(Int64(start)))
        ExceptionObject.setAttribute(e.value, "end", IntOps.make(Int64(end)))
        ExceptionObject.setAttribute(e.value, "reason", StrRef.create(reason).value)
        return e
    }
}

extension String {
    /// Two lowercase hex digits.
    init(format2 byte: UInt8) {
        let hex = String(byte, radix: 16)
        self = hex.count == 1 ? "0" + hex : hex
    }
}
