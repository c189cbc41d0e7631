// The fcntl module: fcntl() with an int argument, flock, lockf, and the common constants.

#if canImport(Glibc)
import Glibc
#endif

/// flock(2): Glibc's `flock` names the struct in Swift.
@_silgen_name("flock") private func lockFile(_ fd: Int32, _ operation: Int32) -> Int32

enum FcntlModule {
    static let constants: [(String, Int64)] = [
        ("F_DUPFD", 0), ("F_GETFD", 1), ("F_SETFD", 2), ("F_GETFL", 3), ("F_SETFL", 4), ("F_GETLK", 5),
        ("F_SETLK", 6), ("F_SETLKW", 7), ("F_SETOWN", 8), ("F_GETOWN", 9), ("F_SETSIG", 10), ("F_GETSIG", 11),
        ("F_RDLCK", 0), ("F_WRLCK", 1), ("F_UNLCK", 2), ("F_DUPFD_CLOEXEC", 1030), ("F_SETPIPE_SZ", 1031),
        ("F_GETPIPE_SZ", 1032), ("FD_CLOEXEC", 1), ("LOCK_SH", 1), ("LOCK_EX", 2), ("LOCK_NB", 4), ("LOCK_UN", 8),
        ("F_OFD_GETLK", 36), ("F_OFD_SETLK", 37), ("F_OFD_SETLKW", 38),
    ]

    static func create() -> Value {
        let m = ModuleObject.create(name: "fcntl")
        let d = DictRef(ModuleObject.dict(m))
        for (name, value) in constants { d.setStr(Interned.intern(name), IntOps.make(value)) }
        ModuleTypes.function(m, "fcntl") { _, args throws(PyException) in
            try args.checkPositional("fcntl", 2, 3)
            let fd = try PollWait.descriptor(args[0])
            let cmd = Int32(truncatingIfNeeded: try PosixPath.int(args[1]))
            if args.positionalCount == 3 && !IntOps.isInt(args[2]) {
                throw pyError(ExceptionTypes.named("NotImplementedError"), "fcntl() with a buffer argument is not supported")
            }
            let arg = args.positionalCount == 3 ? Int32(truncatingIfNeeded: try PosixPath.int(args[2])) : 0
            let r = PosixDescriptors.retrying { Glibc.fcntl(fd, cmd, arg) }
            if r < 0 { throw OSErrors.fromErrno() }
            return IntOps.make(Int64(r))
        }
        ModuleTypes.function(m, "flock") { _, args throws(PyException) in
            try args.checkPositional("flock", 2, 2)
            let fd = try PollWait.descriptor(args[0])
            let op = Int32(truncatingIfNeeded: try PosixPath.int(args[1]))
            if PosixDescriptors.retrying({ lockFile(fd, op) }) != 0 { throw OSErrors.fromErrno() }
            return .none
        }
        ModuleTypes.function(m, "lockf") { _, args throws(PyException) in
            try args.checkPositional("lockf", 2, 5)
            let fd = try PollWait.descriptor(args[0])
            let op = Int32(truncatingIfNeeded: try PosixPath.int(args[1]))
            // LOCK_* to lockf's F_* commands, as CPython maps them.
            let cmd: Int32 = op & 8 != 0 ? F_ULOCK : (op & 4 != 0 ? F_TLOCK : F_LOCK)
            if PosixDescriptors.retrying({ Glibc.lockf(fd, cmd, 0) }) != 0 { throw OSErrors.fromErrno() }
            return .none
        }
        return m
    }
}
