// memoryview: a view of the bytes of an exporter (bytes, bytearray, array.array; see
// BufferExport) as CPython's: a struct format, an item size, a shape and strides in bytes
// (so stepped and reversed slices are views too), multi-dimensional casts, item and slice
// assignment, release and the context manager. The exporter's bytes are read through
// BufferExport.region on every access, so a view sees later writes to its exporter.
//
//   memoryview  word 0 type   1 obj: the exporter (never a memoryview)   2 format (str)
//               3 shape (tuple of ints)   4 strides (tuple of ints, bytes; may be negative)
//               5 itemsize (raw)   6 byte offset of item [0, …, 0] in the exporter (raw)
//               7 flags (raw, below)   8 the hash once computed (raw)
//
// Each view holds one export of its exporter from creation until release() (or until the
// collector finds it dead: the finaliser gives the export back).

public enum MemoryViewOps {
    public static var type = Value(bits: 0)

    static let objWord = 1, formatWord = 2, shapeWord = 3, stridesWord = 4
    static let itemSizeWord = 5, offsetWord = 6, flagsWord = 7, hashWord = 8
    static let releasedFlag = 1, readonlyFlag = 2, hashedFlag = 4

    /// A view's geometry, read out of its words.
    struct Layout {
        var format: String
        var itemSize: Int
        var offset: Int
        var shape: [Int]
        var strides: [Int]

        var ndim: Int { shape.count }
        var count: Int { shape.reduce(1, *) }
        var byteCount: Int { count * itemSize }

        /// A one-dimensional C-contiguous layout of `byteCount / itemSize` items.
        static func flat(format: String, itemSize: Int, byteCount: Int) -> Layout {
            Layout(format: format, itemSize: itemSize, offset: 0, shape: [byteCount / itemSize], strides: [itemSize])
        }

        /// C order (last index fastest) or Fortran order contiguity, as CPython's
        /// PyBuffer_IsContiguous: dimensions of one item are skipped.
        func isContiguous(fortran: Bool) -> Bool {
            if count == 0 { return true }
            var expected = itemSize
            for i in (fortran ? Array(0..<ndim) : Array((0..<ndim).reversed())) {
                if shape[i] > 1 && strides[i] != expected { return false }
                expected *= shape[i]
            }
            return true
        }

        /// Byte offsets of every item, in C order (or Fortran order).
        func itemOffsets(fortran: Bool = false) -> [Int] {
            var out: [Int] = []
            out.reserveCapacity(count)
            if count == 0 { return out }
            var index = [Int](repeating: 0, count: ndim)
            let order = fortran ? Array(0..<ndim) : Array((0..<ndim).reversed())
            for _ in 0..<count {
                var at = offset
                for d in 0..<ndim { at += index[d] * strides[d] }
                out.append(at)
                for d in order {
                    index[d] += 1
                    if index[d] < shape[d] { break }
                    index[d] = 0
                }
            }
            return out
        }

        /// The byte range the items span (empty when there are none).
        var extent: Range<Int> {
            if count == 0 { return offset..<offset }
            var low = offset, high = offset
            for d in 0..<ndim where shape[d] > 0 {
                let reach = (shape[d] - 1) * strides[d]
                if reach < 0 { low += reach } else { high += reach }
            }
            return low..<(high + itemSize)
        }
    }

    static func intTuple(_ values: [Int]) -> Value {
        let t = TupleRef.allocate(values.count)
        for (i, v) in values.enumerated() { t[i] = IntOps.make(Int64(v)) }
        return t.value
    }

    static func ints(_ tuple: Value) -> [Int] {
        let t = TupleRef(tuple)
        return (0..<t.count).map { Int(IntOps.asInt64(t[$0]) ?? 0) }
    }

    static func layout(_ m: Value) -> Layout {
        Layout(format: StrRef(m.loadValue(formatWord)).string, itemSize: m.loadRaw(itemSizeWord),
               offset: m.loadRaw(offsetWord), shape: ints(m.loadValue(shapeWord)), strides: ints(m.loadValue(stridesWord)))
    }

    /// A new view of `obj` (which it exports from now on).
    static func make(_ obj: Value, _ l: Layout, readonly: Bool) -> Value {
        let shape = intTuple(l.shape)
        let strides = intTuple(l.strides)
        let format = StrRef.create(l.format).value
        let m = allocateObject(words: 9, type: type)
        m.storeValue(objWord, obj)
        m.storeValue(formatWord, format)
        m.storeValue(shapeWord, shape)
        m.storeValue(stridesWord, strides)
        m.storeRaw(itemSizeWord, l.itemSize)
        m.storeRaw(offsetWord, l.offset)
        m.storeRaw(flagsWord, readonly ? readonlyFlag : 0)
        BufferExport.acquire(obj)
        return m
    }

