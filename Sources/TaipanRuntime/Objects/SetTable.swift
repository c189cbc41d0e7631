// The hash table of set and frozenset, laid out and probed as CPython 3.11's setobject.c so
// that iteration order (table order) agrees with CPython: open addressing, a run of up to
// LINEAR_PROBES neighbouring slots, then a jump perturbed by the hash's high bits; deleted
// members leave dummies; the table grows when fill*5 >= mask*3.
//
//   table   word 0 type   1 size (slots, a power of two ≥ 8)   2 fill (active + dummy)
//           3 used (active)   4 finger (where pop() looks next)
//           5 ..< 5+size keys (null: empty or dummy)   then size hashes (raw; -1 marks a
//           dummy, whose key is null)
//
// A table is never shared: a set owns one and replaces it on resize or clear. Lookups call
// `__eq__` of user keys; one that mutates the set makes the operation start over.

struct SetTable {
    let value: Value

    @inline(__always) init(_ value: Value) { self.value = value }

    static var type = Value(bits: 0)
    static let minimumSize = 8
    static let linearProbes = 9
    static let firstKey = 5
    static let dummyHash = -1
    static let layout = TraceLayout.counted(first: firstKey, countWord: 1)

    static func create(size: Int = minimumSize) -> SetTable {
        let t = allocateObject(words: firstKey + 2 * size, type: type)
        t.storeRaw(1, size)
        return SetTable(t)
    }

    @inline(__always) var size: Int { value.loadRaw(1) }
    @inline(__always) var mask: Int { size &- 1 }
    @inline(__always) var fill: Int {
        get { value.loadRaw(2) }
        nonmutating set { value.storeRaw(2, newValue) }
    }
    @inline(__always) var used: Int {
        get { value.loadRaw(3) }
        nonmutating set { value.storeRaw(3, newValue) }
    }
    @inline(__always) var finger: Int {
        get { value.loadRaw(4) }
        nonmutating set { value.storeRaw(4, newValue) }
    }

    @inline(__always) func key(_ i: Int) -> Value { value.loadValue(SetTable.firstKey &+ i) }
    @inline(__always) func hash(_ i: Int) -> Int { value.loadRaw(SetTable.firstKey &+ size &+ i) }
    @inline(__always) func isEmpty(_ i: Int) -> Bool { key(i).isNull && hash(i) == 0 }
    @inline(__always) func isActive(_ i: Int) -> Bool { !key(i).isNull }

    func setEntry(_ i: Int, _ key: Value, _ hash: Int) {
        value.storeValue(SetTable.firstKey + i, key)
        value.storeRaw(SetTable.firstKey + size + i, hash)
    }

