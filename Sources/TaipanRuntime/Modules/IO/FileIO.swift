// _io.FileIO: unbuffered binary I/O over a file descriptor.
//
//   word 0 type   1 fd (-1: closed)   2 name   3 mode flags (readable 1, writable 2,
//   appending 4, created 8, plus 16)   4 closefd (bool)   5 seekable (-1 unknown, 0, 1)
// The descriptor is not closed by a finaliser: like PyPy, a file is closed by close(),
// `with`, or the end of the process.

#if canImport(Glibc)
import Glibc
#endif

enum FileIO {
    static var type = Value(bits: 0)
    static let fdWord = 1, nameWord = 2, flagsWord = 3, closefdWord = 4, seekableWord = 5
    static let readable = 1, writable = 2, appending = 4, created = 8, plus = 16

    static func fd(_ f: Value) -> Int32 { Int32(truncatingIfNeeded: f.intField(fdWord)) }

    static func openFD(_ f: Value) throws(PyException) -> Int32 {
        let n = fd(f)
        if n < 0 { throw IOBase.closedError("I/O operation on closed file") }
        return n
    }

    static func modeString(_ flags: Int) -> String {
        let base: String
        if flags & created != 0 { base = flags & readable != 0 ? "xb+" : "xb" }
        else if flags & appending != 0 { base = flags & readable != 0 ? "ab+" : "ab" }
        else if flags & readable != 0 { base = flags & writable != 0 ? "rb+" : "rb" }
        else { base = "wb" }
        return base
    }

    static func setUp() {
        if !type.isNull { return }
        let slots = TypeSlots()
        slots.new = { cls, _ in
            let f = ModuleTypes.instance(of: cls)
            f.setIntField(fdWord, -1)
            f.storeValue(nameWord, .none)
            f.setIntField(flagsWord, 0)
            f.storeValue(closefdWord, BuiltinTypes.true)
            f.setIntField(seekableWord, -1)
            return f
        }
        slots.initialize = { f, args throws(PyException) in try initialize(f, args) }
        slots.repr = { f throws(PyException) in
            let name = TypeRef(f.type).nameString
            if fd(f) < 0 { return StrRef.create("<\(name) [closed]>").value }
            let closefd = try Runtime.isTrue(f.loadValue(closefdWord)) ? "True" : "False"
            let mode = modeString(f.intField(flagsWord))
            let nameValue = try Runtime.lookupAttribute(f, Interned.intern("name"))
            var shown = "fd=\(fd(f))"
            if let nameValue { shown = "name=" + (try Runtime.reprString(nameValue)) }
            return StrRef.create("<\(name) \(shown) mode='\(mode)' closefd=\(closefd)>").value
        }
        type = ModuleTypes.make("FileIO", module: "_io", words: 6, base: IOBase.rawIOBase, slots: slots)
        GetSet.add(type, "name", get: { f throws(PyException) in
            let n = f.loadValue(nameWord)
            if n.isIdentical(.none) { throw attributeError("'_io.FileIO' object has no attribute 'name'") }
            return n
        }, set: { f, v in f.storeValue(nameWord, v.isNull ? .none : v) })
        GetSet.add(type, "mode") { f in StrRef.create(modeString(f.intField(flagsWord))).value }
        GetSet.add(type, "closed") { f in .bool(fd(f) < 0) }
        GetSet.add(type, "closefd") { f in f.loadValue(closefdWord) }
        addMethods()
    }

