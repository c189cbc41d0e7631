// The type flags the match statement reads (CPython's Py_TPFLAGS_SEQUENCE / MAPPING and
// _Py_TPFLAGS_MATCH_SELF): which built-in types have them, and how classes get them.
//
// A class inherits `matchSelf` from any base, and the collection flags from the first
// class along its MRO that has one (so a class deriving from both a Sequence and a
// Mapping is what its first such base is). A class body may set collection flags with
// `__abc_tpflags__` (collections.abc.Sequence and Mapping do), which CPython's `_abc`
// module reads and removes from the namespace; we do it for every class.

public enum PatternFlags {
    /// Sets the flags on the built-in types; runs once the types exist.
    static func install() {
        let sequences: [Value] = [ListRef.type, BuiltinTypes.tuple, RangeOps.type]
        for t in sequences { TypeRef(t).flags.insert(.sequence) }
        TypeRef(BuiltinTypes.dict).flags.insert(.mapping)
        let selfMatching: [Value] = [BuiltinTypes.bool, BytesOps.type, BuiltinTypes.dict, BuiltinTypes.float,
                                     SetOps.frozensetType, BuiltinTypes.int, ListRef.type, SetOps.setType,
                                     BuiltinTypes.str, BuiltinTypes.tuple]
        for t in selfMatching { TypeRef(t).flags.insert(.matchSelf) }
    }

    /// The flags a new class `type` takes from its bases and from `__abc_tpflags__` in its
    /// namespace `namespace` (the class's own dict, from which the entry is removed).
    static func inherit(_ type: Value, namespace: DictRef) throws(PyException) {
        let t = TypeRef(type)
        var flags = t.flags
        let key = Interned.intern("__abc_tpflags__")
        if let requested = namespace.lookupStr(key) {
            if requested.isSmallInt {
                flags.formUnion(TypeFlags(rawValue: UInt64(bitPattern: requested.smallIntValue)).intersection(.collection))
            }
            _ = try namespace.remove(key)
        }
        let mro = TupleRef(t.mro)
        for i in 1..<max(mro.count, 1) {
            let base = TypeRef(mro[i]).flags
            if base.contains(.matchSelf) { flags.insert(.matchSelf) }
            if flags.intersection(.collection).isEmpty { flags.formUnion(base.intersection(.collection)) }
        }
        t.flags = flags
    }
}
