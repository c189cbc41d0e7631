// Reading and writing the words of heap objects through a Value.
//
// Every store of a Value into a heap object goes through `storeValue`, so a write barrier
// (for a generational collector with sticky mark bits) can be added in one place.

extension Value {
    /// Word `i` of the object this pointer Value refers to, as a Value.
    @inline(__always) public func loadValue(_ i: Int) -> Value {
        Value(bits: pointer.load(fromByteOffset: i &* 8, as: UInt64.self))
    }

    /// Word `i` of the object, as a raw Int.
    @inline(__always) public func loadRaw(_ i: Int) -> Int {
        pointer.load(fromByteOffset: i &* 8, as: Int.self)
    }

    /// The one way a Value is stored into a heap object.
    @inline(__always) public func storeValue(_ i: Int, _ v: Value) {
        pointer.storeBytes(of: v.bits, toByteOffset: i &* 8, as: UInt64.self)
    }

    @inline(__always) public func storeRaw(_ i: Int, _ x: Int) {
        pointer.storeBytes(of: x, toByteOffset: i &* 8, as: Int.self)
    }

    /// The address of word `i`, for natives that work on a run of words.
    @inline(__always) public func words(from i: Int) -> UnsafeMutablePointer<Value> {
        (pointer + i &* 8).assumingMemoryBound(to: Value.self)
    }

    /// The type of any value: inline ints and floats have theirs implied by the tag.
    @inline(__always) public var type: Value {
        if isPointer { return loadValue(0) }
        return isSmallInt ? BuiltinTypes.int : BuiltinTypes.float
    }

    /// Identity comparison (`is`).
    @inline(__always) public func isIdentical(_ other: Value) -> Bool { bits == other.bits }
}

/// Allocates an object of `words` words whose word 0 is `type`; the rest is zero.
@inline(__always)
public func allocateObject(words: Int, type: Value) -> Value {
    Value(pointer: Heap.allocate(bytes: words &* 8, type: type))
}
