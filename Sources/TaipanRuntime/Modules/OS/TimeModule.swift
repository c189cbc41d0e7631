// The time module: clocks through clock_gettime, struct_time conversions through the C
// library (gmtime_r, localtime_r, mktime, strftime), with CPython 3.11's argument rules and
// messages. strptime is _strptime.py's (pure Python, over strftime and _locale).

#if canImport(Glibc)
import Glibc
#endif

enum TimeModule {
    static var structTime = Value(bits: 0)
    static let fields: [String] = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                   "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"]

    static func clockSeconds(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    static func clockNanoseconds(_ clock: clockid_t) -> Value {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return IntOps.make(Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec))
    }

    @inline(never)
    static func create() -> Value {
        if structTime.isNull {
            structTime = StructSequence.makeType("struct_time", module: "time", fields: fields, visible: 9)
        }
        let m = ModuleObject.create(name: "time")
        let d = DictRef(ModuleObject.dict(m))
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        func add(_ name: String, _ body: @escaping NativeBody) { set(name, NativeFunctions.make(name, bound: m, body)) }
        set("struct_time", structTime)
        set("_STRUCT_TM_ITEMS", IntOps.make(Int64(11)))
        let clocks: [(String, clockid_t)] = [("CLOCK_REALTIME", CLOCK_REALTIME), ("CLOCK_MONOTONIC", CLOCK_MONOTONIC),
                                             ("CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW), ("CLOCK_BOOTTIME", CLOCK_BOOTTIME),
                                             ("CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID),
                                             ("CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID), ("CLOCK_TAI", clockid_t(11))]
        for (name, id) in clocks { set(name, IntOps.make(Int64(id))) }

        func clock(_ name: String, _ id: clockid_t) {
            add(name) { _, args throws(PyException) in
                try args.expect(name, count: 0)
                return FloatOps.make(clockSeconds(id))
            }
            add(name + "_ns") { _, args throws(PyException) in
                try args.expect(name + "_ns", count: 0)
                return clockNanoseconds(id)
            }
        }
        clock("time", CLOCK_REALTIME)
        clock("monotonic", CLOCK_MONOTONIC)
        clock("perf_counter", CLOCK_MONOTONIC)
        clock("process_time", CLOCK_PROCESS_CPUTIME_ID)
        clock("thread_time", CLOCK_THREAD_CPUTIME_ID)
        add("clock_gettime") { _, args throws(PyException) in
            try args.expect("clock_gettime", count: 1)
            return FloatOps.make(clockSeconds(clockid_t(try clockID(args[0]))))
        }
        add("clock_gettime_ns") { _, args throws(PyException) in
            try args.expect("clock_gettime_ns", count: 1)
            return clockNanoseconds(clockid_t(try clockID(args[0])))
        }
        add("clock_getres") { _, args throws(PyException) in
            try args.expect("clock_getres", count: 1)
            var ts = timespec()
            if clock_getres(clockid_t(try clockID(args[0])), &ts) != 0 { throw OSErrors.fromErrno() }
            return FloatOps.make(Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9)
        }
        add("sleep") { _, args throws(PyException) in
            try args.expect("sleep", count: 1)
            let seconds = try timeArgument(args[0])
            if seconds < 0 { throw pyError(ExceptionTypes.named("ValueError"), "sleep length must be non-negative") }
            var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.towardZero)) * 1e9))
            var remaining = timespec()
            while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
            return .none
        }
        add("gmtime") { _, args throws(PyException) in
            try args.expect("gmtime", min: 0, max: 1)
            var t = try timestamp(args.positionalCount == 1 ? args[0] : .none)
            var result = tm()
            if gmtime_r(&t, &result) == nil { throw OSErrors.fromErrno() }
            return makeStructTime(result)
        }
        add("localtime") { _, args throws(PyException) in
            try args.expect("localtime", min: 0, max: 1)
            var t = try timestamp(args.positionalCount == 1 ? args[0] : .none)
            var result = tm()
            if localtime_r(&t, &result) == nil { throw OSErrors.fromErrno() }
            return makeStructTime(result)
        }
        add("mktime") { _, args throws(PyException) in
            try args.expect("mktime", count: 1)
            var t = try timeTuple(args[0], "mktime")
            t.tm_wday = -1
            let r = Glibc.mktime(&t)
            if r == -1 && t.tm_wday == -1 {
                throw pyError(ExceptionTypes.named("OverflowError"), "mktime argument out of range")
            }
            return FloatOps.make(Double(r))
        }
        add("asctime") { _, args throws(PyException) in
            try args.expect("asctime", min: 0, max: 1)
            var t: tm
            if args.positionalCount == 1 {
                t = try timeTuple(args[0], "asctime")
                try checkRanges(&t, forStrftime: false)
            } else {
                var now = time_t(clockSeconds(CLOCK_REALTIME))
                t = tm()
                localtime_r(&now, &t)
            }
            return StrRef.create(asctimeText(t)).value
        }
        add("ctime") { _, args throws(PyException) in
            try args.expect("ctime", min: 0, max: 1)
            var now = try timestamp(args.positionalCount == 1 ? args[0] : .none)
            var t = tm()
            if localtime_r(&now, &t) == nil { throw OSErrors.fromErrno() }
            return StrRef.create(asctimeText(t)).value
        }
        add("strftime") { _, args throws(PyException) in
            try args.expect("strftime", min: 1, max: 2)
            guard StrOps.isStr(args[0]) else {
                throw typeError("strftime() argument 1 must be str, not \(TypeRef(args[0].type).nameString)")
            }
            var t: tm
            if args.positionalCount == 2 {
                t = try timeTuple(args[1], "strftime")
                try checkRanges(&t, forStrftime: true)
            } else {
                var now = time_t(clockSeconds(CLOCK_REALTIME))
                t = tm()
                localtime_r(&now, &t)
            }
            return StrRef.create(try formatTime(StrRef(args[0]).string, t)).value
        }
        add("strptime") { _, args throws(PyException) in
            let module = try Imports.importModule("_strptime")
            let f = try Runtime.getAttribute(module, Interned.intern("_strptime_time"))
            return try Runtime.call(f, args)
        }
        add("get_clock_info") { _, args throws(PyException) in
            try args.expect("get_clock_info", count: 1)
            guard StrOps.isStr(args[0]) else { throw typeError("get_clock_info() argument 1 must be str") }
            let info: (String, Bool, Bool)
            switch StrRef(args[0]).string {
            case "time": info = ("clock_gettime(CLOCK_REALTIME)", false, true)
            case "monotonic", "perf_counter": info = ("clock_gettime(CLOCK_MONOTONIC)", true, false)
            case "process_time": info = ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false)
            case "thread_time": info = ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false)
            default: throw pyError(ExceptionTypes.named("ValueError"), "unknown clock")
            }
            return Namespace.create(["implementation": StrRef.create(info.0).value, "monotonic": .bool(info.1),
                                     "adjustable": .bool(info.2), "resolution": FloatOps.make(1e-09)])
        }
        add("tzset") { _, _ in
            Glibc.tzset()
            setTimezone(d)
            return .none
        }
        Glibc.tzset()
        setTimezone(d)
        return m
    }

    static func clockID(_ v: Value) throws(PyException) -> Int {
        guard let n = try IntOps.index(v) else {
            throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
        }
        return n
    }

    /// timezone, altzone, daylight and tzname from the offsets of January and July of this
    /// year, as CPython computes them where the C library has tm_gmtoff.
    static func setTimezone(_ d: DictRef) {
        var now = time_t(clockSeconds(CLOCK_REALTIME))
        var t = tm()
        localtime_r(&now, &t)
        func probe(_ month: Int32) -> (Int, String) {
            var x = tm()
            x.tm_year = t.tm_year
            x.tm_mon = month
            x.tm_mday = 1
            x.tm_isdst = -1
            var seconds = Glibc.mktime(&x)
            var local = tm()
            localtime_r(&seconds, &local)
            let zone = local.tm_zone.map { String(cString: $0) } ?? ""
            return (-local.tm_gmtoff, zone)
        }
        let (janOffset, janName) = probe(0)
        let (julOffset, julName) = probe(6)
        let southern = janOffset < julOffset
        d.setStr(Interned.intern("timezone"), IntOps.make(Int64(southern ? julOffset : janOffset)))
        d.setStr(Interned.intern("altzone"), IntOps.make(Int64(southern ? janOffset : julOffset)))
        d.setStr(Interned.intern("daylight"), IntOps.make(Int64(janOffset != julOffset ? 1 : 0)))
        let names = TupleRef.allocate(2)
        names[0] = StrRef.create(southern ? julName : janName).value
        names[1] = StrRef.create(southern ? janName : julName).value
        d.setStr(Interned.intern("tzname"), names.value)
    }

    /// A duration in seconds: a float or an int (CPython's _PyTime_FromObject).
    static func timeArgument(_ v: Value) throws(PyException) -> Double {
        if FloatOps.isFloat(v) {
            let x = FloatOps.value(v)
            if x.isNaN { throw pyError(ExceptionTypes.named("ValueError"), "Invalid value NaN (not a number)") }
            return x
        }
        guard let n = try IntOps.index(v) else {
            throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
        }
        return Double(n)
    }

    /// A time_t from None (now), an int or a float (truncated toward zero).
    static func timestamp(_ v: Value) throws(PyException) -> time_t {
        if v.isIdentical(.none) { return time_t(clockSeconds(CLOCK_REALTIME).rounded(.down)) }
        let x = try timeArgument(v)
        if !(x > -1e18 && x < 1e18) {
            throw pyError(ExceptionTypes.named("OverflowError"), "timestamp out of range for platform time_t")
        }
        // CPython's parse_time_t_args rounds toward minus infinity (_PyTime_ROUND_FLOOR).
        return time_t(x.rounded(.down))
    }

    static func makeStructTime(_ t: tm) -> Value {
        let s = StructSequence.allocate(structTime)
        let values: [Int] = [Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday), Int(t.tm_hour), Int(t.tm_min),
                             Int(t.tm_sec), (Int(t.tm_wday) + 6) % 7, Int(t.tm_yday) + 1, Int(t.tm_isdst)]
        for (i, n) in values.enumerated() { StructSequence.set(s, i, IntOps.make(Int64(n))) }
        StructSequence.set(s, 9, StrRef.create(t.tm_zone.map { String(cString: $0) } ?? "").value)
        StructSequence.set(s, 10, IntOps.make(Int64(t.tm_gmtoff)))
        return s
    }

    /// A struct tm from a 9-tuple or struct_time (CPython's gettmarg).
    static func timeTuple(_ v: Value, _ function: String) throws(PyException) -> tm {
        guard v.isPointer, TypeRef(v.type).isSubtype(of: BuiltinTypes.tuple) else {
            throw typeError("Tuple or struct_time argument required")
        }
        let items = TupleRef(v)
        guard items.count == 9 else { throw typeError("\(function)(): illegal time tuple argument") }
        var n: [Int] = []
        for i in 0..<9 {
            guard let x = try IntOps.index(items[i]) else {
                throw typeError("'\(TypeRef(items[i].type).nameString)' object cannot be interpreted as an integer")
            }
            n.append(x)
        }
        var t = tm()
        t.tm_year = Int32(truncatingIfNeeded: n[0] - 1900)
        t.tm_mon = Int32(truncatingIfNeeded: n[1] - 1)
        t.tm_mday = Int32(truncatingIfNeeded: n[2])
        t.tm_hour = Int32(truncatingIfNeeded: n[3])
        t.tm_min = Int32(truncatingIfNeeded: n[4])
        t.tm_sec = Int32(truncatingIfNeeded: n[5])
        t.tm_wday = Int32(truncatingIfNeeded: ((n[6] + 1) % 7 + 7) % 7)
        t.tm_yday = Int32(truncatingIfNeeded: n[7] - 1)
        t.tm_isdst = Int32(truncatingIfNeeded: n[8])
        if v.type.isIdentical(structTime) {
            let s = v.loadValue(2 + 10)
            if let off = IntOps.asInt64(s) { t.tm_gmtoff = Int(off) }
        }
        return t
    }

    /// CPython's checktm, with strftime's leniency for zero fields.
    static func checkRanges(_ t: inout tm, forStrftime: Bool) throws(PyException) {
        func fail(_ m: String) -> PyException { pyError(ExceptionTypes.named("ValueError"), m) }
        if forStrftime {
            if t.tm_mon == -1 { t.tm_mon = 0 }
            if t.tm_mday == 0 { t.tm_mday = 1 }
            if t.tm_yday == -1 { t.tm_yday = 0 }
            if t.tm_isdst < -1 { t.tm_isdst = -1 } else if t.tm_isdst > 1 { t.tm_isdst = 1 }
        }
        if t.tm_mon < 0 || t.tm_mon > 11 { throw fail("month out of range") }
        if t.tm_mday < 1 || t.tm_mday > 31 { throw fail("day of month out of range") }
        if t.tm_hour < 0 || t.tm_hour > 23 { throw fail("hour out of range") }
        if t.tm_min < 0 || t.tm_min > 59 { throw fail("minute out of range") }
        if t.tm_sec < 0 || t.tm_sec > 61 { throw fail("seconds out of range") }
        if t.tm_wday < 0 { throw fail("day of week out of range") }
        if t.tm_yday < 0 || t.tm_yday > 365 { throw fail("day of year out of range") }
    }

    static func asctimeText(_ t: tm) -> String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let day = t.tm_mday < 10 ? " \(t.tm_mday)" : "\(t.tm_mday)"
        return "\(days[Int(t.tm_wday) % 7]) \(months[Int(t.tm_mon) % 12]) \(day) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(Int(t.tm_year) + 1900)"
    }

    /// strftime through the C library, growing the buffer as CPython does.
    static func formatTime(_ format: String, _ t: tm) throws(PyException) -> String {
        if format.isEmpty { return "" }
        if format.contains("\0") { throw pyError(ExceptionTypes.named("ValueError"), "embedded null character") }
        var t = t
        var size = 1024
        while size <= 256 * format.utf8.count + 1024 {
            var buffer = [CChar](repeating: 0, count: size)
            let n = strftime(&buffer, size, format, &t)
            if n > 0 || size >= 256 * format.utf8.count {
                return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            size *= 2
        }
        return ""
    }
}
