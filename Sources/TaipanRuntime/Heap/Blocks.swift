// The registry of heap blocks, for the conservative scan: is this word an address inside
// one of our blocks?

enum Blocks {
    static var all: [UnsafeMutableRawPointer] = []
    static var bases = Set<UInt>()
    static var lowest = UInt.max
    static var highest: UInt = 0

    static var count: Int { all.count }

    static func register(_ block: UnsafeMutableRawPointer) {
        let base = UInt(bitPattern: block)
        all.append(block)
        bases.insert(base)
        lowest = min(lowest, base)
        highest = max(highest, base + UInt(HeapBlock.size))
    }

    /// The block containing `address`, if any.
    @inline(__always) static func block(containing address: UInt) -> UnsafeMutableRawPointer? {
        guard address >= lowest && address < highest else { return nil }
        let base = address & ~HeapBlock.mask
        guard bases.contains(base) else { return nil }
        return UnsafeMutableRawPointer(bitPattern: base)
    }
}
