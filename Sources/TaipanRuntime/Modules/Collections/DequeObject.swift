// collections.deque's storage: a ring buffer (a tuple-shaped array) with a head index.
//
//   deque  word 0 type   1 ring (tuple-shaped, its length is the capacity)   2 head
//          3 count   4 maxlen (-1: none)   5 state (bumped by every structural change,
//          so iterators can tell the deque was mutated)
// Every word holds a Value (inline ints), as subclasses trace all their words.

struct DequeRef {
    let value: Value
    static let ringWord = 1, headWord = 2, countWord = 3, maxlenWord = 4, stateWord = 5
    static let words = 6

    @inline(__always) init(_ value: Value) { self.value = value }

    var count: Int { value.intField(DequeRef.countWord) }
    var maxlen: Int { value.intField(DequeRef.maxlenWord) }
    var state: Int { value.intField(DequeRef.stateWord) }
    var ring: TupleRef { TupleRef(value.loadValue(DequeRef.ringWord)) }
    var head: Int { value.intField(DequeRef.headWord) }

    /// Sets up an empty deque in a freshly allocated object.
    func initialize(maxlen: Int) {
        value.storeValue(DequeRef.ringWord, ListRef.makeStorage(8))
        value.setIntField(DequeRef.headWord, 0)
        value.setIntField(DequeRef.countWord, 0)
        value.setIntField(DequeRef.maxlenWord, maxlen)
        value.setIntField(DequeRef.stateWord, 0)
    }

    func bumpState() { value.setIntField(DequeRef.stateWord, state &+ 1) }

    @inline(__always) func slot(_ i: Int) -> Int {
        let capacity = ring.count
        let p = head + i
        return p >= capacity ? p - capacity : p
    }

    subscript(i: Int) -> Value {
        get { ring[slot(i)] }
        nonmutating set { ring[slot(i)] = newValue }
    }

    /// Makes room for one more item (doubling, and unwrapping the ring to start at 0).
    func reserveOne() {
        let n = count
        let old = ring
        if n < old.count { return }
        let grown = TupleRef(ListRef.makeStorage(old.count * 2))
        for i in 0..<n { grown[i] = self[i] }
        value.storeValue(DequeRef.ringWord, grown.value)
        value.setIntField(DequeRef.headWord, 0)
    }

    func append(_ v: Value) {
        if maxlen == 0 { return }
        if maxlen > 0 && count >= maxlen { _ = popLeft() }
        reserveOne()
        let n = count
        value.setIntField(DequeRef.countWord, n + 1)
        self[n] = v
        bumpState()
    }

    func appendLeft(_ v: Value) {
        if maxlen == 0 { return }
        if maxlen > 0 && count >= maxlen { _ = pop() }
        reserveOne()
        let newHead = head == 0 ? ring.count - 1 : head - 1
        value.setIntField(DequeRef.headWord, newHead)
        value.setIntField(DequeRef.countWord, count + 1)
        self[0] = v
        bumpState()
    }

    func pop() -> Value? {
        let n = count
        if n == 0 { return nil }
        let v = self[n - 1]
        self[n - 1] = .null
        value.setIntField(DequeRef.countWord, n - 1)
        bumpState()
        return v
    }

    func popLeft() -> Value? {
        let n = count
        if n == 0 { return nil }
        let v = self[0]
        self[0] = .null
        value.setIntField(DequeRef.headWord, slot(1))
        value.setIntField(DequeRef.countWord, n - 1)
        bumpState()
        return v
    }

    func clear() {
        value.storeValue(DequeRef.ringWord, ListRef.makeStorage(8))
        value.setIntField(DequeRef.headWord, 0)
        value.setIntField(DequeRef.countWord, 0)
        bumpState()
    }

    /// Reverses items lo..<hi in place.
    func reverse(_ lo: Int, _ hi: Int) {
        var i = lo, j = hi - 1
        while i < j {
            let t = self[i]
            self[i] = self[j]
            self[j] = t
            i += 1
            j -= 1
        }
    }

    /// Rotates right by n steps (left when negative).
    func rotate(_ n: Int) {
        let len = count
        if len <= 1 { return }
        var k = n % len
        if k < 0 { k += len }
        if k == 0 { return }
        reverse(0, len)
        reverse(0, k)
        reverse(k, len)
        bumpState()
    }

    func insert(_ v: Value, at i: Int) {
        reserveOne()
        let n = count
        value.setIntField(DequeRef.countWord, n + 1)
        var j = n
        while j > i {
            self[j] = self[j - 1]
            j -= 1
        }
        self[i] = v
        bumpState()
    }

    func remove(at i: Int) {
        let n = count
        for j in i..<(n - 1) { self[j] = self[j + 1] }
        _ = pop()
    }

    /// Appends every item of an iterable (a snapshot when it is the deque itself).
    func extend(_ iterable: Value, left: Bool = false) throws(PyException) {
        if iterable.isIdentical(value) {
            let snapshot = ListRef.create(capacity: count)
            for i in 0..<count { snapshot.append(self[i]) }
            return try extend(snapshot.value, left: left)
        }
        let iterator = try Runtime.iterate(iterable)
        while let v = try Runtime.next(iterator) {
            if left { appendLeft(v) } else { append(v) }
        }
    }
}
