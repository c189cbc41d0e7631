// _io.BytesIO: an in-memory binary stream over a bytearray.
//
//   word 0 type   1 contents (bytearray)   2 position   3 closed

enum BytesIO {
    static var type = Value(bits: 0)
    static let contentsWord = 1, positionWord = 2, closedWord = 3

    static func checkOpen(_ b: Value) throws(PyException) {
        if b.loadValue(closedWord).isIdentical(BuiltinTypes.true) { throw IOBase.closedError() }
    }

    static func contents(_ b: Value) -> Value { b.loadValue(contentsWord) }

    static func read(_ b: Value, _ n: Int) throws(PyException) -> Value {
        try checkOpen(b)
        let data = contents(b)
        let count = ByteArrayOps.count(data)
        let start = min(b.intField(positionWord), count)
        let end = n < 0 ? count : min(count, start + n)
        b.setIntField(positionWord, max(end, b.intField(positionWord)))
        return BytesOps.create(Array(ByteArrayOps.bytes(data)[start..<end]))
    }

    static func readline(_ b: Value, _ limit: Int) throws(PyException) -> Value {
        try checkOpen(b)
        let data = ByteArrayOps.bytes(contents(b))
        let start = min(b.intField(positionWord), data.count)
        var end = data[start...].firstIndex(of: 10).map { $0 + 1 } ?? data.count
        if limit >= 0 { end = min(end, start + limit) }
        b.setIntField(positionWord, max(end, b.intField(positionWord)))
        return BytesOps.create(Array(data[start..<end]))
    }

    static func setUp() {
        if !type.isNull { return }
        let slots = TypeSlots()
        slots.new = { cls, _ in
            let b = ModuleTypes.instance(of: cls)
            b.storeValue(contentsWord, ByteArrayOps.create([]))
            b.setIntField(positionWord, 0)
            b.storeValue(closedWord, BuiltinTypes.false)
            return b
        }
        slots.initialize = { b, args throws(PyException) in
            let initial = try args.parameter(0, "initial_bytes", of: "BytesIO", names: ["initial_bytes"])
            var bytes: [UInt8] = []
            if let initial, !initial.isIdentical(.none) { bytes = try BytesOps.requireBytesLike(initial) }
            b.storeValue(contentsWord, ByteArrayOps.create(bytes))
            b.setIntField(positionWord, 0)
        }
        slots.iter = { b throws(PyException) in
            try checkOpen(b)
            return b
        }
        slots.next = { b throws(PyException) in
            let line = try readline(b, -1)
            return BytesOps.count(line) == 0 ? nil : line
        }
        type = ModuleTypes.make("BytesIO", module: "_io", words: 4, base: IOBase.bufferedIOBase, slots: slots)
        GetSet.add(type, "closed") { b in b.loadValue(closedWord) }
        func method(_ name: String, _ body: @escaping NativeBody) { NativeFunctions.addMethod(type, name, body) }
        method("getvalue") { b, _ throws(PyException) in
            try checkOpen(b)
            return BytesOps.create(ByteArrayOps.bytes(contents(b)))
        }
        method("getbuffer") { b, _ throws(PyException) in
            try checkOpen(b)
            return contents(b)
        }
        method("read") { b, args throws(PyException) in try read(b, try IOBase.size(args, of: "read")) }
        method("read1") { b, args throws(PyException) in try read(b, try IOBase.size(args, of: "read1")) }
        method("readline") { b, args throws(PyException) in try readline(b, try IOBase.size(args, of: "readline")) }
        method("readinto") { b, args throws(PyException) in
            try args.expect("readinto", count: 1)
            guard ByteArrayOps.isByteArray(args[0]) else { throw typeError("readinto() argument must be read-write bytes-like object, not \(TypeRef(args[0].type).nameString)") }
            let chunk = BytesOps.bytes(try read(b, ByteArrayOps.count(args[0])))
            var target = ByteArrayOps.bytes(args[0])
            target.replaceSubrange(0..<chunk.count, with: chunk)
            ByteArrayOps.set(args[0], target)
            return IntOps.make(Int64(chunk.count))
        }
        method("write") { b, args throws(PyException) in
            try args.expect("write", count: 1)
            try checkOpen(b)
            let data = try BytesOps.requireBytesLike(args[0])
            var bytes = ByteArrayOps.bytes(contents(b))
            let position = b.intField(positionWord)
            if position > bytes.count { bytes += [UInt8](repeating: 0, count: position - bytes.count) }
            bytes.replaceSubrange(position..<min(position + data.count, bytes.count), with: data)
            ByteArrayOps.set(contents(b), bytes)
            b.setIntField(positionWord, position + data.count)
            return IntOps.make(Int64(data.count))
        }
        method("tell") { b, _ throws(PyException) in
            try checkOpen(b)
            return IntOps.make(Int64(b.intField(positionWord)))
        }
        method("seek") { b, args throws(PyException) in
            try args.expect("seek", min: 1, max: 2)
            try checkOpen(b)
            let position = try PosixPath.int(args[0])
            let whence = args.positionalCount == 2 ? try PosixPath.int(args[1]) : 0
            switch whence {
            case 0:
                if position < 0 { throw pyError(ExceptionTypes.named("ValueError"), "negative seek value \(position)") }
                b.setIntField(positionWord, position)
            case 1: b.setIntField(positionWord, max(0, b.intField(positionWord) + position))
            case 2: b.setIntField(positionWord, max(0, ByteArrayOps.count(contents(b)) + position))
            default: throw pyError(ExceptionTypes.named("ValueError"), "invalid whence (\(whence), should be 0, 1 or 2)")
            }
            return IntOps.make(Int64(b.intField(positionWord)))
        }
        method("truncate") { b, args throws(PyException) in
            try checkOpen(b)
            var size = b.intField(positionWord)
            if args.positionalCount > 0 && !args[0].isIdentical(.none) { size = try PosixPath.int(args[0]) }
            if size < 0 { throw pyError(ExceptionTypes.named("ValueError"), "negative size value \(size)") }
            let bytes = ByteArrayOps.bytes(contents(b))
            if size < bytes.count { ByteArrayOps.set(contents(b), Array(bytes[0..<size])) }
            return IntOps.make(Int64(size))
        }
        method("close") { b, _ in
            b.storeValue(closedWord, BuiltinTypes.true)
            return .none
        }
        for name in ["readable", "writable", "seekable"] {
            method(name) { b, _ throws(PyException) in
                try checkOpen(b)
                return BuiltinTypes.true
            }
        }
        method("flush") { b, _ throws(PyException) in
            try checkOpen(b)
            return .none
        }
    }
}
