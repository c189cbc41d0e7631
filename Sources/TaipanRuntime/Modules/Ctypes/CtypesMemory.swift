// The memory primitives of _ctypes: buffers for C data, and reading and writing one C value
// of a simple type code (the `_type_` letters of ctypes) at an address.
//
// A ctypes instance's memory is the payload of a private bytes object (`_alloc`): the heap
// never moves objects, so the address stays valid while the instance keeps the buffer, and the
// collector frees it with the instance. The Python half (CtypesSource.swift) checks value
// types and gives `_set` only normalised values: an int (any size; the low bits are stored),
// a float, None, a bytes object (its address, for pointer codes) or any object for 'O'.

#if canImport(Glibc)
import Glibc
#endif

enum CtypesMemory {
    /// Size in bytes of one value of type code `code`, or nil for an unknown code.
    static func size(of code: UInt8) -> Int? {
        switch code {
        case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "c"), UInt8(ascii: "?"): return 1
        case UInt8(ascii: "h"), UInt8(ascii: "H"): return 2
        case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"), UInt8(ascii: "u"): return 4
        case UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "q"), UInt8(ascii: "Q"), UInt8(ascii: "d"),
             UInt8(ascii: "z"), UInt8(ascii: "Z"), UInt8(ascii: "P"), UInt8(ascii: "O"): return 8
        case UInt8(ascii: "g"): return 16
        default: return nil
        }
    }

    /// A zeroed buffer of `size` bytes: a bytes object used as raw storage.
    static func allocate(_ size: Int) -> Value {
        let count = Swift.max(size, 1)
        let b = allocateObject(words: VariableSizeLayout.bytesWords(count: count), type: BytesOps.type)
        b.storeRaw(1, count)
        b.storeRaw(2, -1)
        return b
    }

    /// The low 64 bits of an int in two's complement (ctypes truncates silently).
    static func lowBits(_ v: Value) -> UInt64 {
        if let i = IntOps.asInt64(v) { return UInt64(bitPattern: i) }
        let plain = IntOps.unbool(v)
        return IntOps.withMagnitude(plain) { m in
            let low: UInt64 = m.count == 0 ? 0 : UInt64(m.limbs[0])
            return m.negative ? 0 &- low : low
        }
    }

    /// An address from an int, None (NULL) or bytes (its data).
    static func address(_ v: Value) throws(PyException) -> UInt64 {
        if v.isSmallInt || IntOps.isInt(v) { return lowBits(v) }
        if v.isIdentical(BuiltinTypes.none) { return 0 }
        if BytesOps.isBytes(v) { return UInt64(UInt(bitPattern: BytesOps.data(v))) }
        throw typeError("cannot be converted to pointer")
    }

    static func double(_ v: Value) throws(PyException) -> Double {
        if v.isInlineFloat || v.type.isIdentical(BuiltinTypes.float) { return FloatOps.value(v) }
        return try IntOps.toDouble(v)
    }

    static func pointer(_ address: UInt64) throws(PyException) -> UnsafeMutableRawPointer {
        guard let p = UnsafeMutableRawPointer(bitPattern: UInt(address)) else {
            throw pyError(ExceptionTypes.named("ValueError"), "NULL pointer access")
        }
        return p
    }

    /// Stores normalised value `v` as type code `code` at `p`.
    static func store(_ code: UInt8, _ p: UnsafeMutableRawPointer, _ v: Value) throws(PyException) {
        switch code {
        case UInt8(ascii: "f"): p.storeBytes(of: Float(try double(v)), as: Float.self)
        case UInt8(ascii: "d"): p.storeBytes(of: try double(v), as: Double.self)
        case UInt8(ascii: "g"):
            #if arch(x86_64)
            p.storeBytes(of: Float80(try double(v)), as: Float80.self)
            #else
            p.storeBytes(of: try double(v), as: Double.self)
            #endif
        case UInt8(ascii: "z"), UInt8(ascii: "Z"), UInt8(ascii: "P"):
            p.storeBytes(of: try address(v), as: UInt64.self)
        case UInt8(ascii: "O"): p.storeBytes(of: v.bits, as: UInt64.self)
        case UInt8(ascii: "?"): p.storeBytes(of: try Runtime.isTrue(v) ? 1 : 0, as: UInt8.self)
        default:
            guard v.isSmallInt || IntOps.isInt(v), let n = size(of: code) else { throw typeError("int expected") }
            let bits = lowBits(v)
            switch n {
            case 1: p.storeBytes(of: UInt8(truncatingIfNeeded: bits), as: UInt8.self)
            case 2: p.storeBytes(of: UInt16(truncatingIfNeeded: bits), as: UInt16.self)
            case 4: p.storeBytes(of: UInt32(truncatingIfNeeded: bits), as: UInt32.self)
            default: p.storeBytes(of: bits, as: UInt64.self)
            }
        }
    }

    /// The Python value of type code `code` read at `p`.
    static func load(_ code: UInt8, _ p: UnsafeMutableRawPointer) throws(PyException) -> Value {
        switch code {
        case UInt8(ascii: "b"): return Value(smallInt: Int64(p.load(as: Int8.self)))
        case UInt8(ascii: "B"): return Value(smallInt: Int64(p.load(as: UInt8.self)))
        case UInt8(ascii: "h"): return Value(smallInt: Int64(p.load(as: Int16.self)))
        case UInt8(ascii: "H"): return Value(smallInt: Int64(p.load(as: UInt16.self)))
        case UInt8(ascii: "i"): return Value(smallInt: Int64(p.load(as: Int32.self)))
        case UInt8(ascii: "I"): return Value(smallInt: Int64(p.load(as: UInt32.self)))
        case UInt8(ascii: "l"), UInt8(ascii: "q"): return IntOps.make(p.load(as: Int64.self))
        case UInt8(ascii: "L"), UInt8(ascii: "Q"): return IntOps.make(unsigned: p.load(as: UInt64.self))
        case UInt8(ascii: "f"): return FloatOps.make(Double(p.load(as: Float.self)))
        case UInt8(ascii: "d"): return FloatOps.make(p.load(as: Double.self))
        case UInt8(ascii: "g"):
            #if arch(x86_64)
            return FloatOps.make(Double(p.load(as: Float80.self)))
            #else
            return FloatOps.make(p.load(as: Double.self))
            #endif
        case UInt8(ascii: "?"): return Value.bool(p.load(as: UInt8.self) != 0)
        case UInt8(ascii: "c"): return BytesOps.create([p.load(as: UInt8.self)])
        case UInt8(ascii: "u"): return try character(p.load(as: UInt32.self))
        case UInt8(ascii: "P"):
            let a = p.load(as: UInt64.self)
            return a == 0 ? BuiltinTypes.none : IntOps.make(unsigned: a)
        case UInt8(ascii: "z"):
            guard let s = UnsafeMutableRawPointer(bitPattern: UInt(p.load(as: UInt64.self))) else { return BuiltinTypes.none }
            return cString(s, count: -1)
        case UInt8(ascii: "Z"):
            guard let s = UnsafeMutableRawPointer(bitPattern: UInt(p.load(as: UInt64.self))) else { return BuiltinTypes.none }
            return try wideString(s, count: -1)
        case UInt8(ascii: "O"):
            let bits = p.load(as: UInt64.self)
            if bits == 0 { throw pyError(ExceptionTypes.named("ValueError"), "PyObject is NULL") }
            return Value(bits: bits)
        default:
            throw pyError(ExceptionTypes.named("ValueError"), "unknown type code")
        }
    }

    static func character(_ c: UInt32) throws(PyException) -> Value {
        guard c <= 0x10FFFF else { throw pyError(ExceptionTypes.named("ValueError"), "character out of range") }
        return StrRef.create(codePoints: [c]).value
    }

    /// bytes from a NUL-terminated C string (`count` < 0) or `count` bytes.
    static func cString(_ s: UnsafeMutableRawPointer, count: Int) -> Value {
        let n = count >= 0 ? count : strlen(s.assumingMemoryBound(to: CChar.self))
        return BytesOps.create(Array(UnsafeRawBufferPointer(start: s, count: n)))
    }

    /// str from a NUL-terminated wchar_t string (`count` < 0) or `count` characters.
    static func wideString(_ s: UnsafeMutableRawPointer, count: Int) throws(PyException) -> Value {
        var points: [UInt32] = []
        var i = 0
        while count < 0 || i < count {
            let c = s.load(fromByteOffset: i * 4, as: UInt32.self)
            if count < 0 && c == 0 { break }
            guard c <= 0x10FFFF else { throw pyError(ExceptionTypes.named("ValueError"), "character out of range") }
            points.append(c)
            i += 1
        }
        return StrRef.create(codePoints: points).value
    }
}
