// The _weakref module (native in CPython too): the reference and proxy types, and the
// counting functions weakref.py builds on.

enum WeakrefModule {
    static func register() {
        Imports.nativeModules["_weakref"] = { create() }
    }

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_weakref")
        let d = DictRef(ModuleObject.dict(m))
        func set(_ name: String, _ v: Value) { d.setStr(Interned.intern(name), v) }
        func add(_ name: String, _ body: @escaping NativeBody) { set(name, NativeFunctions.make(name, bound: m, body)) }
        set("ref", Weakrefs.refType)
        set("ReferenceType", Weakrefs.refType)
        set("ProxyType", Weakrefs.proxyType)
        set("CallableProxyType", Weakrefs.callableProxyType)
        add("proxy") { _, args throws(PyException) in
            try args.expect("proxy", min: 1, max: 2)
            let o = args[0]
            let callable = o.isPointer && TypeRef(o.type).slots.call != nil
            return try Weakrefs.create(callable ? Weakrefs.callableProxyType : Weakrefs.proxyType, referent: o,
                                       callback: args.positionalCount > 1 ? args[1] : .null)
        }
        add("getweakrefcount") { _, args throws(PyException) in
            try args.expect("getweakrefcount", count: 1)
            return IntOps.make(Int64(Weakrefs.references(to: args[0]).count))
        }
        add("getweakrefs") { _, args throws(PyException) in
            try args.expect("getweakrefs", count: 1)
            let list = ListRef.create(capacity: Weakrefs.references(to: args[0]).count)
            // Read again after allocating: a collection there may have dropped some (it
            // never adds any), and appending within the capacity does not allocate.
            for p in Weakrefs.references(to: args[0]) { list.append(Value(pointer: p)) }
            return list.value
        }
        add("_remove_dead_weakref") { _, args throws(PyException) in
            try args.expect("_remove_dead_weakref", count: 2)
            let dict = args[0], key = args[1]
            guard dict.isPointer, TypeRef(dict.type).isSubtype(of: BuiltinTypes.dict) else {
                throw typeError("_remove_dead_weakref() argument 1 must be dict, not \(TypeRef(dict.type).nameString)")
            }
            guard let v = try DictRef(dict).get(key) else { return .none }
            guard Weakrefs.isReference(v) || Weakrefs.isProxy(v) else { throw typeError("not a weakref") }
            if Weakrefs.referent(v) == nil { _ = try DictRef(dict).remove(key) }
            return .none
        }
        return m
    }
}
