// Waiting for descriptors with poll(2), shared by select and _socket: an interrupted wait
// is resumed with the time left (PEP 475), unless Ctrl-C is pending, which raises
// KeyboardInterrupt as CPython's signal check does. Also the conversion of Python's "file
// descriptor or object with fileno()" arguments (PyObject_AsFileDescriptor).

#if canImport(Glibc)
import Glibc
#endif

enum PollWait {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// poll(2) over `fds` for at most `seconds` (nil: no limit); the count of ready entries.
    static func wait(_ fds: inout [pollfd], seconds: Double?) throws(PyException) -> Int {
        let deadline = seconds.map { now() + $0 }
        while true {
            var ms: Int32 = -1
            if let deadline {
                let left = max(deadline - now(), 0)
                ms = Int32(min((left * 1000).rounded(.up), Double(Int32.max)))
            }
            let n = fds.withUnsafeMutableBufferPointer { b in Glibc.poll(b.baseAddress, nfds_t(b.count), ms) }
            if n >= 0 { return Int(n) }
            if errno != EINTR { throw OSErrors.fromErrno() }
            if Signals.interruptPending { try Signals.raiseInterrupt() }
        }
    }

    /// A file descriptor from an int or an object's fileno().
    static func descriptor(_ v: Value) throws(PyException) -> Int32 {
        var n = v
        if !IntOps.isInt(v) {
            guard let fileno = try Runtime.lookupAttribute(v, Interned.intern("fileno")) else {
                throw typeError("argument must be an int, or have a fileno() method.")
            }
            n = try Runtime.call(fileno)
            if !IntOps.isInt(n) { throw typeError("fileno() returned a non-integer") }
        }
        guard let i = IntOps.asInt64(n), i <= Int64(Int32.max), i >= Int64(Int32.min) else {
            throw pyError(ExceptionTypes.named("OverflowError"), "Python int too large to convert to C int")
        }
        if i < 0 {
            throw pyError(ExceptionTypes.named("ValueError"), "file descriptor cannot be a negative integer (\(i))")
        }
        return Int32(i)
    }

    /// A timeout in seconds: None is nil; a negative one is refused with `negative`.
    static func seconds(_ v: Value, negative: String) throws(PyException) -> Double? {
        if v.isIdentical(.none) { return nil }
        guard FloatOps.isFloat(v) || IntOps.isInt(v) else {
            throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
        }
        let s = try TimeModule.timeArgument(v)
        if s < 0 { throw pyError(ExceptionTypes.named("ValueError"), negative) }
        return s
    }
}
