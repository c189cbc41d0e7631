// The interpreter's command-line settings as the sys module shows them: sys.flags,
// sys._xoptions, sys.warnoptions, sys.orig_argv, and the interactive hooks
// (sys.displayhook, sys.__displayhook__). The `taipan` command fills `Programs.options`
// before `Programs.start`.

import TaipanCompiler

/// python3's command-line flags (CPython's PyConfig, reduced to what Taipan uses).
public struct InterpreterOptions {
    public var debug = 0
    public var inspect = 0
    public var interactive = 0
    public var optimize = 0
    public var dontWriteBytecode = 0
    public var noUserSite = 0
    public var noSite = 0
    public var ignoreEnvironment = 0
    public var verbose = 0
    public var bytesWarning = 0
    public var quiet = 0
    public var hashRandomization = 1
    public var isolated = 0
    public var devMode = false
    public var utf8Mode = 0
    public var warnDefaultEncoding = 0
    public var safePath = false
    public var intMaxStrDigits = -1
    public var unbuffered = false
    /// -X options in order: name and value (nil for a bare `-X name`).
    public var xOptions: [(String, String?)] = []
    /// -W options, then PYTHONWARNINGS entries.
    public var warnOptions: [String] = []
    /// The command line as given, for sys.orig_argv.
    public var originalArguments: [String] = []

    public init() {}
}

extension Programs {
    public static var options = InterpreterOptions()
}

extension Sys {
    /// Adds the option-dependent attributes; called at the end of `Programs.start`.
    static func installOptions(_ o: InterpreterOptions) {
        let d = DictRef(ModuleObject.dict(module))
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        func int(_ n: Int) -> Value { IntOps.make(Int64(n)) }
        Compiler.defaultOptimize = o.optimize

        // sys.flags: the struct sequence (SysInfo.swift makes the type) with these values.
        let flags: [(String, Value)] = [
            ("debug", int(o.debug)), ("inspect", int(o.inspect)), ("interactive", int(o.interactive)),
            ("optimize", int(o.optimize)), ("dont_write_bytecode", int(o.dontWriteBytecode)),
            ("no_user_site", int(o.noUserSite)), ("no_site", int(o.noSite)),
            ("ignore_environment", int(o.ignoreEnvironment)), ("verbose", int(o.verbose)),
            ("bytes_warning", int(o.bytesWarning)), ("quiet", int(o.quiet)),
            ("hash_randomization", int(o.hashRandomization)), ("isolated", int(o.isolated)),
            ("dev_mode", .bool(o.devMode)), ("utf8_mode", int(o.utf8Mode)),
            ("warn_default_encoding", int(o.warnDefaultEncoding)), ("safe_path", .bool(o.safePath)),
            ("int_max_str_digits", int(o.intMaxStrDigits)),
        ]
        if let existing = d.lookupStr(Interned.intern("flags")), existing.isPointer,
           TypeRef(existing.type).isSubtype(of: BuiltinTypes.tuple) {
            set("flags", StructSequence.create(existing.type, flags.map { $0.1 }))
        }

        // Every module compiled into the interpreter, once all have registered.
        let builtinNames = Set(Imports.nativeModules.keys).union(["builtins", "sys"]).sorted()
        let names = TupleRef.allocate(builtinNames.count)
        for (i, n) in builtinNames.enumerated() { names[i] = Interned.intern(n) }
        set("builtin_module_names", names.value)

        let xOptions = DictRef.create()
        set("_xoptions", xOptions.value)
        for (name, value) in o.xOptions {
            xOptions.setStr(StrRef.create(name).value, value.map { StrRef.create($0).value } ?? BuiltinTypes.true)
        }
        let warnOptions = ListRef.create()
        set("warnoptions", warnOptions.value)
        for w in o.warnOptions { warnOptions.append(StrRef.create(w).value) }
        let original = ListRef.create()
        set("orig_argv", original.value)
        for a in o.originalArguments { original.append(StrRef.create(a).value) }

        let hook = NativeFunctions.make("displayhook", bound: module) { _, args throws(PyException) in
            try args.expect("displayhook", count: 1)
            try Builtins.defaultDisplayHook(args[0])
            return .none
        }
        set("displayhook", hook)
        set("__displayhook__", hook)
        if o.noSite == 0 { Quitter.install() }
    }

    /// The current sys.displayhook, if it is still the built-in one.
    static var displayHookIsDefault: Bool {
        let d = DictRef(ModuleObject.dict(module))
        guard let hook = d.lookupStr(Interned.intern("displayhook")),
              let original = d.lookupStr(Interned.intern("__displayhook__")) else { return false }
        return hook.isIdentical(original)
    }
}

extension Builtins {
    /// The printExpression instruction ('single' mode): calls sys.displayhook.
    public static func displayHook(_ v: Value) throws(PyException) {
        if Sys.displayHookIsDefault { return try defaultDisplayHook(v) }
        guard let hook = DictRef(ModuleObject.dict(Sys.module)).lookupStr(Interned.intern("displayhook")) else {
            throw pyError(ExceptionTypes.named("RuntimeError"), "lost sys.displayhook")
        }
        _ = try Runtime.call(hook, v)
    }
}
