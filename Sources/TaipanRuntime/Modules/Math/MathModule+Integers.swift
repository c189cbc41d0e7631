// math's integer functions: factorial, comb, perm, gcd, lcm, isqrt, prod.

extension MathModule {
    static func addIntegerFunctions(_ add: (String, @escaping NativeBody) -> Void) {
        add("factorial") { _, args throws(PyException) in
            let n = try integer(try single(args, "factorial"))
            guard let k = IntOps.asInt64(n) else {
                if IntOps.isNegative(n) { throw pyError(ExceptionTypes.named("ValueError"), "factorial() not defined for negative values") }
                throw pyError(ExceptionTypes.named("OverflowError"), "factorial() argument should not exceed 9223372036854775807")
            }
            if k < 0 { throw pyError(ExceptionTypes.named("ValueError"), "factorial() not defined for negative values") }
            return try rangeProduct(1, k)
        }
        add("comb") { _, args throws(PyException) in
            try args.noKeywords("comb")
            try args.checkPositional("comb", 2, 2)
            let n = try integer(args[0]), k = try integer(args[1])
            if IntOps.isNegative(n) { throw valueError("n must be a non-negative integer") }
            if IntOps.isNegative(k) { throw valueError("k must be a non-negative integer") }
            if IntOps.compare(k, n) > 0 { return Value(smallInt: 0) }
            let rest = try IntOps.subtract(n, k)
            let smaller = IntOps.compare(k, rest) < 0 ? k : rest
            guard let r = IntOps.asInt64(smaller) else {
                throw pyError(ExceptionTypes.named("OverflowError"), "min(n - k, k) must not exceed 9223372036854775807")
            }
            // C(n, r) = prod(n - r + i) / i, exact at every step.
            var result = Value(smallInt: 1)
            let base = try IntOps.subtract(n, IntOps.make(r))
            var i: Int64 = 1
            while i <= r {
                result = try IntOps.multiply(result, try IntOps.add(base, IntOps.make(i)))
                result = try IntOps.floorDivide(result, IntOps.make(i))
                i += 1
            }
            return result
        }
        add("perm") { _, args throws(PyException) in
            try args.noKeywords("perm")
            try args.checkPositional("perm", 1, 2)
            let n = try integer(args[0])
            if args.positionalCount == 1 || args[1].isIdentical(.none) {
                // perm(n) is factorial(n), with its message.
                if IntOps.isNegative(n) { throw valueError("factorial() not defined for negative values") }
                guard let count = IntOps.asInt64(n) else {
                    throw pyError(ExceptionTypes.named("OverflowError"), "n must not exceed 9223372036854775807")
                }
                return try rangeProduct(1, count)
            }
            let k = try integer(args[1])
            if IntOps.isNegative(n) { throw valueError("n must be a non-negative integer") }
            if IntOps.isNegative(k) { throw valueError("k must be a non-negative integer") }
            if IntOps.compare(k, n) > 0 { return Value(smallInt: 0) }
            guard let r = IntOps.asInt64(k) else {
                throw pyError(ExceptionTypes.named("OverflowError"), "k must not exceed 9223372036854775807")
            }
            var result = Value(smallInt: 1)
            var factor = n
            for _ in 0..<r {
                result = try IntOps.multiply(result, factor)
                factor = try IntOps.subtract(factor, Value(smallInt: 1))
            }
            return result
        }
        add("gcd") { _, args throws(PyException) in
            try args.noKeywords("gcd")
            var result = Value(smallInt: 0)
            for i in 0..<args.positionalCount { result = try gcd(result, try integer(args[i])) }
            return result
        }
        add("lcm") { _, args throws(PyException) in
            try args.noKeywords("lcm")
            var result = Value(smallInt: 1)
            for i in 0..<args.positionalCount {
                let v = IntOps.absolute(try integer(args[i]))
                if IntOps.isZero(result) || IntOps.isZero(v) {
                    result = Value(smallInt: 0)
                    continue
                }
                let g = try gcd(result, v)
                result = try IntOps.multiply(try IntOps.floorDivide(result, g), v)
            }
            return result
        }
        add("isqrt") { _, args throws(PyException) in
            let n = try integer(try single(args, "isqrt"))
            if IntOps.isNegative(n) { throw valueError("isqrt() argument must be nonnegative") }
            if let small = IntOps.asInt64(n) {
                var r = Int64(Double(small).squareRoot())
                while r > 0 && r.multipliedReportingOverflow(by: r).overflow || r * r > small { r -= 1 }
                while !(r + 1).multipliedReportingOverflow(by: r + 1).overflow && (r + 1) * (r + 1) <= small { r += 1 }
                return IntOps.make(r)
            }
            // Newton's method from above on big ints.
            var x = IntOps.shiftLeft(Value(smallInt: 1), by: (IntOps.bitLength(n) + 1) / 2 + 1)
            while true {
                let y = try IntOps.rightShift(try IntOps.add(x, try IntOps.floorDivide(n, x)), Value(smallInt: 1))
                if IntOps.compare(y, x) >= 0 { return x }
                x = y
            }
        }
        add("prod") { _, args throws(PyException) in
            if args.positionalCount != 1 {
                if args.positionalCount == 0 { throw typeError("prod() missing required argument 'iterable' (pos 1)") }
                throw typeError("prod() takes exactly 1 positional argument (\(args.positionalCount) given)")
            }
            let names = ["iterable", "start"]
            _ = try args.parameter(0, "iterable", of: "prod", names: names)
            var result = args.keyword("start") ?? Value(smallInt: 1)
            let iterator = try Runtime.iterate(args[0])
            while let v = try Runtime.next(iterator) { result = try Runtime.binary(.mul, result, v) }
            return result
        }
    }

    static func valueError(_ message: String) -> PyException { pyError(ExceptionTypes.named("ValueError"), message) }

    /// gcd of two ints (by Euclid's algorithm), never negative.
    static func gcd(_ a: Value, _ b: Value) throws(PyException) -> Value {
        var x = IntOps.absolute(a), y = IntOps.absolute(b)
        if let p = IntOps.asInt64(x), let q = IntOps.asInt64(y) {
            var (u, v) = (UInt64(p), UInt64(q))
            while v != 0 { (u, v) = (v, u % v) }
            return IntOps.make(unsigned: u)
        }
        while !IntOps.isZero(y) { (x, y) = (y, try IntOps.modulo(x, y)) }
        return x
    }

    /// lo * (lo+1) * … * hi, by splitting the range in halves (balanced big-int products).
    static func rangeProduct(_ lo: Int64, _ hi: Int64) throws(PyException) -> Value {
        if lo > hi { return Value(smallInt: 1) }
        if hi - lo < 16 {
            var result = Value(smallInt: 1)
            var i = lo
            while i <= hi {
                result = try IntOps.multiply(result, IntOps.make(i))
                i += 1
            }
            return result
        }
        let middle = lo + (hi - lo) / 2
        return try IntOps.multiply(try rangeProduct(lo, middle), try rangeProduct(middle + 1, hi))
    }
}
