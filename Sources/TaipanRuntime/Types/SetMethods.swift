// The methods of set and frozenset (union, intersection, difference, symmetric_difference
// with any number of iterables, the *_update forms, subset tests, copy) and set's in-place
// operators. Each builds its result as CPython's setobject.c does (which set is iterated,
// which is copied first), since that decides the result's iteration order. Results of
// frozenset methods are frozensets, of set methods sets (make_new_set_basetype).

extension SetOps {
    /// set or frozenset: the built-in base of `s`'s type.
    static func baseType(_ s: Value) -> Value {
        TypeRef(s.type).isSubtype(of: setType) ? setType : frozensetType
    }

    /// A new set of `type` holding the members of set `s`.
    static func copy(_ s: Value, as type: Value) throws(PyException) -> Value {
        let r = empty(type)
        try merge(r, s)
        return r
    }

    /// `other` itself when it is a set or frozenset, else a new set of its items.
    static func asSet(_ other: Value) throws(PyException) -> Value {
        if isSet(other) { return other }
        let s = empty(setType)
        try update(s, other)
        return s
    }

    /// set_intersection: iterates the smaller set (or the iterable), keeping its members.
    static func intersection(_ s: Value, _ other: Value) throws(PyException) -> Value {
        if other.isIdentical(s) { return try copy(s, as: baseType(s)) }
        let result = empty(baseType(s))
        if isSet(other) {
            var big = s, small = other
            if count(other) > count(s) { big = other; small = s }
            let members = snapshot(small)
            for i in 0..<TupleRef(members.keys).count {
                let k = TupleRef(members.keys)[i]
                if try lookup(big, k, hash: members.hashes[i]) != nil { try addEntry(result, k, hash: members.hashes[i]) }
            }
            return result
        }
        let iterator = try Runtime.iterate(other)
        while let k = try Runtime.next(iterator) {
            let hash = try Runtime.hash(k)
            if try lookup(s, k, hash: hash) != nil {
                try addEntry(result, k, hash: hash)
                // Every member found: CPython stops consuming the iterable here.
                if count(result) >= count(s) { break }
            }
        }
        return result
    }

    static func intersectionUpdate(_ s: Value, _ other: Value) throws(PyException) {
        let r = try intersection(s, other)
        s.storeValue(1, r.loadValue(1))
    }

    /// set_difference_update_internal: discards, then drops dummies if over a quarter.
    static func differenceUpdate(_ s: Value, _ other: Value) throws(PyException) {
        if other.isIdentical(s) { return clear(s) }
        if isSet(other) {
            let members = snapshot(other)
            for i in 0..<TupleRef(members.keys).count {
                try discard(s, TupleRef(members.keys)[i], hash: members.hashes[i])
            }
        } else {
            let iterator = try Runtime.iterate(other)
            while let v = try Runtime.next(iterator) { try discard(s, v) }
        }
        let t = table(s)
        if t.fill - t.used <= t.mask / 4 { return }
        resize(s, minimumUsed: t.used > 50000 ? t.used * 2 : t.used * 4)
    }

    /// set_difference: copy-and-discard when `other` is not a set or dict or is small,
    /// else the members of `s` not in `other`.
    static func difference(_ s: Value, _ other: Value) throws(PyException) -> Value {
        let otherCount: Int
        if isSet(other) {
            otherCount = count(other)
        } else if other.type.isIdentical(BuiltinTypes.dict) {
            otherCount = DictRef(other).count
        } else {
            let r = try copy(s, as: baseType(s))
            try differenceUpdate(r, other)
            return r
        }
        if count(s) >> 2 > otherCount {
            let r = try copy(s, as: baseType(s))
            try differenceUpdate(r, other)
            return r
        }
        let result = empty(baseType(s))
        let members = snapshot(s)
        for i in 0..<TupleRef(members.keys).count {
            let k = TupleRef(members.keys)[i]
            let found = isSet(other) ? try lookup(other, k, hash: members.hashes[i]) != nil
                                     : try DictRef(other).get(k) != nil
            if !found { try addEntry(result, k, hash: members.hashes[i]) }
        }
        return result
    }

