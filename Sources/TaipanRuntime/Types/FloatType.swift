// float's slots: arithmetic with floats and ints (ints are converted exactly or raise
// OverflowError), comparisons, hashing, repr as the shortest round-tripping digits.

import TaipanSyntax
#if canImport(Glibc)
import Glibc
#endif

extension FloatOps {
    @inline(__always) public static func isFloat(_ v: Value) -> Bool {
        v.isInlineFloat || (v.isPointer && TypeRef(v.type).isSubtype(of: BuiltinTypes.float))
    }

    /// The double of a float or int operand, or nil for other types.
    @inline(__always) static func operand(_ v: Value) throws(PyException) -> Double? {
        if v.isInlineFloat { return v.inlineFloatValue }
        if v.isSmallInt { return Double(v.smallIntValue) }
        if isFloat(v) { return value(v) }
        if IntOps.isInt(v) { return try IntOps.toDouble(v) }
        return nil
    }

    static func zeroDivision(_ message: String) -> PyException {
        pyError(ExceptionTypes.named("ZeroDivisionError"), message)
    }

    /// Python's float modulo: the result has the sign of the divisor.
    static func modulo(_ a: Double, _ b: Double) -> Double {
        var m = fmod(a, b)
        if m != 0 {
            if (b < 0) != (m < 0) { m += b }
        } else {
            m = copysign(0, b)
        }
        return m
    }

    static func floorDivide(_ a: Double, _ b: Double) -> Double {
        var m = fmod(a, b)
        var div = (a - m) / b
        if m != 0 && (b < 0) != (m < 0) {
            m += b
            div -= 1
        }
        if div != 0 {
            var floored = floor(div)
            if div - floored > 0.5 { floored += 1 }
            return floored
        }
        return copysign(0, a / b)
    }

    static func power(_ a: Double, _ b: Double) throws(PyException) -> Value {
        if a == 0 && b < 0 {
            throw zeroDivision("0.0 cannot be raised to a negative power")
        }
        if a < 0 && b != b.rounded() && b.isFinite {
            return try ComplexOps.power(real: a, imaginary: 0, exponentReal: b, exponentImaginary: 0)
        }
        let r = pow(a, b)
        if r.isInfinite && a.isFinite && b.isFinite {
            throw pyError(ExceptionTypes.named("OverflowError"), "(34, 'Numerical result out of range')")
        }
        return make(r)
    }

