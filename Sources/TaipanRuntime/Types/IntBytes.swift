// int.to_bytes / int.from_bytes (two's complement, either byte order), bit_count and
// as_integer_ratio.

extension IntType {
    static func installByteMethods() {
        let int = BuiltinTypes.int
        NativeFunctions.addMethod(int, "to_bytes") { v, args throws(PyException) in
            try args.expect("to_bytes", min: 0, max: 2, keywords: ["length", "byteorder", "signed"])
            let lengthValue = args.positionalCount > 0 ? args[0] : args.keyword("length") ?? IntOps.make(1)
            guard let length = try IntOps.index(lengthValue) else {
                throw typeError("'\(TypeRef(lengthValue.type).nameString)' object cannot be interpreted as an integer")
            }
            if length < 0 { throw pyError(ExceptionTypes.named("ValueError"), "length argument must be non-negative") }
            let little = try isLittle(args.positionalCount > 1 ? args[1] : args.keyword("byteorder"))
            let signed = try args.keyword("signed").map { s throws(PyException) in try Runtime.isTrue(s) } ?? false
            var rest = IntOps.unbool(v)
            if !signed && IntOps.isNegative(rest) {
                throw pyError(ExceptionTypes.named("OverflowError"), "can't convert negative int to unsigned")
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(length)
            let mask = IntOps.make(0xFF), eight = IntOps.make(8)
            for _ in 0..<length {
                bytes.append(UInt8(truncatingIfNeeded: IntOps.asInt64(try IntOps.bitAnd(rest, mask)) ?? 0))
                rest = try IntOps.rightShift(rest, eight)
            }
            // What is left must be the sign extension of the top byte.
            let topBitSet = signed && (bytes.last ?? 0) >= 0x80
            let expected: Int64 = topBitSet ? -1 : 0
            if IntOps.asInt64(rest) != expected || (length == 0 && !IntOps.isZero(IntOps.unbool(v))) {
                throw pyError(ExceptionTypes.named("OverflowError"), "int too big to convert")
            }
            return BytesOps.create(little ? bytes : bytes.reversed())
        }
        let fromBytes = NativeFunctions.make("from_bytes") { _, args throws(PyException) in
            // Called through a classmethod: the class comes first.
            let rest = Arguments(args.values + 1, positional: args.positionalCount - 1, keywordNames: args.keywordNames)
            try rest.expect("from_bytes", min: 0, max: 2, keywords: ["bytes", "byteorder", "signed"])
            guard let source = rest.positionalCount > 0 ? rest[0] : rest.keyword("bytes") else {
                throw typeError("from_bytes() missing required argument 'bytes' (pos 1)")
            }
            let little = try isLittle(rest.positionalCount > 1 ? rest[1] : rest.keyword("byteorder"))
            let signed = try rest.keyword("signed").map { s throws(PyException) in try Runtime.isTrue(s) } ?? false
            var bytes: [UInt8] = []
            if source.isPointer && TypeRef(source.type).isSubtype(of: BytesOps.type) {
                bytes = BytesOps.bytes(source)
            } else {
                let items = try ListRef.fromIterable(source)
                for i in 0..<items.count {
                    guard let b = IntOps.asInt64(items[i]), (0...255).contains(b) else {
                        throw pyError(ExceptionTypes.named("ValueError"), "bytes must be in range(0, 256)")
                    }
                    bytes.append(UInt8(b))
                }
            }
            if little { bytes.reverse() }
            var result = IntOps.make(0)
            let eight = IntOps.make(8)
            for b in bytes { result = try IntOps.bitOr(try IntOps.leftShift(result, eight), IntOps.make(Int64(b))) }
            if signed, let first = bytes.first, first >= 0x80 {
                result = try IntOps.subtract(result, IntOps.shiftLeft(IntOps.make(1), by: 8 * bytes.count))
            }
            return args[0].isIdentical(BuiltinTypes.int) ? result : try Runtime.call(args[0], result)
        }
        DictRef(TypeRef(int).dict).setStr(Interned.intern("from_bytes"), Descriptors.classMethod(fromBytes))
        NativeFunctions.addMethod(int, "bit_count") { v, args throws(PyException) in
            try args.expect("bit_count", count: 0)
            let digits = try IntOps.toString(IntOps.absolute(IntOps.unbool(v)), base: 16)
            var count = 0
            for c in digits { count += (c.hexDigitValue ?? 0).nonzeroBitCount }
            return IntOps.make(Int64(count))
        }
        NativeFunctions.addMethod(int, "as_integer_ratio") { v, args throws(PyException) in
            try args.expect("as_integer_ratio", count: 0)
            return TupleRef.create(IntOps.unbool(v), IntOps.make(1)).value
        }
    }

    /// byteorder: "little" or "big" (the default).
    static func isLittle(_ v: Value?) throws(PyException) -> Bool {
        guard let v else { return false }
        guard StrOps.isStr(v) else {
            throw typeError("to_bytes() argument 'byteorder' must be str, not \(TypeRef(v.type).nameString)")
        }
        switch StrRef(v).string {
        case "little": return true
        case "big": return false
        default: throw pyError(ExceptionTypes.named("ValueError"), "byteorder must be either 'little' or 'big'")
        }
    }
}
