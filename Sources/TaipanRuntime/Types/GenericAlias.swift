// types.GenericAlias (PEP 585: `list[int]`) and types.UnionType (PEP 604: `int | str`).
//
//   GenericAlias  word 0 type   1 __origin__   2 __args__ (tuple)
//   UnionType     word 0 type   1 __args__ (tuple, flattened, no duplicates)

public enum GenericAlias {
    public static var type = Value(bits: 0)
    public static var unionType = Value(bits: 0)

    /// origin[args]: `args` is the subscript, a tuple or a single item.
    public static func create(origin: Value, args: Value) -> Value {
        var items = args
        if !args.type.isIdentical(BuiltinTypes.tuple) {
            let t = TupleRef.allocate(1)
            t[0] = args
            items = t.value
        }
        let g = allocateObject(words: 3, type: type)
        g.storeValue(1, origin)
        g.storeValue(2, items)
        return g
    }

    /// How GenericAlias and UnionType show an argument: types by (module-qualified) name.
    static func itemRepr(_ v: Value) throws(PyException) -> String {
        if v.isIdentical(BuiltinTypes.ellipsis) { return "..." }
        if v.type.isIdentical(type) || v.type.isIdentical(unionType) { return try Runtime.reprString(v) }
        if TypeRef(v.type).isSubtype(of: BuiltinTypes.type) {
            let qualname = StrRef(v.loadValue(TypeWords.qualname)).string
            let module = v.loadValue(TypeWords.module)
            if module.isNull || !StrOps.isStr(module) || StrRef(module).string == "builtins" { return qualname }
            return StrRef(module).string + "." + qualname
        }
        return try Runtime.reprString(v)
    }

    /// Whether `v` may be an operand of `|` making a union.
    static func isUnionable(_ v: Value) -> Bool {
        v.isIdentical(BuiltinTypes.none) || v.type.isIdentical(type) || v.type.isIdentical(unionType)
            || TypeRef(v.type).isSubtype(of: BuiltinTypes.type)
    }

    /// a | b for types, None, aliases and unions; NotImplemented for other operands.
    static func union(_ a: Value, _ b: Value) throws(PyException) -> Value {
        guard isUnionable(a), isUnionable(b) else { return BuiltinTypes.notImplemented }
        let members = ListRef.create()
        for operand in [a, b] {
            if operand.type.isIdentical(unionType) {
                let args = TupleRef(operand.loadValue(1))
                for i in 0..<args.count { try addMember(members, args[i]) }
            } else {
                try addMember(members, operand.isIdentical(BuiltinTypes.none) ? BuiltinTypes.noneType : operand)
            }
        }
        if members.count == 1 { return members[0] }
        let u = allocateObject(words: 2, type: unionType)
        u.storeValue(1, TupleRef.create(UnsafeBufferPointer(start: members.items, count: members.count)).value)
        return u
    }

    static func addMember(_ members: ListRef, _ v: Value) throws(PyException) {
        for i in 0..<members.count where try Runtime.equals(members[i], v) { return }
        members.append(v)
    }

