// The select module: select() and poll objects (selectors.py then offers PollSelector and
// SelectSelector; subprocess waits on its pipes with PollSelector). select() is done with
// poll(2) too, so no FD_SETSIZE limit applies. epoll is not provided (selectors falls back).
//
//   poll  word 0 type   1 dict fd → event mask

#if canImport(Glibc)
import Glibc
#endif

enum SelectModule {
    static var pollType = Value(bits: 0)

    static let constants: [(String, Int64)] = [
        ("POLLIN", 1), ("POLLPRI", 2), ("POLLOUT", 4), ("POLLERR", 8), ("POLLHUP", 16), ("POLLNVAL", 32),
        ("POLLRDNORM", 64), ("POLLRDBAND", 128), ("POLLWRNORM", 256), ("POLLWRBAND", 512), ("POLLMSG", 1024),
        ("POLLRDHUP", 8192), ("PIPE_BUF", 4096),
    ]

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "select")
        let d = DictRef(ModuleObject.dict(m))
        for (name, value) in constants { d.setStr(Interned.intern(name), IntOps.make(value)) }
        d.setStr(Interned.intern("error"), ExceptionTypes.named("OSError"))
        setUp()
        ModuleTypes.export([], to: m)
        ModuleTypes.function(m, "select") { _, args throws(PyException) in try select(args) }
        ModuleTypes.function(m, "poll") { _, args throws(PyException) in
            try args.expect("poll", count: 0)
            let p = ModuleTypes.instance(of: pollType)
            p.storeValue(1, DictRef.create().value)
            return p
        }
        return m
    }

    /// select(rlist, wlist, xlist[, timeout]): the members of each list that are ready.
    static func select(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("select")
        try args.checkPositional("select", 3, 4)
        var timeout: Double? = nil
        if args.positionalCount == 4 && !args[3].isIdentical(.none) {
            guard FloatOps.isFloat(args[3]) || IntOps.isInt(args[3]) else { throw typeError("timeout must be a float or None") }
            timeout = try PollWait.seconds(args[3], negative: "timeout must be non-negative")
        }
        let lists = TupleRef.allocate(3)
        for i in 0..<3 {
            lists[i] = try ListRef.fromIterable(args[i], orTypeError: "arguments 1-3 must be sequences").value
        }
        let masks: [Int16] = [Int16(POLLIN), Int16(POLLOUT), Int16(POLLPRI)]
        var fds: [pollfd] = []
        var owners: [(list: Int, index: Int)] = []
        for i in 0..<3 {
            let l = ListRef(lists[i])
            for j in 0..<l.count {
                fds.append(pollfd(fd: try PollWait.descriptor(l[j]), events: masks[i], revents: 0))
                owners.append((i, j))
            }
        }
        _ = try PollWait.wait(&fds, seconds: timeout)
        let result = TupleRef.allocate(3)
        for i in 0..<3 { result[i] = ListRef.create().value }
        let readable = Int16(POLLIN | POLLHUP | POLLERR), writable = Int16(POLLOUT | POLLERR), exceptional = Int16(POLLPRI)
        for (k, owner) in owners.enumerated() {
            let wanted = [readable, writable, exceptional][owner.list]
            if fds[k].revents & Int16(POLLNVAL) != 0 { throw OSErrors.fromErrno(EBADF) }
            if fds[k].revents & wanted != 0 {
                ListRef(result[owner.list]).append(ListRef(lists[owner.list])[owner.index])
            }
        }
        return result.value
    }

    static func registrations(_ p: Value) -> DictRef { DictRef(p.loadValue(1)) }

    static func eventMask(_ v: Value) throws(PyException) -> Int64 {
        guard let n = try IntOps.index(v) else {
            throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
        }
        if n < 0 || n > 0xffff {
            throw pyError(ExceptionTypes.named("OverflowError"), n < 0 ? "can't convert negative int to unsigned" : "Python int too large for C unsigned short")
        }
        return Int64(n)
    }

    static func setUp() {
        if !pollType.isNull { return }
        let slots = TypeSlots()
        pollType = ModuleTypes.make("poll", module: "select", words: 2, flags: [], slots: slots)
        NativeFunctions.addMethod(pollType, "register") { p, args throws(PyException) in
            try args.checkPositional("register", 1, 2)
            let fd = try PollWait.descriptor(args[0])
            let mask = args.positionalCount == 2 ? try eventMask(args[1]) : Int64(POLLIN | POLLPRI | POLLOUT)
            try registrations(p).set(IntOps.make(Int64(fd)), IntOps.make(mask))
            return .none
        }
        NativeFunctions.addMethod(pollType, "modify") { p, args throws(PyException) in
            try args.checkPositional("modify", 2, 2)
            let key = IntOps.make(Int64(try PollWait.descriptor(args[0])))
            let mask = try eventMask(args[1])
            if try registrations(p).get(key) == nil { throw OSErrors.fromErrno(ENOENT) }
            try registrations(p).set(key, IntOps.make(mask))
            return .none
        }
        NativeFunctions.addMethod(pollType, "unregister") { p, args throws(PyException) in
            try args.expect("unregister", count: 1)
            let key = IntOps.make(Int64(try PollWait.descriptor(args[0])))
            if try registrations(p).remove(key) == nil {
                let t = TupleRef.allocate(1)
                t[0] = key
                throw PyException(ExceptionObject.create(type: ExceptionTypes.named("KeyError"), args: t.value))
            }
            return .none
        }
        NativeFunctions.addMethod(pollType, "poll") { p, args throws(PyException) in
            try args.checkPositional("poll", 0, 1)
            var timeout: Double? = nil
            if args.positionalCount == 1 && !args[0].isIdentical(.none) {
                guard FloatOps.isFloat(args[0]) || IntOps.isInt(args[0]) else { throw typeError("timeout must be an integer or None") }
                let ms = try TimeModule.timeArgument(args[0])
                if ms >= 0 { timeout = ms.rounded(.up) / 1000 }
            }
            let d = registrations(p)
            let keys = try ListRef.fromIterable(d.value)
            var fds: [pollfd] = []
            for i in 0..<keys.count {
                let mask = IntOps.asInt64(try d.get(keys[i]) ?? .none) ?? 0
                fds.append(pollfd(fd: Int32(IntOps.asInt64(keys[i]) ?? -1), events: Int16(truncatingIfNeeded: mask), revents: 0))
            }
            _ = try PollWait.wait(&fds, seconds: timeout)
            let result = ListRef.create()
            for f in fds where f.revents != 0 {
                let events = Int64(UInt16(bitPattern: f.revents))
                result.append(TupleRef.create(IntOps.make(Int64(f.fd)), IntOps.make(events)).value)
            }
            return result.value
        }
    }
}
