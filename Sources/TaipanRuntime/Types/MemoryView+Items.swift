// memoryview items: the native single-character struct formats a view may have, and
// reading (unpack) or writing (pack) one item with CPython's memoryview messages.

#if canImport(Glibc)
import Glibc
#endif

extension MemoryViewOps {
    /// The item size of a native single-character format ('@' prefix allowed), or nil.
    static func nativeItemSize(_ format: String) -> Int? {
        var s = Substring(format)
        if s.first == "@" { s = s.dropFirst() }
        guard s.count == 1, let c = s.first else { return nil }
        switch c {
        case "c", "b", "B", "?": return 1
        case "h", "H": return 2
        case "i", "I", "f": return 4
        case "l", "L", "q", "Q", "n", "N", "d", "P": return 8
        default: return nil
        }
    }

    /// The format without its '@' prefix, as CPython names it in item messages.
    static func itemCode(_ format: String) -> String {
        format.hasPrefix("@") ? String(format.dropFirst()) : format
    }

    static func isByteFormat(_ code: String) -> Bool { code == "b" || code == "B" || code == "c" }

    /// The item at `p` as Python sees it.
    static func unpack(_ p: UnsafeRawPointer, _ code: String) throws(PyException) -> Value {
        switch code {
        case "B": return IntOps.make(Int64(p.load(as: UInt8.self)))
        case "b": return IntOps.make(Int64(p.load(as: Int8.self)))
        case "c": return BytesOps.create([p.load(as: UInt8.self)])
        case "?": return .bool(p.load(as: UInt8.self) != 0)
        case "h": return IntOps.make(Int64(p.loadUnaligned(as: Int16.self)))
        case "H": return IntOps.make(Int64(p.loadUnaligned(as: UInt16.self)))
        case "i": return IntOps.make(Int64(p.loadUnaligned(as: Int32.self)))
        case "I": return IntOps.make(Int64(p.loadUnaligned(as: UInt32.self)))
        case "l", "q", "n": return IntOps.make(p.loadUnaligned(as: Int64.self))
        case "L", "Q", "N", "P": return IntOps.make(unsigned: p.loadUnaligned(as: UInt64.self))
        case "f": return FloatOps.make(Double(p.loadUnaligned(as: Float.self)))
        case "d": return FloatOps.make(p.loadUnaligned(as: Double.self))
        default: throw pyError(ExceptionTypes.named("NotImplementedError"), "memoryview: format \(code) not supported")
        }
    }

    /// Stores `v` at `p` as an item of format `code`.
    static func pack(_ v: Value, _ p: UnsafeMutableRawPointer, _ code: String) throws(PyException) {
        let invalidType = typeError("memoryview: invalid type for format '\(code)'")
        let invalidValue = pyError(ExceptionTypes.named("ValueError"), "memoryview: invalid value for format '\(code)'")
        switch code {
        case "c":
            guard v.isPointer, BytesOps.isBytes(v) else { throw invalidType }
            guard BytesOps.count(v) == 1 else { throw invalidValue }
            p.storeBytes(of: BytesOps.data(v).load(as: UInt8.self), as: UInt8.self)
        case "?":
            p.storeBytes(of: try Runtime.isTrue(v) ? 1 : 0, as: UInt8.self)
        case "f", "d":
            let d: Double
            do throws(PyException) {
                d = try MathModule.real(v)
            } catch {
                // As CPython's fix_error_int: the conversion's own error becomes ours.
                let kind = TypeRef(error.value.type)
                if kind.isSubtype(of: BuiltinTypes.typeError) { throw invalidType }
                if kind.isSubtype(of: ExceptionTypes.named("OverflowError")) || kind.isSubtype(of: ExceptionTypes.named("ValueError")) {
                    throw invalidValue
                }
                throw error
            }
            if code == "d" {
                p.storeBytes(of: d, toByteOffset: 0, as: Double.self)
            } else {
                let f = Float(d)
                if f.isInfinite && d.isFinite { throw invalidValue }
                p.storeBytes(of: f, toByteOffset: 0, as: Float.self)
            }
        default:
            guard !StrOps.isStr(v), IntOps.isInt(v) || ClassSlots.special(v, "__index__") != nil else { throw invalidType }
            let n = try MathModule.integer(v)
            switch code {
            case "B", "H", "I", "L", "Q", "N", "P":
                guard let u = IntOps.asUInt64(n) else { throw invalidValue }
                let limit: UInt64 = code == "B" ? 0xFF : code == "H" ? 0xFFFF : code == "I" ? 0xFFFF_FFFF : UInt64.max
                guard u <= limit else { throw invalidValue }
                try store(u, p, code)
            default:
                guard let i = IntOps.asInt64(n) else { throw invalidValue }
                let (low, high): (Int64, Int64) = switch code {
                case "b": (Int64(Int8.min), Int64(Int8.max))
                case "h": (Int64(Int16.min), Int64(Int16.max))
                case "i": (Int64(Int32.min), Int64(Int32.max))
                case "l", "q", "n": (Int64.min, Int64.max)
                default: (1, 0)
                }
                if low > high {
                    throw pyError(ExceptionTypes.named("NotImplementedError"), "memoryview: format \(code) not supported")
                }
                guard i >= low && i <= high else { throw invalidValue }
                try store(UInt64(bitPattern: i), p, code)
            }
        }
    }

    private static func store(_ bits: UInt64, _ p: UnsafeMutableRawPointer, _ code: String) throws(PyException) {
        switch nativeItemSize(code) ?? 0 {
        case 1: p.storeBytes(of: UInt8(truncatingIfNeeded: bits), as: UInt8.self)
        case 2: p.storeBytes(of: UInt16(truncatingIfNeeded: bits), toByteOffset: 0, as: UInt16.self)
        case 4: p.storeBytes(of: UInt32(truncatingIfNeeded: bits), toByteOffset: 0, as: UInt32.self)
        case 8: p.storeBytes(of: bits, toByteOffset: 0, as: UInt64.self)
        default: throw pyError(ExceptionTypes.named("NotImplementedError"), "memoryview: format \(code) not supported")
        }
    }
}
