// zlib.Compress and zlib.Decompress: streams that keep their state between calls, with
// copy(), flush modes, and the Decompress attributes unused_data, unconsumed_tail and eof.

import CZlib

enum ZlibObjects {
    static func stream(_ o: Value) -> ZStream? { ZStream(bitPattern: o.intField(1)) }
    static func isActive(_ o: Value) -> Bool { o.intField(2) == 1 }

    /// The finaliser: ends the stream if it is still initialised and frees it.
    static func release(_ o: Value, inflating: Bool) {
        guard let z = stream(o) else { return }
        if isActive(o) { _ = inflating ? inflateEnd(z) : deflateEnd(z) }
        z.deallocate()
        o.setIntField(1, 0)
        o.setIntField(2, 0)
    }

    /// A new object of `type` owning stream `z` (already initialised).
    static func wrap(_ type: Value, _ z: ZStream, zdict: Value = .none) -> Value {
        let o = ModuleTypes.instance(of: type)
        o.setIntField(1, Int(bitPattern: z))
        o.setIntField(2, 1)
        o.storeValue(3, BytesOps.create([]))
        o.storeValue(4, BytesOps.create([]))
        o.storeValue(5, .bool(false))
        o.storeValue(6, zdict)
        return o
    }

    static func live(_ o: Value, _ doing: String) throws(PyException) -> ZStream {
        // A stream freed or never made behaves as zlib's own "inconsistent stream state".
        guard let z = stream(o) else { throw pyError(ZlibModule.error, "Error -2 \(doing): inconsistent stream state") }
        return z
    }

    static func compressObject(_ args: Arguments) throws(PyException) -> Value {
        let level = try ZlibModule.intArgument(args, 0, "level") ?? Z_DEFAULT_COMPRESSION
        let method = try ZlibModule.intArgument(args, 1, "method") ?? Z_DEFLATED
        let wbits = try ZlibModule.intArgument(args, 2, "wbits") ?? MAX_WBITS
        let memLevel = try ZlibModule.intArgument(args, 3, "memLevel") ?? 8
        let strategy = try ZlibModule.intArgument(args, 4, "strategy") ?? Z_DEFAULT_STRATEGY
        let zdict = try args.argument(5, "zdict").map { v throws(PyException) in try BytesOps.requireBytesLike(v) }
        let z = ZlibStream.allocate()
        let code = ZlibStream.deflateInit(z, level: level, method: method, wbits: wbits, memLevel: memLevel, strategy: strategy)
        if code != Z_OK {
            z.deallocate()
            if code == Z_MEM_ERROR { throw pyError(ExceptionTypes.named("MemoryError"), "Can't allocate memory for compression object") }
            if code == Z_STREAM_ERROR { throw pyError(ExceptionTypes.named("ValueError"), "Invalid initialization option") }
            throw pyError(ZlibModule.error, "Error \(code) while creating compression object")
        }
        let o = wrap(ZlibModule.compressType, z)
        if let zdict {
            let set = zdict.withUnsafeBufferPointer { b in deflateSetDictionary(z, b.baseAddress, UInt32(b.count)) }
            if set != Z_OK { throw pyError(ExceptionTypes.named("ValueError"), "Invalid dictionary") }
        }
        return o
    }

    static func decompressObject(_ args: Arguments) throws(PyException) -> Value {
        let wbits = try ZlibModule.intArgument(args, 0, "wbits") ?? MAX_WBITS
        let zdict = args.argument(1, "zdict")
        if let zdict, BytesOps.contents(zdict) == nil {
            throw typeError("zdict argument must support the buffer protocol")
        }
        let z = ZlibStream.allocate()
        let code = ZlibStream.inflateInit(z, wbits: wbits)
        if code != Z_OK {
            z.deallocate()
            if code == Z_MEM_ERROR { throw pyError(ExceptionTypes.named("MemoryError"), "Can't allocate memory for decompression object") }
            if code == Z_STREAM_ERROR { throw pyError(ExceptionTypes.named("ValueError"), "Invalid initialization option") }
            throw pyError(ZlibModule.error, "Error \(code) while creating decompression object")
        }
        let o = wrap(ZlibModule.decompressType, z, zdict: zdict ?? .none)
        // A raw stream has no header to ask for the dictionary: it is set at once.
        if wbits < 0, let zdict { try setDictionary(o, z, zdict) }
        return o
    }

    static func setDictionary(_ o: Value, _ z: ZStream, _ zdict: Value) throws(PyException) {
        let bytes = BytesOps.contents(zdict) ?? []
        let code = bytes.withUnsafeBufferPointer { b in inflateSetDictionary(z, b.baseAddress, UInt32(b.count)) }
        if code != Z_OK { throw ZlibStream.error(z, code, "while setting zdict") }
    }

