// Packing and unpacking the items of a compiled struct format, with the checks and
// messages of CPython 3.11's _struct: native ('@') items and the little-endian items whose
// size is native behave as CPython's np_* functions, big-endian items as its bp_* ones.

extension StructFormat {
    /// The integer value of a pack argument (via __index__), or struct.error.
    static func integer(_ v: Value) throws(PyException) -> Value {
        if IntOps.isInt(v) { return IntOps.unbool(v) }
        if let r = try ClassSlots.callSpecial(v, "__index__") {
            guard IntOps.isInt(r) else { throw typeError("__index__ returned non-int (type \(TypeRef(r.type).nameString))") }
            return r
        }
        throw error("required argument is not an integer")
    }

    static func double(_ v: Value) throws(PyException) -> Double {
        if FloatOps.isFloat(v) { return FloatOps.value(v) }
        do {
            return try MathModule.real(v)
        } catch {
            throw StructFormat.error("required argument is not a float")
        }
    }

    /// The two's-complement bits of an integer argument for a `size`-byte item of `code`.
    func integerBits(_ code: UInt8, _ size: Int, _ v: Value) throws(PyException) -> UInt64 {
        let n = try StructFormat.integer(v)
        let c = Character(Unicode.Scalar(code))
        let signed = "bhilqnP".contains(c)
        let outOfRange = StructFormat.error(order == .big && size == 8 ? "int too large to convert" : "argument out of range")
        // First the conversion to a C long / unsigned long (or the 8-byte big-endian one).
        var value: Int64 = 0
        var unsignedValue: UInt64 = 0
        if signed || code == UInt8(ascii: "B") {
            if c == "P" && !IntOps.isNegative(n) {
                guard let u = IntOps.asUInt64(n) else { throw outOfRange }
                return u
            }
            guard let x = IntOps.asInt64(n) else { throw outOfRange }
            value = x
        } else if order != .big && (code == UInt8(ascii: "H")) {
            guard let x = IntOps.asInt64(n) else { throw outOfRange }
            value = x
        } else {
            guard let u = IntOps.asUInt64(n) else { throw outOfRange }
            unsignedValue = u
            value = Int64(bitPattern: u)
        }
        let nativeStyle = order != .big || code == UInt8(ascii: "b") || code == UInt8(ascii: "B")
        func rangeError(_ lo: String, _ hi: String) -> PyException {
            StructFormat.error("'\(c)' format requires \(lo) <= number <= \(hi)")
        }
        switch c {
        case "b":
            if value < -128 || value > 127 { throw StructFormat.error("byte format requires -128 <= number <= 127") }
        case "B":
            if value < 0 || value > 255 { throw StructFormat.error("ubyte format requires 0 <= number <= 255") }
        case "h":
            if value < -32768 || value > 32767 {
                throw nativeStyle ? StructFormat.error("short format requires -32768 <= number <= 32767") : rangeError("-32768", "32767")
            }
        case "H":
            if nativeStyle {
                if value < 0 || value > 65535 { throw StructFormat.error("ushort format requires 0 <= number <= 65535") }
            } else if unsignedValue > 65535 {
                throw rangeError("0", "65535")
            }
        case "i", "l":
            if size == 4 && (value < Int64(Int32.min) || value > Int64(Int32.max)) { throw rangeError("-2147483648", "2147483647") }
        case "I", "L":
            if size == 4 && unsignedValue > UInt64(UInt32.max) { throw rangeError("0", "4294967295") }
        default: break
        }
        return UInt64(bitPattern: value)
    }

    /// Stores the low `size` bytes of `bits` at `p` in this format's byte order.
    func storeBits(_ bits: UInt64, _ size: Int, _ p: UnsafeMutableRawPointer) {
        for k in 0..<size {
            let shift = UInt64(order == .big ? size - 1 - k : k) * 8
            p.storeBytes(of: UInt8(truncatingIfNeeded: bits >> shift), toByteOffset: k, as: UInt8.self)
        }
    }

    func loadBits(_ size: Int, _ p: UnsafeRawPointer) -> UInt64 {
        var bits: UInt64 = 0
        for k in 0..<size {
            let shift = UInt64(order == .big ? size - 1 - k : k) * 8
            bits |= UInt64(p.load(fromByteOffset: k, as: UInt8.self)) << shift
        }
        return bits
    }

    /// Half-precision bits of `x`, rounding to nearest even; OverflowError when too large.
    static func halfBits(_ x: Double) throws(PyException) -> UInt64 {
        if x.isNaN { return (x.sign == .minus ? 0x8000 : 0) | 0x7e00 }
        let h = Float16(x)
        if h.isInfinite && x.isFinite {
            throw pyError(ExceptionTypes.named("OverflowError"), "float too large to pack with e format")
        }
        return UInt64(h.bitPattern)
    }

