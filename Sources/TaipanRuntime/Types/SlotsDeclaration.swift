// A class statement's `__slots__`: the slot names (mangled, in CPython's sorted order) and
// whether `__dict__` / `__weakref__` were listed, validated with CPython's messages; and the
// instance layout of a new class that follows from it.
//
// Layout of an instance (see Objects/InstanceObject.swift): the layout base's words, then
// one word per new slot (a member descriptor holds its index), then, when the class adds
// a __dict__ that no base has, the map word, the inline attribute slots and the overflow.
// A class with nonempty __slots__ is its own solid base, so two such classes cannot be
// combined as bases ("multiple bases have instance lay-out conflict").

struct SlotsDeclaration {
    /// Slot names after private-name mangling, sorted (the order of their words).
    var names: [String] = []
    var listsDict = false
    var listsWeakref = false

    /// The declaration in class namespace `namespace`, or nil without `__slots__`.
    static func find(_ namespace: Value, className: String) throws(PyException) -> SlotsDeclaration? {
        guard let value = DictRef(namespace).lookupStr(Interned.intern("__slots__")) else { return nil }
        var declaration = SlotsDeclaration()
        let items: ListRef
        if StrOps.isStr(value) {
            items = ListRef.create()
            items.append(value)
        } else {
            items = try ListRef.fromIterable(value)
        }
        for i in 0..<items.count {
            let item = items[i]
            guard StrOps.isStr(item) else {
                throw typeError("__slots__ items must be strings, not '\(TypeRef(item.type).nameString)'")
            }
            guard try Runtime.isTrue(Runtime.callMethod(item, "isidentifier")) else {
                throw typeError("__slots__ must be identifiers")
            }
            let name = StrRef(item).string
            if name == "__dict__" {
                if declaration.listsDict { throw typeError("__dict__ slot disallowed: we already got one") }
                declaration.listsDict = true
            } else if name == "__weakref__" {
                if declaration.listsWeakref {
                    throw typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
                }
                declaration.listsWeakref = true
            } else {
                declaration.names.append(mangle(name, className: className))
            }
        }
        declaration.names.sort { Array($0.unicodeScalars) .lexicographicallyPrecedes(Array($1.unicodeScalars)) { $0.value < $1.value } }
        for name in declaration.names where DictRef(namespace).lookupStr(Interned.intern(name)) != nil {
            if name == "__qualname__" || name == "__classcell__" { continue }
            throw pyError(ExceptionTypes.named("ValueError"), "'\(name)' in __slots__ conflicts with class variable")
        }
        return declaration
    }

    /// `__x` inside class `C` is `_C__x` (not dunder names; leading underscores of the
    /// class name are dropped, and a class named only with underscores mangles nothing).
    static func mangle(_ name: String, className: String) -> String {
        guard name.hasPrefix("__"), !name.hasSuffix("__") else { return name }
        let stripped = className.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_" + stripped + name
    }
}

/// Where a new class's instances keep their words.
struct ClassLayout {
    var solidBase: Value
    var instanceWords: Int
    /// 0 when instances have no __dict__ (no map).
    var mapWord: Int
    /// The word of the first new slot.
    var firstSlotWord: Int
    /// Non-zero when instances extend a variable-size built-in's payload: then the words
    /// above count from the payload's end (`instanceWords` is the number of tail words,
    /// `mapWord` is stored encoded; Objects/VariableSizeLayout.swift).
    var variableKind: Int = VariableSizeKind.none

    /// The word of slot `i` as its member descriptor stores it.
    func slotWord(_ i: Int) -> Int {
        variableKind == 0 ? firstSlotWord + i : VariableSizeLayout.encode(relative: firstSlotWord + i)
    }

    /// How the collector traces instances.
    var traceLayout: TraceLayout {
        variableKind == 0 ? .fixed(first: 1, count: instanceWords - 1) : .tail(kind: variableKind, count: instanceWords)
    }

    /// The layout of a class with `bases` (a tuple), whose solid base is `winner`.
    /// `solidBase` is null when the class itself is the solid base.
    static func compute(bases: TupleRef, winner: Value, slots: SlotsDeclaration?) throws(PyException) -> ClassLayout {
        // The base whose words instances extend: one whose solid base is the winner,
        // preferring one that already has a map.
        var layoutBase = Value.null
        var anyBaseHasMap = false
        for i in 0..<bases.count {
            let b = bases[i]
            if TypeRef(b).mapWord != 0 { anyBaseHasMap = true }
            let candidate = b.loadValue(TypeWords.solidBase)
            let solid = candidate.isNull ? b : candidate
            guard solid.isIdentical(winner) else { continue }
            if layoutBase.isNull || (TypeRef(layoutBase).mapWord == 0 && TypeRef(b).mapWord != 0) { layoutBase = b }
        }
        if layoutBase.isNull { layoutBase = winner }
        let base = TypeRef(layoutBase)
        let variableKind = VariableSizeLayout.kind(of: layoutBase)
        let baseWords = variableKind == 0 ? base.instanceWords : VariableSizeLayout.tailWords(layoutBase)
        let slotCount = slots?.names.count ?? 0
        if let slots, slots.listsDict && base.mapWord != 0 {
            throw typeError("__dict__ slot disallowed: we already got one")
        }
        if slotCount > 0 {
            // Types whose instances have a variable-sized tail (CPython's tp_itemsize).
            for varSized in [BuiltinTypes.int, BuiltinTypes.tuple, BytesOps.type, BuiltinTypes.type]
            where base.isSubtype(of: varSized) {
                throw typeError("nonempty __slots__ not supported for subtype of '\(base.nameString)'")
            }
        }
        let wantsMap = slots == nil || slots!.listsDict || anyBaseHasMap
        var layout = ClassLayout(solidBase: slotCount > 0 ? .null : winner, instanceWords: baseWords + slotCount,
                                 mapWord: base.mapWord, firstSlotWord: baseWords, variableKind: variableKind)
        if base.mapWord == 0 && wantsMap {
            let mapWord = baseWords + slotCount
            layout.mapWord = variableKind == 0 ? mapWord : VariableSizeLayout.encode(relative: mapWord)
            layout.instanceWords = mapWord + 1 + Instances.inlineSlots + 1
        }
        return layout
    }
}
