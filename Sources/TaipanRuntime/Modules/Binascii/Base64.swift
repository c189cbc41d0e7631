// Base64 as binascii does it: encoding in 76-free lines (the caller splits), decoding that
// skips characters outside the alphabet unless strict_mode asks for CPython's checks.

enum Base64 {
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    static let pad = UInt8(ascii: "=")

    /// The value of each byte in the alphabet, 255 outside it.
    static let values: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = UInt8(i) }
        return table
    }()

    static func encode(_ data: [UInt8], newline: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((data.count + 2) / 3 * 4 + 1)
        var i = 0
        while i + 2 < data.count {
            let n = UInt32(data[i]) << 16 | UInt32(data[i + 1]) << 8 | UInt32(data[i + 2])
            for shift in [18, 12, 6, 0] as [UInt32] { out.append(alphabet[Int((n >> shift) & 63)]) }
            i += 3
        }
        let left = data.count - i
        if left == 1 {
            let n = UInt32(data[i]) << 16
            out += [alphabet[Int(n >> 18)], alphabet[Int((n >> 12) & 63)], pad, pad]
        } else if left == 2 {
            let n = UInt32(data[i]) << 16 | UInt32(data[i + 1]) << 8
            out += [alphabet[Int(n >> 18)], alphabet[Int((n >> 12) & 63)], alphabet[Int((n >> 6) & 63)], pad]
        }
        if newline { out.append(0x0A) }
        return out
    }

    static func decode(_ text: [UInt8], strict: Bool) throws(PyException) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count / 4 * 3)
        var quadPosition = 0
        var leftover: UInt8 = 0
        var pads = 0
        var paddingStarted = false
        for (i, c) in text.enumerated() {
            if c == pad {
                paddingStarted = true
                if strict && quadPosition == 0 && out.isEmpty {
                    throw BinasciiModule.fail("Leading padding not allowed")
                }
                pads += 1
                // Enough padding ends the data; anything after it is ignored unless strict.
                if quadPosition >= 2 && quadPosition + pads >= 4 {
                    if strict && i + 1 < text.count { throw BinasciiModule.fail("Excess data after padding") }
                    return out
                }
                continue
            }
            let v = values[Int(c)]
            if v == 255 {
                if strict { throw BinasciiModule.fail("Only base64 data is allowed") }
                continue
            }
            if strict && paddingStarted { throw BinasciiModule.fail("Discontinuous padding not allowed") }
            pads = 0
            switch quadPosition {
            case 0:
                leftover = v
            case 1:
                out.append(leftover << 2 | v >> 4)
                leftover = v & 0x0F
            case 2:
                out.append(leftover << 4 | v >> 2)
                leftover = v & 0x03
            default:
                out.append(leftover << 6 | v)
            }
            quadPosition = (quadPosition + 1) % 4
        }
        if quadPosition == 1 {
            let characters = out.count / 3 * 4 + 1
            throw BinasciiModule.fail("Invalid base64-encoded string: number of data characters (\(characters)) cannot be 1 more than a multiple of 4")
        }
        if quadPosition != 0 { throw BinasciiModule.fail("Incorrect padding") }
        return out
    }
}
