// dict: an insertion-ordered compact hash table, as CPython's: an index table of small
// ints pointing into a dense array of entries (hash, key, value). Iteration follows the
// entries, so order is insertion order.
//
//   dict     word 0 type   1 storage   2 live count   3 version tag: a new one from a counter
//            shared by all dicts on every change (as PEP 509), so a tag names one dict in
//            one state; inline caches of global loads key on it (0: never tagged)
//   storage  word 0 type   1 2×capacity (the Value words)   2 capacity   3 index size (2^k)
//            4 entries used   5… keys and values, interleaved   then hashes (Int)
//            then the index (Int32: -1 empty, -2 deleted, else an entry number)
//
// Lookups call `__hash__` and `__eq__` of user keys; an `__eq__` that mutates the dict
// makes the lookup start over, as in CPython.

public struct DictRef {
    public let value: Value

    @inline(__always) public init(_ value: Value) { self.value = value }

    static let storageWord = 1
    static let countWord = 2
    static let versionWord = 3
    static let layout = TraceLayout.fixed(first: 1, count: 1)

    @inline(__always) var storage: DictStorage { DictStorage(value.loadValue(DictRef.storageWord)) }
    @inline(__always) public var count: Int { value.loadRaw(DictRef.countWord) }

    public static func create(capacity: Int = 5) -> DictRef {
        let d = allocateObject(words: 4, type: BuiltinTypes.dict)
        d.storeValue(storageWord, DictStorage.create(capacity: capacity).value)
        DictRef(d).changed()
        return DictRef(d)
    }

    /// The next dict version tag.
    static var nextVersion = 1

    @inline(__always) func changed() {
        value.storeRaw(DictRef.versionWord, DictRef.nextVersion)
        DictRef.nextVersion &+= 1
    }

    @inline(__always) var version: Int { value.loadRaw(DictRef.versionWord) }

    // MARK: Lookup

    /// The value for `key`, or nil. May run user `__hash__`/`__eq__`.
    public func get(_ key: Value) throws(PyException) -> Value? {
        let hash = try Runtime.hash(key)
        guard let entry = try find(key, hash: hash) else { return nil }
        return storage.value(entry)
    }

    /// Lookup by a str key, which never runs user code when the dict's keys are str.
    public func lookupStr(_ key: Value) -> Value? {
        let s = storage
        let hash = StrRef(key).hash
        var slot = hash & (s.indexSize - 1)
        var perturb = UInt(bitPattern: hash)
        while true {
            let entry = s.index(slot)
            if entry == -1 { return nil }
            if entry >= 0 {
                let k = s.key(entry)
                if k.isIdentical(key) { return s.value(entry) }
                if s.hash(entry) == hash, k.isPointer, k.type.isIdentical(BuiltinTypes.str), StrRef(k).equals(StrRef(key)) {
                    return s.value(entry)
                }
            }
            DictStorage.probe(&slot, &perturb, mask: s.indexSize - 1)
        }
    }

    /// The entry number holding `key`, or nil.
    func find(_ key: Value, hash: Int) throws(PyException) -> Int? {
        restart: while true {
            let s = storage
            var slot = hash & (s.indexSize - 1)
            var perturb = UInt(bitPattern: hash)
            while true {
                let entry = s.index(slot)
                if entry == -1 { return nil }
                if entry >= 0 {
                    let k = s.key(entry)
                    if k.isIdentical(key) { return entry }
                    if s.hash(entry) == hash {
                        let equal = try Runtime.equals(k, key)
                        // The comparison ran Python code: if it changed the table, start over.
                        if !storage.value.isIdentical(s.value) || !s.key(entry).isIdentical(k) { continue restart }
                        if equal { return entry }
                    }
                }
                DictStorage.probe(&slot, &perturb, mask: s.indexSize - 1)
            }
        }
    }

    // MARK: Update

    public func set(_ key: Value, _ v: Value) throws(PyException) {
        let hash = try Runtime.hash(key)
        if let entry = try find(key, hash: hash) {
            storage.setValue(entry, v)
            changed()
            return
        }
        insertNew(key, v, hash: hash)
    }

    /// Sets a str key (no user code can run).
    public func setStr(_ key: Value, _ v: Value) {
        if let entry = try? find(key, hash: StrRef(key).hash) {
            storage.setValue(entry, v)
            changed()
            return
        }
        insertNew(key, v, hash: StrRef(key).hash)
    }

    func insertNew(_ key: Value, _ v: Value, hash: Int) {
        var s = storage
        if s.used >= s.capacity {
            s = resize(minimumCapacity: count * 2 + 1)
        }
        let entry = s.used
        s.setEntry(entry, key: key, value: v, hash: hash)
        s.used = entry + 1
        var slot = hash & (s.indexSize - 1)
        var perturb = UInt(bitPattern: hash)
        while s.index(slot) >= 0 {
            DictStorage.probe(&slot, &perturb, mask: s.indexSize - 1)
        }
        s.setIndex(slot, entry)
        value.storeRaw(DictRef.countWord, count + 1)
        changed()
    }

