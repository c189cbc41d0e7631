// array.array: the representation and the typecodes. Items are machine values packed in a
// raw buffer (a bytes object used as storage, as bytearray does); reading an item makes an
// int/float/str, writing one converts with CPython 3.11's range checks and messages.
//
//   array  word 0 type   1 storage: bytes used as a raw buffer (its length is the capacity)
//          2 item count (inline int)   3 typecode index into `ArrayCode.all` (inline int)
//          4 buffer exports (inline int: live memoryviews; the size is fixed while nonzero)

extension IntOps {
    /// The value of a non-negative int as a UInt64, or nil when it is negative or wider.
    static func asUInt64(_ v: Value) -> UInt64? {
        if let i = asInt64(v) { return i >= 0 ? UInt64(i) : nil }
        let v = unbool(v)
        return withMagnitude(v) { m in m.negative || m.count > 1 ? nil : UInt64(m.count == 0 ? 0 : m.limbs[0]) }
    }
}

/// One of array's typecodes: its item size and how an item is read and written.
struct ArrayCode {
    let character: Character
    let size: Int
    let isFloat: Bool
    let isSigned: Bool

    static let all: [ArrayCode] = [
        ArrayCode(character: "b", size: 1, isFloat: false, isSigned: true),
        ArrayCode(character: "B", size: 1, isFloat: false, isSigned: false),
        ArrayCode(character: "u", size: 4, isFloat: false, isSigned: false),
        ArrayCode(character: "h", size: 2, isFloat: false, isSigned: true),
        ArrayCode(character: "H", size: 2, isFloat: false, isSigned: false),
        ArrayCode(character: "i", size: 4, isFloat: false, isSigned: true),
        ArrayCode(character: "I", size: 4, isFloat: false, isSigned: false),
        ArrayCode(character: "l", size: 8, isFloat: false, isSigned: true),
        ArrayCode(character: "L", size: 8, isFloat: false, isSigned: false),
        ArrayCode(character: "q", size: 8, isFloat: false, isSigned: true),
        ArrayCode(character: "Q", size: 8, isFloat: false, isSigned: false),
        ArrayCode(character: "f", size: 4, isFloat: true, isSigned: true),
        ArrayCode(character: "d", size: 8, isFloat: true, isSigned: true),
    ]
    static let unicodeIndex = 2
    static let doubleIndex = 12

    static func index(of c: Character) -> Int? { all.firstIndex { $0.character == c } }

    var isUnicode: Bool { character == "u" }

    /// The item stored at `p` as a Python value.
    @inline(__always)
    func load(_ p: UnsafeRawPointer) -> Value {
        switch character {
        case "d": return FloatOps.make(p.loadUnaligned(as: Double.self))
        case "f": return FloatOps.make(Double(p.loadUnaligned(as: Float.self)))
        case "b": return Value(smallInt: Int64(p.load(as: Int8.self)))
        case "B": return Value(smallInt: Int64(p.load(as: UInt8.self)))
        case "h": return Value(smallInt: Int64(p.loadUnaligned(as: Int16.self)))
        case "H": return Value(smallInt: Int64(p.loadUnaligned(as: UInt16.self)))
        case "i": return Value(smallInt: Int64(p.loadUnaligned(as: Int32.self)))
        case "I": return Value(smallInt: Int64(p.loadUnaligned(as: UInt32.self)))
        case "u":
            let c = p.loadUnaligned(as: UInt32.self)
            return StrRef.create(codePoints: [c]).value
        case "L", "Q": return IntOps.make(unsigned: p.loadUnaligned(as: UInt64.self))
        default: return IntOps.make(p.loadUnaligned(as: Int64.self))
        }
    }

    /// Stores `v` at `p`, raising CPython's errors for a value of the wrong type or range.
    @inline(__always)
    func store(_ v: Value, _ p: UnsafeMutableRawPointer) throws(PyException) {
        if character == "d" && FloatOps.isFloat(v) {
            p.storeBytes(of: FloatOps.value(v), as: Double.self)
            return
        }
        let raw = try bits(v)
        switch size {
        case 1: p.storeBytes(of: UInt8(truncatingIfNeeded: raw), as: UInt8.self)
        case 2: p.storeBytes(of: UInt16(truncatingIfNeeded: raw), as: UInt16.self)
        case 4: p.storeBytes(of: UInt32(truncatingIfNeeded: raw), as: UInt32.self)
        default: p.storeBytes(of: raw, as: UInt64.self)
        }
    }

    /// The machine representation of `v` as this item (in the low `size` bytes).
    func bits(_ v: Value) throws(PyException) -> UInt64 {
        if character == "d" { return try MathModule.real(v).bitPattern }
        if character == "f" { return UInt64(Float(try MathModule.real(v)).bitPattern) }
        if isUnicode {
            guard StrOps.isStr(v), StrRef(v).count == 1 else { throw typeError("array item must be unicode character") }
            return UInt64(StrRef(v)[0])
        }
        return try integerBits(v)
    }

