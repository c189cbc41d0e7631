// A block: 64 KiB of memory, aligned to its size, holding cells of one size class.
//
//   [BlockHeader][mark bitmap, one bit per cell][cells …]
//
// The alignment lets the collector go from any address (an interior pointer found on the
// stack) to its block by masking, and from there to the cell by dividing.
//
// Invariant: every byte of a cell not holding an object is zero, except word 1 of a cell
// on a free list (the link). Cells are handed out by bumping through the block, so pages
// are touched only when used; the sweep zeroes dead cells, so allocation needs no memset.

#if canImport(Glibc)
import Glibc
#endif

struct BlockHeader {
    /// Bytes per cell (a multiple of 16).
    var cellSize: Int
    var cellCount: Int
    /// Offset of the first cell from the block's start.
    var cellsOffset: Int
    var sizeClass: Int
    /// Cells marked in the current collection.
    var liveCells: Int
    /// Cells handed out so far by bumping (the rest are untouched); the sweep looks at these.
    var bumpedCells: Int
    /// 2^32 / cellSize rounded up: `offset * cellReciprocal >> 32` is `offset / cellSize`
    /// for every offset inside a block (checked for all size classes), without a division.
    var cellReciprocal: Int
}

enum HeapBlock {
    static let sizeLog2 = 16
    static let size = 1 << sizeLog2
    static let mask = UInt(size - 1)
    static let bitmapOffset = 64

    /// Where the cells of a block of `cellSize` cells start: after the bitmap for the
    /// largest possible cell count, 16-byte aligned.
    static func cellsOffset(cellSize: Int) -> Int {
        let maxCells = (size - bitmapOffset) / cellSize
        return (bitmapOffset + (maxCells + 7) / 8 + 15) & ~15
    }

    /// Lays out a block for cells of `cellSize` bytes, none handed out yet. A fresh block
    /// is all zero; a recycled one has zero cells (the invariant above) but its old bitmap
    /// may reach into the new cell area, so the widest bitmap area is cleared.
    static func format(_ block: UnsafeMutableRawPointer, cellSize: Int, sizeClass: Int, recycled: Bool) {
        if recycled {
            memset(block + bitmapOffset, 0, cellsOffset(cellSize: 16) - bitmapOffset)
        }
        let cellsOffset = cellsOffset(cellSize: cellSize)
        let cellCount = (size - cellsOffset) / cellSize
        block.bindMemory(to: BlockHeader.self, capacity: 1).pointee = BlockHeader(
            cellSize: cellSize, cellCount: cellCount, cellsOffset: cellsOffset, sizeClass: sizeClass,
            liveCells: 0, bumpedCells: 0, cellReciprocal: (1 << 32) / cellSize + 1)
    }

    @inline(__always) static func header(_ block: UnsafeMutableRawPointer) -> UnsafeMutablePointer<BlockHeader> {
        block.assumingMemoryBound(to: BlockHeader.self)
    }

    @inline(__always) static func cell(_ block: UnsafeMutableRawPointer, _ index: Int) -> UnsafeMutableRawPointer {
        let h = header(block).pointee
        return block + h.cellsOffset + index &* h.cellSize
    }

    /// The index of the cell containing `address`, or nil if it falls in the header or the
    /// unused tail.
    @inline(__always) static func cellIndex(_ block: UnsafeMutableRawPointer, containing address: UInt) -> Int? {
        let h = header(block).pointee
        let offset = Int(address - UInt(bitPattern: block))
        guard offset >= h.cellsOffset else { return nil }
        let index = ((offset - h.cellsOffset) &* h.cellReciprocal) >> 32
        return index < h.cellCount ? index : nil
    }

    @inline(__always) static func bitmap(_ block: UnsafeMutableRawPointer) -> UnsafeMutablePointer<UInt8> {
        (block + bitmapOffset).assumingMemoryBound(to: UInt8.self)
    }

    /// Sets the mark bit of cell `index`; returns false if it was already set.
    @inline(__always) static func testAndSetMark(_ block: UnsafeMutableRawPointer, _ index: Int) -> Bool {
        let byte = bitmap(block) + (index >> 3)
        let bit = UInt8(1) << UInt8(index & 7)
        if byte.pointee & bit != 0 { return false }
        byte.pointee |= bit
        return true
    }

    @inline(__always) static func isMarked(_ block: UnsafeMutableRawPointer, _ index: Int) -> Bool {
        bitmap(block)[index >> 3] & (UInt8(1) << UInt8(index & 7)) != 0
    }

    static func clearMarks(_ block: UnsafeMutableRawPointer) {
        let h = header(block).pointee
        memset(bitmap(block), 0, (h.bumpedCells + 7) / 8)
    }
}
