// The atexit module: functions run, last registered first, when the program ends (after
// the main module returns or its uncaught exception is reported). weakref.finalize relies on
// it to run the finalizers of objects still alive at exit.
//
// The handlers are kept in a heap list of (function, args tuple, kwargs dict or None)
// tuples, a root through the built-in registry.

enum AtexitModule {
    static var handlers = Value(bits: 0)

    static func register() {
        Imports.nativeModules["atexit"] = { create() }
    }

    static var list: ListRef {
        if handlers.isNull {
            handlers = ListRef.create().value
            BuiltinTypes.registry.append(handlers)
        }
        return ListRef(handlers)
    }

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "atexit")
        let d = DictRef(ModuleObject.dict(m))
        func add(_ name: String, _ body: @escaping NativeBody) {
            d.setStr(Interned.intern(name), NativeFunctions.make(name, bound: m, body))
        }
        add("register") { _, args throws(PyException) in
            guard args.positionalCount >= 1 else {
                throw typeError("register() takes at least 1 argument (0 given)")
            }
            let function = args[0]
            guard TypeRef(function.type).slots.call != nil else {
                throw typeError("the first argument must be callable")
            }
            let entry = TupleRef.allocate(3)
            entry[0] = function
            entry[1] = TupleRef.create(UnsafeBufferPointer(start: args.values + 1, count: args.positionalCount - 1)).value
            entry[2] = .none
            if args.keywordCount > 0 {
                let kwargs = DictRef.create()
                entry[2] = kwargs.value
                let names = TupleRef(args.keywordNames)
                for i in 0..<names.count { try kwargs.set(names[i], args[args.positionalCount + i]) }
            }
            list.append(entry.value)
            return function
        }
        add("unregister") { _, args throws(PyException) in
            try args.expect("unregister", count: 1)
            let handlers = list
            var i = 0
            while i < handlers.count {
                if try Runtime.equals(TupleRef(handlers[i])[0], args[0]) {
                    _ = handlers.remove(at: i)
                } else {
                    i += 1
                }
            }
            return .none
        }
        add("_run_exitfuncs") { _, args throws(PyException) in
            try args.expect("_run_exitfuncs", count: 0)
            runExitFunctions()
            return .none
        }
        add("_clear") { _, args throws(PyException) in
            try args.expect("_clear", count: 0)
            list.setCount(0)
            return .none
        }
        add("_ncallbacks") { _, args throws(PyException) in
            try args.expect("_ncallbacks", count: 0)
            return IntOps.make(Int64(list.count))
        }
        return m
    }

    /// Runs and forgets the handlers, newest first; an exception in one is reported on
    /// stderr ("Exception ignored in atexit callback") and the others still run.
    static func runExitFunctions() {
        if handlers.isNull { return }
        let handlers = list
        while handlers.count > 0 {
            let entry = TupleRef(handlers.remove(at: handlers.count - 1))
            let kwargs = entry[2].isIdentical(BuiltinTypes.none) ? Value.null : entry[2]
            do throws(PyException) {
                _ = try Interpreter.callUnpacked(entry[0], entry[1], kwargs)
            } catch {
                let shown = (try? Runtime.reprString(entry[0])) ?? "<object repr() failed>"
                Programs.writeError("Exception ignored in atexit callback: \(shown)\n" + Programs.formatException(error.value))
            }
        }
    }
}
