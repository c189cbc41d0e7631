// array.array: constructor and slots (items, slices, operators, comparison, repr). The
// named methods are in ArrayMethods.swift.

enum ArrayType {
    static var type = Value(bits: 0)
    static var iteratorType = Value(bits: 0)

    @inline(__always) static func isArray(_ v: Value) -> Bool {
        v.isPointer && !type.isNull && TypeRef(v.type).isSubtype(of: type)
    }

    static func indexError(_ message: String) -> PyException { pyError(ExceptionTypes.named("IndexError"), message) }
    static func valueError(_ message: String) -> PyException { pyError(ExceptionTypes.named("ValueError"), message) }
    static func typeName(_ v: Value) -> String { TypeRef(v.type).nameString }

    static func setUp() -> Value {
        if !type.isNull { return type }
        let slots = TypeSlots()
        slots.new = { cls, args throws(PyException) in try construct(cls, args) }
        slots.len = { a in ArrayRef(a).count }
        slots.iter = { a in
            let it = ModuleTypes.instance(of: iteratorType)
            it.storeValue(1, a)
            it.setIntField(2, 0)
            return it
        }
        slots.getitem = { a, key throws(PyException) in try getItem(ArrayRef(a), key) }
        slots.setitem = { a, key, v throws(PyException) in try setItem(ArrayRef(a), key, v) }
        slots.contains = { a, item throws(PyException) in
            let r = ArrayRef(a)
            var i = 0
            while i < r.count {
                if try Runtime.equals(r[i], item) { return true }
                i += 1
            }
            return false
        }
        slots.repr = { a throws(PyException) in try repr(ArrayRef(a)) }
        slots.compare = { a, b, op throws(PyException) in try compare(a, b, op) }
        installOperators(slots)
        type = ModuleTypes.make("array", module: "array", words: ArrayRef.words, slots: slots)
        DictRef(TypeRef(type).dict).setStr(Interned.intern("__hash__"), .none)
        iteratorType = ModuleTypes.iterator("arrayiterator", module: "array", words: 3, flags: [], new: nil) { it throws(PyException) in
            let a = it.loadValue(1)
            if a.isNull { return nil }
            let r = ArrayRef(a), i = it.intField(2)
            if i >= r.count {
                it.storeValue(1, .null)
                return nil
            }
            it.setIntField(2, i + 1)
            return r[i]
        }
        addMethods()
        return type
    }

    /// array(typecode[, initializer])
    static func construct(_ cls: Value, _ args: Arguments) throws(PyException) -> Value {
        if args.keywordCount > 0 && cls.isIdentical(type) { throw typeError("array.array() takes no keyword arguments") }
        let n = args.positionalCount
        if n < 1 || n > 2 { throw typeError("array() takes at \(n < 1 ? "least" : "most") \(n < 1 ? 1 : 2) argument\(n < 1 ? "" : "s") (\(n) given)") }
        let code = args[0]
        guard StrOps.isStr(code), StrRef(code).count == 1 else {
            throw typeError("array() argument 1 must be a unicode character, not \(typeName(code))")
        }
        guard let scalar = Unicode.Scalar(StrRef(code)[0]), let index = ArrayCode.index(of: Character(scalar)) else {
            throw valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        }
        let a = ArrayRef.create(cls, codeIndex: index)
        guard n == 2 else { return a.value }
        let initial = args[1]
        if StrOps.isStr(initial) {
            if !a.code.isUnicode {
                throw typeError("cannot use a str to initialize an array with typecode '\(a.code.character)'")
            }
            try fromUnicode(a, initial)
        } else if isArray(initial) {
            let source = ArrayRef(initial)
            if source.code.isUnicode != a.code.isUnicode && source.code.isUnicode {
                throw typeError("cannot use a unicode array to initialize an array with typecode '\(a.code.character)'")
            }
            if source.codeIndex == a.codeIndex {
                try extend(a, initial)
            } else {
                for i in 0..<source.count { try a.append(source[i]) }
            }
        } else if BytesOps.isBytes(initial) || ByteArrayOps.isByteArray(initial) {
            try fromBytes(a, initial)
        } else {
            try extend(a, initial)
        }
        return a.value
    }

