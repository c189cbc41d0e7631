// The attributes of classmethod, staticmethod and property objects, as CPython 3.11:
// __func__/__wrapped__ and the wrapped function's __name__, __qualname__, __doc__, … read
// through the wrapper (3.10+); property's fget/fset/fdel and a __doc__ taken from the getter.

extension Descriptors {
    static func addAttributes() {
        for type in [classMethodType, staticMethodType] {
            GetSet.add(type, "__func__", get: { d in d.loadValue(1) })
            GetSet.add(type, "__wrapped__", get: { d in d.loadValue(1) })
            GetSet.add(type, "__doc__", get: { d throws(PyException) in
                try Runtime.lookupAttribute(d.loadValue(1), Interned.intern("__doc__")) ?? .none
            })
            GetSet.add(type, "__isabstractmethod__", get: { d throws(PyException) in
                try isAbstract(d.loadValue(1))
            })
            TypeRef(type).slots.getattribute = { d, name throws(PyException) in
                do throws(PyException) {
                    return try Runtime.genericGetAttribute(d, name)
                } catch {
                    let copied = ["__name__", "__qualname__", "__module__", "__annotations__"]
                    guard copied.contains(StrRef(name).string) else { throw error }
                    return try Runtime.getAttribute(d.loadValue(1), name)
                }
            }
        }
        GetSet.add(propertyType, "fget", get: { p in p.loadValue(1) })
        GetSet.add(propertyType, "fset", get: { p in p.loadValue(2) })
        GetSet.add(propertyType, "fdel", get: { p in p.loadValue(3) })
        GetSet.add(propertyType, "__doc__", get: { p in p.loadValue(4) },
                   set: { p, v throws(PyException) in p.storeValue(4, v) })
        GetSet.add(propertyType, "__isabstractmethod__", get: { p throws(PyException) in
            for w in 1...3 where try Runtime.isTrue(isAbstract(p.loadValue(w))) { return .bool(true) }
            return .bool(false)
        })
    }

    /// getattr(f, "__isabstractmethod__", False) as a bool.
    static func isAbstract(_ f: Value) throws(PyException) -> Value {
        if f.isNull || f.isIdentical(BuiltinTypes.none) { return .bool(false) }
        let v = try Runtime.lookupAttribute(f, Interned.intern("__isabstractmethod__"))
        return .bool(try v.map { v throws(PyException) in try Runtime.isTrue(v) } ?? false)
    }

    /// A property's __doc__ when none is given: the getter's (CPython's property_init).
    static func docFromGetter(_ getter: Value) throws(PyException) -> Value {
        if getter.isIdentical(BuiltinTypes.none) { return .none }
        return try Runtime.lookupAttribute(getter, Interned.intern("__doc__")) ?? .none
    }
}
