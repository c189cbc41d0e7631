// The math module (a native module, as in CPython): libm's functions with CPython's argument
// conversion and its errors ("math domain error", "math range error"). The integer functions
// are in MathModule+Integers, the float algorithms (fsum, hypot, gamma, …) in +Floats.

#if canImport(Glibc)
import Glibc
#endif

enum MathModule {
    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "math")
        let d = DictRef(ModuleObject.dict(m))
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        func add(_ name: String, _ body: @escaping NativeBody) { set(name, NativeFunctions.make(name, bound: m, body)) }
        set("pi", FloatOps.make(Double.pi))
        set("e", FloatOps.make(M_E))
        set("tau", FloatOps.make(2 * Double.pi))
        set("inf", FloatOps.make(.infinity))
        set("nan", FloatOps.make(.nan))

        /// A function of one float (CPython's math_1): a NaN from a non-NaN is a domain
        /// error; an infinity from a finite argument overflows (or is a domain error at a pole).
        func unary(_ name: String, canOverflow: Bool = false, _ f: @escaping (Double) -> Double) {
            add(name) { _, args throws(PyException) in
                let x = try real(try single(args, name))
                let r = f(x)
                if r.isNaN && !x.isNaN { throw domainError() }
                if r.isInfinite && x.isFinite { throw canOverflow ? rangeError() : domainError() }
                return FloatOps.make(r)
            }
        }
        unary("sqrt") { $0.squareRoot() }
        unary("exp", canOverflow: true) { Glibc.exp($0) }
        unary("exp2", canOverflow: true) { Glibc.exp2($0) }
        unary("expm1", canOverflow: true) { Glibc.expm1($0) }
        unary("cbrt") { Glibc.cbrt($0) }
        unary("sin") { Glibc.sin($0) }
        unary("cos") { Glibc.cos($0) }
        unary("tan") { Glibc.tan($0) }
        unary("asin") { Glibc.asin($0) }
        unary("acos") { Glibc.acos($0) }
        unary("atan") { Glibc.atan($0) }
        unary("sinh", canOverflow: true) { Glibc.sinh($0) }
        unary("cosh", canOverflow: true) { Glibc.cosh($0) }
        unary("tanh") { Glibc.tanh($0) }
        unary("asinh") { Glibc.asinh($0) }
        unary("acosh") { Glibc.acosh($0) }
        unary("atanh") { Glibc.atanh($0) }
        unary("fabs") { Glibc.fabs($0) }
        unary("log1p") { Glibc.log1p($0) }
        unary("erf") { Glibc.erf($0) }
        unary("erfc") { Glibc.erfc($0) }
        add("degrees") { _, args throws(PyException) in FloatOps.make(try real(try single(args, "degrees")) * (180.0 / Double.pi)) }
        add("radians") { _, args throws(PyException) in FloatOps.make(try real(try single(args, "radians")) * (Double.pi / 180.0)) }
        add("gamma") { _, args throws(PyException) in FloatOps.make(try gamma(try real(try single(args, "gamma")))) }
        add("lgamma") { _, args throws(PyException) in FloatOps.make(try logGamma(try real(try single(args, "lgamma")))) }

        add("log") { _, args throws(PyException) in
            try args.noKeywords("log")
            if args.positionalCount < 1 || args.positionalCount > 2 { throw typeError("math.log requires 1 to 2 arguments") }
            let x = try logOf(args[0], Glibc.log)
            if args.positionalCount == 2 {
                let base = try logOf(args[1], Glibc.log)
                if base == 0 { throw pyError(ExceptionTypes.named("ZeroDivisionError"), "float division by zero") }
                return FloatOps.make(x / base)
            }
            return FloatOps.make(x)
        }
        add("log2") { _, args throws(PyException) in FloatOps.make(try logOf(try single(args, "log2"), Glibc.log2)) }
        add("log10") { _, args throws(PyException) in FloatOps.make(try logOf(try single(args, "log10"), Glibc.log10)) }

        /// A function of two floats (CPython's math_2).
        func binary(_ name: String, _ f: @escaping (Double, Double) -> Double) {
            add(name) { _, args throws(PyException) in
                try args.noKeywords(name)
                try args.checkPositional(name, 2, 2)
                let x = try real(args[0]), y = try real(args[1])
                let r = f(x, y)
                if r.isNaN && !x.isNaN && !y.isNaN { throw domainError() }
                if r.isInfinite && x.isFinite && y.isFinite { throw rangeError() }
                return FloatOps.make(r)
            }
        }
        binary("atan2") { y, x in Glibc.atan2(y, x) }
        binary("copysign") { x, y in Glibc.copysign(x, y) }
        binary("fmod") { x, y in y.isInfinite && x.isFinite ? x : Glibc.fmod(x, y) }
        binary("remainder") { x, y in
            if x.isNaN || y.isNaN { return .nan }
            if x.isInfinite { return .nan }
            if y.isInfinite { return x }
            return Glibc.remainder(x, y)
        }
        binary("nextafter") { x, y in Glibc.nextafter(x, y) }
        add("pow") { _, args throws(PyException) in
            try args.noKeywords("pow")
            try args.checkPositional("pow", 2, 2)
            return FloatOps.make(try power(try real(args[0]), try real(args[1])))
        }

        for name in ["floor", "ceil", "trunc"] {
            add(name) { _, args throws(PyException) in
                let v = try single(args, name)
                // Subclasses of int may define their own __floor__ and friends.
                if v.type.isIdentical(BuiltinTypes.int) || v.type.isIdentical(BuiltinTypes.bool) { return IntOps.unbool(v) }
                if !v.type.isIdentical(BuiltinTypes.float), let r = try ClassSlots.callSpecial(v, "__\(name)__") {
                    return r
                }
                if name == "trunc" && !FloatOps.isFloat(v) {
                    throw typeError("type \(TypeRef(v.type).nameString) doesn't define __trunc__ method")
                }
                let x = try real(v)
                let rounded = name == "floor" ? x.rounded(.down) : name == "ceil" ? x.rounded(.up) : x.rounded(.towardZero)
                return try IntOps.fromDouble(rounded)
            }
        }
        add("isnan") { _, args throws(PyException) in .bool(try real(try single(args, "isnan")).isNaN) }
        add("isinf") { _, args throws(PyException) in .bool(try real(try single(args, "isinf")).isInfinite) }
        add("isfinite") { _, args throws(PyException) in .bool(try real(try single(args, "isfinite")).isFinite) }
        add("isclose") { _, args throws(PyException) in try isClose(args) }
        addFloatFunctions(add)
        addIntegerFunctions(add)
        return m
    }

    static func domainError() -> PyException { pyError(ExceptionTypes.named("ValueError"), "math domain error") }
    static func rangeError() -> PyException { pyError(ExceptionTypes.named("OverflowError"), "math range error") }

    /// The one argument of a METH_O function ("math.sqrt() takes exactly one argument").
    static func single(_ args: Arguments, _ name: String) throws(PyException) -> Value {
        try args.expect("math.\(name)", count: 1)
        return args[0]
    }

    /// A float argument: float, int, or an object with __float__ / __index__.
    static func real(_ v: Value) throws(PyException) -> Double {
        if let d = try FloatOps.operand(v) {
            if d.isInfinite && IntOps.isInt(v) {
                throw pyError(ExceptionTypes.named("OverflowError"), "int too large to convert to float")
            }
            return d
        }
        if let r = try ClassSlots.callSpecial(v, "__float__") {
            guard FloatOps.isFloat(r) else {
                throw typeError("\(TypeRef(v.type).nameString).__float__ returned non-float (type \(TypeRef(r.type).nameString))")
            }
            return FloatOps.value(r)
        }
        if let r = try ClassSlots.callSpecial(v, "__index__") { return try IntOps.toDouble(r) }
        throw typeError("must be real number, not \(TypeRef(v.type).nameString)")
    }

    /// An int argument through __index__.
    static func integer(_ v: Value) throws(PyException) -> Value {
        if IntOps.isInt(v) { return IntOps.unbool(v) }
        if let r = try ClassSlots.callSpecial(v, "__index__") {
            guard IntOps.isInt(r) else { throw typeError("__index__ returned non-int (type \(TypeRef(r.type).nameString))") }
            return r
        }
        throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
    }

    /// log, log2 or log10 of an int of any size (through its bit length, as CPython) or a float.
    static func logOf(_ v: Value, _ f: (Double) -> Double) throws(PyException) -> Double {
        if IntOps.isInt(v) {
            if IntOps.isNegative(v) || IntOps.asInt64(v) == 0 { throw domainError() }
            if let d = try? IntOps.toDouble(v), d.isFinite { return f(d) }
            // v = m * 2**e with m in [0.5, 1) correctly rounded (the top 64 bits and a
            // sticky bit round as the whole number does), as CPython's _PyLong_Frexp.
            var e = IntOps.bitLength(v)
            let shift = IntOps.make(Int64(e - 64))
            var top = try IntOps.rightShift(v, shift)
            if !IntOps.isZero(try IntOps.subtract(v, try IntOps.leftShift(top, shift))) {
                top = try IntOps.bitOr(top, Value(smallInt: 1))
            }
            var m = try IntOps.toDouble(top) * 0x1p-64
            if m == 1.0 {
                m = 0.5
                e += 1
            }
            return f(m) + f(2.0) * Double(e)
        }
        let x = try real(v)
        if x.isNaN || x == .infinity { return x }
        if x <= 0 { throw domainError() }
        return f(x)
    }

    /// x ** y with C99's special values and CPython's errors.
    static func power(_ x: Double, _ y: Double) throws(PyException) -> Double {
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return y == 0 ? 1 : x }
            if y.isNaN { return x == 1 ? 1 : y }
            if x.isInfinite {
                let oddY = y.isFinite && Glibc.fmod(Swift.abs(y), 2.0) == 1.0
                if y > 0 { return oddY ? x : Swift.abs(x) }
                if y == 0 { return 1 }
                return oddY ? Glibc.copysign(0.0, x) : 0.0
            }
            if Swift.abs(x) == 1 { return 1 }
            if y > 0 && Swift.abs(x) > 1 { return y }
            if y < 0 && Swift.abs(x) < 1 { return -y }
            return 0
        }
        let r = Glibc.pow(x, y)
        if r.isNaN { throw domainError() }
        if r.isInfinite { throw x == 0 ? domainError() : rangeError() }
        return r
    }

    /// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
    static func isClose(_ args: Arguments) throws(PyException) -> Value {
        if args.positionalCount > 2 {
            throw typeError("isclose() takes exactly 2 positional arguments (\(args.positionalCount) given)")
        }
        let names = ["a", "b", "rel_tol", "abs_tol"]
        let a = try real(try args.required(0, "a", of: "isclose", names: names))
        let b = try real(try args.required(1, "b", of: "isclose", names: names))
        let rel = try args.keyword("rel_tol").map { v throws(PyException) in try real(v) } ?? 1e-9
        let absolute = try args.keyword("abs_tol").map { v throws(PyException) in try real(v) } ?? 0.0
        if rel < 0 || absolute < 0 { throw pyError(ExceptionTypes.named("ValueError"), "tolerances must be non-negative") }
        if a == b { return BuiltinTypes.true }
        if a.isInfinite || b.isInfinite { return BuiltinTypes.false }
        let diff = Swift.abs(b - a)
        return .bool(diff <= Swift.abs(rel * b) || diff <= Swift.abs(rel * a) || diff <= absolute)
    }
}