    static func addCompressMethods(_ t: Value) {
        NativeFunctions.addMethod(t, "compress") { o, args throws(PyException) in
            try args.expect("compress", count: 1)
            let data = try BytesOps.requireBytesLike(args[0])
            let z = try live(o, "while compressing data")
            let step = ZlibStream.run(z, data, flush: Z_NO_FLUSH, inflating: false)
            if step.code != Z_OK && step.code != Z_BUF_ERROR { throw ZlibStream.error(z, step.code, "while compressing data") }
            return BytesOps.create(step.output)
        }
        NativeFunctions.addMethod(t, "flush") { o, args throws(PyException) in
            try args.expect("flush", min: 0, max: 1, keywords: ["mode"])
            let mode = try ZlibModule.intArgument(args, 0, "mode") ?? Z_FINISH
            if mode == Z_NO_FLUSH { return BytesOps.create([]) }
            let z = try live(o, "while flushing")
            let step = ZlibStream.run(z, [], flush: mode, inflating: false)
            if mode == Z_FINISH && step.code == Z_STREAM_END {
                deflateEnd(z)
                o.setIntField(2, 0)
            } else if step.code != Z_OK && step.code != Z_BUF_ERROR {
                throw ZlibStream.error(z, step.code, "while flushing")
            }
            return BytesOps.create(step.output)
        }
        for name in ["copy", "__copy__"] {
            NativeFunctions.addMethod(t, name) { o, args throws(PyException) in
                try args.expect(name, count: 0)
                return try copy(o, inflating: false)
            }
        }
        NativeFunctions.addMethod(t, "__deepcopy__") { o, args throws(PyException) in
            try args.expect("__deepcopy__", count: 1)
            return try copy(o, inflating: false)
        }
    }

    static func addDecompressMethods(_ t: Value) {
        NativeFunctions.addMethod(t, "decompress") { o, args throws(PyException) in
            try args.expect("decompress", min: 1, max: 2, keywords: ["max_length"])
            let data = try BytesOps.requireBytesLike(args[0])
            let limit = try args.argument(1, "max_length").map { v throws(PyException) -> Int in
                guard let n = try IntOps.index(v) else {
                    throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
                }
                return n
            } ?? 0
            if limit < 0 { throw pyError(ExceptionTypes.named("ValueError"), "max_length must be non-negative") }
            return try decompress(o, data, flush: Z_SYNC_FLUSH, limit: limit)
        }
        NativeFunctions.addMethod(t, "flush") { o, args throws(PyException) in
            try args.expect("flush", min: 0, max: 1, keywords: ["length"])
            let length = try ZlibModule.intArgument(args, 0, "length") ?? 16384
            if length <= 0 { throw pyError(ExceptionTypes.named("ValueError"), "length must be greater than zero") }
            return try decompress(o, BytesOps.bytes(o.loadValue(4)), flush: Z_FINISH, limit: 0)
        }
        for name in ["copy", "__copy__"] {
            NativeFunctions.addMethod(t, name) { o, args throws(PyException) in
                try args.expect(name, count: 0)
                return try copy(o, inflating: true)
            }
        }
        NativeFunctions.addMethod(t, "__deepcopy__") { o, args throws(PyException) in
            try args.expect("__deepcopy__", count: 1)
            return try copy(o, inflating: true)
        }
        GetSet.add(t, "unused_data", get: { o in o.loadValue(3) })
        GetSet.add(t, "unconsumed_tail", get: { o in o.loadValue(4) })
        GetSet.add(t, "eof", get: { o in o.loadValue(5) })
    }

    /// Inflates `data`; what is not consumed goes to unconsumed_tail (output limit reached) or
    /// to unused_data (after the end of the stream), as CPython's save_unconsumed_input.
    static func decompress(_ o: Value, _ data: [UInt8], flush: Int32, limit: Int) throws(PyException) -> Value {
        let z = try live(o, "while decompressing data")
        var step = ZlibStream.run(z, data, flush: flush, inflating: true, limit: limit)
        var output = step.output
        if step.code == Z_NEED_DICT, !o.loadValue(6).isIdentical(BuiltinTypes.none) {
            try setDictionary(o, z, o.loadValue(6))
            let more = limit > 0 ? limit - output.count : 0
            step = ZlibStream.run(z, step.leftover, flush: flush, inflating: true, limit: more)
            output += step.output
        }
        if step.code == Z_STREAM_END {
            o.storeValue(5, .bool(true))
            let unused = BytesOps.bytes(o.loadValue(3)) + step.leftover
            o.storeValue(3, BytesOps.create(unused))
            o.storeValue(4, BytesOps.create([]))
        } else {
            if step.code != Z_OK && step.code != Z_BUF_ERROR {
                throw ZlibStream.error(z, step.code, "while decompressing data")
            }
            o.storeValue(4, BytesOps.create(step.leftover))
        }
        return BytesOps.create(output)
    }

    static func copy(_ o: Value, inflating: Bool) throws(PyException) -> Value {
        guard let z = stream(o), isActive(o) else {
            throw pyError(ExceptionTypes.named("ValueError"), "Inconsistent stream state")
        }
        let c = ZlibStream.allocate()
        let code = inflating ? inflateCopy(c, z) : deflateCopy(c, z)
        if code != Z_OK {
            c.deallocate()
            throw ZlibStream.error(z, code, "while copying \(inflating ? "decompression" : "compression") object")
        }
        let copy = wrap(o.type, c, zdict: o.loadValue(6))
        copy.storeValue(3, o.loadValue(3))
        copy.storeValue(4, o.loadValue(4))
        copy.storeValue(5, o.loadValue(5))
        return copy
    }
}
