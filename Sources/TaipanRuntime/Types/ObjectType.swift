// The slots and methods of `object` and `type`: construction (type.__call__ runs __new__
// then __init__), default repr/hash/equality, attribute access on instances and classes.

enum ObjectType {
    /// `object.__new__` as found in object's namespace (a staticmethod), to recognise
    /// classes that construct instances the default way.
    static var objectNewMethod = Value(bits: 0)

    static func install() {
        installReduce()
        let objectSlots = TypeRef(BuiltinTypes.object).slots
        objectSlots.new = { cls, args throws(PyException) in try objectNew(cls, args) }
        objectSlots.initialize = { _, _ in }
        objectSlots.repr = { o in StrRef.create(Runtime.defaultRepr(o)).value }
        objectSlots.hash = { o in Int(bitPattern: UInt(o.bits >> 4)) }
        objectSlots.compare = { a, b, op in
            switch op {
            case .eq: return a.isIdentical(b) ? BuiltinTypes.true : BuiltinTypes.notImplemented
            case .ne:
                // __ne__ inverts __eq__ unless that is NotImplemented.
                if a.isIdentical(b) { return BuiltinTypes.false }
                return BuiltinTypes.notImplemented
            default: return BuiltinTypes.notImplemented
            }
        }
        let object = BuiltinTypes.object
        NativeFunctions.addMethod(object, "__init__") { o, args throws(PyException) in
            try objectInitCheck(o, args)
            return .none
        }
        // object.__new__(cls, …) is a static method taking the class first.
        let objectNewFunction = NativeFunctions.make("__new__") { _, args throws(PyException) in
            guard args.positionalCount >= 1 else { throw typeError("object.__new__(): not enough arguments") }
            guard TypeRef(args[0].type).isSubtype(of: BuiltinTypes.type) else {
                throw typeError("object.__new__(X): X is not a type object (\(TypeRef(args[0].type).nameString))")
            }
            let rest = Arguments(args.values + 1, positional: args.positionalCount - 1, keywordNames: args.keywordNames)
            return try objectNew(args[0], rest)
        }
        objectNewMethod = Descriptors.staticMethod(objectNewFunction)
        DictRef(TypeRef(object).dict).setStr(Interned.intern("__new__"), objectNewMethod)
        NativeFunctions.addMethod(object, "__repr__") { o, _ in StrRef.create(Runtime.defaultRepr(o)).value }
        NativeFunctions.addMethod(object, "__str__") { o, _ throws(PyException) in try Runtime.repr(o) }
        NativeFunctions.addMethod(object, "__hash__") { o, _ in IntOps.make(Int64(o.bits >> 4)) }
        NativeFunctions.addMethod(object, "__eq__") { o, args throws(PyException) in
            try args.expectWrapped(count: 1)
            return args[0].isIdentical(o) ? BuiltinTypes.true : BuiltinTypes.notImplemented
        }
        NativeFunctions.addMethod(object, "__ne__") { o, args throws(PyException) in
            try args.expectWrapped(count: 1)
            // The type's own __eq__ only, inverted (CPython's object_richcompare).
            guard let compare = TypeRef(o.type).slots.compare else { return BuiltinTypes.notImplemented }
            let eq = try compare(o, args[0], .eq)
            if eq.isIdentical(BuiltinTypes.notImplemented) { return eq }
            return .bool(try !Runtime.isTrue(eq))
        }
        // object.__subclasshook__ is a classmethod that leaves the decision to the caller.
        let subclasshook = NativeFunctions.make("__subclasshook__") { _, _ in BuiltinTypes.notImplemented }
        DictRef(TypeRef(object).dict).setStr(Interned.intern("__subclasshook__"), Descriptors.classMethod(subclasshook))
        NativeFunctions.addMethod(object, "__format__") { o, args throws(PyException) in
            try args.expect("__format__", count: 1)
            if try args.str(0, "__format__").count > 0 {
                throw typeError("unsupported format string passed to \(TypeRef(o.type).nameString).__format__")
            }
            return try Runtime.str(o)
        }
        NativeFunctions.addMethod(object, "__getattribute__") { o, args throws(PyException) in
            try args.expectWrapped(count: 1)
            return try Runtime.genericGetAttribute(o, try Runtime.attributeName(args[0]))
        }
        NativeFunctions.addMethod(object, "__setattr__") { o, args throws(PyException) in
            try args.expectWrapped(count: 2)
            try Runtime.genericSetAttribute(o, try Runtime.attributeName(args[0]), args[1])
            return .none
        }
        NativeFunctions.addMethod(object, "__delattr__") { o, args throws(PyException) in
            try args.expectWrapped(count: 1)
            try Runtime.genericSetAttribute(o, try Runtime.attributeName(args[0]), .null)
            return .none
        }
        // Called through a classmethod: the class comes first among the arguments.
        let defaultInitSubclass = NativeFunctions.make("__init_subclass__") { _, args throws(PyException) in
            if args.keywordCount > 0, args.positionalCount > 0, TypeRef(args[0].type).isSubtype(of: BuiltinTypes.type) {
                throw typeError("\(TypeRef(args[0]).nameString).__init_subclass__() takes no keyword arguments")
            }
            if args.positionalCount > 1 {
                throw typeError("__init_subclass__() takes no arguments (\(args.positionalCount - 1) given)")
            }
            return .none
        }
        DictRef(TypeRef(object).dict).setStr(Interned.intern("__init_subclass__"), Descriptors.classMethod(defaultInitSubclass))
        GetSet.add(object, "__class__", get: { o in o.type })
        GetSet.add(object, "__dict__", get: { o throws(PyException) in
            let mapWord = TypeRef(o.type).mapWord
            if mapWord == 0 {
                throw attributeError("'\(TypeRef(o.type).nameString)' object has no attribute '__dict__'")
            }
            return Instances.dictionary(o, mapWord: VariableSizeLayout.resolve(mapWord, in: o))
        }, set: { o, v throws(PyException) in
            let mapWord = TypeRef(o.type).mapWord
            if mapWord == 0 {
                throw attributeError("'\(TypeRef(o.type).nameString)' object has no attribute '__dict__'")
            }
            if v.isNull { throw typeError("cannot delete __dict__") }
            let word = VariableSizeLayout.resolve(mapWord, in: o)
            guard TypeRef(v.type).isSubtype(of: BuiltinTypes.dict) else {
                throw typeError("__dict__ must be set to a dictionary, not a '\(TypeRef(v.type).nameString)'")
            }
            // Dictionary mode keeps the dict in the word after the map.
            _ = Instances.dictionary(o, mapWord: word)
            o.storeValue(word + 1, v)
        })

        let typeSlots = TypeRef(BuiltinTypes.type).slots
        typeSlots.call = { cls, args throws(PyException) in
            if !ThreadState.guardsCall(ofType: cls) { return try callType(cls, args) }
            return try ThreadState.guarded(.call) { () throws(PyException) -> Value in try callType(cls, args) }
        }
        typeSlots.getattribute = { t, name throws(PyException) in try Runtime.typeGetAttribute(t, name) }
        typeSlots.setattr = { t, name, v throws(PyException) in
            guard TypeRef(t).flags.contains(.heapType) else {
                throw typeError("cannot set '\(StrRef(name).string)' attribute of immutable type '\(TypeRef(t).nameString)'")
            }
            if let d = TypeRef(t.type).lookup(name), let set = TypeRef(d.type).slots.descrSet {
                return try set(d, t, v)
            }
            let dict = DictRef(TypeRef(t).dict)
            TypeRef(t).modified()
            if v.isNull {
                if try dict.remove(name) == nil {
                    throw attributeError("type object '\(TypeRef(t).nameString)' has no attribute '\(StrRef(name).string)'")
                }
            } else {
                dict.setStr(name, v)
            }
            let s = StrRef(name).string
            if s.hasPrefix("__") && s.hasSuffix("__") { ClassSlots.installDunderSlots(t) }
        }
        typeSlots.repr = { t in
            let module = t.loadValue(TypeWords.module)
            let qualname = StrRef(t.loadValue(TypeWords.qualname)).string
            if !module.isNull, module.isPointer, module.type.isIdentical(BuiltinTypes.str), StrRef(module).string != "builtins" {
                return StrRef.create("<class '\(StrRef(module).string).\(qualname)'>").value
            }
            return StrRef.create("<class '\(qualname)'>").value
        }
        typeSlots.new = { metatype, args throws(PyException) in
            if metatype.isIdentical(BuiltinTypes.type) && args.positionalCount == 1 && args.keywordCount == 0 {
                return args[0].type
            }
            guard args.positionalCount == 3 else { throw typeError("type() takes 1 or 3 arguments") }
            guard TypeRef(args[0].type).isSubtype(of: BuiltinTypes.str) else {
                throw typeError("type.__new__() argument 1 must be str, not \(TypeRef(args[0].type).nameString)")
            }
            guard args[1].type.isIdentical(BuiltinTypes.tuple) else {
                throw typeError("type.__new__() argument 2 must be tuple, not \(TypeRef(args[1].type).nameString)")
            }
            guard TypeRef(args[2].type).isSubtype(of: BuiltinTypes.dict) else {
                throw typeError("type.__new__() argument 3 must be dict, not \(TypeRef(args[2].type).nameString)")
            }
            // The most derived metaclass of the bases makes the class: its own __new__ if it
            // has one (`type(name, (SomeEnum,), ns)` runs EnumType.__new__).
            let winner = try Classes.calculateMetaclass(metatype, TupleRef(args[1]))
            if !winner.isIdentical(metatype),
               let winnerNew = TypeRef(winner).lookup(Names.__new__),
               !winnerNew.isIdentical(TypeRef(BuiltinTypes.type).lookup(Names.__new__) ?? .null) {
                return try callNew(winner, args)
            }
            let cls = try Classes.create(metatype: winner, name: args[0], bases: args[1], namespace: args[2])
            try initSubclass(cls, args)
            return cls
        }
        typeSlots.initialize = { _, _ in }
        let type = BuiltinTypes.type
        NativeFunctions.addMethod(type, "__init__") { _, args throws(PyException) in
            if args.positionalCount == 1 && args.keywordCount > 0 {
                throw typeError("type.__init__() takes no keyword arguments")
            }
            if args.positionalCount != 1 && args.positionalCount != 3 {
                throw typeError("type.__init__() takes 1 or 3 arguments")
            }
            return .none
        }
        GetSet.add(type, "__name__", get: { t in t.loadValue(TypeWords.name) }, set: { t, v throws(PyException) in
            t.storeValue(TypeWords.name, v)
        })
        GetSet.add(type, "__qualname__", get: { t in t.loadValue(TypeWords.qualname) }, set: { t, v throws(PyException) in
            t.storeValue(TypeWords.qualname, v)
        })
        GetSet.add(type, "__module__", get: { t in
            let m = t.loadValue(TypeWords.module)
            return m.isNull ? Interned.intern("builtins") : m
        }, set: { t, v throws(PyException) in t.storeValue(TypeWords.module, v) })
        GetSet.add(type, "__bases__", get: { t in t.loadValue(TypeWords.bases) })
        GetSet.add(type, "__base__", get: { t in
            let bases = TupleRef(t.loadValue(TypeWords.bases))
            return bases.count == 0 ? .none : bases[0]
        })
        GetSet.add(type, "__mro__", get: { t in t.loadValue(TypeWords.mro) })
        GetSet.add(type, "__dict__", get: { t in MappingProxy.create(t.loadValue(TypeWords.dict)) })
        GetSet.add(type, "__doc__", get: { t in
            DictRef(t.loadValue(TypeWords.dict)).lookupStr(Interned.intern("__doc__")) ?? .none
        }, set: { t, v throws(PyException) in
            // Only heap types get here (type's setattr refuses the others first).
            if v.isNull {
                throw typeError("cannot delete '__doc__' attribute of immutable type '\(TypeRef(t).nameString)'")
            }
            TypeRef(t).modified()
            DictRef(t.loadValue(TypeWords.dict)).setStr(Interned.intern("__doc__"), v)
        })
        NativeFunctions.addMethod(type, "mro") { t, _ in
            let mro = TupleRef(t.loadValue(TypeWords.mro))
            return ListRef.create(UnsafeBufferPointer(start: mro.items, count: mro.count)).value
        }
        NativeFunctions.addMethod(type, "__subclasses__") { t, args throws(PyException) in
            try args.expect("__subclasses__", count: 0)
            let subclasses = t.loadValue(TypeWords.subclasses)
            let result = ListRef.create()
            if subclasses.isNull { return result.value }
            let list = ListRef(subclasses)
            for i in 0..<list.count {
                var seen = false
                for j in 0..<result.count where result[j].isIdentical(list[i]) { seen = true }
                if !seen { result.append(list[i]) }
            }
            return result.value
        }
        NativeFunctions.addMethod(type, "__subclasscheck__") { t, args throws(PyException) in
            try args.expect("\(TypeRef(t).nameString).__subclasscheck__", count: 1)
            return .bool(try Builtins.plainIsSubclass(args[0], t))
        }
        NativeFunctions.addMethod(type, "__instancecheck__") { t, args throws(PyException) in
            try args.expect("\(TypeRef(t).nameString).__instancecheck__", count: 1)
            return .bool(TypeRef(args[0].type).isSubtype(of: t))
        }
    }

