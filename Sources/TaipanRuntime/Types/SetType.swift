// set and frozenset over CPython's set table (Objects/SetTable.swift), so members iterate,
// print and pop in CPython's order.
//
//   set            word 0 type   1 the table
//   set_iterator   word 0 type   1 the set (null when exhausted)   2 next slot
//                  3 the member count the iteration started with

public enum SetOps {
    public static var setType = Value(bits: 0)
    public static var frozensetType = Value(bits: 0)
    static var iteratorType = Value(bits: 0)

    public static func isSet(_ v: Value) -> Bool {
        v.isPointer && (TypeRef(v.type).isSubtype(of: setType) || TypeRef(v.type).isSubtype(of: frozensetType))
    }

    static func empty(_ type: Value) -> Value {
        let s = allocateObject(words: max(TypeRef(type).instanceWords, 2), type: type)
        s.storeValue(1, SetTable.create().value)
        Instances.setRootMap(s, type)
        return s
    }

    public static func create(_ items: UnsafeBufferPointer<Value>) throws(PyException) -> Value {
        let s = empty(setType)
        for v in items { try add(s, v) }
        return s
    }

    static func members(_ s: Value) -> ListRef {
        let l = ListRef.create()
        try? forEach(s) { k, _ in l.append(k); return true }
        return l
    }

    /// A set used as a key of a set operation is looked up as a frozenset (CPython's
    /// set_contains/set_discard retry after "unhashable type: 'set'").
    static func hashableKey(_ key: Value) throws(PyException) -> Value {
        guard key.isPointer, TypeRef(key.type).isSubtype(of: setType) else { return key }
        let f = empty(frozensetType)
        try merge(f, key)
        return f
    }

    static func iterator(_ s: Value) -> Value {
        let it = allocateObject(words: 4, type: iteratorType)
        it.storeValue(1, s)
        it.storeRaw(2, 0)
        it.storeRaw(3, count(s))
        return it
    }

    static func installIterator() {
        let slots = TypeSlots()
        slots.iter = { it in it }
        slots.next = { it throws(PyException) in
            let s = it.loadValue(1)
            if s.isNull { return nil }
            if it.loadRaw(3) != count(s) {
                it.storeRaw(3, -1)
                throw pyError(ExceptionTypes.named("RuntimeError"), "Set changed size during iteration")
            }
            let t = table(s)
            var i = it.loadRaw(2)
            while i < t.size && !t.isActive(i) { i += 1 }
            it.storeRaw(2, i + 1)
            if i >= t.size {
                it.storeValue(1, .null)
                return nil
            }
            return t.key(i)
        }
        iteratorType = BuiltinTypes.makeType("set_iterator", base: BuiltinTypes.object, instanceWords: 4,
                                             layout: .fixed(first: 1, count: 1), flags: [], slots: slots)
        NativeFunctions.addMethod(iteratorType, "__length_hint__") { it, _ throws(PyException) in
            let s = it.loadValue(1)
            if s.isNull || it.loadRaw(3) != count(s) { return IntOps.make(0) }
            let t = table(s)
            var n = 0
            var i = it.loadRaw(2)
            while i < t.size { if t.isActive(i) { n += 1 }; i += 1 }
            return IntOps.make(Int64(n))
        }
    }

