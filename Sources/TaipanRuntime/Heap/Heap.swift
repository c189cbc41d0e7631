// Taipan's heap: every Python object lives here, not in Swift's ARC world.
//
// Small objects come from size-classed blocks (HeapBlock), each class with a free list
// threaded through its free cells (word 0 = 0 marks a free cell, word 1 links the next);
// objects over `maxSmallSize` bytes are large objects, allocated one by one. Memory is
// never moved, so a pointer held in a Swift local stays valid; collection is mark-sweep
// (Collector.swift).
//
// Runtime state is touched only by the thread holding the interpreter lock (DESIGN.md,
// Threads), so the heap is plain global state.

#if canImport(Glibc)
import Glibc
#endif

public enum Heap {
    /// Cell sizes in bytes, by size class.
    static let cellSizes: [Int] = [16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384,
                                   448, 512, 640, 768, 1024, 1280, 1536, 2048, 3072, 4096]
    public static let maxSmallSize = 4096
    static let minimumBudget = 8 << 20

    /// Size class of an allocation of `n` 16-byte units (index n), for n up to 256.
    static let classForUnits: [UInt8] = {
        var table = [UInt8](repeating: 0, count: maxSmallSize / 16 + 1)
        var c = 0
        for units in 1...(maxSmallSize / 16) {
            while cellSizes[c] < units * 16 { c += 1 }
            table[units] = UInt8(c)
        }
        return table
    }()

    static var state = HeapState()

    /// Allocates a zeroed object of `bytes` bytes (at least 16) whose word 0 is `type`.
    /// May collect garbage first: callers keep the Values they need in locals (found by the
    /// conservative scan) or in heap objects, never only in Swift collections.
    @inline(__always)
    public static func allocate(bytes: Int, type: Value) -> UnsafeMutableRawPointer {
        let size = bytes < 16 ? 16 : bytes
        // The budget counts bytes, or allocations under TAIPAN_GC_STRESS.
        state.budget &-= state.stressInterval == 0 ? size : 1
        if state.budget < 0 {
            collectBeforeAllocating()
        }
        let object: UnsafeMutableRawPointer
        if size <= maxSmallSize {
            object = allocateSmall(sizeClass: Int(classForUnits[(size + 15) >> 4]), bytes: size)
        } else {
            object = LargeObjects.allocate(bytes: size)
        }
        object.storeBytes(of: type.bits, as: UInt64.self)
        return object
    }

    @inline(__always)
    static func allocateSmall(sizeClass: Int, bytes: Int) -> UnsafeMutableRawPointer {
        if let cell = state.freeLists[sizeClass] {
            state.freeLists[sizeClass] = cell.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
            memset(cell, 0, bytes)
            return cell
        }
        return refill(sizeClass: sizeClass, bytes: bytes)
    }

    /// Adds a block to an empty size class and allocates from it.
    @inline(never)
    static func refill(sizeClass: Int, bytes: Int) -> UnsafeMutableRawPointer {
        let block: UnsafeMutableRawPointer
        if let recycled = state.emptyBlocks.popLast() {
            block = recycled
        } else {
            block = HeapBlock.allocate()
            Blocks.register(block)
        }
        HeapBlock.format(block, cellSize: cellSizes[sizeClass], sizeClass: sizeClass)
        return threadFreeCells(block, sizeClass: sizeClass, bytes: bytes)
    }

    /// Puts every cell of a free block on its class's free list, then allocates one.
    static func threadFreeCells(_ block: UnsafeMutableRawPointer, sizeClass: Int, bytes: Int) -> UnsafeMutableRawPointer {
        let count = HeapBlock.header(block).pointee.cellCount
        var next = state.freeLists[sizeClass]
        var i = count - 1
        while i >= 0 {
            let cell = HeapBlock.cell(block, i)
            cell.storeBytes(of: 0, as: UInt64.self)
            cell.storeBytes(of: next, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
            next = cell
            i -= 1
        }
        state.freeLists[sizeClass] = next
        return allocateSmall(sizeClass: sizeClass, bytes: bytes)
    }

    @inline(never)
    static func collectBeforeAllocating() {
        collect()
    }

    /// Counters for tests and `gc` statistics.
    public static var statistics: HeapStatistics {
        HeapStatistics(collections: state.collections, liveBytes: state.liveBytesAfterCollection,
                       blocks: Blocks.count, largeObjects: LargeObjects.count)
    }

    /// Called for each dead object whose type has `TypeFlags.hasFinalizer`, before its
    /// memory is reused. Set by the object system.
    public static var finalizer: ((UnsafeMutableRawPointer) -> Void)? = nil
}

public struct HeapStatistics {
    public var collections: Int
    public var liveBytes: Int
    public var blocks: Int
    public var largeObjects: Int
}

struct HeapState {
    var freeLists = [UnsafeMutableRawPointer?](repeating: nil, count: Heap.cellSizes.count)
    /// Blocks with no live cell, kept registered for reuse by any size class.
    var emptyBlocks: [UnsafeMutableRawPointer] = []
    /// What may still be allocated before the next collection: bytes, or allocations under
    /// TAIPAN_GC_STRESS=N (collect every N allocations).
    var budget = Heap.minimumBudget
    var stressInterval = 0
    var liveBytesAfterCollection = 0
    var collections = 0

    init() {
        if let setting = getenv("TAIPAN_GC_STRESS"), let n = Int(String(cString: setting)), n > 0 {
            stressInterval = n
            budget = n
        }
    }

    /// Sets the budget after a collection: the heap may grow by as much as survived, and
    /// by at least `minimumBudget`.
    mutating func resetBudget() {
        budget = stressInterval > 0 ? stressInterval : max(Heap.minimumBudget, liveBytesAfterCollection)
    }
}
