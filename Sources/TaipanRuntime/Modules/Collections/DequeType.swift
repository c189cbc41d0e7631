// collections.deque: slots, methods and iterators, with CPython 3.11's messages.

enum DequeType {
    static var type = Value(bits: 0)
    static var iteratorType = Value(bits: 0)
    static var reverseIteratorType = Value(bits: 0)

    static func isDeque(_ v: Value) -> Bool { TypeRef(v.type).isSubtype(of: type) }

    static func make(_ cls: Value, maxlen: Int) -> DequeRef {
        let d = DequeRef(ModuleTypes.instance(of: cls))
        d.initialize(maxlen: maxlen)
        return d
    }

    static func indexError(_ message: String) -> PyException { pyError(ExceptionTypes.named("IndexError"), message) }
    static func mutated() -> PyException { pyError(ExceptionTypes.named("RuntimeError"), "deque mutated during iteration") }

    /// An item index: an int (or __index__), negative from the end, in range.
    static func position(_ d: DequeRef, _ key: Value) throws(PyException) -> Int {
        guard let i = try IntOps.index(key) else {
            throw typeError("sequence index must be integer, not '\(TypeRef(key.type).nameString)'")
        }
        let index = i < 0 ? i + d.count : i
        if index < 0 || index >= d.count { throw indexError("deque index out of range") }
        return index
    }

    /// A copy of a deque: the same type and maxlen.
    static func copy(_ v: Value) throws(PyException) -> Value {
        let d = DequeRef(v)
        if v.type.isIdentical(type) {
            let c = make(type, maxlen: d.maxlen)
            for i in 0..<d.count { c.append(d[i]) }
            return c.value
        }
        if d.maxlen < 0 { return try Runtime.call(v.type, v) }
        return try Runtime.call(v.type, v, Value(smallInt: Int64(d.maxlen)))
    }

    static func setUp() -> Value {
        if !type.isNull { return type }
        let slots = TypeSlots()
        slots.new = { cls, _ in make(cls, maxlen: -1).value }
        slots.initialize = { v, args throws(PyException) in
            let names = ["iterable", "maxlen"]
            let iterable = try args.parameter(0, "iterable", of: "deque", names: names)
            var maxlen = -1
            if let m = try args.parameter(1, "maxlen", of: "deque", names: names), !m.isIdentical(.none) {
                guard let n = try IntOps.index(m) else {
                    throw typeError("an integer is required")
                }
                if n < 0 { throw pyError(ExceptionTypes.named("ValueError"), "maxlen must be non-negative") }
                maxlen = n
            }
            let d = DequeRef(v)
            if d.count > 0 { d.clear() }
            v.setIntField(DequeRef.maxlenWord, maxlen)
            if let iterable { try d.extend(iterable) }
        }
        slots.len = { v in DequeRef(v).count }
        slots.bool = { v in DequeRef(v).count > 0 }
        slots.iter = { v in iterator(v, reversed: false) }
        slots.getitem = { v, key throws(PyException) in
            let d = DequeRef(v)
            return d[try position(d, key)]
        }
        slots.setitem = { v, key, item throws(PyException) in
            let d = DequeRef(v)
            let i = try position(d, key)
            if item.isNull { d.remove(at: i) } else { d[i] = item }
        }
        slots.contains = { v, item throws(PyException) in
            let d = DequeRef(v)
            let state = d.state
            var i = 0
            while i < d.count {
                let found = try Runtime.equals(d[i], item)
                if d.state != state { throw mutated() }
                if found { return true }
                i += 1
            }
            return false
        }
        slots.repr = { v throws(PyException) in
            let name = StrRef(TypeRef(v.type).name).string
            let body = try Recursion.guardRepr(v, "[...]") { () throws(PyException) -> Value in
                let d = DequeRef(v)
                var parts: [String] = []
                var i = 0
                while i < d.count {
                    parts.append(try Runtime.reprString(d[i]))
                    i += 1
                }
                return StrRef.create("[" + parts.joined(separator: ", ") + "]").value
            }
            let text = StrRef(body).string
            if text == "[...]" { return body }
            let maxlen = DequeRef(v).maxlen
            return StrRef.create(maxlen < 0 ? "\(name)(\(text))" : "\(name)(\(text), maxlen=\(maxlen))").value
        }
        slots.compare = { a, b, op throws(PyException) in
            guard isDeque(b) else { return BuiltinTypes.notImplemented }
            let x = DequeRef(a), y = DequeRef(b)
            let n = x.count, m = y.count
            if (op == .eq || op == .ne) && n != m { return .bool(op == .ne) }
            var i = 0
            while i < n && i < m && i < x.count && i < y.count {
                if !(try Runtime.equals(x[i], y[i])) {
                    if op == .eq { return BuiltinTypes.false }
                    if op == .ne { return BuiltinTypes.true }
                    return try Runtime.compare(x[i], y[i], op)
                }
                i += 1
            }
            let (p, q) = (x.count, y.count)
            switch op {
            case .lt: return .bool(p < q)
            case .le: return .bool(p <= q)
            case .eq: return .bool(p == q)
            case .ne: return .bool(p != q)
            case .gt: return .bool(p > q)
            case .ge: return .bool(p >= q)
            }
        }
        slots.binary[BinaryOp.add.rawValue] = { a, b throws(PyException) in
            guard isDeque(a) else { return BuiltinTypes.notImplemented }
            guard isDeque(b) else {
                throw typeError("can only concatenate deque (not \"\(TypeRef(b.type).nameString)\") to deque")
            }
            let result = try copy(a)
            try DequeRef(result).extend(b)
            return result
        }
        slots.inplace[BinaryOp.add.rawValue] = { a, b throws(PyException) in
            try DequeRef(a).extend(b)
            return a
        }
        slots.binary[BinaryOp.mul.rawValue] = { a, b throws(PyException) in
            let (d, n) = isDeque(a) ? (a, b) : (b, a)
            guard isDeque(d), let times = try IntOps.index(n, clamp: true) else { return BuiltinTypes.notImplemented }
            let result = try copy(d)
            try repeatInPlace(DequeRef(result), times)
            return result
        }
        slots.inplace[BinaryOp.mul.rawValue] = { a, b throws(PyException) in
            guard let times = try IntOps.index(b, clamp: true) else { return BuiltinTypes.notImplemented }
            try repeatInPlace(DequeRef(a), times)
            return a
        }
        type = ModuleTypes.make("deque", module: "collections", words: DequeRef.words, slots: slots)
        DictRef(TypeRef(type).dict).setStr(Interned.intern("__hash__"), .none)
        addMethods()
        makeIterators()
        return type
    }

    /// d *= times: the items repeated, keeping only the last maxlen of them when bounded.
    static func repeatInPlace(_ d: DequeRef, _ times: Int) throws(PyException) {
        if times <= 0 {
            d.clear()
            return
        }
        let n = d.count
        if n == 0 || times == 1 { return }
        var copies = times
        if d.maxlen >= 0 { copies = Swift.min(copies, d.maxlen / n + 2) }
        if Double(n) * Double(copies) > 1e9 { throw pyError(ExceptionTypes.named("MemoryError"), "") }
        let snapshot = ListRef.create(capacity: n)
        for i in 0..<n { snapshot.append(d[i]) }
        for _ in 1..<copies {
            for i in 0..<n { d.append(snapshot[i]) }
        }
    }
}
