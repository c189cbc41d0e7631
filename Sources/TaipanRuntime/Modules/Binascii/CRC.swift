// The checksums of binascii and zlib: CRC-32 (zlib's own) and CRC-CCITT as binhex uses it
// (polynomial 0x1021, not reflected).

import CZlib

enum CRC {
    static func crc32(_ data: [UInt8], _ start: UInt32) -> UInt32 {
        let c = data.withUnsafeBufferPointer { b in CZlib.crc32(UInt(start), b.baseAddress, UInt32(b.count)) }
        return UInt32(truncatingIfNeeded: c)
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