    /// Visits the probe sequence of `hash`: each slot index until `body` returns false.
    @inline(__always) func probe(_ hash: Int, _ body: (Int) throws(PyException) -> Bool) throws(PyException) {
        let mask = self.mask
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            let run = i + SetTable.linearProbes <= mask ? SetTable.linearProbes : 0
            for j in 0...run {
                if try !body(i &+ j) { return }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Inserts a key known to be absent into a table without dummies (resizing, copying).
    func insertClean(_ key: Value, _ hash: Int) {
        try? probe(hash) { i in
            if !self.key(i).isNull { return true }
            setEntry(i, key, hash)
            return false
        }
    }
}

/// The set operations on the table owned by a set object (word 1 of the set).
extension SetOps {
    static func table(_ s: Value) -> SetTable { SetTable(s.loadValue(1)) }

    static func count(_ s: Value) -> Int { table(s).used }

    /// The slot holding `key` (nil when absent). May run user `__eq__`.
    static func lookup(_ s: Value, _ key: Value, hash: Int) throws(PyException) -> Int? {
        restart: while true {
            let t = table(s)
            var found: Int? = nil
            var again = false
            try t.probe(hash) { i throws(PyException) in
                if t.isEmpty(i) { return false }
                guard t.hash(i) == hash else { return true }
                let k = t.key(i)
                if try sameKey(k, key) {
                    if !table(s).value.isIdentical(t.value) || !t.key(i).isIdentical(k) { again = true; return false }
                    found = i
                    return false
                }
                if !table(s).value.isIdentical(t.value) || !t.key(i).isIdentical(k) { again = true; return false }
                return true
            }
            if again { continue restart }
            return found
        }
    }

    /// Identity, equal exact strs, else `==` (which may run Python code).
    @inline(__always) static func sameKey(_ stored: Value, _ key: Value) throws(PyException) -> Bool {
        if stored.isIdentical(key) { return true }
        if stored.isPointer, key.isPointer, stored.type.isIdentical(BuiltinTypes.str), key.type.isIdentical(BuiltinTypes.str) {
            return StrRef(stored).equals(StrRef(key))
        }
        return try Runtime.equals(stored, key)
    }

    static func contains(_ s: Value, _ key: Value) throws(PyException) -> Bool {
        try lookup(s, key, hash: Runtime.hash(key)) != nil
    }

    /// set_add_entry: reuses the last dummy of the probe run, grows the table when needed.
    static func addEntry(_ s: Value, _ key: Value, hash: Int) throws(PyException) {
        restart: while true {
            let t = table(s)
            var freeSlot: Int? = nil
            var unused: Int? = nil
            var again = false
            var present = false
            try t.probe(hash) { i throws(PyException) in
                if t.isEmpty(i) { unused = i; return false }
                let h = t.hash(i)
                if h == hash {
                    let k = t.key(i)
                    let equal = try sameKey(k, key)
                    if equal { present = true; return false }
                    if !table(s).value.isIdentical(t.value) || !t.key(i).isIdentical(k) { again = true; return false }
                } else if h == SetTable.dummyHash {
                    freeSlot = i
                }
                return true
            }
            if again { continue restart }
            if present { return }
            if let f = freeSlot {
                t.setEntry(f, key, hash)
                t.used += 1
                return
            }
            guard let u = unused else { return }
            t.setEntry(u, key, hash)
            t.fill += 1
            t.used += 1
            if t.fill * 5 < t.mask * 3 { return }
            resize(s, minimumUsed: t.used > 50000 ? t.used * 2 : t.used * 4)
            return
        }
    }

    static func add(_ s: Value, _ key: Value) throws(PyException) {
        try addEntry(s, key, hash: Runtime.hash(key))
    }

    /// set_table_resize: a table of the smallest size above `minimumUsed`, dummies dropped.
    static func resize(_ s: Value, minimumUsed: Int) {
        let old = table(s)
        var size = SetTable.minimumSize
        while size <= minimumUsed { size <<= 1 }
        if size == SetTable.minimumSize && old.size == size && old.fill == old.used { return }
        let fresh = SetTable.create(size: size)
        for i in 0..<old.size where old.isActive(i) { fresh.insertClean(old.key(i), old.hash(i)) }
        fresh.fill = old.used
        fresh.used = old.used
        fresh.finger = old.finger
        s.storeValue(1, fresh.value)
    }

    /// set_discard_entry: whether `key` was there (it leaves a dummy).
    @discardableResult
    static func discard(_ s: Value, _ key: Value, hash: Int) throws(PyException) -> Bool {
        guard let i = try lookup(s, key, hash: hash) else { return false }
        let t = table(s)
        t.setEntry(i, .null, SetTable.dummyHash)
        t.used -= 1
        return true
    }

    @discardableResult
    static func discard(_ s: Value, _ key: Value) throws(PyException) -> Bool {
        try discard(s, key, hash: Runtime.hash(key))
    }

    static func clear(_ s: Value) {
        s.storeValue(1, SetTable.create().value)
    }

    /// The active entries in table order; stops early when `body` returns false. The table
    /// must not change meanwhile (callers that run Python code snapshot first).
    static func forEach(_ s: Value, _ body: (Value, Int) throws(PyException) -> Bool) throws(PyException) {
        let t = table(s)
        for i in 0..<t.size where t.isActive(i) {
            if try !body(t.key(i), t.hash(i)) { return }
        }
    }

    /// set_merge: adds the members of set `other`, with CPython's fast paths into an empty
    /// table (which decide the order of copies).
    static func merge(_ s: Value, _ other: Value) throws(PyException) {
        let o = table(other)
        if other.isIdentical(s) || o.used == 0 { return }
        if (table(s).fill + o.used) * 5 >= table(s).mask * 3 {
            resize(s, minimumUsed: (table(s).used + o.used) * 2)
        }
        let t = table(s)
        if t.fill == 0 && t.mask == o.mask && o.fill == o.used {
            for i in 0..<o.size where o.isActive(i) { t.setEntry(i, o.key(i), o.hash(i)) }
            t.fill = o.fill
            t.used = o.used
            return
        }
        if t.fill == 0 {
            t.fill = o.used
            t.used = o.used
            for i in 0..<o.size where o.isActive(i) { t.insertClean(o.key(i), o.hash(i)) }
            return
        }
        // Snapshot: adding may run __eq__, which may change `other`.
        let members = snapshot(other)
        for i in 0..<TupleRef(members.keys).count {
            try addEntry(s, TupleRef(members.keys)[i], hash: members.hashes[i])
        }
    }

    /// The members and hashes of set `s` in table order.
    static func snapshot(_ s: Value) -> (keys: Value, hashes: [Int]) {
        let t = table(s)
        let keys = TupleRef.allocate(t.used)
        var hashes: [Int] = []
        hashes.reserveCapacity(t.used)
        var n = 0
        for i in 0..<t.size where t.isActive(i) && n < t.used {
            keys[n] = t.key(i)
            hashes.append(t.hash(i))
            n += 1
        }
        return (keys.value, hashes)
    }

    /// set_update_internal: from a set, a dict (its stored hashes) or any iterable.
    static func update(_ s: Value, _ iterable: Value) throws(PyException) {
        if isSet(iterable) { return try merge(s, iterable) }
        if iterable.type.isIdentical(BuiltinTypes.dict) {
            let d = DictRef(iterable)
            if (table(s).fill + d.count) * 5 >= table(s).mask * 3 {
                resize(s, minimumUsed: (table(s).used + d.count) * 2)
            }
            let keys = ListRef.create()
            try d.forEach { (k, _) throws(PyException) -> Bool in keys.append(k); return true }
            for i in 0..<keys.count { try add(s, keys[i]) }
            return
        }
        let iterator = try Runtime.iterate(iterable)
        while let v = try Runtime.next(iterator) { try add(s, v) }
    }
}
