// The checksums of binascii (and zlib.crc32): CRC-32 (ISO 3309, reflected polynomial
// 0xEDB88320) and CRC-CCITT as binhex uses it (polynomial 0x1021, not reflected).

enum CRC {
    static let crc32Table: [UInt32] = (0..<256).map { (n: Int) -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: [UInt8], _ start: UInt32) -> UInt32 {
        var c = ~start
        for b in data { c = crc32Table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return ~c
    }

    static func crcHqx(_ data: [UInt8], _ start: UInt16) -> UInt16 {
        var c = start
        for b in data {
            c ^= UInt16(b) << 8
            for _ in 0..<8 { c = c & 0x8000 != 0 ? (c << 1) ^ 0x1021 : c << 1 }
        }
        return c
    }
}
