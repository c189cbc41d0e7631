// memoryview subscripts (items, slices of the first dimension, tuples of indices), item
// and slice assignment, comparison and hashing, as CPython's memory_subscript,
// memory_ass_sub, memory_richcompare and memory_hash.

extension MemoryViewOps {
    static func notImplemented(_ message: String) -> PyException {
        pyError(ExceptionTypes.named("NotImplementedError"), message)
    }

    static func isIndex(_ v: Value) -> Bool {
        IntOps.isInt(v) || (v.isPointer && !StrOps.isStr(v) && ClassSlots.special(v, "__index__") != nil)
    }

    /// An index as PyNumber_AsSsize_t(key, IndexError) reads it.
    static func indexValue(_ v: Value) throws(PyException) -> Int {
        guard let i = try IntOps.index(v) else { throw typeError("memoryview: invalid slice key") }
        return i
    }

    /// The byte offset of item `index` along dimension `dim` (CPython's lookup_dimension).
    static func step(_ l: Layout, _ at: Int, _ dim: Int, _ index: Int) throws(PyException) -> Int {
        var i = index
        if i < 0 { i += l.shape[dim] }
        guard i >= 0 && i < l.shape[dim] else {
            throw pyError(ExceptionTypes.named("IndexError"), "index out of bounds on dimension \(dim + 1)")
        }
        return at + i * l.strides[dim]
    }

    /// The byte offset of the item a tuple of indices names (as many as dimensions).
    static func offset(_ l: Layout, tuple key: TupleRef) throws(PyException) -> Int {
        if key.count > l.ndim { throw typeError("cannot index \(l.ndim)-dimension view with \(key.count)-element tuple") }
        var at = l.offset
        for d in 0..<key.count { at = try step(l, at, d, try indexValue(key[d])) }
        return at
    }

    static func isMultiIndex(_ key: Value) -> Bool {
        guard key.isPointer, key.type.isIdentical(BuiltinTypes.tuple) else { return false }
        let t = TupleRef(key)
        for i in 0..<t.count where !isIndex(t[i]) { return false }
        return true
    }

    static func isMultiSlice(_ key: Value) -> Bool {
        guard key.isPointer, key.type.isIdentical(BuiltinTypes.tuple) else { return false }
        let t = TupleRef(key)
        for i in 0..<t.count where !t[i].type.isIdentical(SliceObject.type) { return false }
        return true
    }

    static func getItem(_ m: Value, _ key: Value) throws(PyException) -> Value {
        try checkReleased(m)
        var l = layout(m)
        let code = itemCode(l.format)
        if l.ndim == 0 {
            if key.isIdentical(BuiltinTypes.ellipsis) { return m }
            if key.isPointer && key.type.isIdentical(BuiltinTypes.tuple) && TupleRef(key).count == 0 {
                return try unpack(try base(m, l) + l.offset, code)
            }
            throw typeError("invalid indexing of 0-dim memory")
        }
        if isIndex(key) {
            guard l.ndim == 1 else { throw notImplemented("multi-dimensional sub-views are not implemented") }
            let at = try step(l, l.offset, 0, try indexValue(key))
            return try unpack(try base(m, l) + at, code)
        }
        if key.type.isIdentical(SliceObject.type) {
            let (start, _, stride, count) = try SliceObject.indices(key, length: l.shape[0])
            l.offset += start * l.strides[0]
            l.shape[0] = count
            l.strides[0] *= stride
            return make(m.loadValue(objWord), l, readonly: isReadonly(m))
        }
        if isMultiIndex(key) {
            if TupleRef(key).count < l.ndim { throw notImplemented("sub-views are not implemented") }
            let at = try offset(l, tuple: TupleRef(key))
            return try unpack(try base(m, l) + at, code)
        }
        if isMultiSlice(key) { throw notImplemented("multi-dimensional slicing is not implemented") }
        throw typeError("memoryview: invalid slice key")
    }

