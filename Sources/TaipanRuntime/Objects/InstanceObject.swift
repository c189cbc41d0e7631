// Instances of classes, with maps (hidden classes).
//
// A map is a shared, immutable description "attribute name → slot index". Each class has an
// empty root map; adding an attribute moves an instance to the child map for that name
// (created once, then shared), so instances that get the same attributes in the same order
// share a map, and an attribute load is a map check plus a slot read.
//
//   map       word 0 type   1 parent map   2 the name this map adds   3 its slot index
//             4 attribute count (-1: dictionary mode)   5 transitions (dict name → map)
//   instance  word 0 type   1 map   2 … 2+K-1 inline slots   2+K overflow (tuple-like array)
//
// K (`inlineSlots`) is fixed per class. An instance whose `__dict__` is asked for, or that
// loses an attribute, switches to dictionary mode: its map is the shared dictionary-mode map
// and inline slot 0 holds a real dict.

public enum Maps {
    public static var type = Value(bits: 0)
    /// The map of instances in dictionary mode.
    public static var dictionaryMode = Value(bits: 0)

    static let parentWord = 1, nameWord = 2, indexWord = 3, countWord = 4, transitionsWord = 5
    static let words = 6

    static func setUp() {
        type = BuiltinTypes.makeType("map", base: BuiltinTypes.object, instanceWords: words,
                                     layout: .fixed(first: 1, count: 2), flags: [], slots: TypeSlots())
        // Transitions are a Value too: extend the layout to cover word 5.
        type.storeRaw(TypeWords.traceLayout, Int(bitPattern: UInt(TraceLayout.fixed(first: 1, count: 5).bits)))
        dictionaryMode = allocateObject(words: words, type: type)
        dictionaryMode.storeRaw(countWord, -1)
        BuiltinTypes.registry.append(dictionaryMode)
    }

    /// A new empty map (the root map of a class).
    public static func createRoot() -> Value {
        let m = allocateObject(words: words, type: type)
        m.storeRaw(indexWord, -1)
        return m
    }

    @inline(__always) static func count(_ map: Value) -> Int { map.loadRaw(countWord) }

    /// The slot index of `name` (an interned str) in `map`, or -1.
    @inline(__always) public static func index(of name: Value, in map: Value) -> Int {
        var m = map
        while true {
            if m.loadValue(nameWord).isIdentical(name) { return m.loadRaw(indexWord) }
            m = m.loadValue(parentWord)
            if m.isNull { return -1 }
        }
    }

    /// The map reached from `map` by adding `name`.
    static func transition(_ map: Value, adding name: Value) -> Value {
        var transitions = map.loadValue(transitionsWord)
        if !transitions.isNull, let child = DictRef(transitions).lookupStr(name) { return child }
        let child = allocateObject(words: words, type: type)
        child.storeValue(parentWord, map)
        child.storeValue(nameWord, name)
        child.storeRaw(indexWord, count(map))
        child.storeRaw(countWord, count(map) + 1)
        if transitions.isNull {
            transitions = DictRef.create().value
            map.storeValue(transitionsWord, transitions)
        }
        DictRef(transitions).setStr(name, child)
        return child
    }

    /// The names of a map's attributes, in slot order.
    static func names(_ map: Value) -> [Value] {
        var result = [Value](repeating: .null, count: max(count(map), 0))
        var m = map
        while !m.isNull, m.loadRaw(indexWord) >= 0 {
            result[m.loadRaw(indexWord)] = m.loadValue(nameWord)
            m = m.loadValue(parentWord)
        }
        return result
    }
}

/// Attribute storage of instances.
public enum Instances {
    /// Inline slots per instance of a class defined by a class statement.
    public static let inlineSlots = 6
    static let mapOffset = 1
    /// The overflow array: word 0 type (tuple), 1 capacity, 2… values.

    /// A new instance of `type` (a class with maps), with no attributes yet.
    public static func create(_ type: Value) -> Value {
        let t = TypeRef(type)
        let o = allocateObject(words: t.instanceWords, type: type)
        o.storeValue(t.mapWord, type.loadValue(TypeWords.rootMap))
        return o
    }

