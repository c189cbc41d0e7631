// The runtime side of formatting: format() for str, int and float (FormatSpec), `str % args`
// (PercentFormat) and float.__round__ (Rounding). Each turns Values into the pure layer's
// inputs (code points, an int's sign and digits, a double), calls FormatEngine or
// PercentEngine, and raises a FormatError as the Python exception it names.
//
// GC: arguments are only held in Swift locals (the conservative stack scan keeps them alive);
// the pure layer's arrays hold code points and digits, never Values.

extension FormatEngine {
    /// The code points of a str Value.
    static func codePoints(of v: Value) -> [UInt32] {
        let s = StrRef(v)
        let n = s.count
        if s.width == 1 {
            return [UInt32](unsafeUninitializedCapacity: n) { buffer, count in
                for i in 0..<n { buffer[i] = UInt32(s.data.load(fromByteOffset: i, as: UInt8.self)) }
                count = n
            }
        }
        var out: [UInt32] = []
        out.reserveCapacity(n)
        for i in 0..<n { out.append(s[i]) }
        return out
    }

    static func codePoints(_ string: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars { out.append(scalar.value) }
        return out
    }

    static func strValue(_ codePoints: [UInt32]) -> Value { StrRef.create(codePoints: codePoints).value }

    /// The Python exception for a pure-layer error.
    @inline(never)
    static func exception(_ error: FormatError) -> PyException {
        pyError(ExceptionTypes.named(error.kind.rawValue), error.message)
    }

    /// Runs pure-layer code, raising its error as a Python exception.
    @inline(__always)
    static func lift<T>(_ body: () throws(FormatError) -> T) throws(PyException) -> T {
        do throws(FormatError) {
            return try body()
        } catch {
            throw exception(error)
        }
    }

    /// An int's sign and the ASCII digits of its magnitude in `base`.
    static func integerDigits(_ v: Value, base: Int) throws(PyException) -> (negative: Bool, magnitude: [UInt8]) {
        if let i = IntOps.asInt64(v) { return (i < 0, Array(String(i.magnitude, radix: base).utf8)) }
        var text = Array(try IntOps.toString(v, base: base).utf8)
        let negative = text.first == 0x2D
        if negative { text.removeFirst() }
        // Tolerate a radix prefix or uppercase digits, whichever IntOps produces.
        if text.count > 2 && text[0] == 0x30 && (text[1] | 0x20 == 0x62 || text[1] | 0x20 == 0x6F || text[1] | 0x20 == 0x78) {
            text.removeFirst(2)
        }
        for i in text.indices where text[i] >= 0x41 && text[i] <= 0x5A { text[i] += 0x20 }
        return (negative, text)
    }

    static func typeName(_ v: Value) -> String { TypeRef(v.type).nameString }
}

/// format(value, spec) for the built-in types, as their `__format__` methods.
public enum FormatSpec {
    /// str.__format__.
    public static func formatStr(_ s: Value, _ spec: String) throws(PyException) -> Value {
        if spec.isEmpty {
            if s.type.isIdentical(BuiltinTypes.str) { return s }
            return FormatEngine.strValue(FormatEngine.codePoints(of: s))
        }
        let name = FormatEngine.typeName(s)
        return FormatEngine.strValue(try FormatEngine.lift { () throws(FormatError) in
            let parsed = try FormatEngine.parse(FormatEngine.codePoints(spec), defaultType: 0x73,
                                                defaultAlign: Ascii.less, typeName: name)
            return try FormatEngine.formatString(FormatEngine.codePoints(of: s), parsed, typeName: name)
        })
    }

    /// complex.__format__: an empty spec is str(v).
    public static func formatComplex(_ v: Value, _ spec: String) throws(PyException) -> Value {
        if spec.isEmpty { return try Runtime.str(v) }
        let (re, im) = ComplexOps.parts(v)
        return FormatEngine.strValue(try FormatEngine.lift { () throws(FormatError) in
            let parsed = try FormatEngine.parse(FormatEngine.codePoints(spec), defaultType: 0,
                                                defaultAlign: Ascii.greater, typeName: "complex")
            return try FormatEngine.formatComplex(re, im, parsed)
        })
    }

