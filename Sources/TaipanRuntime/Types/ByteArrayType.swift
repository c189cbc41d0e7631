// bytearray: a mutable bytes. The read-only methods are bytes's (BytesMethods.swift);
// here are the representation, the constructor, item and slice assignment, and the
// list-like mutators.
//
//   bytearray  word 0 type   1 count   2 storage: a bytes object used as a raw buffer
//              (its length is the capacity; bytes past `count` are garbage)
//              3 buffer exports (raw: live memoryviews; the size is fixed while nonzero)

import TaipanSyntax

public enum ByteArrayOps {
    public static var type = Value(bits: 0)
    static let countWord = 1
    static let storageWord = 2
    static let exportsWord = 3

    static func isByteArray(_ v: Value) -> Bool {
        v.isPointer && !type.isNull && TypeRef(v.type).isSubtype(of: type)
    }

    static func create(_ bytes: [UInt8]) -> Value {
        let a = allocateObject(words: 4, type: type)
        set(a, bytes)
        return a
    }

    @inline(__always) static func count(_ a: Value) -> Int { a.loadRaw(countWord) }

    static func bytes(_ a: Value) -> [UInt8] {
        let storage = a.loadValue(storageWord)
        if storage.isNull { return [] }
        return Array(UnsafeRawBufferPointer(start: BytesOps.data(storage), count: count(a)))
    }

    /// Replaces the contents as a Python-visible mutation: a change of size is refused
    /// while the buffer is exported.
    static func resize(_ a: Value, _ bytes: [UInt8]) throws(PyException) {
        if bytes.count != count(a) { try BufferExport.checkResizable(a) }
        set(a, bytes)
    }

    /// Replaces the contents (the buffer is reallocated when it must grow).
    static func set(_ a: Value, _ bytes: [UInt8]) {
        var storage = a.loadValue(storageWord)
        if storage.isNull || BytesOps.count(storage) < bytes.count {
            storage = BytesOps.create([UInt8](repeating: 0, count: bytes.count + bytes.count / 2 + 8))
            a.storeValue(storageWord, storage)
        }
        if !bytes.isEmpty { BytesOps.data(storage).copyMemory(from: bytes, byteCount: bytes.count) }
        a.storeRaw(countWord, bytes.count)
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.len = { a in count(a) }
        slots.repr = { a in
            let name = TypeRef(a.type).nameString
            return StrRef.create("\(name)(\(pythonBytesRepr(bytes(a), escapingSingleQuote: true)))").value
        }
        slots.compare = { a, b, op in BytesOps.compare(a, b, op) }
        slots.getitem = { a, key throws(PyException) in try BytesOps.getItem(a, bytes(a), key) }
        slots.setitem = { a, key, v throws(PyException) in try setItem(a, key, v) }
        slots.iter = { a in SequenceIterator.create(a) }
        BytesOps.installOperators(slots)
        slots.inplace[BinaryOp.add.rawValue] = { a, b throws(PyException) in
            guard let y = BytesOps.contents(b) else {
                throw typeError("can't concat \(BytesOps.typeName(b)) to \(BytesOps.typeName(a))")
            }
            try resize(a, bytes(a) + y)
            return a
        }
        slots.inplace[BinaryOp.mul.rawValue] = { a, b throws(PyException) in
            guard !FloatOps.isFloat(b), let n = try IntOps.index(b, clamp: true) else { return BuiltinTypes.notImplemented }
            let x = bytes(a)
            guard n <= 0 || x.isEmpty || n <= (1 << 40) / x.count else { throw pyError(ExceptionTypes.named("MemoryError"), "") }
            var out: [UInt8] = []
            for _ in 0..<max(n, 0) { out += x }
            try resize(a, out)
            return a
        }
        slots.new = { cls, _ in
            let a = allocateObject(words: max(TypeRef(cls).instanceWords, 4), type: cls)
            Instances.setRootMap(a, cls)
            return a
        }
        slots.initialize = { a, args throws(PyException) in
            let (source, encoding, errors) = try BytesOps.constructorArguments(args, "bytearray")
            guard let source else {
                if encoding != nil { throw typeError("encoding without a string argument") }
                if errors != nil { throw typeError("errors without a string argument") }
                try resize(a, [])
                return
            }
            try resize(a, try BytesOps.fromSource(source, encoding: encoding, errors: errors, what: "bytearray"))
        }
        type = BuiltinTypes.makeType("bytearray", base: BuiltinTypes.object, instanceWords: 4,
                                     layout: .fixed(first: 2, count: 1), slots: slots)
        installMutators()
        BytesMethods.install(type)
    }

    /// a[i] = v, a[slice] = iterable, and their deletion (v null).
    static func setItem(_ a: Value, _ key: Value, _ v: Value) throws(PyException) {
        var raw = bytes(a)
        if key.type.isIdentical(SliceObject.type) {
            let (start, stop, step, n) = try SliceObject.indices(key, length: raw.count)
            var new: [UInt8] = []
            if !v.isNull {
                if IntOps.isInt(v) || StrOps.isStr(v) || (v.isPointer && TypeRef(v.type).slots.iter == nil && BytesOps.contents(v) == nil) {
                    throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
                }
                if let b = BytesOps.contents(v) {
                    new = b
                } else {
                    new = try BytesOps.fromSource(v, encoding: nil, errors: nil, what: "bytearray")
                }
            }
            if step == 1 {
                let end = max(stop, start)
                raw.replaceSubrange(start..<end, with: new)
            } else if v.isNull {
                var drop = Set<Int>()
                var j = start
                for _ in 0..<n { drop.insert(j); j += step }
                raw = raw.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
            } else {
                guard new.count == n else {
                    throw pyError(ExceptionTypes.named("ValueError"),
                                  "attempt to assign bytes of size \(new.count) to extended slice of size \(n)")
                }
                var j = start
                for k in 0..<n { raw[j] = new[k]; j += step }
            }
            try resize(a, raw)
            return
        }
        guard let i = try SequenceTypes.itemIndex(key, count: raw.count, what: "bytearray") else {
            throw typeError("bytearray indices must be integers or slices, not \(BytesOps.typeName(key))")
        }
        if v.isNull {
            raw.remove(at: i)
        } else {
            raw[i] = try BytesOps.byteValue(v)
        }
        try resize(a, raw)
    }
}
