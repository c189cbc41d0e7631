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

    /// The allocator's state. Every field has a constant initial value, so Swift initialises
    /// it statically: the allocation path reads it without a lazy-initialisation check.
    static var state = HeapState()
    /// Blocks with no live cell, kept registered for reuse by any size class.
    static var emptyBlocks: [UnsafeMutableRawPointer] = []

    /// Makes the free lists and the size-class table, and reads TAIPAN_GC_STRESS. Runs
    /// before the first allocation.
    static func setUp() {
        if state.freeLists != nil { return }
        let lists = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: cellSizes.count)
        lists.initialize(repeating: nil, count: cellSizes.count)
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: maxSmallSize / 16 + 1)
        table.initialize(repeating: 0, count: maxSmallSize / 16 + 1)
        var c = 0
        for units in 1...(maxSmallSize / 16) {
            while cellSizes[c] < units * 16 { c += 1 }
            table[units] = UInt8(c)
        }
        state.freeLists = lists
        state.sizeClassOfUnits = table
        if let setting = getenv("TAIPAN_GC_STRESS"), let n = Int(String(cString: setting)), n > 0 {
            state.stressInterval = n
            state.budget = n
        }
    }

    /// Allocates a zeroed object of `bytes` bytes (at least 16) whose word 0 is `type`.
    /// May collect garbage first: callers keep the Values they need in locals (found by the
    /// conservative scan) or in heap objects, never only in Swift collections.
    @inline(__always)
    public static func allocate(bytes: Int, type: Value) -> UnsafeMutableRawPointer {
        guard let freeLists = state.freeLists else {
            setUp()
            return allocate(bytes: bytes, type: type)
        }
        let size = bytes < 16 ? 16 : bytes
        // The budget counts bytes, or allocations under TAIPAN_GC_STRESS.
        state.budget &-= state.stressInterval == 0 ? size : 1
        if state.budget < 0 {
            collectBeforeAllocating()
        }
        let object: UnsafeMutableRawPointer
        if size <= maxSmallSize {
            let sizeClass = Int(state.sizeClassOfUnits.unsafelyUnwrapped[(size &+ 15) >> 4])
            if let cell = freeLists[sizeClass] {
                freeLists[sizeClass] = cell.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                memset(cell, 0, size)
                object = cell
            } else {
                object = refill(sizeClass: sizeClass, bytes: size)
            }
        } else {
            object = LargeObjects.allocate(bytes: size)
        }
        object.storeBytes(of: type.bits, as: UInt64.self)
        return object
    }

    static func allocateSmall(sizeClass: Int, bytes: Int) -> UnsafeMutableRawPointer {
        let freeLists = state.freeLists.unsafelyUnwrapped
        if let cell = freeLists[sizeClass] {
            freeLists[sizeClass] = cell.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
            memset(cell, 0, bytes)
            return cell
        }
        return refill(sizeClass: sizeClass, bytes: bytes)
    }

    /// Adds a block to an empty size class and allocates from it.
    @inline(never)
    static func refill(sizeClass: Int, bytes: Int) -> UnsafeMutableRawPointer {
        let block: UnsafeMutableRawPointer
        if let recycled = emptyBlocks.popLast() {
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
        let freeLists = state.freeLists.unsafelyUnwrapped
        var next = freeLists[sizeClass]
        var i = count - 1
        while i >= 0 {
            let cell = HeapBlock.cell(block, i)
            cell.storeBytes(of: 0, as: UInt64.self)
            cell.storeBytes(of: next, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
            next = cell
            i -= 1
        }
        freeLists[sizeClass] = next
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
    /// Free list heads by size class (Heap.setUp).
    var freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?>? = nil
    /// Size class by 16-byte units, for sizes up to maxSmallSize (Heap.setUp).
    var sizeClassOfUnits: UnsafeMutablePointer<UInt8>? = nil
    /// What may still be allocated before the next collection: bytes, or allocations under
    /// TAIPAN_GC_STRESS=N (collect every N allocations).
    var budget = 8 << 20
    var stressInterval = 0
    var liveBytesAfterCollection = 0
    var collections = 0

    /// Sets the budget after a collection: the heap may grow by as much as survived, and
    /// by at least `minimumBudget`.
    mutating func resetBudget() {
        budget = stressInterval > 0 ? stressInterval : max(Heap.minimumBudget, liveBytesAfterCollection)
    }
}
