// Decoding of sources in a single-byte encoding (latin-1, cp1252, koi8-r, …) to UTF-8. The
// tables are generated from CPython's codecs (SingleByteCodecs.swift).

public struct SingleByteCodec {
    public let table: [UInt32]

    /// The codec for a cookie's encoding name, compared as CPython's codec lookup does:
    /// ignoring case, with '_' and '-' alike.
    public static func named(_ name: String) -> SingleByteCodec? {
        let key = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        if let t = tables[key] { return SingleByteCodec(table: t) }
        if let alias = aliases[key], let t = tables[alias] { return SingleByteCodec(table: t) }
        return nil
    }

    /// The text as UTF-8, or nil when it holds a byte the encoding leaves undefined.
    func decodeToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            guard let scalar = Unicode.Scalar(table[Int(b)]) else { return nil }
            out.append(contentsOf: UTF8.encode(scalar)!)
        }
        return out
    }
}
