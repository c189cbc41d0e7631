// The _contextvars module (PEP 567), which contextvars.py re-exports: ContextVar, Token,
// Context and copy_context. decimal keeps its current context in a ContextVar, and asyncio
// runs callbacks in copied Contexts.
//
// A Context holds a dict from ContextVar to value. CPython's mapping is immutable (a HAMT);
// here copy() copies the dict eagerly, so later sets in one Context are never seen by its
// copies, which is the observable contract. There is one current Context for the process
// (threads share it for now).
//
//   ContextVar  word 0 type   1 name (str)   2 default (null: none)
//   Token       word 0 type   1 context   2 var   3 old value (null: Token.MISSING)   4 used (bool)
//   Context     word 0 type   1 vars (dict)   2 entered (bool)   3 the context run() replaced

enum ContextvarsModule {
    static var contextVarType = Value(bits: 0)
    static var tokenType = Value(bits: 0)
    static var contextType = Value(bits: 0)
    static var missing = Value(bits: 0)
    /// The current Context (created on first use; a root through the registry slot).
    static var current = Value(bits: 0)
    static var currentSlot = -1

    static func register() {
        Imports.nativeModules["_contextvars"] = { create() }
    }

    static func newContext(_ vars: DictRef) -> Value {
        let c = allocateObject(words: 4, type: contextType)
        c.storeValue(1, vars.value)
        c.storeValue(2, .bool(false))
        return c
    }

    static func currentContext() -> Value {
        if current.isNull { setCurrent(newContext(DictRef.create())) }
        return current
    }

    static func setCurrent(_ c: Value) {
        current = c
        if currentSlot < 0 {
            currentSlot = BuiltinTypes.registry.count
            BuiltinTypes.registry.append(c)
        } else {
            BuiltinTypes.registry[currentSlot] = c
        }
    }

    static func vars(_ c: Value) -> DictRef { DictRef(c.loadValue(1)) }

    static func copy(_ d: DictRef) throws(PyException) -> DictRef {
        let c = DictRef.create(capacity: d.count)
        var position = 0
        while let (k, v) = d.next(&position) { try c.set(k, v) }
        return c
    }

    static func isContextVar(_ v: Value) -> Bool { v.isPointer && v.type.isIdentical(contextVarType) }

    static func checkKey(_ key: Value) throws(PyException) {
        if !isContextVar(key) {
            throw typeError("a ContextVar key was expected, got \(StrRef(try Runtime.repr(key)).string)")
        }
    }

    /// A one-item args tuple (for LookupError(var), KeyError(var)).
    static func single(_ v: Value) -> Value {
        let t = TupleRef.allocate(1)
        t[0] = v
        return t.value
    }

    static func address(_ v: Value) -> String { "0x" + String(v.bits, radix: 16) }

    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "_contextvars")
        if contextVarType.isNull { makeTypes() }
        for t in [contextVarType, tokenType, contextType] {
            DictRef(ModuleObject.dict(m)).setStr(TypeRef(t).name, t)
        }
        ModuleTypes.function(m, "copy_context") { _, args throws(PyException) in
            try args.expect("copy_context", count: 0)
            return newContext(try copy(vars(currentContext())))
        }
        return m
    }

    static func makeTypes() {
        contextVarType = ModuleTypes.make("ContextVar", module: "_contextvars", words: 3, flags: [], slots: contextVarSlots())
        tokenType = ModuleTypes.make("Token", module: "_contextvars", words: 5, flags: [], slots: tokenSlots())
        contextType = ModuleTypes.make("Context", module: "_contextvars", words: 4, flags: [], slots: contextSlots())
        missing = ModuleTypes.make("Token.MISSING", module: "_contextvars", words: 1, flags: [], slots: missingSlots())
        missing = allocateObject(words: 1, type: missing)
        BuiltinTypes.registry.append(missing)
        DictRef(TypeRef(tokenType).dict).setStr(Interned.intern("MISSING"), missing)
        installContextVarMethods()
        installContextMethods()
        for t in [contextVarType, tokenType, contextType] {
            DictRef(TypeRef(t).dict).setStr(Interned.intern("__class_getitem__"),
                                            Descriptors.classMethod(NativeFunctions.make("__class_getitem__") { _, args throws(PyException) in
                try args.expect("__class_getitem__", count: 2)
                return GenericAlias.create(origin: args[0], args: args[1])
            }))
        }
        BuiltinTypes.finishNewTypes()
    }

    static func missingSlots() -> TypeSlots {
        let slots = TypeSlots()
        slots.repr = { _ in StrRef.create("<Token.MISSING>").value }
        return slots
    }
}
