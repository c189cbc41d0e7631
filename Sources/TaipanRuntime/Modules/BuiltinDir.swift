// dir(obj) when obj defines what it lists: a module's `__dir__` function (PEP 562), a
// module's namespace keys, or a `__dir__` method of obj's class.

extension Builtins {
    /// The iterable dir() sorts, or nil for the default listing (instance dict and class
    /// attributes).
    static func customDir(_ o: Value) throws(PyException) -> Value? {
        if o.isPointer, TypeRef(o.type).isSubtype(of: ModuleObject.type) {
            let d = DictRef(ModuleObject.dict(o))
            if let f = d.lookupStr(Interned.intern("__dir__")) { return try Runtime.call(f) }
            let keys = ListRef.create()
            try keys.extend(d.value)
            return keys.value
        }
        if let f = TypeRef(o.type).lookup(Interned.intern("__dir__")) {
            return try Runtime.call(try Runtime.bind(f, to: o))
        }
        return nil
    }
}