    /// Removes `key`; returns its value, or nil if absent.
    @discardableResult
    public func remove(_ key: Value) throws(PyException) -> Value? {
        let hash = try Runtime.hash(key)
        guard let entry = try find(key, hash: hash) else { return nil }
        let s = storage
        let old = s.value(entry)
        var slot = hash & (s.indexSize - 1)
        var perturb = UInt(bitPattern: hash)
        while s.index(slot) != entry {
            DictStorage.probe(&slot, &perturb, mask: s.indexSize - 1)
        }
        s.setIndex(slot, -2)
        s.setEntry(entry, key: .null, value: .null, hash: 0)
        value.storeRaw(DictRef.countWord, count - 1)
        changed()
        return old
    }

    /// Rebuilds the table with room for at least `minimumCapacity` entries, compacting
    /// deleted ones.
    func resize(minimumCapacity: Int) -> DictStorage {
        let old = storage
        let fresh = DictStorage.create(capacity: max(minimumCapacity, 5))
        var used = 0
        for i in 0..<old.used {
            let k = old.key(i)
            if k.isNull { continue }
            let h = old.hash(i)
            fresh.setEntry(used, key: k, value: old.value(i), hash: h)
            var slot = h & (fresh.indexSize - 1)
            var perturb = UInt(bitPattern: h)
            while fresh.index(slot) >= 0 {
                DictStorage.probe(&slot, &perturb, mask: fresh.indexSize - 1)
            }
            fresh.setIndex(slot, used)
            used += 1
        }
        var f = fresh
        f.used = used
        value.storeValue(DictRef.storageWord, fresh.value)
        return fresh
    }

    // MARK: Iteration

    /// The live entries in insertion order, as (key, value); stops early if `body` says so.
    public func forEach(_ body: (Value, Value) throws(PyException) -> Bool) throws(PyException) {
        var i = 0
        while true {
            let s = storage
            if i >= s.used { return }
            let k = s.key(i)
            if !k.isNull {
                if try !body(k, s.value(i)) { return }
            }
            i += 1
        }
    }

    /// The key and value of the next live entry at or after entry `position`, advancing it.
    public func next(_ position: inout Int) -> (Value, Value)? {
        let s = storage
        while position < s.used {
            let k = s.key(position)
            position += 1
            if !k.isNull { return (k, s.value(position - 1)) }
        }
        return nil
    }
}

/// The table behind a dict (see DictObject.swift's header for the layout).
struct DictStorage {
    let value: Value

    /// The next slot of a lookup's probe sequence (CPython's: perturbed by the hash's high
    /// bits, so every slot is reached).
    @inline(__always) static func probe(_ slot: inout Int, _ perturb: inout UInt, mask: Int) {
        perturb >>= 5
        slot = (slot &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
    }

    @inline(__always) init(_ value: Value) { self.value = value }

    static let firstValue = 5
    static let layout = TraceLayout.counted(first: firstValue, countWord: 1)

    static func create(capacity: Int) -> DictStorage {
        var indexSize = 8
        while indexSize * 2 / 3 < capacity { indexSize *= 2 }
        let capacity = indexSize * 2 / 3
        let words = firstValue + 2 * capacity + capacity + (indexSize + 1) / 2
        let s = allocateObject(words: words, type: BuiltinTypes.dictStorage)
        s.storeRaw(1, 2 * capacity)
        s.storeRaw(2, capacity)
        s.storeRaw(3, indexSize)
        let storage = DictStorage(s)
        for i in 0..<indexSize { storage.setIndex(i, -1) }
        return storage
    }

    @inline(__always) var capacity: Int { value.loadRaw(2) }
    @inline(__always) var indexSize: Int { value.loadRaw(3) }
    @inline(__always) var used: Int {
        get { value.loadRaw(4) }
        nonmutating set { value.storeRaw(4, newValue) }
    }

    @inline(__always) func key(_ entry: Int) -> Value { value.loadValue(DictStorage.firstValue &+ 2 &* entry) }
    @inline(__always) func value(_ entry: Int) -> Value { value.loadValue(DictStorage.firstValue &+ 2 &* entry &+ 1) }
    @inline(__always) func setValue(_ entry: Int, _ v: Value) { value.storeValue(DictStorage.firstValue &+ 2 &* entry &+ 1, v) }

    @inline(__always) var hashesWord: Int { DictStorage.firstValue &+ 2 &* capacity }
    @inline(__always) func hash(_ entry: Int) -> Int { value.loadRaw(hashesWord &+ entry) }

    func setEntry(_ entry: Int, key: Value, value v: Value, hash: Int) {
        value.storeValue(DictStorage.firstValue + 2 * entry, key)
        value.storeValue(DictStorage.firstValue + 2 * entry + 1, v)
        value.storeRaw(hashesWord + entry, hash)
    }

    @inline(__always) var indexBase: UnsafeMutablePointer<Int32> {
        (value.pointer + (hashesWord &+ capacity) &* 8).assumingMemoryBound(to: Int32.self)
    }
    @inline(__always) func index(_ slot: Int) -> Int { Int(indexBase[slot]) }
    @inline(__always) func setIndex(_ slot: Int, _ entry: Int) { indexBase[slot] = Int32(entry) }
}
