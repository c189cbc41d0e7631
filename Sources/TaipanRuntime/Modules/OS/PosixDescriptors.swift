// posix: the functions over file descriptors (open, read, write, lseek, pipe, dup, …).
// Interrupted system calls are retried, as PEP 475 asks.

#if canImport(Glibc)
import Glibc
#endif

enum PosixDescriptors {
    /// Calls `f` until it does not fail with EINTR.
    @inline(__always)
    static func retrying<T: BinaryInteger>(_ f: () -> T) -> T {
        while true {
            let r = f()
            if r >= 0 || errno != EINTR { return r }
        }
    }

    static func fdArgument(_ args: Arguments, _ name: String, _ names: [String] = ["fd"]) throws(PyException) -> Int32 {
        try PosixPath.fd(try args.required(0, names[0], of: name, names: names))
    }

    /// Reads up to `count` bytes (fewer at the end of the file).
    static func read(_ fd: Int32, _ count: Int) throws(PyException) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: max(count, 0))
        let n = buffer.withUnsafeMutableBytes { b in retrying { Glibc.read(fd, b.baseAddress, count) } }
        if n < 0 { throw OSErrors.fromErrno() }
        buffer.removeSubrange(n...)
        return buffer
    }

    /// Writes what one write(2) call takes; returns the count written.
    static func write(_ fd: Int32, _ bytes: [UInt8]) throws(PyException) -> Int {
        let n = bytes.withUnsafeBytes { b in retrying { Glibc.write(fd, b.baseAddress, b.count) } }
        if n < 0 { throw OSErrors.fromErrno() }
        return n
    }

    static func install(_ add: PosixFiles.Adder) {
        add("open") { _, args throws(PyException) in
            let names = ["path", "flags", "mode", "dir_fd"]
            let p = try PosixPath.convert(try args.required(0, "path", of: "open", names: names), function: "open")
            let flags = try PosixPath.int(try args.required(1, "flags", of: "open", names: names))
            let mode = try args.parameter(2, "mode", of: "open", names: names).map { v throws(PyException) in try PosixPath.int(v) } ?? 0o777
            let fd = retrying { Glibc.open(p.cString, Int32(truncatingIfNeeded: flags) | O_CLOEXEC, mode_t(truncatingIfNeeded: mode)) }
            if fd < 0 { throw OSErrors.fromErrno(filename: p.original) }
            return IntOps.make(Int64(fd))
        }
        add("close") { _, args throws(PyException) in
            let fd = try fdArgument(args, "close")
            if Glibc.close(fd) != 0 && errno != EINTR { throw OSErrors.fromErrno() }
            return .none
        }
        add("closerange") { _, args throws(PyException) in
            try args.expect("closerange", count: 2)
            let low = try PosixPath.fd(args[0]), high = try PosixPath.fd(args[1])
            if low < high { for fd in low..<high { Glibc.close(fd) } }
            return .none
        }
        add("read") { _, args throws(PyException) in
            try args.expect("read", count: 2)
            let fd = try PosixPath.fd(args[0])
            let n = try PosixPath.int(args[1])
            if n < 0 { throw OSErrors.make(EINVAL, OSErrors.message(EINVAL)) }
            return BytesOps.create(try read(fd, n))
        }
        add("write") { _, args throws(PyException) in
            try args.expect("write", count: 2)
            let fd = try PosixPath.fd(args[0])
            return IntOps.make(Int64(try write(fd, try BytesOps.requireBytesLike(args[1]))))
        }
        add("lseek") { _, args throws(PyException) in
            try args.expect("lseek", count: 3)
            let fd = try PosixPath.fd(args[0])
            let position = try PosixPath.int(args[1]), how = try PosixPath.int(args[2])
            let r = Glibc.lseek(fd, off_t(position), Int32(truncatingIfNeeded: how))
            if r < 0 { throw OSErrors.fromErrno() }
            return IntOps.make(Int64(r))
        }
        add("fsync") { _, args throws(PyException) in
            let v = try args.required(0, "fd", of: "fsync", names: ["fd"])
            let fd = IntOps.isInt(v) ? try PosixPath.fd(v) : try PosixPath.fd(try Runtime.callMethod(v, "fileno"))
            if Glibc.fsync(fd) != 0 { throw OSErrors.fromErrno() }
            return .none
        }
        add("ftruncate") { _, args throws(PyException) in
            try args.expect("ftruncate", count: 2)
            if Glibc.ftruncate(try PosixPath.fd(args[0]), off_t(try PosixPath.int(args[1]))) != 0 { throw OSErrors.fromErrno() }
            return .none
        }
        add("isatty") { _, args throws(PyException) in
            try args.expect("isatty", count: 1)
            return .bool(Glibc.isatty(try PosixPath.fd(args[0])) != 0)
        }
        add("pipe") { _, args throws(PyException) in
            try args.expect("pipe", count: 0)
            var fds: [Int32] = [0, 0]
            if Glibc.pipe(&fds) != 0 { throw OSErrors.fromErrno() }
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            return TupleRef.create(IntOps.make(Int64(fds[0])), IntOps.make(Int64(fds[1]))).value
        }
        add("dup") { _, args throws(PyException) in
            try args.expect("dup", count: 1)
            let fd = fcntl(try PosixPath.fd(args[0]), F_DUPFD_CLOEXEC, 0)
            if fd < 0 { throw OSErrors.fromErrno() }
            return IntOps.make(Int64(fd))
        }
        add("dup2") { _, args throws(PyException) in
            let names = ["fd", "fd2", "inheritable"]
            let a = try PosixPath.fd(try args.required(0, "fd", of: "dup2", names: names))
            let b = try PosixPath.fd(try args.required(1, "fd2", of: "dup2", names: names))
            let inheritable = try args.parameter(2, "inheritable", of: "dup2", names: names).map { v throws(PyException) in try Runtime.isTrue(v) } ?? true
            let r = Glibc.dup2(a, b)
            if r < 0 { throw OSErrors.fromErrno() }
            if !inheritable { _ = fcntl(r, F_SETFD, FD_CLOEXEC) }
            return IntOps.make(Int64(r))
        }
        add("get_inheritable") { _, args throws(PyException) in
            try args.expect("get_inheritable", count: 1)
            let flags = fcntl(try PosixPath.fd(args[0]), F_GETFD)
            if flags < 0 { throw OSErrors.fromErrno() }
            return .bool(flags & FD_CLOEXEC == 0)
        }
        add("set_inheritable") { _, args throws(PyException) in
            try args.expect("set_inheritable", count: 2)
            let fd = try PosixPath.fd(args[0])
            let flags = fcntl(fd, F_GETFD)
            if flags < 0 { throw OSErrors.fromErrno() }
            let on = try Runtime.isTrue(args[1])
            if fcntl(fd, F_SETFD, on ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC) < 0 { throw OSErrors.fromErrno() }
            return .none
        }
        add("get_blocking") { _, args throws(PyException) in
            try args.expect("get_blocking", count: 1)
            let flags = fcntl(try PosixPath.fd(args[0]), F_GETFL)
            if flags < 0 { throw OSErrors.fromErrno() }
            return .bool(flags & O_NONBLOCK == 0)
        }
        add("set_blocking") { _, args throws(PyException) in
            try args.expect("set_blocking", count: 2)
            let fd = try PosixPath.fd(args[0])
            let flags = fcntl(fd, F_GETFL)
            if flags < 0 { throw OSErrors.fromErrno() }
            let on = try Runtime.isTrue(args[1])
            if fcntl(fd, F_SETFL, on ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0 { throw OSErrors.fromErrno() }
            return .none
        }
    }
}
