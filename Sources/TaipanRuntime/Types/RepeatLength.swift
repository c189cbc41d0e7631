// The length of `sequence * n`, checked before anything is allocated: a product that
// overflows, or that no heap could hold, raises MemoryError as CPython's list and tuple
// repeat do, instead of trapping in the multiplication or the allocator.

enum RepeatLength {
    /// The most items a repeat may produce (2^36 items: half a TiB of words).
    static let maxItems: Int = 1 << 36

    /// `count` items repeated `times` times (a negative `times` repeats zero times).
    static func items(_ count: Int, times: Int) throws(PyException) -> Int {
        let n = max(times, 0)
        if count == 0 || n == 0 { return 0 }
        let (product, overflow) = count.multipliedReportingOverflow(by: n)
        if overflow || product > maxItems { throw IntOps.memoryError() }
        return product
    }

    /// A padding width (center, ljust, rjust and zfill of str and bytes): an integer,
    /// MemoryError for a width no heap could hold, OverflowError past Py_ssize_t (which
    /// the clamped read saturates to Int.max or Int.min), as CPython.
    static func width(_ v: Value) throws(PyException) -> Int {
        let n = try BytesMethods.width(v)
        let saturated = (n == Int.max || n == Int.min) && IntOps.asInt64(v).map { Int($0) } != n
        if saturated {
            throw pyError(ExceptionTypes.named("OverflowError"), "Python int too large to convert to C ssize_t")
        }
        if n > maxItems { throw IntOps.memoryError() }
        return n
    }
}
