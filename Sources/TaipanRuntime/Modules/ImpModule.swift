// The _imp module: the native half of importlib (the import lock, built-in and frozen
// module queries). Taipan has no frozen modules and loads no C extensions, so those
// queries answer "none"; built-in modules are the native modules of `Imports`.

enum ImpModule {
    /// Depth of the import lock held through acquire_lock (one thread: a counter).
    static var lockDepth = 0

    static func register() {
        Imports.nativeModules["_imp"] = { create() }
    }

    static func name(_ v: Value, _ function: String) throws(PyException) -> String {
        guard v.isPointer, TypeRef(v.type).isSubtype(of: BuiltinTypes.str) else {
            throw typeError("\(function)() argument must be str, not \(TypeRef(v.type).nameString)")
        }
        return StrRef(v).string
    }

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_imp")
        let d = DictRef(ModuleObject.dict(m))
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        func add(_ name: String, _ body: @escaping NativeBody) { set(name, NativeFunctions.make(name, bound: m, body)) }
        set("check_hash_based_pycs", StrRef.create("default").value)
        add("lock_held") { _, args throws(PyException) in
            try args.expect("lock_held", count: 0)
            return .bool(lockDepth > 0)
        }
        add("acquire_lock") { _, args throws(PyException) in
            try args.expect("acquire_lock", count: 0)
            lockDepth += 1
            return .none
        }
        add("release_lock") { _, args throws(PyException) in
            try args.expect("release_lock", count: 0)
            if lockDepth == 0 { throw pyError(ExceptionTypes.named("RuntimeError"), "not holding the import lock") }
            lockDepth -= 1
            return .none
        }
        add("is_builtin") { _, args throws(PyException) in
            try args.expect("is_builtin", count: 1)
            let n = try name(args[0], "is_builtin")
            // CPython answers -1 for the modules that cannot be initialised again.
            if n == "sys" || n == "builtins" { return IntOps.make(Int64(-1)) }
            return IntOps.make(Int64(Imports.nativeModules[n] != nil ? 1 : 0))
        }
        add("is_frozen") { _, args throws(PyException) in
            try args.expect("is_frozen", count: 1)
            _ = try name(args[0], "is_frozen")
            return .bool(false)
        }
        add("is_frozen_package") { _, args throws(PyException) in
            try args.expect("is_frozen_package", count: 1)
            let n = try name(args[0], "is_frozen_package")
            throw frozenError(n)
        }
        add("find_frozen") { _, args throws(PyException) in
            try args.expect("find_frozen", min: 1, max: 1, keywords: ["withdata"], keywordOnly: 1)
            _ = try name(args[0], "find_frozen")
            return .none
        }
        add("get_frozen_object") { _, args throws(PyException) in
            try args.expect("get_frozen_object", min: 1, max: 2)
            throw frozenError(try name(args[0], "get_frozen_object"))
        }
        add("init_frozen") { _, args throws(PyException) in
            try args.expect("init_frozen", count: 1)
            _ = try name(args[0], "init_frozen")
            return .none
        }
        add("create_builtin") { _, args throws(PyException) in
            try args.expect("create_builtin", count: 1)
            let n = try name(try Runtime.getAttribute(args[0], Interned.intern("name")), "create_builtin")
            if let existing = DictRef(Sys.modules).lookupStr(Interned.intern(n)), n == "sys" || n == "builtins" {
                return existing
            }
            guard let make = Imports.nativeModules[n] else {
                throw pyError(ExceptionTypes.named("ImportError"), "no built-in module named \(n)")
            }
            return try make()
        }
        add("exec_builtin") { _, args throws(PyException) in
            try args.expect("exec_builtin", count: 1)
            return IntOps.make(Int64(0))
        }
        add("exec_dynamic") { _, args throws(PyException) in
            try args.expect("exec_dynamic", count: 1)
            return IntOps.make(Int64(0))
        }
        add("create_dynamic") { _, args throws(PyException) in
            try args.expect("create_dynamic", min: 1, max: 2)
            throw pyError(ExceptionTypes.named("ImportError"), "Taipan cannot load C extension modules")
        }
        add("extension_suffixes") { _, args throws(PyException) in
            try args.expect("extension_suffixes", count: 0)
            return ListRef.create().value
        }
        add("_fix_co_filename") { _, args throws(PyException) in
            try args.expect("_fix_co_filename", count: 2)
            return .none
        }
        return m
    }

    static func frozenError(_ name: String) -> PyException {
        let e = pyError(ExceptionTypes.named("ImportError"), "No such frozen object named '\(name)'")
        ExceptionObject.setAttribute(e.value, "name", StrRef.create(name).value)
        return e
    }
}
