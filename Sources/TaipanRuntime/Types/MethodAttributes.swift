// Bound methods as CPython's method objects show them: __self__ and __func__, equality by
// the same function bound to the identical object, and the function's other attributes
// (__name__, __qualname__, __doc__, __module__, …) read through the method.

extension BoundMethod {
    static func addAttributes() {
        let slots = TypeRef(type).slots
        GetSet.add(type, "__func__", get: { m in m.loadValue(1) })
        GetSet.add(type, "__self__", get: { m in m.loadValue(2) })
        GetSet.add(type, "__doc__", get: { m throws(PyException) in
            try Runtime.getAttribute(m.loadValue(1), Interned.intern("__doc__"))
        })
        slots.getattribute = { m, name throws(PyException) in
            let type = TypeRef(m.type)
            if let d = type.lookup(name) {
                if let get = TypeRef(d.type).slots.descrGet { return try get(d, m, type.value) }
                return d
            }
            return try Runtime.getAttribute(m.loadValue(1), name)
        }
        slots.setattr = { m, name, _ throws(PyException) in
            throw attributeError("'method' object has no attribute '\(StrRef(name).string)'")
        }
        slots.compare = { a, b, op throws(PyException) in
            guard op == .eq || op == .ne, b.type.isIdentical(type) else { return BuiltinTypes.notImplemented }
            let same = a.loadValue(2).isIdentical(b.loadValue(2)) ? try Runtime.equals(a.loadValue(1), b.loadValue(1)) : false
            return .bool(op == .eq ? same : !same)
        }
        slots.hash = { m throws(PyException) in
            let selfHash = Int(bitPattern: UInt(m.loadValue(2).bits >> 4))
            return selfHash ^ (try Runtime.hash(m.loadValue(1)))
        }
    }
}