    /// An item index, negative from the end, in range (`what` names the error).
    static func position(_ a: ArrayRef, _ key: Value, _ message: String) throws(PyException) -> Int? {
        guard let i = try IntOps.index(key) else { return nil }
        let index = i < 0 ? i + a.count : i
        if index < 0 || index >= a.count { throw indexError(message) }
        return index
    }

    static func getItem(_ a: ArrayRef, _ key: Value) throws(PyException) -> Value {
        if key.isSmallInt {
            var i = Int(key.smallIntValue)
            if i < 0 { i += a.count }
            if i < 0 || i >= a.count { throw indexError("array index out of range") }
            return a[i]
        }
        if key.type.isIdentical(SliceObject.type) {
            let (start, _, step, n) = try SliceObject.indices(key, length: a.count)
            let r = ArrayRef.create(a.value.type, codeIndex: a.codeIndex, count: n)
            let size = a.itemSize
            var j = start
            for k in 0..<n {
                (r.data + k * size).copyMemory(from: a.data + j * size, byteCount: size)
                j += step
            }
            return r.value
        }
        if let i = try position(a, key, "array index out of range") { return a[i] }
        throw typeError("array indices must be integers")
    }

    static func setItem(_ a: ArrayRef, _ key: Value, _ v: Value) throws(PyException) {
        if key.isSmallInt && !v.isNull {
            var i = Int(key.smallIntValue)
            if i < 0 { i += a.count }
            if i < 0 || i >= a.count { throw indexError("array assignment index out of range") }
            try a.set(i, v)
            return
        }
        if key.type.isIdentical(SliceObject.type) { return try setSlice(a, key, v) }
        guard let i = try position(a, key, "array assignment index out of range") else {
            throw typeError("array indices must be integers")
        }
        if v.isNull { try removeRange(a, i, i + 1) } else { try a.set(i, v) }
    }

    /// Removes items start..<end, moving the tail down.
    static func removeRange(_ a: ArrayRef, _ start: Int, _ end: Int) throws(PyException) {
        if end <= start { return }
        try a.checkResizable()
        let size = a.itemSize, count = a.count
        (a.data + start * size).copyMemory(from: a.data + end * size, byteCount: (count - end) * size)
        a.resizeUnchecked(count - (end - start))
    }

    /// a[slice] = array (of the same typecode), or del a[slice] (v null).
    static func setSlice(_ a: ArrayRef, _ key: Value, _ v: Value) throws(PyException) {
        let (start, stop, step, n) = try SliceObject.indices(key, length: a.count)
        let size = a.itemSize
        if v.isNull {
            if step == 1 { return try removeRange(a, start, max(stop, start)) }
            if n > 0 { try a.checkResizable() }
            // Keep the items not picked by the slice, in order.
            let (low, pick) = step > 0 ? (start, step) : (start + (n - 1) * step, -step)
            var write = low, read = low, removed = 0
            let count = a.count
            while read < count {
                if removed < n && read == low + removed * pick {
                    removed += 1
                } else {
                    if write != read { (a.data + write * size).copyMemory(from: a.data + read * size, byteCount: size) }
                    write += 1
                }
                read += 1
            }
            a.resizeUnchecked(write)
            return
        }
        guard isArray(v) else { throw typeError("can only assign array (not \"\(typeName(v))\") to array slice") }
        let source = ArrayRef(v)
        guard source.codeIndex == a.codeIndex else { throw typeError("bad argument type for built-in operation") }
        let raw = source.bytes
        if step == 1 {
            let end = max(stop, start)
            let tail = Array(UnsafeRawBufferPointer(start: a.data + end * size, count: (a.count - end) * size))
            if start + (raw.count + tail.count) / size != a.count { try a.checkResizable() }
            a.resizeUnchecked(start)
            raw.withUnsafeBytes { a.appendBytes($0) }
            tail.withUnsafeBytes { a.appendBytes($0) }
            return
        }
        guard source.count == n else {
            throw valueError("attempt to assign array of size \(source.count) to extended slice of size \(n)")
        }
        var j = start
        for k in 0..<n {
            raw.withUnsafeBytes { p in (a.data + j * size).copyMemory(from: p.baseAddress! + k * size, byteCount: size) }
            j += step
        }
    }

