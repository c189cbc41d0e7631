// bytes and complex: their representation and core slots (the full method sets grow here).
//
//   bytes    word 0 type   1 length   2 hash (-1: not computed)   3… the bytes
//   complex  word 0 type   1 real (IEEE bits)   2 imaginary (IEEE bits)

import TaipanSyntax
#if canImport(Glibc)
import Glibc
#endif

public enum BytesOps {
    public static var type = Value(bits: 0)

    public static func create(_ bytes: [UInt8]) -> Value {
        let b = allocateObject(words: 3 + (bytes.count + 8) / 8, type: type)
        b.storeRaw(1, bytes.count)
        b.storeRaw(2, -1)
        if !bytes.isEmpty { (b.pointer + 24).copyMemory(from: bytes, byteCount: bytes.count) }
        return b
    }

    @inline(__always) static func count(_ b: Value) -> Int { b.loadRaw(1) }
    @inline(__always) static func data(_ b: Value) -> UnsafeMutableRawPointer { b.pointer + 24 }

    static func bytes(_ b: Value) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: data(b), count: count(b)))
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.len = { b in count(b) }
        slots.repr = { b in StrRef.create(pythonBytesRepr(bytes(b))).value }
        slots.hash = { b in
            let cached = b.loadRaw(2)
            if cached != -1 { return cached }
            var h = count(b) == 0 ? 0 : Int(bitPattern: UInt(SipHash13.hash(UnsafeRawBufferPointer(start: data(b), count: count(b)))))
            if h == -1 { h = -2 }
            b.storeRaw(2, h)
            return h
        }
        slots.compare = { a, b, op in
            guard b.isPointer, b.type.isIdentical(type) else { return BuiltinTypes.notImplemented }
            let n = count(a), m = count(b)
            let c = memcmp(data(a), data(b), min(n, m))
            let order = c != 0 ? Int(c) : (n < m ? -1 : n > m ? 1 : 0)
            switch op {
            case .lt: return .bool(order < 0)
            case .le: return .bool(order <= 0)
            case .eq: return .bool(order == 0)
            case .ne: return .bool(order != 0)
            case .gt: return .bool(order > 0)
            case .ge: return .bool(order >= 0)
            }
        }
        slots.getitem = { b, key throws(PyException) in
            if let i = try SequenceTypes.itemIndex(key, count: count(b), what: "index") {
                return IntOps.make(Int64(data(b).load(fromByteOffset: i, as: UInt8.self)))
            }
            if key.type.isIdentical(SliceObject.type) {
                let (start, _, step, n) = try SliceObject.indices(key, length: count(b))
                var out: [UInt8] = []
                var j = start
                for _ in 0..<n { out.append(data(b).load(fromByteOffset: j, as: UInt8.self)); j += step }
                return create(out)
            }
            throw typeError("byte indices must be integers or slices, not \(TypeRef(key.type).nameString)")
        }
        slots.iter = { b in SequenceIterator.create(b) }
        slots.binary[BinaryOp.add.rawValue] = { a, b throws(PyException) in
            guard a.type.isIdentical(type) else { return BuiltinTypes.notImplemented }
            guard b.isPointer, b.type.isIdentical(type) else {
                throw typeError("can't concat \(TypeRef(b.type).nameString) to bytes")
            }
            return create(bytes(a) + bytes(b))
        }
        slots.contains = { b, item throws(PyException) in
            if let v = IntOps.asInt64(item) { return bytes(b).contains(UInt8(truncatingIfNeeded: v)) }
            guard item.isPointer, item.type.isIdentical(type) else {
                throw typeError("a bytes-like object is required, not '\(TypeRef(item.type).nameString)'")
            }
            let hay = bytes(b), needle = bytes(item)
            if needle.isEmpty { return true }
            if needle.count > hay.count { return false }
            for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle { return true }
            return false
        }
        type = BuiltinTypes.makeType("bytes", base: BuiltinTypes.object, instanceWords: 3, layout: .none, slots: slots)
        NativeFunctions.addMethod(type, "decode") { b, args throws(PyException) in
            let raw = bytes(b)
            let encoding = args.positionalCount > 0 ? StrRef(args[0]).string.lowercased() : "utf-8"
            switch encoding {
            case "utf-8", "utf8":
                guard let s = String(validatingUTF8: raw.map { CChar(bitPattern: $0) } + [0]) else {
                    throw pyError(ExceptionTypes.named("UnicodeDecodeError"), "'utf-8' codec can't decode bytes")
                }
                return StrRef.create(s).value
            case "latin-1", "latin1", "iso-8859-1":
                return StrRef.create(codePoints: raw.map { UInt32($0) }).value
            case "ascii":
                if let bad = raw.firstIndex(where: { $0 >= 0x80 }) {
                    throw pyError(ExceptionTypes.named("UnicodeDecodeError"),
                                  "'ascii' codec can't decode byte 0x\(String(raw[bad], radix: 16)) in position \(bad): ordinal not in range(128)")
                }
                return StrRef.create(codePoints: raw.map { UInt32($0) }).value
            default:
                throw pyError(ExceptionTypes.named("LookupError"), "unknown encoding: \(encoding)")
            }
        }
    }
}

public enum ComplexOps {
    public static var type = Value(bits: 0)

