// The _sre module (C in CPython): the regular-expression engine under the re package.
// re/_compiler.py parses and compiles a pattern into a program of 32-bit words in Python;
// _sre.compile checks it and wraps it in a re.Pattern, whose methods run it (SreEngine).

enum SreModule {
    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_sre")
        let d = DictRef(ModuleObject.dict(m))
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        _ = SrePattern.setUp()
        _ = SreMatch.setUp()
        _ = SreScanner.setUp()
        BuiltinTypes.finishNewTypes()
        set("MAGIC", IntOps.make(Int64(SreConstants.magic)))
        set("CODESIZE", IntOps.make(Int64(SreConstants.codeSize)))
        set("MAXREPEAT", IntOps.make(Int64(SreConstants.maxRepeat)))
        set("MAXGROUPS", IntOps.make(Int64(SreConstants.maxGroups)))
        set("copyright", StrRef.create(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ").value)
        ModuleTypes.function(m, "compile") { _, args throws(PyException) in try SrePattern.compile(args) }
        ModuleTypes.function(m, "getcodesize") { _, args throws(PyException) in
            try args.expect("getcodesize", count: 0)
            return IntOps.make(Int64(SreConstants.codeSize))
        }
        func characterFunction(_ name: String, _ body: @escaping (UInt32) -> Value) {
            ModuleTypes.function(m, name) { _, args throws(PyException) in
                try args.expect(name, count: 1)
                let c = try SrePattern.integer(args[0])
                return body(UInt32(truncatingIfNeeded: c))
            }
        }
        characterFunction("ascii_iscased") { c in .bool(c < 128 && SreChars.lowerASCII(c) != SreChars.upperASCII(c)) }
        characterFunction("unicode_iscased") { c in
            .bool(c != SreChars.lowerUnicode(c) || c != SreChars.upperUnicode(c))
        }
        characterFunction("ascii_tolower") { c in IntOps.make(Int64(SreChars.lowerASCII(c))) }
        characterFunction("unicode_tolower") { c in IntOps.make(Int64(SreChars.lowerUnicode(c))) }
        return m
    }
}