    /// Gives every built-in type that can create instances a `__new__` static method over its
    /// new slot (CPython's tp_new_wrapper), so `super().__new__(cls, …)` in a subclass reaches
    /// it. Runs once all built-in types exist.
    static func installNewWrappers() {
        let key = Interned.intern("__new__")
        for t in BuiltinTypes.registry where t.isPointer && TypeRef(t.type).isSubtype(of: BuiltinTypes.type) {
            let owner = TypeRef(t)
            guard owner.slots.new != nil, DictRef(owner.dict).lookupStr(key) == nil else { continue }
            let function = NativeFunctions.make("__new__") { _, args throws(PyException) in
                let name = owner.nameString
                guard args.positionalCount >= 1 else { throw typeError("\(name).__new__(): not enough arguments") }
                let cls = args[0]
                guard TypeRef(cls.type).isSubtype(of: BuiltinTypes.type) else {
                    throw typeError("\(name).__new__(X): X is not a type object (\(TypeRef(cls.type).nameString))")
                }
                guard TypeRef(cls).isSubtype(of: owner.value) else {
                    let sub = TypeRef(cls).nameString
                    throw typeError("\(name).__new__(\(sub)): \(sub) is not a subtype of \(name)")
                }
                let rest = Arguments(args.values + 1, positional: args.positionalCount - 1, keywordNames: args.keywordNames)
                return try owner.slots.new!(cls, rest)
            }
            DictRef(owner.dict).setStr(key, Descriptors.staticMethod(function))
        }
    }

