// The weak reference types: weakref.ReferenceType (ref: call it to get the referent or None;
// subclassable), and weakref.ProxyType / CallableProxyType (forward every operation to the
// referent; ReferenceError once it is gone). The objects and their collection are in
// Objects/WeakrefObject.swift.

extension Weakrefs {
    static func install() {
        setUp()
        refType = BuiltinTypes.makeType("ReferenceType", base: BuiltinTypes.object, instanceWords: words,
                                        layout: .fixed(first: callbackWord, count: 1), slots: referenceSlots())
        refType.storeValue(TypeWords.module, Interned.intern("weakref"))
        GetSet.add(refType, "__callback__", get: { r in
            let cb = callback(r)
            return cb.isNull ? .none : cb
        })
        let proxySlots = proxySlots()
        proxyType = BuiltinTypes.makeType("ProxyType", base: BuiltinTypes.object, instanceWords: words,
                                          layout: .fixed(first: callbackWord, count: 1), flags: [], slots: proxySlots)
        let callableSlots = proxySlots.copy()
        callableSlots.call = { p, args throws(PyException) in try Runtime.call(try unwrap(p), args) }
        callableProxyType = BuiltinTypes.makeType("CallableProxyType", base: BuiltinTypes.object, instanceWords: words,
                                                  layout: .fixed(first: callbackWord, count: 1), flags: [],
                                                  slots: callableSlots)
        for t in [proxyType, callableProxyType] {
            t.storeValue(TypeWords.module, Interned.intern("weakref"))
            addProxyMethods(t)
        }
        markWeakReferenceable()
        BoundMethod.addConstructor()
    }

    /// The built-in types whose instances CPython lets weak references name.
    static func markWeakReferenceable() {
        let types = [FunctionRef.type, NativeFunctions.builtinFunctionType, BoundMethod.type, SetOps.setType,
                     SetOps.frozensetType, Generators.type, CodeRef.type, ModuleObject.type, BuiltinTypes.type]
        for t in types { TypeRef(t).flags.insert(.weakReferenceable) }
    }

    @inline(never)
    static func referenceError() -> PyException {
        pyError(ExceptionTypes.named("ReferenceError"), "weakly-referenced object no longer exists")
    }

    /// The object behind a proxy (ReferenceError if it is gone); other values unchanged.
    static func unwrap(_ v: Value) throws(PyException) -> Value {
        guard isProxy(v) else { return v }
        guard let o = referent(v) else { throw referenceError() }
        return o
    }

    static func address(_ v: Value) -> String { "0x" + String(v.bits, radix: 16) }

    // MARK: ref

    static func referenceSlots() -> TypeSlots {
        let slots = TypeSlots()
        slots.new = { cls, args throws(PyException) in
            if args.keywordCount > 0 { throw typeError("ref() takes no keyword arguments") }
            try args.expect("__new__", min: 1, max: 2)
            return try create(cls, referent: args[0], callback: args.positionalCount > 1 ? args[1] : .null)
        }
        slots.initialize = { _, args throws(PyException) in
            if args.keywordCount > 0 { throw typeError("ref() takes no keyword arguments") }
            try args.expect("__init__", min: 1, max: 2)
        }
        slots.call = { r, args throws(PyException) in
            if args.keywordCount > 0 { throw typeError("weakref() takes no keyword arguments") }
            if args.positionalCount > 0 { throw typeError("weakref expected 0 arguments, got \(args.positionalCount)") }
            return referent(r) ?? .none
        }
        slots.hash = { r throws(PyException) in
            let state = r.loadValue(stateWord).smallIntValue
            if state & 1 != 0 { return r.loadRaw(hashWord) }
            guard let o = referent(r) else { throw typeError("weak object has gone away") }
            let h = try Runtime.hash(o)
            r.storeRaw(hashWord, h)
            r.storeValue(stateWord, Value(smallInt: state | 1))
            return h
        }
        slots.compare = { a, b, op throws(PyException) in
            guard op == .eq || op == .ne, isReference(b) else { return BuiltinTypes.notImplemented }
            guard let x = referent(a), let y = referent(b) else {
                return .bool(a.isIdentical(b) == (op == .eq))
            }
            return try Runtime.compare(x, y, op)
        }
        slots.repr = { r throws(PyException) in
            guard let o = referent(r) else { return StrRef.create("<weakref at \(address(r)); dead>").value }
            var text = "<weakref at \(address(r)); to '\(TypeRef(o.type).nameString)' at \(address(o))"
            if let name = try specialName(o) { text += " (\(name))" }
            return StrRef.create(text + ">").value
        }
        return slots
    }

