// The contract between the collector and every heap object.
//
// An object is raw memory: word 0 holds its type (a pointer Value to a type object), the
// rest is fields. A zero word 0 marks a free cell. The collector finds an object's Value
// fields from its type's `TraceLayout` (stored in word 1 of every type object), so tracing
// needs no per-type code: each object keeps its Values in one contiguous run of words,
// either a fixed count or a count read from one of its own words.
//
// Word 2 of a type object holds `TypeFlags`.

@frozen
public struct TraceLayout: Equatable {
    public var bits: UInt64

    @inline(__always) public init(bits: UInt64) { self.bits = bits }

    /// Values in words `first ..< first + count`.
    public static func fixed(first: Int, count: Int) -> TraceLayout {
        TraceLayout(bits: UInt64(first) | UInt64(count) << 16)
    }

    /// Values in words `first ..< first + n`, where word `countWord` holds n (a raw Int).
    public static func counted(first: Int, countWord: Int) -> TraceLayout {
        TraceLayout(bits: UInt64(first) | UInt64(countWord) << 32)
    }

    /// Objects without Values besides their type (str, bytes, float, big int).
    public static let none = TraceLayout(bits: 0)

    /// Instances of a class derived from a variable-size built-in of kind `kind`
    /// (Objects/VariableSizeLayout.swift): `count` Values after the base payload, whose
    /// end the kind gives; a tuple's items are Values too.
    public static func tail(kind: Int, count: Int) -> TraceLayout {
        TraceLayout(bits: UInt64(count) << 16 | UInt64(kind) << 48)
    }

    @inline(__always) public var first: Int { Int(bits & 0xFFFF) }
    @inline(__always) public var fixedCount: Int { Int((bits >> 16) & 0xFFFF) }
    @inline(__always) public var countWord: Int { Int((bits >> 32) & 0xFFFF) }
    /// Non-zero for `tail` layouts: the VariableSizeKind.
    @inline(__always) public var variableKind: Int { Int((bits >> 48) & 0xFF) }
}

@frozen
public struct TypeFlags: OptionSet {
    public var rawValue: UInt64
    @inline(__always) public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The sweeper calls `Heap.finalizer` for dead objects of this type (objects that own
    /// a native resource).
    public static let hasFinalizer = TypeFlags(rawValue: 1 << 0)
}

/// Word offsets shared by the collector and the type objects.
public enum ObjectWords {
    public static let type = 0
    public static let typeTraceLayout = 1
    public static let typeFlags = 2
}

extension UnsafeMutableRawPointer {
    /// Word `i` of an object, as raw bits.
    @inline(__always) func word(_ i: Int) -> UInt64 {
        load(fromByteOffset: i &* 8, as: UInt64.self)
    }
}
