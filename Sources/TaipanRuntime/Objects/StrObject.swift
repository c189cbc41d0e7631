// str: code points at the narrowest fixed width (1, 2 or 4 bytes each, as PEP 393), so
// indexing is O(1); the hash is cached; identifiers are interned.
//
//   word 0 type   1 length (code points)   2 hash (-1: not yet computed)
//        3 info: width in bytes | ascii << 8 | interned << 9      4… the code points

public struct StrWords {
    public static let length = 1
    public static let hash = 2
    public static let info = 3
    public static let data = 4
}

public struct StrRef {
    public let value: Value

    @inline(__always) public init(_ value: Value) { self.value = value }

    @inline(__always) public var count: Int { value.loadRaw(StrWords.length) }
    @inline(__always) var info: Int { value.loadRaw(StrWords.info) }
    /// Bytes per code point: 1, 2 or 4.
    @inline(__always) public var width: Int { info & 0xFF }
    @inline(__always) public var isASCII: Bool { info & 0x100 != 0 }
    @inline(__always) var isInterned: Bool { info & 0x200 != 0 }
    @inline(__always) public var data: UnsafeMutableRawPointer { value.pointer + StrWords.data * 8 }

    @inline(__always) public subscript(i: Int) -> UInt32 {
        switch width {
        case 1: return UInt32(data.load(fromByteOffset: i, as: UInt8.self))
        case 2: return UInt32(data.load(fromByteOffset: i &* 2, as: UInt16.self))
        default: return data.load(fromByteOffset: i &* 4, as: UInt32.self)
        }
    }

    /// Allocates a str of `count` code points of `width` bytes, to be filled by the caller.
    public static func allocate(count: Int, width: Int, ascii: Bool) -> StrRef {
        let s = allocateObject(words: VariableSizeLayout.strWords(count: count, width: width), type: BuiltinTypes.str)
        s.storeRaw(StrWords.length, count)
        s.storeRaw(StrWords.hash, -1)
        s.storeRaw(StrWords.info, width | (ascii ? 0x100 : 0))
        return StrRef(s)
    }

    public static func create(_ string: String) -> StrRef {
        var string = string
        return string.withUTF8 { create(utf8: $0) }
    }

    /// A str from UTF-8 bytes (which must be valid UTF-8).
    public static func create(utf8: UnsafeBufferPointer<UInt8>) -> StrRef {
        var maxByte: UInt8 = 0
        for b in utf8 { maxByte |= b }
        if maxByte < 0x80 {
            let s = allocate(count: utf8.count, width: 1, ascii: true)
            if utf8.count > 0 { s.data.copyMemory(from: utf8.baseAddress!, byteCount: utf8.count) }
            return s
        }
        var scalars: [UInt32] = []
        scalars.reserveCapacity(utf8.count)
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars { scalars.append(scalar.value) }
        return create(codePoints: scalars)
    }

    /// A str from code points (lone surrogates allowed).
    public static func create(codePoints: [UInt32]) -> StrRef {
        var maxPoint: UInt32 = 0
        for c in codePoints { maxPoint = max(maxPoint, c) }
        let width = maxPoint < 0x100 ? 1 : maxPoint < 0x10000 ? 2 : 4
        let s = allocate(count: codePoints.count, width: width, ascii: maxPoint < 0x80)
        for (i, c) in codePoints.enumerated() {
            switch width {
            case 1: s.data.storeBytes(of: UInt8(c), toByteOffset: i, as: UInt8.self)
            case 2: s.data.storeBytes(of: UInt16(c), toByteOffset: i * 2, as: UInt16.self)
            default: s.data.storeBytes(of: c, toByteOffset: i * 4, as: UInt32.self)
            }
        }
        return s
    }

    /// The text as a Swift String (lone surrogates become U+FFFD).
    public var string: String {
        if isASCII {
            return String(decoding: UnsafeRawBufferPointer(start: data, count: count), as: UTF8.self)
        }
        var result = String.UnicodeScalarView()
        for i in 0..<count {
            result.append(Unicode.Scalar(self[i]) ?? "\u{FFFD}")
        }
        return String(result)
    }

    /// Equal contents (Python `==` between two str).
    @inline(__always) public func equals(_ other: StrRef) -> Bool {
        if value.isIdentical(other.value) { return true }
        let n = count
        guard n == other.count else { return false }
        if width == other.width {
            return memcmp(data, other.data, n * width) == 0
        }
        for i in 0..<n where self[i] != other[i] { return false }
        return true
    }

    /// CPython's str hash: SipHash-1-3 over the PEP 393 representation.
    @inline(__always) public var hash: Int {
        let cached = value.loadRaw(StrWords.hash)
        if cached != -1 { return cached }
        return computeHash()
    }

    @inline(never) func computeHash() -> Int {
        var h = count == 0 ? 0 : Int(bitPattern: UInt(SipHash13.hash(UnsafeRawBufferPointer(start: data, count: count * width))))
        if h == -1 { h = -2 }
        value.storeRaw(StrWords.hash, h)
        return h
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Interned strings: one object per distinct identifier, so that names compare by identity
/// in the common case. The table is a dict reported as a root.
public enum Interned {
    static var table = Value(bits: 0)

    static func setUp() {
        table = DictRef.create().value
        Heap.addRootProvider { visitor in visitor.visit(Interned.table) }
    }

    /// The interned str equal to `s` (which becomes interned if none was).
    public static func intern(_ s: StrRef) -> Value {
        if s.isInterned { return s.value }
        let dict = DictRef(table)
        if let existing = dict.lookupStr(s.value) { return existing }
        s.value.storeRaw(StrWords.info, s.info | 0x200)
        dict.setStr(s.value, s.value)
        return s.value
    }

    /// Interned strs by Swift text, for natives that name attributes with literals
    /// (`"__init__"`): a Swift hash lookup instead of allocating and hashing a new str. The
    /// Values are kept alive by the intern table.
    static var byText: [String: Value] = [:]

    public static func intern(_ string: String) -> Value {
        if let v = byText[string] { return v }
        let v = intern(StrRef.create(string))
        byText[string] = v
        return v
    }
}
