// The text a pattern runs over, taken from a str (its PEP 393 code points at their width)
// or a bytes-like object (bytes; a bytearray is snapshotted into a bytes object first, so
// a replacement function that resizes it cannot pull the memory from under the engine,
// which CPython prevents with a buffer export), and slicing it back into Python values.

struct SreInput {
    let base: UnsafeRawPointer
    let width: Int
    let length: Int
    let isBytes: Bool
    /// The object `base` points into (a str or bytes), kept in a local for the collector.
    let owner: Value

    static func of(_ v: Value) throws(PyException) -> SreInput {
        if StrOps.isStr(v) {
            let s = StrRef(v)
            return SreInput(base: UnsafeRawPointer(s.data), width: s.width, length: s.count, isBytes: false, owner: v)
        }
        if BytesOps.isBytes(v) {
            return SreInput(base: UnsafeRawPointer(BytesOps.data(v)), width: 1, length: BytesOps.count(v), isBytes: true, owner: v)
        }
        if ByteArrayOps.isByteArray(v) {
            let copy = BytesOps.create(ByteArrayOps.bytes(v))
            return SreInput(base: UnsafeRawPointer(BytesOps.data(copy)), width: 1, length: BytesOps.count(copy), isBytes: true, owner: copy)
        }
        throw typeError("expected string or bytes-like object, got '\(TypeRef(v.type).nameString)'")
    }

    /// string[start:end] as getslice in CPython's sre.c: the same object for a whole exact
    /// str or bytes, a new str at its narrowest width, bytes for any bytes-like object.
    func slice(_ string: Value, _ start: Int, _ end: Int) -> Value {
        let n = Swift.max(end - start, 0)
        if isBytes {
            if start == 0 && n == length && string.type.isIdentical(BytesOps.type) { return string }
            let b = allocateObject(words: VariableSizeLayout.bytesWords(count: n), type: BytesOps.type)
            b.storeRaw(1, n)
            b.storeRaw(2, -1)
            if n > 0 { (b.pointer + 24).copyMemory(from: base + start, byteCount: n) }
            return b
        }
        if start == 0 && n == length && string.type.isIdentical(BuiltinTypes.str) { return string }
        var widest: UInt32 = 0
        switch width {
        case 1:
            let p = base.assumingMemoryBound(to: UInt8.self)
            for i in start..<start + n { widest |= UInt32(p[i]) }
        case 2:
            let p = base.assumingMemoryBound(to: UInt16.self)
            for i in start..<start + n { widest = Swift.max(widest, UInt32(p[i])) }
        default:
            let p = base.assumingMemoryBound(to: UInt32.self)
            for i in start..<start + n { widest = Swift.max(widest, p[i]) }
        }
        let w = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4
        let s = StrRef.allocate(count: n, width: w, ascii: widest < 0x80)
        if w == width {
            if n > 0 { s.data.copyMemory(from: base + start * width, byteCount: n * width) }
        } else {
            for i in 0..<n { StrOps.store(s, i, self[start + i]) }
        }
        return s.value
    }

    /// The empty str or bytes, to join results with.
    var empty: Value { isBytes ? BytesOps.create([]) : StrRef.create("").value }

    @inline(__always) subscript(i: Int) -> UInt32 {
        switch width {
        case 1: return UInt32(base.load(fromByteOffset: i, as: UInt8.self))
        case 2: return UInt32(base.load(fromByteOffset: i &* 2, as: UInt16.self))
        default: return base.load(fromByteOffset: i &* 4, as: UInt32.self)
        }
    }
}

extension SreState {
    /// Searches `input` from state.start (see SreSearch.swift), at the input's width.
    mutating func search(_ input: SreInput) -> Int {
        switch input.width {
        case 1: return search(SreText1(base: input.base.assumingMemoryBound(to: UInt8.self)))
        case 2: return search(SreText2(base: input.base.assumingMemoryBound(to: UInt16.self)))
        default: return search(SreText4(base: input.base.assumingMemoryBound(to: UInt32.self)))
        }
    }

    /// Matches `input` at state.start.
    mutating func matchHere(_ input: SreInput) -> Int {
        switch input.width {
        case 1: return matchHere(SreText1(base: input.base.assumingMemoryBound(to: UInt8.self)))
        case 2: return matchHere(SreText2(base: input.base.assumingMemoryBound(to: UInt16.self)))
        default: return matchHere(SreText4(base: input.base.assumingMemoryBound(to: UInt32.self)))
        }
    }
}
