// Bound methods as CPython's method objects show them: __self__ and __func__, equality by
// the same function bound to the identical object, and the function's other attributes
// (__name__, __qualname__, __doc__, __module__, …) read through the method.

extension BoundMethod {
    static func addAttributes() {
        addBuiltinFunctionAttributes()
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

extension BoundMethod {
    /// __name__, __qualname__ and __self__ of builtin functions and methods (heapq.merge
    /// reads `next.__self__`), and of bound slot wrappers (method-wrapper).
    static func addBuiltinFunctionAttributes() {
        for t in [NativeFunctions.builtinFunctionType, NativeFunctions.methodWrapperType] {
            addBuiltinFunctionAttributes(t)
        }
        GetSet.add(NativeFunctions.builtinFunctionType, "__module__", get: { f in
            let bound = f.loadValue(NativeFunctions.selfWord)
            guard bound.type.isIdentical(ModuleObject.type) else { return .none }
            return (try? Runtime.getAttribute(bound, Interned.intern("__name__"))) ?? .none
        })
        // Unbound methods of built-in types (str.upper, int.__add__): named by their class.
        for t in [NativeFunctions.methodDescriptorType, NativeFunctions.wrapperDescriptorType] {
            GetSet.add(t, "__name__", get: { d in d.loadValue(NativeFunctions.nameWord) })
            GetSet.add(t, "__objclass__", get: { d in d.loadValue(NativeFunctions.selfWord) })
            GetSet.add(t, "__qualname__", get: { d in
                let owner = TypeRef(d.loadValue(NativeFunctions.selfWord)).name.string
                return StrRef.create("\(owner).\(StrRef(d.loadValue(NativeFunctions.nameWord)).string)").value
            })
        }
    }

    private static func addBuiltinFunctionAttributes(_ t: Value) {
        // Equal when the same body is bound to the identical object, as CPython's
        // meth_richcompare ("abc".upper == "abc".upper); the hash agrees with that.
        let slots = TypeRef(t).slots
        slots.compare = { a, b, op throws(PyException) in
            guard op == .eq || op == .ne, b.type.isIdentical(a.type) else { return BuiltinTypes.notImplemented }
            let same = a.loadValue(NativeFunctions.selfWord).isIdentical(b.loadValue(NativeFunctions.selfWord))
                && a.loadRaw(NativeFunctions.bodyWord) == b.loadRaw(NativeFunctions.bodyWord)
            return .bool(op == .eq ? same : !same)
        }
        slots.hash = { f in
            Int(bitPattern: UInt(f.loadValue(NativeFunctions.selfWord).bits >> 4)) ^ f.loadRaw(NativeFunctions.bodyWord)
        }
        GetSet.add(t, "__name__", get: { f in f.loadValue(NativeFunctions.nameWord) })
        GetSet.add(t, "__self__", get: { f in
            let bound = f.loadValue(NativeFunctions.selfWord)
            return bound.isNull ? .none : bound
        })
        GetSet.add(t, "__qualname__", get: { f in
            let name = f.loadValue(NativeFunctions.nameWord)
            let bound = f.loadValue(NativeFunctions.selfWord)
            if bound.isNull || bound.type.isIdentical(ModuleObject.type) { return name }
            let owner = bound.type.isIdentical(BuiltinTypes.type) || TypeRef(bound.type).isSubtype(of: BuiltinTypes.type) ? bound : bound.type
            return StrRef.create("\(TypeRef(owner).name.string).\(StrRef(name).string)").value
        })
    }
}