    public static func make(real: Double, imaginary: Double) -> Value {
        let c = allocateObject(words: 3, type: type)
        c.storeRaw(1, Int(bitPattern: UInt(real.bitPattern)))
        c.storeRaw(2, Int(bitPattern: UInt(imaginary.bitPattern)))
        return c
    }

    static func parts(_ c: Value) -> (Double, Double) {
        (Double(bitPattern: UInt64(UInt(bitPattern: c.loadRaw(1)))), Double(bitPattern: UInt64(UInt(bitPattern: c.loadRaw(2)))))
    }

    /// A complex, float or int operand as (real, imaginary); nil for other types.
    static func operand(_ v: Value) throws(PyException) -> (Double, Double)? {
        if v.isPointer && v.type.isIdentical(type) { return parts(v) }
        if let d = try FloatOps.operand(v) { return (d, 0) }
        return nil
    }

    /// (a+bi) ** (c+di), as CPython's complex power for the general case.
    static func power(real a: Double, imaginary b: Double, exponentReal c: Double, exponentImaginary d: Double) -> Value {
        if c == 0 && d == 0 { return make(real: 1, imaginary: 0) }
        // Small integral exponents multiply, as CPython's c_powi (exact for (3+4j)**2).
        if d == 0 && c == c.rounded() && Swift.abs(c) <= 100 {
            var (rr, ri) = (1.0, 0.0), (br, bi) = (a, b)
            var n = Int(Swift.abs(c))
            while n > 0 {
                if n & 1 == 1 { (rr, ri) = (rr * br - ri * bi, rr * bi + ri * br) }
                (br, bi) = (br * br - bi * bi, 2 * br * bi)
                n >>= 1
            }
            if c > 0 { return make(real: rr, imaginary: ri) }
            let denominator = rr * rr + ri * ri
            return make(real: rr / denominator, imaginary: -ri / denominator)
        }
        if a == 0 && b == 0 { return make(real: 0, imaginary: 0) }
        let magnitude = hypot(a, b)
        let angle = atan2(b, a)
        var length = pow(magnitude, c)
        var phase = angle * c
        if d != 0 {
            length /= exp(angle * d)
            phase += d * log(magnitude)
        }
        return make(real: length * cos(phase), imaginary: length * sin(phase))
    }

    /// CPython's repr: `1j`, `(1+2j)`, `(-0-1j)`, parts in repr form without a trailing `.0`.
    static func repr(_ real: Double, _ imaginary: Double) -> String {
        func part(_ d: Double) -> String {
            if d.isNaN { return "nan" }
            if d.isInfinite { return d > 0 ? "inf" : "-inf" }
            var s = pythonFloatRepr(d)
            if s.hasSuffix(".0") { s.removeLast(2) }
            return s
        }
        if real == 0 && real.sign == .plus {
            return part(imaginary) + "j"
        }
        let im = part(imaginary)
        let sign = imaginary.sign == .minus || im.hasPrefix("-") ? "" : "+"
        return "(" + part(real) + sign + im + "j)"
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.repr = { c in
            let (re, im) = parts(c)
            return StrRef.create(repr(re, im)).value
        }
        slots.hash = { c in
            let (re, im) = parts(c)
            var h = FloatOps.hash(re) &+ 1_000_003 &* FloatOps.hash(im)
            if h == -1 { h = -2 }
            return h
        }
        slots.bool = { c in parts(c) != (0, 0) }
        slots.compare = { a, b, op throws(PyException) in
            guard op == .eq || op == .ne, let (x, y) = try operand(a), let (u, v) = try operand(b) else {
                return BuiltinTypes.notImplemented
            }
            let equal = x == u && y == v
            return .bool(op == .eq ? equal : !equal)
        }
        slots.negative = { c in
            let (re, im) = parts(c)
            return make(real: -re, imaginary: -im)
        }
        func arithmetic(_ op: BinaryOp, _ f: @escaping (Double, Double, Double, Double) throws(PyException) -> Value) {
            slots.binary[op.rawValue] = { a, b throws(PyException) in
                guard let (x, y) = try operand(a), let (u, v) = try operand(b) else { return BuiltinTypes.notImplemented }
                return try f(x, y, u, v)
            }
        }
        arithmetic(.add) { x, y, u, v in make(real: x + u, imaginary: y + v) }
        arithmetic(.sub) { x, y, u, v in make(real: x - u, imaginary: y - v) }
        arithmetic(.mul) { x, y, u, v in make(real: x * u - y * v, imaginary: x * v + y * u) }
        arithmetic(.truediv) { x, y, u, v throws(PyException) in
            if u == 0 && v == 0 { throw pyError(ExceptionTypes.named("ZeroDivisionError"), "complex division by zero") }
            let d = u * u + v * v
            return make(real: (x * u + y * v) / d, imaginary: (y * u - x * v) / d)
        }
        arithmetic(.pow) { x, y, u, v in power(real: x, imaginary: y, exponentReal: u, exponentImaginary: v) }
        type = BuiltinTypes.makeType("complex", base: BuiltinTypes.object, instanceWords: 3, layout: .none, slots: slots)
        GetSet.add(type, "real", get: { c in FloatOps.make(parts(c).0) })
        GetSet.add(type, "imag", get: { c in FloatOps.make(parts(c).1) })
        installMethods()
    }
}
