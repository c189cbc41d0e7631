// The heap's blocks, carved one after another from one reserved range of address space.
//
// The range is reserved up front without committing memory (pages cost RSS only once
// touched, and fresh pages are zero), so "is this word an address inside one of our
// blocks?" — asked for every word of the conservative stack scan and every traced field —
// is one range check, and every block in the range has been formatted.

#if canImport(Glibc)
import Glibc
#endif

enum Blocks {
    /// Address space reserved for blocks: 64 GiB (virtual only).
    static let reservedBytes = 64 << 30
    static var all: [UnsafeMutableRawPointer] = []
    /// The first block's address (size-aligned), and the end of the blocks handed out.
    static var lowest: UInt = 0
    static var highest: UInt = 0
    static var reservedEnd: UInt = 0

    static var count: Int { all.count }

    /// Fresh, zero memory for a new block, registered for the conservative scan.
    static func carve() -> UnsafeMutableRawPointer {
        if lowest == 0 { reserve() }
        guard highest + UInt(HeapBlock.size) <= reservedEnd,
              let block = UnsafeMutableRawPointer(bitPattern: highest) else {
            fatalError("Taipan: out of memory (heap blocks exhausted)")
        }
        highest += UInt(HeapBlock.size)
        all.append(block)
        return block
    }

    static func reserve() {
        let bytes = reservedBytes + HeapBlock.size
        let memory = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let memory, memory != MAP_FAILED else {
            fatalError("Taipan: cannot reserve address space for the heap")
        }
        let start = (UInt(bitPattern: memory) + UInt(HeapBlock.size) - 1) & ~HeapBlock.mask
        lowest = start
        highest = start
        reservedEnd = start + UInt(reservedBytes)
    }

    /// The block containing `address`, if any.
    @inline(__always) static func block(containing address: UInt) -> UnsafeMutableRawPointer? {
        guard address >= lowest && address < highest else { return nil }
        return UnsafeMutableRawPointer(bitPattern: address & ~HeapBlock.mask)
    }
}
