// collections.deque's methods and its two iterator types.

extension DequeType {
    static func addMethods() {
        func method(_ name: String, _ body: @escaping (DequeRef, Arguments) throws(PyException) -> Value) {
            NativeFunctions.addMethod(type, name) { v, args throws(PyException) in try body(DequeRef(v), args) }
        }
        method("append") { d, args throws(PyException) in
            try args.expect("append", count: 1)
            d.append(args[0])
            return .none
        }
        method("appendleft") { d, args throws(PyException) in
            try args.expect("appendleft", count: 1)
            d.appendLeft(args[0])
            return .none
        }
        method("pop") { d, args throws(PyException) in
            try args.expect("pop", count: 0)
            guard let v = d.pop() else { throw indexError("pop from an empty deque") }
            return v
        }
        method("popleft") { d, args throws(PyException) in
            try args.expect("popleft", count: 0)
            guard let v = d.popLeft() else { throw indexError("pop from an empty deque") }
            return v
        }
        method("extend") { d, args throws(PyException) in
            try args.expect("extend", count: 1)
            try d.extend(args[0])
            return .none
        }
        method("extendleft") { d, args throws(PyException) in
            try args.expect("extendleft", count: 1)
            try d.extend(args[0], left: true)
            return .none
        }
        method("clear") { d, args throws(PyException) in
            try args.expect("clear", count: 0)
            d.clear()
            return .none
        }
        method("copy") { d, args throws(PyException) in
            try args.expect("copy", count: 0)
            return try copy(d.value)
        }
        method("__copy__") { d, args throws(PyException) in
            try args.expect("__copy__", count: 0)
            return try copy(d.value)
        }
        method("rotate") { d, args throws(PyException) in
            try args.noKeywords("rotate")
            try args.checkPositional("rotate", 0, 1)
            var n = 1
            if args.positionalCount == 1 {
                guard let k = try IntOps.index(args[0]) else {
                    throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer")
                }
                n = k
            }
            d.rotate(n)
            return .none
        }
        method("reverse") { d, args throws(PyException) in
            try args.expect("reverse", count: 0)
            d.reverse(0, d.count)
            return .none
        }
        method("count") { d, args throws(PyException) in
            try args.expect("count", count: 1)
            let state = d.state
            var found = 0
            var i = 0
            while i < d.count {
                let equal = try Runtime.equals(d[i], args[0])
                if d.state != state { throw mutated() }
                if equal { found += 1 }
                i += 1
            }
            return Value(smallInt: Int64(found))
        }
        method("index") { d, args throws(PyException) in
            try args.noKeywords("index")
            try args.checkPositional("index", 1, 3)
            let n = d.count
            func bound(_ k: Int) throws(PyException) -> Int {
                guard args.positionalCount > k else { return k == 1 ? 0 : n }
                guard let i = try IntOps.index(args[k], clamp: true) else {
                    throw typeError("slice indices must be integers or have an __index__ method")
                }
                return i < 0 ? Swift.max(i + n, 0) : Swift.min(i, n)
            }
            let start = try bound(1), stop = try bound(2)
            let state = d.state
            var i = start
            while i < stop && i < d.count {
                let equal = try Runtime.equals(d[i], args[0])
                if d.state != state { throw mutated() }
                if equal { return Value(smallInt: Int64(i)) }
                i += 1
            }
            throw pyError(ExceptionTypes.named("ValueError"), "\(try Runtime.reprString(args[0])) is not in deque")
        }
        method("insert") { d, args throws(PyException) in
            try args.noKeywords("insert")
            try args.checkPositional("insert", 2, 2)
            guard let i = try IntOps.index(args[0], clamp: true) else {
                throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer")
            }
            if d.maxlen >= 0 && d.count >= d.maxlen { throw indexError("deque already at its maximum size") }
            let n = d.count
            let at = i < 0 ? Swift.max(i + n, 0) : Swift.min(i, n)
            d.insert(args[1], at: at)
            return .none
        }
        method("remove") { d, args throws(PyException) in
            try args.expect("remove", count: 1)
            let state = d.state
            var i = 0
            while i < d.count {
                let equal = try Runtime.equals(d[i], args[0])
                if d.state != state { throw mutated() }
                if equal {
                    d.remove(at: i)
                    return .none
                }
                i += 1
            }
            throw pyError(ExceptionTypes.named("ValueError"), "\(try Runtime.reprString(args[0])) is not in deque")
        }
        method("__reversed__") { d, args throws(PyException) in
            try args.expect("__reversed__", count: 0)
            return iterator(d.value, reversed: true)
        }
        GetSet.add(type, "maxlen", get: { v in
            let m = DequeRef(v).maxlen
            return m < 0 ? .none : Value(smallInt: Int64(m))
        })
        let classGetItem = NativeFunctions.make("__class_getitem__") { _, args throws(PyException) in
            args.positionalCount > 0 ? args[0] : .none
        }
        DictRef(TypeRef(type).dict).setStr(Interned.intern("__class_getitem__"), Descriptors.classMethod(classGetItem))
    }

    /// Iterators: 1 the deque   2 items yielded   3 the deque's state when made
    static func iterator(_ d: Value, reversed: Bool) -> Value {
        let it = allocateObject(words: 4, type: reversed ? reverseIteratorType : iteratorType)
        it.storeValue(1, d)
        it.setIntField(2, 0)
        it.setIntField(3, DequeRef(d).state)
        return it
    }

    static func makeIterators() {
        for reversed in [false, true] {
            let t = ModuleTypes.iterator(reversed ? "_deque_reverse_iterator" : "_deque_iterator", module: "collections",
                                         words: 4, flags: [], new: nil, next: { it throws(PyException) in
                let d = DequeRef(it.loadValue(1))
                if d.state != it.intField(3) {
                    throw mutated()
                }
                let yielded = it.intField(2)
                if yielded >= d.count { return nil }
                it.setIntField(2, yielded + 1)
                return reversed ? d[d.count - 1 - yielded] : d[yielded]
            })
            NativeFunctions.addMethod(t, "__length_hint__") { it, _ throws(PyException) in
                Value(smallInt: Int64(Swift.max(DequeRef(it.loadValue(1)).count - it.intField(2), 0)))
            }
            if reversed { reverseIteratorType = t } else { iteratorType = t }
        }
    }
}
