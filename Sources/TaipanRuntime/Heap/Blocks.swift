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
    /// Address space reserved for blocks: 64 GiB at most (virtual only).
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

    /// Reserves the range: 64 GiB, or less where the address space is limited (ulimit -v,
    /// valgrind), halving down to 256 MiB.
    static func reserve() {
        var bytes = reservedBytes
        while bytes >= 256 << 20 {
            let memory = mmap(nil, bytes + HeapBlock.size, PROT_READ | PROT_WRITE,
                              MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
            if let memory, memory != MAP_FAILED {
                let start = (UInt(bitPattern: memory) + UInt(HeapBlock.size) - 1) & ~HeapBlock.mask
                lowest = start
                highest = start
                reservedEnd = start + UInt(bytes)
                return
            }
            bytes /= 2
        }
        fatalError("Taipan: cannot reserve address space for the heap")
    }

    /// The block containing `address`, if any.
    @inline(__always) static func block(containing address: UInt) -> UnsafeMutableRawPointer? {
        guard address >= lowest && address < highest else { return nil }
        return UnsafeMutableRawPointer(bitPattern: address & ~HeapBlock.mask)
    }
}
