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
}
