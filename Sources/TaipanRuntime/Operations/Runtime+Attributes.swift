// The attribute protocol, as CPython's object.__getattribute__ / __setattr__ and
// type.__getattribute__: data descriptors on the type first, then the instance's own
// attributes, then other class attributes (binding descriptors through __get__).

extension Runtime {
    /// getattr(o, name); `name` is a str (interned for speed).
    public static func getAttribute(_ o: Value, _ name: Value) throws(PyException) -> Value {
        if let slot = TypeRef(o.type).slots.getattribute { return try slot(o, name) }
        return try genericGetAttribute(o, name)
    }

    /// getattr(o, name, None)-like: nil instead of AttributeError.
    public static func lookupAttribute(_ o: Value, _ name: Value) throws(PyException) -> Value? {
        do throws(PyException) {
            return try getAttribute(o, name)
        } catch {
            if TypeRef(error.value.type).isSubtype(of: BuiltinTypes.attributeError) { return nil }
            throw error
        }
    }

    /// object.__getattribute__.
    public static func genericGetAttribute(_ o: Value, _ name: Value) throws(PyException) -> Value {
        let type = TypeRef(o.type)
        let descriptor = type.lookup(name)
        if let d = descriptor {
            let slots = TypeRef(d.type).slots
            if let get = slots.descrGet, slots.descrSet != nil { return try get(d, o, type.value) }
        }
        let mapWord = type.mapWord
        if mapWord != 0 && o.isPointer,
           let v = Instances.get(o, name, mapWord: VariableSizeLayout.resolve(mapWord, in: o)) { return v }
        if let d = descriptor {
            if let get = TypeRef(d.type).slots.descrGet { return try get(d, o, type.value) }
            return d
        }
        throw noAttribute(o, name)
    }

    @inline(never)
    static func noAttribute(_ o: Value, _ name: Value) -> PyException {
        let e = attributeError("'\(TypeRef(o.type).nameString)' object has no attribute '\(StrRef(name).string)'")
        ExceptionObject.setAttribute(e.value, "name", name)
        ExceptionObject.setAttribute(e.value, "obj", o)
        return e
    }

    /// type.__getattribute__: the metatype's data descriptors, then the class's MRO (with
    /// __get__(None, cls)), then the metatype's other attributes.
    public static func typeGetAttribute(_ t: Value, _ name: Value) throws(PyException) -> Value {
        let metatype = TypeRef(t.type)
        let metaDescriptor = metatype.lookup(name)
        if let d = metaDescriptor {
            let slots = TypeRef(d.type).slots
            if let get = slots.descrGet, slots.descrSet != nil { return try get(d, t, metatype.value) }
        }
        if let attribute = TypeRef(t).lookup(name) {
            if let get = TypeRef(attribute.type).slots.descrGet { return try get(attribute, .null, t) }
            return attribute
        }
        if let d = metaDescriptor {
            if let get = TypeRef(d.type).slots.descrGet { return try get(d, t, metatype.value) }
            return d
        }
        let e = attributeError("type object '\(StrRef(t.loadValue(TypeWords.qualname)).string)' has no attribute '\(StrRef(name).string)'")
        ExceptionObject.setAttribute(e.value, "name", name)
        ExceptionObject.setAttribute(e.value, "obj", t)
        throw e
    }

    /// setattr(o, name, v); a null `v` deletes.
    public static func setAttribute(_ o: Value, _ name: Value, _ v: Value) throws(PyException) {
        if let slot = TypeRef(o.type).slots.setattr { return try slot(o, name, v) }
        try genericSetAttribute(o, name, v)
    }

    /// object.__setattr__ / __delattr__.
    public static func genericSetAttribute(_ o: Value, _ name: Value, _ v: Value) throws(PyException) {
        let type = TypeRef(o.type)
        if let d = type.lookup(name), let set = TypeRef(d.type).slots.descrSet {
            return try set(d, o, v)
        }
        let storedMapWord = type.mapWord
        guard storedMapWord != 0 && o.isPointer else {
            if type.lookup(name) != nil {
                throw attributeError("'\(type.nameString)' object attribute '\(StrRef(name).string)' is read-only")
            }
            throw attributeError("'\(type.nameString)' object has no attribute '\(StrRef(name).string)'")
        }
        let mapWord = VariableSizeLayout.resolve(storedMapWord, in: o)
        if v.isNull {
            if try !Instances.delete(o, name, mapWord: mapWord) { throw noAttribute(o, name) }
            return
        }
        Instances.set(o, name, v, mapWord: mapWord)
    }

    // MARK: Calls

    /// callable(*args).
    public static func call(_ callable: Value, _ args: Arguments) throws(PyException) -> Value {
        guard let slot = TypeRef(callable.type).slot({ $0.call }) else {
            throw typeError("'\(TypeRef(callable.type).nameString)' object is not callable")
        }
        return try slot(callable, args)
    }

    /// callable() with positional arguments from Swift. The arguments are copied to the
    /// native stack, where the collector's conservative scan sees them (a Swift array's
    /// storage would be invisible to it).
    public static func call(_ callable: Value, _ positional: Value...) throws(PyException) -> Value {
        try withStackArguments(positional) { args throws(PyException) in try call(callable, args) }
    }

    /// o.name(*args) from Swift.
    public static func callMethod(_ o: Value, _ name: String, _ positional: Value...) throws(PyException) -> Value {
        let method = try getAttribute(o, Interned.intern(name))
        return try withStackArguments(positional) { args throws(PyException) in try call(method, args) }
    }

    static func withStackArguments(_ values: [Value], _ body: (Arguments) throws(PyException) -> Value) throws(PyException) -> Value {
        try withUnsafeTemporaryAllocation(of: Value.self, capacity: max(values.count, 1)) { buffer throws(PyException) -> Value in
            for (i, v) in values.enumerated() { buffer[i] = v }
            return try body(Arguments(buffer.baseAddress!, positional: values.count))
        }
    }
}

extension ExceptionObject {
    /// Sets an attribute kept in the exception's __dict__ (AttributeError.name, …).
    public static func setAttribute(_ e: Value, _ name: String, _ v: Value) {
        var d = e.loadValue(ExceptionWords.dict)
        if d.isNull {
            d = DictRef.create().value
            e.storeValue(ExceptionWords.dict, d)
        }
        DictRef(d).setStr(Interned.intern(name), v)
    }
}