    static func symmetricDifferenceUpdate(_ s: Value, _ other: Value) throws(PyException) {
        if other.isIdentical(s) { return clear(s) }
        if other.type.isIdentical(BuiltinTypes.dict) {
            let keys = ListRef.create()
            try DictRef(other).forEach { (k, _) throws(PyException) -> Bool in keys.append(k); return true }
            for i in 0..<keys.count where try !discard(s, keys[i]) { try add(s, keys[i]) }
            return
        }
        var o = other
        if !isSet(other) {
            o = empty(baseType(s))
            try update(o, other)
        }
        let members = snapshot(o)
        for i in 0..<TupleRef(members.keys).count {
            let k = TupleRef(members.keys)[i], hash = members.hashes[i]
            if try !discard(s, k, hash: hash) { try addEntry(s, k, hash: hash) }
        }
    }

    /// set_symmetric_difference: a copy of `other` updated with `s`.
    static func symmetricDifference(_ s: Value, _ other: Value) throws(PyException) -> Value {
        let r = empty(baseType(s))
        try update(r, other)
        try symmetricDifferenceUpdate(r, s)
        return r
    }

    /// Every member of `s` is in `other`.
    static func isSubset(_ s: Value, _ other: Value) throws(PyException) -> Bool {
        let o = try asSet(other)
        if count(s) > count(o) { return false }
        let members = snapshot(s)
        for i in 0..<TupleRef(members.keys).count where try lookup(o, TupleRef(members.keys)[i], hash: members.hashes[i]) == nil {
            return false
        }
        return true
    }

    static func isDisjoint(_ s: Value, _ other: Value) throws(PyException) -> Bool {
        let iterator = try Runtime.iterate(other)
        while let v = try Runtime.next(iterator) {
            if try contains(s, v) { return false }
        }
        return true
    }

    static func addPredicate(_ name: String, _ test: @escaping (Value, Value) throws(PyException) -> Bool) {
        for type in [setType, frozensetType] {
            NativeFunctions.addMethod(type, name) { s, args throws(PyException) in
                try args.expect(name, count: 1)
                return .bool(try test(s, args[0]))
            }
        }
    }

    /// A method of both set and frozenset taking any number of iterables.
    static func addMulti(_ name: String, _ body: @escaping (Value, Arguments) throws(PyException) -> Value) {
        for type in [setType, frozensetType] {
            NativeFunctions.addMethod(type, name) { s, args throws(PyException) in
                if args.keywordCount > 0 { throw typeError("\(name)() takes no keyword arguments") }
                return try body(s, args)
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
        addMulti("union") { s, args throws(PyException) in
            let r = try copy(s, as: baseType(s))
            for i in 0..<args.positionalCount where !args[i].isIdentical(s) { try update(r, args[i]) }
            return r
        }
        addMulti("intersection") { s, args throws(PyException) in
            if args.positionalCount == 0 { return try copy(s, as: baseType(s)) }
            var r = s
            for i in 0..<args.positionalCount { r = try intersection(r, args[i]) }
            return r
        }
        addMulti("difference") { s, args throws(PyException) in
            if args.positionalCount == 0 { return try copy(s, as: baseType(s)) }
            let r = try difference(s, args[0])
            for i in 1..<args.positionalCount { try differenceUpdate(r, args[i]) }
            return r
        }
        for type in [setType, frozensetType] {
            NativeFunctions.addMethod(type, "symmetric_difference") { s, args throws(PyException) in
                try args.expect("symmetric_difference", count: 1)
                return try symmetricDifference(s, args[0])
            }
        }
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
        NativeFunctions.addMethod(setType, "symmetric_difference_update") { s, args throws(PyException) in
            try args.expect("symmetric_difference_update", count: 1)
            try symmetricDifferenceUpdate(s, args[0])
            return .none
        }

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