    /// type.__call__: `cls.__new__(cls, …)`, then `__init__` if the result is an instance.
    /// cls.__new__(cls, *args): a Python __new__ or the native slot.
    static func callNew(_ cls: Value, _ args: Arguments) throws(PyException) -> Value {
        let t = TypeRef(cls)
        if let newMethod = t.lookup(Names.__new__), TypeRef(newMethod.type).isSubtype(of: Descriptors.staticMethodType),
           newMethod.loadValue(1).type.isIdentical(FunctionRef.type) {
            // A __new__ written in Python.
            return try Interpreter.callWithSelf(newMethod.loadValue(1), cls, args)
        }
        if let new = t.slots.new { return try new(cls, args) }
        throw typeError("cannot create '\(t.nameString)' instances")
    }

    static func callType(_ cls: Value, _ args: Arguments) throws(PyException) -> Value {
        let obj = try callNew(cls, args)
        if !TypeRef(obj.type).isSubtype(of: cls) { return obj }
        if let initMethod = TypeRef(obj.type).lookup(Names.__init__), initMethod.type.isIdentical(FunctionRef.type) {
            let result = try Interpreter.callWithSelf(initMethod, obj, args)
            if !result.isIdentical(BuiltinTypes.none) {
                throw typeError("__init__() should return None, not '\(TypeRef(result.type).nameString)'")
            }
        } else if let initialize = TypeRef(obj.type).slots.initialize {
            try initialize(obj, args)
        }
        return obj
    }

