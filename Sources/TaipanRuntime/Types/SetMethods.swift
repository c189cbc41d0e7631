// The methods of set and frozenset (union, intersection, difference, symmetric_difference
// with any number of iterables, the *_update forms, subset tests, copy) and set's in-place
// operators. Results of frozenset methods are frozensets, of set methods sets, as CPython's
// make_new_set_basetype.

extension SetOps {
    /// set or frozenset: the built-in base of `s`'s type.
    static func baseType(_ s: Value) -> Value {
        TypeRef(s.type).isSubtype(of: frozensetType) ? frozensetType : setType
    }

    /// A new set of `type` holding the members of set `s`.
    static func copy(_ s: Value, as type: Value) throws(PyException) -> Value {
        let r = empty(type)
        let t = table(r)
        try table(s).forEach { (k, _) throws(PyException) -> Bool in try t.set(k, .none); return true }
        return r
    }

    /// `other` itself when it is a set or frozenset, else a new set of its items.
    static func asSet(_ other: Value) throws(PyException) -> Value {
        if isSet(other) { return other }
        let s = empty(setType)
        try update(s, other)
        return s
    }

    static func intersectionUpdate(_ s: Value, _ other: Value) throws(PyException) {
        let o = try asSet(other)
        let kept = empty(setType)
        try table(s).forEach { (k, _) throws(PyException) -> Bool in
            if try table(o).get(k) != nil { try table(kept).set(k, .none) }
            return true
        }
        s.storeValue(1, kept.loadValue(1))
    }

    static func differenceUpdate(_ s: Value, _ other: Value) throws(PyException) {
        if other.isIdentical(s) {
            s.storeValue(1, DictRef.create().value)
            return
        }
        let iterator = try Runtime.iterate(other)
        while let v = try Runtime.next(iterator) { _ = try table(s).remove(v) }
    }

    static func symmetricDifferenceUpdate(_ s: Value, _ other: Value) throws(PyException) {
        let o = other.isIdentical(s) ? try copy(s, as: setType) : try asSet(other)
        try table(o).forEach { (k, _) throws(PyException) -> Bool in
            if try table(s).remove(k) == nil { try table(s).set(k, .none) }
            return true
        }
    }

    /// Every member of `s` is in `other`.
    static func isSubset(_ s: Value, _ other: Value) throws(PyException) -> Bool {
        let o = try asSet(other)
        if table(s).count > table(o).count { return false }
        var all = true
        try table(s).forEach { (k, _) throws(PyException) -> Bool in
            if try table(o).get(k) == nil { all = false }
            return all
        }
        return all
    }

    static func isDisjoint(_ s: Value, _ other: Value) throws(PyException) -> Bool {
        let iterator = try Runtime.iterate(other)
        while let v = try Runtime.next(iterator) {
            if try table(s).get(v) != nil { return false }
        }
        return true
    }

    /// A method of both set and frozenset that builds a new set from self and any number
    /// of iterables.
    static func addCombining(_ name: String, _ step: @escaping (Value, Value) throws(PyException) -> Void) {
        for type in [setType, frozensetType] {
            NativeFunctions.addMethod(type, name) { s, args throws(PyException) in
                if args.keywordCount > 0 { throw typeError("\(name)() takes no keyword arguments") }
                let r = try copy(s, as: baseType(s))
                for i in 0..<args.positionalCount { try step(r, args[i]) }
                return r
            }
        }
    }

    static func addPredicate(_ name: String, _ test: @escaping (Value, Value) throws(PyException) -> Bool) {
        for type in [setType, frozensetType] {
            NativeFunctions.addMethod(type, name) { s, args throws(PyException) in
                try args.expect(name, count: 1)
                return .bool(try test(s, args[0]))
            }
        }
    }

    /// A set-only method that updates self in place from any number of iterables.
    static func addUpdating(_ name: String, _ step: @escaping (Value, Value) throws(PyException) -> Void) {
        NativeFunctions.addMethod(setType, name) { s, args throws(PyException) in
            if args.keywordCount > 0 { throw typeError("\(name)() takes no keyword arguments") }
            for i in 0..<args.positionalCount { try step(s, args[i]) }
            return .none
        }
    }

    static func addMethods() {
        addCombining("union") { r, o throws(PyException) in try update(r, o) }
        addCombining("intersection", intersectionUpdate)
        addCombining("difference", differenceUpdate)
        addCombining("symmetric_difference", symmetricDifferenceUpdate)
        addPredicate("issubset", isSubset)
        addPredicate("issuperset") { s, o throws(PyException) in try isSubset(asSet(o), s) }
        addPredicate("isdisjoint", isDisjoint)
        for type in [setType, frozensetType] {
            NativeFunctions.addMethod(type, "copy") { s, args throws(PyException) in
                try args.expect("copy", count: 0)
                if s.type.isIdentical(frozensetType) { return s }
                return try copy(s, as: baseType(s))
            }
        }
        addUpdating("intersection_update", intersectionUpdate)
        addUpdating("difference_update", differenceUpdate)
        addUpdating("symmetric_difference_update", symmetricDifferenceUpdate)

        let slots = TypeRef(setType).slots
        func inPlace(_ op: BinaryOp, _ step: @escaping (Value, Value) throws(PyException) -> Void) {
            slots.inplace[op.rawValue] = { s, o throws(PyException) in
                guard isSet(o) else { return BuiltinTypes.notImplemented }
                try step(s, o)
                return s
            }
        }
        inPlace(.or, update)
        inPlace(.and, intersectionUpdate)
        inPlace(.sub, differenceUpdate)
        inPlace(.xor, symmetricDifferenceUpdate)
    }
}
