// _io._IOBase and its three abstract children (_RawIOBase, _BufferedIOBase, _TextIOBase):
// the generic methods io.py's ABCs inherit, written over the object's own methods (read,
// readline, seek, …) so they serve Python subclasses too. A Python subclass's closed state
// is its `__IOBase_closed` attribute, as in CPython; the native classes override `closed`.
// All four have no fields, so `class RawIOBase(_io._RawIOBase, IOBase)` lays out.

enum IOBase {
    static var ioBase = Value(bits: 0)
    static var rawIOBase = Value(bits: 0)
    static var bufferedIOBase = Value(bits: 0)
    static var textIOBase = Value(bits: 0)
    static var unsupportedOperation = Value(bits: 0)

    static let defaultBufferSize = 8192

    static func closedError(_ message: String = "I/O operation on closed file.") -> PyException {
        pyError(ExceptionTypes.named("ValueError"), message)
    }

    static func unsupported(_ message: String) -> PyException {
        PyException(ExceptionObject.create(type: unsupportedOperation, message: message))
    }

    static func isClosed(_ o: Value) throws(PyException) -> Bool {
        try Runtime.isTrue(try Runtime.getAttribute(o, Interned.intern("closed")))
    }

    static func checkClosed(_ o: Value) throws(PyException) {
        if try isClosed(o) { throw closedError() }
    }

    /// A size argument: an int (negative: everything) or None.
    static func size(_ args: Arguments, _ i: Int = 0, name: String = "size", of function: String) throws(PyException) -> Int {
        guard let v = try args.parameter(i, name, of: function, names: [name]), !v.isIdentical(.none) else { return -1 }
        guard let n = try IntOps.index(v), !FloatOps.isFloat(v) else {
            throw typeError("argument should be integer or None, not '\(TypeRef(v.type).nameString)'")
        }
        return n
    }

    /// A size that must be an int (no None): TextIOWrapper.readline's, a plain Py_ssize_t.
    static func strictSize(_ args: Arguments, of function: String) throws(PyException) -> Int {
        guard let v = try args.parameter(0, "size", of: function, names: ["size"]) else { return -1 }
        guard let n = try IntOps.index(v) else {
            throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
        }
        return n
    }

    static func abstractType(_ name: String, base: Value) -> Value {
        let slots = TypeSlots()
        slots.new = { cls, _ in ModuleTypes.instance(of: cls) }
        return ModuleTypes.make(name, module: "_io", words: 1, base: base, slots: slots)
    }

