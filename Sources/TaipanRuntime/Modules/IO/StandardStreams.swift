// sys.stdin, sys.stdout and sys.stderr: text streams over C stdio (stdout buffered, stderr
// not), so print(), sys.stdout.write() and the `buffer` of bytes under them interleave
// correctly. Encoding utf-8, with the error handlers CPython picks under a UTF-8 locale:
// surrogateescape for stdin and stdout (a lone U+DCxx is the raw byte xx), backslashreplace
// for stderr.
//
//   TextIOWrapper                       word 0 type   1 file descriptor (raw)   2 buffer
//   BufferedWriter / BufferedReader     word 0 type   1 file descriptor (raw)

#if canImport(Glibc)
import Glibc
#endif

enum TextStream {
    static var type = Value(bits: 0)
    static var writerType = Value(bits: 0)
    static var readerType = Value(bits: 0)
    static let bufferWord = 2

    static func setUp() {
        let slots = TypeSlots()
        slots.iter = { s in s }
        slots.next = { s throws(PyException) in
            let line = try readLine(fd(s), limit: -1)
            return line.isEmpty ? nil : decoded(line, fd(s))
        }
        slots.repr = { s in
            let name = ["<stdin>", "<stdout>", "<stderr>"][fd(s)]
            return StrRef.create("<_io.TextIOWrapper name='\(name)' mode='\(fd(s) == 0 ? "r" : "w")' encoding='utf-8'>").value
        }
        type = BuiltinTypes.makeType("TextIOWrapper", base: BuiltinTypes.object, instanceWords: 3,
                                     layout: .fixed(first: 2, count: 1), slots: slots)
        type.storeValue(TypeWords.module, Interned.intern("_io"))
        NativeFunctions.addMethod(type, "write") { s, args throws(PyException) in
            try args.expect("write", count: 1)
            return IntOps.make(Int64(try write(args[0], fd: fd(s))))
        }
        NativeFunctions.addMethod(type, "writelines") { s, args throws(PyException) in
            try args.expect("writelines", count: 1)
            let iterator = try Runtime.iterate(args[0])
            while let line = try Runtime.next(iterator) { _ = try write(line, fd: fd(s)) }
            return .none
        }
        NativeFunctions.addMethod(type, "read") { s, args throws(PyException) in
            try args.expect("read", min: 0, max: 1)
            return decoded(try readBytes(fd(s), limit: try sizeArgument(args)), fd(s))
        }
        NativeFunctions.addMethod(type, "readline") { s, args throws(PyException) in
            try args.expect("readline", min: 0, max: 1)
            return decoded(try readLine(fd(s), limit: try sizeArgument(args)), fd(s))
        }
        NativeFunctions.addMethod(type, "readlines") { s, args throws(PyException) in
            try args.expect("readlines", min: 0, max: 1)
            let lines = ListRef.create()
            while true {
                let line = try readLine(fd(s), limit: -1)
                if line.isEmpty { break }
                lines.append(decoded(line, fd(s)))
            }
            return lines.value
        }
        addCommon(type)
        GetSet.add(type, "encoding", get: { _ in Interned.intern("utf-8") })
        GetSet.add(type, "errors", get: { s in Interned.intern(errors(fd(s))) })
        GetSet.add(type, "name", get: { s in Interned.intern(["<stdin>", "<stdout>", "<stderr>"][fd(s)]) })
        GetSet.add(type, "mode", get: { s in Interned.intern(fd(s) == 0 ? "r" : "w") })
        GetSet.add(type, "buffer", get: { s in s.loadValue(bufferWord) })
        GetSet.add(type, "newlines", get: { _ in .none })
        // stderr is line-buffered since 3.9; stdin and stdout when they are terminals.
        GetSet.add(type, "line_buffering", get: { s in .bool(fd(s) == 2 || isatty(Int32(fd(s))) != 0) })

        writerType = bufferType("BufferedWriter")
        NativeFunctions.addMethod(writerType, "write") { s, args throws(PyException) in
            try args.expect("write", count: 1)
            let bytes = try BytesOps.requireBytesLike(args[0])
            if fd(s) == 2 { fflush(stdout) }
            bytes.withUnsafeBufferPointer { b in _ = fwrite(b.baseAddress, 1, b.count, file(fd(s))) }
            return IntOps.make(Int64(bytes.count))
        }
        readerType = bufferType("BufferedReader")
        NativeFunctions.addMethod(readerType, "read") { s, args throws(PyException) in
            try args.expect("read", min: 0, max: 1)
            return BytesOps.create(try readBytes(fd(s), limit: try sizeArgument(args)))
        }
        NativeFunctions.addMethod(readerType, "readline") { s, args throws(PyException) in
            try args.expect("readline", min: 0, max: 1)
            return BytesOps.create(try readLine(fd(s), limit: try sizeArgument(args)))
        }
    }

