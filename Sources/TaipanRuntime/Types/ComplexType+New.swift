// complex(real=0, imag=0) and complex(string): the constructor, CPython's string grammar
// (optional parentheses, `a+bj`, `bj`, `a`, a bare `j` meaning 1j).

extension ComplexOps {
    static func construct(_ args: Arguments) throws(PyException) -> Value {
        try args.expect("complex", min: 0, max: 2, keywords: ["real", "imag"])
        let real = args.argument(0, "real")
        let imag = args.argument(1, "imag")
        guard let real else {
            guard let imag else { return make(real: 0, imaginary: 0) }
            return try construct(IntOps.make(0), imag)
        }
        return try construct(real, imag)
    }

    static func construct(_ real: Value, _ imag: Value?) throws(PyException) -> Value {
        if StrOps.isStr(real) {
            if imag != nil { throw typeError("complex() can't take second arg if first is a string") }
            guard let (re, im) = parse(StrRef(real).string) else {
                throw pyError(ExceptionTypes.named("ValueError"), "complex() arg is a malformed string")
            }
            return make(real: re, imaginary: im)
        }
        if let imag, StrOps.isStr(imag) { throw typeError("complex() second arg can't be a string") }
        /// The parts of an argument, and whether it was a complex.
        func parts(_ v: Value, _ which: String) throws(PyException) -> (Double, Double, Bool) {
            if v.isPointer && v.type.isIdentical(type) {
                let (re, im) = ComplexOps.parts(v)
                return (re, im, true)
            }
            if let r = try ClassSlots.callSpecial(v, "__complex__") {
                guard r.isPointer && r.type.isIdentical(type) else {
                    throw typeError("__complex__ returned non-complex (type \(TypeRef(r.type).nameString))")
                }
                let (re, im) = ComplexOps.parts(r)
                return (re, im, true)
            }
            if let d = try FloatOps.operand(v) { return (d, 0, false) }
            if ClassSlots.special(v, "__float__") != nil || ClassSlots.special(v, "__index__") != nil {
                return (FloatOps.value(try FloatOps.fromValue(v)), 0, false)
            }
            throw typeError("complex() \(which) argument must be a string or a number, not '\(TypeRef(v.type).nameString)'")
        }
        let (a, b, _) = try parts(real, "first")
        guard let imag else { return make(real: a, imaginary: b) }
        let (c, d, imagIsComplex) = try parts(imag, "second")
        // As CPython, parts that are not complex are not added (so -0.0 stays -0.0).
        let realIsComplex = real.isPointer && real.type.isIdentical(type)
        return make(real: imagIsComplex ? a - d : a, imaginary: realIsComplex ? b + c : c)
    }

    /// The (real, imaginary) parts a complex literal string denotes, nil if malformed.
    static func parse(_ text: String) -> (Double, Double)? {
        var s = Array(text.trimmingWhitespace().unicodeScalars)
        if s.first == "(" {
            guard s.last == ")" else { return nil }
            s = Array(String(String.UnicodeScalarView(s[1..<(s.count - 1)])).trimmingWhitespace().unicodeScalars)
        }
        guard !s.isEmpty else { return nil }
        func number(_ part: ArraySlice<Unicode.Scalar>) -> Double? {
            let t = String(String.UnicodeScalarView(part))
            if t.isEmpty || t.contains(" ") { return nil }
            // Underscores only between digits, as in float literals.
            let chars = Array(t.unicodeScalars)
            for (k, c) in chars.enumerated() where c == "_" {
                guard k > 0, k + 1 < chars.count, chars[k - 1].properties.numericType != nil,
                      chars[k + 1].properties.numericType != nil else { return nil }
            }
            return FloatOps.parseFloatText(t.replacing("_", with: ""))
        }
        let imaginary = s.last == "j" || s.last == "J"
        let body = imaginary ? s.dropLast() : s[...]
        // The split point: a sign that is not the first character and follows no exponent.
        var split: Int? = nil
        var i = body.endIndex - 1
        while i > body.startIndex {
            let c = body[i]
            if (c == "+" || c == "-") && body[i - 1] != "e" && body[i - 1] != "E" { split = i; break }
            i -= 1
        }
        if !imaginary { return split == nil ? number(body).map { ($0, 0) } : nil }
        let imagText = split.map { body[$0...] } ?? body
        var im: Double
        switch String(String.UnicodeScalarView(imagText)) {
        case "", "+": im = 1
        case "-": im = -1
        default:
            guard let v = number(imagText) else { return nil }
            im = v
        }
        guard let at = split else { return (0, im) }
        guard let re = number(body[..<at]) else { return nil }
        return (re, im)
    }
}