    /// A class whose own __abstractmethods__ (set by abc.ABCMeta) is non-empty cannot be
    /// instantiated (CPython's Py_TPFLAGS_IS_ABSTRACT).
    static func refuseAbstract(_ t: TypeRef) throws(PyException) {
        guard let abstract = DictRef(t.dict).lookupStr(Interned.intern("__abstractmethods__")),
              try Runtime.isTrue(abstract) else { return }
        let names = try ListRef.fromIterable(abstract)
        try Sorting.sort(names, key: .none, reverse: false)
        var parts: [String] = []
        for i in 0..<names.count { parts.append(StrRef(try Runtime.str(names[i])).string) }
        let noun = parts.count == 1 ? "method" : "methods"
        throw typeError("Can't instantiate abstract class \(t.nameString) with abstract \(noun) \(parts.joined(separator: ", "))")
    }

    /// object.__new__: an empty instance of a class (with its map); complains about
    /// arguments only when the class overrides neither __init__ nor __new__.
    static func objectNew(_ cls: Value, _ args: Arguments) throws(PyException) -> Value {
        let t = TypeRef(cls)
        if t.flags.contains(.heapType) { try refuseAbstract(t) }
        if args.positionalCount + args.keywordCount > 0 {
            let overridesInit = t.lookup(Names.__init__).map { $0.type.isIdentical(FunctionRef.type) } ?? false
            if !overridesInit {
                throw typeError("\(t.nameString)() takes no arguments")
            }
        }
        if VariableSizeLayout.isVariable(cls) {
            let base = TypeRef(cls.loadValue(TypeWords.solidBase)).nameString
            throw typeError("object.__new__(\(t.nameString)) is not safe, use \(base).__new__()")
        }
        if t.mapWord == 0 {
            return allocateObject(words: max(t.instanceWords, 2), type: cls)
        }
        return Instances.create(cls)
    }

