// _socket.socket: a socket over POSIX calls, with CPython's timeout modes: blocking (timeout
// None), non-blocking (0.0: EAGAIN raises BlockingIOError), or a timeout (the descriptor is
// O_NONBLOCK and each call first waits with poll; no readiness in time raises
// TimeoutError('timed out')). Like FileIO, a socket is closed by close() or the process's end.
//
//   socket  word 0 type   1 fd (-1: closed)   2 family   3 type   4 proto
//           5 timeout in seconds (float; negative: none)

#if canImport(Glibc)
import Glibc
#endif

enum SocketType {
    static var type = Value(bits: 0)
    static let fdWord = 1, familyWord = 2, typeWord = 3, protoWord = 4, timeoutWord = 5

    static func fd(_ s: Value) -> Int32 { Int32(truncatingIfNeeded: s.intField(fdWord)) }
    static func timeout(_ s: Value) -> Double {
        let t = s.loadValue(timeoutWord)
        return FloatOps.isFloat(t) ? FloatOps.value(t) : -1
    }

    /// A socket of class `cls` over `fd`, with the default timeout.
    static func make(_ cls: Value, fd: Int32, family: Int32, kind: Int32, proto: Int32) -> Value {
        let s = ModuleTypes.instance(of: cls)
        initialize(s, fd: fd, family: family, kind: kind, proto: proto)
        return s
    }

    static func initialize(_ s: Value, fd: Int32, family: Int32, kind: Int32, proto: Int32) {
        s.setIntField(fdWord, Int(fd))
        s.setIntField(familyWord, Int(family))
        s.setIntField(typeWord, Int(kind & ~Int32(SOCK_NONBLOCK.rawValue | SOCK_CLOEXEC.rawValue)))
        s.setIntField(protoWord, Int(proto))
        setTimeout(s, SocketModule.defaultTimeout)
    }

    static func setTimeout(_ s: Value, _ t: Double) {
        s.storeValue(timeoutWord, FloatOps.make(t))
        let d = fd(s)
        if d < 0 { return }
        let flags = fcntl(d, F_GETFL)
        if flags >= 0 { _ = fcntl(d, F_SETFL, t >= 0 ? flags | O_NONBLOCK : flags & ~O_NONBLOCK) }
    }

    /// A timeout argument: None is -1; negative values are refused.
    static func timeoutArgument(_ v: Value) throws(PyException) -> Double {
        if v.isIdentical(.none) { return -1 }
        let t = try TimeModule.timeArgument(v)
        if t < 0 { throw pyError(ExceptionTypes.named("ValueError"), "Timeout value out of range") }
        return t
    }

    static func openFD(_ s: Value) throws(PyException) -> Int32 {
        let d = fd(s)
        if d < 0 { throw OSErrors.fromErrno(EBADF) }
        return d
    }

    static func timedOut() -> PyException { pyError(ExceptionTypes.named("TimeoutError"), "timed out") }

    /// Runs `call` (a system call returning -1 with errno on failure) in the socket's
    /// timeout mode, waiting for `events` first when there is a timeout.
    static func perform(_ s: Value, _ events: Int32, _ call: (Int32) -> Int) throws(PyException) -> Int {
        let d = try openFD(s)
        let t = timeout(s)
        let deadline = PollWait.now() + t
        while true {
            if t > 0 {
                var fds = [pollfd(fd: d, events: Int16(events), revents: 0)]
                if try PollWait.wait(&fds, seconds: max(deadline - PollWait.now(), 0)) == 0 { throw timedOut() }
            }
            let r = call(d)
            if r >= 0 { return r }
            let code = errno
            if code == EINTR {
                if Signals.interruptPending { try Signals.raiseInterrupt() }
                continue
            }
            if t > 0 && (code == EAGAIN || code == EWOULDBLOCK) { continue }
            throw OSErrors.fromErrno(code)
        }
    }

    static func address(_ s: Value, _ v: Value, _ function: String) throws(PyException) -> SocketAddress {
        try SocketAddress.from(v, family: Int32(truncatingIfNeeded: s.intField(familyWord)), function: function)
    }

