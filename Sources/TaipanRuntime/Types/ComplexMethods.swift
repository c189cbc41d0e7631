// complex(real, imag) and complex("1+2j") with CPython's checks and messages, abs(),
// conjugate() and unary plus.

#if canImport(Glibc)
import Glibc
#endif

extension ComplexOps {
    static func installMethods() {
        let slots = TypeRef(type).slots
        slots.new = { cls, args throws(PyException) in
            try args.expect("complex", min: 0, max: 2, keywords: ["real", "imag"])
            let real = args.positionalCount > 0 ? args[0] : args.keyword("real")
            let imag = args.positionalCount > 1 ? args[1] : args.keyword("imag")
            // As CPython: a part that is not complex adds no cross term (so -0.0 survives).
            var (re, im) = (0.0, 0.0)
            var realIsComplex = false
            // complex(z) of an exact complex is z itself, as CPython.
            if let real, imag == nil, cls.isIdentical(type), real.isPointer, real.type.isIdentical(type) { return real }
            if let real {
                if StrOps.isStr(real) {
                    if imag != nil { throw typeError("complex() can't take second arg if first is a string") }
                    return try finish(cls, try parse(StrRef(real).string))
                }
                guard let parts = try number(real) else {
                    throw typeError("complex() first argument must be a string or a number, not '\(TypeRef(real.type).nameString)'")
                }
                (re, im) = parts
                realIsComplex = isComplex(real)
            }
            if let imag {
                if StrOps.isStr(imag) { throw typeError("complex() second arg can't be a string") }
                guard let (x, y) = try number(imag) else {
                    throw typeError("complex() second argument must be a number, not '\(TypeRef(imag.type).nameString)'")
                }
                if isComplex(imag) { re -= y }
                im = realIsComplex ? im + x : x
            }
            return try finish(cls, (re, im))
        }
        func finish(_ cls: Value, _ value: (Double, Double)) throws(PyException) -> Value {
            let (re, im) = value
            let c = make(real: re, imaginary: im)
            if cls.isIdentical(type) { return c }
            let o = allocateObject(words: TypeRef(cls).instanceWords, type: cls)
            o.storeRaw(1, c.loadRaw(1))
            o.storeRaw(2, c.loadRaw(2))
            Instances.setRootMap(o, cls)
            return o
        }
        slots.positive = { c in
            let (re, im) = parts(c)
            return make(real: re, imaginary: im)
        }
        NativeFunctions.addMethod(type, "__abs__") { c, _ throws(PyException) in
            let (re, im) = parts(c)
            let r = hypot(re, im)
            if r.isInfinite && re.isFinite && im.isFinite {
                throw pyError(ExceptionTypes.named("OverflowError"), "absolute value too large")
            }
            return FloatOps.make(r)
        }
        NativeFunctions.addMethod(type, "conjugate") { c, _ in
            let (re, im) = parts(c)
            return make(real: re, imaginary: -im)
        }
        NativeFunctions.addMethod(type, "__format__") { c, args throws(PyException) in
            try args.expect("__format__", count: 1)
            return try FormatSpec.formatComplex(c, try args.str(0, "__format__").string)
        }
        NativeFunctions.addMethod(type, "__complex__") { c, _ in
            let (re, im) = parts(c)
            return make(real: re, imaginary: im)
        }
    }

    static func isComplex(_ v: Value) -> Bool {
        v.isPointer && (TypeRef(v.type).isSubtype(of: type) || ClassSlots.special(v, "__complex__") != nil)
    }

    /// A complex, a real number, or an object with __complex__/__float__/__index__.
    static func number(_ v: Value) throws(PyException) -> (Double, Double)? {
        if let parts = try operand(v) { return parts }
        if let c = try ClassSlots.callSpecial(v, "__complex__") {
            guard c.isPointer, TypeRef(c.type).isSubtype(of: type) else {
                throw typeError("__complex__ returned non-complex (type \(TypeRef(c.type).nameString))")
            }
            return parts(c)
        }
        if ClassSlots.special(v, "__float__") != nil || ClassSlots.special(v, "__index__") != nil {
            return (FloatOps.value(try FloatOps.fromValue(v)), 0)
        }
        return nil
    }

    /// complex("…"): "1", "2j", "1+2j", "-j", optionally in parentheses, with spaces around.
    static func parse(_ text: String) throws(PyException) -> (Double, Double) {
        let malformed = pyError(ExceptionTypes.named("ValueError"), "complex() arg is a malformed string")
        func trimmed(_ s: Substring) -> Substring {
            var s = s
            while let c = s.first, c.isWhitespace { s = s.dropFirst() }
            while let c = s.last, c.isWhitespace { s = s.dropLast() }
            return s
        }
        guard let ascii = UnicodeDecimal.asciiDigitsAndSpaces(text) else { throw malformed }
        var s = trimmed(Substring(String(decoding: ascii, as: UTF8.self)))
        if s.first == "(" && s.last == ")" { s = trimmed(s.dropFirst().dropLast()) }
        func real(_ part: Substring) throws(PyException) -> Double {
            guard !part.isEmpty, !part.contains(" "), let d = FloatOps.parseFloatText(underscored: String(part)) else { throw malformed }
            return d
        }
        func imaginary(_ part: Substring) throws(PyException) -> Double {
            switch part {
            case "", "+": return 1
            case "-": return -1
            default: return try real(part)
            }
        }
        guard let last = s.last, last == "j" || last == "J" else { return (try real(s), 0) }
        let body = s.dropLast()
        var split: Substring.Index? = nil
        var i = body.endIndex
        while i > body.startIndex {
            i = body.index(before: i)
            let c = body[i]
            if (c == "+" || c == "-") && i > body.startIndex {
                let before = body[body.index(before: i)]
                if before != "e" && before != "E" {
                    split = i
                    break
                }
            }
        }
        guard let at = split else { return (0, try imaginary(body)) }
        return (try real(body[..<at]), try imaginary(body[at...]))
    }
}
