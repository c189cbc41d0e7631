// int's constructor and methods (the arithmetic slots are IntOps.installSlots, in
// Objects/Int+Slots.swift).

enum IntType {
    static func install() {
        installBytesMethods()
        NumberDunders.install()
        let int = BuiltinTypes.int
        let slots = TypeRef(int).slots
        slots.new = { cls, args throws(PyException) in
            // CPython's getargs for int(x, /, base): the total count first, then the names.
            let total = args.positionalCount + args.keywordCount
            if total > 2 { throw typeError("int() takes at most 2 arguments (\(total) given)") }
            if !args.keywordNames.isNull {
                let names = TupleRef(args.keywordNames)
                for i in 0..<names.count where StrRef(names[i]).string != "base" {
                    throw typeError("'\(StrRef(names[i]).string)' is an invalid keyword argument for int()")
                }
            }
            let value = try construct(args)
            if cls.isIdentical(int) { return value }
            return VariableSizeLayout.instantiate(cls, copying: value)
        }
        NativeFunctions.addMethod(int, "__format__") { v, args throws(PyException) in
            try args.expect("__format__", count: 1)
            let spec = try args.str(0, "__format__").string
            // An empty spec is str(self), which a subclass's __repr__ or __str__ decides.
            if spec.isEmpty && !v.type.isIdentical(BuiltinTypes.int) && !v.type.isIdentical(BuiltinTypes.bool) {
                return try Runtime.str(v)
            }
            return try FormatSpec.formatInt(v, spec)
        }
        NativeFunctions.addMethod(int, "__round__") { v, args throws(PyException) in
            try args.expect("__round__", min: 0, max: 1)
            guard args.positionalCount == 1, !args[0].isIdentical(BuiltinTypes.none) else { return IntOps.unbool(v) }
            guard let digits = IntOps.asInt64(args[0]) else { throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer") }
            if digits >= 0 { return IntOps.unbool(v) }
            // Round half to even at 10**-digits.
            let scale = try Runtime.binary(.pow, IntOps.make(Int64(10)), IntOps.make(-digits))
            let quotient = try Runtime.binary(.floordiv, v, scale)
            let remainder = try Runtime.binary(.mod, v, scale)
            let twice = try Runtime.binary(.mul, remainder, IntOps.make(Int64(2)))
            let order = try Runtime.compare(twice, scale, .gt)
            let tie = try Runtime.equals(twice, scale)
            var q = quotient
            if try Runtime.isTrue(order) || (tie && IntOps.isOdd(quotient)) {
                q = try Runtime.binary(.add, quotient, IntOps.make(Int64(1)))
            }
            return try Runtime.binary(.mul, q, scale)
        }
        for name in ["__index__", "__int__", "__trunc__", "__floor__", "__ceil__"] {
            NativeFunctions.addMethod(int, name) { v, _ in IntOps.unbool(v) }
        }
        NativeFunctions.addMethod(int, "__abs__") { v, args throws(PyException) in
            try args.expect("__abs__", count: 0)
            return IntOps.isNegative(v) ? try Runtime.unary(.negative, v) : IntOps.unbool(v)
        }
        NativeFunctions.addMethod(int, "__float__") { v, _ throws(PyException) in FloatOps.make(try IntOps.toDouble(v)) }
        NativeFunctions.addMethod(int, "bit_length") { v, args throws(PyException) in
            try args.expect("bit_length", count: 0)
            return IntOps.make(Int64(IntOps.bitLength(v)))
        }
        NativeFunctions.addMethod(int, "conjugate") { v, _ in IntOps.unbool(v) }
        NativeFunctions.addMethod(int, "__abs__") { v, args throws(PyException) in
            try args.expectWrapped(count: 0)
            return IntOps.isNegative(v) ? try Runtime.unary(.negative, v) : IntOps.unbool(v)
        }
        GetSet.add(int, "real", get: { v in IntOps.unbool(v) })
        GetSet.add(int, "imag", get: { _ in IntOps.make(Int64(0)) })
        GetSet.add(int, "numerator", get: { v in IntOps.unbool(v) })
        GetSet.add(int, "denominator", get: { _ in IntOps.make(Int64(1)) })
        installRatioMethods()
    }

    /// int(), int(x), int(text, base).
    static func construct(_ args: Arguments) throws(PyException) -> Value {
        let explicitBase = args.positionalCount == 2 ? args[1] : args.keyword("base")
        if args.positionalCount == 0 {
            if explicitBase != nil { throw typeError("int() missing string argument") }
            return IntOps.make(Int64(0))
        }
        let x = args[0]
        if let baseValue = explicitBase {
            guard let base = IntOps.asInt64(try MathModule.integer(baseValue)) else {
                throw pyError(ExceptionTypes.named("ValueError"), "int() base must be >= 2 and <= 36, or 0")
            }
            if StrOps.isStr(x) { return try IntOps.fromString(StrRef(x).string, base: Int(base)) }
            if let raw = BytesOps.contents(x) { return try fromBytes(x, raw, base: Int(base)) }
            throw typeError("int() can't convert non-string with explicit base")
        }
        if IntOps.isInt(x) { return IntOps.unbool(x) }
        if FloatOps.isFloat(x) { return try IntOps.fromDouble(FloatOps.value(x)) }
        if StrOps.isStr(x) { return try IntOps.fromString(StrRef(x).string, base: 10) }
        if let raw = BytesOps.contents(x) { return try fromBytes(x, raw, base: 10) }
        for method in ["__int__", "__index__", "__trunc__"] {
            if let r = try ClassSlots.callSpecial(x, method) {
                guard IntOps.isInt(r) else {
                    throw typeError("\(method) returned non-int (type \(TypeRef(r.type).nameString))")
                }
                return IntOps.unbool(r)
            }
        }
        throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(TypeRef(x.type).nameString)'")
    }

    /// int(bytes-like, base): ASCII text only; a bad literal is shown as the bytes' repr.
    static func fromBytes(_ x: Value, _ raw: [UInt8], base: Int) throws(PyException) -> Value {
        if base != 0 && (base < 2 || base > 36) {
            throw pyError(ExceptionTypes.named("ValueError"), "int() base must be >= 2 and <= 36, or 0")
        }
        func invalid() throws(PyException) -> PyException {
            let shown = try Runtime.reprString(BytesOps.isBytes(x) ? x : BytesOps.create(raw))
            return pyError(ExceptionTypes.named("ValueError"), "invalid literal for int() with base \(base): \(shown)")
        }
        if raw.contains(where: { $0 >= 0x80 || $0 == 0 }) { throw try invalid() }
        do {
            return try IntOps.fromString(String(decoding: raw, as: UTF8.self), base: base)
        } catch {
            let message = (try? Runtime.str(error.value)).map { StrRef($0).string } ?? ""
            if message.hasPrefix("invalid literal") { throw try invalid() }
            throw error
        }
    }
}
