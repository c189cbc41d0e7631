// _operator, which operator.py imports over its pure-Python definitions. Native so far: what
// operator.py has no Python version of (_compare_digest, which hmac and secrets import) and
// what its Python version gets wrong (index: PyNumber_Index's TypeError for non-integers,
// bools become ints). operator.py keeps its Python functions for the rest.

enum OperatorModule {
    static func register() {
        Imports.nativeModules["_operator"] = { create() }
    }

    static func create() -> Value {
        let m = ModuleObject.create(name: "_operator")
        DictRef(ModuleObject.dict(m)).setStr(Interned.intern("__doc__"), StrRef.create("Operator interface.").value)
        ModuleTypes.function(m, "index") { _, args throws(PyException) in
            try args.expect("index", count: 1)
            return try MathModule.integer(args[0])
        }
        ModuleTypes.function(m, "_compare_digest") { _, args throws(PyException) in
            try args.expect("_compare_digest", count: 2)
            return .bool(try compareDigest(args[0], args[1]))
        }
        return m
    }

    /// a == b in time that depends on the length of b only (not on where they differ).
    static func compareDigest(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        let left: [UInt8], right: [UInt8]
        if StrOps.isStr(a) && StrOps.isStr(b) {
            let x = StrRef(a), y = StrRef(b)
            guard x.isASCII && y.isASCII else {
                throw typeError("comparing strings with non-ASCII characters is not supported")
            }
            left = (0..<x.count).map { UInt8(truncatingIfNeeded: x[$0]) }
            right = (0..<y.count).map { UInt8(truncatingIfNeeded: y[$0]) }
        } else if let x = BytesOps.contents(a), let y = BytesOps.contents(b) {
            left = x
            right = y
        } else {
            throw typeError("unsupported operand types(s) or combination of types: '\(TypeRef(a.type).nameString)' and '\(TypeRef(b.type).nameString)'")
        }
        var difference: UInt8 = left.count == right.count ? 0 : 1
        // Compare against b's own bytes when the lengths differ, so the loop still runs len(b) times.
        let reference = left.count == right.count ? left : right
        for i in 0..<right.count { difference |= reference[i] ^ right[i] }
        return difference == 0
    }
}
