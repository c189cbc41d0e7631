// zlib over Debian's libz: one-shot compress/decompress, the streaming Compress and
// Decompress objects (compressobj/decompressobj), crc32 and adler32, with CPython 3.11's
// arguments, constants and errors. gzip, zipfile and tarfile build on it.
//
//   Compress, Decompress  word 0 type   1 z_stream address (inline int)   2 1 while the stream
//                         is initialised   3 unused_data   4 unconsumed_tail   5 eof   6 zdict

import CZlib

enum ZlibModule {
    static var error = Value(bits: 0)
    static var compressType = Value(bits: 0)
    static var decompressType = Value(bits: 0)
    static let words = 7

    static func create() -> Value {
        let m = ModuleObject.create(name: "zlib")
        let d = DictRef(ModuleObject.dict(m))
        if error.isNull { setUpTypes() }
        d.setStr(Interned.intern("error"), error)
        let constants: [(String, Int32)] = [
            ("MAX_WBITS", MAX_WBITS), ("DEFLATED", Z_DEFLATED), ("DEF_MEM_LEVEL", 8), ("DEF_BUF_SIZE", 16384),
            ("Z_NO_COMPRESSION", Z_NO_COMPRESSION), ("Z_BEST_SPEED", Z_BEST_SPEED),
            ("Z_BEST_COMPRESSION", Z_BEST_COMPRESSION), ("Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION),
            ("Z_FILTERED", Z_FILTERED), ("Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY), ("Z_RLE", Z_RLE), ("Z_FIXED", Z_FIXED),
            ("Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY), ("Z_NO_FLUSH", Z_NO_FLUSH), ("Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH),
            ("Z_SYNC_FLUSH", Z_SYNC_FLUSH), ("Z_FULL_FLUSH", Z_FULL_FLUSH), ("Z_FINISH", Z_FINISH), ("Z_BLOCK", Z_BLOCK),
            ("Z_TREES", Z_TREES),
        ]
        for (name, value) in constants { d.setStr(Interned.intern(name), IntOps.make(Int64(value))) }
        d.setStr(Interned.intern("ZLIB_VERSION"), StrRef.create(ZLIB_VERSION).value)
        d.setStr(Interned.intern("ZLIB_RUNTIME_VERSION"), StrRef.create(String(cString: zlibVersion())).value)

        ModuleTypes.function(m, "compress") { _, args throws(PyException) in
            try args.expect("compress", min: 1, max: 3, keywords: ["level", "wbits"])
            let data = try BytesOps.requireBytesLike(args[0])
            let level = try intArgument(args, 1, "level") ?? Z_DEFAULT_COMPRESSION
            let wbits = try intArgument(args, 2, "wbits") ?? MAX_WBITS
            return BytesOps.create(try compress(data, level: level, wbits: wbits))
        }
        ModuleTypes.function(m, "decompress") { _, args throws(PyException) in
            try args.expect("decompress", min: 1, max: 3, keywords: ["wbits", "bufsize"])
            let data = try BytesOps.requireBytesLike(args[0])
            let wbits = try intArgument(args, 1, "wbits") ?? MAX_WBITS
            let bufsize = try intArgument(args, 2, "bufsize") ?? 16384
            if bufsize < 0 { throw pyError(ExceptionTypes.named("ValueError"), "bufsize must be non-negative") }
            return BytesOps.create(try decompress(data, wbits: wbits, bufsize: Int(bufsize)))
        }
        ModuleTypes.function(m, "compressobj") { _, args throws(PyException) in
            try args.expect("compressobj", min: 0, max: 6, keywords: ["level", "method", "wbits", "memLevel", "strategy", "zdict"])
            return try ZlibObjects.compressObject(args)
        }
        ModuleTypes.function(m, "decompressobj") { _, args throws(PyException) in
            try args.expect("decompressobj", min: 0, max: 2, keywords: ["wbits", "zdict"])
            return try ZlibObjects.decompressObject(args)
        }
        ModuleTypes.function(m, "crc32") { _, args throws(PyException) in
            try args.expect("crc32", min: 1, max: 2)
            let start = args.positionalCount > 1 ? try BinasciiModule.maskedUInt32(args[1]) : 0
            return IntOps.make(Int64(CRC.crc32(try BytesOps.requireBytesLike(args[0]), start)))
        }
        ModuleTypes.function(m, "adler32") { _, args throws(PyException) in
            try args.expect("adler32", min: 1, max: 2)
            let start = args.positionalCount > 1 ? try BinasciiModule.maskedUInt32(args[1]) : 1
            let data = try BytesOps.requireBytesLike(args[0])
            let sum = data.withUnsafeBufferPointer { b in adler32(UInt(start), b.baseAddress, UInt32(b.count)) }
            return IntOps.make(Int64(UInt32(truncatingIfNeeded: sum)))
        }
        return m
    }

    static func setUpTypes() {
        error = ModuleTypes.exceptionClass("error", module: "zlib", base: BuiltinTypes.exception)
        compressType = ModuleTypes.make("Compress", module: "zlib", words: words, flags: [.hasFinalizer], slots: TypeSlots())
        decompressType = ModuleTypes.make("Decompress", module: "zlib", words: words, flags: [.hasFinalizer], slots: TypeSlots())
        Finalizers.register(compressType) { o in ZlibObjects.release(o, inflating: false) }
        Finalizers.register(decompressType) { o in ZlibObjects.release(o, inflating: true) }
        ZlibObjects.addCompressMethods(compressType)
        ZlibObjects.addDecompressMethods(decompressType)
    }

    /// An int argument given by position or keyword, as a C int.
    static func intArgument(_ args: Arguments, _ i: Int, _ name: String) throws(PyException) -> Int32? {
        guard let v = args.argument(i, name) else { return nil }
        guard let n = try IntOps.index(v) else {
            throw typeError("'\(TypeRef(v.type).nameString)' object cannot be interpreted as an integer")
        }
        guard let c = Int32(exactly: n) else {
            throw pyError(ExceptionTypes.named("OverflowError"),
                          n < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum")
        }
        return c
    }

    static func compress(_ data: [UInt8], level: Int32, wbits: Int32) throws(PyException) -> [UInt8] {
        let z = ZlibStream.allocate()
        defer { z.deallocate() }
        let start = ZlibStream.deflateInit(z, level: level, method: Z_DEFLATED, wbits: wbits, memLevel: 8,
                                           strategy: Z_DEFAULT_STRATEGY)
        if start == Z_MEM_ERROR { throw pyError(ExceptionTypes.named("MemoryError"), "Out of memory while compressing data") }
        if start == Z_STREAM_ERROR { throw pyError(error, "Bad compression level") }
        if start != Z_OK { throw ZlibStream.error(z, start, "while compressing data") }
        defer { deflateEnd(z) }
        let step = ZlibStream.run(z, data, flush: Z_FINISH, inflating: false)
        if step.code != Z_STREAM_END { throw ZlibStream.error(z, step.code, "while compressing data") }
        return step.output
    }

    static func decompress(_ data: [UInt8], wbits: Int32, bufsize: Int) throws(PyException) -> [UInt8] {
        let z = ZlibStream.allocate()
        defer { z.deallocate() }
        let start = ZlibStream.inflateInit(z, wbits: wbits)
        if start == Z_MEM_ERROR { throw pyError(ExceptionTypes.named("MemoryError"), "Out of memory while decompressing data") }
        if start != Z_OK { throw ZlibStream.error(z, start, "while preparing to decompress data") }
        defer { inflateEnd(z) }
        let step = ZlibStream.run(z, data, flush: Z_NO_FLUSH, inflating: true, chunk: max(bufsize, 1))
        if step.code == Z_STREAM_END { return step.output }
        // The input ran out before the end of the stream.
        let code = step.code == Z_OK ? Z_BUF_ERROR : step.code
        throw ZlibStream.error(z, code, "while decompressing data")
    }
}
