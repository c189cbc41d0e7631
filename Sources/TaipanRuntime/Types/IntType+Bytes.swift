// int.to_bytes and int.from_bytes. Both go through the hex text of the magnitude, which the
// big-int layer converts in linear time; two's complement is an addition of 2**(8*length).

extension IntType {
    static func byteOrder(_ v: Value?) throws(PyException) -> Bool {
        guard let v else { return true }
        guard StrOps.isStr(v) else {
            throw typeError("to_bytes() argument 'byteorder' must be str, not \(TypeRef(v.type).nameString)")
        }
        switch StrRef(v).string {
        case "big": return true
        case "little": return false
        default: throw pyError(ExceptionTypes.named("ValueError"), "byteorder must be either 'little' or 'big'")
        }
    }

    static func installBytesMethods() {
        let int = BuiltinTypes.int
        NativeFunctions.addMethod(int, "to_bytes") { v, args throws(PyException) in
            try args.expect("to_bytes", min: 0, max: 2, keywords: ["length", "byteorder", "signed"])
            let length = try args.argument(0, "length").map { n throws(PyException) in try StrOps.intArgument(n) } ?? 1
            if length < 0 { throw pyError(ExceptionTypes.named("ValueError"), "length argument must be non-negative") }
            let big = try byteOrder(args.argument(1, "byteorder"))
            let signed = try args.keyword("signed").map { s throws(PyException) in try Runtime.isTrue(s) } ?? false
            let overflow = pyError(ExceptionTypes.named("OverflowError"), "int too big to convert")
            var value = IntOps.unbool(v)
            if IntOps.isNegative(value) {
                guard signed else { throw pyError(ExceptionTypes.named("OverflowError"), "can't convert negative int to unsigned") }
                // -v - 1 must fit in 8*length - 1 bits.
                let flipped = try Runtime.binary(.sub, try Runtime.binary(.sub, IntOps.make(0), value), IntOps.make(1))
                if length == 0 || IntOps.bitLength(flipped) > 8 * length - 1 { throw overflow }
                value = try Runtime.binary(.add, value, try Runtime.binary(.lshift, IntOps.make(1), IntOps.make(Int64(8 * length))))
            } else if IntOps.bitLength(value) > 8 * length - (signed ? 1 : 0) {
                throw overflow
            }
            let digits = try FormatEngine.integerDigits(value, base: 16).magnitude
            var out = [UInt8](repeating: 0, count: length)
            var k = digits.count - 1
            var position = 0
            while k >= 0 && position < length {  // the overflow checks leave only zeros past length
                let low = hexValue(digits[k])
                let high = k > 0 ? hexValue(digits[k - 1]) : 0
                out[length - 1 - position] = high << 4 | low
                position += 1
                k -= 2
            }
            return BytesOps.create(big ? out : out.reversed())
        }
        // A classmethod calls its function with the class as the first argument.
        let fromBytes = NativeFunctions.make("from_bytes") { _, args throws(PyException) in
            try args.expect("from_bytes", min: 2, max: 3, keywords: ["bytes", "byteorder", "signed"])
            let cls = args[0]
            guard let source = args.argument(1, "bytes") else { throw typeError("from_bytes() missing required argument 'bytes' (pos 1)") }
            var raw: [UInt8]
            if let b = BytesOps.contents(source) {
                raw = b
            } else if StrOps.isStr(source) || IntOps.isInt(source) {
                // PyBytes_FromObject takes no str, nor an int as a count.
                throw typeError("cannot convert '\(TypeRef(source.type).nameString)' object to bytes")
            } else {
                raw = try BytesOps.fromSource(source, encoding: nil, errors: nil, what: "bytes")
            }
            if !(try byteOrder(args.argument(2, "byteorder"))) { raw.reverse() }
            let signed = try args.keyword("signed").map { s throws(PyException) in try Runtime.isTrue(s) } ?? false
            let digits = "0123456789abcdef".map { $0 }
            var text = "0"
            for b in raw {
                text.append(digits[Int(b >> 4)])
                text.append(digits[Int(b & 15)])
            }
            var result = try IntOps.fromString(text, base: 16)
            if signed, let first = raw.first, first >= 0x80 {
                result = try Runtime.binary(.sub, result, try Runtime.binary(.lshift, IntOps.make(1), IntOps.make(Int64(8 * raw.count))))
            }
            if cls.isIdentical(BuiltinTypes.int) { return result }
            return try Runtime.call(cls, result)
        }
        DictRef(TypeRef(int).dict).setStr(Interned.intern("from_bytes"), Descriptors.classMethod(fromBytes))
    }

    static func hexValue(_ ascii: UInt8) -> UInt8 { ascii >= 0x61 ? ascii - 0x61 + 10 : ascii - 0x30 }
}
