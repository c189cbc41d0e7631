// A struct format compiled to its items: byte order, then each code with its repeat count
// and byte offset, laid out with native alignment for '@' (CPython's prepare_s). Compiled
// formats are cached by their text; they hold no Values.

enum StructOrder {
    case native      // '@': native sizes and alignment
    case little      // '<' and '=' on this (little-endian) machine
    case big         // '>' and '!'
}

struct StructItem {
    let code: UInt8
    /// Repeat count, or the length of an 's'/'p' field.
    let count: Int
    let offset: Int
    let size: Int
}

struct StructFormat {
    let order: StructOrder
    let items: [StructItem]
    let size: Int
    /// How many values pack takes and unpack returns.
    let valueCount: Int

    static var cache: [String: StructFormat] = [:]

    /// The size of one item of `code` (nil: not a format character in this mode).
    static func itemSize(_ code: UInt8, _ order: StructOrder) -> Int? {
        switch code {
        case UInt8(ascii: "x"), UInt8(ascii: "c"), UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "?"),
             UInt8(ascii: "s"), UInt8(ascii: "p"): return 1
        case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "e"): return 2
        case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"): return 4
        case UInt8(ascii: "l"), UInt8(ascii: "L"): return order == .native ? 8 : 4
        case UInt8(ascii: "q"), UInt8(ascii: "Q"), UInt8(ascii: "d"): return 8
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "P"): return order == .native ? 8 : nil
        default: return nil
        }
    }

    static func error(_ message: String) -> PyException { pyError(StructModule.error, message) }

    static func compile(_ text: String) throws(PyException) -> StructFormat {
        if let f = cache[text] { return f }
        let bytes = Array(text.utf8)
        var order = StructOrder.native
        var i = 0
        if let first = bytes.first {
            switch first {
            case UInt8(ascii: "@"): i = 1
            case UInt8(ascii: "<"), UInt8(ascii: "="): order = .little; i = 1
            case UInt8(ascii: ">"), UInt8(ascii: "!"): order = .big; i = 1
            default: break
            }
        }
        var items: [StructItem] = []
        var size = 0, values = 0
        let limit = Int.max / 2
        while i < bytes.count {
            var c = bytes[i]
            if c == 32 || (c >= 9 && c <= 13) { i += 1; continue }
            var count = 1
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                count = 0
                while i < bytes.count, bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") {
                    let (scaled, overflow) = count.multipliedReportingOverflow(by: 10)
                    if overflow || scaled > limit { throw error("total struct size too long") }
                    count = scaled + Int(bytes[i] - UInt8(ascii: "0"))
                    i += 1
                }
                if i >= bytes.count { throw error("repeat count given without format specifier") }
                c = bytes[i]
            }
            guard c < 128, let itemSize = itemSize(c, order) else { throw error("bad char in struct format") }
            if order == .native && size > 0 && itemSize > 1 {
                size = (size + itemSize - 1) / itemSize * itemSize
            }
            let isString = c == UInt8(ascii: "s") || c == UInt8(ascii: "p")
            let bytesUsed = isString ? count : count.multipliedReportingOverflow(by: itemSize).partialValue
            if count > limit / max(itemSize, 1) || size > limit - bytesUsed { throw error("total struct size too long") }
            items.append(StructItem(code: c, count: count, offset: size, size: itemSize))
            size += bytesUsed
            if c != UInt8(ascii: "x") { values += isString ? 1 : count }
            i += 1
        }
        let f = StructFormat(order: order, items: items, size: size, valueCount: values)
        if cache.count > 200 { cache.removeAll() }
        cache[text] = f
        return f
    }
}
