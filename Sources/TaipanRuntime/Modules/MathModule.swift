// The math module (a native module, as in CPython): libm's functions with CPython's argument
// conversion and its errors ("math domain error", "math range error").

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

        /// A function of one float that may fail outside its domain or overflow.
        func unary(_ name: String, _ f: @escaping (Double) -> Double, domain: @escaping (Double) -> Bool = { _ in true },
                   overflowCheck: Bool = true) {
            add(name) { _, args throws(PyException) in
                try args.expect(name, count: 1)
                let x = try real(args[0])
                if !domain(x) { throw domainError() }
                let r = f(x)
                if r.isNaN && !x.isNaN { throw domainError() }
                if overflowCheck && r.isInfinite && x.isFinite { throw rangeError() }
                return FloatOps.make(r)
            }
        }
        unary("sqrt", { $0.squareRoot() }, domain: { $0 >= 0 || $0.isNaN })
        unary("exp", { Glibc.exp($0) })
        unary("log2", { Glibc.log2($0) }, domain: { $0 > 0 || $0.isNaN })
        unary("log10", { Glibc.log10($0) }, domain: { $0 > 0 || $0.isNaN })
        unary("sin", { Glibc.sin($0) }, domain: { !$0.isInfinite })
        unary("cos", { Glibc.cos($0) }, domain: { !$0.isInfinite })
        unary("tan", { Glibc.tan($0) }, domain: { !$0.isInfinite })
        unary("asin", { Glibc.asin($0) }, domain: { ($0 >= -1 && $0 <= 1) || $0.isNaN })
        unary("acos", { Glibc.acos($0) }, domain: { ($0 >= -1 && $0 <= 1) || $0.isNaN })
        unary("atan", { Glibc.atan($0) })
        unary("sinh", { Glibc.sinh($0) })
        unary("cosh", { Glibc.cosh($0) })
        unary("tanh", { Glibc.tanh($0) })
        unary("fabs", { Glibc.fabs($0) })
        unary("expm1", { Glibc.expm1($0) })
        unary("log1p", { Glibc.log1p($0) }, domain: { $0 > -1 || $0.isNaN })
        unary("degrees", { $0 * 180 / Double.pi })
        unary("radians", { $0 * Double.pi / 180 })
        add("log") { _, args throws(PyException) in
            try args.expect("log", min: 1, max: 2)
            let x = try logOf(args[0])
            if args.positionalCount == 2 {
                let base = try logOf(args[1])
                if base == 0 { throw pyError(ExceptionTypes.named("ZeroDivisionError"), "float division by zero") }
                return FloatOps.make(x / base)
            }
            return FloatOps.make(x)
        }
        add("pow") { _, args throws(PyException) in
            try args.expect("pow", count: 2)
            let x = try real(args[0]), y = try real(args[1])
            if x == 0 && y < 0 { throw domainError() }
            if x < 0 && y.isFinite && y != y.rounded() { throw domainError() }
            let r = Glibc.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw rangeError() }
            return FloatOps.make(r)
        }
        func binary(_ name: String, _ f: @escaping (Double, Double) -> Double) {
            add(name) { _, args throws(PyException) in
                try args.expect(name, count: 2)
                let x = try real(args[0])
                let y = try real(args[1])
                return FloatOps.make(f(x, y))
            }
        }
        binary("atan2") { y, x in Glibc.atan2(y, x) }
        binary("copysign") { x, y in Glibc.copysign(x, y) }
        binary("hypot") { x, y in Glibc.hypot(x, y) }
        add("fmod") { _, args throws(PyException) in
            try args.expect("fmod", count: 2)
            let x = try real(args[0]), y = try real(args[1])
            if y == 0 || x.isInfinite { throw domainError() }
            return FloatOps.make(Glibc.fmod(x, y))
        }
        for name in ["floor", "ceil", "trunc"] {
            add(name) { _, args throws(PyException) in
                try args.expect(name, count: 1)
                let v = args[0]
                if IntOps.isInt(v) { return IntOps.unbool(v) }
                if !FloatOps.isFloat(v), let r = try ClassSlots.callSpecial(v, "__\(name)__") { return r }
                let x = try real(v)
                let rounded = name == "floor" ? x.rounded(.down) : name == "ceil" ? x.rounded(.up) : x.rounded(.towardZero)
                return try IntOps.fromDouble(rounded)
            }
        }
        add("isnan") { _, args throws(PyException) in .bool(try real(args[0]).isNaN) }
        add("isinf") { _, args throws(PyException) in .bool(try real(args[0]).isInfinite) }
        add("isfinite") { _, args throws(PyException) in .bool(try real(args[0]).isFinite) }
        add("isclose") { _, args throws(PyException) in
            try args.expect("isclose", min: 2, max: 2, keywords: ["rel_tol", "abs_tol"])
            let a = try real(args[0]), b = try real(args[1])
            var rel = 1e-9
            if let v = args.keyword("rel_tol") { rel = try real(v) }
            var absolute = 0.0
            if let v = args.keyword("abs_tol") { absolute = try real(v) }
            if rel < 0 || absolute < 0 { throw pyError(ExceptionTypes.named("ValueError"), "tolerances must be non-negative") }
            if a == b { return BuiltinTypes.true }
            if a.isInfinite || b.isInfinite { return BuiltinTypes.false }
            let diff = Swift.abs(b - a)
            return .bool(diff <= Swift.abs(rel * b) || diff <= Swift.abs(rel * a) || diff <= absolute)
        }
        add("gcd") { _, args throws(PyException) in
            var result = IntOps.make(Int64(0))
            for i in 0..<args.positionalCount {
                var a = IntOps.absolute(try integer(args[i], "gcd"))
                var b = result
                while !(try Runtime.equals(b, IntOps.make(Int64(0)))) {
                    let t = try IntOps.modulo(a, b)
                    a = b
                    b = t
                }
                result = a
            }
            return result
        }
        add("factorial") { _, args throws(PyException) in
            try args.expect("factorial", count: 1)
            let n = try integer(args[0], "factorial")
            guard let k = IntOps.asInt64(n) else { throw pyError(ExceptionTypes.named("OverflowError"), "factorial() argument should not exceed 9223372036854775807") }
            if k < 0 { throw pyError(ExceptionTypes.named("ValueError"), "factorial() not defined for negative values") }
            var result = IntOps.make(Int64(1))
            var i: Int64 = 2
            while i <= k {
                result = try IntOps.multiply(result, IntOps.make(i))
                i += 1
            }
            return result
        }
        add("isqrt") { _, args throws(PyException) in
            try args.expect("isqrt", count: 1)
            let n = try integer(args[0], "isqrt")
            if IntOps.isNegative(n) { throw pyError(ExceptionTypes.named("ValueError"), "isqrt() argument must be nonnegative") }
            if let small = IntOps.asInt64(n) {
                var r = Int64(Double(small).squareRoot())
                while r * r > small { r -= 1 }
                while (r + 1) * (r + 1) <= small { r += 1 }
                return IntOps.make(r)
            }
            // Newton's method on big ints.
            var x = n
            var y = try IntOps.floorDivide(try IntOps.add(x, IntOps.make(Int64(1))), IntOps.make(Int64(2)))
            while IntOps.compare(y, x) < 0 {
                x = y
                y = try IntOps.floorDivide(try IntOps.add(x, try IntOps.floorDivide(n, x)), IntOps.make(Int64(2)))
            }
            return x
        }
        add("fsum") { _, args throws(PyException) in
            // Neumaier compensated summation (CPython's fsum is exactly rounded; this is
            // accurate to the last bit in all but adversarial cases).
            let iterator = try Runtime.iterate(args[0])
            var sum = 0.0, compensation = 0.0
            while let v = try Runtime.next(iterator) {
                let x = try real(v)
                let t = sum + x
                compensation += Swift.abs(sum) >= Swift.abs(x) ? (sum - t) + x : (x - t) + sum
                sum = t
            }
            return FloatOps.make(sum + compensation)
        }
        return m
    }

    static func domainError() -> PyException { pyError(ExceptionTypes.named("ValueError"), "math domain error") }
    static func rangeError() -> PyException { pyError(ExceptionTypes.named("OverflowError"), "math range error") }

    /// A float argument: float, int, or an object with __float__ / __index__.
    static func real(_ v: Value) throws(PyException) -> Double {
        if let d = try FloatOps.operand(v) { return d }
        if let r = try ClassSlots.callSpecial(v, "__float__") { return FloatOps.value(r) }
        if let r = try ClassSlots.callSpecial(v, "__index__") { return try IntOps.toDouble(r) }
        throw typeError("must be real number, not \(TypeRef(v.type).nameString)")
    }

    static func integer(_ v: Value, _ function: String) throws(PyException) -> Value {
        if IntOps.isInt(v) { return IntOps.unbool(v) }
        if let r = try ClassSlots.callSpecial(v, "__index__") { return r }
        throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
    }

    /// log of an int of any size (as CPython: through its bit length) or a float.
    static func logOf(_ v: Value) throws(PyException) -> Double {
        if IntOps.isInt(v) {
            if IntOps.isNegative(v) || (IntOps.asInt64(v) == 0) { throw domainError() }
            if let d = try? IntOps.toDouble(v), d.isFinite { return Glibc.log(d) }
            let bits = IntOps.bitLength(v)
            let shifted = try IntOps.rightShift(v, IntOps.make(Int64(bits - 60)))
            return Glibc.log(try IntOps.toDouble(shifted)) + Double(bits - 60) * M_LN2
        }
        let x = try real(v)
        if x <= 0 && !x.isNaN { throw domainError() }
        return Glibc.log(x)
    }
}
