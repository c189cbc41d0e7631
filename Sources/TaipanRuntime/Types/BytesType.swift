// bytes: representation, constructor and slots. The methods it shares with bytearray are
// in BytesMethods.swift; bytearray itself in ByteArrayType.swift.
//
//   bytes    word 0 type   1 length   2 hash (-1: not computed)   3… the bytes

import TaipanSyntax
#if canImport(Glibc)
import Glibc
#endif

public enum BytesOps {
    public static var type = Value(bits: 0)

    public static func create(_ bytes: [UInt8]) -> Value {
        let b = allocateObject(words: VariableSizeLayout.bytesWords(count: bytes.count), type: type)
        b.storeRaw(1, bytes.count)
        b.storeRaw(2, -1)
        if !bytes.isEmpty { (b.pointer + 24).copyMemory(from: bytes, byteCount: bytes.count) }
        return b
    }

    @inline(__always) static func count(_ b: Value) -> Int { b.loadRaw(1) }
    @inline(__always) static func data(_ b: Value) -> UnsafeMutableRawPointer { b.pointer + 24 }

    /// The contents of a bytes object.
    static func bytes(_ b: Value) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: data(b), count: count(b)))
    }

    /// bytes(), bytes(source[, encoding[, errors]]): an exact bytes.
    static func construct(_ args: Arguments) throws(PyException) -> Value {
        let (source, encoding, errors) = try constructorArguments(args, "bytes")
        guard let source else {
            if encoding != nil { throw typeError("encoding without a string argument") }
            if errors != nil { throw typeError("errors without a string argument") }
            return create([])
        }
        return create(try fromSource(source, encoding: encoding, errors: errors, what: "bytes"))
    }

    static func isBytes(_ v: Value) -> Bool { v.isPointer && TypeRef(v.type).isSubtype(of: type) }

    /// The contents of a bytes-like object (bytes or bytearray), nil for anything else.
    static func contents(_ v: Value) -> [UInt8]? {
        guard v.isPointer else { return nil }
        if isBytes(v) { return bytes(v) }
        if ByteArrayOps.isByteArray(v) { return ByteArrayOps.bytes(v) }
        if v.type.isIdentical(MemoryViewOps.type) { return try? MemoryViewOps.contents(v) }
        if ArrayType.isArray(v) { return ArrayRef(v).bytes }
        return nil
    }

    static func requireBytesLike(_ v: Value) throws(PyException) -> [UInt8] {
        guard let b = contents(v) else {
            throw typeError("a bytes-like object is required, not '\(TypeRef(v.type).nameString)'")
        }
        return b
    }

    /// A result of the same kind as `model`: a bytearray for a bytearray, else bytes.
    static func make(like model: Value, _ bytes: [UInt8]) -> Value {
        ByteArrayOps.isByteArray(model) ? ByteArrayOps.create(bytes) : create(bytes)
    }

    static func typeName(_ v: Value) -> String { TypeRef(v.type).nameString }

    /// The bytes a constructor argument stands for: an int count of zeros, a str with an
    /// encoding, an object with __bytes__, a bytes-like object, or an iterable of ints.
    /// `what` is "bytes" or "bytearray", for the messages.
    static func fromSource(_ source: Value, encoding: Value?, errors: Value?, what: String) throws(PyException) -> [UInt8] {
        if StrOps.isStr(source) {
            guard let encoding else { throw typeError("string argument without an encoding") }
            let errorsName = try errors.map { v throws(PyException) in try argumentString(v, what, "errors") } ?? "strict"
            return try Codecs.encode(StrOps.codePoints(StrRef(source)), encoding: try argumentString(encoding, what, "encoding"),
                                     errors: errorsName)
        }
        if encoding != nil { throw typeError("encoding without a string argument") }
        if errors != nil { throw typeError("errors without a string argument") }
        if what == "bytes", let r = try ClassSlots.callSpecial(source, "__bytes__") {
            guard isBytes(r) else { throw typeError("__bytes__ returned non-bytes (type \(typeName(r)))") }
            return bytes(r)
        }
        if let b = contents(source) { return b }
        if IntOps.isInt(source) || (!StrOps.isStr(source) && ClassSlots.special(source, "__index__") != nil) {
            guard let n = try IntOps.index(source) else { return [] }
            if n < 0 { throw pyError(ExceptionTypes.named("ValueError"), "negative count") }
            guard n < 1 << 40 else { throw pyError(ExceptionTypes.named("MemoryError"), "") }
            return [UInt8](repeating: 0, count: n)
        }
        guard source.isPointer, TypeRef(source.type).slots.iter != nil || TypeRef(source.type).slots.getitem != nil else {
            throw typeError("cannot convert '\(typeName(source))' object to \(what)")
        }
        let iterator = try Runtime.iterate(source)
        var out: [UInt8] = []
        while let item = try Runtime.next(iterator) { out.append(try byteValue(item, what: what)) }
        return out
    }

    /// An item of an iterable of ints, checked to be a byte.
    static func byteValue(_ item: Value, what: String = "bytearray") throws(PyException) -> UInt8 {
        guard let i = try IntOps.index(item, clamp: true) else {
            throw typeError("'\(typeName(item))' object cannot be interpreted as an integer")
        }
        guard i >= 0 && i < 256 else {
            throw pyError(ExceptionTypes.named("ValueError"), what == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)")
        }
        return UInt8(i)
    }

    static func argumentString(_ v: Value, _ function: String, _ name: String) throws(PyException) -> String {
        guard StrOps.isStr(v) else {
            throw typeError("\(function)() argument '\(name)' must be str, not \(typeName(v))")
        }
        return StrRef(v).string
    }

    /// The (source, encoding, errors) arguments of bytes() and bytearray().
    static func constructorArguments(_ args: Arguments, _ what: String) throws(PyException) -> (Value?, Value?, Value?) {
        try args.expect(what, min: 0, max: 3, keywords: ["source", "encoding", "errors"])
        let source = args.positionalCount > 0 ? args[0] : args.keyword("source")
        let encoding = args.positionalCount > 1 ? args[1] : args.keyword("encoding")
        let errors = args.positionalCount > 2 ? args[2] : args.keyword("errors")
        return (source, encoding, errors)
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
        slots.compare = { a, b, op in compare(a, b, op) }
        slots.getitem = { b, key throws(PyException) in try getItem(b, bytes(b), key) }
        slots.iter = { b in SequenceIterator.create(b) }
        installOperators(slots)
        slots.new = { cls, args throws(PyException) in
            let value = try construct(args)
            return cls.isIdentical(type) ? value : VariableSizeLayout.instantiate(cls, copying: value)
        }
        type = BuiltinTypes.makeType("bytes", base: BuiltinTypes.object, instanceWords: 3, layout: .none, slots: slots)
        NativeFunctions.addMethod(type, "__bytes__") { b, args throws(PyException) in
            try args.expect("__bytes__", count: 0)
            return b
        }
        NativeFunctions.addMethod(type, "__getnewargs__") { b, _ in
            let t = TupleRef.allocate(1)
            t[0] = create(bytes(b))
            return t.value
        }
        BytesMethods.install(type)
    }

    /// Comparison between two bytes-like objects; anything else is NotImplemented.
    static func compare(_ a: Value, _ b: Value, _ op: CompareOp) -> Value {
        guard let x = contents(a), let y = contents(b) else { return BuiltinTypes.notImplemented }
        let n = x.count, m = y.count
        let c = x.withUnsafeBytes { p in y.withUnsafeBytes { q in memcmp(p.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, q.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, min(n, m)) } }
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

    /// b[i] (an int) or b[slice] (the same kind as b).
    static func getItem(_ b: Value, _ raw: [UInt8], _ key: Value) throws(PyException) -> Value {
        if let i = try IntOps.index(key) {
            let index = i < 0 ? i + raw.count : i
            guard index >= 0 && index < raw.count else {
                let kind = ByteArrayOps.isByteArray(b) ? "bytearray index" : "index"
                throw pyError(ExceptionTypes.named("IndexError"), "\(kind) out of range")
            }
            return IntOps.make(Int64(raw[index]))
        }
        if key.type.isIdentical(SliceObject.type) {
            let (start, _, step, n) = try SliceObject.indices(key, length: raw.count)
            var out: [UInt8] = []
            out.reserveCapacity(n)
            var j = start
            for _ in 0..<n { out.append(raw[j]); j += step }
            return make(like: b, out)
        }
        let kind = ByteArrayOps.isByteArray(b) ? "bytearray" : "byte"
        throw typeError("\(kind) indices must be integers or slices, not \(typeName(key))")
    }

    /// The count of `sequence * n`: nil (NotImplemented) when `n` is not an index and may
    /// yet define __rmul__; CPython's error for the built-in types that cannot.
    static func repeatCount(_ n: Value) throws(PyException) -> Int? {
        if n.isSmallInt { return Int(n.smallIntValue) }
        if !IntOps.isInt(n) && ClassSlots.special(n, "__index__") == nil {
            if TypeRef(n.type).flags.contains(.heapType) { return nil }
            throw typeError("can't multiply sequence by non-int of type '\(typeName(n))'")
        }
        // PyNumber_AsSsize_t(n, OverflowError), as CPython's sequence repeat.
        guard let i = IntOps.asInt64(try IntOps.numberIndex(n)) else {
            throw pyError(ExceptionTypes.named("OverflowError"), "cannot fit 'int' into an index-sized integer")
        }
        return Int(i)
    }

    /// + * % and `in`, shared by bytes and bytearray.
    static func installOperators(_ slots: TypeSlots) {
        slots.binary[BinaryOp.add.rawValue] = { a, b throws(PyException) in
            guard let x = contents(a) else { return BuiltinTypes.notImplemented }
            guard let y = contents(b) else {
                throw typeError("can't concat \(typeName(b)) to \(typeName(a))")
            }
            return make(like: a, x + y)
        }
        slots.binary[BinaryOp.mul.rawValue] = { a, b throws(PyException) in
            let (sequence, times) = contents(a) != nil ? (a, b) : (b, a)
            guard let x = contents(sequence) else { return BuiltinTypes.notImplemented }
            guard let n = try repeatCount(times) else { return BuiltinTypes.notImplemented }
            if n <= 0 || x.isEmpty { return make(like: sequence, []) }
            guard n <= (1 << 40) / x.count else { throw pyError(ExceptionTypes.named("MemoryError"), "") }
            var out: [UInt8] = []
            out.reserveCapacity(x.count * n)
            for _ in 0..<n { out += x }
            return make(like: sequence, out)
        }
        slots.binary[BinaryOp.mod.rawValue] = { a, b throws(PyException) in
            guard contents(a) != nil else { return BuiltinTypes.notImplemented }
            return try BytesPercent.format(a, b)
        }
        slots.contains = { b, item throws(PyException) in
            let hay = contents(b) ?? []
            if IntOps.isInt(item) { return hay.contains(try byteValue(item)) }
            if let needle = contents(item) { return TextAlgorithms.find(hay, needle, 0, hay.count) >= 0 }
            if ClassSlots.special(item, "__index__") != nil { return hay.contains(try byteValue(item)) }
            throw typeError("a bytes-like object is required, not '\(typeName(item))'")
        }
    }
}
