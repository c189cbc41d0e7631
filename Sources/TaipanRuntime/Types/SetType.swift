// set and frozenset, over the dict table (keys only, values unused).
//
//   set   word 0 type   1 the dict holding the members
//
// Known difference from CPython (to be replaced by CPython's set table): iteration follows
// insertion order, where CPython's follows its hash table.

public enum SetOps {
    public static var setType = Value(bits: 0)
    public static var frozensetType = Value(bits: 0)

    static func table(_ s: Value) -> DictRef { DictRef(s.loadValue(1)) }

    public static func isSet(_ v: Value) -> Bool {
        v.isPointer && (TypeRef(v.type).isSubtype(of: setType) || TypeRef(v.type).isSubtype(of: frozensetType))
    }

    static func empty(_ type: Value) -> Value {
        let s = allocateObject(words: max(TypeRef(type).instanceWords, 2), type: type)
        s.storeValue(1, DictRef.create().value)
        return s
    }

    public static func create(_ items: UnsafeBufferPointer<Value>) throws(PyException) -> Value {
        let s = empty(setType)
        for v in items { try table(s).set(v, .none) }
        return s
    }

    public static func add(_ s: Value, _ v: Value) throws(PyException) {
        try table(s).set(v, .none)
    }

    public static func update(_ s: Value, _ iterable: Value) throws(PyException) {
        let iterator = try Runtime.iterate(iterable)
        while let v = try Runtime.next(iterator) { try add(s, v) }
    }

    static func members(_ s: Value) throws(PyException) -> ListRef {
        let l = ListRef.create()
        try table(s).forEach { (k, _) throws(PyException) -> Bool in
            l.append(k)
            return true
        }
        return l
    }

    static func install() {
        for frozen in [false, true] {
            let slots = TypeSlots()
            slots.len = { s in table(s).count }
            slots.contains = { s, v throws(PyException) in try table(s).get(v) != nil }
            slots.iter = { s throws(PyException) in SequenceIterator.create(try members(s).value) }
            slots.repr = { s throws(PyException) in
                let name = TypeRef(s.type).nameString
                let list = try members(s)
                if list.count == 0 { return StrRef.create("\(name)()").value }
                let inner = try SequenceTypes.repr(list.items, list.count, open: "{", close: "}", trailingCommaForOne: false)
                let text = StrRef(inner).string
                return StrRef.create(frozen || !s.type.isIdentical(setType) ? "\(name)(\(text))" : text).value
            }
            slots.compare = { a, b, op throws(PyException) in
                guard isSet(b) else { return BuiltinTypes.notImplemented }
                let x = table(a), y = table(b)
                func subset(_ p: DictRef, _ q: DictRef) throws(PyException) -> Bool {
                    var all = true
                    try p.forEach { (k, _) throws(PyException) -> Bool in
                        if try q.get(k) == nil { all = false; return false }
                        return true
                    }
                    return all
                }
                let xInY = try subset(x, y)
                let yInX = try subset(y, x)
                switch op {
                case .eq: return .bool(x.count == y.count && xInY)
                case .ne: return .bool(!(x.count == y.count && xInY))
                case .le: return .bool(xInY)
                case .lt: return .bool(x.count < y.count && xInY)
                case .ge: return .bool(yInX)
                case .gt: return .bool(x.count > y.count && yInX)
                }
            }
            func combine(_ op: BinaryOp, _ body: @escaping (DictRef, DictRef, DictRef) throws(PyException) -> Void) {
                slots.binary[op.rawValue] = { a, b throws(PyException) in
                    guard isSet(a), isSet(b) else { return BuiltinTypes.notImplemented }
                    let result = empty(a.type.isIdentical(frozensetType) ? frozensetType : setType)
                    try body(table(a), table(b), table(result))
                    return result
                }
            }
            combine(.or) { x, y, r throws(PyException) in
                try x.forEach { (k, _) throws(PyException) -> Bool in try r.set(k, .none); return true }
                try y.forEach { (k, _) throws(PyException) -> Bool in try r.set(k, .none); return true }
            }
            combine(.and) { x, y, r throws(PyException) in
                try x.forEach { (k, _) throws(PyException) -> Bool in
                    if try y.get(k) != nil { try r.set(k, .none) }
                    return true
                }
            }
            combine(.sub) { x, y, r throws(PyException) in
                try x.forEach { (k, _) throws(PyException) -> Bool in
                    if try y.get(k) == nil { try r.set(k, .none) }
                    return true
                }
            }
            combine(.xor) { x, y, r throws(PyException) in
                try x.forEach { (k, _) throws(PyException) -> Bool in
                    if try y.get(k) == nil { try r.set(k, .none) }
                    return true
                }
                try y.forEach { (k, _) throws(PyException) -> Bool in
                    if try x.get(k) == nil { try r.set(k, .none) }
                    return true
                }
            }
            if frozen {
                slots.hash = { s throws(PyException) in
                    // CPython's frozenset hash: order-independent mixing of member hashes.
                    var h: UInt64 = 0
                    try table(s).forEach { (k, _) throws(PyException) -> Bool in
                        let x = UInt64(bitPattern: Int64(try Runtime.hash(k)))
                        h ^= ((x ^ 89_869_747) ^ (x << 16)) &* 3_644_798_167
                        return true
                    }
                    h ^= (UInt64(table(s).count) &+ 1) &* 1_927_868_237
                    h ^= (h >> 11) ^ (h >> 25)
                    h = h &* 69_069 &+ 907_133_923
                    if h == UInt64.max { h = 590_923_713 }
                    return Int(Int64(bitPattern: h))
                }
            }
            slots.new = { cls, args throws(PyException) in
                let s = empty(cls)
                if args.positionalCount > 0 { try update(s, args[0]) }
                return s
            }
            let t = BuiltinTypes.makeType(frozen ? "frozenset" : "set", base: BuiltinTypes.object, instanceWords: 2,
                                          layout: .fixed(first: 1, count: 1), slots: slots)
            if frozen { frozensetType = t } else { setType = t }
        }
        NativeFunctions.addMethod(setType, "add") { s, args throws(PyException) in
            try args.expect("add", count: 1)
            try add(s, args[0])
            return .none
        }
        NativeFunctions.addMethod(setType, "update") { s, args throws(PyException) in
            for i in 0..<args.positionalCount { try update(s, args[i]) }
            return .none
        }
        NativeFunctions.addMethod(setType, "discard") { s, args throws(PyException) in
            try args.expect("set.discard", count: 1)
            try table(s).remove(args[0])
            return .none
        }
        NativeFunctions.addMethod(setType, "remove") { s, args throws(PyException) in
            try args.expect("set.remove", count: 1)
            if try table(s).remove(args[0]) == nil { throw DictOps.keyError(args[0]) }
            return .none
        }
        NativeFunctions.addMethod(setType, "pop") { s, _ throws(PyException) in
            var first: Value? = nil
            try table(s).forEach { (k, _) throws(PyException) -> Bool in first = k; return false }
            guard let k = first else { throw pyError(ExceptionTypes.named("KeyError"), "pop from an empty set") }
            try table(s).remove(k)
            return k
        }
        NativeFunctions.addMethod(setType, "clear") { s, _ in
            s.storeValue(1, DictRef.create().value)
            return .none
        }
        addMethods()
    }
}