    /// float.__format__.
    public static func formatFloat(_ d: Double, _ spec: String) throws(PyException) -> Value {
        if spec.isEmpty { return StrRef.create(FormatEngine.reprDouble(d)).value }
        return FormatEngine.strValue(try FormatEngine.lift { () throws(FormatError) in
            let parsed = try FormatEngine.parse(FormatEngine.codePoints(spec), defaultType: 0,
                                                defaultAlign: Ascii.greater, typeName: "float")
            return try FormatEngine.formatDouble(d, parsed)
        })
    }

    /// int.__format__ (and bool's, which inherits it): an empty spec is str(v), so
    /// format(True, '') is 'True' while format(True, 'd') is '1'.
    public static func formatInt(_ v: Value, _ spec: String) throws(PyException) -> Value {
        if spec.isEmpty { return try Runtime.str(v) }
        let name = FormatEngine.typeName(v)
        let (parsed, presentation) = try FormatEngine.lift { () throws(FormatError) in
            let parsed = try FormatEngine.parse(FormatEngine.codePoints(spec), defaultType: 0x64,
                                                defaultAlign: Ascii.greater, typeName: name)
            return (parsed, try FormatEngine.integerPresentation(parsed, typeName: name))
        }
        switch presentation {
        case .digits(let base):
            let (negative, magnitude) = try FormatEngine.integerDigits(v, base: base)
            return FormatEngine.strValue(try FormatEngine.lift { () throws(FormatError) in
                try FormatEngine.formatInteger(negative: negative, magnitude: magnitude, parsed)
            })
        case .float:
            let d = try IntOps.toDouble(v)
            return FormatEngine.strValue(try FormatEngine.lift { () throws(FormatError) in
                try FormatEngine.formatDouble(d, parsed, typeName: name)
            })
        }
    }
}

/// `str % args`.
public enum PercentFormat {
    public static func format(_ format: Value, _ args: Value) throws(PyException) -> Value {
        let out = try PercentEngine.format(FormatEngine.codePoints(of: format), args, host: RuntimePercentHost())
        return FormatEngine.strValue(out)
    }
}

/// The percent engine's view of Values.
struct RuntimePercentHost: PercentFormatHost {
    func failure(_ error: FormatError) -> PyException { FormatEngine.exception(error) }

    func tupleCount(_ a: Value) -> Int? {
        guard a.isPointer, TypeRef(a.type).isSubtype(of: BuiltinTypes.tuple) else { return nil }
        return TupleRef(a).count
    }

    func tupleItem(_ a: Value, _ i: Int) -> Value { TupleRef(a)[i] }

    func isMapping(_ a: Value) -> Bool {
        guard a.isPointer else { return false }
        let t = TypeRef(a.type)
        return t.slots.getitem != nil && !t.isSubtype(of: BuiltinTypes.tuple) && !t.isSubtype(of: BuiltinTypes.str)
    }

    func item(_ mapping: Value, key: [UInt32]) throws(PyException) -> Value {
        try Runtime.getItem(mapping, FormatEngine.strValue(key))
    }

    func text(_ a: Value, conversion: UInt8) throws(PyException) -> [UInt32] {
        switch conversion {
        case 0x73: return FormatEngine.codePoints(of: try Runtime.str(a))
        case 0x72: return FormatEngine.codePoints(of: try Runtime.repr(a))
        default: return FormatEngine.codePoints(of: try Runtime.ascii(a))
        }
    }