    static func bufferType(_ name: String) -> Value {
        let t = BuiltinTypes.makeType(name, base: BuiltinTypes.object, instanceWords: 2, layout: .none,
                                      slots: TypeSlots())
        t.storeValue(TypeWords.module, Interned.intern("_io"))
        addCommon(t)
        return t
    }

    /// The methods text streams and their buffers share.
    static func addCommon(_ t: Value) {
        NativeFunctions.addMethod(t, "flush") { s, _ in
            fflush(file(fd(s)))
            return .none
        }
        NativeFunctions.addMethod(t, "fileno") { s, _ in IntOps.make(Int64(fd(s))) }
        NativeFunctions.addMethod(t, "isatty") { s, _ in .bool(isatty(Int32(fd(s))) != 0) }
        NativeFunctions.addMethod(t, "readable") { s, _ in .bool(fd(s) == 0) }
        NativeFunctions.addMethod(t, "writable") { s, _ in .bool(fd(s) != 0) }
        NativeFunctions.addMethod(t, "seekable") { s, _ in .bool(lseek(Int32(fd(s)), 0, SEEK_CUR) != -1) }
        GetSet.add(t, "closed", get: { _ in BuiltinTypes.false })
    }

    static func create(fd: Int) -> Value {
        let buffer = allocateObject(words: 2, type: fd == 0 ? readerType : writerType)
        buffer.storeRaw(1, fd)
        let s = allocateObject(words: 3, type: type)
        s.storeRaw(1, fd)
        s.storeValue(bufferWord, buffer)
        return s
    }

    @inline(__always) static func fd(_ s: Value) -> Int { s.loadRaw(1) }

    static func file(_ fd: Int) -> UnsafeMutablePointer<FILE> {
        switch fd {
        case 0: return stdin
        case 2: return stderr
        default: return stdout
        }
    }

    static func errors(_ fd: Int) -> String { fd == 2 ? "backslashreplace" : "surrogateescape" }

    /// TextIOWrapper.write(s): the number of characters written.
    static func write(_ v: Value, fd: Int) throws(PyException) -> Int {
        guard StrOps.isStr(v) else {
            throw typeError("write() argument must be str, not \(TypeRef(v.type).nameString)")
        }
        let s = StrRef(v)
        try writeText(s, fd: fd)
        return s.count
    }

    /// Writes a str's encoding to the stream's FILE; stdout is flushed before stderr so
    /// their lines keep their order.
    static func writeText(_ s: StrRef, fd: Int) throws(PyException) {
        let stream = file(fd)
        if fd == 2 { fflush(stdout) }
        if s.isASCII {
            _ = fwrite(s.data, 1, s.count, stream)
        } else if s.width == 1 {
            var text = s.string
            text.withUTF8 { b in _ = fwrite(b.baseAddress, 1, b.count, stream) }
        } else {
            // Wider strings may hold surrogates, which only the error handler can write.
            let bytes = try Codecs.encode(StrOps.codePoints(s), encoding: "utf-8", errors: errors(fd))
            bytes.withUnsafeBufferPointer { b in _ = fwrite(b.baseAddress, 1, b.count, stream) }
        }
    }

    static func sizeArgument(_ args: Arguments) throws(PyException) -> Int {
        guard args.positionalCount > 0, !args[0].isIdentical(BuiltinTypes.none) else { return -1 }
        return try IntOps.index(IntOps.numberIndex(args[0])) ?? -1
    }

    static func notReadable(_ fd: Int) throws(PyException) {
        if fd != 0 { throw IOBase.unsupported("not readable") }
    }

    /// Up to `limit` bytes (all, when negative) until end of file.
    static func readBytes(_ fd: Int, limit: Int) throws(PyException) -> [UInt8] {
        try notReadable(fd)
        var out: [UInt8] = []
        while limit < 0 || out.count < limit {
            let c = getc(stdin)
            if c == EOF { break }
            out.append(UInt8(truncatingIfNeeded: c))
        }
        return out
    }

    /// Bytes up to and including the next newline, at most `limit` when not negative.
    static func readLine(_ fd: Int, limit: Int) throws(PyException) -> [UInt8] {
        try notReadable(fd)
        var out: [UInt8] = []
        while limit < 0 || out.count < limit {
            let c = getc(stdin)
            if c == EOF { break }
            out.append(UInt8(truncatingIfNeeded: c))
            if c == 10 { break }
        }
        return out
    }

    static func decoded(_ bytes: [UInt8], _ fd: Int) -> Value {
        let points = (try? Codecs.decode(bytes, encoding: "utf-8", errors: errors(fd))) ?? bytes.map { UInt32($0) }
        return StrRef.create(codePoints: points).value
    }
}
