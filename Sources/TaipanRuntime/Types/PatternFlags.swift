// The type flags the match statement reads (CPython's Py_TPFLAGS_SEQUENCE / MAPPING and
// _Py_TPFLAGS_MATCH_SELF): which built-in types have them, and how classes get them.
//
// A class inherits `matchSelf` from any base, and the collection flags from the first
// class along its MRO that has one (so a class deriving from both a Sequence and a
// Mapping is what its first such base is). A class body may set collection flags with
// `__abc_tpflags__` (collections.abc.Sequence and Mapping do), which CPython's `_abc`
// module reads and removes from the namespace for classes of ABCMeta (ours comes from
// _py_abc, so we do it here for any metaclass named ABCMeta). `Sequence.register(C)` does
// not set the flag yet (CPython's `_abc._abc_register` does).

public enum PatternFlags {
    /// Sets the flags on the built-in types; runs once the types exist.
    static func install() {
        let sequences: [Value] = [ListRef.type, BuiltinTypes.tuple, RangeOps.type]
        for t in sequences { TypeRef(t).flags.insert(.sequence) }
        TypeRef(BuiltinTypes.dict).flags.insert(.mapping)
        let selfMatching: [Value] = [BuiltinTypes.bool, ByteArrayOps.type, BytesOps.type, BuiltinTypes.dict, BuiltinTypes.float,
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
        if let requested = namespace.lookupStr(key), isAbstractBaseMeta(type.type) {
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

    /// Whether `metatype` is or derives from a class named ABCMeta.
    static func isAbstractBaseMeta(_ metatype: Value) -> Bool {
        let mro = TypeRef(metatype).mro
        if mro.isNull { return false }
        let classes = TupleRef(mro)
        for i in 0..<classes.count where TypeRef(classes[i]).nameString == "ABCMeta" { return true }
        return false
    }
}
