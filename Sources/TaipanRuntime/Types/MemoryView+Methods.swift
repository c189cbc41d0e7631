// memoryview's attributes and methods: format/itemsize/shape/strides/…, tolist, tobytes,
// hex, cast (1-D to N-D and back, byte formats to and from any native format),
// toreadonly, release and the context manager.

extension MemoryViewOps {
    static func installAttributes() {
        func add(_ name: String, _ get: @escaping (Value, Layout) throws(PyException) -> Value) {
            GetSet.add(type, name, get: { m throws(PyException) in
                try checkReleased(m)
                return try get(m, layout(m))
            })
        }
        add("obj") { m, _ in m.loadValue(objWord) }
        add("format") { m, _ in m.loadValue(formatWord) }
        add("itemsize") { _, l in IntOps.make(Int64(l.itemSize)) }
        add("nbytes") { _, l in IntOps.make(Int64(l.byteCount)) }
        add("ndim") { _, l in IntOps.make(Int64(l.ndim)) }
        add("readonly") { m, _ in .bool(isReadonly(m)) }
        add("shape") { m, _ in m.loadValue(shapeWord) }
        add("strides") { m, _ in m.loadValue(stridesWord) }
        add("suboffsets") { _, _ in TupleRef.allocate(0).value }
        add("c_contiguous") { _, l in .bool(l.isContiguous(fortran: false)) }
        add("f_contiguous") { _, l in .bool(l.isContiguous(fortran: true)) }
        add("contiguous") { _, l in .bool(l.isContiguous(fortran: false) || l.isContiguous(fortran: true)) }
    }

    /// The items as (nested) lists.
    static func toList(_ m: Value) throws(PyException) -> Value {
        try checkReleased(m)
        let l = layout(m)
        let code = itemCode(l.format)
        let p = try base(m, l)
        if l.ndim == 0 { return try unpack(p + l.offset, code) }
        func build(_ dim: Int, _ at: Int) throws(PyException) -> Value {
            let list = ListRef.create(capacity: l.shape[dim])
            for i in 0..<l.shape[dim] {
                let where_ = at + i * l.strides[dim]
                list.append(dim == l.ndim - 1 ? try unpack(p + where_, code) : try build(dim + 1, where_))
            }
            return list.value
        }
        return try build(0, l.offset)
    }

    static func installMethods() {
        NativeFunctions.addMethod(type, "tolist") { m, args throws(PyException) in
            try args.expect("tolist", count: 0)
            return try toList(m)
        }
        NativeFunctions.addMethod(type, "tobytes") { m, args throws(PyException) in
            try args.expect("tobytes", min: 0, max: 1, keywords: ["order"])
            var fortran = false
            if let order = args.argument(0, "order"), !order.isIdentical(BuiltinTypes.none) {
                guard StrOps.isStr(order) else {
                    throw typeError("tobytes() argument 'order' must be str or None, not \(TypeRef(order.type).nameString)")
                }
                switch StrRef(order).string {
                case "C": break
                case "F": fortran = true
                case "A":
                    try checkReleased(m)
                    let l = layout(m)
                    fortran = l.isContiguous(fortran: true) && !l.isContiguous(fortran: false)
                default: throw pyError(ExceptionTypes.named("ValueError"), "order must be 'C', 'F' or 'A'")
                }
            }
            return BytesOps.create(try bytes(m, fortran: fortran))
        }
        NativeFunctions.addMethod(type, "hex") { m, args throws(PyException) in
            try BytesMethods.hex(try bytes(m), args)
        }
        NativeFunctions.addMethod(type, "toreadonly") { m, args throws(PyException) in
            try args.expect("toreadonly", count: 0)
            try checkReleased(m)
            return make(m.loadValue(objWord), layout(m), readonly: true)
        }
        NativeFunctions.addMethod(type, "cast") { m, args throws(PyException) in
            try args.expect("cast", min: 1, max: 2, keywords: ["format", "shape"])
            guard let format = args.argument(0, "format") else {
                throw typeError("cast() missing required argument 'format' (pos 1)")
            }
            guard StrOps.isStr(format) else {
                throw typeError("cast() argument 'format' must be str, not \(TypeRef(format.type).nameString)")
            }
            return try cast(m, StrRef(format).string, shape: args.argument(1, "shape"))
        }
        NativeFunctions.addMethod(type, "release") { m, args throws(PyException) in
            try args.expect("release", count: 0)
            release(m)
            return .none
        }
        NativeFunctions.addMethod(type, "__enter__") { m, args throws(PyException) in
            try args.expect("__enter__", count: 0)
            try checkReleased(m)
            return m
        }
        NativeFunctions.addMethod(type, "__exit__") { m, _ in
            release(m)
            return .none
        }
    }

