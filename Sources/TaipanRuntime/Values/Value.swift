// A Python value in one 64-bit word. Trivial to copy: no ARC, no existential.
//
// The low three bits are the tag:
//
//   000  a pointer to a heap object (8-byte aligned; the word 0 is "no value")
//   001  a small int: the upper 61 bits, two's complement
//   100  a float stored inline (below)
//
// Inline floats follow the Spur Smalltalk VM: a double whose exponent lies in a 255-wide
// window around 1.0 (about 1e-38 … 3e38 in magnitude, where nearly all program floats
// live) is rotated left by one bit (sign to bit 0), its exponent rebased so the window
// starts at 1, and shifted over the tag. ±0.0 use the rebased exponent 0. Every other double
// (huge, tiny, subnormal, inf, nan) is boxed in a heap FloatObject; `isFloat` on a Value
// therefore covers only the inline case, and float operations check both forms.
//
// The encoding is pinned by `Value.selfCheck()` (run by the tests).

@frozen
public struct Value: Equatable, Hashable {
    public var bits: UInt64

    @inline(__always) public init(bits: UInt64) { self.bits = bits }

    static let tagMask: UInt64 = 0b111
    static let intTag: UInt64 = 0b001
    static let floatTag: UInt64 = 0b100

    /// Not a Python value: an empty register or field, skipped by the collector.
    public static let null = Value(bits: 0)

    @inline(__always) public var isNull: Bool { bits == 0 }
    @inline(__always) public var isPointer: Bool { bits & Value.tagMask == 0 && bits != 0 }
    @inline(__always) public var isSmallInt: Bool { bits & Value.tagMask == Value.intTag }
    @inline(__always) public var isInlineFloat: Bool { bits & Value.tagMask == Value.floatTag }

    // MARK: Small ints

    /// The range of ints that fit inline: 61 bits.
    public static let smallIntMin: Int64 = -(1 << 60)
    public static let smallIntMax: Int64 = (1 << 60) - 1

    @inline(__always) public init(smallInt v: Int64) {
        bits = UInt64(bitPattern: v << 3) | Value.intTag
    }

    /// An inline int, or nil when `v` needs a big int.
    @inline(__always) public static func smallInt(_ v: Int64) -> Value? {
        v >= smallIntMin && v <= smallIntMax ? Value(smallInt: v) : nil
    }

    @inline(__always) public var smallIntValue: Int64 { Int64(bitPattern: bits) >> 3 }

    // MARK: Inline floats

    /// The rebasing constant: exponent 896 (2^-127) maps to 0.
    static let exponentOffset: UInt64 = 896 << 53

    /// An inline float, or nil when `d` must be boxed.
    @inline(__always) public static func inlineFloat(_ d: Double) -> Value? {
        let raw = d.bitPattern
        let exponent = (raw >> 52) & 0x7FF
        let rotated = raw << 1 | raw >> 63
        if exponent > 896 && exponent < 1152 {
            return Value(bits: (rotated &- exponentOffset) << 3 | floatTag)
        }
        if raw << 1 == 0 {  // ±0.0
            return Value(bits: rotated << 3 | floatTag)
        }
        return nil
    }

    @inline(__always) public var inlineFloatValue: Double {
        var rotated = bits >> 3
        if rotated > 1 { rotated &+= Value.exponentOffset }
        return Double(bitPattern: rotated >> 1 | rotated << 63)
    }

    // MARK: Pointers

    @inline(__always) public init(pointer: UnsafeRawPointer) {
        bits = UInt64(UInt(bitPattern: pointer))
    }

    @inline(__always) public var pointer: UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: UInt(bits))!
    }

    /// Checks the encoding's invariants; returns a description of the first failure.
    public static func selfCheck() -> String? {
        let ints: [Int64] = [0, 1, -1, 42, smallIntMax, smallIntMin, 1 << 59, -(1 << 59)]
        for v in ints {
            guard let e = smallInt(v), e.isSmallInt, e.smallIntValue == v else { return "small int \(v)" }
        }
        if smallInt(smallIntMax + 1) != nil || smallInt(smallIntMin - 1) != nil { return "small int range" }
        let floats: [Double] = [0.0, -0.0, 1.0, -1.0, 0.1, 3.14159, 1e38, -1e-37, 123456789.125, 2.5e-10]
        for d in floats {
            guard let e = inlineFloat(d), e.isInlineFloat, e.inlineFloatValue.bitPattern == d.bitPattern else {
                return "inline float \(d)"
            }
        }
        let boxed: [Double] = [1e300, -1e-300, .infinity, -.infinity, .nan, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude]
        for d in boxed where inlineFloat(d) != nil { return "float \(d) should be boxed" }
        return nil
    }
}
