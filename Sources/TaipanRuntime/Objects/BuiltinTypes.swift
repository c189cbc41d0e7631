// The built-in types and singletons, created once at start-up (`BuiltinTypes.bootstrap`).
//
// The first few types refer to each other (type's type is type; every type has a str name
// and tuple bases), so they are allocated raw first and completed once str, tuple and dict
// exist. The registry is reported to the collector as a root.

public enum BuiltinTypes {
    public static var type = Value(bits: 0)
    public static var object = Value(bits: 0)
    public static var str = Value(bits: 0)
    public static var tuple = Value(bits: 0)
    public static var dict = Value(bits: 0)
    static var dictStorage = Value(bits: 0)
    public static var int = Value(bits: 0)
    public static var bool = Value(bits: 0)
    public static var float = Value(bits: 0)
    public static var noneType = Value(bits: 0)
    public static var notImplementedType = Value(bits: 0)
    public static var ellipsisType = Value(bits: 0)

    public static var baseException = Value(bits: 0)
    public static var exception = Value(bits: 0)
    public static var typeError = Value(bits: 0)
    public static var attributeError = Value(bits: 0)

    // Singletons.
    public static var none = Value(bits: 0)
    public static var `true` = Value(bits: 0)
    public static var `false` = Value(bits: 0)
    public static var notImplemented = Value(bits: 0)
    public static var ellipsis = Value(bits: 0)
    public static var emptyTuple = Value(bits: 0)

    /// Every value above, and the types registered later, for the collector.
    static var registry: [Value] = []

    public static var isBootstrapped: Bool { !type.isNull }

    /// Allocates a type object's raw part; names and bases come in `complete`.
    static func rawType(metatype: Value, instanceWords: Int, layout: TraceLayout, flags: TypeFlags = [.baseType],
                        slots: TypeSlots) -> Value {
        let t = allocateObject(words: TypeWords.count, type: metatype)
        t.storeRaw(TypeWords.traceLayout, Int(bitPattern: UInt(layout.bits)))
        t.storeRaw(TypeWords.flags, Int(bitPattern: UInt(flags.rawValue)))
        t.storeRaw(TypeWords.slots, Int(bitPattern: Unmanaged.passRetained(slots).toOpaque()))
        t.storeRaw(TypeWords.instanceWords, instanceWords)
        registry.append(t)
        return t
    }

    /// Gives a type its name, single base, MRO and an empty namespace.
    static func complete(_ t: Value, name: String, base: Value) {
        t.storeValue(TypeWords.name, Interned.intern(name))
        t.storeValue(TypeWords.qualname, t.loadValue(TypeWords.name))
        t.storeValue(TypeWords.module, Interned.intern("builtins"))
        var chain: [Value] = [t]
        var b = base
        while !b.isNull {
            chain.append(b)
            let next = b.loadValue(TypeWords.bases)
            b = next.isNull || TupleRef(next).count == 0 ? .null : TupleRef(next)[0]
        }
        let bases = TupleRef.allocate(base.isNull ? 0 : 1)
        if !base.isNull { bases[0] = base }
        t.storeValue(TypeWords.bases, bases.value)
        let mro = TupleRef.allocate(chain.count)
        for (i, c) in chain.enumerated() { mro[i] = c }
        t.storeValue(TypeWords.mro, mro.value)
        t.storeValue(TypeWords.dict, DictRef.create().value)
        let solid = base.isNull || TypeRef(base).instanceWords != TypeRef(t).instanceWords ? t : base.loadValue(TypeWords.solidBase)
        t.storeValue(TypeWords.solidBase, solid)
    }

    /// A new built-in type in one step (after the bootstrap).
    public static func makeType(_ name: String, base: Value, instanceWords: Int, layout: TraceLayout,
                                flags: TypeFlags = [.baseType], slots: TypeSlots) -> Value {
        // Iteration is inherited, as CPython's inherit_slots does for tp_iter and tp_iternext
        // (io.BufferedIOBase's iterator comes from _io._IOBase).
        if !base.isNull {
            let inherited = TypeRef(base).slots
            if slots.iter == nil { slots.iter = inherited.iter }
            if slots.next == nil { slots.next = inherited.next }
        }
        let t = rawType(metatype: type, instanceWords: instanceWords, layout: layout, flags: flags, slots: slots)
        complete(t, name: name, base: base)
        if !none.isNull { DictRef(TypeRef(t).dict).setStr(Interned.intern("__doc__"), none) }
        return t
    }

