// The _ctypes module that CPython's Lib/ctypes imports. Its types (the metaclasses, _CData,
// _SimpleCData, Structure, Union, Array, _Pointer, CFuncPtr) are written in Python
// (CtypesSource.swift, run in the module's namespace when it is first imported) over the
// native primitives defined here, whose names start with `_ct_`: memory (CtypesMemory),
// libffi calls (CtypesCall), dlopen/dlsym and errno. CFuncPtr's `__call__` is native: a
// function object with a call plan (see CtypesCall) is called without a Python frame.

import TaipanCompiler
#if canImport(Glibc)
import Glibc
#endif

enum CtypesModule {
    static func register() {
        // A throwing closure stored here crashes swiftc 6's IRGen (bad_alloc while emitting the
        // reabstraction thunk), so the closure does not throw: the Python half is ours and
        // runs without error; if it ever fails, the error is reported and the module is partial.
        Imports.nativeModules["_ctypes"] = { createReporting() }
    }

    static func string(_ v: Value, _ what: String) throws(PyException) -> String {
        guard StrOps.isStr(v) else { throw typeError("\(what) must be str, not \(TypeRef(v.type).nameString)") }
        return StrRef(v).string
    }

    static func code(_ v: Value) throws(PyException) -> UInt8 {
        guard StrOps.isStr(v), StrRef(v).count == 1, StrRef(v)[0] < 128 else { throw typeError("type code must be one character") }
        return UInt8(StrRef(v)[0])
    }

    static func address(_ v: Value) throws(PyException) -> UnsafeMutableRawPointer {
        try CtypesMemory.pointer(try CtypesMemory.address(v))
    }

    static func symbolAddress(_ name: String) -> Value {
        let handle = dlopen(nil, RTLD_NOW)
        guard let p = dlsym(handle, name) else { return Value(smallInt: 0) }
        return IntOps.make(unsigned: UInt64(UInt(bitPattern: p)))
    }

    static func createReporting() -> Value {
        let m = ModuleObject.create(name: "_ctypes")
        do throws(PyException) {
            try fill(m)
        } catch {
            Programs.writeError("_ctypes failed to initialise:\n" + Programs.formatException(error.value))
        }
        return m
    }

