// posix: file descriptors, paths and directories. Each raises the OSError subclass for its
// errno with the file names involved (OSErrors). Descriptors the module opens are
// non-inheritable (O_CLOEXEC), as CPython's (PEP 446).

#if canImport(Glibc)
import Glibc
#endif

enum PosixFiles {
    typealias Adder = (String, @escaping NativeBody) -> Void

    static func check(_ r: Int32, _ path: PosixPath.Argument? = nil, _ path2: PosixPath.Argument? = nil) throws(PyException) {
        if r < 0 { throw OSErrors.fromErrno(filename: path?.original ?? .null, filename2: path2?.original ?? .null) }
    }

    static func stat(_ p: PosixPath.Argument, follow: Bool) throws(PyException) -> Value {
        var st = Glibc.stat()
        let r: Int32
        if let fd = p.fd {
            r = fstat(fd, &st)
        } else {
            r = follow ? statPath(p.cString, &st) : lstat(p.cString, &st)
        }
        try check(r, p)
        return PosixStat.make(st)
    }

    static func statPath(_ path: UnsafePointer<CChar>, _ st: UnsafeMutablePointer<Glibc.stat>) -> Int32 {
        fstatat(AT_FDCWD, path, st, 0)
    }

    static func isFalse(_ v: Value?) throws(PyException) -> Bool {
        guard let v else { return false }
        return !(try Runtime.isTrue(v))
    }

    static func getcwd(asBytes: Bool) throws(PyException) -> Value {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard Glibc.getcwd(&buffer, buffer.count) != nil else { throw OSErrors.fromErrno() }
        let end = buffer.firstIndex(of: 0) ?? buffer.count
        return PosixPath.decode(buffer[0..<end].map { UInt8(bitPattern: $0) }, asBytes: asBytes)
    }

    static func install(_ add: Adder) {
        add("stat") { _, args throws(PyException) in
            let names = ["path", "dir_fd", "follow_symlinks"]
            let p = try PosixPath.convert(try args.required(0, "path", of: "stat", names: names), function: "stat", allowFD: true)
            return try stat(p, follow: !(try isFalse(try args.parameter(2, "follow_symlinks", of: "stat", names: names))))
        }
        add("lstat") { _, args throws(PyException) in
            let names = ["path", "dir_fd"]
            let p = try PosixPath.convert(try args.required(0, "path", of: "lstat", names: names), function: "lstat")
            return try stat(p, follow: false)
        }
        add("fstat") { _, args throws(PyException) in
            let fd = try PosixPath.fd(try args.required(0, "fd", of: "fstat", names: ["fd"]))
            var st = Glibc.stat()
            if fstat(fd, &st) != 0 { throw OSErrors.fromErrno() }
            return PosixStat.make(st)
        }
        add("getcwd") { _, args throws(PyException) in
            try args.expect("getcwd", count: 0)
            return try getcwd(asBytes: false)
        }
        add("getcwdb") { _, args throws(PyException) in
            try args.expect("getcwdb", count: 0)
            return try getcwd(asBytes: true)
        }
        add("chdir") { _, args throws(PyException) in
            let p = try PosixPath.convert(try args.required(0, "path", of: "chdir", names: ["path"]), function: "chdir", allowFD: true)
            try check(p.fd.map { fchdir($0) } ?? Glibc.chdir(p.cString), p)
            return .none
        }
        add("listdir") { _, args throws(PyException) in
            let given = try args.parameter(0, "path", of: "listdir", names: ["path"])
            var p = PosixPath.Argument()
            p.cString = [CChar(UInt8(ascii: ".")), 0]
            if let given, !given.isIdentical(.none) {
                p = try PosixPath.convert(given, function: "listdir", allowFD: true, allowNone: true)
            }
            let dir: OpaquePointer?
            if let fd = p.fd {
                let copy = dup(fd)
                if copy < 0 { throw OSErrors.fromErrno() }
                dir = fdopendir(copy)
            } else {
                dir = opendir(p.cString)
            }
            guard let dir else { throw OSErrors.fromErrno(filename: p.fd == nil && given != nil ? p.original : .null) }
            defer { closedir(dir) }
            if p.fd != nil { rewinddir(dir) }
            let result = ListRef.create()
            while let entry = readdir(dir) {
                let name = entryName(entry)
                if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
                result.append(PosixPath.decode(name, asBytes: p.isBytes))
            }
            return result.value
        }
        add("mkdir") { _, args throws(PyException) in
            let names = ["path", "mode", "dir_fd"]
            let p = try PosixPath.convert(try args.required(0, "path", of: "mkdir", names: names), function: "mkdir")
            let mode = try args.parameter(1, "mode", of: "mkdir", names: names).map { v throws(PyException) in try PosixPath.int(v) } ?? 0o777
            try check(Glibc.mkdir(p.cString, mode_t(truncatingIfNeeded: mode)), p)
            return .none
        }
        func onePath(_ name: String, _ f: @escaping (UnsafePointer<CChar>) -> Int32) {
            add(name) { _, args throws(PyException) in
                let names = ["path", "dir_fd"]
                let p = try PosixPath.convert(try args.required(0, "path", of: name, names: names), function: name)
                try check(f(p.cString), p)
                return .none
            }
        }
        onePath("rmdir") { Glibc.rmdir($0) }
        onePath("unlink") { Glibc.unlink($0) }
        onePath("remove") { Glibc.unlink($0) }
        func twoPaths(_ name: String, _ f: @escaping (UnsafePointer<CChar>, UnsafePointer<CChar>) -> Int32) {
            add(name) { _, args throws(PyException) in
                let names = ["src", "dst", "src_dir_fd", "dst_dir_fd"]
                let a = try PosixPath.convert(try args.required(0, "src", of: name, names: names), function: name, argument: "src")
                let b = try PosixPath.convert(try args.required(1, "dst", of: name, names: names), function: name, argument: "dst")
                if a.isBytes != b.isBytes {
                    throw typeError("\(name): src and dst must be the same type")
                }
                try check(f(a.cString, b.cString), a, b)
                return .none
            }
        }
        twoPaths("rename") { Glibc.rename($0, $1) }
        twoPaths("replace") { Glibc.rename($0, $1) }
        twoPaths("link") { Glibc.link($0, $1) }
        twoPaths("symlink") { Glibc.symlink($0, $1) }
        add("readlink") { _, args throws(PyException) in
            let p = try PosixPath.convert(try args.required(0, "path", of: "readlink", names: ["path", "dir_fd"]), function: "readlink")
            var buffer = [CChar](repeating: 0, count: 4096)
            let n = Glibc.readlink(p.cString, &buffer, buffer.count)
            if n < 0 { throw OSErrors.fromErrno(filename: p.original) }
            return PosixPath.decode(buffer[0..<n].map { UInt8(bitPattern: $0) }, asBytes: p.isBytes)
        }
        add("access") { _, args throws(PyException) in
            let names = ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"]
            let p = try PosixPath.convert(try args.required(0, "path", of: "access", names: names), function: "access")
            let mode = try PosixPath.int(try args.required(1, "mode", of: "access", names: names))
            return .bool(Glibc.access(p.cString, Int32(truncatingIfNeeded: mode)) == 0)
        }
        add("chmod") { _, args throws(PyException) in
            let names = ["path", "mode", "dir_fd", "follow_symlinks"]
            let p = try PosixPath.convert(try args.required(0, "path", of: "chmod", names: names), function: "chmod", allowFD: true)
            let mode = mode_t(truncatingIfNeeded: try PosixPath.int(try args.required(1, "mode", of: "chmod", names: names)))
            try check(p.fd.map { fchmod($0, mode) } ?? Glibc.chmod(p.cString, mode), p)
            return .none
        }
        add("utime") { _, args throws(PyException) in try utime(args) }
        add("truncate") { _, args throws(PyException) in
            let names = ["path", "length"]
            let p = try PosixPath.convert(try args.required(0, "path", of: "truncate", names: names), function: "truncate", allowFD: true)
            let length = off_t(try PosixPath.int(try args.required(1, "length", of: "truncate", names: names)))
            try check(p.fd.map { ftruncate($0, length) } ?? Glibc.truncate(p.cString, length), p)
            return .none
        }
        PosixDescriptors.install(add)
    }

