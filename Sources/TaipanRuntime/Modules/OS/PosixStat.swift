// The struct sequences of posix: os.stat_result (ten items, then the float and nanosecond
// times and st_blksize/st_blocks/st_rdev as attributes), posix.uname_result,
// posix.times_result and os.terminal_size.

#if canImport(Glibc)
import Glibc
#endif

enum PosixStat {
    static var statResult = Value(bits: 0)
    static var unameResult = Value(bits: 0)
    static var timesResult = Value(bits: 0)
    static var terminalSize = Value(bits: 0)

    static func setUp() {
        if !statResult.isNull { return }
        // Items 7–9 are the int times; the attributes of the same names are the floats.
        statResult = StructSequence.makeType(
            "stat_result", module: "os",
            fields: ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                     "st_atime", "st_mtime", "st_ctime", "st_atime", "st_mtime", "st_ctime",
                     "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"],
            visible: 10)
        DictRef(TypeRef(statResult).dict).setStr(Interned.intern("n_unnamed_fields"), IntOps.make(Int64(3)))
        unameResult = StructSequence.makeType("uname_result", module: "posix",
                                              fields: ["sysname", "nodename", "release", "version", "machine"], visible: 5)
        timesResult = StructSequence.makeType("times_result", module: "posix",
                                              fields: ["user", "system", "children_user", "children_system", "elapsed"],
                                              visible: 5)
        terminalSize = StructSequence.makeType("terminal_size", module: "os", fields: ["columns", "lines"], visible: 2)
    }

    static func make(_ st: stat) -> Value {
        let r = StructSequence.allocate(statResult)
        func int(_ i: Int, _ n: Int64) { StructSequence.set(r, i, IntOps.make(n)) }
        int(0, Int64(st.st_mode))
        StructSequence.set(r, 1, IntOps.make(unsigned: UInt64(st.st_ino)))
        StructSequence.set(r, 2, IntOps.make(unsigned: UInt64(st.st_dev)))
        int(3, Int64(st.st_nlink))
        int(4, Int64(st.st_uid))
        int(5, Int64(st.st_gid))
        int(6, Int64(st.st_size))
        let times = [st.st_atim, st.st_mtim, st.st_ctim]
        for (k, t) in times.enumerated() {
            int(7 + k, Int64(t.tv_sec))
            StructSequence.set(r, 10 + k, FloatOps.make(Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9))
            StructSequence.set(r, 13 + k, IntOps.make(Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)))
        }
        int(16, Int64(st.st_blksize))
        int(17, Int64(st.st_blocks))
        StructSequence.set(r, 18, IntOps.make(unsigned: UInt64(st.st_rdev)))
        return r
    }

    static func uname() throws(PyException) -> Value {
        var u = utsname()
        if Glibc.uname(&u) != 0 { throw OSErrors.fromErrno() }
        let r = StructSequence.allocate(unameResult)
        func field<T>(_ i: Int, _ tuple: inout T) {
            let text = withUnsafeBytes(of: &tuple) { raw -> String in
                let bytes = raw.bindMemory(to: UInt8.self)
                let end = bytes.firstIndex(of: 0) ?? bytes.count
                return String(decoding: bytes[0..<end], as: UTF8.self)
            }
            StructSequence.set(r, i, StrRef.create(text).value)
        }
        field(0, &u.sysname)
        field(1, &u.nodename)
        field(2, &u.release)
        field(3, &u.version)
        field(4, &u.machine)
        return r
    }

    static func times() -> Value {
        var t = tms()
        let elapsed = Glibc.times(&t)
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        let r = StructSequence.allocate(timesResult)
        let values = [Double(t.tms_utime), Double(t.tms_stime), Double(t.tms_cutime), Double(t.tms_cstime), Double(elapsed)]
        for (i, v) in values.enumerated() { StructSequence.set(r, i, FloatOps.make(v / ticks)) }
        return r
    }
}
