// _io.BufferedReader, BufferedWriter and BufferedRandom: one implementation over a raw
// stream, reached through the raw object's methods (so any RawIOBase works).
//
//   word 0 type   1 raw (None: detached)   2 read buffer (bytes)   3 read offset in it
//   4 write buffer (bytearray)   5 buffer size   6 kind (reader 1, writer 2, both 3)
// Unread bytes are those past the read offset; pending writes are the write buffer.

enum BufferedIO {
    static var reader = Value(bits: 0)
    static var writer = Value(bits: 0)
    static var random = Value(bits: 0)
    static let rawWord = 1, readWord = 2, offsetWord = 3, writeWord = 4, sizeWord = 5, kindWord = 6

    static func raw(_ b: Value) throws(PyException) -> Value {
        let r = b.loadValue(rawWord)
        if r.isNull || r.isIdentical(.none) { throw pyError(ExceptionTypes.named("ValueError"), "raw stream has been detached") }
        return r
    }

    static func unread(_ b: Value) -> Int {
        let buffer = b.loadValue(readWord)
        return BytesOps.count(buffer) - b.intField(offsetWord)
    }

    static func takeUnread(_ b: Value, _ n: Int) -> [UInt8] {
        let buffer = b.loadValue(readWord)
        let start = b.intField(offsetWord)
        let count = min(n, BytesOps.count(buffer) - start)
        b.setIntField(offsetWord, start + count)
        return Array(UnsafeRawBufferPointer(start: BytesOps.data(buffer) + start, count: count))
    }

    static func resetRead(_ b: Value) {
        b.storeValue(readWord, BytesOps.create([]))
        b.setIntField(offsetWord, 0)
    }

    static func checkOpen(_ b: Value) throws(PyException) {
        if try IOBase.isClosed(try raw(b)) { throw IOBase.closedError() }
    }

    /// Reads one chunk from the raw stream into the read buffer; false at end of file.
    static func fill(_ b: Value, _ want: Int) throws(PyException) -> Bool {
        let r = try Runtime.callMethod(try raw(b), "read", IntOps.make(Int64(max(want, b.intField(sizeWord)))))
        if r.isIdentical(.none) { return false }
        let chunk = try BytesOps.requireBytesLike(r)
        if chunk.isEmpty { return false }
        let rest = takeUnread(b, Int.max)
        b.storeValue(readWord, BytesOps.create(rest + chunk))
        b.setIntField(offsetWord, 0)
        return true
    }

    /// Writes the pending bytes to the raw stream.
    static func flushWrites(_ b: Value) throws(PyException) {
        let pending = b.loadValue(writeWord)
        if ByteArrayOps.count(pending) == 0 { return }
        var data = ByteArrayOps.bytes(pending)
        ByteArrayOps.set(pending, [])
        let r = try raw(b)
        while !data.isEmpty {
            let n = try Runtime.callMethod(r, "write", BytesOps.create(data))
            let count = n.isIdentical(.none) ? 0 : Int(IntOps.asInt64(n) ?? 0)
            if count <= 0 { break }
            data.removeFirst(min(count, data.count))
        }
    }

    /// Before writing or seeking: rewinds the raw stream over the bytes read ahead.
    static func dropReadAhead(_ b: Value) throws(PyException) {
        let n = unread(b)
        if n > 0 {
            _ = try Runtime.callMethod(try raw(b), "seek", IntOps.make(Int64(-n)), IntOps.make(Int64(1)))
        }
        resetRead(b)
    }

    static func read(_ b: Value, _ n: Int) throws(PyException) -> Value {
        if try IOBase.isClosed(try raw(b)) { throw IOBase.closedError("read of closed file") }
        if b.intField(kindWord) & 2 != 0 { try flushWrites(b) }
        if n < 0 {
            var data = takeUnread(b, Int.max)
            let all = try Runtime.callMethod(try raw(b), "readall")
            if all.isIdentical(.none) { return data.isEmpty ? .none : BytesOps.create(data) }
            data += try BytesOps.requireBytesLike(all)
            return BytesOps.create(data)
        }
        while unread(b) < n {
            if !(try fill(b, n - unread(b))) { break }
        }
        return BytesOps.create(takeUnread(b, n))
    }

