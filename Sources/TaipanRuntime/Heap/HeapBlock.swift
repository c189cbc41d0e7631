// A block: 256 KiB of memory, aligned to its size, holding cells of one size class.
//
//   [BlockHeader][mark bitmap, one bit per cell][cells …]
//
// The alignment lets the collector go from any address (an interior pointer found on the
// stack) to its block by masking, and from there to the cell by dividing.

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
}

enum HeapBlock {
    static let sizeLog2 = 18
    static let size = 1 << sizeLog2
    static let mask = UInt(size - 1)
    static let bitmapOffset = 64

    /// Fresh memory for a block (to be laid out by `format`).
    static func allocate() -> UnsafeMutableRawPointer {
        var memory: UnsafeMutableRawPointer? = nil
        guard posix_memalign(&memory, size, size) == 0, let block = memory else {
            fatalError("Taipan: out of memory allocating a heap block")
        }
        return block
    }

    /// Lays out a block, new or recycled, for cells of `cellSize` bytes, all zero and free.
    static func format(_ block: UnsafeMutableRawPointer, cellSize: Int, sizeClass: Int) {
        memset(block, 0, size)
        // Bitmap bytes for the largest possible cell count, then cells 16-byte aligned.
        let maxCells = (size - bitmapOffset) / cellSize
        let bitmapBytes = (maxCells + 7) / 8
        let cellsOffset = (bitmapOffset + bitmapBytes + 15) & ~15
        let cellCount = (size - cellsOffset) / cellSize
        block.bindMemory(to: BlockHeader.self, capacity: 1).pointee = BlockHeader(
            cellSize: cellSize, cellCount: cellCount, cellsOffset: cellsOffset, sizeClass: sizeClass, liveCells: 0)
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
        let index = (offset - h.cellsOffset) / h.cellSize
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
        memset(bitmap(block), 0, (h.cellCount + 7) / 8)
    }
}
