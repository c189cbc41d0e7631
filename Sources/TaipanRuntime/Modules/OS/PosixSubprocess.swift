// _posixsubprocess.fork_exec, what subprocess.Popen starts children with. Everything the
// child needs (argv, environment, executables) is converted to C strings before fork(), so
// the child only makes system calls. A child that fails before or in exec writes
// "ExceptionName:hex errno:detail" to the error pipe and exits with status 255; Popen turns
// that into the exception (CPython's protocol, so subprocess.py reads it unchanged).

#if canImport(Glibc)
import Glibc
#endif

enum PosixSubprocess {
    static func create() -> Value {
        let m = ModuleObject.create(name: "_posixsubprocess")
        ModuleTypes.function(m, "fork_exec") { _, args throws(PyException) in try forkExec(args) }
        return m
    }

    /// NUL-terminated C strings from a sequence of str/bytes/path-like items.
    static func cStrings(_ v: Value, _ what: String) throws(PyException) -> [[CChar]] {
        let items = try ListRef.fromIterable(v)
        var result: [[CChar]] = []
        for i in 0..<items.count {
            let c = try PosixPath.convert(items[i], function: "fork_exec", argument: what).cString
            if c.dropLast().contains(0) { throw pyError(ExceptionTypes.named("ValueError"), "embedded null byte") }
            result.append(c)
        }
        return result
    }

    static func fd(_ v: Value) throws(PyException) -> Int32 { Int32(truncatingIfNeeded: try PosixPath.int(v)) }

    static func forkExec(_ args: Arguments) throws(PyException) -> Value {
        try args.checkPositional("fork_exec", 23, 23)
        let argv = args[0].isIdentical(.none) ? [] : try cStrings(args[0], "args")
        let executables = try cStrings(args[1], "executable")
        let closeFDs = try Runtime.isTrue(args[2])
        let keep = try ListRef.fromIterable(args[3])
        var keepFDs: [Int32] = []
        for i in 0..<keep.count { keepFDs.append(try fd(keep[i])) }
        let cwd: [CChar]? = args[4].isIdentical(.none) ? nil : try PosixPath.convert(args[4], function: "fork_exec", argument: "cwd").cString
        let env: [[CChar]]? = args[5].isIdentical(.none) ? nil : try cStrings(args[5], "env")
        let p2cread = try fd(args[6]), p2cwrite = try fd(args[7]), c2pread = try fd(args[8]), c2pwrite = try fd(args[9])
        let errread = try fd(args[10]), errwrite = try fd(args[11])
        let errpipeRead = try fd(args[12]), errpipeWrite = try fd(args[13])
        let restoreSignals = try Runtime.isTrue(args[14]), newSession = try Runtime.isTrue(args[15])
        let processGroup = try fd(args[16])
        if !args[17].isIdentical(.none) || !args[18].isIdentical(.none) || !args[19].isIdentical(.none) {
            throw pyError(ExceptionTypes.named("NotImplementedError"), "fork_exec: changing user or group is not supported")
        }
        let umaskValue = try fd(args[20])
        let preexec = args[21]

        // C arrays of pointers into the Swift strings, kept alive across fork and exec.
        var argvStorage = argv.map { strdup($0) }
        argvStorage.append(nil)
        var envStorage: [UnsafeMutablePointer<CChar>?] = env.map { $0.map { strdup($0) } } ?? []
        envStorage.append(nil)
        defer {
            for p in argvStorage { free(p) }
            for p in envStorage { free(p) }
        }
        fflush(stdout)
        fflush(stderr)
        let pid = fork()
        if pid < 0 { throw OSErrors.fromErrno() }
        if pid > 0 { return IntOps.make(Int64(pid)) }

        // The child.
        func fail(_ name: String, _ code: Int32, _ detail: String = "") -> Never {
            var message = Array("\(name):\(String(code, radix: 16)):\(detail)".utf8)
            _ = message.withUnsafeMutableBytes { b in Glibc.write(errpipeWrite, b.baseAddress, b.count) }
            Glibc._exit(255)
        }
        for f in [p2cwrite, c2pread, errread] where f != -1 { Glibc.close(f) }
        Glibc.close(errpipeRead)
        // Descriptors about to become 0-2 must not be overwritten by an earlier dup2.
        var outFD = c2pwrite, errFD = errwrite
        if outFD == 0 { outFD = dup(outFD) }
        while errFD == 0 || errFD == 1 { errFD = dup(errFD) }
        for (source, target) in [(p2cread, Int32(0)), (outFD, Int32(1)), (errFD, Int32(2))] where source != -1 {
            if source == target {
                _ = fcntl(source, F_SETFD, fcntl(source, F_GETFD) & ~FD_CLOEXEC)
            } else if dup2(source, target) < 0 {
                fail("OSError", errno)
            }
        }
        if let cwd, chdir(cwd) != 0 { fail("OSError", errno, "noexec") }
        if umaskValue >= 0 { umask(mode_t(umaskValue)) }
        if restoreSignals {
            signal(SIGPIPE, SIG_DFL)
            signal(SIGXFSZ, SIG_DFL)
        }
        if newSession && setsid() < 0 { fail("OSError", errno) }
        if processGroup >= 0 && setpgid(0, processGroup) < 0 { fail("OSError", errno) }
        if !preexec.isIdentical(.none) {
            do { _ = try Runtime.call(preexec) } catch { fail("SubprocessError", 0, "Exception occurred in preexec_fn.") }
        }
        if closeFDs {
            let limit = Int32(max(sysconf(Int32(_SC_OPEN_MAX)), 256))
            var f: Int32 = 3
            while f < limit {
                if !keepFDs.contains(f) { Glibc.close(f) }
                f += 1
            }
        }
        var saved: Int32 = 0
        for exe in executables {
            if env != nil {
                execve(exe, argvStorage, envStorage)
            } else {
                execv(exe, argvStorage)
            }
            if errno != ENOENT && errno != ENOTDIR && saved == 0 { saved = errno }
        }
        fail("OSError", saved != 0 ? saved : errno)
    }
}
