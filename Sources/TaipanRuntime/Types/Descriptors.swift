// classmethod, staticmethod and property: descriptor types with native slots.
//
//   classmethod / staticmethod   word 0 type   1 the wrapped callable   2 __dict__ (null)
//   property                     word 0 type   1 fget   2 fset   3 fdel   4 __doc__   5 name

public enum Descriptors {
    public static var classMethodType = Value(bits: 0)
    /// A classmethod over a native function (int.from_bytes): CPython's classmethod_descriptor.
    public static var classMethodDescriptorType = Value(bits: 0)
    public static var staticMethodType = Value(bits: 0)
    public static var propertyType = Value(bits: 0)

    public static func classMethod(_ f: Value) -> Value {
        let native = f.type.isIdentical(NativeFunctions.builtinFunctionType)
        let d = allocateObject(words: 3, type: native ? classMethodDescriptorType : classMethodType)
        d.storeValue(1, f)
        return d
    }

    public static func staticMethod(_ f: Value) -> Value {
        let d = allocateObject(words: 3, type: staticMethodType)
        d.storeValue(1, f)
        return d
    }

    static func setUp() {
        let classMethodSlots = TypeSlots()
        classMethodSlots.descrGet = { d, instance, owner in
            let cls = owner.isNull || owner.isIdentical(BuiltinTypes.none) ? instance.type : owner
            return BoundMethod.create(function: d.loadValue(1), self: cls)
        }
        classMethodSlots.new = { _, args throws(PyException) in
            try args.expect("classmethod", count: 1)
            return classMethod(args[0])
        }
        classMethodType = BuiltinTypes.makeType("classmethod", base: BuiltinTypes.object, instanceWords: 3,
                                                layout: .fixed(first: 1, count: 2), slots: classMethodSlots)
        let nativeSlots = classMethodSlots.copy()
        nativeSlots.new = nil
        nativeSlots.repr = { d throws(PyException) in
            let f = d.loadValue(1)
            let name = StrRef(f.loadValue(NativeFunctions.nameWord)).string
            let owner = f.loadValue(NativeFunctions.selfWord)
            let ownerName = owner.isPointer && TypeRef(owner.type).isSubtype(of: BuiltinTypes.type) ? TypeRef(owner).nameString : "object"
            return StrRef.create("<method '\(name)' of '\(ownerName)' objects>").value
        }
        classMethodDescriptorType = BuiltinTypes.makeType("classmethod_descriptor", base: BuiltinTypes.object, instanceWords: 3,
                                                          layout: .fixed(first: 1, count: 2), flags: [], slots: nativeSlots)

        let staticMethodSlots = TypeSlots()
        staticMethodSlots.descrGet = { d, _, _ in d.loadValue(1) }
        staticMethodSlots.new = { _, args throws(PyException) in
            try args.expect("staticmethod", count: 1)
            return staticMethod(args[0])
        }
        staticMethodSlots.call = { d, args throws(PyException) in try Runtime.call(d.loadValue(1), args) }
        staticMethodType = BuiltinTypes.makeType("staticmethod", base: BuiltinTypes.object, instanceWords: 3,
                                                 layout: .fixed(first: 1, count: 2), slots: staticMethodSlots)

        let propertySlots = TypeSlots()
        propertySlots.descrGet = { p, instance, _ throws(PyException) in
            if instance.isNull { return p }
            let getter = p.loadValue(1)
            if getter.isNull || getter.isIdentical(BuiltinTypes.none) {
                throw attributeError("property \(propertyName(p)) of '\(TypeRef(instance.type).nameString)' object has no getter")
            }
            return try Runtime.call(getter, instance)
        }
        propertySlots.descrSet = { p, instance, v throws(PyException) in
            let function = p.loadValue(v.isNull ? 3 : 2)
            if function.isNull || function.isIdentical(BuiltinTypes.none) {
                let what = v.isNull ? "deleter" : "setter"
                throw attributeError("property \(propertyName(p)) of '\(TypeRef(instance.type).nameString)' object has no \(what)")
            }
            if v.isNull { _ = try Runtime.call(function, instance) } else { _ = try Runtime.call(function, instance, v) }
        }
        propertySlots.new = { _, args throws(PyException) in
            let p = allocateObject(words: 6, type: propertyType)
            let names = ["fget", "fset", "fdel", "doc"]
            for i in 0..<4 {
                let v = i < args.positionalCount ? args[i] : (args.keyword(names[i]) ?? .none)
                p.storeValue(1 + i, v)
            }
            if p.loadValue(4).isIdentical(BuiltinTypes.none) { p.storeValue(4, try docFromGetter(p.loadValue(1))) }
            return p
        }
        propertyType = BuiltinTypes.makeType("property", base: BuiltinTypes.object, instanceWords: 6,
                                             layout: .fixed(first: 1, count: 5), slots: propertySlots)
        for (index, accessor) in ["getter", "setter", "deleter"].enumerated() {
            NativeFunctions.addMethod(propertyType, accessor) { p, args throws(PyException) in
                try args.expect(accessor, count: 1)
                let copy = allocateObject(words: 6, type: p.type)
                for w in 1..<6 { copy.storeValue(w, p.loadValue(w)) }
                copy.storeValue(1 + index, args[0])
                // A doc that came from the old getter follows the new one (CPython's getter_doc).
                if index == 0, p.loadValue(4).isIdentical(try docFromGetter(p.loadValue(1))) {
                    copy.storeValue(4, try docFromGetter(args[0]))
                }
                return copy
            }
        }
        let setName = Interned.intern("__set_name__")
        NativeFunctions.addMethod(propertyType, "__set_name__") { p, args throws(PyException) in
            if args.positionalCount != 2 {
                throw typeError("__set_name__() takes 2 positional arguments but \(args.positionalCount) were given")
            }
            p.storeValue(5, args[1])
            return .none
        }
        _ = setName
        addAttributes()
    }

    static func propertyName(_ p: Value) -> String {
        let name = p.loadValue(5)
        return name.isNull ? "" : "'\(StrRef(name).string)'"
    }
}
