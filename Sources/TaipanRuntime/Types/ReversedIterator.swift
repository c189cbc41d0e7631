// reversed(): CPython's `reversed` object and list_reverseiterator. Both walk a sequence
// from its last index down through __getitem__ (a list is read directly), so they see
// the sequence as it is when each item is taken, not a copy.
//
//   word 0 type   1 the sequence (null once exhausted)   2 the next index (raw)

enum ReversedIterator {
    static var reversedType = Value(bits: 0)
    static var listType = Value(bits: 0)

    static func create(_ sequence: Value, count: Int) -> Value {
        let isList = sequence.type.isIdentical(ListRef.type)
        let it = allocateObject(words: 3, type: isList ? listType : reversedType)
        it.storeValue(1, sequence)
        it.storeRaw(2, count - 1)
        return it
    }

    static func next(_ it: Value) throws(PyException) -> Value? {
        let sequence = it.loadValue(1)
        let i = it.loadRaw(2)
        if sequence.isNull { return nil }
        var item: Value? = nil
        if i >= 0 {
            if sequence.type.isIdentical(ListRef.type) {
                if i < ListRef(sequence).count { item = ListRef(sequence)[i] }
            } else {
                do throws(PyException) {
                    item = try Runtime.getItem(sequence, IntOps.make(Int64(i)))
                } catch {
                    let e = TypeRef(error.value.type)
                    if !e.isSubtype(of: ExceptionTypes.named("IndexError"))
                        && !e.isSubtype(of: ExceptionTypes.named("StopIteration")) { throw error }
                }
            }
        }
        guard let item else {
            it.storeValue(1, .null)
            return nil
        }
        it.storeRaw(2, i - 1)
        return item
    }

    /// reversed(o): __reversed__ when the type has one (None forbids it), else the sequence
    /// protocol (__getitem__ and __len__; never a dict), else "not reversible".
    static func reversed(_ o: Value) throws(PyException) -> Value {
        if let method = ClassSlots.special(o, "__reversed__") {
            if method.isIdentical(BuiltinTypes.none) { throw notReversible(o) }
            var none = Value.none
            return try Interpreter.callWithSelf(method, o, Arguments(&none, positional: 0))
        }
        let type = TypeRef(o.type)
        guard type.slots.getitem != nil, !type.isSubtype(of: BuiltinTypes.dict) else { throw notReversible(o) }
        return create(o, count: try Builtins.length(o))
    }

    static func notReversible(_ o: Value) -> PyException {
        typeError("'\(TypeRef(o.type).nameString)' object is not reversible")
    }

    static func setUp() {
        let slots = TypeSlots()
        slots.iter = { it in it }
        slots.next = next
        reversedType = BuiltinTypes.makeType("reversed", base: BuiltinTypes.object, instanceWords: 3,
                                             layout: .fixed(first: 1, count: 1), flags: [.baseType], slots: slots)
        listType = BuiltinTypes.makeType("list_reverseiterator", base: BuiltinTypes.object, instanceWords: 3,
                                         layout: .fixed(first: 1, count: 1), flags: [], slots: slots)
        for t in [reversedType, listType] {
            // The items left: the next index + 1, or 0 once the sequence shrank below it.
            NativeFunctions.addMethod(t, "__length_hint__") { it, args throws(PyException) in
                try args.expect("__length_hint__", count: 0)
                let sequence = it.loadValue(1)
                if sequence.isNull { return IntOps.make(Int64(0)) }
                let position = it.loadRaw(2) + 1
                let size = try Builtins.length(sequence)
                return IntOps.make(Int64(size < position ? 0 : position))
            }
        }
    }
}