    static func install() {
        let float = BuiltinTypes.float
        let slots = TypeRef(float).slots
        func arithmetic(_ op: BinaryOp, _ f: @escaping (Double, Double) throws(PyException) -> Value) {
            slots.binary[op.rawValue] = { a, b throws(PyException) in
                guard isFloat(a) || isFloat(b), let x = try operand(a), let y = try operand(b) else {
                    return BuiltinTypes.notImplemented
                }
                return try f(x, y)
            }
        }
        arithmetic(.add) { x, y in make(x + y) }
        arithmetic(.sub) { x, y in make(x - y) }
        arithmetic(.mul) { x, y in make(x * y) }
        arithmetic(.truediv) { x, y throws(PyException) in
            if y == 0 { throw zeroDivision("float division by zero") }
            return make(x / y)
        }
        arithmetic(.floordiv) { x, y throws(PyException) in
            if y == 0 { throw zeroDivision("float floor division by zero") }
            return make(floorDivide(x, y))
        }
        arithmetic(.mod) { x, y throws(PyException) in
            if y == 0 { throw zeroDivision("float modulo") }
            return make(modulo(x, y))
        }
        arithmetic(.pow) { x, y throws(PyException) in try power(x, y) }
        slots.negative = { v in make(-value(v)) }
        slots.positive = { v in make(value(v)) }
        slots.bool = { v in value(v) != 0 }
        slots.hash = { v in hash(value(v)) }
        slots.repr = { v in StrRef.create(pythonFloatRepr(value(v))).value }
        slots.compare = { a, b, op throws(PyException) in
            guard isFloat(a) else { return BuiltinTypes.notImplemented }
            let x = value(a)
            if IntOps.isInt(b) {
                // Exactly, as CPython compares a float with an int of any size.
                guard let order = IntOps.compare(b, double: x) else { return .bool(op == .ne) }
                let c = -order
                switch op {
                case .lt: return .bool(c < 0)
                case .le: return .bool(c <= 0)
                case .eq: return .bool(c == 0)
                case .ne: return .bool(c != 0)
                case .gt: return .bool(c > 0)
                case .ge: return .bool(c >= 0)
                }
            }
            guard isFloat(b) else { return BuiltinTypes.notImplemented }
            let y = value(b)
            switch op {
            case .lt: return .bool(x < y)
            case .le: return .bool(x <= y)
            case .eq: return .bool(x == y)
            case .ne: return .bool(x != y)
            case .gt: return .bool(x > y)
            case .ge: return .bool(x >= y)
            }
        }
        slots.new = { cls, args throws(PyException) in
            try args.expect("float", min: 0, max: 1)
            let d = args.positionalCount == 0 ? 0 : value(try fromValue(args[0]))
            if cls.isIdentical(float) { return make(d) }
            // A subclass: always boxed (word 1 the bits), then its own words.
            let o = allocateObject(words: TypeRef(cls).instanceWords, type: cls)
            o.storeRaw(1, Int(bitPattern: UInt(d.bitPattern)))
            Instances.setRootMap(o, cls)
            return o
        }
        NativeFunctions.addMethod(float, "__format__") { v, args throws(PyException) in
            try args.expect("__format__", count: 1)
            let spec = try args.str(0, "__format__").string
            // An empty spec is str(self), which a subclass may override.
            if spec.isEmpty && !v.type.isIdentical(float) { return try Runtime.str(v) }
            return try FormatSpec.formatFloat(value(v), spec)
        }
        NativeFunctions.addMethod(float, "is_integer") { v, _ in
            let d = value(v)
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        NativeFunctions.addMethod(float, "__round__") { v, args throws(PyException) in
            try Rounding.roundFloat(value(v), args)
        }
        NativeFunctions.addMethod(float, "__int__") { v, _ throws(PyException) in try IntOps.fromDouble(value(v)) }
        NativeFunctions.addMethod(float, "__trunc__") { v, _ throws(PyException) in try IntOps.fromDouble(value(v)) }
        NativeFunctions.addMethod(float, "__floor__") { v, args throws(PyException) in
            try args.expect("__floor__", count: 0)
            return try IntOps.fromDouble(value(v).rounded(.down))
        }
        NativeFunctions.addMethod(float, "__ceil__") { v, args throws(PyException) in
            try args.expect("__ceil__", count: 0)
            return try IntOps.fromDouble(value(v).rounded(.up))
        }
        NativeFunctions.addMethod(float, "__abs__") { v, args throws(PyException) in
            try args.expect("__abs__", count: 0)
            return make(Swift.abs(value(v)))
        }
        NativeFunctions.addMethod(float, "__float__") { v, _ in make(value(v)) }
        let getformat = NativeFunctions.make("__getformat__") { _, args throws(PyException) in
            // Called through a classmethod: the class comes first.
            guard args.positionalCount == 2 else {
                throw typeError("float.__getformat__() takes exactly one argument (\(args.positionalCount - 1) given)")
            }
            let kind = try args.str(1, "__getformat__").string
            guard kind == "double" || kind == "float" else {
                throw pyError(ExceptionTypes.named("ValueError"), "__getformat__() argument 1 must be 'double' or 'float'")
            }
            return StrRef.create("IEEE, little-endian").value
        }
        DictRef(TypeRef(float).dict).setStr(Interned.intern("__getformat__"), Descriptors.classMethod(getformat))
        installExactMethods()
    }

    /// float(x): from a float, an int, a str, or an object with __float__.
    static func fromValue(_ v: Value) throws(PyException) -> Value {
        if isFloat(v) { return make(value(v)) }
        if IntOps.isInt(v) { return make(try IntOps.toDouble(v)) }
        if StrOps.isStr(v) {
            // Unicode digits and spaces read as their ASCII forms, as int() reads them.
            if let ascii = UnicodeDecimal.asciiDigitsAndSpaces(StrRef(v).string),
               let d = parseFloatText(underscored: String(decoding: ascii, as: UTF8.self).trimmingWhitespace()) {
                return make(d)
            }
            throw pyError(ExceptionTypes.named("ValueError"), "could not convert string to float: \(StrRef(try Runtime.repr(v)).string)")
        }
        if let raw = BytesOps.contents(v) {
            let text = String(decoding: raw, as: UTF8.self).trimmingWhitespace()
            if !text.contains("_"), let d = parseFloatText(text) { return make(d) }
            throw pyError(ExceptionTypes.named("ValueError"), "could not convert string to float: \(StrRef(try Runtime.repr(v)).string)")
        }
        if let r = try ClassSlots.callSpecial(v, "__float__") {
            guard isFloat(r) else {
                throw typeError("\(TypeRef(v.type).nameString).__float__ returned non-float (type \(TypeRef(r.type).nameString))")
            }
            return r
        }
        if let r = try ClassSlots.callSpecial(v, "__index__") {
            return make(try IntOps.toDouble(r))
        }
        throw typeError("float() argument must be a string or a real number, not '\(TypeRef(v.type).nameString)'")
    }

    /// A float literal's text in which `_` may only separate two digits (as float() and
    /// complex() accept it).
    static func parseFloatText(underscored text: String) -> Double? {
        if !text.contains("_") { return parseFloatText(text) }
        let chars = Array(text)
        for (i, c) in chars.enumerated() where c == "_" {
            guard i > 0, i + 1 < chars.count, chars[i - 1].isASCII, chars[i - 1].isNumber,
                  chars[i + 1].isASCII, chars[i + 1].isNumber else { return nil }
        }
        return parseFloatText(text.replacing("_", with: ""))
    }

    static func parseFloatText(_ text: String) -> Double? {
        let lower = text.lowercased()
        switch lower {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default:
            guard !lower.isEmpty, lower.allSatisfy({ "0123456789.eE+-".contains($0) }) else { return nil }
            return Double(lower)
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
