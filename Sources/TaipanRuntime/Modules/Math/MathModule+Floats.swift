// math's float algorithms: fsum (exact, Shewchuk's partials), hypot and dist (scaled sums
// of squares with error-free products), frexp/ldexp/modf/ulp, and gamma/lgamma by the
// Lanczos approximation that CPython uses (N=13, g≈6.0247), so results agree to the bit.

#if canImport(Glibc)
import Glibc
#endif

extension MathModule {
    static func addFloatFunctions(_ add: (String, @escaping NativeBody) -> Void) {
        add("fsum") { _, args throws(PyException) in
            try FloatOps.make(fsum(try Runtime.iterate(try single(args, "fsum"))))
        }
        add("hypot") { _, args throws(PyException) in
            try args.noKeywords("hypot")
            var coordinates: [Double] = []
            for i in 0..<args.positionalCount { coordinates.append(Swift.abs(try real(args[i]))) }
            return FloatOps.make(norm(coordinates))
        }
        add("dist") { _, args throws(PyException) in
            try args.noKeywords("dist")
            try args.checkPositional("dist", 2, 2)
            let p = TupleRef(try ItertoolsModule.tuple(args[0]))
            let q = TupleRef(try ItertoolsModule.tuple(args[1]))
            if p.count != q.count {
                throw valueError("both points must have the same number of dimensions")
            }
            var differences: [Double] = []
            for i in 0..<p.count { differences.append(Swift.abs(try real(p[i]) - real(q[i]))) }
            return FloatOps.make(norm(differences))
        }
        add("frexp") { _, args throws(PyException) in
            let x = try real(try single(args, "frexp"))
            if x == 0 || !x.isFinite { return TupleRef.create(FloatOps.make(x), Value(smallInt: 0)).value }
            var exponent: Int32 = 0
            let mantissa = Glibc.frexp(x, &exponent)
            return TupleRef.create(FloatOps.make(mantissa), Value(smallInt: Int64(exponent))).value
        }
        add("ldexp") { _, args throws(PyException) in
            try args.noKeywords("ldexp")
            try args.checkPositional("ldexp", 2, 2)
            let x = try real(args[0])
            guard IntOps.isInt(args[1]) else { throw typeError("Expected an int as second argument to ldexp.") }
            let e = args[1]
            if x == 0 || !x.isFinite { return FloatOps.make(x) }
            let exponent = IntOps.asInt64(e) ?? (IntOps.isNegative(e) ? Int64.min : Int64.max)
            let clamped = Int(Swift.max(Swift.min(exponent, 100_000), -100_000))
            let r = Glibc.scalbn(x, Int32(clamped))
            if r.isInfinite { throw rangeError() }
            return FloatOps.make(r)
        }
        add("modf") { _, args throws(PyException) in
            let x = try real(try single(args, "modf"))
            if x.isInfinite { return TupleRef.create(FloatOps.make(Glibc.copysign(0.0, x)), FloatOps.make(x)).value }
            if x.isNaN { return TupleRef.create(FloatOps.make(x), FloatOps.make(x)).value }
            var whole = 0.0
            let fraction = Glibc.modf(x, &whole)
            return TupleRef.create(FloatOps.make(fraction), FloatOps.make(whole)).value
        }
        add("ulp") { _, args throws(PyException) in
            var x = try real(try single(args, "ulp"))
            if x.isNaN { return FloatOps.make(x) }
            x = Swift.abs(x)
            if x.isInfinite { return FloatOps.make(x) }
            let up = Glibc.nextafter(x, .infinity)
            if up.isInfinite { return FloatOps.make(x - Glibc.nextafter(x, -.infinity)) }
            return FloatOps.make(up - x)
        }
    }

