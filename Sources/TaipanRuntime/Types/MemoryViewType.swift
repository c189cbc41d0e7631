// memoryview over bytes and bytearray: one-dimensional views with the struct formats of
// single native items ('B', 'b', 'c', 'H', 'h', 'I', 'i', 'L', 'l', 'Q', 'q', 'N', 'n', 'P',
// 'f', 'd', '?'), slicing with step 1, cast between formats, tolist/tobytes/hex, release and
// the context manager. Items are read from the exporter each time, so a view of a bytearray
// sees later changes, as CPython's does (we do not lock the bytearray's size while viewed).
//
//   memoryview  word 0 type   1 the object viewed   2 format (str)   3 itemsize (raw)
//               4 first byte (raw)   5 length in bytes (raw)   6 released (raw 0/1)

#if canImport(Glibc)
import Glibc
#endif

public enum MemoryViewOps {
    public static var type = Value(bits: 0)

    static let sizes: [Character: Int] = ["B": 1, "b": 1, "c": 1, "?": 1, "H": 2, "h": 2, "I": 4, "i": 4,
                                          "L": 8, "l": 8, "Q": 8, "q": 8, "N": 8, "n": 8, "P": 8, "f": 4, "d": 8]

    static func make(_ object: Value, format: String, itemSize: Int, start: Int, length: Int) -> Value {
        let m = allocateObject(words: 7, type: type)
        m.storeValue(1, object)
        m.storeValue(2, Interned.intern(format))
        m.storeRaw(3, itemSize)
        m.storeRaw(4, start)
        m.storeRaw(5, length)
        return m
    }

    /// The bytes the view covers (empty past the exporter's end if it shrank).
    static func contents(_ m: Value) throws(PyException) -> [UInt8] {
        if m.loadRaw(6) != 0 { throw pyError(ExceptionTypes.named("ValueError"), "operation forbidden on released memoryview object") }
        let all = BytesOps.contents(m.loadValue(1)) ?? []
        let start = min(m.loadRaw(4), all.count), end = min(m.loadRaw(4) + m.loadRaw(5), all.count)
        return Array(all[start..<end])
    }

    static func format(_ m: Value) -> String { StrRef(m.loadValue(2)).string }