    static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
        withUnsafeBytes(of: &entry.pointee.d_name) { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let end = bytes.firstIndex(of: 0) ?? bytes.count
            return Array(bytes[0..<end])
        }
    }

    static let utimeNow = (1 << 30) - 1

    /// utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True).
    static func utime(_ args: Arguments) throws(PyException) -> Value {
        let names = ["path", "times", "ns", "dir_fd", "follow_symlinks"]
        let p = try PosixPath.convert(try args.required(0, "path", of: "utime", names: names), function: "utime", allowFD: true)
        let times = try args.parameter(1, "times", of: "utime", names: names)
        let ns = try args.parameter(2, "ns", of: "utime", names: names)
        var spec = [timespec(tv_sec: 0, tv_nsec: utimeNow), timespec(tv_sec: 0, tv_nsec: utimeNow)]
        if let times, !times.isIdentical(.none) {
            if ns != nil { throw pyError(ExceptionTypes.named("ValueError"), "utime: you may specify either 'times' or 'ns' but not both") }
            guard TypeRef(times.type).isSubtype(of: BuiltinTypes.tuple), TupleRef(times).count == 2 else {
                throw typeError("utime: 'times' must be either a tuple of two ints or None")
            }
            for i in 0..<2 {
                let x = try TimeModule.timeArgument(TupleRef(times)[i])
                let whole = x.rounded(.down)
                spec[i] = timespec(tv_sec: Int(whole), tv_nsec: Int(((x - whole) * 1e9).rounded()))
            }
        } else if let ns {
            guard TypeRef(ns.type).isSubtype(of: BuiltinTypes.tuple), TupleRef(ns).count == 2 else {
                throw typeError("utime: 'ns' must be a tuple of two ints")
            }
            for i in 0..<2 {
                guard let n = IntOps.asInt64(TupleRef(ns)[i]) else { throw typeError("utime: 'ns' must be a tuple of two ints") }
                let seconds = n >= 0 ? n / 1_000_000_000 : (n - 999_999_999) / 1_000_000_000
                spec[i] = timespec(tv_sec: Int(seconds), tv_nsec: Int(n - seconds * 1_000_000_000))
            }
        }
        let r: Int32 = p.fd.map { futimens($0, spec) } ?? utimensat(AT_FDCWD, p.cString, spec, 0)
        try check(r, p)
        return .none
    }
}
