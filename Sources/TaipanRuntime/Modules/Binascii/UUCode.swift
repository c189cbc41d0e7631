// uuencoding, one line at a time as binascii does it: a length character, then six bits per
// character offset from space ('`' for zero with backtick=True).

enum UUCode {
    static func encode(_ data: [UInt8], backtick: Bool) throws(PyException) -> [UInt8] {
        guard data.count <= 45 else { throw BinasciiModule.fail("At most 45 bytes at once") }
        func character(_ six: UInt32) -> UInt8 { backtick && six == 0 ? UInt8(ascii: "`") : UInt8(six) + 0x20 }
        var out: [UInt8] = [character(UInt32(data.count))]
        var bits: UInt32 = 0
        var bitCount = 0
        var remaining = data.count
        var i = 0
        // The last group is padded with zero bits to whole characters.
        while remaining > 0 || bitCount != 0 {
            bits = (bits << 8) | (remaining > 0 ? UInt32(data[i]) : 0)
            bitCount += 8
            while bitCount >= 6 {
                bitCount -= 6
                out.append(character((bits >> UInt32(bitCount)) & 0x3F))
            }
            bits &= (1 << UInt32(bitCount)) - 1
            remaining -= 1
            i += 1
        }
        out.append(0x0A)
        return out
    }

    static func decode(_ line: [UInt8]) throws(PyException) -> [UInt8] {
        var length = Int(((line.first ?? 0) &- 0x20) & 0x3F)
        var out: [UInt8] = []
        out.reserveCapacity(length)
        var bits: UInt32 = 0
        var bitCount = 0
        var i = 1
        while length > 0 {
            var c: UInt8 = i < line.count ? line[i] : 0
            // Missing characters at the end of the line count as zero bits (eaten spaces).
            if i >= line.count || c == 0x0A || c == 0x0D {
                c = 0
            } else {
                guard c >= 0x20 && c <= 0x20 + 64 else { throw BinasciiModule.fail("Illegal char") }
                c = (c - 0x20) & 0x3F
            }
            bits = (bits << 6) | UInt32(c)
            bitCount += 6
            if bitCount >= 8 {
                bitCount -= 8
                out.append(UInt8(truncatingIfNeeded: bits >> UInt32(bitCount)))
                bits &= (1 << UInt32(bitCount)) - 1
                length -= 1
            }
            i += 1
        }
        while i < line.count {
            let c = line[i]
            if c != 0x20 && c != 0x20 + 64 && c != 0x0A && c != 0x0D { throw BinasciiModule.fail("Trailing garbage") }
            i += 1
        }
        return out
    }
}