    static func readline(_ b: Value, _ limit: Int) throws(PyException) -> [UInt8] {
        try checkOpen(b)
        if b.intField(kindWord) & 2 != 0 { try flushWrites(b) }
        var scanned = 0
        while true {
            let buffer = b.loadValue(readWord)
            let start = b.intField(offsetWord)
            let count = BytesOps.count(buffer) - start
            let p = BytesOps.data(buffer) + start
            var i = scanned
            while i < count {
                if limit >= 0 && i >= limit { return takeUnread(b, limit) }
                if p.load(fromByteOffset: i, as: UInt8.self) == UInt8(ascii: "\n") { return takeUnread(b, i + 1) }
                i += 1
            }
            scanned = count
            if limit >= 0 && count >= limit { return takeUnread(b, limit) }
            if !(try fill(b, 0)) { return takeUnread(b, limit >= 0 ? limit : Int.max) }
        }
    }

    static func setUp() {
        if !reader.isNull { return }
        func make(_ name: String, kind: Int) -> Value {
            let slots = TypeSlots()
            slots.new = { cls, _ in
                let b = ModuleTypes.instance(of: cls)
                b.storeValue(rawWord, .none)
                resetRead(b)
                b.storeValue(writeWord, ByteArrayOps.create([]))
                b.setIntField(sizeWord, IOBase.defaultBufferSize)
                b.setIntField(kindWord, kind)
                return b
            }
            slots.initialize = { b, args throws(PyException) in
                let names = ["raw", "buffer_size"]
                let r = try args.required(0, "raw", of: name, names: names)
                var size = IOBase.defaultBufferSize
                if let s = try args.parameter(1, "buffer_size", of: name, names: names) {
                    size = try PosixPath.int(s)
                    if size <= 0 { throw pyError(ExceptionTypes.named("ValueError"), "buffer size must be strictly positive") }
                }
                b.storeValue(rawWord, r)
                b.setIntField(sizeWord, size)
            }
            slots.repr = { b throws(PyException) in
                let typeName = TypeRef(b.type).nameString
                if let n = try? Runtime.getAttribute(b, Interned.intern("name")) {
                    return StrRef.create("<\(typeName) name=\(try Runtime.reprString(n))>").value
                }
                return StrRef.create("<\(typeName)>").value
            }
            slots.next = { b throws(PyException) in
                let line = try readline(b, -1)
                return line.isEmpty ? nil : BytesOps.create(line)
            }
            slots.iter = { b throws(PyException) in
                try checkOpen(b)
                return b
            }
            return ModuleTypes.make(name, module: "_io", words: 7, base: IOBase.bufferedIOBase, slots: slots)
        }
        reader = make("BufferedReader", kind: 1)
        writer = make("BufferedWriter", kind: 2)
        random = make("BufferedRandom", kind: 3)
        for t in [reader, writer, random] { addCommon(t) }
        for t in [reader, random] { addReading(t) }
        for t in [writer, random] { addWriting(t) }
    }

