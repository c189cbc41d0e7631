// Member descriptors: the class attributes that `__slots__` creates, one per slot name.
// Each names a fixed word of the instance (after the words of the class's layout base),
// which holds the value or null when the slot is unset.
//
//   member_descriptor   word 0 type   1 __name__   2 __objclass__ (the owning class)
//                       3 the instance word (raw)

public enum MemberDescriptor {
    public static var type = Value(bits: 0)

    static let nameWord = 1, ownerWord = 2, indexWord = 3

    static func setUp() {
        let slots = TypeSlots()
        slots.descrGet = { d, instance, _ throws(PyException) in
            if instance.isNull { return d }
            try checkApplies(d, instance)
            let v = instance.loadValue(VariableSizeLayout.resolve(d.loadRaw(indexWord), in: instance))
            if v.isNull { throw missing(d, instance) }
            return v
        }
        slots.descrSet = { d, instance, v throws(PyException) in
            try checkApplies(d, instance)
            let word = VariableSizeLayout.resolve(d.loadRaw(indexWord), in: instance)
            // CPython's message for deleting an unset slot is the bare name.
            if v.isNull && instance.loadValue(word).isNull { throw attributeError(StrRef(d.loadValue(nameWord)).string) }
            instance.storeValue(word, v)
        }
        slots.repr = { d in
            StrRef.create("<member '\(StrRef(d.loadValue(nameWord)).string)' of '\(TypeRef(d.loadValue(ownerWord)).nameString)' objects>").value
        }
        type = BuiltinTypes.makeType("member_descriptor", base: BuiltinTypes.object, instanceWords: 4,
                                     layout: .fixed(first: 1, count: 2), flags: [], slots: slots)
        GetSet.add(type, "__name__", get: { d in d.loadValue(nameWord) })
        GetSet.add(type, "__objclass__", get: { d in d.loadValue(ownerWord) })
        GetSet.add(type, "__qualname__", get: { d in
            let owner = StrRef(d.loadValue(ownerWord).loadValue(TypeWords.qualname)).string
            return StrRef.create(owner + "." + StrRef(d.loadValue(nameWord)).string).value
        })
        GetSet.add(type, "__doc__", get: { _ in .none })
    }

    /// The descriptor of slot `name` of class `owner`, stored in instance word `word`.
    static func create(name: Value, owner: Value, word: Int) -> Value {
        let d = allocateObject(words: 4, type: type)
        d.storeValue(nameWord, name)
        d.storeValue(ownerWord, owner)
        d.storeRaw(indexWord, word)
        return d
    }

    static func checkApplies(_ d: Value, _ instance: Value) throws(PyException) {
        let owner = d.loadValue(ownerWord)
        if !TypeRef(instance.type).isSubtype(of: owner) {
            throw typeError("descriptor '\(StrRef(d.loadValue(nameWord)).string)' for '\(TypeRef(owner).nameString)' objects doesn't apply to a '\(TypeRef(instance.type).nameString)' object")
        }
    }

    @inline(never)
    static func missing(_ d: Value, _ instance: Value) -> PyException {
        let e = attributeError("'\(TypeRef(instance.type).nameString)' object has no attribute '\(StrRef(d.loadValue(nameWord)).string)'")
        ExceptionObject.setAttribute(e.value, "name", d.loadValue(nameWord))
        ExceptionObject.setAttribute(e.value, "obj", instance)
        return e
    }
}