    /// The exactly rounded sum of an iterator's floats.
    static func fsum(_ iterator: Value) throws(PyException) -> Double {
        var partials: [Double] = []
        var specialSum = 0.0, infinitySum = 0.0
        while let v = try Runtime.next(iterator) {
            var x = try real(v)
            let original = x
            var kept = 0
            for j in 0..<partials.count {
                var y = partials[j]
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 {
                    partials[kept] = lo
                    kept += 1
                }
                x = hi
            }
            partials.removeSubrange(kept...)
            if x == 0 { continue }
            if !x.isFinite {
                // From an inf or nan among the items, or from overflow.
                if original.isFinite {
                    throw pyError(ExceptionTypes.named("OverflowError"), "intermediate overflow in fsum")
                }
                if original.isInfinite { infinitySum += original }
                specialSum += original
                partials.removeAll()
            } else {
                partials.append(x)
            }
        }
        if specialSum != 0 {
            if infinitySum.isNaN { throw valueError("-inf + inf in fsum") }
            return specialSum
        }
        // Sum the partials from the top; round half-even correctly when the remainder
        // lies exactly halfway.
        var n = partials.count
        var hi = 0.0
        if n > 0 {
            n -= 1
            hi = partials[n]
            var lo = 0.0
            while n > 0 {
                let x = hi
                n -= 1
                let y = partials[n]
                hi = x + y
                lo = y - (hi - x)
                if lo != 0 { break }
            }
            if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
                let y = lo * 2
                let x = hi + y
                if y == x - hi { hi = x }
            }
        }
        return hi
    }

    /// sqrt of the sum of squares of non-negative values, accurate to about half an ulp:
    /// scaled to [0.5, 1) so squaring is lossless, with exact products and sums tracked.
    static func norm(_ values: [Double]) -> Double {
        var maximum = 0.0
        var foundNaN = false
        for x in values {
            if x.isNaN { foundNaN = true }
            if x > maximum { maximum = x }
        }
        if maximum.isInfinite { return maximum }
        if foundNaN { return .nan }
        if maximum == 0 || values.count <= 1 { return maximum }
        var exponent: Int32 = 0
        _ = Glibc.frexp(maximum, &exponent)
        if exponent < -1023 {
            // Subnormals: bring them to the normal range first.
            return Double.leastNormalMagnitude * norm(values.map { $0 / Double.leastNormalMagnitude })
        }
        let scale = Glibc.ldexp(1.0, -exponent)
        var sum = 1.0, fraction1 = 0.0, fraction2 = 0.0
        for value in values {
            let x = value * scale
            let square = x * x
            let squareError = (-square).addingProduct(x, x)
            let total = sum + square
            fraction2 += (sum - total) + square
            sum = total
            fraction1 += squareError
        }
        var h = (sum - 1.0 + (fraction1 + fraction2)).squareRoot()
        let square = -h * h
        let squareError = (-square).addingProduct(-h, h)
        let total = sum + square
        fraction2 += (sum - total) + square
        sum = total
        fraction1 += squareError
        let x = sum - 1.0 + (fraction1 + fraction2)
        h += x / (2.0 * h)
        return h / scale
    }

    static let lanczosG = 6.024680040776729583740234375
    static let lanczosGMinusHalf = 5.524680040776729583740234375
    static let lanczosNumerator: [Double] = [
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    /// x*(x+1)*…*(x+11) expanded.
    static let lanczosDenominator: [Double] = [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ]

    /// The Lanczos rational sum for x > 0 (in 1/x for large x, to avoid overflow).
    static func lanczosSum(_ x: Double) -> Double {
        var numerator = 0.0, denominator = 0.0
        if x < 5.0 {
            for i in stride(from: 12, through: 0, by: -1) {
                numerator = numerator * x + lanczosNumerator[i]
                denominator = denominator * x + lanczosDenominator[i]
            }
        } else {
            for i in 0..<13 {
                numerator = numerator / x + lanczosNumerator[i]
                denominator = denominator / x + lanczosDenominator[i]
            }
        }
        return numerator / denominator
    }

    /// sin(pi * x), exact at integers and half-integers (for the reflection formula).
    static func sinPi(_ x: Double) -> Double {
        let y = Glibc.fmod(Swift.abs(x), 2.0)
        let n = Int((2.0 * y).rounded())
        let r: Double
        switch n {
        case 0: r = Glibc.sin(Double.pi * y)
        case 1: r = Glibc.cos(Double.pi * (y - 0.5))
        case 2: r = Glibc.sin(Double.pi * (1.0 - y))
        case 3: r = -Glibc.cos(Double.pi * (y - 1.5))
        default: r = Glibc.sin(Double.pi * (y - 2.0))
        }
        return Glibc.copysign(1.0, x) * r
    }

    static func gamma(_ x: Double) throws(PyException) -> Double {
        if !x.isFinite {
            if x.isNaN || x > 0 { return x }
            throw domainError()
        }
        if x == 0 { throw domainError() }
        if x == x.rounded(.down) {
            if x < 0 { throw domainError() }
            if x <= 23 {
                var r = 1.0
                var i = 2.0
                while i < x { r *= i; i += 1 }
                return r
            }
        }
        let absolute = Swift.abs(x)
        if absolute < 1e-20 {
            let r = 1.0 / x
            if r.isInfinite { throw rangeError() }
            return r
        }
        if absolute > 200 {
            if x < 0 { return 0.0 / sinPi(x) }
            throw rangeError()
        }
        let y = absolute + lanczosGMinusHalf
        var z: Double
        if absolute > lanczosGMinusHalf {
            let q = y - absolute
            z = q - lanczosGMinusHalf
        } else {
            let q = y - lanczosGMinusHalf
            z = q - absolute
        }
        z = z * lanczosG / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinPi(absolute) / absolute * Glibc.exp(y) / lanczosSum(absolute)
            r -= z * r
            if absolute < 140 {
                r /= Glibc.pow(y, absolute - 0.5)
            } else {
                let half = Glibc.pow(y, absolute / 2.0 - 0.25)
                r /= half
                r /= half
            }
        } else {
            r = lanczosSum(absolute) / Glibc.exp(y)
            r += z * r
            if absolute < 140 {
                r *= Glibc.pow(y, absolute - 0.5)
            } else {
                let half = Glibc.pow(y, absolute / 2.0 - 0.25)
                r *= half
                r *= half
            }
        }
        if r.isInfinite { throw rangeError() }
        return r
    }

    static func logGamma(_ x: Double) throws(PyException) -> Double {
        if !x.isFinite { return x.isNaN ? x : .infinity }
        if x == x.rounded(.down) && x <= 2 {
            if x <= 0 { throw domainError() }
            return 0
        }
        let absolute = Swift.abs(x)
        if absolute < 1e-20 { return -Glibc.log(absolute) }
        var r = Glibc.log(lanczosSum(absolute)) - lanczosG
        r += (absolute - 0.5) * (Glibc.log(absolute + lanczosG - 0.5) - 1)
        if x < 0 {
            r = 1.144729885849400174143427351353058711647 - Glibc.log(Swift.abs(sinPi(absolute))) - Glibc.log(absolute) - r
        }
        if r.isInfinite { throw rangeError() }
        return r
    }
}