    static func addCommon(_ t: Value) {
        func method(_ name: String, _ body: @escaping NativeBody) { NativeFunctions.addMethod(t, name, body) }
        GetSet.add(t, "raw") { b in b.loadValue(rawWord) }
        GetSet.add(t, "closed") { b throws(PyException) in try Runtime.getAttribute(try raw(b), Interned.intern("closed")) }
        GetSet.add(t, "name") { b throws(PyException) in try Runtime.getAttribute(try raw(b), Interned.intern("name")) }
        GetSet.add(t, "mode") { b throws(PyException) in try Runtime.getAttribute(try raw(b), Interned.intern("mode")) }
        for name in ["fileno", "isatty", "readable", "writable", "seekable"] {
            method(name) { b, _ throws(PyException) in
                // A writer has no readable() of its own (nor a reader writable()): IOBase's
                // answers False without looking at the raw file, closed or not.
                let kind = b.intField(kindWord)
                if (name == "readable" && kind & 1 == 0) || (name == "writable" && kind & 2 == 0) { return BuiltinTypes.false }
                return try Runtime.callMethod(try raw(b), name)
            }
        }
        method("flush") { b, _ throws(PyException) in
            if b.intField(kindWord) & 2 != 0 {
                if try IOBase.isClosed(try raw(b)) { throw IOBase.closedError("flush of closed file") }
                try flushWrites(b)
            }
            return .none
        }
        method("close") { b, _ throws(PyException) in
            let r = try raw(b)
            if try IOBase.isClosed(r) { return .none }
            var failure: PyException? = nil
            do throws(PyException) { try flushWrites(b) } catch { failure = error }
            _ = try Runtime.callMethod(r, "close")
            if let failure { throw failure }
            return .none
        }
        method("detach") { b, _ throws(PyException) in
            let r = try raw(b)
            try flushWrites(b)
            b.storeValue(rawWord, .none)
            return r
        }
        method("tell") { b, _ throws(PyException) in
            let position = try Runtime.callMethod(try raw(b), "tell")
            let base = Int(IntOps.asInt64(position) ?? 0)
            let r = base - unread(b) + ByteArrayOps.count(b.loadValue(writeWord))
            return IntOps.make(Int64(max(r, 0)))
        }
        method("seek") { b, args throws(PyException) in
            try args.expect("seek", min: 1, max: 2)
            try checkOpen(b)
            if FloatOps.isFloat(args[0]) { throw typeError("an integer is required") }
            var target = try PosixPath.int(args[0])
            let whence = args.positionalCount == 2 ? try PosixPath.int(args[1]) : 0
            if whence < 0 || whence > 2 { throw pyError(ExceptionTypes.named("ValueError"), "whence value \(whence) unsupported") }
            try flushWrites(b)
            if whence == 1 { target -= unread(b) }
            resetRead(b)
            return try Runtime.callMethod(try raw(b), "seek", IntOps.make(Int64(target)), IntOps.make(Int64(whence)))
        }
        method("truncate") { b, args throws(PyException) in
            try args.expect("truncate", min: 0, max: 1)
            try checkOpen(b)
            try flushWrites(b)
            try dropReadAhead(b)
            let r = try raw(b)
            if args.positionalCount == 1 && !args[0].isIdentical(.none) { return try Runtime.callMethod(r, "truncate", args[0]) }
            return try Runtime.callMethod(r, "truncate", try Runtime.callMethod(r, "tell"))
        }
    }

    static func addReading(_ t: Value) {
        func method(_ name: String, _ body: @escaping NativeBody) { NativeFunctions.addMethod(t, name, body) }
        method("read") { b, args throws(PyException) in
            let n = try IOBase.size(args, of: "read")
            if n < -1 { throw pyError(ExceptionTypes.named("ValueError"), "read length must be non-negative or -1") }
            return try read(b, n)
        }
        method("read1") { b, args throws(PyException) in
            var n = try IOBase.size(args, of: "read1")
            try checkOpen(b)
            if n < 0 { n = b.intField(sizeWord) }
            if n == 0 { return BytesOps.create([]) }
            if unread(b) == 0 { _ = try fill(b, n) }
            return BytesOps.create(takeUnread(b, n))
        }
        method("peek") { b, args throws(PyException) in
            try checkOpen(b)
            if unread(b) == 0 { _ = try fill(b, 0) }
            let buffer = b.loadValue(readWord)
            let start = b.intField(offsetWord)
            return BytesOps.create(Array(UnsafeRawBufferPointer(start: BytesOps.data(buffer) + start, count: BytesOps.count(buffer) - start)))
        }
        method("readline") { b, args throws(PyException) in
            BytesOps.create(try readline(b, try IOBase.size(args, of: "readline")))
        }
    }

    static func addWriting(_ t: Value) {
        NativeFunctions.addMethod(t, "write") { b, args throws(PyException) in
            try args.expect("write", count: 1)
            let data = try BytesOps.requireBytesLike(args[0])
            if try IOBase.isClosed(try raw(b)) { throw IOBase.closedError("write to closed file") }
            if unread(b) > 0 { try dropReadAhead(b) }
            let pending = b.loadValue(writeWord)
            ByteArrayOps.set(pending, ByteArrayOps.bytes(pending) + data)
            if ByteArrayOps.count(pending) >= b.intField(sizeWord) { try flushWrites(b) }
            return IntOps.make(Int64(data.count))
        }
    }
}
