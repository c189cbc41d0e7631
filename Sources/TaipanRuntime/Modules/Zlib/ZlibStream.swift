// A z_stream owned by a zlib.Compress or zlib.Decompress object: allocated outside our heap,
// its address kept as an inline int, freed (deflateEnd/inflateEnd) by the object's finaliser.
// The stream never keeps pointers into our heap between calls: input is consumed within one
// call, and what is left is copied into unconsumed_tail or unused_data.

import CZlib

typealias ZStream = UnsafeMutablePointer<z_stream>

enum ZlibStream {
    static func allocate() -> ZStream {
        let z = ZStream.allocate(capacity: 1)
        z.initialize(to: z_stream())
        return z
    }

    static func deflateInit(_ z: ZStream, level: Int32, method: Int32, wbits: Int32, memLevel: Int32, strategy: Int32) -> Int32 {
        deflateInit2_(z, level, method, wbits, memLevel, strategy, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    }

    static func inflateInit(_ z: ZStream, wbits: Int32) -> Int32 {
        inflateInit2_(z, wbits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    }

    /// zlib.error "Error N <doing what>: <zlib's message>", as CPython's zlib_error.
    static func error(_ z: ZStream, _ code: Int32, _ doing: String) -> PyException {
        if code == Z_VERSION_ERROR { return pyError(ZlibModule.error, "library version mismatch") }
        var detail: String? = z.pointee.msg.map { String(cString: $0) }
        if detail == nil {
            switch code {
            case Z_BUF_ERROR: detail = "incomplete or truncated stream"
            case Z_STREAM_ERROR: detail = "inconsistent stream state"
            case Z_DATA_ERROR: detail = "invalid input data"
            default: break
            }
        }
        return pyError(ZlibModule.error, "Error \(code) \(doing)" + (detail.map { ": " + $0 } ?? ""))
    }

    struct Step {
        var output: [UInt8] = []
        var code: Int32 = Z_OK
        /// Input bytes not consumed.
        var leftover: [UInt8] = []
    }

    /// Deflates or inflates `input` with `flush`, collecting output until zlib has no more to
    /// give (or `limit` bytes, when positive). zlib's own errors are returned in `code`.
    static func run(_ z: ZStream, _ input: [UInt8], flush: Int32, inflating: Bool, limit: Int = 0,
                    chunk: Int = 16384) -> Step {
        var step = Step()
        input.withUnsafeBufferPointer { source in
            z.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            z.pointee.avail_in = UInt32(source.count)
            var buffer = [UInt8](repeating: 0, count: max(chunk, 1))
            while true {
                var room = buffer.count
                if limit > 0 {
                    room = min(room, limit - step.output.count)
                    if room == 0 { break }
                }
                buffer.withUnsafeMutableBufferPointer { out in
                    z.pointee.next_out = out.baseAddress
                    z.pointee.avail_out = UInt32(room)
                    step.code = inflating ? inflate(z, flush) : deflate(z, flush)
                }
                let produced = room - Int(z.pointee.avail_out)
                step.output += buffer[0..<produced]
                if step.code == Z_STREAM_END { break }
                if step.code != Z_OK && step.code != Z_BUF_ERROR { break }
                // Room left over: zlib has produced all it can from this input.
                if z.pointee.avail_out != 0 || (produced == 0 && step.code == Z_BUF_ERROR) { break }
            }
            let left = Int(z.pointee.avail_in)
            if left > 0 { step.leftover = Array(source[(source.count - left)...]) }
            z.pointee.next_in = nil
            z.pointee.avail_in = 0
            z.pointee.next_out = nil
            z.pointee.avail_out = 0
        }
        return step
    }
}