    @inline(never)
    static func fill(_ m: Value) throws(PyException) {
        let d = DictRef(ModuleObject.dict(m))
        func add(_ name: String, _ body: @escaping NativeBody) { ModuleTypes.function(m, name, body) }
        func int(_ name: String, _ v: Int) { d.setStr(Interned.intern(name), IntOps.make(Int64(v))) }
        int("FUNCFLAG_CDECL", 1); int("FUNCFLAG_HRESULT", 2); int("FUNCFLAG_PYTHONAPI", 4)
        int("FUNCFLAG_USE_ERRNO", 8); int("FUNCFLAG_USE_LASTERROR", 16)
        int("RTLD_LOCAL", Int(RTLD_LOCAL)); int("RTLD_GLOBAL", Int(RTLD_GLOBAL))
        d.setStr(Interned.intern("__version__"), StrRef.create("1.1.0").value)
        d.setStr(Interned.intern("_memmove_addr"), symbolAddress("memmove"))
        d.setStr(Interned.intern("_memset_addr"), symbolAddress("memset"))

        add("_ct_alloc") { _, args throws(PyException) in
            try args.expect("_ct_alloc", count: 1)
            guard let n = IntOps.asInt64(args[0]), n >= 0, n < 1 << 40 else {
                throw pyError(ExceptionTypes.named("ValueError"), "bad buffer size")
            }
            return CtypesMemory.allocate(Int(n))
        }
        add("_ct_addr") { _, args throws(PyException) in
            try args.expect("_ct_addr", count: 1)
            return IntOps.make(unsigned: try CtypesMemory.address(args[0]))
        }
        add("_ct_get") { _, args throws(PyException) in
            try args.expect("_ct_get", count: 2)
            return try CtypesMemory.load(try code(args[0]), try address(args[1]))
        }
        add("_ct_set") { _, args throws(PyException) in
            try args.expect("_ct_set", count: 3)
            try CtypesMemory.store(try code(args[0]), try address(args[1]), args[2])
            return .none
        }
        add("_ct_copy") { _, args throws(PyException) in
            try args.expect("_ct_copy", count: 3)
            guard let n = IntOps.asInt64(args[2]), n >= 0 else { throw pyError(ExceptionTypes.named("ValueError"), "bad size") }
            if n > 0 { memmove(try address(args[0]), try address(args[1]), Int(n)) }
            return .none
        }
        add("_ct_string_at") { _, args throws(PyException) in
            try args.expect("_ct_string_at", count: 3)
            let n = Int(IntOps.asInt64(args[1]) ?? -1)
            if try Runtime.isTrue(args[2]) { return try CtypesMemory.wideString(try address(args[0]), count: n) }
            return CtypesMemory.cString(try address(args[0]), count: n)
        }
        add("_ct_plan") { _, args throws(PyException) in
            try args.expect("_ct_plan", count: 4)
            let codes = try string(args[2], "argument codes")
            return try CtypesCall.makePlan(address: try CtypesMemory.address(args[0]), flags: Int(IntOps.asInt64(args[1]) ?? 0),
                                           argumentCodes: Array(codes.utf8), resultCode: try code(args[3]))
        }
        add("_ct_call") { _, args throws(PyException) in
            try args.expect("_ct_call", count: 2)
            guard BytesOps.isBytes(args[0]), args[1].type.isIdentical(BuiltinTypes.tuple) else { throw typeError("bad call plan") }
            let values = TupleRef(args[1])
            let plan = args[0]
            return try withUnsafeTemporaryAllocation(of: Value.self, capacity: max(values.count, 1)) { buffer throws(PyException) -> Value in
                for i in 0..<values.count { buffer[i] = values[i] }
                guard let r = try CtypesCall.invoke(plan, Arguments(buffer.baseAddress!, positional: values.count), normalised: true) else {
                    throw typeError("this function takes \(CtypesCall.argumentCount(plan)) arguments (\(values.count) given)")
                }
                return r
            }
        }
        add("dlopen") { _, args throws(PyException) in
            try args.checkPositional("dlopen", 1, 2)
            let mode = args.positionalCount > 1 ? Int32(truncatingIfNeeded: IntOps.asInt64(args[1]) ?? 0) : RTLD_LOCAL
            let name: String? = args[0].isIdentical(BuiltinTypes.none) ? nil : try Builtins.pathString(args[0])
            guard let handle = dlopen(name, mode | RTLD_NOW) else {
                let message = dlerror().map { String(cString: $0) } ?? "dlopen failed"
                throw pyError(ExceptionTypes.named("OSError"), message)
            }
            return IntOps.make(unsigned: UInt64(UInt(bitPattern: handle)))
        }
        add("dlsym") { _, args throws(PyException) in
            try args.expect("dlsym", count: 2)
            let handle = UnsafeMutableRawPointer(bitPattern: UInt(CtypesMemory.lowBits(args[0])))
            let name = try string(args[1], "symbol name")
            _ = dlerror()
            guard let p = dlsym(handle, name) else {
                let message = dlerror().map { String(cString: $0) } ?? "symbol not found"
                throw pyError(ExceptionTypes.named("AttributeError"), message)
            }
            return IntOps.make(unsigned: UInt64(UInt(bitPattern: p)))
        }
        add("dlclose") { _, args throws(PyException) in
            try args.expect("dlclose", count: 1)
            let handle = UnsafeMutableRawPointer(bitPattern: UInt(CtypesMemory.lowBits(args[0])))
            if let handle, dlclose(handle) != 0 {
                throw pyError(ExceptionTypes.named("OSError"), dlerror().map { String(cString: $0) } ?? "dlclose failed")
            }
            return .none
        }
        add("get_errno") { _, args throws(PyException) in
            try args.expect("get_errno", count: 0)
            return IntOps.make(Int64(CtypesCall.privateErrno))
        }
        add("set_errno") { _, args throws(PyException) in
            try args.expect("set_errno", count: 1)
            guard let n = IntOps.asInt64(args[0]) else { throw typeError("an integer is required") }
            let old = CtypesCall.privateErrno
            CtypesCall.privateErrno = Int32(truncatingIfNeeded: n)
            return IntOps.make(Int64(old))
        }
        add("_ct_install_call") { _, args throws(PyException) in
            try args.expect("_ct_install_call", count: 1)
            NativeFunctions.addMethod(args[0], "__call__") { f, args throws(PyException) in try callFunctionPointer(f, args) }
            return .none
        }
        CtypesCallbacks.install(m)

        let program = try Programs.compile(Array(CtypesSource.text.utf8), fileName: "<_ctypes>", mode: .exec)
        _ = try Interpreter.runCode(program, globals: d.value, locals: d.value)
        CtypesCallbacks.setRunner(d.lookupStr(Interned.intern("_run_callback")) ?? .none)
    }

    static let planName = Interned.intern("_plan_")

    /// CFuncPtr.__call__: the fast path through the function's plan, else the Python half's
    /// `_call_` (from_param conversions, errcheck, out-parameters, errors).
    static func callFunctionPointer(_ f: Value, _ args: Arguments) throws(PyException) -> Value {
        var plan = try Runtime.lookupAttribute(f, planName) ?? BuiltinTypes.none
        if plan.isIdentical(BuiltinTypes.none) {
            plan = try Runtime.callMethod(f, "_make_plan_")
        }
        if BytesOps.isBytes(plan), let r = try CtypesCall.invoke(plan, args, normalised: false) {
            return r
        }
        let slow = try Runtime.getAttribute(f, Interned.intern("_call_"))
        return try Runtime.call(slow, args)
    }
}
