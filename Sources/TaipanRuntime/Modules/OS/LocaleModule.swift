// The _locale module (locale.py's base): setlocale over the C library, localeconv,
// strcoll/strxfrm, getencoding and nl_langinfo(CODESET). As CPython does at start-up,
// LC_CTYPE is taken from the environment (done here, on first import).

#if canImport(Glibc)
import Glibc
#endif

enum LocaleModule {
    static var error = Value(bits: 0)

    static let constants: [(String, Int64)] = [
        ("LC_CTYPE", Int64(LC_CTYPE)), ("LC_NUMERIC", Int64(LC_NUMERIC)), ("LC_TIME", Int64(LC_TIME)),
        ("LC_COLLATE", Int64(LC_COLLATE)), ("LC_MONETARY", Int64(LC_MONETARY)), ("LC_MESSAGES", Int64(LC_MESSAGES)),
        ("LC_ALL", Int64(LC_ALL)), ("CHAR_MAX", 127), ("CODESET", Int64(CODESET)),
    ]

    static func create() -> Value {
        let m = ModuleObject.create(name: "_locale")
        let d = DictRef(ModuleObject.dict(m))
        for (name, value) in constants { d.setStr(Interned.intern(name), IntOps.make(value)) }
        if error.isNull {
            error = ModuleTypes.exceptionClass("Error", module: "locale", base: ExceptionTypes.named("ValueError"))
            _ = Glibc.setlocale(LC_CTYPE, "")
        }
        d.setStr(Interned.intern("Error"), error)
        func add(_ name: String, _ body: @escaping NativeBody) { ModuleTypes.function(m, name, body) }
        add("setlocale") { _, args throws(PyException) in
            try args.checkPositional("setlocale", 1, 2)
            let category = Int32(truncatingIfNeeded: try PosixPath.int(args[0]))
            var result: UnsafeMutablePointer<CChar>?
            if args.positionalCount == 2 && !args[1].isIdentical(.none) {
                result = Glibc.setlocale(category, try args.str(1, "setlocale").string)
                if result == nil { throw PyException(ExceptionObject.create(type: error, message: "unsupported locale setting")) }
            } else {
                result = Glibc.setlocale(category, nil)
                if result == nil { throw PyException(ExceptionObject.create(type: error, message: "locale query failed")) }
            }
            return StrRef.create(String(cString: result!)).value
        }
        add("localeconv") { _, _ in
            let r = DictRef.create()
            let conv = Glibc.localeconv()
            func text(_ p: UnsafeMutablePointer<CChar>?) -> Value { StrRef.create(p.map { String(cString: $0) } ?? "").value }
            func grouping(_ p: UnsafeMutablePointer<CChar>?) -> Value {
                let l = ListRef.create()
                guard var q = p else { return l.value }
                while q.pointee != 0 {
                    l.append(IntOps.make(Int64(q.pointee)))
                    if q.pointee == 127 { break }
                    q += 1
                }
                if q.pointee == 0 && l.count > 0 { l.append(IntOps.make(0)) }
                return l.value
            }
            func set(_ k: String, _ v: Value) { r.setStr(Interned.intern(k), v) }
            guard let c = conv?.pointee else { return r.value }
            set("int_curr_symbol", text(c.int_curr_symbol))
            set("currency_symbol", text(c.currency_symbol))
            set("mon_decimal_point", text(c.mon_decimal_point))
            set("mon_thousands_sep", text(c.mon_thousands_sep))
            set("mon_grouping", grouping(c.mon_grouping))
            set("positive_sign", text(c.positive_sign))
            set("negative_sign", text(c.negative_sign))
            let numbers: [(String, CChar)] = [
                ("int_frac_digits", c.int_frac_digits), ("frac_digits", c.frac_digits), ("p_cs_precedes", c.p_cs_precedes),
                ("p_sep_by_space", c.p_sep_by_space), ("n_cs_precedes", c.n_cs_precedes), ("n_sep_by_space", c.n_sep_by_space),
                ("p_sign_posn", c.p_sign_posn), ("n_sign_posn", c.n_sign_posn),
            ]
            for (k, v) in numbers { set(k, IntOps.make(Int64(UInt8(bitPattern: v)))) }
            set("decimal_point", text(c.decimal_point))
            set("thousands_sep", text(c.thousands_sep))
            set("grouping", grouping(c.grouping))
            return r.value
        }
        add("strcoll") { _, args throws(PyException) in
            try args.expect("strcoll", count: 2)
            return IntOps.make(Int64(Glibc.strcoll(try args.str(0, "strcoll").string, try args.str(1, "strcoll").string)))
        }
        add("strxfrm") { _, args throws(PyException) in
            try args.expect("strxfrm", count: 1)
            return try args.str(0, "strxfrm").value
        }
        add("getencoding") { _, _ in
            StrRef.create(String(cString: nl_langinfo(nl_item(CODESET)))).value
        }
        add("nl_langinfo") { _, args throws(PyException) in
            try args.expect("nl_langinfo", count: 1)
            let key = Int32(truncatingIfNeeded: try PosixPath.int(args[0]))
            if key != Int32(CODESET) { throw pyError(ExceptionTypes.named("ValueError"), "unsupported langinfo constant") }
            return StrRef.create(String(cString: nl_langinfo(nl_item(CODESET)))).value
        }
        return m
    }
}
