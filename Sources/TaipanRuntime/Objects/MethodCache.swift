// The type attribute cache: (version tag, name) → what an MRO walk finds, as CPython's
// type method cache. Every special-method lookup, attribute load and method call goes
// through `TypeRef.lookup`, so the walk over the MRO's dicts happens once per type state.
//
// Version tags: a type's tag (TypeWords.version) is assigned on first lookup from a global
// counter and never reused, so an entry whose tag matches the type's current tag is valid;
// no entry is ever flushed individually. Changing a class's namespace or bases sets its tag
// and its subclasses' tags to 0 (`TypeRef.modified`). A type gets a tag only after every
// type in its MRO has one, so a type with tag 0 has no tagged subclasses and invalidation
// can stop there.
//
// Entries are not traced by the collector: a result is alive while it is in a namespace,
// and an entry is only read when its tag still matches, that is, while the namespace it
// came from is unchanged.

enum MethodCache {
    struct Entry {
        var version: Int
        var name: Value
        var result: Value
    }

    static let size = 4096
    /// The table, made on first use; an optional with a constant initial value, so reading
    /// it costs no lazy-initialisation check.
    static var table: UnsafeMutablePointer<Entry>? = nil
    @inline(__always) static var entries: UnsafeMutablePointer<Entry> {
        if let t = table { return t }
        return makeTable()
    }

    @inline(never)
    static func makeTable() -> UnsafeMutablePointer<Entry> {
        let p = UnsafeMutablePointer<Entry>.allocate(capacity: size)
        p.initialize(repeating: Entry(version: 0, name: .null, result: .null), count: size)
        table = p
        return p
    }
    static var nextVersion = 1

    /// The value of `name` along the MRO of `type`, or null.
    @inline(__always)
    static func lookup(_ type: TypeRef, _ name: Value) -> Value {
        let version = type.value.loadRaw(TypeWords.version)
        let index = (version &* 0x9E37_79B1 ^ Int(truncatingIfNeeded: name.bits >> 4)) & (size - 1)
        let entry = entries + index
        if version != 0 && entry.pointee.version == version && entry.pointee.name.isIdentical(name) {
            return entry.pointee.result
        }
        return fill(type, name)
    }

    @inline(never)
    static func fill(_ type: TypeRef, _ name: Value) -> Value {
        let result = type.lookupUncached(name)
        let version = assignVersion(type)
        // Only interned names are cached: any other str is a different key each time.
        if version != 0 && name.type.isIdentical(BuiltinTypes.str) && StrRef(name).isInterned {
            let index = (version &* 0x9E37_79B1 ^ Int(truncatingIfNeeded: name.bits >> 4)) & (size - 1)
            entries[index] = Entry(version: version, name: name, result: result)
        }
        return result
    }

    /// The type's tag, assigned (with its MRO's) if it had none.
    static func assignVersion(_ type: TypeRef) -> Int {
        let current = type.value.loadRaw(TypeWords.version)
        if current != 0 { return current }
        let mroValue = type.mro
        if mroValue.isNull { return 0 }
        let mro = TupleRef(mroValue)
        for i in 1..<max(mro.count, 1) where mro[i].loadRaw(TypeWords.version) == 0 {
            _ = assignVersion(TypeRef(mro[i]))
        }
        let version = nextVersion
        nextVersion += 1
        type.value.storeRaw(TypeWords.version, version)
        return version
    }

    /// Forgets every entry (after the built-in types' namespaces were filled at start-up).
    static func clear() {
        for i in 0..<size { entries[i] = Entry(version: 0, name: .null, result: .null) }
    }
}

extension TypeRef {
    /// The namespace, bases or MRO of this type changed: its cached lookups, and its
    /// subclasses', are no longer valid.
    public func modified() {
        if value.loadRaw(TypeWords.version) == 0 { return }
        value.storeRaw(TypeWords.version, 0)
        let subclasses = value.loadValue(TypeWords.subclasses)
        if subclasses.isNull { return }
        let list = ListRef(subclasses)
        for i in 0..<list.count { TypeRef(list[i]).modified() }
    }

    /// Records `subclass` so that changes to this type reach it (`modified`).
    func addSubclass(_ subclass: Value) {
        var subclasses = value.loadValue(TypeWords.subclasses)
        if subclasses.isNull {
            subclasses = ListRef.create().value
            value.storeValue(TypeWords.subclasses, subclasses)
        }
        ListRef(subclasses).append(subclass)
    }
}