    static func objectInitCheck(_ o: Value, _ args: Arguments) throws(PyException) {
        if args.positionalCount + args.keywordCount > 0 {
            let t = TypeRef(o.type)
            let overridesNew = t.lookup(Names.__new__).map { TypeRef($0.type).isSubtype(of: Descriptors.staticMethodType) && $0.loadValue(1).type.isIdentical(FunctionRef.type) } ?? false
            if !overridesNew {
                throw typeError("object.__init__() takes exactly one argument (the instance to initialize)")
            }
        }
    }

    /// Calls the parent's __init_subclass__ with the class keywords.
    static func initSubclass(_ cls: Value, _ args: Arguments) throws(PyException) {
        let mro = TupleRef(TypeRef(cls).mro)
        let key = Interned.intern("__init_subclass__")
        for i in 1..<mro.count {
            if let method = DictRef(TypeRef(mro[i]).dict).lookupStr(key) {
                // Looked up as a class attribute (super(cls, cls).__init_subclass__): a
                // classmethod binds to cls itself, not to its metaclass.
                var bound = method
                if let get = TypeRef(method.type).slots.descrGet { bound = try get(method, .null, cls) }
                let keywordCount = args.keywordCount
                _ = try Runtime.call(bound, Arguments(args.values + args.positionalCount, positional: 0,
                                                      keywordNames: keywordCount > 0 ? args.keywordNames : .null))
                return
            }
        }
    }
}

/// Attributes computed by native getters (and setters): getset_descriptor.
///   word 0 type   1 name   2 owner type   3 getter index   4 setter index (-1: read-only)
public enum GetSet {
    static var type = Value(bits: 0)
    static var getters: [(Value) throws(PyException) -> Value] = []
    static var setters: [(Value, Value) throws(PyException) -> Void] = []

    static func setUp() {
        let slots = TypeSlots()
        slots.descrGet = { d, instance, _ throws(PyException) in
            if instance.isNull { return d }
            return try getters[d.loadRaw(3)](instance)
        }
        slots.descrSet = { d, instance, v throws(PyException) in
            let index = d.loadRaw(4)
            if index < 0 || v.isNull {
                throw attributeError("attribute '\(StrRef(d.loadValue(1)).string)' of '\(TypeRef(d.loadValue(2)).nameString)' objects is not writable")
            }
            try setters[index](instance, v)
        }
        type = BuiltinTypes.makeType("getset_descriptor", base: BuiltinTypes.object, instanceWords: 5,
                                     layout: .fixed(first: 1, count: 2), flags: [], slots: slots)
    }

