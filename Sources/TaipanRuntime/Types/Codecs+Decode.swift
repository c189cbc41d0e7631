// Decoding bytes to code points, with CPython's error ranges and reasons: a UTF-8 error
// covers the lead byte and the valid continuation bytes before the bad one.

extension Codecs {
    /// `data` decoded; `errors` names the handler for undecodable bytes.
    static func decode(_ data: [UInt8], encoding: String, errors: String) throws(PyException) -> [UInt32] {
        let codec = try Codec.named(encoding)
        var out: [UInt32] = []
        out.reserveCapacity(data.count)
        var i = 0
        let n = data.count
        /// Hands bytes start..<end to the error handler; returns where decoding resumes.
        func failed(_ start: Int, _ end: Int, _ reason: String) throws(PyException) -> Int {
            try decodeError(codec, errors, data, start, end, reason, into: &out)
        }
        switch codec {
        case .latin1:
            for b in data { out.append(UInt32(b)) }
        case .ascii:
            while i < n {
                if data[i] < 0x80 { out.append(UInt32(data[i])); i += 1 } else { i = try failed(i, i + 1, "ordinal not in range(128)") }
            }
        case .charmap(let codec):
            while i < n {
                let c = codec.table[Int(data[i])]
                if c != 0xFFFF_FFFF && c != 0xFFFE { out.append(c); i += 1 } else {
                    i = try failed(i, i + 1, "character maps to <undefined>")
                }
            }
        case .utf8(let signature):
            if signature && n >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF { i = 3 }
            while i < n {
                let b = data[i]
                if b < 0x80 { out.append(UInt32(b)); i += 1; continue }
                var need = 0
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: need = 1
                case 0xE0...0xEF:
                    need = 2
                    if b == 0xE0 { low = 0xA0 }
                    if b == 0xED { high = 0x9F }
                case 0xF0...0xF4:
                    need = 3
                    if b == 0xF0 { low = 0x90 }
                    if b == 0xF4 { high = 0x8F }
                default:
                    i = try failed(i, i + 1, "invalid start byte")
                    continue
                }
                var code = UInt32(b) & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07)
                var j = 1
                var error: (Int, String)? = nil
                while j <= need {
                    if i + j >= n { error = (n, "unexpected end of data"); break }
                    let c = data[i + j]
                    let (lo, hi) = j == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                    if c < lo || c > hi { error = (i + j, "invalid continuation byte"); break }
                    code = code << 6 | UInt32(c & 0x3F)
                    j += 1
                }
                if let (end, reason) = error {
                    i = try failed(i, end, reason)
                } else {
                    out.append(code)
                    i += need + 1
                }
            }
        case .utf16(var big):
            if big == nil {
                if n >= 2 && data[0] == 0xFF && data[1] == 0xFE { i = 2 } else if n >= 2 && data[0] == 0xFE && data[1] == 0xFF { i = 2; big = true }
            }
            let bigEndian = big == true
            func unit(_ at: Int) -> UInt32 {
                bigEndian ? UInt32(data[at]) << 8 | UInt32(data[at + 1]) : UInt32(data[at + 1]) << 8 | UInt32(data[at])
            }
            while i < n {
                if i + 1 >= n { i = try failed(i, n, "truncated data"); continue }
                let u = unit(i)
                if u < 0xD800 || u > 0xDFFF { out.append(u); i += 2; continue }
                if u >= 0xDC00 { i = try failed(i, i + 2, "illegal encoding"); continue }
                if i + 3 >= n { i = try failed(i, n, "unexpected end of data"); continue }
                let v = unit(i + 2)
                guard v >= 0xDC00 && v <= 0xDFFF else { i = try failed(i, i + 2, "illegal UTF-16 surrogate"); continue }
                out.append(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00))
                i += 4
            }
        case .utf32(var big):
            if big == nil {
                if n >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0 {
                    i = 4
                } else if n >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF {
                    i = 4
                    big = true
                }
            }
            while i < n {
                if i + 3 >= n { i = try failed(i, n, "truncated data"); continue }
                var c: UInt32 = 0
                for k in 0..<4 { c |= UInt32(data[i + k]) << UInt32(big == true ? (3 - k) * 8 : k * 8) }
                if c > 0x10FFFF { i = try failed(i, i + 4, "code point not in range(0x110000)"); continue }
                if c >= 0xD800 && c <= 0xDFFF {
                    i = try failed(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)")
                    continue
                }
                out.append(c)
                i += 4
            }
        }
        return out
    }

    static func decodeError(_ codec: Codec, _ errors: String, _ data: [UInt8], _ start: Int, _ end: Int,
                            _ reason: String, into out: inout [UInt32]) throws(PyException) -> Int {
        let fail = decodeException(codec.reportedName(decoding: true), data, start, end, reason)
        switch errors {
        case "strict": throw fail
        case "ignore": return end
        case "replace": out.append(0xFFFD)
        case "backslashreplace":
            for b in data[start..<end] { out += escape(UInt32(b)) }
        case "surrogateescape":
            for b in data[start..<end] where b < 0x80 { _ = b; throw fail }
            for b in data[start..<end] { out.append(0xDC00 + UInt32(b)) }
        case "surrogatepass":
            // A UTF-8 encoded surrogate (ED A0…BF 80…BF) decodes to itself.
            guard case .utf8 = codec, start + 2 < data.count, data[start] == 0xED,
                  data[start + 1] >= 0xA0 && data[start + 1] <= 0xBF,
                  data[start + 2] >= 0x80 && data[start + 2] <= 0xBF else { throw fail }
            out.append(0xD000 | UInt32(data[start + 1] & 0x3F) << 6 | UInt32(data[start + 2] & 0x3F))
            return start + 3
        default:
            throw pyError(ExceptionTypes.named("LookupError"), "unknown error handler name '\(errors)'")
        }
        return end
    }
}