    /// connect(2) in the timeout mode; the errno it ends with (0: connected).
    static func connect(_ s: Value, _ a: SocketAddress) throws(PyException) -> Int32 {
        let d = try openFD(s)
        var r = a.withPointer { p, n in Glibc.connect(d, p, n) }
        var code = r == 0 ? 0 : errno
        while code == EINTR {
            if Signals.interruptPending { try Signals.raiseInterrupt() }
            r = a.withPointer { p, n in Glibc.connect(d, p, n) }
            code = r == 0 ? 0 : errno
            if code == EISCONN { return 0 }
        }
        let t = timeout(s)
        if code == EINPROGRESS && t != 0 {
            var fds = [pollfd(fd: d, events: Int16(POLLOUT), revents: 0)]
            if try PollWait.wait(&fds, seconds: t > 0 ? t : nil) == 0 { throw timedOut() }
            var error: Int32 = 0
            var size = socklen_t(MemoryLayout<Int32>.size)
            if getsockopt(d, SOL_SOCKET, SO_ERROR, &error, &size) != 0 { return errno }
            return error
        }
        return code
    }

    static func int32(_ v: Value) throws(PyException) -> Int32 {
        Int32(truncatingIfNeeded: try PosixPath.int(v))
    }

    static func setUp() -> Value {
        if !type.isNull { return type }
        let slots = TypeSlots()
        slots.new = { cls, _ in
            let s = ModuleTypes.instance(of: cls)
            s.setIntField(fdWord, -1)
            s.setIntField(familyWord, Int(AF_INET))
            s.setIntField(typeWord, Int(SOCK_STREAM.rawValue))
            s.setIntField(protoWord, 0)
            s.storeValue(timeoutWord, FloatOps.make(-1))
            return s
        }
        slots.initialize = { s, args throws(PyException) in try construct(s, args) }
        slots.repr = { s in
            StrRef.create("<socket object, fd=\(fd(s)), family=\(s.intField(familyWord)), type=\(s.intField(typeWord)), proto=\(s.intField(protoWord))>").value
        }
        type = ModuleTypes.make("socket", module: "_socket", words: 6, slots: slots)
        GetSet.add(type, "family", get: { s in s.loadValue(familyWord) })
        GetSet.add(type, "type", get: { s in s.loadValue(typeWord) })
        GetSet.add(type, "proto", get: { s in s.loadValue(protoWord) })
        GetSet.add(type, "timeout", get: { s in timeout(s) < 0 ? .none : FloatOps.make(timeout(s)) })
        SocketMethods.install(type)
        return type
    }

    /// socket(family=-1, type=-1, proto=-1, fileno=None): -1 means AF_INET, SOCK_STREAM, 0,
    /// or, with a fileno, what the descriptor reports.
    static func construct(_ s: Value, _ args: Arguments) throws(PyException) {
        let names = ["family", "type", "proto", "fileno"]
        func int(_ i: Int) throws(PyException) -> Int32 {
            guard let v = try args.parameter(i, names[i], of: "socket", names: names), !v.isIdentical(.none) else { return -1 }
            return try int32(v)
        }
        var family = try int(0), kind = try int(1), proto = try int(2)
        let fileno = try args.parameter(3, "fileno", of: "socket", names: names) ?? .none
        if !fileno.isIdentical(.none) {
            guard IntOps.isInt(fileno) else { throw typeError("'\(TypeRef(fileno.type).nameString)' object cannot be interpreted as an integer") }
            let d = try int32(fileno)
            if d < 0 { throw pyError(ExceptionTypes.named("ValueError"), "negative file descriptor") }
            func option(_ name: Int32) throws(PyException) -> Int32 {
                var v: Int32 = 0
                var size = socklen_t(MemoryLayout<Int32>.size)
                if getsockopt(d, SOL_SOCKET, name, &v, &size) != 0 { throw OSErrors.fromErrno() }
                return v
            }
            if family == -1 { family = try option(SO_DOMAIN) }
            if kind == -1 { kind = try option(SO_TYPE) }
            if proto == -1 { proto = try option(SO_PROTOCOL) }
            initialize(s, fd: d, family: family, kind: kind, proto: proto)
            return
        }
        if family == -1 { family = AF_INET }
        if kind == -1 { kind = Int32(SOCK_STREAM.rawValue) }
        if proto == -1 { proto = 0 }
        let d = Glibc.socket(family, kind | Int32(SOCK_CLOEXEC.rawValue), proto)
        if d < 0 { throw OSErrors.fromErrno() }
        initialize(s, fd: d, family: family, kind: kind, proto: proto)
    }
}