    /// How many registry entries `finishNewTypes` has seen.
    private static var finishedCount = 0

    /// Completes the built-in types registered since the last call, once their slots are set:
    /// `__new__` and the slot wrappers (`__next__`, `__repr__`, …) in their namespaces, and
    /// `__doc__` (None without a docstring, so `None.__doc__` and `(1).__doc__` are found).
    /// Runs after the bootstrap and after each native module is created.
    static func finishNewTypes() {
        let doc = Interned.intern("__doc__")
        while finishedCount < registry.count {
            let t = registry[finishedCount]
            finishedCount += 1
            // Classes made by native modules (struct.error) are registered as roots too.
            guard t.isPointer && TypeRef(t.type).isSubtype(of: type) && !TypeRef(t).flags.contains(.heapType) else { continue }
            let owner = TypeRef(t)
            ObjectType.installNewWrapper(on: owner)
            SlotWrappers.install(on: owner)
            if DictRef(owner.dict).lookupStr(doc) == nil { DictRef(owner.dict).setStr(doc, none) }
        }
    }

    public static func bootstrap() {
        if isBootstrapped { return }
        Heap.addRootProvider { visitor in
            for v in BuiltinTypes.registry { visitor.visit(v) }
        }
        // Raw types first: their names need str, their namespaces dict, their MROs tuple.
        type = rawType(metatype: .null, instanceWords: TypeWords.count, layout: typeObjectLayout, slots: TypeSlots())
        type.storeValue(0, type)
        object = rawType(metatype: type, instanceWords: 1, layout: .none, slots: TypeSlots())
        str = rawType(metatype: type, instanceWords: StrWords.data, layout: .none, slots: TypeSlots())
        tuple = rawType(metatype: type, instanceWords: 2, layout: TupleRef.layout, slots: TypeSlots())
        dict = rawType(metatype: type, instanceWords: 4, layout: DictRef.layout, slots: TypeSlots())
        dictStorage = rawType(metatype: type, instanceWords: 5, layout: DictStorage.layout, flags: [], slots: TypeSlots())
        emptyTuple = allocateObject(words: 2, type: tuple)
        registry.append(emptyTuple)
        Interned.setUp()
        complete(object, name: "object", base: .null)
        complete(type, name: "type", base: object)
        complete(str, name: "str", base: object)
        complete(tuple, name: "tuple", base: object)
        complete(dict, name: "dict", base: object)
        Names.setUp()
        complete(dictStorage, name: "dict_storage", base: object)

        int = makeType("int", base: object, instanceWords: 2, layout: .none, slots: TypeSlots())
        bool = makeType("bool", base: int, instanceWords: 2, layout: .none, flags: [], slots: TypeSlots())
        float = makeType("float", base: object, instanceWords: 2, layout: .none, slots: TypeSlots())
        noneType = makeType("NoneType", base: object, instanceWords: 1, layout: .none, flags: [], slots: TypeSlots())
        notImplementedType = makeType("NotImplementedType", base: object, instanceWords: 1, layout: .none, flags: [], slots: TypeSlots())
        ellipsisType = makeType("ellipsis", base: object, instanceWords: 1, layout: .none, flags: [], slots: TypeSlots())

        // Each singleton is a root from the moment it exists: the next allocation may collect.
        func singleton(_ type: Value) -> Value {
            let v = allocateObject(words: 2, type: type)
            registry.append(v)
            return v
        }
        none = singleton(noneType)
        notImplemented = singleton(notImplementedType)
        ellipsis = singleton(ellipsisType)
        `false` = singleton(bool)
        `true` = singleton(bool)
        `true`.storeRaw(1, 1)

        ExceptionTypes.bootstrap()
        baseException = ExceptionTypes.named("BaseException")
        exception = ExceptionTypes.named("Exception")
        typeError = ExceptionTypes.named("TypeError")
        attributeError = ExceptionTypes.named("AttributeError")
    }
}

extension Value {
    public static var none: Value { BuiltinTypes.none }
    @inline(__always) public static func bool(_ b: Bool) -> Value { b ? BuiltinTypes.true : BuiltinTypes.false }
}
