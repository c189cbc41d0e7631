// The _io module (io.py re-exports it) and open(), which is also the builtin open.

#if canImport(Glibc)
import Glibc
#endif

enum IOModule {
    static var module = Value(bits: 0)

    @inline(never)
    static func create() -> Value {
        if !module.isNull { return module }
        OSErrors.installStr()
        IOBase.setUp()
        FileIO.setUp()
        BufferedIO.setUp()
        TextIOWrapper.setUp()
        StringIO.setUp()
        BytesIO.setUp()
        let m = ModuleObject.create(name: "_io")
        BuiltinTypes.registry.append(m)
        module = m
        let d = DictRef(ModuleObject.dict(m))
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        set("DEFAULT_BUFFER_SIZE", IntOps.make(Int64(IOBase.defaultBufferSize)))
        set("UnsupportedOperation", IOBase.unsupportedOperation)
        set("BlockingIOError", ExceptionTypes.named("BlockingIOError"))
        for t in [IOBase.ioBase, IOBase.rawIOBase, IOBase.bufferedIOBase, IOBase.textIOBase, FileIO.type,
                  BufferedIO.reader, BufferedIO.writer, BufferedIO.random, TextIOWrapper.type, StringIO.type, BytesIO.type] {
            set(StrRef(TypeRef(t).name).string, t)
        }
        // BufferedRWPair and IncrementalNewlineDecoder are not provided; io.py imports them.
        set("BufferedRWPair", BufferedIO.random)
        set("IncrementalNewlineDecoder", BuiltinTypes.object)
        BuiltinTypes.finishNewTypes()
        let ioOpen = NativeFunctions.make("open", bound: m) { _, args throws(PyException) in try open(args) }
        set("open", ioOpen)
        let builtins = DictRef(ModuleObject.dict(Builtins.module))
        if let current = builtins.lookupStr(Interned.intern("open")), current.isIdentical(OSModules.lazyOpen) {
            builtins.setStr(Interned.intern("open"), ioOpen)
        }
        set("open_code", NativeFunctions.make("open_code", bound: m) { _, args throws(PyException) in
            let path = try args.required(0, "path", of: "open_code", names: ["path"])
            return try Runtime.call(d.lookupStr(Interned.intern("open"))!, path, StrRef.create("rb").value)
        })
        set("text_encoding", NativeFunctions.make("text_encoding", bound: m) { _, args throws(PyException) in
            let e = try args.required(0, "encoding", of: "text_encoding", names: ["encoding", "stacklevel"])
            return e.isIdentical(.none) ? StrRef.create("locale").value : e
        })
        return m
    }

    /// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
    /// closefd=True, opener=None), with CPython's mode and argument checks.
    static func open(_ args: Arguments) throws(PyException) -> Value {
        let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"]
        func param(_ i: Int) throws(PyException) -> Value? {
            let v = try args.parameter(i, names[i], of: "open", names: names)
            return v.flatMap { $0.isIdentical(.none) ? nil : $0 }
        }
        let file = try args.required(0, "file", of: "open", names: names)
        var modeText = "r"
        if let m = try param(1) {
            guard StrOps.isStr(m) else { throw typeError("open() argument 'mode' must be str, not \(TypeRef(m.type).nameString)") }
            modeText = StrRef(m).string
        }
        var buffering = -1
        if let b = try param(2) { buffering = try PosixPath.int(b) }
        let encoding = try param(3), errors = try param(4), newline = try param(5)
        for (i, v) in [(3, encoding), (4, errors)] {
            if let v, !StrOps.isStr(v) {
                throw typeError("open() argument '\(names[i])' must be str or None, not \(TypeRef(v.type).nameString)")
            }
        }
        let closefd = try param(6).map { v throws(PyException) in try Runtime.isTrue(v) } ?? true
        let opener = try param(7)

        if !IntOps.isInt(file) && !StrOps.isStr(file) && !BytesOps.isBytes(file) {
            _ = try PosixPath.fspath(file)
        }
        var seen = Set<Character>()
        for c in modeText {
            if seen.contains(c) || !"rwxabt+".contains(c) {
                throw pyError(ExceptionTypes.named("ValueError"), "invalid mode: '\(modeText)'")
            }
            seen.insert(c)
        }
        let creating = seen.contains("x"), reading = seen.contains("r"), writing = seen.contains("w")
        let appending = seen.contains("a"), updating = seen.contains("+")
        let text = seen.contains("t"), binary = seen.contains("b")
        func valueError(_ m: String) -> PyException { pyError(ExceptionTypes.named("ValueError"), m) }
        if text && binary { throw valueError("can't have text and binary mode at once") }
        let kinds = [creating, reading, writing, appending].filter { $0 }.count
        if kinds > 1 { throw valueError("must have exactly one of create/read/write/append mode") }
        if kinds == 0 { throw valueError("Must have exactly one of create/read/write/append mode and at most one plus") }
        if binary && encoding != nil { throw valueError("binary mode doesn't take an encoding argument") }
        if binary && errors != nil { throw valueError("binary mode doesn't take an errors argument") }
        if binary && newline != nil { throw valueError("binary mode doesn't take a newline argument") }
        _ = try TextNewlines.mode(newline, of: "open()")

        var rawMode = creating ? "x" : reading ? "r" : writing ? "w" : "a"
        if updating { rawMode += "+" }
        let raw = try Runtime.call(FileIO.type, file, StrRef.create(rawMode).value, .bool(closefd), opener ?? .none)
        var lineBuffering = false
        let interactive = buffering < 0 ? try Runtime.isTrue(try Runtime.callMethod(raw, "isatty")) : false
        if buffering == 1 || interactive {
            buffering = -1
            lineBuffering = true
        }
        if buffering < 0 { buffering = IOBase.defaultBufferSize }
        if buffering == 0 {
            if binary { return raw }
            _ = try? Runtime.callMethod(raw, "close")
            throw valueError("can't have unbuffered text I/O")
        }
        let bufferType = updating ? BufferedIO.random : (creating || writing || appending) ? BufferedIO.writer : BufferedIO.reader
        let buffer = try Runtime.call(bufferType, raw, IntOps.make(Int64(buffering)))
        if binary { return buffer }
        let wrapper = try Runtime.call(TextIOWrapper.type, buffer, encoding ?? .none, errors ?? .none, newline ?? .none,
                                       .bool(lineBuffering))
        wrapper.storeValue(TextIOWrapper.modeWord, StrRef.create(modeText).value)
        return wrapper
    }
}
