// list: word 0 type, 1 count, 2 storage (a tuple-shaped array whose length is the
// capacity; slots past `count` are null).

public struct ListRef {
    public let value: Value

    @inline(__always) public init(_ value: Value) { self.value = value }

    public static var type = Value(bits: 0)
    static let countWord = 1
    static let storageWord = 2

    @inline(__always) public var count: Int { value.loadRaw(ListRef.countWord) }
    @inline(__always) var storage: Value { value.loadValue(ListRef.storageWord) }
    @inline(__always) var capacity: Int { storage.isNull ? 0 : TupleRef(storage).count }
    /// The items (valid until the list grows).
    @inline(__always) public var items: UnsafeMutablePointer<Value> { TupleRef(storage).items }

    @inline(__always) public subscript(i: Int) -> Value {
        get { TupleRef(storage)[i] }
        nonmutating set { TupleRef(storage)[i] = newValue }
    }

    public static func create(capacity: Int = 0) -> ListRef {
        let l = allocateObject(words: 3, type: type)
        l.storeValue(storageWord, makeStorage(max(capacity, 4)))
        return ListRef(l)
    }

    public static func create(_ items: UnsafeBufferPointer<Value>) -> ListRef {
        let l = create(capacity: items.count)
        for (i, v) in items.enumerated() { l[i] = v }
        l.value.storeRaw(countWord, items.count)
        return l
    }

    static func makeStorage(_ capacity: Int) -> Value {
        let s = allocateObject(words: 2 + capacity, type: BuiltinTypes.tuple)
        s.storeRaw(1, capacity)
        return s
    }

    func reserve(_ needed: Int) {
        if needed <= capacity { return }
        let old = storage
        let n = count
        let grown = ListRef.makeStorage(max(needed, capacity + capacity / 2 + 4))
        for i in 0..<n { grown.storeValue(2 + i, TupleRef(old)[i]) }
        value.storeValue(ListRef.storageWord, grown)
    }

    public func append(_ v: Value) {
        let n = count
        if n == capacity { reserve(n + 1) }
        self[n] = v
        value.storeRaw(ListRef.countWord, n + 1)
    }

    public func extend(_ iterable: Value) throws(PyException) {
        let t = iterable.type
        if t.isIdentical(ListRef.type) || t.isIdentical(BuiltinTypes.tuple) {
            let other = iterable
            let n = t.isIdentical(ListRef.type) ? ListRef(other).count : TupleRef(other).count
            reserve(count + n)
            for i in 0..<n { append(t.isIdentical(ListRef.type) ? ListRef(other)[i] : TupleRef(other)[i]) }
            return
        }
        let iterator = try Runtime.iterate(iterable)
        // Allocate for the hinted length (at most a million items up front: a hint may be
        // wrong); a length no heap could hold is a MemoryError, as CPython's preallocation.
        let hint = try Runtime.lengthHint(iterable, default: 8)
        if hint > RepeatLength.maxItems - count { throw IntOps.memoryError() }
        reserve(count + min(hint, 1 << 20))
        while let v = try Runtime.next(iterator) { append(v) }
    }

    /// list(iterable), sharing nothing with its source.
    public static func fromIterable(_ iterable: Value) throws(PyException) -> ListRef {
        let l = create()
        try l.extend(iterable)
        return l
    }

    /// list(iterable) as CPython's PySequence_Fast: a TypeError from iterating becomes
    /// `message` ("can only join an iterable").
    public static func fromIterable(_ iterable: Value, orTypeError message: String) throws(PyException) -> ListRef {
        do throws(PyException) {
            return try fromIterable(iterable)
        } catch {
            if TypeRef(error.value.type).isSubtype(of: BuiltinTypes.typeError) { throw typeError(message) }
            throw error
        }
    }

    /// Reverses the items in place.
    func reverse() {
        var i = 0, j = count - 1
        while i < j {
            let t = self[i]
            self[i] = self[j]
            self[j] = t
            i += 1
            j -= 1
        }
    }

    func setCount(_ n: Int) {
        let old = count
        for i in n..<max(old, n) { self[i] = .null }
        value.storeRaw(ListRef.countWord, n)
    }

    /// Removes and returns item `i` (already validated).
    public func remove(at i: Int) -> Value {
        let n = count
        let v = self[i]
        for j in i..<(n - 1) { self[j] = self[j + 1] }
        self[n - 1] = .null
        value.storeRaw(ListRef.countWord, n - 1)
        return v
    }

    public func insert(_ v: Value, at position: Int) {
        let n = count
        reserve(n + 1)
        var j = n
        while j > position {
            self[j] = self[j - 1]
            j -= 1
        }
        self[position] = v
        value.storeRaw(ListRef.countWord, n + 1)
    }
}
