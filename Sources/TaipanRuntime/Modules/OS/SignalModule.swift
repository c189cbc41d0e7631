// The _signal module (signal.py wraps it in enums): signal/getsignal over the handler table
// that Signals dispatches from, the SIG* constants, default_int_handler (SIGINT's handler
// from the start, as in CPython), strsignal, valid_signals, raise_signal, alarm, pause,
// pthread_sigmask and set_wakeup_fd.

#if canImport(Glibc)
import Glibc
#endif

enum SignalModule {
    static var module = Value(bits: 0)

    static let names: [(String, Int32)] = [
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
        ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12),
        ("SIGPIPE", 13), ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCLD", 17),
        ("SIGCONT", 18), ("SIGSTOP", 19), ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23),
        ("SIGXCPU", 24), ("SIGXFSZ", 25), ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29),
        ("SIGPOLL", 29), ("SIGPWR", 30), ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
        ("SIG_DFL", 0), ("SIG_IGN", 1), ("NSIG", 65), ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2),
        ("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("ITIMER_PROF", 2),
    ]

    static func signalNumber(_ v: Value) throws(PyException) -> Int32 {
        let n = try PosixPath.int(v)
        if n < 1 || n >= Int(Signals.count) { throw pyError(ExceptionTypes.named("ValueError"), "signal number out of range") }
        return Int32(n)
    }

    /// The signals of a set argument (an iterable of ints).
    static func signalSet(_ v: Value) throws(PyException) -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        let items = try ListRef.fromIterable(v)
        for i in 0..<items.count { sigaddset(&set, try signalNumber(items[i])) }
        return set
    }

    static func setValue(_ set: sigset_t) -> Value {
        var set = set
        let s = SetOps.empty(SetOps.setType)
        for sig in 1..<Signals.count where sigismember(&set, sig) == 1 { _ = try? SetOps.add(s, IntOps.make(Int64(sig))) }
        return s
    }

    @inline(never)
    static func create() -> Value {
        if !module.isNull { return module }
        let m = ModuleObject.create(name: "_signal")
        module = m
        let d = DictRef(ModuleObject.dict(m))
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        func add(_ name: String, _ body: @escaping NativeBody) { ModuleTypes.function(m, name, body) }
        for (name, value) in names { set(name, IntOps.make(Int64(value))) }
        set("ItimerError", SocketModule.exceptionClass("itimer_error", module: "signal"))
        add("default_int_handler") { _, _ throws(PyException) in throw Signals.keyboardInterrupt() }
        let defaultHandler = d.lookupStr(Interned.intern("default_int_handler")) ?? .none

        // The table starts from what the process has: SIG_IGN or SIG_DFL, and ours for SIGINT.
        let table = ListRef.create()
        for sig in 0..<Signals.count {
            var old = sigaction()
            var handler = IntOps.make(0)
            if sig > 0 && sigaction(sig, nil, &old) == 0 {
                let h = unsafeBitCast(old.__sigaction_handler.sa_handler, to: Int.self)
                if h == 1 { handler = IntOps.make(1) }
            }
            table.append(sig == SIGINT ? defaultHandler : handler)
        }
        Signals.handlers = table.value
        Heap.addRootProvider { v in v.visit(Signals.handlers) }

        add("signal") { _, args throws(PyException) in
            try args.expect("signal", count: 2)
            let sig = try signalNumber(args[0])
            let handler = args[1]
            var c: (@convention(c) (Int32) -> Void)? = Signals.record
            if IntOps.isInt(handler) {
                let n = IntOps.asInt64(handler) ?? -1
                if n != 0 && n != 1 {
                    throw typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
                }
                c = n == 1 ? SIG_IGN : nil
            } else if TypeRef(handler.type).slots.call == nil {
                throw typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
            }
            if !Signals.install(sig, c) { throw OSErrors.fromErrno() }
            let list = ListRef(Signals.handlers)
            let old = list[Int(sig)]
            list[Int(sig)] = handler
            return old
        }
        add("getsignal") { _, args throws(PyException) in
            try args.expect("getsignal", count: 1)
            return ListRef(Signals.handlers)[Int(try signalNumber(args[0]))]
        }
        add("strsignal") { _, args throws(PyException) in
            try args.expect("strsignal", count: 1)
            let sig = try signalNumber(args[0])
            guard let s = Glibc.strsignal(sig) else { return .none }
            let text = String(cString: s)
            return text.hasPrefix("Unknown signal") ? .none : StrRef.create(text).value
        }
        add("valid_signals") { _, _ in
            var all = sigset_t()
            sigfillset(&all)
            return setValue(all)
        }
        add("raise_signal") { _, args throws(PyException) in
            try args.expect("raise_signal", count: 1)
            if Glibc.raise(try signalNumber(args[0])) != 0 { throw OSErrors.fromErrno() }
            if Signals.interruptPending { try Signals.raiseInterrupt() }
            return .none
        }
        add("alarm") { _, args throws(PyException) in
            try args.expect("alarm", count: 1)
            return IntOps.make(Int64(Glibc.alarm(UInt32(truncatingIfNeeded: try PosixPath.int(args[0])))))
        }
        add("pause") { _, _ throws(PyException) in
            _ = Glibc.pause()
            if Signals.interruptPending { try Signals.raiseInterrupt() }
            return .none
        }
        add("siginterrupt") { _, args throws(PyException) in
            try args.expect("siginterrupt", count: 2)
            _ = try signalNumber(args[0])
            return .none
        }
        add("set_wakeup_fd") { _, args throws(PyException) in
            try args.expect("set_wakeup_fd", min: 1, max: 2)
            let old = wakeupFD
            wakeupFD = Int(try PosixPath.int(args[0]))
            return IntOps.make(Int64(old))
        }
        add("pthread_sigmask") { _, args throws(PyException) in
            try args.expect("pthread_sigmask", count: 2)
            var mask = try signalSet(args[1])
            var old = sigset_t()
            let r = Glibc.pthread_sigmask(Int32(truncatingIfNeeded: try PosixPath.int(args[0])), &mask, &old)
            if r != 0 { throw OSErrors.fromErrno(r) }
            return setValue(old)
        }
        add("pthread_kill") { _, args throws(PyException) in
            try args.expect("pthread_kill", count: 2)
            let sig = Int32(truncatingIfNeeded: try PosixPath.int(args[1]))
            let r = Glibc.pthread_kill(pthread_self(), sig)
            if r != 0 { throw OSErrors.fromErrno(r) }
            if Signals.interruptPending { try Signals.raiseInterrupt() }
            return .none
        }
        return m
    }

    static var wakeupFD = -1
}
