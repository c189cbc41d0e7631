// `_thread` for a single-threaded interpreter: locks, re-entrant locks, the thread
// identity, and `start_new_thread`, which raises RuntimeError("can't start new thread")
// because Taipan runs one thread (threading.py then works for the main thread only).
//
// A lock acquired again without timeout by the thread that holds it would wait forever in
// CPython (there is no other thread to release it); here that raises RuntimeError naming
// the deadlock instead of hanging.
//
//   lock   word 0 type   1 locked (int 0/1)
//   RLock  word 0 type   1 owner count (int)

#if canImport(Glibc)
import Glibc
#endif

enum ThreadModule {
    static var lockType = Value(bits: 0)
    static var rlockType = Value(bits: 0)

    static func create() -> Value {
        let m = ModuleObject.create(name: "_thread")
        let d = DictRef(ModuleObject.dict(m))
        if lockType.isNull { makeTypes() }
        d.setStr(Interned.intern("LockType"), lockType)
        d.setStr(Interned.intern("lock"), lockType)
        d.setStr(Interned.intern("RLock"), rlockType)
        d.setStr(Interned.intern("error"), ExceptionTypes.named("RuntimeError"))
        d.setStr(Interned.intern("TIMEOUT_MAX"), FloatOps.make(9_223_372_036.0))
        ModuleTypes.function(m, "allocate_lock") { _, _ in newLock(lockType) }
        ModuleTypes.function(m, "allocate") { _, _ in newLock(lockType) }
        ModuleTypes.function(m, "get_ident") { _, _ in IntOps.make(unsigned: UInt64(pthread_self())) }
        ModuleTypes.function(m, "get_native_id") { _, _ in IntOps.make(Int64(getpid())) }
        ModuleTypes.function(m, "_count") { _, _ in IntOps.make(0) }
        ModuleTypes.function(m, "stack_size") { _, args throws(PyException) in
            try args.expect("stack_size", min: 0, max: 1)
            return IntOps.make(0)
        }
        ModuleTypes.function(m, "_set_sentinel") { _, _ in newLock(lockType) }
        ModuleTypes.function(m, "daemon_threads_allowed") { _, _ in BuiltinTypes.true }
        ModuleTypes.function(m, "start_new_thread") { _, _ throws(PyException) in
            throw pyError(ExceptionTypes.named("RuntimeError"), "can't start new thread")
        }
        ModuleTypes.function(m, "interrupt_main") { _, _ throws(PyException) in
            throw pyError(ExceptionTypes.named("KeyboardInterrupt"), "")
        }
        return m
    }

    static func newLock(_ type: Value) -> Value {
        let l = allocateObject(words: 2, type: type)
        l.storeValue(1, IntOps.make(0))
        return l
    }

    static func count(_ l: Value) -> Int64 { l.loadValue(1).smallIntValue }

    /// acquire(blocking=True, timeout=-1) on a lock held `held` times: whether it may be
    /// taken now; raises for a wait that could never end.
    static func mayAcquire(_ args: Arguments, held: Bool, name: String) throws(PyException) -> Bool {
        try args.expect(name, min: 0, max: 2, keywords: ["blocking", "timeout"])
        let blocking = try Runtime.isTrue(args.positionalCount > 0 ? args[0] : args.keyword("blocking") ?? BuiltinTypes.true)
        let timeout = args.positionalCount > 1 ? args[1] : args.keyword("timeout") ?? FloatOps.make(-1)
        let seconds = FloatOps.isFloat(timeout) ? FloatOps.value(timeout) : Double(IntOps.asInt64(timeout) ?? -1)
        if !blocking && seconds != -1 {
            throw pyError(ExceptionTypes.named("ValueError"), "can't specify a timeout for a non-blocking call")
        }
        if seconds < 0 && seconds != -1 { throw pyError(ExceptionTypes.named("ValueError"), "timeout value must be a non-negative number") }
        if !held { return true }
        if !blocking { return false }
        if seconds >= 0 {
            usleep(UInt32(min(seconds, 4000) * 1_000_000))
            return false
        }
        throw pyError(ExceptionTypes.named("RuntimeError"), "deadlock: the only thread waits for a lock it holds")
    }