    static func initialize(_ f: Value, _ args: Arguments) throws(PyException) {
        let names = ["file", "mode", "closefd", "opener"]
        let file = try args.required(0, "file", of: "FileIO", names: names)
        var modeText = "r"
        if let m = try args.parameter(1, "mode", of: "FileIO", names: names) {
            guard StrOps.isStr(m) else { throw typeError("FileIO() argument 'mode' must be str, not \(TypeRef(m.type).nameString)") }
            modeText = StrRef(m).string
        }
        let closefd = try args.parameter(2, "closefd", of: "FileIO", names: names).map { v throws(PyException) in try Runtime.isTrue(v) } ?? true
        let opener = try args.parameter(3, "opener", of: "FileIO", names: names)
        let ownsOld = try Runtime.isTrue(f.loadValue(closefdWord))
        if fd(f) >= 0 && ownsOld { Glibc.close(fd(f)) }

        var flags = 0
        var openFlags: Int32 = 0
        var seen = Set<Character>()
        for c in modeText {
            if seen.contains(c) || !"rwxab+".contains(c) { throw pyError(ExceptionTypes.named("ValueError"), "invalid mode: \(modeText)") }
            seen.insert(c)
        }
        let kinds = ["r", "w", "x", "a"].filter { seen.contains(Character($0)) }.count
        if kinds != 1 {
            throw pyError(ExceptionTypes.named("ValueError"), "Must have exactly one of create/read/write/append mode and at most one plus")
        }
        if seen.contains("r") { flags |= readable }
        if seen.contains("w") { flags |= writable; openFlags |= O_CREAT | O_TRUNC }
        if seen.contains("x") { flags |= writable | created; openFlags |= O_CREAT | O_EXCL }
        if seen.contains("a") { flags |= writable | appending; openFlags |= O_APPEND | O_CREAT }
        if seen.contains("+") { flags |= readable | writable | plus }
        openFlags |= flags & readable != 0 && flags & writable != 0 ? O_RDWR : flags & readable != 0 ? O_RDONLY : O_WRONLY
        openFlags |= O_CLOEXEC

        var descriptor: Int32
        if FloatOps.isFloat(file) { throw typeError("integer argument expected, got float") }
        if IntOps.isInt(file) {
            descriptor = try PosixPath.fd(file)
            if descriptor < 0 { throw pyError(ExceptionTypes.named("ValueError"), "negative file descriptor") }
        } else {
            if !closefd { throw pyError(ExceptionTypes.named("ValueError"), "Cannot use closefd=False with file name") }
            if let opener, !opener.isIdentical(.none) {
                let r = try Runtime.call(opener, file, IntOps.make(Int64(openFlags)))
                guard IntOps.isInt(r) else { throw typeError("expected integer from opener") }
                descriptor = try PosixPath.fd(r)
                if descriptor < 0 { throw pyError(ExceptionTypes.named("ValueError"), "opener returned \(descriptor)") }
            } else {
                let p = try PosixPath.convert(file, function: "FileIO", argument: "file")
                descriptor = PosixDescriptors.retrying { Glibc.open(p.cString, openFlags, 0o666) }
                if descriptor < 0 { throw OSErrors.fromErrno(filename: file) }
            }
            var st = stat()
            if fstat(descriptor, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR {
                Glibc.close(descriptor)
                throw OSErrors.fromErrno(EISDIR, filename: file)
            }
        }
        f.setIntField(fdWord, Int(descriptor))
        f.setIntField(flagsWord, flags)
        f.storeValue(closefdWord, .bool(closefd))
        f.setIntField(seekableWord, -1)
        f.storeValue(nameWord, file)
        if flags & appending != 0 { Glibc.lseek(descriptor, 0, SEEK_END) }
    }

    static func requireFlag(_ f: Value, _ flag: Int) throws(PyException) -> Int32 {
        let n = try openFD(f)
        if f.intField(flagsWord) & flag == 0 {
            throw IOBase.unsupported(flag == readable ? "File not open for reading" : "File not open for writing")
        }
        return n
    }

    static func readAll(_ fd: Int32) throws(PyException) -> [UInt8] {
        var data: [UInt8] = []
        while true {
            let chunk = try PosixDescriptors.read(fd, max(IOBase.defaultBufferSize, data.count / 2))
            if chunk.isEmpty { return data }
            data += chunk
        }
    }

    static func addMethods() {
        func method(_ name: String, _ body: @escaping NativeBody) { NativeFunctions.addMethod(type, name, body) }
        method("read") { f, args throws(PyException) in
            let n = try IOBase.size(args, of: "read")
            let d = try requireFlag(f, readable)
            return BytesOps.create(n < 0 ? try readAll(d) : try PosixDescriptors.read(d, n))
        }
        method("readall") { f, _ throws(PyException) in BytesOps.create(try readAll(try requireFlag(f, readable))) }
        method("readinto") { f, args throws(PyException) in
            try args.expect("readinto", count: 1)
            let d = try requireFlag(f, readable)
            guard ByteArrayOps.isByteArray(args[0]) else { throw typeError("readinto() argument must be read-write bytes-like object, not \(TypeRef(args[0].type).nameString)") }
            let bytes = try PosixDescriptors.read(d, ByteArrayOps.count(args[0]))
            var target = ByteArrayOps.bytes(args[0])
            target.replaceSubrange(0..<bytes.count, with: bytes)
            ByteArrayOps.set(args[0], target)
            return IntOps.make(Int64(bytes.count))
        }
        method("write") { f, args throws(PyException) in
            try args.expect("write", count: 1)
            let d = try requireFlag(f, writable)
            return IntOps.make(Int64(try PosixDescriptors.write(d, try BytesOps.requireBytesLike(args[0]))))
        }
        method("seek") { f, args throws(PyException) in
            try args.expect("seek", min: 1, max: 2)
            let d = try openFD(f)
            if FloatOps.isFloat(args[0]) { throw typeError("an integer is required") }
            let position = try PosixPath.int(args[0])
            let whence = args.positionalCount == 2 ? try PosixPath.int(args[1]) : 0
            let r = Glibc.lseek(d, off_t(position), Int32(truncatingIfNeeded: whence))
            if r < 0 { throw OSErrors.fromErrno() }
            return IntOps.make(Int64(r))
        }
        method("tell") { f, _ throws(PyException) in
            let r = Glibc.lseek(try openFD(f), 0, SEEK_CUR)
            if r < 0 { throw OSErrors.fromErrno() }
            return IntOps.make(Int64(r))
        }
        method("truncate") { f, args throws(PyException) in
            try args.expect("truncate", min: 0, max: 1)
            let d = try requireFlag(f, writable)
            var size = Int(Glibc.lseek(d, 0, SEEK_CUR))
            if args.positionalCount == 1 && !args[0].isIdentical(.none) { size = try PosixPath.int(args[0]) }
            if ftruncate(d, off_t(size)) != 0 { throw OSErrors.fromErrno() }
            return IntOps.make(Int64(size))
        }
        method("close") { f, _ throws(PyException) in
            let d = fd(f)
            if d < 0 { return .none }
            f.setIntField(fdWord, -1)
            if try Runtime.isTrue(f.loadValue(closefdWord)) {
                if Glibc.close(d) != 0 && errno != EINTR { throw OSErrors.fromErrno() }
            }
            return .none
        }
        method("fileno") { f, _ throws(PyException) in IntOps.make(Int64(try openFD(f))) }
        method("isatty") { f, _ throws(PyException) in .bool(Glibc.isatty(try openFD(f)) != 0) }
        method("readable") { f, _ throws(PyException) in
            _ = try openFD(f)
            return .bool(f.intField(flagsWord) & readable != 0)
        }
        method("writable") { f, _ throws(PyException) in
            _ = try openFD(f)
            return .bool(f.intField(flagsWord) & writable != 0)
        }
        method("seekable") { f, _ throws(PyException) in
            let d = try openFD(f)
            if f.intField(seekableWord) < 0 { f.setIntField(seekableWord, Glibc.lseek(d, 0, SEEK_CUR) < 0 ? 0 : 1) }
            return .bool(f.intField(seekableWord) == 1)
        }
    }
}