    static func isReleased(_ m: Value) -> Bool { m.loadRaw(flagsWord) & releasedFlag != 0 }
    static func isReadonly(_ m: Value) -> Bool { m.loadRaw(flagsWord) & readonlyFlag != 0 }

    static func checkReleased(_ m: Value) throws(PyException) {
        if isReleased(m) {
            throw pyError(ExceptionTypes.named("ValueError"), "operation forbidden on released memoryview object")
        }
    }

    static func release(_ m: Value) {
        if isReleased(m) { return }
        m.storeRaw(flagsWord, m.loadRaw(flagsWord) | releasedFlag)
        BufferExport.release(m.loadValue(objWord))
    }

    /// The exporter's first byte, after checking the view is usable and still fits.
    static func base(_ m: Value, _ l: Layout) throws(PyException) -> UnsafeMutableRawPointer {
        try checkReleased(m)
        guard let (p, count, _) = BufferExport.region(m.loadValue(objWord)) else {
            throw pyError(ExceptionTypes.named("ValueError"), "operation forbidden on released memoryview object")
        }
        let extent = l.extent
        // Only an array (whose size is not locked) can shrink under a view.
        if !extent.isEmpty && (extent.lowerBound < 0 || extent.upperBound > count) {
            throw pyError(ExceptionTypes.named("BufferError"), "memoryview: underlying buffer was resized")
        }
        return p
    }

    /// memoryview(object).
    static func construct(_ object: Value) throws(PyException) -> Value {
        if object.isPointer && object.type.isIdentical(type) {
            try checkReleased(object)
            return make(object.loadValue(objWord), layout(object), readonly: isReadonly(object))
        }
        if ArrayType.isArray(object) {
            let a = ArrayRef(object)
            let format = a.code.isUnicode ? "w" : String(a.code.character)
            return make(object, .flat(format: format, itemSize: a.itemSize, byteCount: a.byteCount), readonly: false)
        }
        guard let (_, count, readonly) = BufferExport.region(object) else {
            throw typeError("memoryview: a bytes-like object is required, not '\(TypeRef(object.type).nameString)'")
        }
        return make(object, .flat(format: "B", itemSize: 1, byteCount: count), readonly: readonly)
    }

    /// The items' bytes in C order (or Fortran order), copied.
    static func bytes(_ m: Value, fortran: Bool = false) throws(PyException) -> [UInt8] {
        let l = layout(m)
        let p = try base(m, l)
        if l.isContiguous(fortran: false) && (!fortran || l.ndim <= 1) {
            let start = l.extent.lowerBound
            return Array(UnsafeRawBufferPointer(start: p + start, count: l.byteCount))
        }
        var out: [UInt8] = []
        out.reserveCapacity(l.byteCount)
        for at in l.itemOffsets(fortran: fortran) {
            out.append(contentsOf: UnsafeRawBufferPointer(start: p + at, count: l.itemSize))
        }
        return out
    }

    /// The bytes of a memoryview in C order, or nil once it is released (bytes(m), b"" + m).
    static func contents(_ m: Value) throws(PyException) -> [UInt8] { try bytes(m) }

    static func setUp() {
        let slots = TypeSlots()
        slots.new = { _, args throws(PyException) in
            try args.expect("memoryview", min: 0, max: 1, keywords: ["object"])
            guard let object = args.positionalCount > 0 ? args[0] : args.keyword("object") else {
                throw typeError("memoryview() missing required argument 'object' (pos 1)")
            }
            return try construct(object)
        }
        slots.len = { m throws(PyException) in
            try checkReleased(m)
            let shape = ints(m.loadValue(shapeWord))
            return shape.first ?? 1     // a 0-dim view counts as one item (memory_length)
        }
        slots.repr = { m in
            StrRef.create("<\(isReleased(m) ? "released " : "")memory at 0x\(String(m.bits, radix: 16))>").value
        }
        slots.iter = { m throws(PyException) in
            try checkReleased(m)
            let l = layout(m)
            if l.ndim == 0 { throw typeError("invalid indexing of 0-dim memory") }
            if l.ndim != 1 {
                throw pyError(ExceptionTypes.named("NotImplementedError"), "multi-dimensional sub-views are not implemented")
            }
            return SequenceIterator.create(m)
        }
        installAccess(slots)
        type = BuiltinTypes.makeType("memoryview", base: BuiltinTypes.object, instanceWords: 9,
                                     layout: .fixed(first: 1, count: 4), flags: [.hasFinalizer], slots: slots)
        // A view dropped unreleased gives its export back (unless the exporter died too).
        Finalizers.register(type) { m in
            if isReleased(m) { return }
            let obj = m.loadValue(objWord)
            if obj.isPointer && Heap.isMarked(obj.pointer) { BufferExport.release(obj) }
        }
        installAttributes()
        installMethods()
    }
}