    /// m.cast(format[, shape]), as CPython's memory_cast: only C-contiguous views, 1-D to
    /// N-D or N-D to 1-D, and a format change only to or from a byte format.
    static func cast(_ m: Value, _ format: String, shape: Value?) throws(PyException) -> Value {
        try checkReleased(m)
        var l = layout(m)
        if !l.isContiguous(fortran: false) { throw typeError("memoryview: casts are restricted to C-contiguous views") }
        if (shape != nil || l.ndim != 1) && l.shape.contains(0) {
            throw typeError("memoryview: cannot cast view with zeros in shape or strides")
        }
        var dims: [Value] = []
        if let shape {
            let isList = shape.isPointer && shape.type.isIdentical(ListRef.type)
            guard isList || (shape.isPointer && shape.type.isIdentical(BuiltinTypes.tuple)) else {
                throw typeError("shape must be a list or a tuple")
            }
            let count = isList ? ListRef(shape).count : TupleRef(shape).count
            for i in 0..<count { dims.append(isList ? ListRef(shape)[i] : TupleRef(shape)[i]) }
            if dims.count > 64 { throw pyError(ExceptionTypes.named("ValueError"), "memoryview: number of dimensions must not exceed 64") }
            if l.ndim != 1 && dims.count != 1 { throw typeError("memoryview: cast must be 1D -> ND or ND -> 1D") }
        }
        guard format.allSatisfy({ $0.isASCII }), let size = nativeItemSize(format) else {
            throw pyError(ExceptionTypes.named("ValueError"),
                          "memoryview: destination format must be a native single character format prefixed with an optional '@'")
        }
        let source = itemCode(l.format)
        if (nativeItemSize(l.format) == nil || !isByteFormat(source)) && !isByteFormat(itemCode(format)) {
            throw typeError("memoryview: cannot cast between two non-byte formats")
        }
        let byteCount = l.byteCount
        if byteCount % size != 0 { throw typeError("memoryview: length is not a multiple of itemsize") }
        let start = l.offset
        l = .flat(format: format, itemSize: size, byteCount: byteCount)
        l.offset = start
        if shape != nil {
            var product = size
            var newShape: [Int] = []
            for d in dims {
                guard IntOps.isInt(d) else { throw typeError("memoryview.cast(): elements of shape must be integers") }
                guard let n = IntOps.asInt64(d), n > 0 else {
                    if !IntOps.isNegative(d) && !IntOps.isZero(d) {
                        throw pyError(ExceptionTypes.named("ValueError"), "memoryview.cast(): product(shape) > SSIZE_MAX")
                    }
                    throw pyError(ExceptionTypes.named("ValueError"), "memoryview.cast(): elements of shape must be integers > 0")
                }
                if Int(n) > Int.max / product {
                    throw pyError(ExceptionTypes.named("ValueError"), "memoryview.cast(): product(shape) > SSIZE_MAX")
                }
                product *= Int(n)
                newShape.append(Int(n))
            }
            if product != byteCount { throw typeError("memoryview: product(shape) * itemsize != buffer size") }
            var strides = [Int](repeating: size, count: newShape.count)
            var i = newShape.count - 2
            while i >= 0 {
                strides[i] = strides[i + 1] * newShape[i + 1]
                i -= 1
            }
            l.shape = newShape
            l.strides = strides
        }
        return make(m.loadValue(objWord), l, readonly: isReadonly(m))
    }
}
