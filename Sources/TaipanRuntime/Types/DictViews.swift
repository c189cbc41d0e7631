// The set-like behaviour of dict_keys and dict_items (CPython's dictviews_*): the binary
// set operators with any iterable on either side give a set, comparisons with sets and
// other views, isdisjoint; and for all three views __reversed__ and .mapping.

extension DictOps {
    static let reverseIteratorNames = ["dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"]

    static func addViewOperations() {
        NativeFunctions.addMethod(BuiltinTypes.dict, "__reversed__") { d, args throws(PyException) in
            try args.expect("__reversed__", count: 0)
            let keys = try ListRef.fromIterable(d)
            keys.reverse()
            return SequenceIterator.create(keys.value, named: reverseIteratorNames[0])
        }
        for kind in 0..<3 {
            let type = viewTypes[kind]
            NativeFunctions.addMethod(type, "__reversed__") { v, args throws(PyException) in
                try args.expect("__reversed__", count: 0)
                let items = try ListRef.fromIterable(v)
                items.reverse()
                return SequenceIterator.create(items.value, named: reverseIteratorNames[kind])
            }
            // A read-only view of the dict, as CPython.
            GetSet.add(type, "mapping", get: { v in MappingProxy.create(v.loadValue(1)) })
            if kind == 1 { continue }
            let slots = TypeRef(type).slots
            func operation(_ op: BinaryOp, _ step: @escaping (Value, Value) throws(PyException) -> Void) {
                slots.binary[op.rawValue] = { a, b throws(PyException) in
                    let r = SetOps.empty(SetOps.setType)
                    try SetOps.update(r, a)
                    try step(r, b)
                    return r
                }
            }
            operation(.or, SetOps.update)
            operation(.and, SetOps.intersectionUpdate)
            operation(.sub, SetOps.differenceUpdate)
            operation(.xor, SetOps.symmetricDifferenceUpdate)
            slots.compare = { a, b, op throws(PyException) in
                guard isSetLike(b) else { return BuiltinTypes.notImplemented }
                let x = try SetOps.asSet(a), y = try SetOps.asSet(b)
                return try TypeRef(SetOps.setType).slots.compare!(x, y, op)
            }
            NativeFunctions.addMethod(type, "isdisjoint") { v, args throws(PyException) in
                try args.expect("isdisjoint", count: 1)
                return .bool(try SetOps.isDisjoint(SetOps.asSet(v), args[0]))
            }
        }
    }

    /// set, frozenset, dict_keys or dict_items: what a view compares with.
    static func isSetLike(_ v: Value) -> Bool {
        SetOps.isSet(v) || v.type.isIdentical(viewTypes[0]) || v.type.isIdentical(viewTypes[2])
    }
}
