// _struct: pack/unpack/calcsize/pack_into/unpack_from/iter_unpack, the Struct type and
// struct.error, with CPython 3.11's messages.
//
//   Struct           word 0 type   1 format (str)   2 size (inline int)
//   unpack_iterator  word 0 type   1 Struct   2 buffer (bytes)   3 offset (inline int)

enum StructModule {
    static var error = Value(bits: 0)
    static var structType = Value(bits: 0)
    static var iteratorType = Value(bits: 0)

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_struct")
        setUp()
        let d = DictRef(ModuleObject.dict(m))
        d.setStr(Interned.intern("error"), error)
        d.setStr(Interned.intern("Struct"), structType)
        d.setStr(Interned.intern("__doc__"), StrRef.create("Functions to convert between Python values and C structs.").value)
        ModuleTypes.export([], to: m)
        ModuleTypes.function(m, "calcsize") { _, args throws(PyException) in
            try args.expect("calcsize", count: 1)
            return Value(smallInt: Int64(try format(args[0]).size))
        }
        ModuleTypes.function(m, "pack") { _, args throws(PyException) in
            try args.expect("pack", min: 1, max: Int.max)
            let f = try format(args[0])
            return try pack(f, Arguments(args.values + 1, positional: args.positionalCount - 1), "pack")
        }
        ModuleTypes.function(m, "unpack") { _, args throws(PyException) in
            try args.expect("unpack", count: 2)
            return try unpack(try format(args[0]), args[1])
        }
        ModuleTypes.function(m, "unpack_from") { _, args throws(PyException) in
            try args.expect("unpack_from", min: 1, max: 3, keywords: ["buffer", "offset"])
            let f = try format(args[0])
            return try unpackFrom(f, Arguments(args.values + 1, positional: args.positionalCount - 1, keywordNames: args.keywordNames))
        }
        ModuleTypes.function(m, "pack_into") { _, args throws(PyException) in
            try args.expect("pack_into", min: 1, max: Int.max)
            let f = try format(args[0])
            return try packInto(f, Arguments(args.values + 1, positional: args.positionalCount - 1))
        }
        ModuleTypes.function(m, "iter_unpack") { _, args throws(PyException) in
            try args.expect("iter_unpack", count: 2)
            return try iterUnpack(try makeStruct(structType, args[0]), args[1])
        }
        ModuleTypes.function(m, "_clearcache") { _, _ in
            StructFormat.cache.removeAll()
            return .none
        }
        return m
    }

    static func fail(_ message: String) -> PyException { pyError(error, message) }

    /// The format text of a str or bytes argument.
    static func formatText(_ v: Value) throws(PyException) -> String {
        if StrOps.isStr(v) { return StrRef(v).string }
        if BytesOps.isBytes(v) { return String(decoding: BytesOps.bytes(v), as: UTF8.self) }
        throw typeError("Struct() argument 1 must be a str or bytes object, not \(TypeRef(v.type).nameString)")
    }

    /// The compiled format of a format string or a Struct.
    static func format(_ v: Value) throws(PyException) -> StructFormat {
        if v.isPointer && TypeRef(v.type).isSubtype(of: structType) {
            return try StructFormat.compile(StrRef(v.loadValue(1)).string)
        }
        return try StructFormat.compile(try formatText(v))
    }

    static func pack(_ f: StructFormat, _ args: Arguments, _ name: String) throws(PyException) -> Value {
        if args.positionalCount != f.valueCount {
            throw fail("\(name) expected \(f.valueCount) items for packing (got \(args.positionalCount))")
        }
        let b = BytesOps.create([UInt8](repeating: 0, count: f.size))
        try f.pack(args.values, into: BytesOps.data(b))
        return b
    }

    static func unpack(_ f: StructFormat, _ buffer: Value) throws(PyException) -> Value {
        let raw = try BytesOps.requireBytesLike(buffer)
        if raw.count != f.size { throw fail("unpack requires a buffer of \(f.size) bytes") }
        return raw.withUnsafeBytes { f.unpack($0.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!) }
    }

    static func unpackFrom(_ f: StructFormat, _ args: Arguments) throws(PyException) -> Value {
        let names = ["buffer", "offset"]
        let buffer = try args.required(0, "buffer", of: "unpack_from", names: names)
        var offset = 0
        if let o = try args.parameter(1, "offset", of: "unpack_from", names: names) {
            guard let i = try IntOps.index(o) else {
                throw typeError("'\(TypeRef(o.type).nameString)' object cannot be interpreted as an integer")
            }
            offset = i
        }
        let raw = try BytesOps.requireBytesLike(buffer)
        if offset < 0 {
            if offset + f.size > 0 { throw fail("not enough data to unpack \(f.size) bytes at offset \(offset)") }
            if offset + raw.count < 0 { throw fail("offset \(offset) out of range for \(raw.count)-byte buffer") }
            offset += raw.count
        }
        if raw.count - offset < f.size {
            throw fail("unpack_from requires a buffer of at least \(f.size + offset) bytes for unpacking \(f.size) bytes at offset \(offset) (actual buffer size is \(raw.count))")
        }
        return raw.withUnsafeBytes { f.unpack($0.baseAddress! + offset) }
    }

    static func packInto(_ f: StructFormat, _ args: Arguments) throws(PyException) -> Value {
        if args.positionalCount < 1 { throw fail("pack_into expected buffer argument") }
        if args.positionalCount < 2 { throw fail("pack_into expected offset argument") }
        if args.positionalCount - 2 != f.valueCount {
            throw fail("pack_into expected \(f.valueCount) items for packing (got \(args.positionalCount - 2))")
        }
        let buffer = args[0]
        let target: UnsafeMutableRawPointer, length: Int
        if ByteArrayOps.isByteArray(buffer) {
            let storage = buffer.loadValue(ByteArrayOps.storageWord)
            target = storage.isNull ? UnsafeMutableRawPointer(bitPattern: 8)! : BytesOps.data(storage)
            length = ByteArrayOps.count(buffer)
        } else if ArrayType.isArray(buffer) {
            let a = ArrayRef(buffer)
            (target, length) = (a.data, a.byteCount)
        } else {
            throw typeError("argument must be read-write bytes-like object, not \(TypeRef(buffer.type).nameString)")
        }
        guard var offset = try IntOps.index(args[1]) else {
            throw typeError("'\(TypeRef(args[1].type).nameString)' object cannot be interpreted as an integer")
        }
        if offset < 0 {
            if offset + f.size > 0 { throw fail("no space to pack \(f.size) bytes at offset \(offset)") }
            if offset + length < 0 { throw fail("offset \(offset) out of range for \(length)-byte buffer") }
            offset += length
        }
        if length - offset < f.size {
            throw fail("pack_into requires a buffer of at least \(f.size + offset) bytes for packing \(f.size) bytes at offset \(offset) (actual buffer size is \(length))")
        }
        // Pack into a scratch buffer first, so that a failed item leaves the target as it was.
        let packed = try pack(f, Arguments(args.values + 2, positional: f.valueCount), "pack_into")
        (target + offset).copyMemory(from: BytesOps.data(packed), byteCount: f.size)
        return .none
    }

    static func iterUnpack(_ s: Value, _ buffer: Value) throws(PyException) -> Value {
        let f = try format(s)
        let raw = try BytesOps.requireBytesLike(buffer)
        if f.size == 0 { throw fail("cannot iteratively unpack with a struct of length 0") }
        if raw.count % f.size != 0 {
            throw fail("iterative unpacking requires a buffer of a multiple of \(f.size) bytes")
        }
        let it = ModuleTypes.instance(of: iteratorType)
        it.storeValue(1, s)
        it.storeValue(2, BytesOps.create(raw))
        it.setIntField(3, 0)
        return it
    }

    static func makeStruct(_ cls: Value, _ text: Value) throws(PyException) -> Value {
        let source = try formatText(text)
        let f = try StructFormat.compile(source)
        let s = ModuleTypes.instance(of: cls)
        s.storeValue(1, StrRef.create(source).value)
        s.setIntField(2, f.size)
        return s
    }

    static func setUp() {
        if !structType.isNull { return }
        error = ModuleTypes.exceptionClass("error", module: "struct", base: BuiltinTypes.exception)
        let slots = TypeSlots()
        slots.new = { cls, args throws(PyException) in
            try args.expect("Struct", min: 1, max: 1, keywords: ["format"])
            return try makeStruct(cls, args.positionalCount == 1 ? args[0] : args.keyword("format")!)
        }
        structType = ModuleTypes.make("Struct", module: "_struct", words: 3, slots: slots)
        let t = structType
        NativeFunctions.addMethod(t, "pack") { s, args throws(PyException) in try pack(try format(s), args, "pack") }
        NativeFunctions.addMethod(t, "unpack") { s, args throws(PyException) in
            try args.expect("unpack", count: 1)
            return try unpack(try format(s), args[0])
        }
        NativeFunctions.addMethod(t, "unpack_from") { s, args throws(PyException) in try unpackFrom(try format(s), args) }
        NativeFunctions.addMethod(t, "pack_into") { s, args throws(PyException) in try packInto(try format(s), args) }
        NativeFunctions.addMethod(t, "iter_unpack") { s, args throws(PyException) in
            try args.expect("iter_unpack", count: 1)
            return try iterUnpack(s, args[0])
        }
        GetSet.add(t, "format", get: { s in s.loadValue(1) })
        GetSet.add(t, "size", get: { s in s.loadValue(2) })
        iteratorType = ModuleTypes.iterator("unpack_iterator", module: "_struct", words: 4, flags: [], new: nil) { it throws(PyException) in
            let buffer = it.loadValue(2)
            let f = try format(it.loadValue(1))
            let offset = it.intField(3)
            if offset + f.size > BytesOps.count(buffer) { return nil }
            it.setIntField(3, offset + f.size)
            return f.unpack(BytesOps.data(buffer) + offset)
        }
        NativeFunctions.addMethod(iteratorType, "__length_hint__") { it, _ throws(PyException) in
            let f = try format(it.loadValue(1))
            return Value(smallInt: Int64((BytesOps.count(it.loadValue(2)) - it.intField(3)) / f.size))
        }
    }
}