    static func setUp() {
        if !ioBase.isNull { return }
        ioBase = abstractType("_IOBase", base: BuiltinTypes.object)
        let slots = TypeRef(ioBase).slots
        slots.iter = { o throws(PyException) in
            try checkClosed(o)
            return o
        }
        slots.next = { o throws(PyException) in
            let line = try Runtime.callMethod(o, "readline")
            return try Runtime.isTrue(line) ? line : nil
        }
        func method(_ name: String, _ body: @escaping NativeBody) { NativeFunctions.addMethod(ioBase, name, body) }
        for name in ["seek", "truncate", "fileno"] {
            method(name) { _, _ throws(PyException) in throw unsupported(name) }
        }
        method("tell") { o, _ throws(PyException) in
            try Runtime.callMethod(o, "seek", IntOps.make(Int64(0)), IntOps.make(Int64(1)))
        }
        method("flush") { o, _ throws(PyException) in
            try checkClosed(o)
            return .none
        }
        method("close") { o, _ throws(PyException) in
            if try isClosed(o) { return .none }
            defer { try? Runtime.setAttribute(o, Interned.intern("__IOBase_closed"), BuiltinTypes.true) }
            _ = try Runtime.callMethod(o, "flush")
            return .none
        }
        GetSet.add(ioBase, "closed") { o throws(PyException) in
            try Runtime.lookupAttribute(o, Interned.intern("__IOBase_closed")) ?? BuiltinTypes.false
        }
        for name in ["readable", "writable", "seekable"] {
            method(name) { _, _ in BuiltinTypes.false }
        }
        method("isatty") { o, _ throws(PyException) in
            try checkClosed(o)
            return BuiltinTypes.false
        }
        method("__enter__") { o, _ throws(PyException) in
            try checkClosed(o)
            return o
        }
        method("__exit__") { o, _ throws(PyException) in
            _ = try Runtime.callMethod(o, "close")
            return .none
        }
        method("_checkClosed") { o, _ throws(PyException) in
            try checkClosed(o)
            return .none
        }
        for (check, what) in [("_checkReadable", "readable"), ("_checkWritable", "writable"), ("_checkSeekable", "seekable")] {
            method(check) { o, _ throws(PyException) in
                if !(try Runtime.isTrue(try Runtime.callMethod(o, what))) {
                    throw unsupported(what == "seekable" ? "File or stream is not seekable." : "File or stream is not \(what).")
                }
                return .none
            }
        }
        method("readline") { o, args throws(PyException) in
            let limit = try size(args, of: "readline")
            return BytesOps.create(try genericReadline(o, limit))
        }
        method("readlines") { o, args throws(PyException) in try readlines(o, args) }
        method("writelines") { o, args throws(PyException) in
            try args.expect("writelines", count: 1)
            try checkClosed(o)
            let it = try Runtime.iterate(args[0])
            while let line = try Runtime.next(it) { _ = try Runtime.callMethod(o, "write", line) }
            return .none
        }

        rawIOBase = abstractType("_RawIOBase", base: ioBase)
        NativeFunctions.addMethod(rawIOBase, "read") { o, args throws(PyException) in
            let n = try size(args, of: "read")
            if n < 0 { return try Runtime.callMethod(o, "readall") }
            let b = ByteArrayOps.create([UInt8](repeating: 0, count: n))
            let got = try Runtime.callMethod(o, "readinto", b)
            if got.isIdentical(.none) { return .none }
            let count = Int(IntOps.asInt64(got) ?? 0)
            return BytesOps.create(Array(ByteArrayOps.bytes(b).prefix(count)))
        }
        NativeFunctions.addMethod(rawIOBase, "readall") { o, _ throws(PyException) in
            var data: [UInt8] = []
            while true {
                let chunk = try Runtime.callMethod(o, "read", IntOps.make(Int64(defaultBufferSize)))
                if chunk.isIdentical(.none) { return data.isEmpty ? .none : BytesOps.create(data) }
                let bytes = try BytesOps.requireBytesLike(chunk)
                if bytes.isEmpty { break }
                data += bytes
            }
            return BytesOps.create(data)
        }
        for name in ["readinto", "write"] {
            NativeFunctions.addMethod(rawIOBase, name) { _, _ throws(PyException) in throw pyError(ExceptionTypes.named("NotImplementedError"), "") }
        }

        bufferedIOBase = abstractType("_BufferedIOBase", base: ioBase)
        for name in ["read", "read1", "write", "detach"] {
            NativeFunctions.addMethod(bufferedIOBase, name) { _, _ throws(PyException) in throw unsupported(name) }
        }
        for name in ["readinto", "readinto1"] {
            NativeFunctions.addMethod(bufferedIOBase, name) { o, args throws(PyException) in
                try args.expect(name, count: 1)
                let count = ByteArrayOps.isByteArray(args[0]) ? ByteArrayOps.count(args[0]) : 0
                let data = try Runtime.callMethod(o, name == "readinto" ? "read" : "read1", IntOps.make(Int64(count)))
                let bytes = try BytesOps.requireBytesLike(data)
                var target = ByteArrayOps.bytes(args[0])
                target.replaceSubrange(0..<bytes.count, with: bytes)
                ByteArrayOps.set(args[0], target)
                return IntOps.make(Int64(bytes.count))
            }
        }

        textIOBase = abstractType("_TextIOBase", base: ioBase)
        for name in ["read", "readline", "write", "detach"] {
            NativeFunctions.addMethod(textIOBase, name) { _, _ throws(PyException) in throw unsupported(name) }
        }
        for name in ["encoding", "newlines", "errors"] {
            GetSet.add(textIOBase, name) { _ in .none }
        }

        let bases = TupleRef.create(ExceptionTypes.named("OSError"), ExceptionTypes.named("ValueError"))
        let namespace = DictRef.create()
        namespace.setStr(Interned.intern("__module__"), Interned.intern("io"))
        unsupportedOperation = (try? Runtime.call(BuiltinTypes.type, Interned.intern("UnsupportedOperation"),
                                                  bases.value, namespace.value)) ?? ExceptionTypes.named("OSError")
        BuiltinTypes.registry.append(unsupportedOperation)
    }

    /// IOBase.readline over peek/read(1): bytes up to and including b"\n", at most `limit`.
    static func genericReadline(_ o: Value, _ limit: Int) throws(PyException) -> [UInt8] {
        var line: [UInt8] = []
        while limit < 0 || line.count < limit {
            let b = try Runtime.callMethod(o, "read", IntOps.make(Int64(1)))
            if b.isIdentical(.none) { break }
            let bytes = try BytesOps.requireBytesLike(b)
            if bytes.isEmpty { break }
            line += bytes
            if bytes.last == UInt8(ascii: "\n") { break }
        }
        return line
    }

    /// readlines(hint=-1): lines until their total length reaches hint.
    static func readlines(_ o: Value, _ args: Arguments) throws(PyException) -> Value {
        let hint = try size(args, name: "hint", of: "readlines")
        let result = ListRef.create()
        var total = 0
        let it = try Runtime.iterate(o)
        while let line = try Runtime.next(it) {
            result.append(line)
            total += try Builtins.length(line)
            if hint > 0 && total > hint { break }
        }
        return result.value
    }
}
