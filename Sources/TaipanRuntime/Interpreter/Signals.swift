// Signals: the C handler only records the signal (nothing else is async-signal-safe) and
// sets `interruptPending`; the interpreter tests that flag at backward jumps and frame
// pushes, as CPython's eval breaker does, and then runs the Python handlers of the signals
// that arrived (`dispatchPending`). Without a Python handler table (the signal module not
// imported), SIGINT raises KeyboardInterrupt.

#if canImport(Glibc)
import Glibc
#endif

public enum Signals {
    /// Set by the C handler, cleared when the pending signals are handled.
    nonisolated(unsafe) public static var interruptPending = false
    /// Per signal number: 1 when it arrived and its Python handler has not run yet.
    nonisolated(unsafe) static var arrived = UnsafeMutablePointer<Int32>.allocate(capacity: Int(count))
    /// The Python handlers by signal number (a list, or null before `signal` is imported);
    /// SignalModule keeps it.
    nonisolated(unsafe) static var handlers = Value(bits: 0)
    public static let count: Int32 = 65

    /// The C handler for every signal with a Python handler.
    static let record: @convention(c) (Int32) -> Void = { sig in
        if sig > 0 && sig < Signals.count { Signals.arrived[Int(sig)] = 1 }
        Signals.interruptPending = true
    }

    /// Installs the SIGINT handler and ignores SIGPIPE and SIGXFSZ, as CPython does at
    /// start-up (so a write to a closed pipe raises BrokenPipeError). Without SA_RESTART, as
    /// CPython: a blocking read returns EINTR, so input() and the REPL can raise at once.
    public static func installInterruptHandler() {
        interruptPending = false
        arrived.initialize(repeating: 0, count: Int(count))
        _ = install(SIGINT, record)
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
    }

    /// sigaction(sig, handler); false (errno set) when the system refuses.
    static func install(_ sig: Int32, _ handler: (@convention(c) (Int32) -> Void)?) -> Bool {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_ONSTACK
        return sigaction(sig, &action, nil) == 0
    }

    /// Runs the Python handlers of the signals that arrived; SIGINT without a handler table
    /// raises KeyboardInterrupt.
    @inline(never)
    public static func raiseInterrupt() throws(PyException) {
        interruptPending = false
        for sig in 1..<Int(count) where arrived[sig] != 0 {
            arrived[sig] = 0
            if handlers.isNull {
                if sig == Int(SIGINT) { throw keyboardInterrupt() }
                continue
            }
            let handler = ListRef(handlers)[sig]
            if handler.isNull || IntOps.isInt(handler) || handler.isIdentical(.none) { continue }
            do {
                _ = try Runtime.call(handler, IntOps.make(Int64(sig)), .none)
            } catch {
                // The signals still flagged are handled at the next check.
                for other in 1..<Int(count) where arrived[other] != 0 { interruptPending = true }
                throw error
            }
        }
    }

    static func keyboardInterrupt() -> PyException {
        PyException(ExceptionObject.create(type: ExceptionTypes.named("KeyboardInterrupt"), args: TupleRef.allocate(0).value))
    }

    /// Exits the way CPython does after an uncaught KeyboardInterrupt: killed by SIGINT,
    /// so that a calling shell sees the interrupt (status 130).
    public static func exitByInterrupt() -> Never {
        fflush(stdout)
        signal(SIGINT, SIG_DFL)
        kill(getpid(), SIGINT)
        exit(130)
    }
}