    static func makeTypes() {
        let lockSlots = TypeSlots()
        lockSlots.repr = { l in
            StrRef.create("<\(count(l) > 0 ? "locked" : "unlocked") _thread.lock object at 0x\(String(l.bits, radix: 16))>").value
        }
        lockType = ModuleTypes.make("lock", module: "_thread", words: 2, flags: [], slots: lockSlots)
        func acquireLock(_ l: Value, _ args: Arguments) throws(PyException) -> Value {
            guard try mayAcquire(args, held: count(l) > 0, name: "acquire") else { return BuiltinTypes.false }
            l.storeValue(1, IntOps.make(1))
            return BuiltinTypes.true
        }
        func releaseLock(_ l: Value) throws(PyException) -> Value {
            if count(l) == 0 { throw pyError(ExceptionTypes.named("RuntimeError"), "release unlocked lock") }
            l.storeValue(1, IntOps.make(0))
            return .none
        }
        NativeFunctions.addMethod(lockType, "acquire") { l, args throws(PyException) in try acquireLock(l, args) }
        NativeFunctions.addMethod(lockType, "acquire_lock") { l, args throws(PyException) in try acquireLock(l, args) }
        NativeFunctions.addMethod(lockType, "__enter__") { l, args throws(PyException) in try acquireLock(l, args) }
        NativeFunctions.addMethod(lockType, "release") { l, _ throws(PyException) in try releaseLock(l) }
        NativeFunctions.addMethod(lockType, "release_lock") { l, _ throws(PyException) in try releaseLock(l) }
        NativeFunctions.addMethod(lockType, "__exit__") { l, _ throws(PyException) in try releaseLock(l) }
        NativeFunctions.addMethod(lockType, "locked") { l, _ in .bool(count(l) > 0) }
        NativeFunctions.addMethod(lockType, "_at_fork_reinit") { l, _ in
            l.storeValue(1, IntOps.make(0))
            return .none
        }

        let rlockSlots = TypeSlots()
        rlockSlots.new = { cls, _ in
            let r = ModuleTypes.instance(of: cls)
            r.storeValue(1, IntOps.make(0))
            return r
        }
        rlockSlots.repr = { r in
            let n = count(r)
            return StrRef.create("<\(n > 0 ? "locked" : "unlocked") _thread.RLock object owner=\(n > 0 ? String(UInt64(pthread_self())) : "0") count=\(n) at 0x\(String(r.bits, radix: 16))>").value
        }
        rlockType = ModuleTypes.make("RLock", module: "_thread", words: 2, slots: rlockSlots)
        // Re-entrant: the only thread always owns it, so acquire always succeeds.
        func acquireRLock(_ r: Value, _ args: Arguments) throws(PyException) -> Value {
            _ = try mayAcquire(args, held: false, name: "acquire")
            r.storeValue(1, IntOps.make(count(r) + 1))
            return BuiltinTypes.true
        }
        func releaseRLock(_ r: Value) throws(PyException) -> Value {
            if count(r) == 0 { throw pyError(ExceptionTypes.named("RuntimeError"), "cannot release un-acquired lock") }
            r.storeValue(1, IntOps.make(count(r) - 1))
            return .none
        }
        NativeFunctions.addMethod(rlockType, "acquire") { r, args throws(PyException) in try acquireRLock(r, args) }
        NativeFunctions.addMethod(rlockType, "__enter__") { r, args throws(PyException) in try acquireRLock(r, args) }
        NativeFunctions.addMethod(rlockType, "release") { r, _ throws(PyException) in try releaseRLock(r) }
        NativeFunctions.addMethod(rlockType, "__exit__") { r, _ throws(PyException) in try releaseRLock(r) }
        NativeFunctions.addMethod(rlockType, "_is_owned") { r, _ in .bool(count(r) > 0) }
        NativeFunctions.addMethod(rlockType, "_at_fork_reinit") { r, _ in
            r.storeValue(1, IntOps.make(0))
            return .none
        }
        BuiltinTypes.finishNewTypes()
    }
}
