// Slots of classes defined in Python: each calls the class's dunder method, found along the
// MRO, so `a + b` on instances runs `__add__` through the same slot dispatch as on
// built-in types. `installDunderSlots` fills them for the dunders a class defines (or
// inherits from another Python class).

enum ClassSlots {
    /// Looks a special method up on the type (never the instance), as CPython does.
    @inline(__always)
    static func special(_ o: Value, _ name: String) -> Value? {
        TypeRef(o.type).lookup(Interned.intern(name))
    }

    /// Calls special method `name` of `o` with `args`; nil if the type has none.
    static func callSpecial(_ o: Value, _ name: String, _ args: Value...) throws(PyException) -> Value? {
        guard let method = special(o, name) else { return nil }
        if method.isIdentical(BuiltinTypes.none) { return nil }
        return try Runtime.withStackArguments(args) { a throws(PyException) in
            try Interpreter.callWithSelf(method, o, a)
        }
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
            slots.repr = { o throws(PyException) in try checkedStr(callSpecial(o, "__repr__")!, "__repr__") }
        }
        if defines("__str__") {
            slots.str = { o throws(PyException) in try checkedStr(callSpecial(o, "__str__")!, "__str__") }
        }
        if defines("__hash__") {
            let h = TypeRef(type).lookup(Interned.intern("__hash__"))
            if let h, h.isIdentical(BuiltinTypes.none) {
                slots.hash = nil
            } else {
                slots.hash = { o throws(PyException) in
                    let r = try callSpecial(o, "__hash__")!
                    guard IntOps.isInt(r) else { throw typeError("__hash__ method should return an integer") }
                    return try IntOps.hashValue(r)
                }
            }
        } else if defines("__eq__") {
            // Defining __eq__ without __hash__ makes instances unhashable.
            slots.hash = nil
            DictRef(t.dict).setStr(Interned.intern("__hash__"), .none)
        }
        let comparisons = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
        if comparisons.contains(where: defines) {
            let native = slots.compare
            slots.compare = { a, b, op throws(PyException) in
                let name = comparisons[op.rawValue]
                if let m = special(a, name), !m.isIdentical(BuiltinTypes.none) {
                    return try Runtime.withStackArguments([b]) { args throws(PyException) in
                        try Interpreter.callWithSelf(m, a, args)
                    }
                }
                if let native { return try native(a, b, op) }
                return BuiltinTypes.notImplemented
            }
        }
        if defines("__bool__") {
            slots.bool = { o throws(PyException) in
                let r = try callSpecial(o, "__bool__")!
                guard r.type.isIdentical(BuiltinTypes.bool) else {
                    throw typeError("__bool__ should return bool, returned \(TypeRef(r.type).nameString)")
                }
                return r.isIdentical(BuiltinTypes.true)
            }
        }
        if defines("__len__") {
            slots.len = { o throws(PyException) in
                let r = try callSpecial(o, "__len__")!
                guard let n = IntOps.asInt64(r) else {
                    throw typeError("'\(TypeRef(r.type).nameString)' object cannot be interpreted as an integer")
                }
                if n < 0 { throw pyError(ExceptionTypes.named("ValueError"), "__len__() should return >= 0") }
                return Int(n)
            }
        }
        if defines("__iter__") {
            slots.iter = { o throws(PyException) in
                let r = try callSpecial(o, "__iter__")!
                if TypeRef(r.type).slots.next == nil {
                    throw typeError("iter() returned non-iterator of type '\(TypeRef(r.type).nameString)'")
                }
                return r
            }
        }
        if defines("__next__") {
            slots.next = { o throws(PyException) in
                do throws(PyException) {
                    return try callSpecial(o, "__next__")!
                } catch {
                    if TypeRef(error.value.type).isSubtype(of: ExceptionTypes.named("StopIteration")) { return nil }
                    throw error
                }
            }
        }
        if defines("__getitem__") {
            slots.getitem = { o, k throws(PyException) in try callSpecial(o, "__getitem__", k)! }
        }
        if defines("__setitem__") || defines("__delitem__") {
            slots.setitem = { o, k, v throws(PyException) in
                if v.isNull {
                    guard try callSpecial(o, "__delitem__", k) != nil else {
                        throw attributeError("__delitem__")
                    }
                } else {
                    guard try callSpecial(o, "__setitem__", k, v) != nil else {
                        throw attributeError("__setitem__")
                    }
                }
            }
        }
        if defines("__contains__") {
            slots.contains = { o, item throws(PyException) in try Runtime.isTrue(callSpecial(o, "__contains__", item)!) }
        }
        if defines("__call__") {
            slots.call = { o, args throws(PyException) in
                guard let m = special(o, "__call__") else {
                    throw typeError("'\(TypeRef(o.type).nameString)' object is not callable")
                }
                return try Interpreter.callWithSelf(m, o, args)
            }
        }
        for op in BinaryOp.allCases {
            let name = "__\(op.methodName)__"
            let reflected = "__r\(op.methodName)__"
            if defines(name) || defines(reflected) {
                let native = slots.binary[op.rawValue]
                slots.binary[op.rawValue] = { a, b throws(PyException) in
                    // Called for a's type and b's type alike: try whichever side is ours.
                    if TypeRef(a.type).isSubtype(of: type), let r = try callSpecial(a, name, b),
                       !r.isIdentical(BuiltinTypes.notImplemented) {
                        return r
                    }
                    if TypeRef(b.type).isSubtype(of: type), !a.type.isIdentical(b.type) || !TypeRef(a.type).isSubtype(of: type),
                       let r = try callSpecial(b, reflected, a), !r.isIdentical(BuiltinTypes.notImplemented) {
                        return r
                    }
                    if let native { return try native(a, b) }
                    return BuiltinTypes.notImplemented
                }
            }
            let inplaceName = "__i\(op.methodName)__"
            if defines(inplaceName) {
                slots.inplace[op.rawValue] = { a, b throws(PyException) in
                    try callSpecial(a, inplaceName, b) ?? BuiltinTypes.notImplemented
                }
            }
        }
        if defines("__neg__") { slots.negative = { o throws(PyException) in try callSpecial(o, "__neg__")! } }
        if defines("__pos__") { slots.positive = { o throws(PyException) in try callSpecial(o, "__pos__")! } }
        if defines("__invert__") { slots.invert = { o throws(PyException) in try callSpecial(o, "__invert__")! } }
        if defines("__getattribute__") || defines("__getattr__") {
            let hasGetattribute = defines("__getattribute__")
            slots.getattribute = { o, name throws(PyException) in
                do throws(PyException) {
                    if hasGetattribute { return try callSpecial(o, "__getattribute__", name)! }
                    return try Runtime.genericGetAttribute(o, name)
                } catch {
                    guard TypeRef(error.value.type).isSubtype(of: BuiltinTypes.attributeError),
                          let getattr = special(o, "__getattr__") else { throw error }
                    return try Runtime.withStackArguments([name]) { args throws(PyException) in
                        try Interpreter.callWithSelf(getattr, o, args)
                    }
                }
            }
        }
        if defines("__setattr__") || defines("__delattr__") {
            slots.setattr = { o, name, v throws(PyException) in
                if v.isNull {
                    if let _ = try callSpecial(o, "__delattr__", name) { return }
                    try Runtime.genericSetAttribute(o, name, v)
                } else {
                    if let _ = try callSpecial(o, "__setattr__", name, v) { return }
                    try Runtime.genericSetAttribute(o, name, v)
                }
            }
        }
        if defines("__get__") {
            slots.descrGet = { d, instance, owner throws(PyException) in
                try callSpecial(d, "__get__", instance.isNull ? .none : instance, owner)!
            }
        }
        if defines("__set__") || defines("__delete__") {
            slots.descrSet = { d, instance, v throws(PyException) in
                if v.isNull { _ = try callSpecial(d, "__delete__", instance) } else { _ = try callSpecial(d, "__set__", instance, v) }
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
