// Slots of classes defined in Python: each calls the class's dunder method, found along the
// MRO, so `a + b` on instances runs `__add__` through the same slot dispatch as on
// built-in types. `installDunderSlots` fills them for the dunders a class defines (or
// inherits from another Python class).

enum ClassSlots {
    /// Looks a special method up on the type (never the instance), as CPython does.
    @inline(__always)
    static func special(_ o: Value, _ name: Value) -> Value? {
        TypeRef(o.type).lookup(name)
    }

    static func special(_ o: Value, _ name: String) -> Value? {
        TypeRef(o.type).lookup(Interned.intern(name))
    }

    /// Calls special method `name` (interned) of `o`; nil if the type has none (or None).
    static func callSpecial(_ o: Value, _ name: Value) throws(PyException) -> Value? {
        guard let method = special(o, name), !method.isIdentical(BuiltinTypes.none) else { return nil }
        var none = Value.none
        return try Interpreter.callWithSelf(method, o, Arguments(&none, positional: 0))
    }

    static func callSpecial(_ o: Value, _ name: Value, _ a: Value) throws(PyException) -> Value? {
        guard let method = special(o, name), !method.isIdentical(BuiltinTypes.none) else { return nil }
        var argument = a
        return try Interpreter.callWithSelf(method, o, Arguments(&argument, positional: 1))
    }

    static func callSpecial(_ o: Value, _ name: Value, _ a: Value, _ b: Value) throws(PyException) -> Value? {
        guard let method = special(o, name), !method.isIdentical(BuiltinTypes.none) else { return nil }
        return try withUnsafeTemporaryAllocation(of: Value.self, capacity: 2) { buffer throws(PyException) -> Value in
            buffer[0] = a
            buffer[1] = b
            return try Interpreter.callWithSelf(method, o, Arguments(buffer.baseAddress!, positional: 2))
        }
    }

    /// Calls a special method the class defines; it may have been set to None since
    /// (`__len__ = None`), which CPython reports as calling None.
    static func callDefined(_ o: Value, _ name: Value) throws(PyException) -> Value {
        guard let r = try callSpecial(o, name) else { throw typeError("'NoneType' object is not callable") }
        return r
    }

    static func callDefined(_ o: Value, _ name: Value, _ a: Value) throws(PyException) -> Value {
        guard let r = try callSpecial(o, name, a) else { throw typeError("'NoneType' object is not callable") }
        return r
    }

    static func callDefined(_ o: Value, _ name: Value, _ a: Value, _ b: Value) throws(PyException) -> Value {
        guard let r = try callSpecial(o, name, a, b) else { throw typeError("'NoneType' object is not callable") }
        return r
    }

    /// The same with a Swift name and any number of arguments, for natives off the hot paths.
    static func callSpecial(_ o: Value, _ name: String, _ args: Value...) throws(PyException) -> Value? {
        guard let method = special(o, name) else { return nil }
        if method.isIdentical(BuiltinTypes.none) { return nil }
        return try Runtime.withStackArguments(args) { a throws(PyException) in
            try Interpreter.callWithSelf(method, o, a)
        }
    }

    /// Whether `sub` finds a different `name` along its MRO than `base` does.
    static func overrides(_ sub: Value, _ base: Value, _ name: Value) -> Bool {
        let mine = TypeRef(sub).lookup(name), theirs = TypeRef(base).lookup(name)
        if mine == nil { return false }
        return theirs == nil || !(mine ?? .null).isIdentical(theirs ?? .null)
    }

