// array.array's named methods and attributes, with CPython 3.11's messages.

extension ArrayType {
    static func method(_ name: String, _ body: @escaping (ArrayRef, Arguments) throws(PyException) -> Value) {
        NativeFunctions.addMethod(type, name) { a, args throws(PyException) in try body(ArrayRef(a), args) }
    }

    /// Appends the items of an iterable; an array must have the same typecode.
    static func extend(_ a: ArrayRef, _ iterable: Value) throws(PyException) {
        if isArray(iterable) {
            let b = ArrayRef(iterable)
            if b.codeIndex == a.codeIndex {
                let raw = b.bytes
                if !raw.isEmpty { try a.checkResizable() }
                raw.withUnsafeBytes { a.appendBytes($0) }
                return
            }
            throw typeError("can only extend with array of same kind")
        }
        if ListRef.type.isIdentical(iterable.type) {
            let l = ListRef(iterable)
            var i = 0
            while i < l.count { try a.append(l[i]); i += 1 }
            return
        }
        let it = try Runtime.iterate(iterable)
        while let v = try Runtime.next(it) { try a.append(v) }
    }

    static func fromBytes(_ a: ArrayRef, _ source: Value) throws(PyException) {
        let raw = try BytesOps.requireBytesLike(source)
        if raw.count % a.itemSize != 0 { throw valueError("bytes length not a multiple of item size") }
        if !raw.isEmpty { try a.checkResizable() }
        raw.withUnsafeBytes { a.appendBytes($0) }
    }

    static func fromUnicode(_ a: ArrayRef, _ s: Value) throws(PyException) {
        let str = StrRef(s)
        let old = a.count
        try a.resize(old + str.count)
        for i in 0..<str.count { (a.data + (old + i) * 4).storeBytes(of: str[i], as: UInt32.self) }
    }

    static func toUnicode(_ a: ArrayRef) throws(PyException) -> Value {
        var points: [UInt32] = []
        points.reserveCapacity(a.count)
        for i in 0..<a.count {
            let c = (a.data + i * 4).loadUnaligned(as: UInt32.self)
            if c > 0x10FFFF {
                throw valueError("character U+\(String(c, radix: 16)) is not in range [U+0000; U+10ffff]")
            }
            points.append(c)
        }
        return StrRef.create(codePoints: points).value
    }

    static func toList(_ a: ArrayRef) -> Value {
        let l = ListRef.create(capacity: a.count)
        for i in 0..<a.count { l.append(a[i]) }
        return l.value
    }

    /// The index of the first item equal to `v` in start..<stop, or nil.
    static func find(_ a: ArrayRef, _ v: Value, from start: Int = 0, to stop: Int = Int.max) throws(PyException) -> Int? {
        var i = start
        while i < min(stop, a.count) {
            if try Runtime.equals(a[i], v) { return i }
            i += 1
        }
        return nil
    }

    static func copy(_ a: ArrayRef) -> Value {
        let r = ArrayRef.create(a.value.type, codeIndex: a.codeIndex)
        r.appendBytes(UnsafeRawBufferPointer(start: a.data, count: a.byteCount))
        return r.value
    }

