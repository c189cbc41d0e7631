// The posix module (what os.py builds on): process information, the environment, constants,
// and the small functions. Files and directories are in PosixFiles.swift, stat results in
// PosixStat.swift, scandir in PosixScandir.swift. dir_fd and friends are not supported, so
// _have_functions is empty and os.supports_dir_fd stays empty (shutil then takes its
// path-based ways).

#if canImport(Glibc)
import Glibc
#endif

enum PosixModule {
    @inline(never)
    static func create() -> Value {
        OSErrors.installStr()
        PosixStat.setUp()
        let m = ModuleObject.create(name: "posix")
        let d = DictRef(ModuleObject.dict(m))
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        func add(_ name: String, _ body: @escaping NativeBody) { set(name, NativeFunctions.make(name, bound: m, body)) }
        for (name, value) in constants { set(name, IntOps.make(Int64(value))) }
        set("_have_functions", ListRef.create().value)
        set("environ", environ())
        set("error", ExceptionTypes.named("OSError"))
        set("stat_result", PosixStat.statResult)
        set("uname_result", PosixStat.unameResult)
        set("times_result", PosixStat.timesResult)
        set("terminal_size", PosixStat.terminalSize)

        func ids(_ name: String, _ f: @escaping () -> Int) {
            add(name) { _, args throws(PyException) in
                try args.expect(name, count: 0)
                return IntOps.make(Int64(f()))
            }
        }
        ids("getpid") { Int(getpid()) }
        ids("getppid") { Int(getppid()) }
        ids("getuid") { Int(getuid()) }
        ids("geteuid") { Int(geteuid()) }
        ids("getgid") { Int(getgid()) }
        ids("getegid") { Int(getegid()) }
        ids("getpgrp") { Int(getpgrp()) }
        add("getlogin") { _, _ throws(PyException) in
            guard let s = getlogin() else { throw OSErrors.fromErrno() }
            return StrRef.create(String(cString: s)).value
        }
        add("getgroups") { _, _ in
            var groups = [gid_t](repeating: 0, count: 256)
            let n = getgroups(Int32(groups.count), &groups)
            let l = ListRef.create()
            for i in 0..<max(Int(n), 0) { l.append(IntOps.make(Int64(groups[i]))) }
            return l.value
        }
        add("strerror") { _, args throws(PyException) in
            try args.expect("strerror", count: 1)
            return StrRef.create(OSErrors.message(Int32(truncatingIfNeeded: try PosixPath.int(args[0])))).value
        }
        add("urandom") { _, args throws(PyException) in
            try args.expect("urandom", count: 1)
            let n = try PosixPath.int(args[0])
            if n < 0 { throw pyError(ExceptionTypes.named("ValueError"), "negative argument not allowed") }
            let fd = Glibc.open("/dev/urandom", O_RDONLY | O_CLOEXEC)
            if fd < 0 { throw OSErrors.fromErrno() }
            defer { Glibc.close(fd) }
            var bytes: [UInt8] = []
            while bytes.count < n {
                let chunk = try PosixDescriptors.read(fd, n - bytes.count)
                if chunk.isEmpty { throw OSErrors.fromErrno(EIO) }
                bytes += chunk
            }
            return BytesOps.create(bytes)
        }
        add("cpu_count") { _, _ in
            let n = sysconf(Int32(_SC_NPROCESSORS_ONLN))
            return n > 0 ? IntOps.make(Int64(n)) : .none
        }
        add("uname") { _, _ throws(PyException) in try PosixStat.uname() }
        add("times") { _, _ in PosixStat.times() }
        add("umask") { _, args throws(PyException) in
            try args.expect("umask", count: 1)
            return IntOps.make(Int64(Glibc.umask(mode_t(truncatingIfNeeded: try PosixPath.int(args[0])))))
        }
        add("_exit") { _, args throws(PyException) in
            try args.expect("_exit", count: 1)
            fflush(stdout)
            Glibc._exit(Int32(truncatingIfNeeded: try PosixPath.int(args[0])))
        }
        add("abort") { _, _ in Glibc.abort() }
        add("system") { _, args throws(PyException) in
            let names = ["command"]
            let command = try args.required(0, "command", of: "system", names: names)
            let c = try PosixPath.convert(command, function: "system", argument: "command")
            fflush(stdout)
            return IntOps.make(Int64(Glibc.system(c.cString)))
        }
        add("kill") { _, args throws(PyException) in
            try args.expect("kill", count: 2)
            if Glibc.kill(pid_t(truncatingIfNeeded: try PosixPath.int(args[0])), Int32(truncatingIfNeeded: try PosixPath.int(args[1]))) != 0 {
                throw OSErrors.fromErrno()
            }
            // A signal sent to ourselves is handled before kill returns, as CPython's is
            // by the eval breaker's next check.
            if Signals.interruptPending { try Signals.raiseInterrupt() }
            return .none
        }
        add("waitpid") { _, args throws(PyException) in
            try args.expect("waitpid", count: 2)
            var status: Int32 = 0
            let target = pid_t(truncatingIfNeeded: try PosixPath.int(args[0]))
            let options = Int32(truncatingIfNeeded: try PosixPath.int(args[1]))
            // Interrupted waits are resumed after the Python handlers ran (PEP 475).
            var pid = Glibc.waitpid(target, &status, options)
            while pid < 0 && errno == EINTR {
                if Signals.interruptPending { try Signals.raiseInterrupt() }
                pid = Glibc.waitpid(target, &status, options)
            }
            if pid < 0 { throw OSErrors.fromErrno() }
            return TupleRef.create(IntOps.make(Int64(pid)), IntOps.make(Int64(status))).value
        }
        func statusMacro(_ name: String, bool: Bool, _ f: @escaping (Int32) -> Int32) {
            add(name) { _, args throws(PyException) in
                let status = try args.required(0, "status", of: name, names: ["status"])
                let r = f(Int32(truncatingIfNeeded: try PosixPath.int(status)))
                return bool ? .bool(r != 0) : IntOps.make(Int64(r))
            }
        }
        statusMacro("WIFEXITED", bool: true) { $0 & 0x7f == 0 ? 1 : 0 }
        statusMacro("WEXITSTATUS", bool: false) { ($0 >> 8) & 0xff }
        statusMacro("WIFSIGNALED", bool: true) { (($0 & 0x7f) + 1) >> 1 > 0 && $0 & 0x7f != 0x7f ? 1 : 0 }
        statusMacro("WTERMSIG", bool: false) { $0 & 0x7f }
        statusMacro("WIFSTOPPED", bool: true) { $0 & 0xff == 0x7f ? 1 : 0 }
        statusMacro("WSTOPSIG", bool: false) { ($0 >> 8) & 0xff }
        statusMacro("WIFCONTINUED", bool: true) { $0 == 0xffff ? 1 : 0 }
        statusMacro("WCOREDUMP", bool: true) { $0 & 0x80 }
        add("waitstatus_to_exitcode") { _, args throws(PyException) in
            let v = try args.required(0, "status", of: "waitstatus_to_exitcode", names: ["status"])
            let status = Int32(truncatingIfNeeded: try PosixPath.int(v))
            if status & 0x7f == 0 { return IntOps.make(Int64((status >> 8) & 0xff)) }
            if status & 0xff != 0x7f { return IntOps.make(-Int64(status & 0x7f)) }
            throw pyError(ExceptionTypes.named("ValueError"), "invalid wait status: \(status)")
        }
        add("fspath") { _, args throws(PyException) in
            let path = try args.required(0, "path", of: "fspath", names: ["path"])
            return try PosixPath.fspath(path)
        }
        add("putenv") { _, args throws(PyException) in
            try args.expect("putenv", count: 2)
            let key = try PosixPath.convert(args[0], function: "putenv", argument: "name")
            let value = try PosixPath.convert(args[1], function: "putenv", argument: "value")
            if key.cString.count <= 1 || key.cString.contains(CChar(UInt8(ascii: "="))) {
                throw pyError(ExceptionTypes.named("ValueError"), "illegal environment variable name")
            }
            if setenv(key.cString, value.cString, 1) != 0 { throw OSErrors.fromErrno() }
            return .none
        }
        add("unsetenv") { _, args throws(PyException) in
            try args.expect("unsetenv", count: 1)
            let key = try PosixPath.convert(args[0], function: "unsetenv", argument: "name")
            if key.cString.count <= 1 || key.cString.contains(CChar(UInt8(ascii: "="))) {
                throw pyError(ExceptionTypes.named("ValueError"), "illegal environment variable name")
            }
            if Glibc.unsetenv(key.cString) != 0 { throw OSErrors.fromErrno() }
            return .none
        }
        add("get_terminal_size") { _, args throws(PyException) in
            try args.expect("get_terminal_size", min: 0, max: 1)
            let fd = args.positionalCount == 1 ? try PosixPath.fd(args[0]) : 1
            var size = winsize()
            if ioctl(fd, UInt(TIOCGWINSZ), &size) != 0 { throw OSErrors.fromErrno() }
            let t = StructSequence.allocate(PosixStat.terminalSize)
            StructSequence.set(t, 0, IntOps.make(Int64(size.ws_col)))
            StructSequence.set(t, 1, IntOps.make(Int64(size.ws_row)))
            return t
        }
        add("device_encoding") { _, args throws(PyException) in
            let fd = try PosixPath.fd(try args.required(0, "fd", of: "device_encoding", names: ["fd"]))
            return isatty(fd) != 0 ? StrRef.create("utf-8").value : .none
        }
        add("register_at_fork") { _, _ in .none }
        add("sched_getaffinity") { _, _ in
            let s = SetOps.empty(SetOps.setType)
            let n = max(sysconf(Int32(_SC_NPROCESSORS_ONLN)), 1)
            for i in 0..<n { _ = try? SetOps.add(s, IntOps.make(Int64(i))) }
            return s
        }
        PosixFiles.install(add)
        PosixScandir.install(m)
        return m
    }