    /// The bit pattern of an integer item, after the checks CPython's setitem functions make
    /// (each goes through a different C conversion, hence the mixed messages).
    func integerBits(_ v: Value) throws(PyException) -> UInt64 {
        let n = try MathModule.integer(v)
        func overflow(_ message: String) -> PyException { pyError(ExceptionTypes.named("OverflowError"), message) }
        switch character {
        case "I", "L", "Q":
            if IntOps.isNegative(n) {
                throw overflow(character == "Q" ? "can't convert negative int to unsigned" : "can't convert negative value to unsigned int")
            }
            guard let u = IntOps.asUInt64(n) else {
                throw overflow(character == "Q" ? "int too big to convert" : "Python int too large to convert to C unsigned long")
            }
            if character == "I" && u > UInt64(UInt32.max) { throw overflow("unsigned int is greater than maximum") }
            return u
        default:
            guard let x = IntOps.asInt64(n) else {
                throw overflow(character == "q" ? "int too big to convert" : "Python int too large to convert to C long")
            }
            func check(_ lo: Int64, _ hi: Int64, _ name: String) throws(PyException) {
                if x < lo { throw overflow("\(name) is less than minimum") }
                if x > hi { throw overflow("\(name) is greater than maximum") }
            }
            switch character {
            case "b":
                try check(Int64(Int16.min), Int64(Int16.max), "signed short integer")
                try check(Int64(Int8.min), Int64(Int8.max), "signed char")
            case "B": try check(0, 255, "unsigned byte integer")
            case "h": try check(Int64(Int16.min), Int64(Int16.max), "signed short integer")
            case "H":
                try check(Int64(Int32.min), Int64(Int32.max), "signed integer")
                try check(0, 65535, "unsigned short")
            case "i": try check(Int64(Int32.min), Int64(Int32.max), "signed integer")
            default: break
            }
            return UInt64(bitPattern: x)
        }
    }
}

/// A Value known to be an array.
struct ArrayRef {
    let value: Value
    static let storageWord = 1
    static let countWord = 2
    static let codeWord = 3
    static let exportsWord = 4
    static let words = 5

    @inline(__always) init(_ value: Value) { self.value = value }

    @inline(__always) var count: Int { value.intField(ArrayRef.countWord) }
    @inline(__always) var codeIndex: Int { value.intField(ArrayRef.codeWord) }
    @inline(__always) var code: ArrayCode { ArrayCode.all[codeIndex] }
    @inline(__always) var itemSize: Int { ArrayCode.all[codeIndex].size }
    @inline(__always) var byteCount: Int { count &* itemSize }
    var capacity: Int {
        let s = value.loadValue(ArrayRef.storageWord)
        return s.isNull ? 0 : BytesOps.count(s) / itemSize
    }

    /// The first byte of the items (valid until the next resize).
    @inline(__always) var data: UnsafeMutableRawPointer {
        let s = value.loadValue(ArrayRef.storageWord)
        return s.isNull ? UnsafeMutableRawPointer(bitPattern: 8)! : BytesOps.data(s)
    }

    /// A new empty array of typecode `codeIndex`, of class `cls`.
    static func create(_ cls: Value, codeIndex: Int, count: Int = 0) -> ArrayRef {
        let a = ArrayRef(ModuleTypes.instance(of: cls))
        a.value.setIntField(codeWord, codeIndex)
        a.value.setIntField(countWord, 0)
        a.resizeUnchecked(count)
        return a
    }

    /// Sets the count as a Python-visible mutation: refused while the buffer is exported
    /// (after a collection has given back the exports of dropped views).
    func resize(_ n: Int) throws(PyException) {
        if n != count { try checkResizable() }
        resizeUnchecked(n)
    }

    func checkResizable() throws(PyException) {
        if exports == 0 { return }
        Heap.collect()
        if exports > 0 {
            throw pyError(ExceptionTypes.named("BufferError"), "cannot resize an array that is exporting buffers")
        }
    }

    var exports: Int {
        get {
            let v = value.loadValue(ArrayRef.exportsWord)
            return v.isNull ? 0 : Int(v.smallIntValue)
        }
        nonmutating set { value.setIntField(ArrayRef.exportsWord, newValue) }
    }

    /// Sets the count, growing the buffer when needed; new items are zero.
    func resizeUnchecked(_ n: Int) {
        let size = itemSize
        if n > capacity {
            let newCapacity = n < 8 ? n : n + n / 8 + 8
            let storage = BytesOps.create([UInt8](repeating: 0, count: newCapacity * size))
            let old = count
            if old > 0 { BytesOps.data(storage).copyMemory(from: data, byteCount: old * size) }
            value.storeValue(ArrayRef.storageWord, storage)
        } else if n > count {
            (data + count * size).initializeMemory(as: UInt8.self, repeating: 0, count: (n - count) * size)
        }
        value.setIntField(ArrayRef.countWord, n)
    }

    @inline(__always) subscript(i: Int) -> Value { code.load(data + i &* itemSize) }

    func set(_ i: Int, _ v: Value) throws(PyException) { try code.store(v, data + i &* itemSize) }

    /// The items' bytes, copied.
    var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: data, count: byteCount)) }

    /// Appends raw item bytes (a whole number of items); the caller has checked the array
    /// may grow (checkResizable).
    func appendBytes(_ raw: UnsafeRawBufferPointer) {
        let old = count, size = itemSize
        let n = raw.count / size
        if n == 0 { return }
        resizeUnchecked(old + n)
        (data + old * size).copyMemory(from: raw.baseAddress!, byteCount: n * size)
    }

    /// Converts then appends one item (nothing is appended when the conversion fails).
    func append(_ v: Value) throws(PyException) {
        let c = code
        let raw = c.isFloat && FloatOps.isFloat(v) && c.size == 8 ? FloatOps.value(v).bitPattern : try c.bits(v)
        let old = count
        try resize(old + 1)
        let p = data + old * c.size
        switch c.size {
        case 1: p.storeBytes(of: UInt8(truncatingIfNeeded: raw), as: UInt8.self)
        case 2: p.storeBytes(of: UInt16(truncatingIfNeeded: raw), as: UInt16.self)
        case 4: p.storeBytes(of: UInt32(truncatingIfNeeded: raw), as: UInt32.self)
        default: p.storeBytes(of: raw, as: UInt64.self)
        }
    }
}
