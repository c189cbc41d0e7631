// Assignment to a class's __bases__ (typing.NamedTuple does it on every class it makes): the
// checks of CPython's type_set_bases, then the MROs of the class and its subclasses again.
// The instance layout cannot change, so the new bases must have the class's layout base.

extension Classes {
    static func setBases(_ t: Value, _ value: Value) throws(PyException) {
        let type = TypeRef(t)
        let name = type.nameString
        guard type.flags.contains(.heapType) else {
            throw typeError("cannot set '__bases__' attribute of immutable type '\(name)'")
        }
        guard value.type.isIdentical(BuiltinTypes.tuple) || TypeRef(value.type).isSubtype(of: BuiltinTypes.tuple) else {
            throw typeError("can only assign tuple to \(name).__bases__, not \(TypeRef(value.type).nameString)")
        }
        let bases = TupleRef(value)
        guard bases.count > 0 else { throw typeError("can only assign non-empty tuple to \(name).__bases__, not ()") }
        for i in 0..<bases.count {
            let base = bases[i]
            guard TypeRef(base.type).isSubtype(of: BuiltinTypes.type) else {
                throw typeError("\(name).__bases__ must be tuple of classes, not '\(TypeRef(base.type).nameString)'")
            }
            if TypeRef(base).isSubtype(of: t) {
                throw typeError("a __bases__ item causes an inheritance cycle")
            }
        }
        let oldBases = TupleRef(t.loadValue(TypeWords.bases))
        let newSolid = try solidBase(bases)
        let oldSolid = try solidBase(oldBases)
        guard newSolid.isIdentical(oldSolid) else {
            // CPython names the base each tuple's instances are laid out by.
            func layoutBase(_ tuple: TupleRef, _ solid: Value) -> String {
                for i in 0..<tuple.count {
                    let s = tuple[i].loadValue(TypeWords.solidBase)
                    if (s.isNull ? tuple[i] : s).isIdentical(solid) { return TypeRef(tuple[i]).nameString }
                }
                return TypeRef(solid).nameString
            }
            throw typeError("__bases__ assignment: '\(layoutBase(bases, newSolid))' deallocator differs from '\(layoutBase(oldBases, oldSolid))'")
        }
        let mro = try linearize(t, bases)
        t.storeValue(TypeWords.bases, value)
        t.storeValue(TypeWords.mro, mro)
        for i in 0..<oldBases.count { TypeRef(oldBases[i]).removeSubclass(t) }
        for i in 0..<bases.count where TypeRef(bases[i]).flags.contains(.heapType) { TypeRef(bases[i]).addSubclass(t) }
        try relinearizeSubclasses(t)
        type.modified()
    }

    /// The MROs of the classes below `t` after its own changed; dunder slots found through
    /// the new MROs are installed.
    private static func relinearizeSubclasses(_ t: Value) throws(PyException) {
        ClassSlots.installDunderSlots(t)
        let subclasses = t.loadValue(TypeWords.subclasses)
        if subclasses.isNull { return }
        let list = ListRef(subclasses)
        for i in 0..<list.count {
            let sub = list[i]
            sub.storeValue(TypeWords.mro, try linearize(sub, TupleRef(sub.loadValue(TypeWords.bases))))
            try relinearizeSubclasses(sub)
        }
    }
}

extension TypeRef {
    /// Forgets `subclass` (its __bases__ no longer name this type).
    func removeSubclass(_ subclass: Value) {
        let subclasses = value.loadValue(TypeWords.subclasses)
        if subclasses.isNull { return }
        let list = ListRef(subclasses)
        var i = 0
        while i < list.count {
            if list[i].isIdentical(subclass) { _ = list.remove(at: i) } else { i += 1 }
        }
    }
}