    /// Item `i` of `bytes` in `format`, as Python sees it.
    static func item(_ bytes: [UInt8], _ i: Int, format: String, size: Int) -> Value {
        var raw: UInt64 = 0
        for k in 0..<size { raw |= UInt64(bytes[i * size + k]) << (8 * UInt64(k)) }
        switch format {
        case "c": return BytesOps.create([UInt8(raw)])
        case "?": return .bool(raw != 0)
        case "f": return FloatOps.make(Double(Float(bitPattern: UInt32(raw))))
        case "d": return FloatOps.make(Double(bitPattern: raw))
        case "b", "h", "i", "l", "q", "n":
            let shift = UInt64(64 - 8 * size)
            return IntOps.make(Int64(bitPattern: raw << shift) >> Int64(shift))
        default: return IntOps.make(unsigned: raw)
        }
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.new = { _, args throws(PyException) in
            try args.expect("memoryview", min: 1, max: 1, keywords: ["object"])
            let object = args.positionalCount > 0 ? args[0] : args.keyword("object")!
            if object.type.isIdentical(type) {
                return make(object.loadValue(1), format: format(object), itemSize: object.loadRaw(3),
                            start: object.loadRaw(4), length: object.loadRaw(5))
            }
            if ArrayType.isArray(object) {
                let a = ArrayRef(object)
                let code = a.code.isUnicode ? "w" : String(a.code.character)
                return make(object, format: code, itemSize: a.itemSize, start: 0, length: a.byteCount)
            }
            guard let bytes = BytesOps.contents(object) else {
                throw typeError("memoryview: a bytes-like object is required, not '\(TypeRef(object.type).nameString)'")
            }
            return make(object, format: "B", itemSize: 1, start: 0, length: bytes.count)
        }
        slots.len = { m throws(PyException) in try contents(m).count / m.loadRaw(3) }
        slots.getitem = { m, key throws(PyException) in
            let bytes = try contents(m)
            let size = m.loadRaw(3)
            let count = bytes.count / size
            if key.type.isIdentical(SliceObject.type) {
                let (start, _, step, n) = try SliceObject.indices(key, length: count)
                guard step == 1 else { throw pyError(ExceptionTypes.named("NotImplementedError"), "memoryview slices with a step are not supported") }
                return make(m.loadValue(1), format: format(m), itemSize: size, start: m.loadRaw(4) + start * size, length: n * size)
            }
            guard var i = try IntOps.index(key) else { throw typeError("memoryview: invalid slice key") }
            if i < 0 { i += count }
            guard i >= 0 && i < count else { throw pyError(ExceptionTypes.named("IndexError"), "index out of bounds on dimension 1") }
            return item(bytes, i, format: format(m), size: size)
        }
        slots.repr = { m in StrRef.create("<\(m.loadRaw(6) != 0 ? "released " : "")memory at 0x\(String(m.bits, radix: 16))>").value }
        slots.compare = { a, b, op throws(PyException) in
            guard op == .eq || op == .ne else { return BuiltinTypes.notImplemented }
            let other: Value
            if b.type.isIdentical(type) { other = try listOf(b) } else if let raw = BytesOps.contents(b) {
                other = try listOf(make(b, format: "B", itemSize: 1, start: 0, length: raw.count))
            } else { return BuiltinTypes.notImplemented }
            let same = try Runtime.equals(try listOf(a), other)
            return .bool(op == .eq ? same : !same)
        }
        type = BuiltinTypes.makeType("memoryview", base: BuiltinTypes.object, instanceWords: 7,
                                     layout: .fixed(first: 1, count: 2), flags: [], slots: slots)
        GetSet.add(type, "obj", get: { m in m.loadValue(1) })
        GetSet.add(type, "format", get: { m in m.loadValue(2) })
        GetSet.add(type, "itemsize", get: { m in IntOps.make(Int64(m.loadRaw(3))) })
        GetSet.add(type, "nbytes", get: { m in IntOps.make(Int64(m.loadRaw(5))) })
        GetSet.add(type, "ndim", get: { _ in IntOps.make(1) })
        GetSet.add(type, "readonly", get: { m in .bool(!ByteArrayOps.isByteArray(m.loadValue(1))) })
        GetSet.add(type, "shape", get: { m in
            let t = TupleRef.allocate(1)
            t[0] = IntOps.make(Int64(m.loadRaw(5) / m.loadRaw(3)))
            return t.value
        })
        GetSet.add(type, "strides", get: { m in
            let t = TupleRef.allocate(1)
            t[0] = IntOps.make(Int64(m.loadRaw(3)))
            return t.value
        })
        NativeFunctions.addMethod(type, "tolist") { m, args throws(PyException) in
            try args.expect("tolist", count: 0)
            return try listOf(m)
        }
        NativeFunctions.addMethod(type, "tobytes") { m, _ throws(PyException) in BytesOps.create(try contents(m)) }
        NativeFunctions.addMethod(type, "hex") { m, _ throws(PyException) in
            let digits: [Character] = Array("0123456789abcdef")
            var text = ""
            for byte in try contents(m) {
                text.append(digits[Int(byte >> 4)])
                text.append(digits[Int(byte & 15)])
            }
            return StrRef.create(text).value
        }
        NativeFunctions.addMethod(type, "cast") { m, args throws(PyException) in
            try args.expect("cast", min: 1, max: 2)
            guard StrOps.isStr(args[0]) else { throw typeError("memoryview: format argument must be a string") }
            let target = StrRef(args[0]).string
            guard target.count == 1, let size = sizes[target.first!] else {
                throw pyError(ExceptionTypes.named("ValueError"), "memoryview: destination format must be a native single character format prefixed with an optional '@'")
            }
            let length = try contents(m).count
            if length % size != 0 { throw typeError("memoryview: length is not a multiple of itemsize") }
            return make(m.loadValue(1), format: target, itemSize: size, start: m.loadRaw(4), length: length)
        }
        NativeFunctions.addMethod(type, "release") { m, _ in
            m.storeRaw(6, 1)
            return .none
        }
        NativeFunctions.addMethod(type, "__enter__") { m, _ throws(PyException) in
            _ = try contents(m)
            return m
        }
        NativeFunctions.addMethod(type, "__exit__") { m, _ in
            m.storeRaw(6, 1)
            return .none
        }
    }

    static func listOf(_ m: Value) throws(PyException) -> Value {
        let bytes = try contents(m)
        let size = m.loadRaw(3)
        let list = ListRef.create()
        for i in 0..<(bytes.count / size) { list.append(item(bytes, i, format: format(m), size: size)) }
        return list.value
    }
}