    static func install() {
        SetTable.type = BuiltinTypes.makeType("set_table", base: BuiltinTypes.object, instanceWords: SetTable.firstKey,
                                              layout: SetTable.layout, flags: [], slots: TypeSlots())
        installIterator()
        for frozen in [false, true] {
            let slots = TypeSlots()
            slots.len = { s in count(s) }
            slots.contains = { s, v throws(PyException) in try contains(s, hashableKey(v)) }
            slots.iter = { s in iterator(s) }
            slots.repr = { s throws(PyException) in
                let name = TypeRef(s.type).nameString
                let list = members(s)
                if list.count == 0 { return StrRef.create("\(name)()").value }
                let inner = try SequenceTypes.repr(list.items, list.count, open: "{", close: "}", trailingCommaForOne: false)
                let text = StrRef(inner).string
                return StrRef.create(frozen || !s.type.isIdentical(setType) ? "\(name)(\(text))" : text).value
            }
            slots.compare = { a, b, op throws(PyException) in
                guard isSet(b) else { return BuiltinTypes.notImplemented }
                switch op {
                case .eq, .ne:
                    var equal = false
                    if count(a) == count(b) { equal = try isSubset(a, b) }
                    return .bool(op == .eq ? equal : !equal)
                case .le: return .bool(try isSubset(a, b))
                case .lt:
                    let subset = try isSubset(a, b)
                    return .bool(count(a) < count(b) && subset)
                case .ge: return .bool(try isSubset(b, a))
                case .gt:
                    let superset = try isSubset(b, a)
                    return .bool(count(a) > count(b) && superset)
                }
            }
            func combine(_ op: BinaryOp, _ body: @escaping (Value, Value) throws(PyException) -> Value) {
                slots.binary[op.rawValue] = { a, b throws(PyException) in
                    guard isSet(a), isSet(b) else { return BuiltinTypes.notImplemented }
                    return try body(a, b)
                }
            }
            combine(.or) { a, b throws(PyException) in
                let r = try copy(a, as: baseType(a))
                if !b.isIdentical(a) { try update(r, b) }
                return r
            }
            combine(.and, intersection)
            combine(.sub, difference)
            combine(.xor, symmetricDifference)
            if frozen {
                slots.hash = { s throws(PyException) in
                    // CPython's frozenset hash: order-independent mixing of member hashes.
                    var h: UInt64 = 0
                    try forEach(s) { _, hash in
                        let x = UInt64(bitPattern: Int64(hash))
                        h ^= ((x ^ 89_869_747) ^ (x << 16)) &* 3_644_798_167
                        return true
                    }
                    h ^= (UInt64(count(s)) &+ 1) &* 1_927_868_237
                    h ^= (h >> 11) ^ (h >> 25)
                    h = h &* 69_069 &+ 907_133_923
                    if h == UInt64.max { h = 590_923_713 }
                    return Int(Int64(bitPattern: h))
                }
            }
            slots.new = { cls, args throws(PyException) in
                if frozen, cls.isIdentical(frozensetType), args.positionalCount > 0, args[0].type.isIdentical(frozensetType) {
                    return args[0]
                }
                // set.__init__ and frozenset.__new__ unpack at most one argument (a subclass's
                // own __init__ may take more).
                if frozen || cls.isIdentical(setType) {
                    if args.keywordCount > 0 { throw typeError("\(frozen ? "frozenset" : "set")() takes no keyword arguments") }
                    if args.positionalCount > 1 {
                        throw typeError("\(TypeRef(cls).nameString) expected at most 1 argument, got \(args.positionalCount)")
                    }
                }
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
            try args.expect("discard", count: 1)
            try discard(s, hashableKey(args[0]))
            return .none
        }
        NativeFunctions.addMethod(setType, "remove") { s, args throws(PyException) in
            try args.expect("remove", count: 1)
            if try !discard(s, hashableKey(args[0])) { throw DictOps.keyError(args[0]) }
            return .none
        }
        NativeFunctions.addMethod(setType, "pop") { s, args throws(PyException) in
            try args.expect("pop", count: 0)
            let t = table(s)
            if t.used == 0 { throw pyError(ExceptionTypes.named("KeyError"), "pop from an empty set") }
            var i = t.finger & t.mask
            while !t.isActive(i) { i = i == t.mask ? 0 : i + 1 }
            let k = t.key(i)
            t.setEntry(i, .null, SetTable.dummyHash)
            t.used -= 1
            t.finger = i + 1
            return k
        }
        NativeFunctions.addMethod(setType, "clear") { s, args throws(PyException) in
            try args.expect("clear", count: 0)
            clear(s)
            return .none
        }
        addMethods()
    }
}