    static func addMethods() {
        method("append") { a, args throws(PyException) in
            try args.expect("append", count: 1)
            try a.append(args[0])
            return .none
        }
        method("extend") { a, args throws(PyException) in
            try args.expect("extend", count: 1)
            try extend(a, args[0])
            return .none
        }
        method("insert") { a, args throws(PyException) in
            try args.expect("insert", count: 2)
            guard var i = try IntOps.index(args[0], clamp: true) else {
                throw typeError("'\(typeName(args[0]))' object cannot be interpreted as an integer")
            }
            let n = a.count
            if i < 0 { i = max(i + n, 0) }
            if i > n { i = n }
            let bits = try a.code.bits(args[1])
            try a.resize(n + 1)
            let size = a.itemSize
            (a.data + (i + 1) * size).copyMemory(from: a.data + i * size, byteCount: (n - i) * size)
            withUnsafeBytes(of: bits) { p in (a.data + i * size).copyMemory(from: p.baseAddress!, byteCount: size) }
            return .none
        }
        method("pop") { a, args throws(PyException) in
            try args.expect("pop", min: 0, max: 1)
            var i = -1
            if args.positionalCount == 1 {
                guard let n = try IntOps.index(args[0]) else {
                    throw typeError("'\(typeName(args[0]))' object cannot be interpreted as an integer")
                }
                i = n
            }
            if a.count == 0 { throw indexError("pop from empty array") }
            if i < 0 { i += a.count }
            if i < 0 || i >= a.count { throw indexError("pop index out of range") }
            let v = a[i]
            try removeRange(a, i, i + 1)
            return v
        }
        method("remove") { a, args throws(PyException) in
            try args.expect("remove", count: 1)
            guard let i = try find(a, args[0]) else { throw valueError("array.remove(x): x not in array") }
            try removeRange(a, i, i + 1)
            return .none
        }
        method("index") { a, args throws(PyException) in
            try args.expect("index", min: 1, max: 3)
            func bound(_ k: Int, _ d: Int) throws(PyException) -> Int {
                guard k < args.positionalCount else { return d }
                guard var i = try IntOps.index(args[k], clamp: true) else {
                    throw typeError("slice indices must be integers or have an __index__ method")
                }
                if i < 0 { i = max(i + a.count, 0) }
                return i
            }
            let start = try bound(1, 0), stop = try bound(2, Int.max)
            guard let i = try find(a, args[0], from: start, to: stop) else { throw valueError("array.index(x): x not in array") }
            return IntOps.make(Int64(i))
        }
        method("count") { a, args throws(PyException) in
            try args.expect("count", count: 1)
            var n = 0
            var i = 0
            while i < a.count {
                if try Runtime.equals(a[i], args[0]) { n += 1 }
                i += 1
            }
            return IntOps.make(Int64(n))
        }
        method("reverse") { a, args throws(PyException) in
            try args.expect("reverse", count: 0)
            let size = a.itemSize, n = a.count
            var raw = a.bytes
            raw.withUnsafeMutableBytes { p in
                for i in 0..<n { (a.data + (n - 1 - i) * size).copyMemory(from: p.baseAddress! + i * size, byteCount: size) }
            }
            return .none
        }
        method("byteswap") { a, args throws(PyException) in
            try args.expect("byteswap", count: 0)
            let size = a.itemSize
            let p = a.data.assumingMemoryBound(to: UInt8.self)
            for i in 0..<a.count {
                var lo = i * size, hi = lo + size - 1
                while lo < hi {
                    let t = p[lo]; p[lo] = p[hi]; p[hi] = t
                    lo += 1; hi -= 1
                }
            }
            return .none
        }
        method("buffer_info") { a, args throws(PyException) in
            try args.expect("buffer_info", count: 0)
            let address = a.count == 0 && a.value.loadValue(ArrayRef.storageWord).isNull ? 0 : Int(bitPattern: a.data)
            return TupleRef.create(IntOps.make(Int64(address)), IntOps.make(Int64(a.count))).value
        }
        method("tobytes") { a, args throws(PyException) in
            try args.expect("tobytes", count: 0)
            return BytesOps.create(a.bytes)
        }
        method("frombytes") { a, args throws(PyException) in
            try args.expect("frombytes", count: 1)
            try fromBytes(a, args[0])
            return .none
        }
        method("tolist") { a, args throws(PyException) in
            try args.expect("tolist", count: 0)
            return toList(a)
        }
        method("fromlist") { a, args throws(PyException) in
            try args.expect("fromlist", count: 1)
            guard ListRef.type.isIdentical(args[0].type) || TypeRef(args[0].type).isSubtype(of: ListRef.type) else {
                throw typeError("arg must be list")
            }
            let old = a.count
            let l = ListRef(args[0])
            do throws(PyException) {
                var i = 0
                while i < l.count { try a.append(l[i]); i += 1 }
            } catch {
                a.resizeUnchecked(old)
                throw error
            }
            return .none
        }
        method("tounicode") { a, args throws(PyException) in
            try args.expect("tounicode", count: 0)
            guard a.code.isUnicode else { throw valueError("tounicode() may only be called on unicode type arrays") }
            return try toUnicode(a)
        }
        method("fromunicode") { a, args throws(PyException) in
            try args.expect("fromunicode", count: 1)
            guard StrOps.isStr(args[0]) else {
                throw typeError("fromunicode() argument must be str, not \(typeName(args[0]))")
            }
            guard a.code.isUnicode else { throw valueError("fromunicode() may only be called on unicode type arrays") }
            try fromUnicode(a, args[0])
            return .none
        }
        method("__copy__") { a, args throws(PyException) in
            try args.expect("__copy__", count: 0)
            return copy(a)
        }
        method("__deepcopy__") { a, args throws(PyException) in
            try args.expect("__deepcopy__", count: 1)
            return copy(a)
        }
        method("__reduce_ex__") { a, args throws(PyException) in
            try args.expect("__reduce_ex__", count: 1)
            let code = StrRef.create(String(a.code.character)).value
            let dict = try Runtime.lookupAttribute(a.value, Interned.intern("__dict__")) ?? .none
            return TupleRef.create(a.value.type, TupleRef.create(code, toList(a)).value, dict).value
        }
        GetSet.add(type, "typecode", get: { a in StrRef.create(String(ArrayRef(a).code.character)).value })
        GetSet.add(type, "itemsize", get: { a in Value(smallInt: Int64(ArrayRef(a).itemSize)) })
    }
}
