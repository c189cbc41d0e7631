// Dunder methods of built-in types over their slots (CPython's slot wrappers): `list.__getitem__`,
// `int.__add__`, `type.__call__`. The operators dispatch on the slots directly; the wrappers
// exist for code that names the method: `super().__setitem__(k, v)` in a dict subclass,
// `int.__add__(1, 2)`, `hasattr(x, "__iter__")`.
//
// Each wrapper calls the slot of the type it belongs to (not of its argument's type), so a
// subclass that overrides the dunder and calls up to it does not recurse into itself.

enum SlotWrappers {
    /// Adds the wrappers to every built-in type created so far; runs once at start-up.
    static func install() {
        for t in BuiltinTypes.registry where t.isPointer && TypeRef(t.type).isSubtype(of: BuiltinTypes.type) {
            install(on: TypeRef(t))
        }
        isInstalled = true
    }

    static var isInstalled = false

    /// The wrappers of a type made after start-up (a native module's, on first import), for
    /// the slots it was made with: `f.__next__()` on a file, `d.__len__()` on a deque.
    static func installLate(_ t: Value) {
        if isInstalled { install(on: TypeRef(t)) }
    }

    private static func install(on owner: TypeRef) {
        let slots = owner.slots
        func add(_ name: String, _ body: @escaping NativeBody) {
            let key = Interned.intern(name)
            if DictRef(owner.dict).lookupStr(key) != nil { return }
            // Inherited from a built-in base other than object: that base has the wrapper.
            let mro = TupleRef(owner.mro)
            for i in 1..<max(mro.count, 1) where !mro[i].isIdentical(BuiltinTypes.object) {
                if DictRef(TypeRef(mro[i]).dict).lookupStr(key) != nil { return }
            }
            NativeFunctions.addMethod(owner.value, name, body)
        }
        func one(_ name: String, _ args: Arguments) throws(PyException) -> Value {
            try args.expect(name, count: 1)
            return args[0]
        }

        if let call = slots.call { add("__call__") { o, args throws(PyException) in try call(o, args) } }
        if let initialize = slots.initialize {
            add("__init__") { o, args throws(PyException) in
                try initialize(o, args)
                return .none
            }
        }
        if let repr = slots.repr { add("__repr__") { o, args throws(PyException) in try args.expect("__repr__", count: 0); return try repr(o) } }
        if let str = slots.str { add("__str__") { o, args throws(PyException) in try args.expect("__str__", count: 0); return try str(o) } }
        if let hash = slots.hash {
            add("__hash__") { o, args throws(PyException) in
                try args.expect("__hash__", count: 0)
                return IntOps.make(Int64(try hash(o)))
            }
        } else if !owner.value.isIdentical(BuiltinTypes.object) {
            // Unhashable (list, dict, set): CPython's types say so with __hash__ = None.
            let key = Interned.intern("__hash__")
            if DictRef(owner.dict).lookupStr(key) == nil { DictRef(owner.dict).setStr(key, .none) }
        }
        if let compare = slots.compare {
            let names: [(String, CompareOp)] = [("__lt__", .lt), ("__le__", .le), ("__eq__", .eq),
                                                 ("__ne__", .ne), ("__gt__", .gt), ("__ge__", .ge)]
            for (name, op) in names {
                add(name) { o, args throws(PyException) in try compare(o, try one(name, args), op) }
            }
        }
        if let bool = slots.bool { add("__bool__") { o, args throws(PyException) in try args.expect("__bool__", count: 0); return .bool(try bool(o)) } }
        if let len = slots.len {
            add("__len__") { o, args throws(PyException) in
                try args.expect("__len__", count: 0)
                return IntOps.make(Int64(try len(o)))
            }
        }
        if let iter = slots.iter { add("__iter__") { o, args throws(PyException) in try args.expect("__iter__", count: 0); return try iter(o) } }
        if let next = slots.next {
            add("__next__") { o, args throws(PyException) in
                try args.expect("__next__", count: 0)
                guard let v = try next(o) else {
                    throw PyException(ExceptionObject.create(type: ExceptionTypes.named("StopIteration"), args: TupleRef.allocate(0).value))
                }
                return v
            }
        }
        if let getitem = slots.getitem { add("__getitem__") { o, args throws(PyException) in try getitem(o, try one("__getitem__", args)) } }
        if let setitem = slots.setitem {
            add("__setitem__") { o, args throws(PyException) in
                try args.expect("__setitem__", count: 2)
                try setitem(o, args[0], args[1])
                return .none
            }
            add("__delitem__") { o, args throws(PyException) in
                try setitem(o, try one("__delitem__", args), .null)
                return .none
            }
        }
        if let contains = slots.contains {
            add("__contains__") { o, args throws(PyException) in .bool(try contains(o, try one("__contains__", args))) }
        }
        if let getattribute = slots.getattribute {
            add("__getattribute__") { o, args throws(PyException) in try getattribute(o, try Runtime.attributeName(try one("__getattribute__", args))) }
        }
        if let setattr = slots.setattr {
            add("__setattr__") { o, args throws(PyException) in
                try args.expectWrapped(count: 2)
                try setattr(o, try Runtime.attributeName(args[0]), args[1])
                return .none
            }
            add("__delattr__") { o, args throws(PyException) in
                try setattr(o, try Runtime.attributeName(try one("__delattr__", args)), .null)
                return .none
            }
        }
        if let descrGet = slots.descrGet {
            add("__get__") { o, args throws(PyException) in
                try args.expect("__get__", min: 1, max: 2)
                let instance = args[0].isIdentical(BuiltinTypes.none) ? Value.null : args[0]
                let ownerType = args.positionalCount > 1 && !args[1].isIdentical(BuiltinTypes.none) ? args[1] : Value.null
                if instance.isNull && ownerType.isNull { throw typeError("__get__(None, None) is invalid") }
                return try descrGet(o, instance, ownerType.isNull ? instance.type : ownerType)
            }
        }
        if let descrSet = slots.descrSet {
            add("__set__") { o, args throws(PyException) in
                try args.expect("__set__", count: 2)
                try descrSet(o, args[0], args[1])
                return .none
            }
            add("__delete__") { o, args throws(PyException) in
                try descrSet(o, try one("__delete__", args), .null)
                return .none
            }
        }
        for op in BinaryOp.allCases {
            if let binary = slots.binary[op.rawValue] {
                let name = op.methodName
                add("__\(name)__") { o, args throws(PyException) in
                    if op == .pow {
                        try args.expect("__pow__", min: 1, max: 2)
                        if args.positionalCount == 2 && !args[1].isIdentical(BuiltinTypes.none) {
                            return try IntOps.powMod(o, args[0], args[1])
                        }
                        return try binary(o, args[0])
                    }
                    return try binary(o, try one("__\(name)__", args))
                }
                add("__r\(name)__") { o, args throws(PyException) in
                    if op == .pow {
                        try args.expect("__rpow__", min: 1, max: 2)
                        if args.positionalCount == 2 && !args[1].isIdentical(BuiltinTypes.none) {
                            return try IntOps.powMod(args[0], o, args[1])
                        }
                        return try binary(args[0], o)
                    }
                    return try binary(try one("__r\(name)__", args), o)
                }
            }
            if let inplace = slots.inplace[op.rawValue] {
                let name = "__i\(op.methodName)__"
                add(name) { o, args throws(PyException) in try inplace(o, try one(name, args)) }
            }
        }
        if let negative = slots.negative { add("__neg__") { o, args throws(PyException) in try args.expect("__neg__", count: 0); return try negative(o) } }
        if let positive = slots.positive { add("__pos__") { o, args throws(PyException) in try args.expect("__pos__", count: 0); return try positive(o) } }
        if let invert = slots.invert { add("__invert__") { o, args throws(PyException) in try args.expect("__invert__", count: 0); return try invert(o) } }
    }
}
