// The sys module: what the runtime itself needs (modules, path, argv, exit, the recursion
// limit) and what programs read first (version_info, implementation, maxsize, stdout).

#if canImport(Glibc)
import Glibc
#endif

public enum Sys {
    public static var module = Value(bits: 0)
    public static var modules = Value(bits: 0)
    public static var path = Value(bits: 0)
    public static var argv = Value(bits: 0)

    static func setUp(argv arguments: [String], path entries: [String]) {
        // Each is a root from the moment it exists: the next allocation may collect.
        func rooted(_ v: Value) -> Value {
            BuiltinTypes.registry.append(v)
            return v
        }
        module = rooted(ModuleObject.create(name: "sys"))
        modules = rooted(DictRef.create().value)
        path = rooted(ListRef.create().value)
        argv = rooted(ListRef.create().value)
        for a in arguments { ListRef(argv).append(StrRef.create(a).value) }
        for p in entries { ListRef(path).append(StrRef.create(p).value) }

        let d = DictRef(ModuleObject.dict(module))
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        func add(_ name: String, _ body: @escaping NativeBody) { set(name, NativeFunctions.make(name, bound: module, body)) }
        set("modules", modules)
        set("path", path)
        set("argv", argv)
        set("maxsize", IntOps.make(Int64.max))
        set("byteorder", StrRef.create("little").value)
        set("platform", StrRef.create("linux").value)
        set("version", StrRef.create("3.11.7 (taipan 0.1)").value)
        set("hexversion", IntOps.make(Int64(0x030B07F0)))
        set("api_version", IntOps.make(Int64(1013)))
        set("float_repr_style", StrRef.create("short").value)
        set("copyright", StrRef.create("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.").value)
        // The installation the standard library comes from: the folder above lib/python3.11.
        var prefix = "/usr"
        if let library = entries.first(where: { $0.hasSuffix("/lib/python3.11") }) {
            prefix = String(library.dropLast("/lib/python3.11".count))
        }
        for name in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] { set(name, StrRef.create(prefix).value) }
        set("executable", StrRef.create(executablePath()).value)
        addInformation(d)
        set("dont_write_bytecode", BuiltinTypes.true)
        add("exit") { _, args throws(PyException) in
            try args.expect("exit", min: 0, max: 1)
            // As PyErr_SetObject: no argument or None gives no args, a tuple is the args.
            let code = args.positionalCount == 1 ? args[0] : .none
            let systemExit = ExceptionTypes.named("SystemExit")
            if code.isIdentical(BuiltinTypes.none) { throw PyException(try Runtime.call(systemExit)) }
            if code.type.isIdentical(BuiltinTypes.tuple) {
                let t = TupleRef(code)
                throw PyException(try Runtime.withStackArguments((0..<t.count).map { t[$0] }) { a throws(PyException) in
                    try Runtime.call(systemExit, a)
                })
            }
            throw PyException(try Runtime.call(systemExit, code))
        }
        add("getrecursionlimit") { _, _ in IntOps.make(Int64(ThreadState.recursionLimit)) }
        add("setrecursionlimit") { _, args throws(PyException) in
            try args.expect("setrecursionlimit", count: 1)
            guard let n = try IntOps.index(args[0]) else {
                throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer")
            }
            if n < 1 { throw pyError(ExceptionTypes.named("ValueError"), "recursion limit must be greater or equal than 1") }
            // The call of setrecursionlimit itself is part of the depth, as in CPython.
            if ThreadState.recursionDepth >= n {
                throw pyError(ExceptionTypes.named("RecursionError"),
                              "cannot set the recursion limit to \(n) at the recursion depth \(ThreadState.recursionDepth): the limit is too low")
            }
            ThreadState.recursionLimit = min(n, ThreadState.frameCapacity - 16)
            return .none
        }
        add("exc_info") { _, _ in
            let e = ThreadState.handledException
            let t = TupleRef.allocate(3)
            if e.isNull || e.isIdentical(BuiltinTypes.none) {
                t[0] = .none; t[1] = .none; t[2] = .none
            } else {
                t[0] = e.type; t[1] = e; t[2] = e.loadValue(ExceptionWords.traceback)
            }
            return t.value
        }
        add("exception") { _, _ in
            let e = ThreadState.handledException
            return e.isNull ? .none : e
        }
        add("intern") { _, args throws(PyException) in
            try args.expect("intern", count: 1)
            return Interned.intern(try args.str(0, "intern"))
        }
        add("getsizeof") { _, args throws(PyException) in
            if args.positionalCount > 2 {
                throw typeError("getsizeof() takes at most 2 arguments (\(args.positionalCount) given)")
            }
            let v = try args.required(0, "getsizeof", "object")
            return IntOps.make(Int64(v.isPointer ? TypeRef(v.type).instanceWords * 8 : 8))
        }
        for (fd, name) in [(0, "stdin"), (1, "stdout"), (2, "stderr")] {
            let stream = TextStream.create(fd: fd)
            set(name, stream)
            set("__\(name)__", stream)
        }
        addHooks(d)
        Imports.nativeModules["sys"] = { module }
        Imports.nativeModules["math"] = { MathModule.create() }
        Imports.nativeModules["itertools"] = { ItertoolsModule.create() }
        Imports.nativeModules["_string"] = { StringModule.create() }
        Imports.nativeModules["_thread"] = { ThreadModule.create() }
        Imports.nativeModules["_collections"] = { CollectionsModule.create() }
        CodecsModule.register()
        OSModules.register()
        Imports.nativeModules["_sre"] = { SreModule.create() }
        Imports.nativeModules["array"] = { ArrayModule.create() }
        Imports.nativeModules["_random"] = { RandomModule.create() }
        HashObjects.register()
        Imports.nativeModules["_struct"] = { StructModule.create() }
        Imports.nativeModules["_functools"] = { FunctoolsModule.create() }
        Imports.nativeModules["_bisect"] = { BisectModule.create() }
        Imports.nativeModules["_heapq"] = { HeapqModule.create() }
        Imports.nativeModules["binascii"] = { BinasciiModule.create() }
        Imports.nativeModules["zlib"] = { ZlibModule.create() }
        WarningsModule.register()
        DictRef(modules).setStr(Interned.intern("sys"), module)
        DictRef(modules).setStr(Interned.intern("builtins"), Builtins.module)
    }

    public static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return n > 0 ? String(cString: buffer) : "taipan"
    }
}

/// A simple namespace object (types.SimpleNamespace-like) for sys.implementation.
enum Namespace {
    static var type = Value(bits: 0)

    static func setUp() {
        let slots = TypeSlots()
        slots.repr = { o throws(PyException) in
            let d = DictRef(Instances.dictionary(o, mapWord: 1))
            var parts: [String] = []
            try d.forEach { (k, v) throws(PyException) -> Bool in
                parts.append("\(StrRef(k).string)=\(try Runtime.reprString(v))")
                return true
            }
            return StrRef.create("namespace(\(parts.joined(separator: ", ")))").value
        }
        type = BuiltinTypes.makeType("SimpleNamespace", base: BuiltinTypes.object, instanceWords: 2 + Instances.inlineSlots + 1,
                                     layout: .fixed(first: 1, count: 1 + Instances.inlineSlots + 1), slots: slots)
        type.storeRaw(TypeWords.mapWord, 1)
        type.storeValue(TypeWords.rootMap, Maps.createRoot())
    }

    static func create(_ attributes: KeyValuePairs<String, Value>) -> Value {
        let o = Instances.create(type)
        for (k, v) in attributes { Instances.set(o, Interned.intern(k), v, mapWord: 1) }
        return o
    }
}
