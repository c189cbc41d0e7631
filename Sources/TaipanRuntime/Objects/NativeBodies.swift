// The table of native function bodies, indexed by a native function object's body word.

/// Bodies in raw memory, each closure in a struct: loading one neither retains a Swift
/// array's buffer nor wraps the closure in a reabstraction thunk (as `[NativeBody]` did on
/// every native call). Entries are only appended, never removed.
struct NativeBodies {
    struct Entry {
        var body: NativeBody
        /// Called without the recursion guard (RecursionGuard.swift).
        var unguarded: Bool
    }

    var entries: UnsafeMutablePointer<Entry>? = nil
    var count = 0
    var capacity = 0

    @inline(__always) subscript(index: Int) -> NativeBody { entries.unsafelyUnwrapped[index].body }

    @inline(__always) func isUnguarded(_ index: Int) -> Bool { entries.unsafelyUnwrapped[index].unguarded }

    func markUnguarded(_ index: Int) { entries.unsafelyUnwrapped[index].unguarded = true }

    /// Adds a body; returns its index.
    mutating func append(_ body: @escaping NativeBody) -> Int {
        if count == capacity {
            let newCapacity = max(1024, capacity * 2)
            let bigger = UnsafeMutablePointer<Entry>.allocate(capacity: newCapacity)
            if let entries {
                bigger.moveInitialize(from: entries, count: count)
                entries.deallocate()
            }
            entries = bigger
            capacity = newCapacity
        }
        (entries.unsafelyUnwrapped + count).initialize(to: Entry(body: body, unguarded: false))
        count += 1
        return count - 1
    }
}