    static func setItem(_ m: Value, _ key: Value, _ v: Value) throws(PyException) {
        try checkReleased(m)
        var l = layout(m)
        let code = itemCode(l.format)
        if isReadonly(m) { throw typeError("cannot modify read-only memory") }
        if v.isNull { throw typeError("cannot delete memory") }
        if l.ndim == 0 {
            if key.isIdentical(BuiltinTypes.ellipsis)
                || (key.isPointer && key.type.isIdentical(BuiltinTypes.tuple) && TupleRef(key).count == 0) {
                try pack(v, try base(m, l) + l.offset, code)
                return
            }
            throw typeError("invalid indexing of 0-dim memory")
        }
        if isIndex(key) {
            guard l.ndim == 1 else { throw notImplemented("sub-views are not implemented") }
            let at = try step(l, l.offset, 0, try indexValue(key))
            try pack(v, try base(m, l) + at, code)
            return
        }
        if key.type.isIdentical(SliceObject.type) && l.ndim == 1 {
            let source = try sourceBytes(v, like: l)
            let (start, _, stride, count) = try SliceObject.indices(key, length: l.shape[0])
            l.offset += start * l.strides[0]
            l.shape[0] = count
            l.strides[0] *= stride
            guard source.shape == l.shape else { throw differentStructures() }
            let p = try base(m, l)
            for (i, at) in l.itemOffsets().enumerated() {
                source.bytes.withUnsafeBytes { raw in
                    (p + at).copyMemory(from: raw.baseAddress! + i * l.itemSize, byteCount: l.itemSize)
                }
            }
            return
        }
        if isMultiIndex(key) {
            if TupleRef(key).count < l.ndim { throw notImplemented("sub-views are not implemented") }
            let at = try offset(l, tuple: TupleRef(key))
            try pack(v, try base(m, l) + at, code)
            return
        }
        if key.type.isIdentical(SliceObject.type) || isMultiSlice(key) {
            throw notImplemented("memoryview slice assignments are currently restricted to ndim = 1")
        }
        throw typeError("memoryview: invalid slice key")
    }

    static func differentStructures() -> PyException {
        pyError(ExceptionTypes.named("ValueError"), "memoryview assignment: lvalue and rvalue have different structures")
    }

    /// The right-hand side of a slice assignment: its shape and its items' bytes in C
    /// order, after checking its format matches the target's.
    static func sourceBytes(_ v: Value, like target: Layout) throws(PyException) -> (shape: [Int], bytes: [UInt8]) {
        let isView = v.isPointer && v.type.isIdentical(type)
        if !isView && BufferExport.region(v) == nil {
            throw typeError("a bytes-like object is required, not '\(TypeRef(v.type).nameString)'")
        }
        let view = isView ? v : try construct(v)
        defer { if !view.isIdentical(v) { release(view) } }
        try checkReleased(view)
        let l = layout(view)
        guard itemCode(l.format) == itemCode(target.format), l.itemSize == target.itemSize else {
            throw differentStructures()
        }
        return (l.shape, try bytes(view))
    }

    // MARK: comparison and hash

    /// Item-wise equality of two views of the same shape (formats may differ).
    static func equal(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        let la = layout(a), lb = layout(b)
        guard la.ndim == lb.ndim else { return false }
        for d in 0..<la.ndim {
            if la.shape[d] != lb.shape[d] { return false }
            if la.shape[d] == 0 { break }
        }
        let pa = try base(a, la), pb = try base(b, lb)
        let ca = itemCode(la.format), cb = itemCode(lb.format)
        for (x, y) in zip(la.itemOffsets(), lb.itemOffsets()) {
            let u = try unpack(pa + x, ca), v = try unpack(pb + y, cb)
            // Floats compare as doubles (a NaN is unequal to itself, identity aside).
            if FloatOps.isFloat(u) && FloatOps.isFloat(v) {
                if FloatOps.value(u) != FloatOps.value(v) { return false }
            } else if !(try Runtime.equals(u, v)) {
                return false
            }
        }
        return true
    }

    static func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        guard op == .eq || op == .ne else { return BuiltinTypes.notImplemented }
        var same: Bool
        if isReleased(a) {
            same = a.isIdentical(b)
        } else if b.isPointer && b.type.isIdentical(type) {
            same = isReleased(b) ? a.isIdentical(b) : try equal(a, b)
        } else {
            guard BufferExport.region(b) != nil else { return BuiltinTypes.notImplemented }
            let other = try construct(b)
            defer { release(other) }
            same = try equal(a, other)
        }
        return .bool(op == .eq ? same : !same)
    }

    static func hash(_ m: Value) throws(PyException) -> Int {
        if m.loadRaw(flagsWord) & hashedFlag != 0 { return m.loadRaw(hashWord) }
        try checkReleased(m)
        if !isReadonly(m) { throw pyError(ExceptionTypes.named("ValueError"), "cannot hash writable memoryview object") }
        guard isByteFormat(itemCode(layout(m).format)) else {
            throw pyError(ExceptionTypes.named("ValueError"), "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        }
        _ = try Runtime.hash(m.loadValue(objWord))
        let h = try Runtime.hash(BytesOps.create(try bytes(m)))
        m.storeRaw(hashWord, h)
        m.storeRaw(flagsWord, m.loadRaw(flagsWord) | hashedFlag)
        return h
    }

    static func installAccess(_ slots: TypeSlots) {
        slots.getitem = { m, key throws(PyException) in try getItem(m, key) }
        slots.setitem = { m, key, v throws(PyException) in try setItem(m, key, v) }
        slots.compare = { a, b, op throws(PyException) in try compare(a, b, op) }
        slots.hash = { m throws(PyException) in try hash(m) }
    }
}
