// Instances of classes derived from the variable-size built-ins: str, bytes, tuple, int
// (CPython's types with a nonzero tp_itemsize).
//
// Such an instance is the base's object exactly (same header and payload, so StrRef,
// TupleRef, the bytes accessors and BigIntRef read it unchanged), with word 0 the subclass,
// followed by the subclass's own words: its __slots__ words (str only), then the map word,
// the inline attribute slots and the overflow word. An int subclass instance always uses
// the big-int layout, even for small magnitudes (IntOps.unbool gives the plain int back).
//
// Where those tail words sit depends on the payload size, so the class stores their
// positions relative to the payload's end, encoded as negative numbers (`encode`): its
// map word (TypeWords.mapWord), its member descriptors' words, and in TypeWords.instanceWords
// the number of tail words. `resolve` turns a stored word into the instance's word.
// The collector finds the tail Values through TraceLayout.tail (ObjectLayout.swift).

public enum VariableSizeKind {
    public static let none = 0
    public static let str = 1
    public static let bytes = 2
    public static let tuple = 3
    public static let int = 4
}

public enum VariableSizeLayout {
    // The allocators' word counts (one formula each).

    /// A str of `count` code points of `width` bytes (with a terminating zero code unit).
    @inline(__always) public static func strWords(count: Int, width: Int) -> Int {
        StrWords.data &+ (count &* width &+ 8) >> 3
    }

    /// A bytes of `count` bytes (with a terminating zero byte).
    @inline(__always) public static func bytesWords(count: Int) -> Int { 3 &+ (count &+ 8) >> 3 }

    @inline(__always) public static func tupleWords(count: Int) -> Int { 2 &+ count }

    @inline(__always) public static func intWords(limbs: Int) -> Int { IntWords.limbs &+ limbs }

    /// The words of the base payload (header included) of an object of kind `kind`.
    @inline(__always)
    static func payloadWords(_ object: UnsafeMutableRawPointer, kind: Int) -> Int {
        let count = object.load(fromByteOffset: 8, as: Int.self)
        switch kind {
        case VariableSizeKind.str:
            return strWords(count: count, width: object.load(fromByteOffset: StrWords.info * 8, as: Int.self) & 0xFF)
        case VariableSizeKind.bytes: return bytesWords(count: count)
        case VariableSizeKind.tuple: return tupleWords(count: count)
        default: return intWords(limbs: count < 0 ? 0 &- count : count)
        }
    }

    /// The words of `object`'s base payload; its type is a variable-size subclass.
    public static func payloadWords(_ object: Value) -> Int {
        let layout = TraceLayout(bits: UInt64(bitPattern: Int64(object.loadValue(0).loadRaw(TypeWords.traceLayout))))
        return payloadWords(object.pointer, kind: layout.variableKind)
    }

    /// A word relative to the payload's end, as a class or descriptor stores it.
    @inline(__always) public static func encode(relative: Int) -> Int { -1 &- relative }

    /// The word of `object` that a stored word (a type's map word, a slot's word) names.
    @inline(__always) public static func resolve(_ word: Int, in object: Value) -> Int {
        word >= 0 ? word : resolveRelative(word, in: object)
    }

    @inline(never) static func resolveRelative(_ word: Int, in object: Value) -> Int {
        payloadWords(object) &+ (-1 &- word)
    }

    /// The variable-size kind of instances of `type` (0 for fixed-size types).
    public static func kind(of type: Value) -> Int {
        let t = TypeRef(type)
        if t.isSubtype(of: BuiltinTypes.str) { return VariableSizeKind.str }
        if t.isSubtype(of: BuiltinTypes.tuple) { return t.instanceWords == 2 || isVariable(type) ? VariableSizeKind.tuple : 0 }
        if t.isSubtype(of: BytesOps.type) { return VariableSizeKind.bytes }
        if t.isSubtype(of: BuiltinTypes.int) { return VariableSizeKind.int }
        return VariableSizeKind.none
    }

    /// Whether `type` is a class whose instances have tail words after a base payload.
    @inline(__always) public static func isVariable(_ type: Value) -> Bool {
        TraceLayout(bits: UInt64(bitPattern: Int64(type.loadRaw(TypeWords.traceLayout)))).variableKind != 0
    }

    /// The number of words a class of `kind` adds after the payload (0 for the built-in itself).
    static func tailWords(_ type: Value) -> Int { isVariable(type) ? TypeRef(type).instanceWords : 0 }

    /// An instance of `cls` (a variable-size class) holding the value of `base` (an exact
    /// str, bytes, tuple or int): its payload copied, its attributes empty.
    public static func instantiate(_ cls: Value, copying base: Value) -> Value {
        let kind = TraceLayout(bits: UInt64(bitPattern: Int64(cls.loadRaw(TypeWords.traceLayout)))).variableKind
        if kind == VariableSizeKind.int && !base.isPointer {
            // A small int in the big-int layout: sign × limb count, then the magnitude.
            let v = base.smallIntValue
            let limbs = v == 0 ? 0 : 1
            let o = allocateObject(words: intWords(limbs: limbs) &+ TypeRef(cls).instanceWords, type: cls)
            o.storeRaw(IntWords.size, v < 0 ? -1 : limbs)
            if limbs == 1 { o.storeRaw(IntWords.limbs, Int(bitPattern: UInt(v.magnitude))) }
            Instances.setRootMap(o, cls)
            return o
        }
        let payload = payloadWords(base.pointer, kind: kind)
        let o = allocateObject(words: payload &+ TypeRef(cls).instanceWords, type: cls)
        (o.pointer + 8).copyMemory(from: base.pointer + 8, byteCount: (payload &- 1) &* 8)
        if kind == VariableSizeKind.str {
            // Only the exact str is interned.
            o.storeRaw(StrWords.info, o.loadRaw(StrWords.info) & ~0x200)
        }
        Instances.setRootMap(o, cls)
        return o
    }
}
