// Ctrl-C: the SIGINT handler only sets a flag (nothing else is async-signal-safe); the
// interpreter tests it at backward jumps and frame pushes, so a running loop or recursion
// raises KeyboardInterrupt at the next such point, as CPython's eval breaker does.

#if canImport(Glibc)
import Glibc
#endif

public enum Signals {
    /// Set by the SIGINT handler, cleared when KeyboardInterrupt is raised.
    nonisolated(unsafe) public static var interruptPending = false

    /// Installs the handler (CPython installs its SIGINT handler at start-up too). Without
    /// SA_RESTART, as CPython: a blocking read returns EINTR, so input() and the REPL's
    /// reader can raise KeyboardInterrupt at once.
    public static func installInterruptHandler() {
        interruptPending = false
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Signals.interruptPending = true }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Raises KeyboardInterrupt for a pending Ctrl-C.
    @inline(never)
    public static func raiseInterrupt() throws(PyException) {
        interruptPending = false
        throw PyException(ExceptionObject.create(type: ExceptionTypes.named("KeyboardInterrupt"), args: TupleRef.allocate(0).value))
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