    /// The members of a union `cls` (for isinstance/issubclass), or nil if not a union.
    public static func unionMembers(_ cls: Value) -> Value? {
        cls.isPointer && cls.type.isIdentical(unionType) ? cls.loadValue(1) : nil
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.repr = { g throws(PyException) in
            let args = TupleRef(g.loadValue(2))
            var parts: [String] = []
            for i in 0..<args.count { parts.append(try itemRepr(args[i])) }
            let inner = args.count == 0 ? "()" : parts.joined(separator: ", ")
            return StrRef.create("\(try itemRepr(g.loadValue(1)))[\(inner)]").value
        }
        slots.call = { g, args throws(PyException) in
            let result = try Runtime.call(g.loadValue(1), args)
            // As CPython, the instance remembers its alias when it can.
            _ = try? Runtime.setAttribute(result, Interned.intern("__orig_class__"), g)
            return result
        }
        slots.getattribute = { g, name throws(PyException) in
            let own = ["__origin__", "__args__", "__parameters__", "__unpacked__", "__class__", "__mro_entries__",
                       "__reduce__", "__reduce_ex__", "__copy__", "__deepcopy__"]
            if own.contains(StrRef(name).string) { return try Runtime.genericGetAttribute(g, name) }
            return try Runtime.getAttribute(g.loadValue(1), name)
        }
        slots.compare = { a, b, op throws(PyException) in
            guard op == .eq || op == .ne, b.type.isIdentical(type) else { return BuiltinTypes.notImplemented }
            var same = try Runtime.equals(a.loadValue(1), b.loadValue(1))
            if same { same = try Runtime.equals(a.loadValue(2), b.loadValue(2)) }
            return .bool(op == .eq ? same : !same)
        }
        slots.hash = { g throws(PyException) in
            let origin = try Runtime.hash(g.loadValue(1))
            return origin ^ (try Runtime.hash(g.loadValue(2)))
        }
        slots.binary[BinaryOp.or.rawValue] = union
        // types.GenericAlias(origin, args); typing and collections.abc subclass it.
        slots.new = { cls, args throws(PyException) in
            if args.keywordCount > 0 { throw typeError("GenericAlias() takes no keyword arguments") }
            try args.expect("GenericAlias", count: 2)
            let g = create(origin: args[0], args: args[1])
            if cls.isIdentical(type) { return g }
            let o = allocateObject(words: TypeRef(cls).instanceWords, type: cls)
            o.storeValue(1, g.loadValue(1))
            o.storeValue(2, g.loadValue(2))
            let mapWord = TypeRef(cls).mapWord
            if mapWord != 0 { o.storeValue(mapWord, cls.loadValue(TypeWords.rootMap)) }
            return o
        }
        type = BuiltinTypes.makeType("GenericAlias", base: BuiltinTypes.object, instanceWords: 3,
                                     layout: .fixed(first: 1, count: 2), flags: [.baseType], slots: slots)
        type.storeValue(TypeWords.module, Interned.intern("types"))
        GetSet.add(type, "__origin__", get: { g in g.loadValue(1) })
        GetSet.add(type, "__args__", get: { g in g.loadValue(2) })
        GetSet.add(type, "__parameters__", get: { _ in BuiltinTypes.emptyTuple })
        GetSet.add(type, "__unpacked__", get: { _ in .bool(false) })
        for name in ["__instancecheck__", "__subclasscheck__"] {
            NativeFunctions.addMethod(type, name) { _, _ throws(PyException) in
                let which = name == "__instancecheck__" ? "isinstance" : "issubclass"
                throw typeError("\(which)() argument 2 cannot be a parameterized generic")
            }
        }

        let unionSlots = TypeSlots()
        unionSlots.repr = { u throws(PyException) in
            let args = TupleRef(u.loadValue(1))
            var parts: [String] = []
            for i in 0..<args.count {
                parts.append(args[i].isIdentical(BuiltinTypes.noneType) ? "None" : try itemRepr(args[i]))
            }
            return StrRef.create(parts.joined(separator: " | ")).value
        }
        unionSlots.compare = { a, b, op throws(PyException) in
            guard op == .eq || op == .ne, b.type.isIdentical(unionType) else { return BuiltinTypes.notImplemented }
            let x = try SetOps.asSet(a.loadValue(1)), y = try SetOps.asSet(b.loadValue(1))
            return try Runtime.compare(x, y, op)
        }
        unionSlots.hash = { u throws(PyException) in
            let members = SetOps.empty(SetOps.frozensetType)
            try SetOps.update(members, u.loadValue(1))
            return try Runtime.hash(members)
        }
        unionSlots.binary[BinaryOp.or.rawValue] = union
        unionType = BuiltinTypes.makeType("UnionType", base: BuiltinTypes.object, instanceWords: 2,
                                          layout: .fixed(first: 1, count: 1), flags: [], slots: unionSlots)
        unionType.storeValue(TypeWords.module, Interned.intern("types"))
        GetSet.add(unionType, "__args__", get: { u in u.loadValue(1) })
        GetSet.add(unionType, "__parameters__", get: { _ in BuiltinTypes.emptyTuple })

        TypeRef(BuiltinTypes.type).slots.binary[BinaryOp.or.rawValue] = union
        // Called through a classmethod: the class comes first among the arguments.
        let classGetItem = NativeFunctions.make("__class_getitem__") { _, args throws(PyException) in
            try args.expect("__class_getitem__", count: 2)
            return create(origin: args[0], args: args[1])
        }
        for origin in [ListRef.type, BuiltinTypes.dict, BuiltinTypes.tuple, SetOps.setType, SetOps.frozensetType] {
            DictRef(TypeRef(origin).dict).setStr(Interned.intern("__class_getitem__"), Descriptors.classMethod(classGetItem))
        }
    }
}
