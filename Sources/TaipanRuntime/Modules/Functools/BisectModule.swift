// _bisect: bisect_left/right and insort_left/right over any sequence, with lo/hi/key as
// CPython 3.11 takes them (items read with a[i], compared with <).

enum BisectModule {
    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_bisect")
        for (name, right, insert) in [("bisect_right", true, false), ("bisect_left", false, false),
                                      ("insort_right", true, true), ("insort_left", false, true)] {
            ModuleTypes.function(m, name) { _, args throws(PyException) in try bisect(args, name, right: right, insert: insert) }
        }
        return m
    }

    @inline(__always) static func less(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        if a.isSmallInt && b.isSmallInt { return a.smallIntValue < b.smallIntValue }
        return try Runtime.isTrue(Runtime.compare(a, b, .lt))
    }

    static func bisect(_ args: Arguments, _ name: String, right: Bool, insert: Bool) throws(PyException) -> Value {
        let names = ["a", "x", "lo", "hi", "key"]
        if args.positionalCount > 4 {
            throw typeError("\(name)() takes at most 4 positional arguments (\(args.positionalCount) given)")
        }
        let key = args.keyword("key") ?? .none
        let a = try args.required(0, "a", of: name, names: names)
        let x = try args.required(1, "x", of: name, names: names)
        var lo = 0
        if let v = try args.parameter(2, "lo", of: name, names: names) {
            guard let i = try IntOps.index(v) else {
                throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
            }
            lo = i
        }
        if lo < 0 { throw pyError(ExceptionTypes.named("ValueError"), "lo must be non-negative") }
        var hi = -1
        if let v = try args.parameter(3, "hi", of: name, names: names), !v.isIdentical(.none) {
            guard let i = try IntOps.index(v) else {
                throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
            }
            hi = i
        }
        if hi == -1 { hi = try Builtins.length(a) }
        let hasKey = !key.isIdentical(.none)
        let target = insert && hasKey ? try Runtime.call(key, x) : x
        let isList = a.type.isIdentical(ListRef.type)
        while lo < hi {
            let mid = Int(UInt(lo + hi) / 2)
            var item: Value
            if isList {
                let l = ListRef(a)
                guard mid < l.count else { throw pyError(ExceptionTypes.named("IndexError"), "list index out of range") }
                item = l[mid]
            } else {
                item = try Runtime.getItem(a, Value(smallInt: Int64(mid)))
            }
            if hasKey { item = try Runtime.call(key, item) }
            let goLeft = right ? try less(target, item) : !(try less(item, target))
            if goLeft { hi = mid } else { lo = mid + 1 }
        }
        if !insert { return Value(smallInt: Int64(lo)) }
        if isList {
            ListRef(a).insert(x, at: lo)
        } else {
            _ = try Runtime.callMethod(a, "insert", Value(smallInt: Int64(lo)), x)
        }
        return .none
    }
}
