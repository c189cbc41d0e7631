// Classes made by class statements and by type(name, bases, namespace): the metaclass,
// the C3 linearisation, the instance layout (Types/SlotsDeclaration.swift: the layout base's
// words, __slots__ words, then a map and inline slots), the slots from dunder methods, __set_name__ and __init_subclass__.

public enum Classes {
    /// type(name, bases, namespace) for metatype `metatype`.
    public static func create(metatype: Value, name: Value, bases: Value, namespace: Value) throws(PyException) -> Value {
        var basesTuple = TupleRef(bases)
        if basesTuple.count == 0 {
            basesTuple = TupleRef.allocate(1)
            basesTuple[0] = BuiltinTypes.object
        }
        for i in 0..<basesTuple.count {
            let b = basesTuple[i]
            guard TypeRef(b.type).isSubtype(of: BuiltinTypes.type) else {
                throw typeError("bases must be types")
            }
            if !TypeRef(b).flags.contains(.baseType) {
                throw typeError("type '\(TypeRef(b).nameString)' is not an acceptable base type")
            }
        }
        for i in 0..<basesTuple.count {
            for j in 0..<i where basesTuple[j].isIdentical(basesTuple[i]) {
                throw typeError("duplicate base class \(TypeRef(basesTuple[i]).nameString)")
            }
        }
        let winner = try solidBase(basesTuple)
        let slotsDeclaration = try SlotsDeclaration.find(namespace, className: StrRef(name).string)
        let layout = try ClassLayout.compute(bases: basesTuple, winner: winner, slots: slotsDeclaration)
        let instanceWords = layout.instanceWords
        let mapWord = layout.mapWord

        // Native slots come from the base whose layout instances extend (CPython's tp_base:
        // `class M(Mixin, str)` makes instances with str's __new__); a Python class's
        // dunders override them below (installDunderSlots).
        var slotBase = TypeRef(basesTuple[0])
        for i in 0..<basesTuple.count {
            let solid = basesTuple[i].loadValue(TypeWords.solidBase)
            if (solid.isNull ? basesTuple[i] : solid).isIdentical(winner) { slotBase = TypeRef(basesTuple[i]); break }
        }
        let slots = slotBase.slots.copy()
        var flags: TypeFlags = [.heapType, .baseType]
        for i in 0..<basesTuple.count where TypeRef(basesTuple[i]).flags.contains(.exception) { flags.insert(.exception) }
        if TypeRef(metatype).isSubtype(of: BuiltinTypes.type) && !metatype.isIdentical(BuiltinTypes.type) {
            // Instances of a metaclass subclass are classes: they get type's layout too.
        }
        let t = allocateObject(words: TypeRef(metatype).instanceWords, type: metatype)
        t.storeRaw(TypeWords.traceLayout, Int(bitPattern: UInt(layout.traceLayout.bits)))
        t.storeRaw(TypeWords.flags, Int(bitPattern: UInt(flags.rawValue)))
        t.storeRaw(TypeWords.slots, Int(bitPattern: Unmanaged.passRetained(slots).toOpaque()))
        t.storeRaw(TypeWords.instanceWords, instanceWords)
        t.storeRaw(TypeWords.mapWord, mapWord)
        t.storeValue(TypeWords.name, name)
        t.storeValue(TypeWords.bases, basesTuple.value)
        t.storeValue(TypeWords.solidBase, layout.solidBase.isNull ? t : layout.solidBase)
        t.storeValue(TypeWords.rootMap, Maps.createRoot())
        if TypeRef(metatype).mapWord != 0 {
            t.storeValue(TypeRef(metatype).mapWord, metatype.loadValue(TypeWords.rootMap))
        }

        let mro = try linearize(t, basesTuple)
        t.storeValue(TypeWords.mro, mro)

        // The namespace is copied: the class owns its dict.
        let dict = DictRef.create()
        t.storeValue(TypeWords.dict, dict.value)
        try DictRef(namespace).forEach { (k, v) throws(PyException) -> Bool in
            try dict.set(k, v)
            return true
        }
        let qualnameKey = Interned.intern("__qualname__")
        if let q = dict.lookupStr(qualnameKey) {
            t.storeValue(TypeWords.qualname, q)
            _ = try dict.remove(qualnameKey)
        } else {
            t.storeValue(TypeWords.qualname, name)
        }
        if let module = dict.lookupStr(Interned.intern("__module__")) {
            t.storeValue(TypeWords.module, module)
        } else if ThreadState.frameCount > 0,
                  let module = DictRef(ThreadState.currentFrame.pointee.globals).lookupStr(Interned.intern("__name__")) {
            // type(name, bases, dict) takes the calling module's name, as CPython does.
            dict.setStr(Interned.intern("__module__"), module)
            t.storeValue(TypeWords.module, module)
        }
        Weakrefs.addWeakrefAttribute(t, dict)
        for (i, slotName) in (slotsDeclaration?.names ?? []).enumerated() {
            let key = Interned.intern(slotName)
            dict.setStr(key, MemberDescriptor.create(name: key, owner: t, word: layout.slotWord(i)))
        }
        if dict.lookupStr(Interned.intern("__doc__")) == nil {
            dict.setStr(Interned.intern("__doc__"), .none)
        }
        // __init_subclass__ and __class_getitem__ are implicit classmethods.
        for special in ["__init_subclass__", "__class_getitem__"] {
            let key = Interned.intern(special)
            if let f = dict.lookupStr(key), f.type.isIdentical(FunctionRef.type) {
                dict.setStr(key, Descriptors.classMethod(f))
            }
        }
        if let f = dict.lookupStr(Interned.intern("__new__")), f.type.isIdentical(FunctionRef.type) {
            dict.setStr(Interned.intern("__new__"), Descriptors.staticMethod(f))
        }
        ClassSlots.installDunderSlots(t)
        try PatternFlags.inherit(t, namespace: dict)
        TypeRef(t).modified()
        for i in 0..<basesTuple.count where TypeRef(basesTuple[i]).flags.contains(.heapType) {
            TypeRef(basesTuple[i]).addSubclass(t)
        }

        // __set_name__ on the attributes, then the parent's __init_subclass__. The names are
        // taken first: a __set_name__ may change the class's dict (enum members do).
        let names = ListRef.create(), values = ListRef.create()
        try dict.forEach { (k, v) throws(PyException) -> Bool in
            names.append(k)
            values.append(v)
            return true
        }
        for i in 0..<names.count {
            let v = values[i]
            if let setName = TypeRef(v.type).lookup(Interned.intern("__set_name__")) {
                _ = try Runtime.call(Runtime.bind(setName, to: v), t, names[i])
            }
        }
        return t
    }