    /// posix.environ: bytes keys and values, as CPython's (os.py wraps it in os.environ).
    static func environ() -> Value {
        let d = DictRef.create()
        var p = Glibc.environ
        while let entry = p.pointee {
            let text = Array(UnsafeBufferPointer(start: UnsafeRawPointer(entry).assumingMemoryBound(to: UInt8.self),
                                                 count: strlen(entry)))
            if let eq = text.firstIndex(of: UInt8(ascii: "=")), eq > 0 {
                let key = BytesOps.create(Array(text[..<eq]))
                if (try? d.get(key)) == nil {
                    let value = BytesOps.create(Array(text[(eq + 1)...]))
                    try? d.set(key, value)
                }
            }
            p += 1
        }
        return d.value
    }

    static let constants: [(String, Int32)] = [
        ("F_OK", F_OK), ("R_OK", R_OK), ("W_OK", W_OK), ("X_OK", X_OK),
        ("O_RDONLY", O_RDONLY), ("O_WRONLY", O_WRONLY), ("O_RDWR", O_RDWR), ("O_ACCMODE", O_ACCMODE),
        ("O_APPEND", O_APPEND), ("O_CREAT", O_CREAT), ("O_EXCL", O_EXCL), ("O_TRUNC", O_TRUNC),
        ("O_NONBLOCK", O_NONBLOCK), ("O_NDELAY", O_NDELAY), ("O_NOCTTY", O_NOCTTY), ("O_SYNC", 0x101000),
        ("O_DSYNC", 0x1000), ("O_RSYNC", 0x101000), ("O_FSYNC", 0x101000), ("O_CLOEXEC", 0x80000),
        ("O_DIRECTORY", 0x10000), ("O_NOFOLLOW", 0x20000), ("O_ASYNC", 0x2000), ("O_DIRECT", 0x4000),
        ("O_LARGEFILE", 0), ("O_NOATIME", 0x40000), ("O_PATH", 0x200000), ("O_TMPFILE", 0x410000),
        ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2), ("SEEK_DATA", 3), ("SEEK_HOLE", 4),
        ("WNOHANG", 1), ("WUNTRACED", 2), ("WCONTINUED", 8), ("WEXITED", 4), ("WSTOPPED", 2), ("WNOWAIT", 0x1000000),
        ("EX_OK", 0), ("EX_USAGE", 64), ("EX_DATAERR", 65), ("EX_NOINPUT", 66), ("EX_NOUSER", 67), ("EX_NOHOST", 68),
        ("EX_UNAVAILABLE", 69), ("EX_SOFTWARE", 70), ("EX_OSERR", 71), ("EX_OSFILE", 72), ("EX_CANTCREAT", 73),
        ("EX_IOERR", 74), ("EX_TEMPFAIL", 75), ("EX_PROTOCOL", 76), ("EX_NOPERM", 77), ("EX_CONFIG", 78),
        ("F_LOCK", 1), ("F_TLOCK", 2), ("F_ULOCK", 0), ("F_TEST", 3), ("TMP_MAX", 238328), ("NGROUPS_MAX", 65536),
        ("P_PID", 1), ("P_PGID", 2), ("P_ALL", 0), ("PRIO_PROCESS", 0), ("PRIO_PGRP", 1), ("PRIO_USER", 2),
        ("RTLD_LAZY", 1), ("RTLD_NOW", 2), ("RTLD_GLOBAL", 0x100), ("RTLD_LOCAL", 0), ("RTLD_NODELETE", 0x1000),
        ("RTLD_NOLOAD", 4), ("RTLD_DEEPBIND", 8),
        ("SCHED_OTHER", 0), ("SCHED_FIFO", 1), ("SCHED_RR", 2), ("SCHED_BATCH", 3), ("SCHED_IDLE", 5),
        ("CLD_EXITED", 1), ("CLD_KILLED", 2), ("CLD_DUMPED", 3), ("CLD_TRAPPED", 4), ("CLD_STOPPED", 5), ("CLD_CONTINUED", 6),
    ]
}