    public static func add(_ owner: Value, _ name: String, get: @escaping (Value) throws(PyException) -> Value,
                           set: ((Value, Value) throws(PyException) -> Void)? = nil) {
        getters.append(get)
        var setterIndex = -1
        if let set {
            setters.append(set)
            setterIndex = setters.count - 1
        }
        let d = allocateObject(words: 5, type: type)
        d.storeValue(1, Interned.intern(name))
        d.storeValue(2, owner)
        d.storeRaw(3, getters.count - 1)
        d.storeRaw(4, setterIndex)
        DictRef(TypeRef(owner).dict).setStr(Interned.intern(name), d)
    }
}

// object.__reduce_ex__ and object.__reduce__, the default pickling protocol that copy and
// pickle use: as CPython's, protocols 0 and 1 go through copyreg._reduce_ex, and 2 and above
// give (copyreg.__newobj__, (cls, *__getnewargs__()), state, list items, dict items).
extension ObjectType {
    static func installReduce() {
        let object = BuiltinTypes.object
        NativeFunctions.addMethod(object, "__reduce_ex__") { o, args throws(PyException) in
            try args.expect("__reduce_ex__", count: 1)
            guard let protocolNumber = try IntOps.index(args[0]) else {
                throw typeError("'\(TypeRef(args[0].type).nameString)' object cannot be interpreted as an integer")
            }
            let reduceKey = Interned.intern("__reduce__")
            if let own = TypeRef(o.type).lookup(reduceKey),
               let base = TypeRef(object).lookup(reduceKey), !own.isIdentical(base) {
                return try Runtime.callMethod(o, "__reduce__")
            }
            return try reduce(o, protocolNumber: protocolNumber)
        }
        NativeFunctions.addMethod(object, "__reduce__") { o, args throws(PyException) in
            try args.expect("__reduce__", count: 0)
            return try reduce(o, protocolNumber: 0)
        }
    }

    static func reduce(_ o: Value, protocolNumber: Int) throws(PyException) -> Value {
        let copyreg = try Imports.importModule("copyreg")
        if protocolNumber < 2 {
            return try Runtime.call(try Runtime.getAttribute(copyreg, Interned.intern("_reduce_ex")), o, IntOps.make(Int64(protocolNumber)))
        }
        let cls = o.type
        var newArgs: [Value] = [cls]
        if let getNewArgs = try Runtime.lookupAttribute(o, Interned.intern("__getnewargs__")) {
            let extra = try Runtime.call(getNewArgs)
            guard extra.type.isIdentical(BuiltinTypes.tuple) else {
                throw typeError("__getnewargs__ should return a tuple, not '\(TypeRef(extra.type).nameString)'")
            }
            let t = TupleRef(extra)
            for i in 0..<t.count { newArgs.append(t[i]) }
        }
        let argsTuple = TupleRef.allocate(newArgs.count)
        for (i, v) in newArgs.enumerated() { argsTuple[i] = v }
        var state = Value.none
        if let getState = try Runtime.lookupAttribute(o, Interned.intern("__getstate__")) {
            state = try Runtime.call(getState)
        } else if TypeRef(cls).mapWord != 0 && o.isPointer {
            let d = Instances.dictionary(o, mapWord: VariableSizeLayout.resolve(TypeRef(cls).mapWord, in: o))
            if DictRef(d).count > 0 { state = d }
        }
        let listItems = TypeRef(cls).isSubtype(of: ListRef.type) ? try Runtime.iterate(o) : .none
        let dictItems = TypeRef(cls).isSubtype(of: BuiltinTypes.dict) ? try Runtime.callMethod(o, "items") : .none
        let result = TupleRef.allocate(5)
        result[0] = try Runtime.getAttribute(copyreg, Interned.intern("__newobj__"))
        result[1] = argsTuple.value
        result[2] = state
        result[3] = listItems.isIdentical(BuiltinTypes.none) ? .none : listItems
        result[4] = dictItems.isIdentical(BuiltinTypes.none) ? .none : try Runtime.iterate(dictItems)
        return result.value
    }
}