    static func installDunderSlots(_ type: Value) {
        let t = TypeRef(type)
        let slots = t.slots
        func defines(_ name: String) -> Bool {
            // Defined by a Python class in the MRO (built-in bases keep their native slots).
            let mro = TupleRef(t.mro)
            let key = Interned.intern(name)
            for i in 0..<mro.count {
                let base = TypeRef(mro[i])
                if DictRef(base.dict).lookupStr(key) != nil { return base.flags.contains(.heapType) }
            }
            return false
        }

        if defines("__repr__") {
            slots.repr = { o throws(PyException) in try checkedStr(callDefined(o, Names.__repr__), "__repr__") }
        }
        if defines("__str__") {
            slots.str = { o throws(PyException) in try checkedStr(callDefined(o, Names.__str__), "__str__") }
        }
        let own = DictRef(t.dict)
        if own.lookupStr(Interned.intern("__eq__")) != nil && own.lookupStr(Interned.intern("__hash__")) == nil {
            // A class defining __eq__ but not __hash__ gets __hash__ = None (even when a base
            // defines __hash__), as CPython's type_new.
            slots.hash = nil
            own.setStr(Interned.intern("__hash__"), .none)
        } else if defines("__hash__") {
            let h = TypeRef(type).lookup(Names.__hash__)
            if let h, h.isIdentical(BuiltinTypes.none) {
                slots.hash = nil
            } else {
                slots.hash = { o throws(PyException) in
                    let r = try callDefined(o, Names.__hash__)
                    guard IntOps.isInt(r) else { throw typeError("__hash__ method should return an integer") }
                    // As CPython's slot_tp_hash: a machine-sized result is the hash itself
                    // (-1 becomes -2); only larger ints are hashed.
                    if let h = IntOps.asInt64(r) { return h == -1 ? -2 : Int(h) }
                    return try IntOps.hashValue(r)
                }
            }
        }
        let comparisons = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
        if comparisons.contains(where: defines) {
            let native = slots.compare
            let keys = Names.comparisons
            slots.compare = { a, b, op throws(PyException) in
                if let r = try callSpecial(a, keys[op.rawValue], b) { return r }
                if let native { return try native(a, b, op) }
                return BuiltinTypes.notImplemented
            }
        }
        if defines("__bool__") {
            slots.bool = { o throws(PyException) in
                let r = try callDefined(o, Names.__bool__)
                guard r.type.isIdentical(BuiltinTypes.bool) else {
                    throw typeError("__bool__ should return bool, returned \(TypeRef(r.type).nameString)")
                }
                return r.isIdentical(BuiltinTypes.true)
            }
        }
        if defines("__len__") {
            slots.len = { o throws(PyException) in
                // As CPython's slot_sq_length: __index__ first, then the sign, then the size.
                let r = try callDefined(o, Names.__len__)
                guard let n = try IntOps.index(r, clamp: true) else {
                    throw typeError("'\(TypeRef(r.type).nameString)' object cannot be interpreted as an integer")
                }
                if n < 0 { throw pyError(ExceptionTypes.named("ValueError"), "__len__() should return >= 0") }
                if n == Int.max { throw pyError(ExceptionTypes.named("OverflowError"), "cannot fit 'int' into an index-sized integer") }
                return n
            }
        }
        if defines("__iter__") {
            slots.iter = { o throws(PyException) in
                // As CPython's slot_tp_iter: `__iter__ = None` marks the class not iterable.
                guard let r = try callSpecial(o, Names.__iter__) else {
                    throw typeError("'\(TypeRef(o.type).nameString)' object is not iterable")
                }
                if TypeRef(r.type).slots.next == nil {
                    throw typeError("iter() returned non-iterator of type '\(TypeRef(r.type).nameString)'")
                }
                return r
            }
        }
        if defines("__next__") {
            slots.next = { o throws(PyException) in
                do throws(PyException) {
                    return try callDefined(o, Names.__next__)
                } catch {
                    if TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("StopIteration")) { return nil }
                    throw error
                }
            }
        }
        if defines("__getitem__") {
            slots.getitem = { o, k throws(PyException) in try callDefined(o, Names.__getitem__, k) }
        }
        if defines("__setitem__") || defines("__delitem__") {
            slots.setitem = { o, k, v throws(PyException) in
                if v.isNull {
                    guard try callSpecial(o, Names.__delitem__, k) != nil else {
                        throw attributeError("__delitem__")
                    }
                } else {
                    guard try callSpecial(o, Names.__setitem__, k, v) != nil else {
                        throw attributeError("__setitem__")
                    }
                }
            }
        }
        if defines("__contains__") {
            slots.contains = { o, item throws(PyException) in
                // As CPython's slot_sq_contains: `__contains__ = None` marks a non-container.
                guard let r = try callSpecial(o, Names.__contains__, item) else {
                    throw typeError("'\(TypeRef(o.type).nameString)' object is not a container")
                }
                return try Runtime.isTrue(r)
            }
        }
        if defines("__call__") {
            slots.call = { o, args throws(PyException) in
                guard let m = special(o, Names.__call__) else {
                    throw typeError("'\(TypeRef(o.type).nameString)' object is not callable")
                }
                return try ThreadState.guarded(.call) { () throws(PyException) -> Value in
                    try Interpreter.callWithSelf(m, o, args)
                }
            }
        }
        var builtinBase = BuiltinTypes.object
        let classMRO = TupleRef(t.mro)
        for i in 0..<classMRO.count where !TypeRef(classMRO[i]).flags.contains(.heapType) {
            builtinBase = classMRO[i]
            break
        }
        for op in BinaryOp.allCases {
            let name = "__\(op.methodName)__"
            let reflected = "__r\(op.methodName)__"
            let key = Names.binary[op.rawValue], reflectedKey = Names.reflected[op.rawValue]
            if defines(name) || defines(reflected) {
                // The fallback is the built-in base's operator, never a Python base's
                // (which would call the same methods again).
                let native = TypeRef(builtinBase).slots.binary[op.rawValue]
                slots.binary[op.rawValue] = { a, b throws(PyException) in
                    // CPython's SLOT1BINFULL: a's method (after b's reflected one when b's
                    // class is a subclass overriding it), then b's reflected method.
                    let ta = a.type, tb = b.type
                    var doOther = !ta.isIdentical(tb)
                        && (TypeRef(tb).isSubtype(of: type) || TypeRef(tb).slots.binary.isFromClass(op.rawValue))
                    if TypeRef(ta).isSubtype(of: type) {
                        if doOther && TypeRef(tb).isSubtype(of: ta) && overrides(tb, ta, reflectedKey) {
                            if let r = try callSpecial(b, reflectedKey, a), !r.isIdentical(BuiltinTypes.notImplemented) { return r }
                            doOther = false
                        }
                        if let r = try callSpecial(a, key, b), !r.isIdentical(BuiltinTypes.notImplemented) { return r }
                    }
                    if doOther, let r = try callSpecial(b, reflectedKey, a), !r.isIdentical(BuiltinTypes.notImplemented) {
                        return r
                    }
                    if let native { return try native(a, b) }
                    return BuiltinTypes.notImplemented
                }
                slots.binary.fromClass |= 1 << UInt64(op.rawValue)
            }
            let inplaceName = "__i\(op.methodName)__"
            if defines(inplaceName) {
                let inplaceKey = Names.inplace[op.rawValue]
                slots.inplace[op.rawValue] = { a, b throws(PyException) in
                    try callSpecial(a, inplaceKey, b) ?? BuiltinTypes.notImplemented
                }
            }
        }
        if defines("__neg__") { slots.negative = { o throws(PyException) in try callDefined(o, Names.__neg__) } }
        if defines("__pos__") { slots.positive = { o throws(PyException) in try callDefined(o, Names.__pos__) } }
        if defines("__invert__") { slots.invert = { o throws(PyException) in try callDefined(o, Names.__invert__) } }
        if defines("__getattribute__") || defines("__getattr__") {
            let hasGetattribute = defines("__getattribute__")
            // Without a Python __getattribute__, the built-in base's lookup runs first: for a
            // metaclass that is type's (class attributes along the class's MRO).
            var native: BinarySlot? = nil
            let mro = TupleRef(t.mro)
            for i in 0..<mro.count where !TypeRef(mro[i]).flags.contains(.heapType) {
                native = TypeRef(mro[i]).slots.getattribute
                break
            }
            slots.getattribute = { o, name throws(PyException) in
                do throws(PyException) {
                    if hasGetattribute { return try callDefined(o, Names.__getattribute__, name) }
                    if let native { return try native(o, name) }
                    return try Runtime.genericGetAttribute(o, name)
                } catch {
                    guard TypeRef(error.value.type).isSubtype(of: BuiltinTypes.attributeError),
                          let getattr = special(o, Names.__getattr__) else { throw error }
                    var argument = name
                    return try Interpreter.callWithSelf(getattr, o, Arguments(&argument, positional: 1))
                }
            }
        }
        if defines("__setattr__") || defines("__delattr__") {
            slots.setattr = { o, name, v throws(PyException) in
                if v.isNull {
                    if let _ = try callSpecial(o, Names.__delattr__, name) { return }
                    try Runtime.genericSetAttribute(o, name, v)
                } else {
                    if let _ = try callSpecial(o, Names.__setattr__, name, v) { return }
                    try Runtime.genericSetAttribute(o, name, v)
                }
            }
        }
        if defines("__get__") {
            slots.descrGet = { d, instance, owner throws(PyException) in
                try callDefined(d, Names.__get__, instance.isNull ? .none : instance, owner)
            }
        }
        if defines("__set__") || defines("__delete__") {
            slots.descrSet = { d, instance, v throws(PyException) in
                if v.isNull { _ = try callSpecial(d, Names.__delete__, instance) } else { _ = try callSpecial(d, Names.__set__, instance, v) }
            }
        }
    }

    static func checkedStr(_ v: Value, _ method: String) throws(PyException) -> Value {
        guard v.isPointer, TypeRef(v.type).isSubtype(of: BuiltinTypes.str) else {
            throw typeError("\(method) returned non-string (type \(TypeRef(v.type).nameString))")
        }
        return v
    }
}