    static func repr(_ a: ArrayRef) throws(PyException) -> Value {
        let name = TypeRef(a.value.type).name.string
        let code = a.code.character
        if a.count == 0 { return StrRef.create("\(name)('\(code)')").value }
        if a.code.isUnicode {
            return StrRef.create("\(name)('u', \(try Runtime.reprString(try toUnicode(a))))").value
        }
        var parts: [String] = []
        parts.reserveCapacity(a.count)
        var i = 0
        while i < a.count {
            parts.append(try Runtime.reprString(a[i]))
            i += 1
        }
        return StrRef.create("\(name)('\(code)', [\(parts.joined(separator: ", "))])").value
    }

    /// Item-wise comparison, as for lists.
    static func compare(_ x: Value, _ y: Value, _ op: CompareOp) throws(PyException) -> Value {
        guard isArray(x), isArray(y) else { return BuiltinTypes.notImplemented }
        let a = ArrayRef(x), b = ArrayRef(y)
        if (op == .eq || op == .ne) && a.count != b.count { return .bool(op == .ne) }
        var i = 0
        while i < a.count && i < b.count {
            let p = a[i], q = b[i]
            if !(try Runtime.equals(p, q)) {
                if op == .eq { return .bool(false) }
                if op == .ne { return .bool(true) }
                return try Runtime.compare(p, q, op)
            }
            i += 1
        }
        let m = a.count, n = b.count
        switch op {
        case .lt: return .bool(m < n)
        case .le: return .bool(m <= n)
        case .eq: return .bool(m == n)
        case .ne: return .bool(m != n)
        case .gt: return .bool(m > n)
        case .ge: return .bool(m >= n)
        }
    }

    /// + * += *=
    static func installOperators(_ slots: TypeSlots) {
        slots.binary[BinaryOp.add.rawValue] = { x, y throws(PyException) in
            guard isArray(x) else { return BuiltinTypes.notImplemented }
            guard isArray(y) else { throw typeError("can only append array (not \"\(typeName(y))\") to array") }
            let a = ArrayRef(x), b = ArrayRef(y)
            guard a.codeIndex == b.codeIndex else { throw typeError("bad argument type for built-in operation") }
            let r = ArrayRef.create(x.type, codeIndex: a.codeIndex)
            r.appendBytes(UnsafeRawBufferPointer(start: a.data, count: a.byteCount))
            r.appendBytes(UnsafeRawBufferPointer(start: b.data, count: b.byteCount))
            return r.value
        }
        slots.binary[BinaryOp.mul.rawValue] = { x, y throws(PyException) in
            let (sequence, times) = isArray(x) ? (x, y) : (y, x)
            guard isArray(sequence) else { return BuiltinTypes.notImplemented }
            guard let n = try BytesOps.repeatCount(times) else { return BuiltinTypes.notImplemented }
            let a = ArrayRef(sequence)
            let r = ArrayRef.create(sequence.type, codeIndex: a.codeIndex)
            try repeatInto(r, a.bytes, n)
            return r.value
        }
        slots.inplace[BinaryOp.add.rawValue] = { x, y throws(PyException) in
            guard isArray(y) else { throw typeError("can only extend array with array (not \"\(typeName(y))\")") }
            try extend(ArrayRef(x), y)
            return x
        }
        slots.inplace[BinaryOp.mul.rawValue] = { x, y throws(PyException) in
            guard let n = try BytesOps.repeatCount(y) else { return BuiltinTypes.notImplemented }
            let a = ArrayRef(x)
            let raw = a.bytes
            if (n <= 0 ? 0 : a.count * n) != a.count { try a.checkResizable() }
            a.resizeUnchecked(0)
            try repeatInto(a, raw, n)
            return x
        }
    }

    /// Appends `raw` to `r` `n` times (nothing for n <= 0); the caller has checked `r` may grow.
    static func repeatInto(_ r: ArrayRef, _ raw: [UInt8], _ n: Int) throws(PyException) {
        if n <= 0 || raw.isEmpty { return }
        guard n <= (1 << 40) / raw.count else { throw pyError(ExceptionTypes.named("MemoryError"), "") }
        let size = raw.count
        r.resizeUnchecked(r.count + n * size / r.itemSize)
        let base = r.data + r.byteCount - n * size
        raw.withUnsafeBytes { p in
            for k in 0..<n { (base + k * size).copyMemory(from: p.baseAddress!, byteCount: size) }
        }
    }
}
