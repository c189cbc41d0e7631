// Small hash containers keyed by `NameID`, for the symbol tables' inner loops. Names are
// dense small integers, so a multiplicative hash and linear probing beat Swift's
// `Set`/`Dictionary` (which hash every key with SipHash) by a wide margin here.
//
// Both are value types over arrays: copying one is an array copy on first write, as the
// analysis pass needs when it hands each child scope its own copy of a set.

/// The bucket of `key` in a table of `mask + 1` buckets (a power of two).
@inline(__always)
private func bucket(_ key: NameID, _ mask: Int) -> Int {
    let h = UInt32(bitPattern: key) &* 0x9E37_79B1
    return Int(truncatingIfNeeded: h ^ (h >> 16)) & mask
}

/// A set of names.
struct NameSet {
    /// Buckets: a name, or -1 for empty. Empty until the first insertion.
    private(set) var keys: [NameID] = []
    private(set) var count = 0

    init() {}

    @inline(__always) var isEmpty: Bool { count == 0 }

    func contains(_ key: NameID) -> Bool {
        if count == 0 { return false }
        let mask = keys.count - 1
        var i = bucket(key, mask)
        while true {
            let k = keys[i]
            if k == key { return true }
            if k < 0 { return false }
            i = (i + 1) & mask
        }
    }

    /// Adds `key`; returns false if it was there already.
    @discardableResult
    mutating func insert(_ key: NameID) -> Bool {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let mask = keys.count - 1
        var i = bucket(key, mask)
        while true {
            let k = keys[i]
            if k == key { return false }
            if k < 0 {
                keys[i] = key
                count += 1
                return true
            }
            i = (i + 1) & mask
        }
    }

    /// Removes `key`; returns false if it was not there. Keeps probe chains intact by
    /// moving later entries of the cluster back (no tombstones).
    @discardableResult
    mutating func remove(_ key: NameID) -> Bool {
        if count == 0 { return false }
        let mask = keys.count - 1
        var i = bucket(key, mask)
        while true {
            let k = keys[i]
            if k < 0 { return false }
            if k == key { break }
            i = (i + 1) & mask
        }
        keys[i] = -1
        count -= 1
        var j = (i + 1) & mask
        while keys[j] >= 0 {
            let k = keys[j]
            let home = bucket(k, mask)
            // Move k into the hole unless its home lies cyclically in (i, j].
            let inRange = i <= j ? (home > i && home <= j) : (home > i || home <= j)
            if !inRange {
                keys[i] = k
                keys[j] = -1
                i = j
            }
            j = (j + 1) & mask
        }
        return true
    }

    mutating func formUnion(_ other: NameSet) {
        if other.count == 0 { return }
        if count == 0 {
            self = other
            return
        }
        for k in other.keys where k >= 0 { insert(k) }
    }

    /// The names, in no particular order.
    func forEach(_ body: (NameID) -> Void) {
        if count == 0 { return }
        for k in keys where k >= 0 { body(k) }
    }

    private mutating func grow() {
        let old = keys
        keys = [NameID](repeating: -1, count: max(8, old.count * 2))
        count = 0
        for k in old where k >= 0 { insert(k) }
    }
}

/// A map from names to symbol indices (a scope's `slots`).
struct NameSlots {
    private var keys: [NameID] = []
    private var values: [Int32] = []
    private(set) var count = 0

    init() {}

    subscript(key: NameID) -> Int32? {
        if count == 0 { return nil }
        let mask = keys.count - 1
        var i = bucket(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k < 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Adds `key`, which must not be present yet.
    mutating func insertNew(_ key: NameID, _ value: Int32) {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let mask = keys.count - 1
        var i = bucket(key, mask)
        while keys[i] >= 0 { i = (i + 1) & mask }
        keys[i] = key
        values[i] = value
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let capacity = max(8, oldKeys.count * 2)
        keys = [NameID](repeating: -1, count: capacity)
        values = [Int32](repeating: 0, count: capacity)
        count = 0
        for i in oldKeys.indices where oldKeys[i] >= 0 { insertNew(oldKeys[i], oldValues[i]) }
    }
}
