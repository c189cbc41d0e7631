// int.bit_count and int.as_integer_ratio (to_bytes/from_bytes: IntType+Bytes.swift).

extension IntType {
    static func installRatioMethods() {
        let int = BuiltinTypes.int
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
}
