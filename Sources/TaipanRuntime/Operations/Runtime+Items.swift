// Subscripting, membership, iteration, unary operators, formatting and method binding.

public enum UnaryOp {
    case negative, positive, invert
}

extension Runtime {
    // MARK: Items

    public static func getItem(_ container: Value, _ key: Value) throws(PyException) -> Value {
        if let slot = TypeRef(container.type).slot({ $0.getitem }) { return try slot(container, key) }
        if container.type.isIdentical(BuiltinTypes.type) || TypeRef(container.type).isSubtype(of: BuiltinTypes.type) {
            // Generic alias syntax: `list[int]` calls __class_getitem__; type[int] is built in.
            if container.isIdentical(BuiltinTypes.type) { return GenericAlias.create(origin: container, args: key) }
            if let classGetItem = try lookupAttribute(container, Interned.intern("__class_getitem__")) {
                return try call(classGetItem, key)
            }
            throw typeError("type '\(StrRef(container.loadValue(TypeWords.qualname)).string)' is not subscriptable")
        }
        throw typeError("'\(TypeRef(container.type).nameString)' object is not subscriptable")
    }

    public static func setItem(_ container: Value, _ key: Value, _ v: Value) throws(PyException) {
        guard let slot = TypeRef(container.type).slot({ $0.setitem }) else {
            throw typeError("'\(TypeRef(container.type).nameString)' object does not support item assignment")
        }
        try slot(container, key, v)
    }

    public static func deleteItem(_ container: Value, _ key: Value) throws(PyException) {
        let type = TypeRef(container.type)
        guard let slot = type.slots.setitem else {
            // CPython words it by path: a sequence-like type (class statements included)
            // given an index goes through PySequence_DelItem, which says "doesn't".
            let slots = type.slots
            let sequenceLike = type.flags.contains(.heapType) || slots.getitem != nil || slots.contains != nil || slots.len != nil
            if sequenceLike && (IntOps.isInt(key) || ClassSlots.special(key, "__index__") != nil) {
                throw typeError("'\(type.nameString)' object doesn't support item deletion")
            }
            throw typeError("'\(type.nameString)' object does not support item deletion")
        }
        try slot(container, key, .null)
    }

    /// `item in container`.
    public static func contains(_ container: Value, _ item: Value) throws(PyException) -> Bool {
        if let slot = TypeRef(container.type).slot({ $0.contains }) { return try slot(container, item) }
        let slots = TypeRef(container.type).slots
        guard slots.iter != nil || slots.getitem != nil else {
            throw typeError("argument of type '\(TypeRef(container.type).nameString)' is not iterable")
        }
        let iterator = try iterate(container)
        while let v = try next(iterator) {
            if try equals(v, item) { return true }
        }
        return false
    }

    // MARK: Iteration

    /// iter(o).
    public static func iterate(_ o: Value) throws(PyException) -> Value {
        let slots = TypeRef(o.type).slots
        if let slot = slots.iter { return try slot(o) }
        if slots.getitem != nil { return SequenceIterator.create(o) }
        throw typeError("'\(TypeRef(o.type).nameString)' object is not iterable")
    }

    /// next(iterator), or nil when it is exhausted.
    public static func next(_ iterator: Value) throws(PyException) -> Value? {
        guard let slot = TypeRef(iterator.type).slot({ $0.next }) else {
            throw typeError("'\(TypeRef(iterator.type).nameString)' object is not an iterator")
        }
        return try slot(iterator)
    }

    // MARK: Unary operators

    public static func unary(_ op: UnaryOp, _ v: Value) throws(PyException) -> Value {
        let slots = TypeRef(v.type).slots
        let slot: UnarySlot?
        let symbol: String
        switch op {
        case .negative: slot = slots.negative; symbol = "-"
        case .positive: slot = slots.positive; symbol = "+"
        case .invert: slot = slots.invert; symbol = "~"
        }
        guard let slot else {
            throw typeError("bad operand type for unary \(symbol): '\(TypeRef(v.type).nameString)'")
        }
        return try slot(v)
    }

    // MARK: Binding and formatting

    /// The attribute `attribute` (found on a type) bound to `instance` via __get__.
    public static func bind(_ attribute: Value, to instance: Value) throws(PyException) -> Value {
        if let get = TypeRef(attribute.type).slots.descrGet { return try get(attribute, instance, instance.type) }
        return attribute
    }

    /// ascii(v): repr with non-ASCII characters escaped.
    public static func ascii(_ v: Value) throws(PyException) -> Value {
        let r = StrRef(try repr(v))
        if r.isASCII { return r.value }
        var out: [UInt32] = []
        for i in 0..<r.count {
            let c = r[i]
            if c < 0x80 {
                out.append(c)
                continue
            }
            let text: String
            if c < 0x100 { text = "\\x" + hexDigits(c, 2) } else if c < 0x10000 { text = "\\u" + hexDigits(c, 4) } else { text = "\\U" + hexDigits(c, 8) }
            for u in text.unicodeScalars { out.append(u.value) }
        }
        return StrRef.create(codePoints: out).value
    }

    static func hexDigits(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// format(v, spec): calls type(v).__format__.
    public static func format(_ v: Value, _ spec: Value) throws(PyException) -> Value {
        guard let method = TypeRef(v.type).lookup(Interned.intern("__format__")) else {
            throw typeError("Type \(TypeRef(v.type).nameString) doesn't define __format__")
        }
        let result = try call(bind(method, to: v), spec)
        guard result.isPointer, TypeRef(result.type).isSubtype(of: BuiltinTypes.str) else {
            throw typeError("__format__ must return a str, not \(TypeRef(result.type).nameString)")
        }
        return result
    }
}