    /// Gives a new object of class `cls`, allocated by a built-in base's constructor, the
    /// class's root map when instances of `cls` have a `__dict__`.
    public static func setRootMap(_ o: Value, _ cls: Value) {
        let mapWord = TypeRef(cls).mapWord
        if mapWord != 0 { o.storeValue(VariableSizeLayout.resolve(mapWord, in: o), cls.loadValue(TypeWords.rootMap)) }
    }

    /// The value of attribute `name` (interned) in the instance's own storage, or nil.
    @inline(__always)
    public static func get(_ o: Value, _ name: Value, mapWord: Int) -> Value? {
        let map = o.loadValue(mapWord)
        if Maps.count(map) < 0 {
            return DictRef(o.loadValue(mapWord + 1)).lookupStr(name)
        }
        let index = Maps.index(of: name, in: map)
        if index < 0 { return nil }
        let v = slot(o, index, mapWord: mapWord)
        return v.isNull ? nil : v
    }

    @inline(__always) static func slot(_ o: Value, _ index: Int, mapWord: Int) -> Value {
        if index < inlineSlots { return o.loadValue(mapWord &+ 1 &+ index) }
        let overflow = o.loadValue(mapWord &+ 1 &+ inlineSlots)
        return TupleRef(overflow)[index &- inlineSlots]
    }

    /// Stores into an existing slot (the overflow array, if needed, already holds it).
    @inline(__always) static func setSlot(_ o: Value, _ index: Int, _ v: Value, mapWord: Int) {
        if index < inlineSlots {
            o.storeValue(mapWord &+ 1 &+ index, v)
        } else {
            TupleRef(o.loadValue(mapWord &+ 1 &+ inlineSlots))[index &- inlineSlots] = v
        }
    }

    public static func set(_ o: Value, _ name: Value, _ v: Value, mapWord: Int) {
        let map = o.loadValue(mapWord)
        if Maps.count(map) < 0 {
            DictRef(o.loadValue(mapWord + 1)).setStr(name, v)
            return
        }
        var index = Maps.index(of: name, in: map)
        if index < 0 {
            let child = Maps.transition(map, adding: name)
            index = child.loadRaw(Maps.indexWord)
            if index >= inlineSlots { ensureOverflow(o, index - inlineSlots, mapWord: mapWord) }
            o.storeValue(mapWord, child)
        }
        if index < inlineSlots {
            o.storeValue(mapWord + 1 + index, v)
        } else {
            TupleRef(o.loadValue(mapWord + 1 + inlineSlots))[index - inlineSlots] = v
        }
    }

    static func ensureOverflow(_ o: Value, _ index: Int, mapWord: Int) {
        let word = mapWord + 1 + inlineSlots
        let old = o.loadValue(word)
        let oldCount = old.isNull ? 0 : TupleRef(old).count
        if index < oldCount { return }
        let grown = allocateObject(words: 2 + max(4, oldCount * 2), type: BuiltinTypes.tuple)
        grown.storeRaw(1, max(4, oldCount * 2))
        for i in 0..<oldCount { grown.storeValue(2 + i, TupleRef(old)[i]) }
        o.storeValue(word, grown)
    }

    /// The instance's `__dict__`, switching it to dictionary mode.
    public static func dictionary(_ o: Value, mapWord: Int) -> Value {
        let map = o.loadValue(mapWord)
        if Maps.count(map) < 0 { return o.loadValue(mapWord + 1) }
        let d = DictRef.create()
        for (i, name) in Maps.names(map).enumerated() {
            let v = slot(o, i, mapWord: mapWord)
            if !v.isNull { d.setStr(name, v) }
        }
        for i in 0..<(inlineSlots + 1) { o.storeValue(mapWord + 1 + i, .null) }
        o.storeValue(mapWord + 1, d.value)
        o.storeValue(mapWord, Maps.dictionaryMode)
        return d.value
    }

    /// Deletes attribute `name`; false if the instance had none.
    public static func delete(_ o: Value, _ name: Value, mapWord: Int) throws(PyException) -> Bool {
        let d = DictRef(dictionary(o, mapWord: mapWord))
        return try d.remove(name) != nil
    }
}
