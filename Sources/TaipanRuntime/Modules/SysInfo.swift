// sys's descriptive struct sequences (version_info, flags, float_info, int_info,
// hash_info), a few constants, and the int<->str digit limit functions of 3.11.

extension Sys {
    static func addInformation(_ d: DictRef) {
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        func int(_ i: Int64) -> Value { IntOps.make(i) }
        func add(_ name: String, _ body: @escaping NativeBody) { set(name, NativeFunctions.make(name, bound: module, body)) }

        let versionType = StructSequence.makeType("sys.version_info", fields: ["major", "minor", "micro", "releaselevel", "serial"])
        let version = StructSequence.create(versionType, [int(3), int(11), int(7), Interned.intern("final"), int(0)])
        set("version_info", version)
        set("implementation", Namespace.create(["name": StrRef.create("taipan").value, "cache_tag": .none,
                                                "version": version]))

        let flagNames = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                         "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
                         "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"]
        var flags: [Value] = flagNames.map { _ in int(0) }
        flags[4] = int(1)
        flags[11] = int(1)
        flags[13] = .bool(false)
        flags[16] = .bool(false)
        flags[17] = int(-1)
        set("flags", StructSequence.create(StructSequence.makeType("sys.flags", fields: flagNames), flags))

        let floatType = StructSequence.makeType("sys.float_info", fields: [
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"])
        set("float_info", StructSequence.create(floatType, [
            FloatOps.make(Double.greatestFiniteMagnitude), int(1024), int(308), FloatOps.make(Double.leastNormalMagnitude),
            int(-1021), int(-307), int(15), int(53), FloatOps.make(Double.ulpOfOne), int(2), int(1)]))

        let intType = StructSequence.makeType("sys.int_info", fields: [
            "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"])
        set("int_info", StructSequence.create(intType, [int(30), int(4), int(4300), int(640)]))

        let hashType = StructSequence.makeType("sys.hash_info", fields: [
            "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"])
        set("hash_info", StructSequence.create(hashType, [
            int(64), int(Runtime.hashModulus), int(314_159), int(0), int(1_000_003), Interned.intern("siphash13"),
            int(64), int(128), int(0)]))

        set("maxunicode", int(0x10FFFF))
        let builtinNames = ["builtins", "math", "sys"]
        let names = TupleRef.allocate(builtinNames.count)
        for (i, n) in builtinNames.enumerated() { names[i] = Interned.intern(n) }
        set("builtin_module_names", names.value)
        add("getdefaultencoding") { _, _ in Interned.intern("utf-8") }
        add("getfilesystemencoding") { _, _ in Interned.intern("utf-8") }

        add("get_int_max_str_digits") { _, args throws(PyException) in
            try args.expect("get_int_max_str_digits", count: 0)
            return int(Int64(IntOps.maxStrDigits))
        }
        add("set_int_max_str_digits") { _, args throws(PyException) in
            try args.expect("set_int_max_str_digits", min: 0, max: 1, keywords: ["maxdigits"])
            guard let given = args.positionalCount == 1 ? args[0] : args.keyword("maxdigits") else {
                throw typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
            }
            guard let n = IntOps.asInt64(given) else {
                throw typeError("'\(TypeRef(given.type).nameString)' object cannot be interpreted as an integer")
            }
            if n != 0 && n < 640 {
                throw pyError(ExceptionTypes.named("ValueError"), "maxdigits must be 0 or larger than 640")
            }
            IntOps.maxStrDigits = Int(n)
            return .none
        }
    }
}