    func integer(_ a: Value, conversion: UInt8) throws(PyException) -> (negative: Bool, magnitude: [UInt8]) {
        let base = conversion == 0x6F ? 8 : conversion == 0x78 || conversion == 0x58 ? 16 : 10
        if IntOps.isInt(a) { return try FormatEngine.integerDigits(a, base: base) }
        let indexOnly = base != 10
        if !indexOnly && FloatOps.isFloat(a) {
            return try FormatEngine.integerDigits(try IntOps.fromDouble(FloatOps.value(a)), base: base)
        }
        // Other numbers: %d takes int(a) (__int__, then __index__), %o %x %X only __index__.
        for name in indexOnly ? ["__index__"] : ["__int__", "__index__"] {
            if let r = try ClassSlots.callSpecial(a, name) {
                guard IntOps.isInt(r) else {
                    throw typeError("\(name) returned non-int (type \(FormatEngine.typeName(r)))")
                }
                return try FormatEngine.integerDigits(r, base: base)
            }
        }
        let code = String(Unicode.Scalar(conversion))
        throw typeError("%\(code) format: " + (indexOnly ? "an integer" : "a real number")
                        + " is required, not \(FormatEngine.typeName(a))")
    }

    func real(_ a: Value) throws(PyException) -> Double {
        if FloatOps.isFloat(a) { return FloatOps.value(a) }
        if IntOps.isInt(a) { return try IntOps.toDouble(a) }
        if let r = try ClassSlots.callSpecial(a, "__float__") {
            guard FloatOps.isFloat(r) else {
                throw typeError("\(FormatEngine.typeName(a)).__float__ returned non-float (type \(FormatEngine.typeName(r)))")
            }
            return FloatOps.value(r)
        }
        if let r = try ClassSlots.callSpecial(a, "__index__"), IntOps.isInt(r) { return try IntOps.toDouble(r) }
        throw typeError("must be real number, not \(FormatEngine.typeName(a))")
    }

    func character(_ a: Value) throws(PyException) -> UInt32 {
        if a.isPointer && TypeRef(a.type).isSubtype(of: BuiltinTypes.str) {
            let s = StrRef(a)
            guard s.count == 1 else { throw typeError("%c requires int or char") }
            return s[0]
        }
        var n = a
        if !IntOps.isInt(a) {
            guard !FloatOps.isFloat(a), let r = try ClassSlots.callSpecial(a, "__index__"), IntOps.isInt(r) else {
                throw typeError("%c requires int or char")
            }
            n = r
        }
        guard let i = IntOps.asInt64(n), i >= 0, i <= 0x10FFFF else {
            throw pyError(ExceptionTypes.named("OverflowError"), "%c arg not in range(0x110000)")
        }
        return UInt32(i)
    }

    func starValue(_ a: Value) throws(PyException) -> Int? {
        guard IntOps.isInt(a) else { return nil }
        if let i = IntOps.asInt64(a) { return Int(i) }
        return IntOps.isNegative(a) ? Int.min : Int.max
    }
}

/// float.__round__.
public enum Rounding {
    /// `round(x)` returns an int (ties to even); `round(x, ndigits)` the float nearest to x
    /// rounded to ndigits decimal places, computed from x's exact decimal value as CPython's
    /// double_round does.
    public static func roundFloat(_ d: Double, _ args: Arguments) throws(PyException) -> Value {
        try args.expect("__round__", min: 0, max: 1)
        if args.positionalCount == 0 || args[0].isIdentical(BuiltinTypes.none) {
            let integral = try FormatEngine.lift { () throws(FormatError) in try FormatEngine.roundToIntegral(d) }
            return try IntOps.fromDouble(integral)
        }
        let ndigits = try clampedIndex(args[0])
        return FloatOps.make(try FormatEngine.lift { () throws(FormatError) in
            try FormatEngine.roundDouble(d, ndigits: ndigits)
        })
    }

    /// `ndigits` as a Py_ssize_t, clamped on overflow as PyNumber_AsSsize_t(o, NULL) does.
    static func clampedIndex(_ v: Value) throws(PyException) -> Int {
        var n = v
        if !IntOps.isInt(v) {
            guard let r = try ClassSlots.callSpecial(v, "__index__"), IntOps.isInt(r) else {
                throw typeError("'\(FormatEngine.typeName(v))' object cannot be interpreted as an integer")
            }
            n = r
        }
        if let i = IntOps.asInt64(n) { return Int(i) }
        return IntOps.isNegative(n) ? Int.min : Int.max
    }
}
