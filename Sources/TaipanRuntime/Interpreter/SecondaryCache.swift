// The second level of the attribute caches, for polymorphic sites: `task.next` read in a
// loop over instances of four subclasses misses its one inline entry three times in four.
// When an instruction's slow path replaces its inline entry with one for another type,
// the old entry moves here, into a small global table indexed by a hash of (type version
// tag, attribute name, opcode); the instruction looks here after its inline entry
// misses.
//
// An entry states a fact about its type version and name alone (where the attribute
// lives, which function the method is), not about the instruction that made it, so any
// loadAttr/storeAttr/loadMethod of that name may use it. The name is interned (names of
// code objects are), and interned strs live for ever, so an identical name is the same
// name. Like the inline entries, entries are not traced by the collector and hold only
// while their version tag is current (InlineCache.swift); tags are never reused.

#if canImport(Glibc)
import Glibc
#endif

/// (The inline entry comes first: `lookup` hands out a pointer to it.)
struct SecondaryCacheEntry {
    var entry: InlineCache
    /// The attribute name (interned), or null when the slot is empty.
    var name: Value
    /// The opcode the entry serves (loadAttr, storeAttr or loadMethod).
    var opcode: UInt8
}

enum SecondaryCache {
    static let size = 1024
    /// Allocated by the first `keep`; nil until then.
    static var table: UnsafeMutablePointer<SecondaryCacheEntry>? = nil

    @inline(__always)
    static func slot(_ table: UnsafeMutablePointer<SecondaryCacheEntry>, _ version: Int, _ name: Value,
                     _ opcode: UInt8) -> UnsafeMutablePointer<SecondaryCacheEntry> {
        let key = UInt64(bitPattern: Int64(version)) &* 0x9E37_79B9_7F4A_7C15 ^ (name.bits >> 3) ^ UInt64(opcode) << 7
        let mixed = key ^ (key >> 29)
        return table + Int(truncatingIfNeeded: mixed & UInt64(size - 1))
    }

    /// The entry of instruction `opcode` for type version `version` and `name`, or nil.
    @inline(__always)
    static func lookup(_ version: Int, _ name: Value, _ opcode: UInt8) -> UnsafeMutablePointer<InlineCache>? {
        guard let table, version != 0 else { return nil }
        let s = slot(table, version, name, opcode)
        if s.pointee.entry.version == version && s.pointee.name.isIdentical(name) && s.pointee.opcode == opcode {
            return UnsafeMutableRawPointer(s).assumingMemoryBound(to: InlineCache.self)
        }
        return nil
    }

    /// Called after a slow path that may have refilled `cache`: an entry it replaced for
    /// another type moves here.
    @inline(__always)
    static func keep(_ old: InlineCache, replacedIn cache: UnsafeMutablePointer<InlineCache>, _ name: Value, _ opcode: UInt8) {
        if old.kind == .empty || old.version == cache.pointee.version { return }
        store(old, name, opcode)
    }

    @inline(never)
    static func store(_ old: InlineCache, _ name: Value, _ opcode: UInt8) {
        guard StrRef(name).isInterned else { return }
        if table == nil {
            guard let memory = calloc(size, MemoryLayout<SecondaryCacheEntry>.stride) else { return }
            table = memory.bindMemory(to: SecondaryCacheEntry.self, capacity: size)
        }
        guard let table else { return }
        let s = slot(table, old.version, name, opcode)
        s.pointee = SecondaryCacheEntry(entry: old, name: name, opcode: opcode)
    }
}
