// complex division and power as CPython computes them (complexobject.c): the quotient
// scales by the larger part of the divisor (Smith's method), small integral exponents
// multiply by repeated squaring, and errno-style outcomes become Python errors: a zero
// divisor is ZeroDivisionError, an infinite power result OverflowError.

#if canImport(Glibc)
import Glibc
#endif

extension ComplexOps {
    /// (a+bi) / (c+di); nil when the divisor is zero.
    static func quotient(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> (Double, Double)? {
        let absC = Swift.abs(c), absD = Swift.abs(d)
        if absC >= absD {
            if absC == 0 { return nil }
            let ratio = d / c
            let denominator = c + d * ratio
            return ((a + b * ratio) / denominator, (b - a * ratio) / denominator)
        }
        if absD >= absC {
            let ratio = c / d
            let denominator = c * ratio + d
            return ((a * ratio + b) / denominator, (b * ratio - a) / denominator)
        }
        return (.nan, .nan)     // a NaN in the divisor
    }

    static func product(_ a: (Double, Double), _ b: (Double, Double)) -> (Double, Double) {
        (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
    }

    /// x ** n for n >= 0 by repeated squaring (CPython's c_powu).
    static func unsignedPower(_ x: (Double, Double), _ n: Int) -> (Double, Double) {
        var result = (1.0, 0.0), square = x, mask = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { result = product(result, square) }
            mask <<= 1
            square = product(square, square)
        }
        return result
    }

    /// (a+bi) ** (c+di), raising as CPython's complex_pow.
    static func power(real a: Double, imaginary b: Double, exponentReal c: Double, exponentImaginary d: Double) throws(PyException) -> Value {
        var domainError = false
        var r: (Double, Double)
        if d == 0 && c == c.rounded(.down) && Swift.abs(c) <= 100 {
            let n = Int(c)
            if n >= 0 {
                r = unsignedPower((a, b), n)
            } else if let q = Optional(unsignedPower((a, b), -n)), let inverse = quotient(1, 0, q.0, q.1) {
                r = inverse
            } else {
                domainError = true
                r = (0, 0)
            }
        } else if c == 0 && d == 0 {
            r = (1, 0)
        } else if a == 0 && b == 0 {
            domainError = d != 0 || c < 0
            r = (0, 0)
        } else {
            let magnitude = hypot(a, b)
            let angle = atan2(b, a)
            var length = pow(magnitude, c)
            var phase = angle * c
            if d != 0 {
                length /= exp(angle * d)
                phase += d * log(magnitude)
            }
            r = (length * cos(phase), length * sin(phase))
        }
        if domainError {
            throw pyError(ExceptionTypes.named("ZeroDivisionError"), "0.0 to a negative or complex power")
        }
        if r.0.isInfinite || r.1.isInfinite {
            throw pyError(ExceptionTypes.named("OverflowError"), "complex exponentiation")
        }
        return make(real: r.0, imaginary: r.1)
    }
}