    /// The base whose layout instances extend: the most derived among the bases' solid bases.
    static func solidBase(_ bases: TupleRef) throws(PyException) -> Value {
        var winner = Value.null
        for i in 0..<bases.count {
            let candidate = TypeRef(bases[i]).value.loadValue(TypeWords.solidBase)
            let solid = candidate.isNull ? bases[i] : candidate
            if winner.isNull || TypeRef(solid).isSubtype(of: winner) {
                winner = solid
            } else if !TypeRef(winner).isSubtype(of: solid) {
                throw typeError("multiple bases have instance lay-out conflict")
            }
        }
        return winner
    }

    /// C3 linearisation of a new class `t` with `bases`.
    static func linearize(_ t: Value, _ bases: TupleRef) throws(PyException) -> Value {
        var sequences: [[Value]] = []
        for i in 0..<bases.count {
            let mro = TupleRef(TypeRef(bases[i]).mro)
            sequences.append((0..<mro.count).map { mro[$0] })
        }
        sequences.append((0..<bases.count).map { bases[$0] })
        var result: [Value] = [t]
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { break }
            var chosen: Value? = nil
            for s in sequences {
                let head = s[0]
                let inTail = sequences.contains { seq in seq.dropFirst().contains { $0.isIdentical(head) } }
                if !inTail {
                    chosen = head
                    break
                }
            }
            guard let next = chosen else {
                // CPython names the heads left in the merge, each once.
                var heads: [Value] = []
                for seq in sequences where !heads.contains(where: { $0.isIdentical(seq[0]) }) { heads.append(seq[0]) }
                let names = heads.map { TypeRef($0).nameString }.joined(separator: ", ")
                throw typeError("Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(next)
            for i in sequences.indices where sequences[i][0].isIdentical(next) { sequences[i].removeFirst() }
        }
        let tuple = TupleRef.allocate(result.count)
        for (i, v) in result.enumerated() { tuple[i] = v }
        return tuple.value
    }

    /// The most derived metaclass of `explicit` (or type) and the bases' metaclasses.
    static func calculateMetaclass(_ explicit: Value, _ bases: TupleRef) throws(PyException) -> Value {
        var winner = explicit
        for i in 0..<bases.count {
            let m = bases[i].type
            if TypeRef(winner).isSubtype(of: m) { continue }
            if TypeRef(m).isSubtype(of: winner) { winner = m; continue }
            throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner
    }

    /// The bases a class statement lists, with each non-class that has `__mro_entries__`
    /// replaced by the classes it returns (PEP 560: `class C(List[int])`); `bases`
    /// itself when nothing changes.
    static func resolveMroEntries(_ bases: TupleRef) throws(PyException) -> TupleRef {
        let key = Interned.intern("__mro_entries__")
        var resolved: ListRef? = nil
        for i in 0..<bases.count {
            let base = bases[i]
            var entries = Value.null
            if !TypeRef(base.type).isSubtype(of: BuiltinTypes.type),
               let method = try Runtime.lookupAttribute(base, key) {
                entries = try Runtime.call(method, bases.value)
                guard entries.type.isIdentical(BuiltinTypes.tuple) else { throw typeError("__mro_entries__ must return a tuple") }
            }
            if entries.isNull {
                resolved?.append(base)
                continue
            }
            if resolved == nil {
                let list = ListRef.create()
                for j in 0..<i { list.append(bases[j]) }
                resolved = list
            }
            let t = TupleRef(entries)
            for j in 0..<t.count { resolved?.append(t[j]) }
        }
        guard let resolved else { return bases }
        return TupleRef.create(UnsafeBufferPointer(start: resolved.items, count: resolved.count))
    }

    /// builtins.__build_class__(func, name, *bases, metaclass=…, **kwds).
    static func buildClass(_ args: Arguments) throws(PyException) -> Value {
        guard args.positionalCount >= 2 else { throw typeError("__build_class__: not enough arguments") }
        let body = args[0]
        let name = args[1]
        guard body.type.isIdentical(FunctionRef.type) else { throw typeError("__build_class__: func must be a function") }
        guard name.isPointer, TypeRef(name.type).isSubtype(of: BuiltinTypes.str) else {
            throw typeError("__build_class__: name is not a string")
        }
        let originalBases = TupleRef.create(UnsafeBufferPointer(start: args.values + 2, count: args.positionalCount - 2))
        let bases = try resolveMroEntries(originalBases)
        var metatype = args.keyword("metaclass") ?? .null
        let isClass = metatype.isNull || TypeRef(metatype.type).isSubtype(of: BuiltinTypes.type)
        if metatype.isNull {
            metatype = bases.count == 0 ? BuiltinTypes.type : bases[0].type
        }
        if isClass { metatype = try calculateMetaclass(metatype, bases) }
        // The class keywords other than metaclass go to __prepare__ and to the metaclass call.
        var keywords = Value.null
        for i in 0..<args.keywordCount {
            let key = TupleRef(args.keywordNames)[i]
            if StrRef(key).string == "metaclass" { continue }
            if keywords.isNull { keywords = DictRef.create().value }
            try DictRef(keywords).set(key, args[args.positionalCount + i])
        }
        var namespace = DictRef.create().value
        if let prepare = try Runtime.lookupAttribute(metatype, Interned.intern("__prepare__")) {
            namespace = try Interpreter.callUnpacked(prepare, TupleRef.create(name, bases.value).value, keywords)
        }
        let cell = try Interpreter.runClassBody(body, namespace: namespace)
        if !bases.value.isIdentical(originalBases.value) {
            try Runtime.setItem(namespace, Interned.intern("__orig_bases__"), originalBases.value)
        }
        let cls = try Interpreter.callUnpacked(metatype, TupleRef.create(name, bases.value, namespace).value, keywords)
        if !cell.isNull && cell.type.isIdentical(Cell.type) {
            Cell.set(cell, cls)
        }
        return cls
    }
}

extension Interpreter {
    /// Runs a class body function with `namespace` as its locals; returns its result (the
    /// `__class__` cell, if the body created one).
    static func runClassBody(_ function: Value, namespace: Value) throws(PyException) -> Value {
        let f = FunctionRef(function)
        let code = CodeRef(f.code)
        let frame = try pushFrame(code: f.code, function: function, globals: f.globals, builtins: f.builtins,
                                  locals: namespace, resultRegister: 0, isEntry: true)
        setUpFreeVariables(f, code, frame.pointee.registers)
        return try run()
    }
}
