// tuple: word 0 type, 1 count, 2… the items.

public struct TupleRef {
    public let value: Value

    @inline(__always) public init(_ value: Value) { self.value = value }

    static let countWord = 1
    static let firstItem = 2
    static let layout = TraceLayout.counted(first: firstItem, countWord: countWord)

    @inline(__always) public var count: Int { value.loadRaw(TupleRef.countWord) }

    @inline(__always) public subscript(i: Int) -> Value {
        get { value.loadValue(TupleRef.firstItem &+ i) }
        nonmutating set { value.storeValue(TupleRef.firstItem &+ i, newValue) }
    }

    @inline(__always) public var items: UnsafeMutablePointer<Value> { value.words(from: TupleRef.firstItem) }

    /// A tuple of `count` null items, to be filled before anything else sees it.
    public static func allocate(_ count: Int) -> TupleRef {
        if count == 0, !BuiltinTypes.emptyTuple.isNull { return TupleRef(BuiltinTypes.emptyTuple) }
        let t = allocateObject(words: VariableSizeLayout.tupleWords(count: count), type: BuiltinTypes.tuple)
        t.storeRaw(countWord, count)
        return TupleRef(t)
    }

    public static func create(_ items: UnsafeBufferPointer<Value>) -> TupleRef {
        let t = allocate(items.count)
        for (i, v) in items.enumerated() { t[i] = v }
        return t
    }

    public static func create(_ a: Value, _ b: Value) -> TupleRef {
        let t = allocate(2)
        t[0] = a
        t[1] = b
        return t
    }

    public static func create(_ a: Value, _ b: Value, _ c: Value) -> TupleRef {
        let t = allocate(3)
        t[0] = a
        t[1] = b
        t[2] = c
        return t
    }
}