    /// Packs `values` (exactly valueCount of them) at `p` (size bytes, zeroed).
    func pack(_ values: UnsafePointer<Value>, into p: UnsafeMutableRawPointer) throws(PyException) {
        var next = 0
        for item in items {
            let code = item.code
            var at = p + item.offset
            switch code {
            case UInt8(ascii: "x"): continue
            case UInt8(ascii: "s"), UInt8(ascii: "p"):
                let v = values[next]
                next += 1
                guard BytesOps.isBytes(v) || ByteArrayOps.isByteArray(v), let raw = BytesOps.contents(v) else {
                    throw StructFormat.error("argument for '\(Character(Unicode.Scalar(code)))' must be a bytes object")
                }
                if code == UInt8(ascii: "s") {
                    let n = min(raw.count, item.count)
                    if n > 0 { raw.withUnsafeBytes { at.copyMemory(from: $0.baseAddress!, byteCount: n) } }
                } else if item.count > 0 {
                    let n = min(raw.count, item.count - 1, 255)
                    at.storeBytes(of: UInt8(n), as: UInt8.self)
                    if n > 0 { raw.withUnsafeBytes { (at + 1).copyMemory(from: $0.baseAddress!, byteCount: n) } }
                }
                continue
            default: break
            }
            for _ in 0..<item.count {
                let v = values[next]
                next += 1
                let bits: UInt64
                switch code {
                case UInt8(ascii: "c"):
                    guard BytesOps.isBytes(v), BytesOps.count(v) == 1 else {
                        throw StructFormat.error("char format requires a bytes object of length 1")
                    }
                    bits = UInt64(BytesOps.data(v).load(as: UInt8.self))
                case UInt8(ascii: "?"): bits = try Runtime.isTrue(v) ? 1 : 0
                case UInt8(ascii: "d"): bits = try StructFormat.double(v).bitPattern
                case UInt8(ascii: "f"):
                    let x = try StructFormat.double(v)
                    let f = Float(x)
                    if order != .native && f.isInfinite && x.isFinite {
                        throw pyError(ExceptionTypes.named("OverflowError"), "float too large to pack with f format")
                    }
                    bits = UInt64(f.bitPattern)
                case UInt8(ascii: "e"): bits = try StructFormat.halfBits(try StructFormat.double(v))
                default: bits = try integerBits(code, item.size, v)
                }
                storeBits(bits, item.size, at)
                at += item.size
            }
        }
    }

    /// The values of the items at `p` (size bytes), in a new tuple.
    func unpack(_ p: UnsafeRawPointer) -> Value {
        let t = TupleRef.allocate(valueCount)
        for k in 0..<valueCount { t[k] = .none }
        var next = 0
        for item in items {
            let code = item.code
            var at = p + item.offset
            switch code {
            case UInt8(ascii: "x"): continue
            case UInt8(ascii: "s"):
                t[next] = BytesOps.create(Array(UnsafeRawBufferPointer(start: at, count: item.count)))
                next += 1
                continue
            case UInt8(ascii: "p"):
                var n = item.count == 0 ? 0 : Int(at.load(as: UInt8.self))
                n = min(n, max(item.count - 1, 0))
                t[next] = BytesOps.create(Array(UnsafeRawBufferPointer(start: at + 1, count: n)))
                next += 1
                continue
            default: break
            }
            for _ in 0..<item.count {
                let bits = loadBits(item.size, at)
                let v: Value
                switch code {
                case UInt8(ascii: "c"): v = BytesOps.create([UInt8(bits)])
                case UInt8(ascii: "?"): v = .bool(bits != 0)
                case UInt8(ascii: "d"): v = FloatOps.make(Double(bitPattern: bits))
                case UInt8(ascii: "f"): v = FloatOps.make(Double(Float(bitPattern: UInt32(bits))))
                case UInt8(ascii: "e"): v = FloatOps.make(Double(Float16(bitPattern: UInt16(bits))))
                case UInt8(ascii: "b"), UInt8(ascii: "h"), UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "q"), UInt8(ascii: "n"):
                    let shift = UInt64(64 - 8 * item.size)
                    v = IntOps.make(Int64(bitPattern: bits << shift) >> Int64(shift))
                default: v = IntOps.make(unsigned: bits)
                }
                t[next] = v
                next += 1
                at += item.size
            }
        }
        return t.value
    }
}
