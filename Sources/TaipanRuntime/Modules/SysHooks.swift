// The parts of sys that the standard library reaches for at import or when reporting:
// sys.excepthook (which the uncaught-exception printer calls
// when a program replaces it), audit hooks, sys._getframe and the switch interval.

extension Sys {
    /// Audit hooks added by sys.addaudithook, called in order by sys.audit.
    static var auditHooks = Value(bits: 0)
    /// sys.getswitchinterval(): kept for programs that set it; one thread runs at a time.
    static var switchInterval: Double = 0.005

    static func addHooks(_ d: DictRef) {
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        func add(_ name: String, _ body: @escaping NativeBody) { set(name, NativeFunctions.make(name, bound: module, body)) }

        set("platlibdir", Interned.intern("lib"))
        set("pycache_prefix", .none)
        set("abiflags", Interned.intern(""))
        set("_base_executable", d.lookupStr(Interned.intern("executable")) ?? .none)

        add("excepthook") { _, args throws(PyException) in
            try args.expect("excepthook", count: 3)
            let value = args[1]
            // As PyErr_Display: anything but an exception is reported, not printed.
            guard value.isPointer, TypeRef(value.type).isSubtype(of: BuiltinTypes.baseException) else {
                Programs.writeError("TypeError: print_exception(): Exception expected for value, \(TypeRef(value.type).nameString) found\n")
                return .none
            }
            Programs.writeError(Programs.formatException(value))
            return .none
        }
        set("__excepthook__", d.lookupStr(Interned.intern("excepthook")) ?? .none)

        auditHooks = ListRef.create().value
        BuiltinTypes.registry.append(auditHooks)
        add("addaudithook") { _, args throws(PyException) in
            try args.expect("addaudithook", min: 0, max: 1, keywords: ["hook"])
            guard let hook = args.positionalCount == 1 ? args[0] : args.keyword("hook") else {
                throw typeError("addaudithook() missing required argument 'hook' (pos 1)")
            }
            ListRef(auditHooks).append(hook)
            return .none
        }
        add("audit") { _, args throws(PyException) in
            guard args.positionalCount >= 1 else { throw typeError("audit() missing 1 required positional argument: 'event'") }
            guard StrOps.isStr(args[0]) else {
                throw typeError("expected str for argument 'event', not \(TypeRef(args[0].type).nameString)")
            }
            let hooks = ListRef(auditHooks)
            if hooks.count == 0 { return .none }
            let rest = TupleRef.allocate(args.positionalCount - 1)
            for i in 1..<args.positionalCount { rest[i - 1] = args[i] }
            var i = 0
            while i < hooks.count {
                _ = try Runtime.call(hooks[i], args[0], rest.value)
                i += 1
            }
            return .none
        }

        add("_getframe") { _, args throws(PyException) in
            try args.expect("_getframe", min: 0, max: 1)
            var depth = 0
            if args.positionalCount == 1 {
                guard let n = try IntOps.index(args[0]) else {
                    throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer")
                }
                depth = Int(clamping: n)
            }
            return try Traceback.snapshot(depth: depth)
        }

        add("getswitchinterval") { _, args throws(PyException) in
            try args.expect("getswitchinterval", count: 0)
            return FloatOps.make(switchInterval)
        }
        add("setswitchinterval") { _, args throws(PyException) in
            try args.expect("setswitchinterval", count: 1)
            let interval = try MathModule.real(args[0])
            if !(interval > 0) { throw pyError(ExceptionTypes.named("ValueError"), "switch interval must be strictly positive") }
            switchInterval = interval
            return .none
        }
        add("is_finalizing") { _, args throws(PyException) in
            try args.expect("is_finalizing", count: 0)
            return .bool(Programs.isFinalizing)
        }
    }

    /// Reports an uncaught exception through sys.excepthook when the program replaced it; false
    /// when the default hook should print it.
    static func callReplacedExceptHook(_ e: Value) -> Bool {
        let d = DictRef(ModuleObject.dict(module))
        guard let hook = d.lookupStr(Interned.intern("excepthook")),
              !hook.isIdentical(d.lookupStr(Interned.intern("__excepthook__")) ?? .null) else { return false }
        let traceback = e.loadValue(ExceptionWords.traceback)
        do throws(PyException) {
            _ = try Runtime.call(hook, e.type, e, traceback.isNull ? .none : traceback)
        } catch {
            Programs.writeError("Error in sys.excepthook:\n" + Programs.formatException(error.value)
                                + "\nOriginal exception was:\n" + Programs.formatException(e))
        }
        return true
    }
}