    /// `__name__` looked up on the type and bound, as CPython's repr of a weakref does.
    static func specialName(_ o: Value) throws(PyException) -> String? {
        guard let attribute = TypeRef(o.type).lookup(Interned.intern("__name__")) else { return nil }
        let name: Value
        do throws(PyException) {
            name = try Runtime.bind(attribute, to: o)
        } catch {
            if TypeRef(error.value.type).isSubtype(of: BuiltinTypes.attributeError) { return nil }
            throw error
        }
        return name.isPointer && TypeRef(name.type).isSubtype(of: BuiltinTypes.str) ? StrRef(name).string : nil
    }

    // MARK: proxy

    static func proxySlots() -> TypeSlots {
        let slots = TypeSlots()
        slots.getattribute = { p, name throws(PyException) in try Runtime.getAttribute(try unwrap(p), name) }
        slots.setattr = { p, name, v throws(PyException) in try Runtime.setAttribute(try unwrap(p), name, v) }
        slots.repr = { p in
            let o = referent(p) ?? .none
            return StrRef.create("<weakproxy at \(address(p)) to \(TypeRef(o.type).nameString) at \(address(o))>").value
        }
        slots.str = { p throws(PyException) in try Runtime.str(try unwrap(p)) }
        slots.hash = { p throws(PyException) in throw typeError("unhashable type: '\(TypeRef(p.type).nameString)'") }
        slots.compare = { a, b, op throws(PyException) in try Runtime.compare(try unwrap(a), try unwrap(b), op) }
        slots.bool = { p throws(PyException) in try Runtime.isTrue(try unwrap(p)) }
        slots.len = { p throws(PyException) in
            let o = try unwrap(p)
            guard let len = TypeRef(o.type).slots.len else {
                throw typeError("object of type '\(TypeRef(o.type).nameString)' has no len()")
            }
            return try len(o)
        }
        slots.iter = { p throws(PyException) in try Runtime.iterate(try unwrap(p)) }
        slots.next = { p throws(PyException) in
            let o = try unwrap(p)
            guard TypeRef(o.type).slots.next != nil else {
                throw typeError("Weakref proxy referenced a non-iterator '\(TypeRef(o.type).nameString)' object")
            }
            return try Runtime.next(o)
        }
        slots.getitem = { p, k throws(PyException) in try Runtime.getItem(try unwrap(p), k) }
        slots.setitem = { p, k, v throws(PyException) in
            if v.isNull { try Runtime.deleteItem(try unwrap(p), k) } else { try Runtime.setItem(try unwrap(p), k, v) }
        }
        slots.contains = { p, v throws(PyException) in try Runtime.contains(try unwrap(p), v) }
        for op in BinaryOp.allCases {
            slots.binary[op.rawValue] = { a, b throws(PyException) in try Runtime.binary(op, try unwrap(a), try unwrap(b)) }
            slots.inplace[op.rawValue] = { a, b throws(PyException) in try Runtime.inplace(op, try unwrap(a), try unwrap(b)) }
        }
        slots.negative = { p throws(PyException) in try Runtime.unary(.negative, try unwrap(p)) }
        slots.positive = { p throws(PyException) in try Runtime.unary(.positive, try unwrap(p)) }
        slots.invert = { p throws(PyException) in try Runtime.unary(.invert, try unwrap(p)) }
        return slots
    }

    /// Dunders without a slot, forwarded by name.
    static func addProxyMethods(_ t: Value) {
        for name in ["__abs__", "__int__", "__float__", "__index__", "__bytes__", "__reversed__"] {
            NativeFunctions.addMethod(t, name) { p, args throws(PyException) in
                try args.expect(name, count: 0)
                return try Runtime.callMethod(try unwrap(p), name)
            }
        }
    }
}

extension Weakrefs {
    /// Gives a new class the `__weakref__` attribute (its instances' first weak reference, or
    /// None) when its instances may be weakly referenced and no base provides it already.
    static func addWeakrefAttribute(_ cls: Value, _ dict: DictRef) {
        let key = Interned.intern("__weakref__")
        let t = TypeRef(cls)
        if t.isSubtype(of: BuiltinTypes.int) || t.isSubtype(of: BuiltinTypes.tuple) || t.isSubtype(of: BytesOps.type) { return }
        let mro = TupleRef(t.mro)
        for i in 1..<max(mro.count, 1) where DictRef(TypeRef(mro[i]).dict).lookupStr(key) != nil { return }
        GetSet.add(cls, "__weakref__", get: { o in
            references(to: o).first.map { Value(pointer: $0) } ?? .none
        })
    }
}
